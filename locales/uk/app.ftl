# Wegwijs: тексти застосунку і командного рядка (рівень мови B1, звертання на «ти»).

app-name = Wegwijs
app-tagline = Твій дороговказ у справах із державою
skip-to-content = Перейти одразу до змісту
loading = Зачекай, Wegwijs завантажується…

## Мова

language-label = Мова
language-nl = Nederlands
language-en = English
# Кожна мова своєю власною назвою, однаково в усіх файлах.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = Цей переклад зроблено за допомогою комп’ютера. Його ще не перевірила людина, для якої ця мова рідна.
translation-unreviewed-short = Переклад ще не перевірено
translation-show-dutch = Показати нідерландський текст
translation-showing-dutch = Зараз ти бачиш нідерландський текст.
translation-back = Назад: { $language }
glossary-link = Словник: нідерландські слова з листів державних органів
language-changed = Тепер мова — українська.

## Перший запуск

welcome-title = Вітаємо у Wegwijs
welcome-intro = Іноді в житті багато що змінюється. У тебе народжується дитина, ти переїжджаєш або припиняєш працювати. Wegwijs показує, що тоді треба владнати, у якій установі і коли.
welcome-privacy = Твої дані залишаються на цьому пристрої. Wegwijs нікуди їх не надсилає.
welcome-setup-title = Про тебе
welcome-setup-intro = Впиши кілька даних про себе. Тоді Wegwijs знатиме, які правила стосуються тебе. Ти завжди можеш змінити їх пізніше.
welcome-submit = Зберегти і продовжити

## Форма профілю

field-name = Ім’я
field-name-hint = Як до тебе звертатися.
field-birth-date = Дата народження
field-birth-date-hint = Наприклад: 14 3 1990
field-birth-day = День
field-birth-month = Місяць
field-birth-year = Рік
field-residence-where = Де ти живеш?
field-residence-nl = У Нідерландах
field-residence-abroad = За кордоном
field-residence-country = Країна, де ти живеш
field-residence-country-hint = Ти живеш за кордоном? Тоді вибери країну, де ти живеш зараз.
field-residence-country-choose = Вибери країну
field-municipality = Муніципалітет
field-municipality-hint = Муніципалітет, де тебе зареєстровано.
field-situation = Твоя ситуація
field-situation-intro = Відповідати на ці питання не обов’язково. З відповідями Wegwijs зробить твій план більш особистим.
field-partner = У тебе є партнер?
field-partner-hint = Партнер — це твій чоловік або дружина, твій зареєстрований партнер або людина, з якою ти живеш разом.
field-partner-yes = Так
field-partner-no = Ні
field-partner-unsaid = Не хочу відповідати
field-employment = Чим ти займаєшся?
field-employment-unsaid = Не хочу відповідати
employment-employed = Я працюю за трудовим договором
employment-self-employed = У мене власна компанія, або я працюю як самозайнята особа (zzp’er)
employment-unemployed = У мене немає роботи, і я шукаю роботу
employment-retired = Я на пенсії
employment-student = Я навчаюся
employment-none = У мене немає оплачуваної роботи
field-bsn = Сервісний номер громадянина (BSN)
field-children-on-people = Своїх дітей та інших людей, про яких ти дбаєш, додай у розділі «Люди» з їхніми іменами. Тоді Wegwijs вчасно покаже, що для них змінюється, наприклад коли твоїй дитині виповнюється 18.
field-children-people-link = До розділу «Люди»
profile-save = Зберегти
profile-saved = Твої дані збережено.
required = обов’язково

## Повідомлення про помилки у формах

error-summary-title = Перевір свої дані
error-summary-intro = Знайдено { $count ->
    [one] { $count } помилку
    [few] { $count } помилки
    [many] { $count } помилок
   *[other] { $count } помилки
}. Те, що вже заповнено, залишається.

## Навігація

nav-label = Головне меню
nav-menu = Меню
nav-home = Головна
nav-life-events = Події
nav-documents = Документи
nav-people = Люди
nav-status = Поточні справи
nav-settings = Налаштування

## Головна

home-title = Привіт, { $name }
home-intro = Що ти хочеш владнати сьогодні?
home-signals-title = Незабаром
home-signal-plan = Подивись, що треба владнати
home-profile-title = Твої дані
home-profile-edit = Змінити дані
home-lives-in-nl = { $municipality }, Нідерланди

## Розділи, які ще з’являться

