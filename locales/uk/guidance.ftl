# Чому завдання є (або немає) у твоєму плані.

why-everyone = Це стосується всіх, з ким стається ця подія.
why-atw-extended = Без Загального закону про строки (Algemene termijnenwet) це була б дата { $date }. Цей закон дає тобі додатковий час, якщо на строк припадають вихідні або свято.
why-residence-nl = Ти живеш у Нідерландах.
why-residence-abroad = Ти живеш за кордоном.
why-partner-yes = У тебе є партнер.
why-partner-no = У тебе немає партнера.
why-children-yes = У тебе є діти.
why-children-no = У тебе немає дітей.
why-employment = Це відповідає твоїй робочій ситуації.
why-min-age = На той час твій вік — { $age } або більше.
why-max-age = На той час твій вік — { $age } або менше.
why-not-residence-nl = Це діє, тільки якщо ти живеш у Нідерландах.
why-not-residence-abroad = Це діє, тільки якщо ти живеш за кордоном.
why-not-partner-yes = Це діє, тільки якщо в тебе є партнер.
why-not-partner-no = Це діє, тільки якщо в тебе немає партнера.
why-not-children-yes = Це діє, тільки якщо в тебе є діти.
why-not-children-no = Це діє, тільки якщо в тебе немає дітей.
why-not-employment = Це не діє для твоєї робочої ситуації.
why-not-min-age = Це діє тільки для людей віком від { $age }.
why-not-max-age = Це діє тільки для людей віком до { $age } включно.
why-check-residence-nl = Ти живеш у Нідерландах? Тоді це стосується тебе.
why-check-residence-abroad = Ти живеш за кордоном? Тоді це стосується тебе.
why-check-partner-yes = У тебе є партнер? Тоді це стосується тебе.
why-check-partner-no = У тебе немає партнера? Тоді це стосується тебе.
why-check-children-yes = У тебе є діти? Тоді це стосується тебе.
why-check-children-no = У тебе немає дітей? Тоді це стосується тебе.
why-check-employment = Перевір, чи це відповідає твоїй робочій ситуації.
why-check-min-age = Це діє для людей віком від { $age }.
why-check-max-age = Це діє для людей віком до { $age } включно.

## Що попереду

signal-turning-18-me = Тобі виповнюється 18
signal-turning-18-child = Твоїй дитині виповнюється 18
signal-turning-18-named-child = Твоїй дитині { $name } виповнюється 18
signal-retirement-me = Починається твоя державна пенсія (AOW)
signal-document-expires = Скоро закінчується строк дії: { $title }
signal-document-expired = Строк дії закінчився: { $title }

## Файли (календар)

export-provider = Де:
export-window = Період:
export-cases-title = твої заяви
export-announcements-title = повідомлення про твій район
export-case-decision = Останній день для рішення щодо «{ $title }»
export-sources = Де записане правило:

## Сповіщення

notification-body = Дата: { $date }. Відкрий Wegwijs, щоб побачити, що треба владнати.

## Список для друку (PDF)

pdf-made-for = Створено для { $name } { $date } у Wegwijs.
pdf-made-on = Створено { $date } у Wegwijs.
pdf-intro = Постав позначку в квадратику, коли щось владнаєш. Візьми цей список із собою, коли просиш допомоги.
pdf-help-title = Потрібна допомога?
pdf-help = У багатьох бібліотеках є інформаційний пункт цифрових державних послуг (Informatiepunt Digitale Overheid). Там тобі безкоштовно допоможуть, наприклад із DigiD або із заявою в інтернеті. Візьми із собою цей список і документ, що посвідчує особу. Запитай у найближчій бібліотеці, де і коли працює інформаційний пункт.
pdf-questions-title = Запитання, які ви можете поставити
pdf-question-first = Що мені зробити спершу і до якої дати?
pdf-question-papers = Які документи мені потрібно принести або надіслати?
pdf-question-digid = Чи можете ви допомогти мені увійти через DigiD?
pdf-question-someone-else = Чи може хтось інший залагодити це за мене? Як це зробити?
pdf-question-disagree = Що я можу зробити, якщо не згоден із рішенням?
pdf-contacts-title = Як зв'язатися з установами
pdf-contact-phone = Телефон: { $phone }
pdf-contact-abroad = Телефон з-за кордону: { $phone }
pdf-contact-site = Вебсайт: { $site }. Там також є години роботи.
pdf-contact-gemeente = Зателефонуйте на 14 і код міста вашої громади. В Амстердамі це 14 020.
pdf-contact-letter = Номер телефону є в їхніх листах або на їхньому вебсайті.
pdf-glossary-title = Слова з листів державних органів
pdf-page = Сторінка
# Дата словами: { $month } — це одне з month-1..12 у формі, яку вживають у даті (родовий відмінок).
date-long = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
signal-authority-ends = Твої батьківські права щодо { $name } закінчуються: { $name } виповнюється 18
signal-objection-due = Останній день для заперечення ({ NL("bezwaar") }) проти рішення щодо «{ $title }»
signal-announcements-new = { $count ->
    [one] { $count } нове повідомлення про твій район
    [few] { $count } нові повідомлення про твій район
    [many] { $count } нових повідомлень про твій район
   *[other] { $count } нового повідомлення про твій район
}
signal-announcement-respond-by = Останній день для зауважень щодо «{ $title }»
signal-case-status = Нове щодо «{ $title }»: { $status }
signal-turning-18-other = { $name } виповнюється 18
signal-retirement-other = Починається державна пенсія (AOW) для { $name }
why-below-aow-age-yes = На той час ти ще не в пенсійному віці AOW.
why-below-aow-age-no = На той час ти в пенсійному віці AOW.
why-dutch-yes = У тебе є нідерландське громадянство.
why-dutch-no = У тебе немає нідерландського громадянства.
why-gave-birth-yes = Ти — людина, яка народила дитину.
why-gave-birth-no = Ти не та людина, яка народила дитину. Ти — партнер цієї людини.
why-not-below-aow-age-yes = Це діє тільки для людей, які ще не досягли пенсійного віку AOW.
why-not-below-aow-age-no = Це діє тільки для людей, які досягли пенсійного віку AOW.
why-not-dutch-yes = Це діє, тільки якщо в тебе є нідерландське громадянство.
why-not-dutch-no = Це діє, тільки якщо в тебе немає нідерландського громадянства.
why-not-gave-birth-yes = Це діє тільки для людини, яка народила дитину.
why-not-gave-birth-no = Це діє тільки для партнера людини, яка народила дитину.
why-check-below-aow-age-yes = На той час ти ще не в пенсійному віці AOW? Тоді це стосується тебе.
why-check-below-aow-age-no = На той час ти в пенсійному віці AOW? Тоді це стосується тебе.
why-check-dutch-yes = У тебе є нідерландське громадянство? Тоді це стосується тебе.
why-check-dutch-no = У тебе немає нідерландського громадянства? Тоді це стосується тебе.
why-check-gave-birth-yes = Ти — людина, яка народила дитину? Тоді це стосується тебе.
why-check-gave-birth-no = Ти — партнер людини, яка народила дитину? Тоді це стосується тебе.
