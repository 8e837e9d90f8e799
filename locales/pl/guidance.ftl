# Dlaczego zadanie jest w twoim planie (albo go nie ma).

why-everyone = To dotyczy każdej osoby przy tym wydarzeniu.
why-atw-extended = Bez ogólnej ustawy o terminach (Algemene termijnenwet) termin upływałby { $date }. Ta ustawa daje ci więcej czasu, gdy w terminie wypada weekend lub święto.
why-residence-nl = Mieszkasz w Holandii.
why-residence-abroad = Mieszkasz za granicą.
why-partner-yes = Masz partnera.
why-partner-no = Nie masz partnera.
why-children-yes = Masz dzieci.
why-children-no = Nie masz dzieci.
why-employment = To pasuje do twojej sytuacji zawodowej.
why-min-age = Jesteś wtedy w wieku od { $age } lat wzwyż.
why-max-age = Jesteś wtedy w wieku do { $age } lat włącznie.
why-not-residence-nl = To dotyczy tylko osób, które mieszkają w Holandii.
why-not-residence-abroad = To dotyczy tylko osób, które mieszkają za granicą.
why-not-partner-yes = To dotyczy tylko osób, które mają partnera.
why-not-partner-no = To dotyczy tylko osób, które nie mają partnera.
why-not-children-yes = To dotyczy tylko osób, które mają dzieci.
why-not-children-no = To dotyczy tylko osób, które nie mają dzieci.
why-not-employment = To nie dotyczy twojej sytuacji zawodowej.
why-not-min-age = To dotyczy dopiero osób w wieku od { $age } lat.
why-not-max-age = To dotyczy tylko osób w wieku do { $age } lat włącznie.
why-check-residence-nl = Mieszkasz w Holandii? Wtedy to dotyczy ciebie.
why-check-residence-abroad = Mieszkasz za granicą? Wtedy to dotyczy ciebie.
why-check-partner-yes = Masz partnera? Wtedy to dotyczy ciebie.
why-check-partner-no = Nie masz partnera? Wtedy to dotyczy ciebie.
why-check-children-yes = Masz dzieci? Wtedy to dotyczy ciebie.
why-check-children-no = Nie masz dzieci? Wtedy to dotyczy ciebie.
why-check-employment = Sprawdź, czy to pasuje do twojej sytuacji zawodowej.
why-check-min-age = To dotyczy osób w wieku od { $age } lat.
why-check-max-age = To dotyczy osób w wieku do { $age } lat włącznie.

## Co cię czeka

signal-turning-18-me = Kończysz 18 lat
signal-turning-18-child = Twoje dziecko kończy 18 lat
signal-turning-18-named-child = Twoje dziecko { $name } kończy 18 lat
signal-retirement-me = Zaczyna się twoja emerytura państwowa (AOW)
signal-document-expires = Wkrótce koniec ważności: { $title }
signal-document-expired = Po terminie ważności: { $title }

## Pliki (kalendarz)

export-provider = Instytucja:
export-window = Okres:
export-cases-title = twoje wnioski
export-announcements-title = komunikaty o twojej okolicy
export-case-decision = Ostatni dzień na decyzję w sprawie „{ $title }”
export-sources = Gdzie jest zapisana ta zasada:

## Powiadomienia

notification-body = Dnia { $date }. Otwórz Wegwijs, żeby zobaczyć, co musisz załatwić.

## Lista do wydruku (PDF)