life-events-title = Події у твоєму житті
life-events-intro = Народження дитини, 18-річчя, переїзд, вихід на пенсію: вибери, що відбувається у твоєму житті. Тоді ти отримаєш один план з усім, що треба владнати, в усіх установах, з датами, які стосуються тебе. Біля кожного завдання написано, звідки взялося правило.
documents-title = Документи
documents-intro = Зберігай свій паспорт, свідоцтво про народження ({ NL("geboorteakte") }), договір оренди і листи від державних органів у безпеці на цьому пристрої. Вони зберігаються в зашифрованому вигляді. Wegwijs попередить тебе, перш ніж строк дії документа закінчиться.
people-title = Люди
people-intro = Вирішуй справи за іншу людину, наприклад за свою дитину або за когось із батьків, кому потрібна допомога. Ти завжди бачиш, для кого ти щось робиш, і все записується.
status-title = Поточні справи
status-intro = Дивись, як просуваються твої заяви до державних органів, і читай офіційні повідомлення про свій район.
cases-title-for = Заяви: { $name }
cases-intro = Записуй, які заяви ти подаєш: на дозвіл, на допомогу ({ NL("toeslag") }), на підтримку від муніципалітету. Wegwijs показує, коли організація має ухвалити рішення, а після рішення — до якого дня можна подати заперечення ({ NL("bezwaar") }).
cases-list-title = Твої заяви
cases-none = Заяв ще не додано.
cases-reference = номер справи { $reference }
cases-submitted = отримано { $date }
cases-decision-due = Організація має ухвалити рішення не пізніше { $date }.
cases-decided = Рішення надіслано { $date }.
cases-objection-due = Подати заперечення ({ NL("bezwaar") }) можна до { $date } включно.
cases-moved = (Перенесено на наступний робочий день через вихідні або свято.)
cases-add-step = Запиши, що сталося
cases-record-decision = Запиши рішення
cases-remove = Видалити
cases-remove-confirm = Так, видалити разом з усіма кроками
cases-objection-check = Подивись у листі: там написано, чи можна подати заперечення ({ NL("bezwaar") }), кому і чи діє інший строк.
cases-decision-check = Строк зупиняється, поки організація чекає на документи від тебе, і його можна один раз подовжити.
cases-step-status = Що сталося?
cases-step-status-hint = Наприклад: «Попросили більше документів».
cases-step-date = Якого дня?
cases-step-date-hint = Залиш порожнім, якщо це сьогодні.
cases-step-note = Нотатка (можна залишити порожньою)
cases-decision-date = Дата листа з рішенням
cases-decision-date-hint = Дата на листі або день, коли рішення прийшло у твій Berichtenbox. Не день, коли ти його читаєш.
cases-save = Зберегти
cases-cancel = Скасувати
cases-add-title = Додати заяву
cases-add-intro = Більшість організацій ще не можуть надсилати твої заяви до Wegwijs. Запиши їх тут.
cases-provider = Організація
cases-provider-hint = Наприклад: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = Що ти просиш у заяві?
cases-what-hint = Своїми словами.
cases-submitted-label = Дата, коли організація отримала заяву
cases-submitted-hint = Наприклад 30 10 2026. Часто це написано в підтвердженні.
cases-reference-label = Номер справи ({ NL("kenmerk") }) (можна залишити порожнім)
cases-reference-hint = Номер на листах щодо цієї справи ({ NL("zaaknummer") }).
cases-weeks = Строк ухвалення рішення в тижнях (можна залишити порожнім)
cases-weeks-hint = Залиш порожнім для 8 тижнів: це звичайний строк. Деякі закони дають інший строк.
cases-add-submit = Додати заяву
cases-added = «{ $title }» додано.
cases-step-saved = Збережено для «{ $title }».
cases-decision-saved = Рішення щодо «{ $title }» збережено.
cases-letter = Лист із рішенням: { $title }
cases-letter-link = Вибрати лист із рішенням
cases-letter-change = Вибрати інший лист
cases-letter-choose = Лист із рішенням
cases-letter-choose-hint = Вибери лист зі своїх документів. Його там ще немає? Тоді спочатку додай його в розділі «Документи».
cases-letter-no-documents = Ти ще не зберіг жодного документа. Спочатку додай лист у розділі «Документи».
cases-letter-none = Без листа
cases-letter-saved = Лист пов’язано з «{ $title }».
cases-letter-unlinked = З «{ $title }» більше не пов’язано жодного листа.
cases-removed = «{ $title }» видалено.
cases-sources-title = Організації, які показують твої заяви
cases-sources-intro = Деякі муніципалітети та організації показують твої заяви через підключення (стандарт ZGW). Wegwijs отримує їх за твоїм BSN і зберігає на цьому пристрої: раз на день, коли Wegwijs відкритий, і коли ти натискаєш «Оновити».
cases-sources-none = Організацій ще не підключено.
cases-source-synced = Востаннє оновлено: { $date }
cases-source-never = Ще не оновлено.
cases-sync = Оновити
cases-syncing = Отримуємо дані…
cases-synced = Оновлено. Нових або з новими кроками: { $count }.
cases-sync-failed = Оновлено не все. Нижче написано, що пішло не так. Ти бачиш заяви з останнього разу.
cases-source-disconnect = Відключити
cases-source-disconnect-confirm = Так, відключити і прибрати заяви цієї організації
cases-source-disconnected = «{ $name }» відключено.
cases-connect-title = Підключити організацію
cases-connect-intro = Організація дає тобі адресу підключення, а також client-id і секретний ключ. Секретний ключ зберігається у сховищі ключів твого комп’ютера, а не у файлах Wegwijs.
cases-connect-name = Назва
cases-connect-name-hint = Наприклад: Gemeente Arnhem.
cases-connect-url = Адреса Zaken API
cases-connect-url-hint = Починається з https://
cases-connect-auth = Як Wegwijs показує, хто ти?
cases-connect-auth-jwt = За допомогою client-id і секретного ключа від організації
cases-connect-auth-login = За допомогою мого входу (у розділі «Налаштування»)
cases-connect-client = Client-id
cases-connect-secret = Секретний ключ
cases-connect-secret-hint = Під час введення його не видно.
cases-connect-submit = Підключити
cases-connected = «{ $name }» підключено. Натисни «Оновити», щоб отримати свої заяви.
cases-from-source = Від { $name }, через підключення.
cases-step-todo = ще ні
cases-closed-on = Завершено { $date }.
cases-result = Результат: { $result }
cases-calendar = Додай останні дні у свій календар
cases-overdue = Запізно: організація вже мала ухвалити рішення. Ти можеш надіслати їй письмову вимогу ({ NL("ingebrekestelling") }). Якщо вона й тоді не ухвалить рішення протягом двох тижнів, їй, можливо, доведеться заплатити тобі певну суму (Awb, стаття 4:17).
cases-bsn-used = Організації шукають заяви для { $name } за BSN { $bsn }.
cases-bsn-missing = Щоб отримати заяви для { $name }, потрібен BSN.
cases-bsn-add = Вписати BSN
cases-bsn-change = Змінити BSN
cases-bsn-label = BSN для { $name }
cases-bsn-hint = Дев’ять цифр. Його написано в паспорті, ID-картці або посвідченні водія. Залиш порожнім, щоб його стерти.
cases-bsn-saved = BSN збережено.

