# Pakiko un tarea ta den bo plan (òf no).

why-everyone = Esaki ta konta pa tur hende den e suseso aki.
why-atw-extended = Sin e lei general di plaso (Algemene termijnenwet), esaki lo tabata { $date }. E lei ei ta duna bo tempu ekstra si un fin di siman òf dia di fiesta ta kai den e plaso.
why-residence-nl = Bo ta biba den Hulanda.
why-residence-abroad = Bo ta biba den eksterior.
why-partner-yes = Bo tin un partner.
why-partner-no = Bo no tin partner.
why-children-yes = Bo tin yu.
why-children-no = Bo no tin yu.
why-employment = Esaki ta kuadra ku bo situashon di trabou.
why-min-age = E ora ei bo tin { $age } aña òf mas.
why-max-age = E ora ei bo tin { $age } aña òf ménos.
why-not-residence-nl = Esaki ta konta solamente si bo ta biba den Hulanda.
why-not-residence-abroad = Esaki ta konta solamente si bo ta biba den eksterior.
why-not-partner-yes = Esaki ta konta solamente si bo tin un partner.
why-not-partner-no = Esaki ta konta solamente si bo no tin partner.
why-not-children-yes = Esaki ta konta solamente si bo tin yu.
why-not-children-no = Esaki ta konta solamente si bo no tin yu.
why-not-employment = Esaki no ta konta pa bo situashon di trabou.
why-not-min-age = Esaki ta konta solamente for di { $age } aña.
why-not-max-age = Esaki ta konta solamente te ku { $age } aña.
why-check-residence-nl = Bo ta biba den Hulanda? Anto esaki ta konta pa bo.
why-check-residence-abroad = Bo ta biba den eksterior? Anto esaki ta konta pa bo.
why-check-partner-yes = Bo tin un partner? Anto esaki ta konta pa bo.
why-check-partner-no = Bo no tin partner? Anto esaki ta konta pa bo.
why-check-children-yes = Bo tin yu? Anto esaki ta konta pa bo.
why-check-children-no = Bo no tin yu? Anto esaki ta konta pa bo.
why-check-employment = Mira si esaki ta kuadra ku bo situashon di trabou.
why-check-min-age = Esaki ta konta for di { $age } aña.
why-check-max-age = Esaki ta konta te ku { $age } aña.

## Loke ta bini

signal-turning-18-me = Bo ta kumpli 18 aña
signal-turning-18-child = Bo yu ta kumpli 18 aña
signal-turning-18-named-child = Bo yu { $name } ta kumpli 18 aña
signal-retirement-me = Bo penshun di estado (AOW) ta kuminsá
signal-document-expires = Ta vense pronto: { $title }
signal-document-expired = A vense: { $title }

## Archivonan (agenda)

export-provider = Serka:
export-window = Periodo:
export-cases-title = bo petishonnan
export-announcements-title = mensahenan tokante bo bario
export-case-decision = Último dia pa e desishon tokante "{ $title }"
export-sources = Kaminda e regla ta skirbí:

## Notifikashonnan

notification-body = Riba { $date }. Habri Wegwijs pa mira kiko bo mester regla.

## Lista pa imprimí (PDF)