pdf-made-for = Przygotowane w Wegwijs dnia { $date }. Dla: { $name }.
pdf-made-on = Przygotowane w Wegwijs dnia { $date }.
pdf-intro = Zaznacz kratkę, gdy coś jest już załatwione. Weź tę listę ze sobą, gdy prosisz o pomoc.
pdf-help-title = Potrzebujesz pomocy?
pdf-help = W wielu bibliotekach jest punkt informacyjny ds. e-administracji (Informatiepunt Digitale Overheid). Tam pomogą ci bezpłatnie, na przykład z DigiD albo z wnioskiem przez internet. Weź ze sobą tę listę i dokument tożsamości. Zapytaj w najbliższej bibliotece, gdzie i kiedy punkt informacyjny jest otwarty.
pdf-questions-title = Pytania, które możesz zadać
pdf-question-first = Co mam zrobić najpierw i do kiedy?
pdf-question-papers = Jakie dokumenty muszę przynieść lub wysłać?
pdf-question-digid = Czy może mi Pan/Pani pomóc zalogować się przez DigiD?
pdf-question-someone-else = Czy ktoś inny może to za mnie załatwić? Jak to zrobić?
pdf-question-disagree = Co mogę zrobić, jeśli nie zgadzam się z decyzją?
pdf-contacts-title = Jak skontaktować się z instytucjami
pdf-contact-phone = Telefon: { $phone }
pdf-contact-abroad = Telefon z zagranicy: { $phone }
pdf-contact-site = Strona internetowa: { $site }. Są tam też godziny otwarcia.
pdf-contact-gemeente = Zadzwoń pod 14 i numer kierunkowy swojej gminy. W Amsterdamie to 14 020.
pdf-contact-letter = Numer telefonu jest w ich listach lub na ich stronie internetowej.
pdf-page = Strona
pdf-glossary-title = Słowa z listów od urzędów
# Data zapisana słowami: { $month } to jedna z nazw month-1..12, w formie używanej w dacie (dopełniacz).
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
signal-authority-ends = { $name } kończy 18 lat, więc kończy się twoja władza rodzicielska nad tym dzieckiem
signal-objection-due = Ostatni dzień na sprzeciw ({ NL("bezwaar") }) wobec decyzji w sprawie „{ $title }”
signal-announcements-new = { $count ->
    [one] { $count } nowy komunikat o twojej okolicy
    [few] { $count } nowe komunikaty o twojej okolicy
    [many] { $count } nowych komunikatów o twojej okolicy
   *[other] { $count } nowych komunikatów o twojej okolicy
}
signal-announcement-respond-by = Ostatni dzień na zgłoszenie uwag do komunikatu „{ $title }”
signal-case-status = Nowość w sprawie „{ $title }”: { $status }
signal-turning-18-other = { $name } kończy 18 lat
signal-retirement-other = { $name }: zaczyna się emerytura państwowa (AOW)
why-below-aow-age-yes = Nie jesteś wtedy jeszcze w wieku emerytury państwowej (AOW).
why-below-aow-age-no = Jesteś wtedy w wieku emerytury państwowej (AOW).
why-dutch-yes = Masz obywatelstwo holenderskie.
why-dutch-no = Nie masz obywatelstwa holenderskiego.
why-gave-birth-yes = Jesteś osobą, która urodziła dziecko.
why-gave-birth-no = Nie jesteś osobą, która urodziła dziecko. Jesteś partnerem lub partnerką tej osoby.
why-not-below-aow-age-yes = To dotyczy tylko osób, które nie są jeszcze w wieku emerytury państwowej (AOW).
why-not-below-aow-age-no = To dotyczy dopiero osób w wieku emerytury państwowej (AOW).
why-not-dutch-yes = To dotyczy tylko osób, które mają obywatelstwo holenderskie.
why-not-dutch-no = To dotyczy tylko osób, które nie mają obywatelstwa holenderskiego.
why-not-gave-birth-yes = To dotyczy tylko osoby, która urodziła dziecko.
why-not-gave-birth-no = To dotyczy tylko partnera lub partnerki osoby, która urodziła dziecko.
why-check-below-aow-age-yes = Nie jesteś w tym czasie jeszcze w wieku emerytury państwowej (AOW)? Wtedy to dotyczy ciebie.
why-check-below-aow-age-no = Jesteś w tym czasie w wieku emerytury państwowej (AOW)? Wtedy to dotyczy ciebie.
why-check-dutch-yes = Masz obywatelstwo holenderskie? Wtedy to dotyczy ciebie.
why-check-dutch-no = Nie masz obywatelstwa holenderskiego? Wtedy to dotyczy ciebie.
why-check-gave-birth-yes = Jesteś osobą, która urodziła dziecko? Wtedy to dotyczy ciebie.
why-check-gave-birth-no = Jesteś partnerem lub partnerką osoby, która urodziła dziecko? Wtedy to dotyczy ciebie.