## Події і твій план

life-events-choose = Вибери, що відбувається
life-events-search = Шукати подію
life-events-count = { $count ->
    [one] { $count } подія
    [few] { $count } події
    [many] { $count } подій
   *[other] { $count } події
}
plan-date-hint = Наприклад: 27 11 2026. Ще не знаєш точної дати? Тоді впиши дату, яку очікуєш.
plan-make = Створити мій план
plan-title = Твій план: { $event }, { $date }
plan-group-before = До { $date }
plan-group-on-the-day = У день { $date }
plan-group-after = Після { $date }
plan-group-undated = Без певної дати
plan-due = Не пізніше { $date }
plan-due-abroad = Це нідерландська дата. У місці { $place } у тебе є час до { $date }, { $time }.
plan-where-to-go = Посольство або консульство Нідерландів для країни { $country }:
plan-window = З { $from } до { $to } включно
plan-from = З { $date }
plan-no-date = Без певної дати
plan-provider = Де: { $provider }
plan-check = Перевір, чи це стосується тебе.
plan-bring = Візьми із собою:
plan-channels = Як:
plan-why = Чому це є у твоєму плані:
plan-sources = Де записане правило:
plan-empty = Для тебе в цій події немає нічого, що треба владнати.
plan-show-left-out = { $count ->
    [one] Показати також { $count } завдання, яке тебе не стосується
    [few] Показати також { $count } завдання, які тебе не стосуються
    [many] Показати також { $count } завдань, які тебе не стосуються
   *[other] Показати також { $count } завдання, які тебе не стосуються
}
plan-left-out-title = Не стосується тебе
plan-keep = Зберегти цей план
plan-kept = Твій план збережено. Познач, що вже зроблено.
plan-done = Зроблено
plan-overdue = Запізно
plan-note = Твоя нотатка
plan-note-save = Зберегти нотатку
plan-note-saved = Твою нотатку збережено.
plan-delete = Видалити план
plan-deleted = План видалено.
kept-plans-title = Твої плани
kept-plan-open = { $open ->
    [one] ще { $open } завдання
    [few] ще { $open } завдання
    [many] ще { $open } завдань
   *[other] ще { $open } завдання
}
kept-plan-overdue = { $overdue ->
    [one] { $overdue } прострочене
    [few] { $overdue } прострочені
    [many] { $overdue } прострочених
   *[other] { $overdue } прострочених
}
plan-export-ics = Додати в календар
plan-export-done = Файл для твого календаря збережено.
plan-export-pdf = Список для друку (PDF)
plan-pdf-done = Список для друку збережено.
plan-print = Друкувати

## Налаштування

settings-title = Налаштування
settings-language-title = Мова
settings-profile-title = Твої дані
settings-notifications-title = Сповіщення
settings-notifications-label = Показувати сповіщення, коли щось наближається
settings-notifications-hint = Наприклад, коли твоїй дитині скоро виповниться 18 або скоро почнеться твоя державна пенсія (AOW). Сповіщення надходить з твого власного комп’ютера; нічого не передається через інтернет.
settings-notifications-on = Сповіщення увімкнено.
settings-notifications-off = Сповіщення вимкнено.
settings-data-title = Де зберігаються твої дані
settings-data-intro = Wegwijs зберігає твої дані тільки на цьому пристрої, у цій папці:

## Допомога

footer-help = Потрібна допомога? У багатьох бібліотеках є інформаційний пункт цифрових державних послуг (Informatiepunt Digitale Overheid). Там тобі допоможуть безкоштовно.

## Командний рядок

cli-no-profile = Даних ще немає. Заповни їх командою: wegwijs profile set --name … --birth-date РРРР-ММ-ДД --country NL --municipality …
cli-profile-saved = Твої дані збережено.
cli-error = Помилка
cli-no-keyring = На цьому пристрої немає сховища ключів.
cli-prompt-passphrase = Парольна фраза:
cli-prompt-new-passphrase = Вибери парольну фразу для захисту своїх даних (щонайменше 8 символів):
cli-prompt-backup-passphrase = Парольна фраза для резервної копії:
cli-prompt-recovery-key = Ключ відновлення:
cli-recovery-key = Твій ключ відновлення: { $key }
    Запиши його і зберігай у надійному місці. З ним ти відкриєш свої дані на новому пристрої. Ти бачиш його тільки цей один раз.
cli-vault-added = Додано: { $title } ({ $id })
cli-vault-without-text = { $title }: збережено, але текст не вдалося прочитати. Пошук знаходить документ тільки за назвою і мітками.
cli-vault-none = Документів не знайдено.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), дійсний до { $expires }
cli-vault-saved = Збережено як { $path }.
cli-vault-removed = Документ видалено.
cli-vault-verified = Перевірено документів: { $documents }, у порядку: { $ok }.
cli-vault-damaged = Пошкоджено: { $id }
cli-vault-backup = Резервну копію записано. Документів у ній: { $documents }.
cli-vault-restored = Відновлено документів: { $restored }; уже були: { $skipped }.
cli-vault-restore-not-allowed = Документи інших людей не відновлено ({ $count }): жодне представництво не дозволяє тобі додавати їхні документи. Зареєструй представництво, а потім віднови резервну копію ще раз.
cli-vault-restore-log-behind = Ця резервна копія з цієї інсталяції, і в її журналі є записи, яких тут немає: відновлено старішу копію твоїх даних. Тепер це записано в журналі.
cli-vault-recovered = Твої дані знову відкрито на цьому пристрої.
unlock-window-title = Відкрити твої дані
unlock-choose-title = Захисти свої дані парольною фразою
unlock-choose-intro = Wegwijs зберігає твої дані в зашифрованому вигляді на цьому пристрої. На цьому пристрої немає сховища ключів, щоб надійно зберігати ключ. Тому вибери парольну фразу. Ти вводитимеш її щоразу, коли відкриваєш Wegwijs.
unlock-enter-title = Впиши свою парольну фразу
unlock-enter-intro = Твої дані зашифровано. Впиши парольну фразу, щоб їх відкрити.
unlock-recover-title = Відкрий свої дані за допомогою ключа відновлення
unlock-recover-intro = Ключа від твоїх даних немає на цьому пристрої. Введи ключ відновлення, записаний на початку користування Wegwijs.
unlock-passphrase = Парольна фраза
unlock-new-passphrase = Нова парольна фраза
unlock-new-passphrase-hint = Щонайменше 8 символів. Коротке речення легко запам’ятати і важко вгадати.
unlock-repeat = Введи парольну фразу ще раз
unlock-repeat-differs = Дві парольні фрази не однакові.
unlock-recovery-key = Ключ відновлення
unlock-recovery-key-hint = 32 літери і цифри, наприклад ABCD-EFGH-… Великі літери і дефіси не мають значення.
unlock-submit = Відкрити
unlock-choose-submit = Захистити і відкрити
unlock-forgot = Я не пам’ятаю свою парольну фразу
recovery-key-title = Запиши свій ключ відновлення
recovery-key-intro = Цим ключем ти відкриєш свої дані на новому пристрої або якщо ключ на цьому пристрої загубиться.
recovery-key-keep = Зберігай його на папері в надійному місці. Нікому його не показуй. Ти бачиш його тільки цей один раз.
recovery-key-print = Друкувати
recovery-key-done = Ключ записано
documents-add-title = Додати документи
documents-add-intro = Вибери, які документи ти додаєш. Можна додати кілька файлів одночасно.
documents-kind = Вид документа
documents-doc-title = Назва
documents-doc-title-hint = Залиш порожнім, щоб використати назву файлу.
documents-expires = Дійсний до
documents-expires-hint = Залиш порожнім, якщо строк дії документа не закінчується. Наприклад: 14 3 2031.
documents-tags = Мітки
documents-tags-hint = Слова, за якими можна знайти документ, через кому. Наприклад: дім, оренда.
documents-choose-files = Вибрати файли…
documents-add-dropped = { $count ->
        [one] Додати { $count } перетягнутий файл
        [few] Додати { $count } перетягнуті файли
        [many] Додати { $count } перетягнутих файлів
       *[other] Додати { $count } перетягнутого файлу
    }
