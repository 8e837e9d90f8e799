# Словник: офіційні нідерландські слова з листів державних органів.
# У нідерландській мові `glossary-X` — це саме слово. В інших мовах це переклад;
# застосунок ставить поруч нідерландське слово (з файлу nl).

glossary-title = Словник
glossary-intro = У листах від державних органів вживають ці нідерландські слова. Тут ти прочитаєш, що вони означають.
glossary-dutch-term = Нідерландською: { $term }

glossary-bsn = сервісний номер громадянина
glossary-bsn-explanation = Твій особистий номер для державних органів. Він є в твоєму паспорті або ID-картці. Давай його лише тим організаціям, які мають право його просити.
glossary-digid = вхід DigiD
glossary-digid-explanation = Твій спосіб входу на державні сайти, наприклад Mijn toeslagen і сайт Belastingdienst.
glossary-machtiging = довіреність
glossary-machtiging-explanation = Дозвіл іншій людині вирішувати справи за тебе, наприклад подати твою податкову декларацію.
glossary-beschikking = лист із рішенням
glossary-beschikking-explanation = Лист із рішенням щодо тебе, наприклад про те, чи отримуєш ти допомогу і скільки.
glossary-bezwaar = заперечення
glossary-bezwaar-explanation = Ти не погоджуєшся з рішенням? Тоді ти можеш подати заперечення. Зазвичай це треба зробити протягом 6 тижнів від дати листа.
glossary-ingebrekestelling = письмова вимога щодо запізнення
glossary-ingebrekestelling-explanation = Лист, у якому ти пишеш, що організація запізнюється з рішенням. Після цього організація має ухвалити рішення протягом 2 тижнів, інакше їй, можливо, доведеться заплатити тобі гроші.
glossary-zorgtoeslag = допомога на медичне страхування
glossary-zorgtoeslag-explanation = Гроші від держави на твоє медичне страхування, якщо твій дохід не надто високий.
glossary-huurtoeslag = допомога на оренду житла
glossary-huurtoeslag-explanation = Гроші від держави на твою орендну плату, якщо твій дохід не надто високий.
glossary-kinderbijslag = допомога на дитину
glossary-kinderbijslag-explanation = Гроші від SVB на витрати на твоїх дітей до 18 років. Вона не залежить від твого доходу.
glossary-kindgebonden-budget = додаткова допомога на дитину
glossary-kindgebonden-budget-explanation = Додаткові гроші для батьків, які мають дітей до 18 років і не надто високий дохід.
glossary-kinderopvangtoeslag = допомога на догляд за дитиною
glossary-kinderopvangtoeslag-explanation = Гроші від держави на витрати на догляд за дітьми, якщо ти працюєш або навчаєшся.
glossary-toeslagpartner = партнер для допомог
glossary-toeslagpartner-explanation = Людина, з якою ти разом отримуєш допомогу. Її дохід теж враховують.
glossary-aow = державна пенсія
glossary-aow-explanation = Пенсія від держави. Ти отримуєш її від SVB, коли досягаєш пенсійного віку AOW.
glossary-ww = допомога з безробіття
glossary-ww-explanation = Виплата від UWV, якщо ти втрачаєш роботу і відповідаєш умовам.
glossary-bijstand = соціальна допомога
glossary-bijstand-explanation = Гроші від муніципалітету, якщо тобі не вистачає грошей на життя і ти не можеш отримати іншу виплату.
glossary-wmo = Закон про соціальну підтримку
glossary-wmo-explanation = Допомога від муніципалітету, щоб і далі жити вдома, наприклад допомога в домашньому господарстві або пристосування житла.
glossary-wlz = Закон про довготривалий догляд
glossary-wlz-explanation = Догляд для людей, яким завжди потрібні догляд або нагляд поруч, наприклад у будинку догляду. CIZ вирішує, чи ти його отримаєш.
glossary-brp = Базовий реєстр осіб
glossary-brp-explanation = Список муніципалітету з даними всіх, хто там живе: ім’я, адреса і дата народження.
glossary-geboorteakte = свідоцтво про народження
glossary-geboorteakte-explanation = Офіційний доказ твого народження. Муніципалітет складає його, коли реєструють народження.
glossary-levensbewijs = підтвердження життя
glossary-levensbewijs-explanation = Форма, якою ти показуєш, що ти ще живеш. SVB просить її, якщо ти живеш за кордоном і отримуєш AOW або іншу виплату.
glossary-erfbelasting = податок на спадщину
glossary-erfbelasting-explanation = Податок на те, що ти успадковуєш. Belastingdienst надсилає декларацію, якщо тобі треба її подати.
glossary-verklaring-van-erfrecht = свідоцтво про право на спадщину
glossary-verklaring-van-erfrecht-explanation = Документ від нотаріуса, у якому написано, хто є спадкоємцями. Банки часто його просять.
glossary-curator = опікун
glossary-curator-explanation = Людина, яку призначає суд, щоб вирішувати всі справи за особу, яка не може робити це самостійно.
glossary-bewindvoerder = розпорядник майна
glossary-bewindvoerder-explanation = Людина, яку призначає суд, щоб керувати грошима і речами іншої людини.
glossary-mentor = піклувальник
glossary-mentor-explanation = Людина, яку призначає суд, щоб ухвалювати рішення про догляд за іншою людиною.
