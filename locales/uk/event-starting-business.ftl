# Wegwijs: започаткування бізнесу (рівень мови B1, звертання на «ти»).

event-starting-business-title = Започаткування власного бізнесу
event-starting-business-summary = Ти відкриваєш власну компанію. Ти реєструєшся в KVK. Тоді Belastingdienst отримує твої дані автоматично.
event-starting-business-date = Дата початку роботи твоєї компанії

task-starting-business-check-trade-name-title = Вибери добру назву для компанії
task-starting-business-check-trade-name-body = Перевір за допомогою Naamchecker від KVK, чи твоя назва вже є в Торговому реєстрі (Handelsregister). Назва не може бути схожою на наявну компанію або торгову марку. Вона також не може створювати хибне враження, наприклад «& Partners», якщо ти працюєш без партнерів. KVK записує твою назву, коли ти реєструєш свою компанію.

task-starting-business-register-kvk-title = Зареєструй свою компанію в KVK
task-starting-business-register-kvk-body = Заповни онлайн форму реєстрації через DigiD. Після цього запишися на прийом в офіс KVK і візьми із собою документ, що посвідчує особу. Адреса компанії — не твоя домашня адреса? Тоді візьми також договір оренди або письмовий дозвіл ({ NL("toestemmingsverklaring") }).

task-starting-business-vat-numbers-title = Перевір, чи прийшли твої номери ПДВ
task-starting-business-vat-numbers-body = KVK передає дані про твою реєстрацію до Belastingdienst. Belastingdienst надсилає тобі поштою ідентифікаційний номер платника ПДВ ({ NL("btw-id") }) і номер платника податку з обороту ({ NL("omzetbelastingnummer") }). Номер btw-id ти вказуєш на своїх рахунках і на своєму сайті. Якщо ти нічого не отримуєш, зателефонуй на BelastingTelefoon.

task-starting-business-small-business-scheme-title = Виріши, чи хочеш ти користуватися режимом для малих підприємців
task-starting-business-small-business-scheme-body = Ти очікуєш обороту не більше ніж 20 000 євро на рік? Тоді за режимом для малих підприємців ({ NL("kleineondernemersregeling") }, KOR) ти не нараховуєш ПДВ і не подаєш декларацій з ПДВ. Зареєструйся в Belastingdienst. Це треба зробити щонайменше за 4 тижні до того, як режим має почати діяти.