documents-drop-hint = Також можна перетягнути файли в це вікно.
documents-dropped = { $count ->
        [one] { $count } файл готовий до додавання.
        [few] { $count } файли готові до додавання.
        [many] { $count } файлів готово до додавання.
       *[other] { $count } файлу готово до додавання.
    }
documents-added = { $count ->
        [one] Додано { $count } документ.
        [few] Додано { $count } документи.
        [many] Додано { $count } документів.
       *[other] Додано { $count } документа.
    }
documents-without-text = { $count ->
        [one] Не вдалося прочитати текст { $count } документа. Тому пошук знаходить його тільки за назвою і мітками.
        [few] Не вдалося прочитати текст { $count } документів. Тому пошук знаходить їх тільки за назвою і мітками.
        [many] Не вдалося прочитати текст { $count } документів. Тому пошук знаходить їх тільки за назвою і мітками.
       *[other] Не вдалося прочитати текст { $count } документа. Тому пошук знаходить їх тільки за назвою і мітками.
    }
documents-not-added = Не додано
documents-list-title = Твої документи
documents-search = Пошук
documents-search-hint = Шукай у назвах, мітках і тексті файлів PDF та текстових файлів.
documents-count = { $count ->
        [0] Документів немає.
        [one] { $count } документ.
        [few] { $count } документи.
        [many] { $count } документів.
       *[other] { $count } документа.
    }
documents-expiry-valid = Дійсний до { $date }
documents-expiry-soon = Строк дії скоро закінчується: { $date }
documents-expiry-expired = Строк дії закінчився { $date }
documents-export = Зберегти копію
documents-exported = Копію документа { $title } збережено.
documents-delete = Видалити
documents-delete-confirm = Справді видалити? Натисни ще раз
documents-removed = { $title } видалено.
documents-verify = Перевірити всі документи
documents-verify-ok = { $count ->
        [one] { $count } документ у порядку.
        [few] Усі { $count } документи в порядку.
        [many] Усі { $count } документів у порядку.
       *[other] Усі { $count } документа в порядку.
    }
documents-verify-damaged = { $count ->
        [one] { $count } документ пошкоджено. Віднови його з резервної копії.
        [few] { $count } документи пошкоджено. Віднови їх з резервної копії.
        [many] { $count } документів пошкоджено. Віднови їх з резервної копії.
       *[other] { $count } документа пошкоджено. Віднови їх з резервної копії.
    }