pdf-made-for = Prepará pa { $name } riba { $date } ku Wegwijs.
pdf-made-on = Prepará riba { $date } ku Wegwijs.
pdf-intro = Marka e kuadrito ora bo a regla algu. Hiba e lista aki ku bo ora bo pidi yudansa.
pdf-help-title = Bo tin mester di yudansa?
pdf-help = Den hopi biblioteka tin un punto di informashon di gobièrnu digital (Informatiepunt Digitale Overheid). Einan nan ta yuda bo grátis, por ehempel ku DigiD òf ku un petishon via internet. Hiba e lista aki i bo prueba di identidat ku bo. Puntra den e biblioteka serka bo unda i ki ora e Informatiepunt ta habrí.
pdf-questions-title = Preguntanan ku bo por hasi
pdf-question-first = Kiko mi mester hasi promé, i pa ki fecha?
pdf-question-papers = Ki papel mi mester trese òf manda?
pdf-question-digid = Bo por yuda mi drenta ku DigiD?
pdf-question-someone-else = Otro hende por regla esaki pa mi? Kon mi ta hasi esei?
pdf-question-disagree = Kiko mi por hasi si mi no ta di akuerdo ku un desishon?
pdf-contacts-title = Asina bo ta yega na e organisashonnan
pdf-contact-phone = Yama: { $phone }
pdf-contact-abroad = Yama for di eksterior: { $phone }
pdf-contact-site = Website: { $site }. E oranan di habri ta einan tambe.
pdf-contact-gemeente = Yama 14 i despues e kódigo di área di bo munisipio. Na Amsterdam esei ta 14 020.
pdf-contact-letter = E number di telefòn ta den nan kartanan òf riba nan website.
pdf-glossary-title = Palabranan for di kartanan di gobièrnu
pdf-page = Página
# Un fecha skirbí kompleto: { $month } ta un di month-1..12, den e forma ku ta usa den un fecha.
date-long = { $day } { $month } { $year }
month-1 = yanüari
month-2 = febrüari
month-3 = mart
month-4 = aprel
month-5 = mei
month-6 = yüni
month-7 = yüli
month-8 = ougùstùs
month-9 = sèptèmber
month-10 = òktober
month-11 = novèmber
month-12 = desèmber
signal-authority-ends = Bo outoridat di mayor pa { $name } ta stop: { $name } ta kumpli 18 aña
signal-objection-due = Último dia pa objekshon ({ NL("bezwaar") }) kontra e desishon tokante "{ $title }"
signal-announcements-new = { $count ->
    [one] { $count } mensahe nobo tokante bo bario
   *[other] { $count } mensahe nobo tokante bo bario
}
signal-announcement-respond-by = Último dia pa reakshoná riba "{ $title }"
signal-case-status = Nobo na "{ $title }": { $status }
signal-turning-18-other = { $name } ta kumpli 18 aña
signal-retirement-other = E penshun di estado (AOW) di { $name } ta kuminsá
why-below-aow-age-yes = E ora ei bo no a yega e edat di penshun di estado (AOW) ainda.
why-below-aow-age-no = E ora ei bo a yega e edat di penshun di estado (AOW).
why-dutch-yes = Bo tin nashonalidat hulandes.
why-dutch-no = Bo no tin nashonalidat hulandes.
why-gave-birth-yes = Abo mes a duna lus.
why-gave-birth-no = Abo mes no a duna lus. Bo ta e partner.
why-not-below-aow-age-yes = Esaki ta konta solamente pa hende ku no a yega e edat di penshun di estado (AOW) ainda.
why-not-below-aow-age-no = Esaki ta konta solamente for di bo edat di penshun di estado (AOW).
why-not-dutch-yes = Esaki ta konta solamente si bo tin nashonalidat hulandes.
why-not-dutch-no = Esaki ta konta solamente si bo no tin nashonalidat hulandes.
why-not-gave-birth-yes = Esaki ta konta solamente pa e persona ku a duna lus.
why-not-gave-birth-no = Esaki ta konta solamente pa e partner di e persona ku a duna lus.
why-check-below-aow-age-yes = E ora ei bo no a yega e edat di penshun di estado (AOW) ainda? Anto esaki ta konta pa bo.
why-check-below-aow-age-no = E ora ei bo a yega e edat di penshun di estado (AOW)? Anto esaki ta konta pa bo.
why-check-dutch-yes = Bo tin nashonalidat hulandes? Anto esaki ta konta pa bo.
why-check-dutch-no = Bo no tin nashonalidat hulandes? Anto esaki ta konta pa bo.
why-check-gave-birth-yes = Abo mes a duna lus? Anto esaki ta konta pa bo.
why-check-gave-birth-no = Bo ta e partner di e persona ku a duna lus? Anto esaki ta konta pa bo.
