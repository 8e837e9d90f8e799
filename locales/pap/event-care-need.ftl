# Wegwijs: bo tin mester di kuido i sosten (nivel di idioma B1, lektor ta "bo").

event-care-need-title = Bo tin mester di yudansa òf kuido na kas
event-care-need-summary = Na kas bo no por hasi tur kos bo mes mas, por ehempel pa motibu di edat, malesa òf un limitashon. Munisipio por yuda via e lei di sosten sosial (Wmo). Bo ta regla esaki na munisipio i na CAK.
event-care-need-date = E dia ku bo ta informá munisipio ku bo tin mester di yudansa

task-care-need-report-need-title = Informá munisipio ku bo tin mester di yudansa
task-care-need-report-need-body = Konta e loket di sosten sosial (Wmo) òf e tim di bario di bo munisipio kiko bo no por hasi bo mes mas. Por ehempel: mi no por kushiná òf limpia mi mes mas. Mayoria biaha bo por hasi esei pa telefòn, via internet, pa karta òf na loket. Un famia òf un kuidadó informal ({ NL("mantelzorger") }) mag yuda bo ku esei.

task-care-need-personal-plan-title = Si bo ke, skirbi un plan personal
task-care-need-personal-plan-body = Den un plan personal bo ta skirbi kiko bo mester i pakiko. Bo ta duna e plan na munisipio promé ku e investigashon kuminsá. E plan no ta obligatorio. Si bo no duna un plan, esei no tin konsekuensia pa bo petishon.

task-care-need-client-support-title = Pidi yudansa grátis di un asistente di kliente
task-care-need-client-support-body = Un asistente di kliente ({ NL("cliëntondersteuner") }) ta yuda bo grátis i independiente. E persona ei por pensa huntu ku bo, yuda ku formulario i bai ku bo na e kòmbersashon ku munisipio. Bo kuidadó informal tambe por haña e yudansa aki. Puntra bo munisipio òf e tim di bario unda bo por haña un asistente di kliente.

task-care-need-investigation-title = Papia ku munisipio tokante bo situashon
task-care-need-investigation-body = Munisipio ta investigá kiko bo mester, mayoria biaha den un kòmbersashon na bo kas. Invitá un hende ku ta pensa huntu ku bo, manera un famia òf bo kuidadó informal. Munisipio ta mira kiko bo por hasi bo mes, kiko e hendenan rònt di bo por hasi i ki yudansa munisipio por duna. Despues bo ta haña e informe riba papel.

task-care-need-apply-title = Pidi e yudansa na munisipio
task-care-need-apply-body = Despues di e investigashon, bo ta pidi e yudansa, hopi biaha dor di firma e informe i manda esaki bèk. Bo no ta di akuerdo ku loke munisipio ta proponé? Anto bo mag hasi un petishon toch. Munisipio ta disidí denter di 2 siman despues di bo petishon i ta manda bo un karta ku e desishon.

task-care-need-own-contribution-title = Paga bo kontribushon propio na CAK
task-care-need-own-contribution-body = Bo ta haña yudansa òf un fasilidat di munisipio, manera yudansa ku trabou di kas òf un lift pa trapi? Anto mayoria biaha bo ta paga un kontribushon propio. CAK ta fiha e suma i ta manda bo e kuenta. Bo ta paga maksimo un suma fiho pa luna pa kada hogar, sin importá kuantu yudansa bo ta haña.

task-care-need-wlz-title = Pidi kuido via Wlz na CIZ
task-care-need-wlz-body = Bo tin mester semper di kuido serka, di dia i di anochi? Anto bo no ta haña e kuido ei di munisipio, ma via e lei di kuido di largu durashon ({ NL("Wet langdurige zorg") }, Wlz). Pidi esaki na CIZ. Bo por hasi esei via internet, òf esun ku ta duna bo kuido ta hasi esei pa bo. Manda e diagnosis di bo dòkter huntu ku e petishon. CIZ ta disidí, despues e ofisina di kuido ({ NL("zorgkantoor") }) ta regla bo kuido.