size-bytes = { $n } Б
size-kb = { $n } кБ
size-mb = { $n } МБ
home-signal-documents = До твоїх документів
home-signal-case = Переглянути заяву
home-signal-announcements = Переглянути повідомлення
plan-held-valid = У твоїх документах: { $title } (на той час ще дійсний)
plan-held-invalid = У твоїх документах: { $title }, але на той час строк його дії вже закінчиться. Спочатку онови документ.
documents-edit = Змінити
documents-save = Зберегти
documents-cancel = Скасувати
documents-saved = Дані документа { $title } збережено.
cli-person-added = { $name } додано (id { $id }).
cli-cases-none = Заяв ще немає. Додай заяву командою: wegwijs cases add
cli-case-removed = Заяву { $id } видалено.
cli-case-decision-due = Організація має ухвалити рішення не пізніше { $date }.
cli-case-objection-due = Останній день для заперечення ({ NL("bezwaar") }): { $date }.
cli-case-letter = Лист із рішенням: { $title } (документ { $id }).
cli-sources-none = Організацій ще не підключено. Підключи організацію командою: wegwijs cases source add
cli-source-removed = { $name } відключено. Секретний ключ і заяви цієї організації видалено.
cli-source-synced = Востаннє оновлено: { $at }
cli-source-never-synced = Ще не оновлено.
cli-prompt-zgw-secret = Секретний ключ, який тобі дала організація (його не видно):
cli-sync-ok = { $name }: оновлено.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Нових заяв або заяв із новими кроками: { $count }
cli-cases-calendar-written = Файл для твого календаря збережено.
cli-representation-granted = Представництво { $id } зареєстровано.
cli-representation-revoked = Представництво { $id } скасовано.
cli-audit-ok = У журналі записів: { $entries }; ланцюжок цілий.
cli-audit-broken = У журналі записів: { $entries }; ланцюжок ПОШКОДЖЕНО: запис змінено, видалено або переміщено.
people-list-title = Твоє домогосподарство
people-you = ти
people-born = дата народження: { $date }
people-relation = Ким доводиться тобі
people-add-title = Додати людину
people-add-submit = Додати
people-added = { $name } додано.
people-rename = Змінити ім’я: { $name }
people-rename-label = Нове ім’я для { $name }
people-rename-save = Зберегти ім’я
people-rename-cancel = Скасувати
people-renamed = Тепер ім’я: { $name }.
relation-child = дитина
relation-partner = партнер
relation-parent = батько чи мати
relation-other = інше
reps-title = Хто діє від чийого імені
reps-none = Поки ніхто не діє від імені іншої людини.
reps-line = { $representative } діє від імені { $subject }
reps-view-only = тільки перегляд
reps-ends-on = До { $date }
reps-ended-on = Закінчилося { $date }
reps-revoked-on = Скасовано { $date }
reps-no-end = Без дати закінчення
reps-act-for = Діяти від імені { $name }
reps-revoke = Скасувати
reps-revoke-confirm = Справді скасувати? Натисни ще раз
people-granted = Представництво для { $name } зареєстровано.
people-revoked = Представництво для { $name } скасовано.
grant-title = Зареєструвати представництво
grant-representative = Хто діє?
grant-subject = Від чийого імені?
grant-basis = На якій підставі?
grant-scopes = Для яких справ?
grant-scopes-hint = Нічого не познач, якщо це для всього, що дозволяє підстава. Для довіреності ({ NL("machtiging") }) потрібна щонайменше одна сфера: тільки те, що людина вибирає сама.
grant-until = До
grant-until-hint = Залиш порожнім, якщо дати закінчення немає. Батьківські права й опікунство закінчуються автоматично у 18 років.
grant-view-only = Тільки перегляд: не змінювати, не зберігати копії, не видаляти
grant-submit = Зареєструвати
basis-ouderlijk-gezag = Батьківські права
basis-ouderlijk-gezag-explain = батько чи мати вирішує всі справи за дитину до 18 років. Закінчується автоматично в день 18-річчя.
basis-voogdij = Опікунство над дитиною
basis-voogdij-explain = як батьківські права ({ NL("ouderlijk gezag") }), але для людини, яка не є батьком чи матір’ю ({ NL("voogdij") }). Закінчується у 18 років.
basis-curatele = Опіка
basis-curatele-explain = суд вирішив, що опікун ({ NL("curator") }) владнує грошові та особисті справи ({ NL("curatele") }).
basis-beschermingsbewind = Управління майном
basis-beschermingsbewind-explain = суд вирішив, що розпорядник майна ({ NL("bewindvoerder") }) владнує тільки грошові справи ({ NL("beschermingsbewind") }).
basis-mentorschap = Піклування
basis-mentorschap-explain = суд вирішив, що піклувальник ({ NL("mentor") }) владнує тільки справи щодо догляду ({ NL("mentorschap") }).
basis-machtiging = Довіреність
basis-machtiging-explain = людина сама дає дозвіл на допомогу ({ NL("machtiging") }) у тих справах і на той період, які вона вибирає.
scope-documents = документи
scope-guidance = плани і строки
scope-finance = гроші
scope-care = догляд
acting-banner = Зараз ти дієш від імені { $name }
acting-details = { $basis }, до { $date }
acting-details-no-end = { $basis }
acting-stop = Припинити діяти від імені { $name }
documents-acting-title = Документи: { $name }
audit-title = Хто що робив для кого
audit-intro = Тут записано все, що робиться для іншої людини. Це не можна непомітно змінити.
audit-none = Ще нічого не записано.
audit-line = { $actor } для { $subject }:
audit-action-representation-grant = реєстрація представництва
audit-action-representation-revoke = скасування представництва
audit-action-documents-view = перегляд документів
audit-action-documents-change = додавання або зміна документа
audit-action-documents-export = збереження копії документа
audit-action-documents-delete = видалення документа
audit-action-guidance-view = перегляд планів
audit-action-audit-mismatch = виявлено, що в журналі бракує записів
audit-verify = Перевірити журнал
audit-ok = Журнал цілий (записів: { $count }).
audit-broken = Журнал хтось підробив. Попроси допомоги.
lock-now = Заблокувати
unlock-open-title = Wegwijs заблоковано
unlock-open-intro = Поки Wegwijs заблоковано, твоїх даних не видно. Відкрий його знову, коли захочеш.
lock-warning-title = Wegwijs скоро заблокується
lock-warning-text = Ти деякий час не користуєшся Wegwijs. За 1 хвилину він заблокується. Те, що ще не збережено, буде втрачено.
lock-warning-keep-open = Не блокувати

settings-accessibility-title = Доступність
settings-accessibility-intro = Wegwijs має бути зручним для всіх, також на малому екрані, з великим текстом або з програмою зчитування екрана. Ми самі перевірили застосунок на відповідність вимогам доступності (WCAG 2.1, рівень AA). Незалежного аудиту ще не було.
settings-accessibility-known = Це ще не працює добре:
settings-accessibility-known-pdf = Список для друку (PDF) ще погано працює з програмою зчитування з екрана.
settings-accessibility-untested = Ще не перевірено: користування Wegwijs із програмою зчитування з екрана, а також на Windows, macOS і телефонах.

