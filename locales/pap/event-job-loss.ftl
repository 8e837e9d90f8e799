# Wegwijs: pèrdè bo trabou (nivel di idioma B1, lektor ta "bo").

event-job-loss-title = Pèrdè bo trabou
event-job-loss-summary = Bo a pèrdè bo trabou, òf bo ta bai pèrdè bo trabou pronto. Bo ta regla esaki na UWV i na Dienst Toeslagen.
event-job-loss-date = Bo promé dia sin trabou

task-job-loss-apply-ww-title = Pidi un beneficio di desempleo (WW) na UWV
task-job-loss-apply-ww-body = Pidi e beneficio di desempleo (WW) via internet na UWV, ku bo DigiD. Sin DigiD, bo ta presentá bo mes na un ofisina di UWV i bo ta hasi e petishon pa korreo. Tene bo number di servisio pa siudadano (BSN), e datonan di bo último dunadó di trabou i bo slep di salario kla. Bo por pidi e WW kaba for di 4 siman promé ku bo ta sin trabou.

task-job-loss-ww-decision-title = Lesa e desishon di UWV tokante bo beneficio di desempleo (WW)
task-job-loss-ww-decision-body = UWV ta laga bo sa si bo ta haña un beneficio di desempleo (WW). Si bo a pidi e WW solamente despues di bo promé dia sin trabou, e desishon por bini mas lat. Bo por sigui bo petishon den Mijn UWV. Si bo no ta di akuerdo ku e desishon, e karta ta bisa kon bo por hasi objekshon ({ NL("bezwaar") }).

task-job-loss-report-income-title = Informá Dienst Toeslagen di bo entrada nobo
task-job-loss-report-income-body = Bo ta haña subsidio pa seguro di salú ({ NL("zorgtoeslag") }), subsidio di hür ({ NL("huurtoeslag") }) òf budget pa yu ({ NL("kindgebonden budget") })? Anto pasa bo entrada nobo pa aña den Mijn toeslagen. Suma bo salario i bo beneficio di desempleo (WW) di e aña aki huntu. Asina bo no ta haña di mas òf di ménos subsidio.

task-job-loss-apply-allowances-title = Mira si bo por haña subsidio awor
task-job-loss-apply-allowances-body = Ku ménos entrada, kisas bo tin derecho riba subsidio pa seguro di salú ({ NL("zorgtoeslag") }), subsidio di hür ({ NL("huurtoeslag") }) òf budget pa yu ({ NL("kindgebonden budget") }). Promé, hasi un kalkulashon di prueba riba e wèpsait di Belastingdienst. Despues, pidi e subsidio den Mijn toeslagen. Mas trempan bo pidi, mas trempan bo ta haña e plaka.

task-job-loss-social-assistance-title = Pidi asistensia sosial si bo no ta haña WW
task-job-loss-social-assistance-body = Bo no ta haña WW, òf e ta muy poko pa biba di dje? Anto bo por pidi asistensia sosial ({ NL("bijstand") }) na munisipio. Registrá bo mes na werk.nl riba e promé dia ku bo tin mester di e yudansa. Bo no ta haña esaki for di un fecha mas trempan. Bo tin ménos ku 27 aña? Anto promé bo ta buska trabou òf un estudio durante 4 siman.