settings-text-size-title = Розмір тексту
settings-text-size = Наскільки великим має бути все на екрані?
settings-text-size-hint = Текст, кнопки й зображення збільшуються разом, тож ніщо не накладається. Поки ти не обереш, Wegwijs використовує розмір тексту твого комп’ютера.
settings-text-size-saved = Розмір тексту тепер { $size }.
settings-time-zone-title = Часовий пояс
settings-time-zone-hint = Кінцевий строк — це нідерландська дата. Живеш в іншому часовому поясі? Тоді біля кожної дати ти бачиш і те, до котрої години маєш час у себе.
settings-time-zone = Твій часовий пояс
settings-time-zone-device = Пояс цього пристрою
settings-time-zone-current = Зараз: { $zone }
settings-time-zone-saved = Твій часовий пояс тепер { $zone }.

settings-auto-lock-title = Блокування
settings-auto-lock = Блокувати Wegwijs, якщо ним не користуються протягом такого часу:
settings-auto-lock-never = Ніколи
settings-auto-lock-minutes = { $count ->
        [one] { $count } хвилина
        [few] { $count } хвилини
        [many] { $count } хвилин
       *[other] { $count } хвилини
    }
settings-auto-lock-saved = Збережено.
documents-issued = Дата видачі
documents-issued-hint = Якщо ти її знаєш. Наприклад: 14 3 2021.
documents-events = Для яких подій?
documents-events-hint = Не обов’язково. Тримай натиснутою клавішу Ctrl (або Cmd), щоб вибрати кілька.
cli-login-open = Увійди у своєму браузері. Якщо він не відкривається, перейди за цією адресою: { $url }
cli-login-service = Служба входу: { $issuer }
cli-login-signed-in = Вхід виконано як { $name }.
cli-login-signed-out = Вхід не виконано.
cli-login-acting-for = Ти дієш від імені людини { $id } (підтверджено службою входу).
cli-login-unlinked = За даними служби входу, ти дієш від імені іншої людини. Вкажи, хто це, командою: wegwijs login link PERSOON_ID
cli-logged-out = Вихід виконано, також у службі входу.
cli-logged-out-here = Вихід виконано на цьому пристрої. Служба входу була недоступна.
cli-representation-verified = підтверджено
cli-representation-upcoming = почнеться пізніше
login-title = Вхід через службу входу
login-intro = Ти можеш увійти через службу входу для державних органів, наприклад DigiD через посередника. Якщо ти там дієш від імені іншої людини, наприклад із довіреністю DigiD (DigiD-machtiging), Wegwijs записує це як підтверджене представництво. Дані, з якими ти входиш, залишаються у сховищі ключів твого комп’ютера.
login-signed-in = Вхід виконано як { $name } з { $date }.
login-signed-out = Вхід не виконано.
login-not-kept = На цьому комп’ютері немає сховища ключів, тому вхід не запам’ятовується. Але зараз ти можеш ним користуватися.
login-acting-for = Служба входу підтверджує, що ти дієш від імені { $name }.
login-unlinked = За даними служби входу, ти дієш від імені іншої людини. Хто це?
login-unlinked-add-first = Спочатку додай цю людину в розділі «Люди», а потім повернися сюди.
login-link-scopes-hint = Служба входу не каже, для яких справ. Вибери те, про що ви домовилися; щонайменше одну сферу.
login-link-person = Ця людина —
login-link-submit = Прив’язати
login-linked = Прив’язано. Тепер ти дієш від імені { $name }, це підтвердила служба входу.
login-start = Увійти
login-again = Увійти ще раз
login-waiting = Увійди у вікні браузера, яке відкрилося. Wegwijs чекає, поки ти повернешся.
login-cancel = Припинити очікування
login-check = Перевірити вхід
login-still-valid = Твій вхід ще дійсний.
login-logout = Вийти
login-logged-out = Вихід виконано, також у службі входу.
login-logged-out-here = Вихід виконано на цьому пристрої. Служба входу була недоступна.
login-done = Вхід виконано як { $name }.
login-settings-title = Налаштування служби входу
login-issuer = Адреса служби входу
login-issuer-hint = Наприклад https://login.example.nl. Ти отримуєш її від організації, яка керує службою входу.
login-client-id = Client-id
login-client-id-hint = Назва, яку служба входу дала Wegwijs.
login-settings-save = Зберегти налаштування
login-settings-saved = Налаштування збережено.
reps-verified = Підтверджено службою входу
grant-evidence = Доказ (не обов’язково)
grant-evidence-hint = Документ у твоєму сховищі, який це показує, наприклад рішення суду або підписана довіреність ({ NL("machtiging") }).
grant-evidence-none = Без документа
audit-filter = Показати, що зроблено для
audit-filter-everyone = Усіх
audit-print = Надрукувати цей огляд
home-signals-title-for = Незабаром для { $name }
life-events-acting = Плани тут для { $name }, на основі дати народження. Вони не зберігаються у твоєму власному списку.
login-browser-done = Wegwijs отримав відповідь служби входу. Ти можеш закрити це вікно і повернутися до Wegwijs.

# Довіреність на час після 18 років (батьківські права закінчуються, допомога
# триває лише настільки, наскільки цього хоче молода людина).
grant-from = З
grant-from-hint = Залиш порожнім, щоб почати сьогодні.
reps-starts-on = Починається { $date }
reps-mandate-offer = { $name } виповнюється 18 років { $date }. Після цього ти можеш допомагати тільки з тим, що вибере { $name }, за довіреністю ({ NL("machtiging") }).
reps-mandate-button = Зареєструй довіреність від { $name }
grant-mandate-intro = Тільки { $name } вирішує це. Домовтеся разом, з чим ти можеш і далі допомагати і як довго, і зареєструй це тут. { $name } також має особисто дати тобі довіреність ({ NL("machtiging") }) у DigiD Machtigen на machtigen.digid.nl. Без цієї довіреності ти не можеш нічого владнати для { $name } у державних органах.
home-signal-mandate = Зареєструй довіреність на час після 18 років

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Прочитати план уголос
read-aloud-task = Прочитати вголос
read-aloud-stop = Зупинити читання вголос

## Повідомлення про твій район (сторінка «Заяви»)
neighbourhood-title = Повідомлення про твій район
neighbourhood-intro = Муніципалітети, провінції та водні управління ({ NL("waterschappen") }) публікують офіційні повідомлення. Наприклад, про дозвіл на будівництво біля твого дому, про дерево, яке зрубають, або про нове правило дорожнього руху. Wegwijs може шукати їх для тебе біля твоєї адреси.
neighbourhood-privacy = Твоя адреса залишається на цьому пристрої. Wegwijs надсилає державній службі тільки точку на карті. Так Wegwijs запитує, що є поблизу.
neighbourhood-off = Цю функцію вимкнено. Wegwijs нічого не запитує, поки ти її не ввімкнеш.
neighbourhood-postcode = Поштовий індекс
neighbourhood-number = Номер будинку
neighbourhood-addition = Літера або доповнення до номера (якщо є)
neighbourhood-find = Знайти мою адресу
neighbourhood-found = Це твоя адреса?
neighbourhood-radius = Відстань від твоєї адреси
neighbourhood-metres = { $metres } м
neighbourhood-confirm = Так, шукати тут
neighbourhood-change = Ні, змінити
neighbourhood-watching = Wegwijs шукає в радіусі { $metres } м від адреси { $address }.
neighbourhood-check = Перевірити зараз
neighbourhood-checking = Перевіряємо…
neighbourhood-checked = Нових: { $new }, усього: { $total }.
neighbourhood-last-checked = Востаннє перевірено: { $date }.
neighbourhood-never-checked = Ще не перевірено.
neighbourhood-last-failed = Остання перевірка не вдалася. Ти бачиш те, що було знайдено раніше.
neighbourhood-save-radius = Зберегти відстань
neighbourhood-disable = Вимкнути й забути мою адресу
neighbourhood-disabled = Повідомлення про твій район вимкнено. Твою адресу і все знайдене видалено.
neighbourhood-list-title = Що знайдено
neighbourhood-none = Біля твоєї адреси не знайдено жодного повідомлення.
neighbourhood-filter-kind = Вид
neighbourhood-filter-all = Усі види
neighbourhood-unread-only = Показувати тільки нові
neighbourhood-shown = Показано { $shown } з { $total }
neighbourhood-new = Нове
neighbourhood-distance = { $metres } м від твоєї адреси
neighbourhood-distance-unknown = У твоєму муніципалітеті
neighbourhood-published = Опубліковано { $date }
neighbourhood-by = Від: { $organisation }
neighbourhood-respond-by = Останній день для зауважень: { $date }
neighbourhood-open = Прочитати повідомлення (відкриється в браузері)
neighbourhood-mark-read = Позначити як прочитане
neighbourhood-mark-unread = Позначити як нове
neighbourhood-map-title = Карта
neighbourhood-map-label = Карта: твоя адреса в центрі, північ угорі. Кількість повідомлень у радіусі { $metres } м: { $count }.
neighbourhood-map-you = Твоя адреса
neighbourhood-calendar = Додай останні дні для зауважень у свій календар
neighbourhood-calendar-saved = Файл для твого календаря збережено.
cli-announcements-enabled = Wegwijs шукає повідомлення в радіусі { $radius } м від адреси { $address }.
cli-announcements-disabled = Повідомлення про твій район вимкнено. Адресу і все знайдене видалено.
cli-announcements-checked = Нових: { $new }, усього: { $total }.
cli-announcements-off = Повідомлення про твій район вимкнено. Увімкни їх командою `wegwijs announcements enable`.
cli-announcements-none = Біля твоєї адреси не знайдено жодного повідомлення.
cli-announcements-respond-by = Останній день для зауважень: { $date }
cli-announcements-read = Повідомлення { $id } позначено як прочитане.
cli-announcements-calendar-written = Файл для твого календаря збережено.
