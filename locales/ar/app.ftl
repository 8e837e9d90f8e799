# Wegwijs: نصوص التطبيق وسطر الأوامر (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

app-name = Wegwijs
app-tagline = دليلك في التعامل مع الحكومة
skip-to-content = الانتقال مباشرةً إلى المحتوى
loading = لحظة من فضلك، جارٍ تحميل Wegwijs…

## اللغة

language-label = اللغة
language-nl = Nederlands
language-en = English
# كل لغة باسمها في لغتها، وهو نفسه في كل الملفات.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = أُعدّت هذه الترجمة بمساعدة الحاسوب. لم يراجعها بعدُ أحد من الناطقين بهذه اللغة لغةً أمًّا.
translation-unreviewed-short = الترجمة لم تُراجَع بعد
translation-show-dutch = عرض النص الهولندي
translation-showing-dutch = يظهر لك الآن النص الهولندي.
translation-back = الرجوع إلى { $language }
glossary-link = قائمة المصطلحات: كلمات هولندية من رسائل الحكومة
language-changed = اللغة الآن هي العربية.

## التشغيل الأول

welcome-title = مرحبًا بك في Wegwijs
welcome-intro = أحيانًا تتغيّر أمور كثيرة في حياتك. يولد لك طفل، أو تنتقل إلى سكن جديد، أو تتوقف عن العمل. يعرض لك Wegwijs ما يجب عليك ترتيبه عندها، ولدى أي جهة، ومتى.
welcome-privacy = تبقى بياناتك على هذا الجهاز. لا يرسلها Wegwijs إلى أي مكان.
welcome-setup-title = عنك
welcome-setup-intro = أدخل بعض البيانات. عندها يعرف Wegwijs أي القواعد تنطبق عليك. يمكنك دائمًا تغييرها لاحقًا.
welcome-submit = حفظ ومتابعة

## استمارة البيانات الشخصية

field-name = الاسم
field-name-hint = الاسم الذي تريد أن نناديك به.
field-birth-date = تاريخ الميلاد
field-birth-date-hint = مثلًا: 14 3 1990
field-birth-day = اليوم
field-birth-month = الشهر
field-birth-year = السنة
field-residence-where = أين تعيش؟
field-residence-nl = في هولندا
field-residence-abroad = في الخارج
field-residence-country = البلد الذي تعيش فيه
field-residence-country-hint = هل تعيش في الخارج؟ اختر إذن البلد الذي تعيش فيه الآن.
field-residence-country-choose = اختيار بلد
field-municipality = البلدية
field-municipality-hint = البلدية التي سُجّلت فيها.
field-situation = وضعك
field-situation-intro = هذه الأسئلة ليست إلزامية. بالإجابات يجعل Wegwijs خطتك أكثر ملاءمةً لك.
field-partner = هل لديك شريك حياة؟
field-partner-hint = شريك الحياة هو زوجك أو زوجتك، أو شريكك المسجّل، أو شخص تعيش معه في سكن مشترك.
field-partner-yes = نعم
field-partner-no = لا
field-partner-unsaid = أفضّل عدم الإجابة
field-employment = ما هو عملك؟
field-employment-unsaid = أفضّل عدم الإجابة
employment-employed = أعمل بأجر لدى صاحب عمل
employment-self-employed = لديّ مشروعي الخاص أو أعمل لحسابي الخاص ({ NL("zzp'er") })
employment-unemployed = ليس لديّ عمل وأبحث عن عمل
employment-retired = تقاعدتُ عن العمل
employment-student = أنا أدرس
employment-none = ليس لديّ عمل مدفوع الأجر
field-bsn = رقم الخدمة المدنية (BSN)
field-children-on-people = أطفالك والأشخاص الآخرون الذين ترعاهم، تضيفهم في قسم الأشخاص، بأسمائهم. عندها يعرض لك Wegwijs في الوقت المناسب ما يتغيّر بالنسبة لهم، مثلًا عندما يبلغ طفلك 18 عامًا.
field-children-people-link = الذهاب إلى الأشخاص
profile-save = حفظ
profile-saved = تم حفظ بياناتك.
required = إلزامي

## رسائل الأخطاء في الاستمارات

error-summary-title = تحقّق من بياناتك
error-summary-intro = { $count ->
    [zero] لم يتم العثور على أي خطأ.
    [one] تم العثور على خطأ واحد.
    [two] تم العثور على خطأين.
    [few] تم العثور على { $count } أخطاء.
    [many] تم العثور على { $count } خطأً.
   *[other] تم العثور على { $count } خطأ.
} ما أدخلته من قبل يبقى كما هو.

## التنقّل

nav-label = القائمة الرئيسية
nav-menu = القائمة
nav-home = الرئيسية
nav-life-events = الأحداث
nav-documents = الوثائق
nav-people = الأشخاص
nav-status = الأمور الجارية
nav-settings = الإعدادات

## الرئيسية

home-title = مرحبًا { $name }
home-intro = ماذا تريد أن ترتّب اليوم؟
home-signals-title = قريبًا
home-signal-plan = عرض ما يجب عليك ترتيبه
home-profile-title = بياناتك
home-profile-edit = تغيير البيانات
home-lives-in-nl = { $municipality }، هولندا

## أقسام قادمة

life-events-title = أحداث في حياتك
life-events-intro = إنجاب طفل، بلوغ 18 عامًا، الانتقال إلى سكن جديد، التقاعد: اختر ما يحدث في حياتك. عندها تحصل على خطة واحدة فيها كل ما يجب عليك ترتيبه، لدى كل الجهات، مع التواريخ التي تنطبق عليك. بجانب كل مهمة يُذكر مصدر القاعدة.
documents-title = الوثائق
documents-intro = احفظ جواز سفرك وشهادة ميلادك ({ NL("geboorteakte") }) وعقد الإيجار ورسائل الحكومة بأمان على هذا الجهاز. يتم حفظها مشفّرة. ينبّهك Wegwijs قبل انتهاء صلاحية أي وثيقة.
people-title = الأشخاص
people-intro = رتّب أمورًا لشخص آخر، مثلًا لطفلك أو لأحد والديك إذا كان يحتاج إلى مساعدة. ترى دائمًا لمن تقوم بشيء ما، ويتم تسجيل كل شيء.
status-title = الأمور الجارية
status-intro = تابع حالة طلباتك لدى الحكومة، واقرأ الإعلانات الرسمية عن حيّك.
cases-title-for = طلبات { $name }
cases-intro = تابع ما قدّمت طلبًا له: تصريح، أو إعانة، أو مساعدة من البلدية. يعرض لك Wegwijs متى يجب على الجهة أن تقرر، وبعد صدور القرار، حتى متى يمكنك تقديم اعتراض ({ NL("bezwaar") }).
cases-list-title = طلباتك
cases-none = لم تضف أي طلب بعدُ.
cases-reference = رقم المرجع { $reference }
cases-submitted = وصل في { $date }
cases-decision-due = يجب على الجهة أن تقرر في موعد أقصاه { $date }.
cases-decided = أُرسل القرار في { $date }.
cases-objection-due = يمكنك تقديم اعتراض ({ NL("bezwaar") }) حتى { $date } (ضمنًا).
cases-moved = (نُقل إلى يوم العمل التالي، بسبب عطلة نهاية أسبوع أو عطلة رسمية.)
cases-add-step = تسجيل ما حدث
cases-record-decision = تسجيل القرار
cases-remove = حذف
cases-remove-confirm = نعم، احذفه مع كل الخطوات
cases-objection-check = انظر في الرسالة: فيها هل يمكنك تقديم اعتراض ({ NL("bezwaar") })، ولدى من، وهل تسري مهلة أخرى.
cases-decision-check = تتوقف المهلة ما دامت الجهة تنتظر أوراقًا منك، ويجوز تمديدها مرة واحدة.
cases-step-status = ماذا حدث؟
cases-step-status-hint = مثلًا: "طلبوا أوراقًا إضافية".
cases-step-date = في أي يوم؟
cases-step-date-hint = اتركه فارغًا لتاريخ اليوم.
cases-step-note = ملاحظة (يمكن تركها فارغة)
cases-decision-date = تاريخ رسالة القرار
cases-decision-date-hint = التاريخ المكتوب على الرسالة، أو اليوم الذي وصل فيه القرار إلى صندوق رسائلك Berichtenbox. وليس اليوم الذي قرأته فيه.
cases-save = حفظ
cases-cancel = إلغاء
cases-add-title = إضافة طلب
cases-add-intro = معظم الجهات لا تستطيع بعدُ إرسال طلباتك إلى Wegwijs. سجّلها هنا.
cases-provider = الجهة
cases-provider-hint = مثلًا: Gemeente Utrecht، SVB، Belastingdienst.
cases-what = ماذا طلبت؟
cases-what-hint = بكلماتك أنت.
cases-submitted-label = تاريخ وصول الطلب إلى الجهة
cases-submitted-hint = مثلًا 30 10 2026. غالبًا تجده في رسالة التأكيد.
cases-reference-label = رقم المرجع (يمكن تركه فارغًا)
cases-reference-hint = الرقم المكتوب على الرسائل الخاصة بالطلب ({ NL("zaaknummer") }).
cases-weeks = مهلة القرار بالأسابيع (يمكن تركها فارغة)
cases-weeks-hint = اتركها فارغة لمهلة 8 أسابيع: المهلة العادية. بعض القوانين تحدد مهلة أخرى.
cases-add-submit = إضافة الطلب
cases-added = تمت إضافة "{ $title }".
cases-step-saved = تم الحفظ في "{ $title }".
cases-decision-saved = تم حفظ القرار الخاص بـ "{ $title }".
cases-letter = رسالة القرار: { $title }
cases-letter-link = اختر رسالة القرار
cases-letter-change = اختر رسالة أخرى
cases-letter-choose = رسالة القرار
cases-letter-choose-hint = اختر الرسالة من مستنداتك. أليست موجودة بعد؟ أضفها أولاً في قسم المستندات.
cases-letter-no-documents = لم تحفظ أي مستندات بعد. أضف الرسالة أولاً في قسم المستندات.
cases-letter-none = لا توجد رسالة
cases-letter-saved = تم ربط الرسالة بـ "{ $title }".
cases-letter-unlinked = لم تعد هناك رسالة مرتبطة بـ "{ $title }".
cases-removed = تم حذف "{ $title }".
cases-sources-title = جهات تعرض طلباتك
cases-sources-intro = بعض البلديات والجهات تعرض طلباتك عن طريق ربط إلكتروني (معيار ZGW). يجلبها Wegwijs برقم BSN الخاص بك ويحفظها على هذا الجهاز: مرة واحدة في اليوم عندما يكون Wegwijs مفتوحًا، وعندما تضغط على تحديث.
cases-sources-none = لم تربط أي جهة بعدُ.
cases-source-synced = آخر تحديث: { $date }
cases-source-never = لم يتم التحديث بعدُ.
cases-sync = تحديث
cases-syncing = جارٍ الجلب…
cases-synced = تم التحديث. جديد أو تقدّم: { $count }.
cases-sync-failed = لم يتم تحديث كل شيء. في الأسفل تجد ما حدث من خطأ. تظهر لك الطلبات من آخر مرة.
cases-source-disconnect = إلغاء الربط
cases-source-disconnect-confirm = نعم، ألغِ الربط واحذف طلبات هذه الجهة
cases-source-disconnected = تم إلغاء ربط "{ $name }".
cases-connect-title = ربط جهة
cases-connect-intro = تعطيك الجهة عنوان الربط، ومعرّف عميل (client-id) ورمزًا سريًا. يُحفظ الرمز السري في حافظة المفاتيح على حاسوبك، لا في ملفات Wegwijs.
cases-connect-name = الاسم
cases-connect-name-hint = مثلًا: Gemeente Arnhem.
cases-connect-url = عنوان Zaken API
cases-connect-url-hint = يبدأ بـ https://
cases-connect-auth = كيف يُثبت Wegwijs هويتك؟
cases-connect-auth-jwt = بمعرّف عميل (client-id) ورمز سري من الجهة
cases-connect-auth-login = بتسجيل دخولي (في الإعدادات)
cases-connect-client = معرّف العميل (client-id)
cases-connect-secret = الرمز السري
cases-connect-secret-hint = لا يظهر لك أثناء الكتابة.
cases-connect-submit = ربط
cases-connected = تم ربط "{ $name }". اضغط على تحديث لجلب طلباتك.
cases-from-source = من { $name }، عن طريق الربط.
cases-step-todo = ليس بعدُ
cases-closed-on = أُنجز في { $date }.
cases-result = النتيجة: { $result }
cases-calendar = إضافة المواعيد الأخيرة إلى تقويمك
cases-overdue = متأخر: كان يجب على الجهة أن تقرر من قبل. يمكنك أن ترسل إليها إنذارًا رسميًا مكتوبًا ({ NL("ingebrekestelling") }). إذا لم تقرر بعد ذلك خلال أسبوعين، فقد يلزمها أن تدفع لك مبلغًا من المال (Awb، المادة 4:17).
cases-bsn-used = تبحث الجهات عن طلبات { $name } برقم BSN { $bsn }.
cases-bsn-missing = لجلب طلبات { $name } يلزم رقم BSN.
cases-bsn-add = إدخال رقم BSN
cases-bsn-change = تغيير رقم BSN
cases-bsn-label = رقم BSN الخاص بـ { $name }
cases-bsn-hint = تسعة أرقام. تجده على جواز السفر أو بطاقة الهوية أو رخصة القيادة. اتركه فارغًا لحذفه.
cases-bsn-saved = تم حفظ رقم BSN.

## الأحداث وخطتك

life-events-choose = اختيار ما يحدث
life-events-search = البحث عن حدث
life-events-count = { $count ->
    [zero] لا توجد أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
}
plan-date-hint = مثلًا: 27 11 2026. لا تعرف التاريخ بالضبط بعدُ؟ أدخل إذن التاريخ الذي تتوقعه.
plan-make = إعداد خطتي
plan-title = خطتك: { $event }، { $date }
plan-group-before = قبل { $date }
plan-group-on-the-day = في { $date }
plan-group-after = بعد { $date }
plan-group-undated = بدون تاريخ محدد
plan-due = في موعد أقصاه { $date }
plan-due-abroad = هذا تاريخ هولندي. في { $place } لديك مهلة حتى { $date }، الساعة { $time }.
plan-where-to-go = السفارة أو القنصلية الهولندية المسؤولة عن { $country }:
plan-window = من { $from } حتى { $to } (ضمنًا)
plan-from = ابتداءً من { $date }
plan-no-date = لا يوجد تاريخ محدد
plan-provider = لدى: { $provider }
plan-check = تحقّق هل ينطبق هذا عليك.
plan-bring = ما يجب إحضاره:
plan-channels = الطريقة:
plan-why = لماذا يوجد هذا في خطتك:
plan-sources = مصدر القاعدة:
plan-empty = لا يوجد ما يجب عليك ترتيبه في هذا الحدث.
plan-show-left-out = { $count ->
    [zero] لا توجد مهام لا تنطبق عليك
    [one] عرض مهمة واحدة أيضًا لا تنطبق عليك
    [two] عرض مهمتين أيضًا لا تنطبقان عليك
    [few] عرض { $count } مهام أيضًا لا تنطبق عليك
    [many] عرض { $count } مهمةً أيضًا لا تنطبق عليك
   *[other] عرض { $count } مهمة أيضًا لا تنطبق عليك
}
plan-left-out-title = لا ينطبق عليك
plan-keep = حفظ هذه الخطة
plan-kept = تم حفظ خطتك. ضع علامة على ما أنجزته.
plan-done = تم
plan-overdue = متأخر
plan-note = ملاحظتك
plan-note-save = حفظ الملاحظة
plan-note-saved = تم حفظ ملاحظتك.
plan-delete = حذف الخطة
plan-deleted = تم حذف الخطة.
kept-plans-title = خططك
kept-plan-open = { $open ->
    [zero] لم تبقَ أي مهمة
    [one] بقيت مهمة واحدة
    [two] بقيت مهمتان
    [few] بقيت { $open } مهام
    [many] بقيت { $open } مهمةً
   *[other] بقيت { $open } مهمة
}
kept-plan-overdue = { $overdue ->
    [zero] لا توجد مهام متأخرة
    [one] مهمة واحدة متأخرة
    [two] مهمتان متأخرتان
    [few] { $overdue } مهام متأخرة
    [many] { $overdue } مهمةً متأخرة
   *[other] { $overdue } مهمة متأخرة
}
plan-export-ics = إضافة إلى تقويمك
plan-export-done = تم حفظ ملف التقويم.
plan-export-pdf = قائمة قابلة للطباعة (PDF)
plan-pdf-done = تم حفظ القائمة القابلة للطباعة.
plan-print = طباعة

## الإعدادات

settings-title = الإعدادات
settings-language-title = اللغة
settings-profile-title = بياناتك
settings-notifications-title = الإشعارات
settings-notifications-label = عرض إشعار عندما يقترب موعد شيء ما
settings-notifications-hint = مثلًا عندما يقترب بلوغ طفلك 18 عامًا أو بدء معاش الشيخوخة الحكومي (AOW) الخاص بك. يأتي الإشعار من حاسوبك نفسه؛ لا يُرسل أي شيء عبر الإنترنت.
settings-notifications-on = الإشعارات مفعّلة.
settings-notifications-off = الإشعارات متوقفة.
settings-data-title = أين توجد بياناتك
settings-data-intro = يحفظ Wegwijs بياناتك على هذا الجهاز فقط، في هذا المجلد:

## المساعدة

footer-help = هل تحتاج إلى مساعدة؟ في مكتبات عامة كثيرة توجد نقطة معلومات الحكومة الرقمية (Informatiepunt Digitale Overheid). هناك يساعدونك مجانًا.

## سطر الأوامر

cli-no-profile = لا توجد بيانات بعدُ. أدخلها بالأمر: wegwijs profile set --name … --birth-date YYYY-MM-DD --country NL --municipality …
cli-profile-saved = تم حفظ بياناتك.
cli-error = خطأ
cli-no-keyring = لا توجد حافظة مفاتيح على هذا الجهاز.
cli-prompt-passphrase = عبارة المرور:
cli-prompt-new-passphrase = اختر عبارة مرور لحماية بياناتك (8 أحرف على الأقل):
cli-prompt-backup-passphrase = عبارة المرور للنسخة الاحتياطية:
cli-prompt-recovery-key = مفتاح الاستعادة:
cli-recovery-key = مفتاح الاستعادة الخاص بك: { $key }
    اكتبه واحفظه في مكان آمن. به تفتح بياناتك على جهاز جديد. لن يظهر لك إلا هذه المرة فقط.
cli-vault-added = تمت الإضافة: { $title } ({ $id })
cli-vault-without-text = { $title }: تم الحفظ، لكن تعذّرت قراءة النص. البحث يجده فقط من خلال العنوان والوسوم.
cli-vault-none = لم يتم العثور على وثائق.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind })، صالحة حتى { $expires }
cli-vault-saved = تم الحفظ باسم { $path }.
cli-vault-removed = تم حذف الوثيقة.
cli-vault-verified = عدد الوثائق التي تم فحصها: { $documents }، السليمة منها: { $ok }.
cli-vault-damaged = تالفة: { $id }
cli-vault-backup = تمت كتابة النسخة الاحتياطية. عدد الوثائق فيها: { $documents }.
cli-vault-restored = عدد الوثائق المسترجعة: { $restored }؛ وعدد الوثائق الموجودة من قبل: { $skipped }.
cli-vault-restore-not-allowed = لم يتم استرجاع وثائق تخص أشخاصًا آخرين (عددها { $count }): لا يوجد تمثيل يسمح لك بإضافة وثائقهم. سجّل تمثيلًا ثم استرجع النسخة الاحتياطية مرة أخرى.
cli-vault-restore-log-behind = هذه النسخة الاحتياطية من هذا التثبيت نفسه، والسجل الذي فيها يحتوي على أسطر غير موجودة هنا: تم استرجاع نسخة أقدم من بياناتك. وقد سُجّل ذلك الآن في السجل.
cli-vault-recovered = بياناتك مفتوحة من جديد على هذا الجهاز.
unlock-window-title = فتح بياناتك
unlock-choose-title = حماية بياناتك بعبارة مرور
unlock-choose-intro = يحفظ Wegwijs بياناتك مشفّرة على هذا الجهاز. لا توجد على هذا الجهاز حافظة مفاتيح لحفظ المفتاح بأمان. لذلك اختر عبارة مرور. ستكتبها في كل مرة تفتح فيها Wegwijs.
unlock-enter-title = إدخال عبارة المرور
unlock-enter-intro = بياناتك مشفّرة. أدخل عبارة المرور لفتحها.
unlock-recover-title = فتح بياناتك بمفتاح الاستعادة
unlock-recover-intro = مفتاح بياناتك غير موجود على هذا الجهاز. اكتب مفتاح الاستعادة الذي سجّلته عندما بدأت استخدام Wegwijs.
unlock-passphrase = عبارة المرور
unlock-new-passphrase = عبارة مرور جديدة
unlock-new-passphrase-hint = 8 أحرف على الأقل. الجملة القصيرة سهلة التذكّر وصعبة التخمين.
unlock-repeat = اكتب عبارة المرور مرة أخرى
unlock-repeat-differs = عبارتا المرور غير متطابقتين.
unlock-recovery-key = مفتاح الاستعادة
unlock-recovery-key-hint = 32 حرفًا ورقمًا، مثلًا ABCD-EFGH-… لا فرق بين الأحرف الكبيرة والصغيرة، والشرطات غير مهمة.
unlock-submit = فتح
unlock-choose-submit = حماية وفتح
unlock-forgot = نسيت عبارة المرور
recovery-key-title = اكتب مفتاح الاستعادة
recovery-key-intro = بهذا المفتاح تفتح بياناتك على جهاز جديد، أو إذا ضاع المفتاح على هذا الجهاز.
recovery-key-keep = احفظه على ورقة في مكان آمن. لا تشاركه مع أحد. لن يظهر لك إلا هذه المرة فقط.
recovery-key-print = طباعة
recovery-key-done = لقد كتبته
documents-add-title = إضافة وثائق
documents-add-intro = اختر نوع الوثائق التي تضيفها. يمكنك إضافة عدة ملفات في وقت واحد.
documents-kind = نوع الوثيقة
documents-doc-title = العنوان
documents-doc-title-hint = اتركه فارغًا لاستخدام اسم الملف.
documents-expires = صالحة حتى
documents-expires-hint = اتركه فارغًا إذا كانت الوثيقة لا تنتهي صلاحيتها. مثلًا: 14 3 2031.
documents-tags = الوسوم
documents-tags-hint = كلمات تساعدك في العثور على الوثيقة، تفصل بينها فواصل. مثلًا: بيت، إيجار.
documents-choose-files = اختيار ملفات…
documents-add-dropped = { $count ->
        [zero] لا توجد ملفات لإضافتها
        [one] إضافة الملف الذي سحبته إلى هنا
        [two] إضافة الملفين اللذين سحبتهما إلى هنا
        [few] إضافة { $count } ملفات سحبتها إلى هنا
        [many] إضافة { $count } ملفًا سحبتها إلى هنا
       *[other] إضافة { $count } ملف سحبتها إلى هنا
    }
documents-drop-hint = يمكنك أيضًا سحب ملفات إلى هذه النافذة.
documents-dropped = { $count ->
        [zero] لا توجد ملفات جاهزة للإضافة.
        [one] ملف واحد جاهز للإضافة.
        [two] ملفان جاهزان للإضافة.
        [few] { $count } ملفات جاهزة للإضافة.
        [many] { $count } ملفًا جاهزًا للإضافة.
       *[other] { $count } ملف جاهز للإضافة.
    }
documents-added = { $count ->
        [zero] لم تتم إضافة أي وثيقة.
        [one] تمت إضافة وثيقة واحدة.
        [two] تمت إضافة وثيقتين.
        [few] تمت إضافة { $count } وثائق.
        [many] تمت إضافة { $count } وثيقةً.
       *[other] تمت إضافة { $count } وثيقة.
    }
documents-without-text = { $count ->
        [zero] لا توجد وثائق تعذّرت قراءة نصها.
        [one] تعذّرت قراءة النص. لذلك لا يجد البحث الوثيقة إلا من خلال العنوان والوسوم.
        [two] تعذّرت قراءة نص وثيقتين. لذلك لا يجدهما البحث إلا من خلال العنوان والوسوم.
        [few] تعذّرت قراءة نص { $count } وثائق. لذلك لا يجدها البحث إلا من خلال العنوان والوسوم.
        [many] تعذّرت قراءة نص { $count } وثيقةً. لذلك لا يجدها البحث إلا من خلال العنوان والوسوم.
       *[other] تعذّرت قراءة نص { $count } وثيقة. لذلك لا يجدها البحث إلا من خلال العنوان والوسوم.
    }
documents-not-added = لم تتم الإضافة
documents-list-title = وثائقك
documents-search = بحث
documents-search-hint = ابحث في العناوين والوسوم ونص ملفات pdf والملفات النصية.
documents-count = { $count ->
        [0] لا توجد وثائق.
        [zero] لا توجد وثائق.
        [one] وثيقة واحدة.
        [two] وثيقتان.
        [few] { $count } وثائق.
        [many] { $count } وثيقةً.
       *[other] { $count } وثيقة.
    }
documents-expiry-valid = صالحة حتى { $date }
documents-expiry-soon = تنتهي صلاحيتها قريبًا: { $date }
documents-expiry-expired = انتهت صلاحيتها في { $date }
documents-export = حفظ نسخة
documents-exported = تم حفظ نسخة من { $title }.
documents-delete = حذف
documents-delete-confirm = هل تريد الحذف فعلًا؟ اضغط مرة أخرى
documents-removed = تم حذف { $title }.
documents-verify = فحص كل الوثائق
documents-verify-ok = { $count ->
        [zero] لا توجد وثائق لفحصها.
        [one] الوثيقة سليمة.
        [two] الوثيقتان سليمتان.
        [few] جميع الوثائق سليمة، وعددها { $count }.
        [many] جميع الوثائق سليمة، وعددها { $count }.
       *[other] جميع الوثائق سليمة، وعددها { $count }.
    }
documents-verify-damaged = { $count ->
        [zero] لا توجد وثائق تالفة.
        [one] وثيقة واحدة تالفة. استرجعها من نسخة احتياطية.
        [two] وثيقتان تالفتان. استرجعهما من نسخة احتياطية.
        [few] { $count } وثائق تالفة. استرجعها من نسخة احتياطية.
        [many] { $count } وثيقةً تالفة. استرجعها من نسخة احتياطية.
       *[other] { $count } وثيقة تالفة. استرجعها من نسخة احتياطية.
    }
size-bytes = { $n } بايت
size-kb = { $n } كيلوبايت
size-mb = { $n } ميغابايت
home-signal-documents = الذهاب إلى وثائقك
home-signal-case = عرض الطلب
home-signal-announcements = عرض الإعلانات
plan-held-valid = في وثائقك: { $title } (ستكون صالحة عندها)
plan-held-invalid = في وثائقك: { $title }، لكنها لن تكون صالحة عندها. جدّدها أولًا.
documents-edit = تعديل
documents-save = حفظ
documents-cancel = إلغاء
documents-saved = تم حفظ بيانات { $title }.
cli-person-added = تمت إضافة { $name } (المعرّف { $id }).
cli-cases-none = لا توجد طلبات بعدُ. أضف طلبًا بالأمر: wegwijs cases add
cli-case-removed = تم حذف الطلب { $id }.
cli-case-decision-due = يجب على الجهة أن تقرر في موعد أقصاه { $date }.
cli-case-objection-due = آخر يوم لتقديم اعتراض ({ NL("bezwaar") }): { $date }.
cli-case-letter = رسالة القرار: { $title } (المستند { $id }).
cli-sources-none = لا توجد جهات مرتبطة بعدُ. اربط جهة بالأمر: wegwijs cases source add
cli-source-removed = تم إلغاء ربط { $name }. تم حذف الرمز السري وطلبات هذه الجهة.
cli-source-synced = آخر تحديث: { $at }
cli-source-never-synced = لم يتم التحديث بعدُ.
cli-prompt-zgw-secret = الرمز السري الذي أعطتك إياه الجهة (لن يظهر):
cli-sync-ok = { $name }: تم التحديث.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = الطلبات الجديدة أو التي تقدّمت: { $count }
cli-cases-calendar-written = تم حفظ ملف التقويم.
cli-representation-granted = تم تسجيل التمثيل { $id }.
cli-representation-revoked = تم سحب التمثيل { $id }.
cli-audit-ok = عدد أسطر السجل: { $entries }؛ السلسلة سليمة.
cli-audit-broken = عدد أسطر السجل: { $entries }؛ السلسلة مكسورة: تم تغيير سطر أو حذفه أو نقله.
people-list-title = أسرتك
people-you = أنت
people-born = تاريخ الميلاد { $date }
people-relation = صلة القرابة بك
people-add-title = إضافة شخص
people-add-submit = إضافة
people-added = تمت إضافة { $name }.
people-rename = تغيير اسم { $name }
people-rename-label = الاسم الجديد لـ { $name }
people-rename-save = حفظ الاسم
people-rename-cancel = إلغاء
people-renamed = الاسم الآن { $name }.
relation-child = طفل
relation-partner = شريك حياة
relation-parent = والد أو والدة
relation-other = غير ذلك
reps-title = من يتصرّف نيابةً عن من
reps-none = لا أحد يتصرّف نيابةً عن أحد بعدُ.
reps-line = { $representative } يتصرّف نيابةً عن { $subject }
reps-view-only = اطلاع فقط
reps-ends-on = حتى { $date }
reps-ended-on = انتهى في { $date }
reps-revoked-on = سُحب في { $date }
reps-no-end = بدون تاريخ انتهاء
reps-act-for = التصرّف نيابةً عن { $name }
reps-revoke = سحب
reps-revoke-confirm = هل تريد السحب فعلًا؟ اضغط مرة أخرى
people-granted = تم تسجيل التمثيل لـ { $name }.
people-revoked = تم سحب التمثيل لـ { $name }.
grant-title = تسجيل تمثيل
grant-representative = من يتصرّف؟
grant-subject = نيابةً عن من؟
grant-basis = على أي أساس؟
grant-scopes = لأي أمور؟
grant-scopes-hint = لا تضع أي علامة إذا كان التمثيل لكل ما يسمح به الأساس. التفويض ({ NL("machtiging") }) يحتاج إلى أمر واحد على الأقل: فقط ما يختاره الشخص بنفسه.
grant-until = حتى
grant-until-hint = اتركه فارغًا إذا لم يكن هناك تاريخ انتهاء. السلطة الأبوية والوصاية تنتهيان تلقائيًا عند سن 18 عامًا.
grant-view-only = اطلاع فقط: بدون تغيير، وبدون حفظ نسخة، وبدون حذف
grant-submit = تسجيل
basis-ouderlijk-gezag = السلطة الأبوية
basis-ouderlijk-gezag-explain = أحد الوالدين يرتّب كل شيء لطفل دون سن 18 عامًا. تنتهي تلقائيًا في عيد الميلاد الثامن عشر.
basis-voogdij = الوصاية
basis-voogdij-explain = مثل السلطة الأبوية، لشخص ليس هو الوالد أو الوالدة. تنتهي عند سن 18 عامًا.
basis-curatele = القوامة
basis-curatele-explain = قرر القاضي أن يرتّب قيّم ({ NL("curator") }) الأمور المالية والأمور الشخصية.
basis-beschermingsbewind = إدارة الأموال الحمائية
basis-beschermingsbewind-explain = قرر القاضي أن يرتّب مدير أموال ({ NL("bewindvoerder") }) الأمور المالية فقط.
basis-mentorschap = الإشراف الشخصي
basis-mentorschap-explain = قرر القاضي أن يرتّب مشرف شخصي ({ NL("mentor") }) أمور الرعاية فقط.
basis-machtiging = التفويض
basis-machtiging-explain = الشخص نفسه يطلب المساعدة، للأمور والفترة التي يختارها.
scope-documents = الوثائق
scope-guidance = الخطط والمهل
scope-finance = المال
scope-care = الرعاية
acting-banner = أنت تتصرّف الآن نيابةً عن { $name }
acting-details = { $basis }، حتى { $date }
acting-details-no-end = { $basis }
acting-stop = التوقف عن التصرّف نيابةً عن { $name }
documents-acting-title = وثائق { $name }
audit-title = من فعل ماذا لمن
audit-intro = كل ما يُفعل لشخص آخر يُسجّل هنا. لا يمكن تغييره دون أن يُلاحظ ذلك.
audit-none = لم يُسجّل شيء بعدُ.
audit-line = { $actor } نيابةً عن { $subject }:
audit-action-representation-grant = سجّل تمثيلًا
audit-action-representation-revoke = سحب تمثيلًا
audit-action-documents-view = اطّلع على وثائق
audit-action-documents-change = أضاف وثيقة أو عدّلها
audit-action-documents-export = حفظ نسخة من وثيقة
audit-action-documents-delete = حذف وثيقة
audit-action-guidance-view = اطّلع على خطط
audit-action-audit-mismatch = لاحظ أن أسطرًا ناقصة في السجل
audit-verify = فحص السجل
audit-ok = السجل سليم (عدد الأسطر: { $count }).
audit-broken = تم العبث بالسجل. اطلب المساعدة.
lock-now = قفل
unlock-open-title = Wegwijs مقفل
unlock-open-intro = ما دام Wegwijs مقفلًا، لا يظهر أي شيء من بياناتك. افتحه من جديد عندما تكون جاهزًا.
lock-warning-title = سيُقفل Wegwijs قريبًا
lock-warning-text = لم تستخدم Wegwijs منذ مدة. بعد دقيقة واحدة سيُقفل. ما لم تحفظه بعد سيضيع عندها.
lock-warning-keep-open = أبقِه مفتوحًا

settings-accessibility-title = سهولة الوصول
settings-accessibility-intro = يجب أن يكون Wegwijs سهل الاستخدام للجميع، حتى على شاشة صغيرة أو بخط كبير أو مع قارئ الشاشة. راجعنا التطبيق بأنفسنا وفق متطلبات سهولة الوصول (WCAG 2.1، المستوى AA). لم يُجرَ بعد تدقيق مستقل.
settings-accessibility-known = هذا لا يعمل جيدًا بعد:
settings-accessibility-known-pdf = قائمة المهام القابلة للطباعة (PDF) لا تعمل جيدًا بعد مع قارئ الشاشة.
settings-accessibility-untested = لم يُختبر بعد: استخدام Wegwijs مع قارئ الشاشة، وعلى Windows وmacOS والهواتف.

settings-text-size-title = حجم النص
settings-text-size = ما الحجم الذي تريده لكل ما على الشاشة؟
settings-text-size-hint = يكبر النص والأزرار والصور معًا، فلا يتداخل شيء. إلى أن تختار، يتبع Wegwijs حجم النص في حاسوبك.
settings-text-size-saved = حجم النص الآن { $size }.
settings-time-zone-title = المنطقة الزمنية
settings-time-zone-hint = الموعد النهائي تاريخ هولندي. هل تعيش في منطقة زمنية أخرى؟ عندها ترى عند كل تاريخ أيضًا حتى أي ساعة لديك مهلة حيث أنت.
settings-time-zone = منطقتك الزمنية
settings-time-zone-device = منطقة هذا الجهاز
settings-time-zone-current = الآن: { $zone }
settings-time-zone-saved = منطقتك الزمنية الآن { $zone }.

settings-auto-lock-title = القفل
settings-auto-lock = قفل Wegwijs إذا لم يُستخدم خلال
settings-auto-lock-never = أبدًا
settings-auto-lock-minutes = { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقةً
       *[other] { $count } دقيقة
    }
settings-auto-lock-saved = تم الحفظ.
documents-issued = تاريخ الإصدار
documents-issued-hint = إذا كنت تعرفه. مثلًا: 14 3 2021.
documents-events = لأي أحداث؟
documents-events-hint = ليس إلزاميًا. اضغط باستمرار على Ctrl (أو Cmd) لاختيار أكثر من حدث.
cli-login-open = سجّل الدخول في متصفحك. إذا لم يُفتح المتصفح، فاذهب إلى هذا العنوان: { $url }
cli-login-service = خدمة تسجيل الدخول: { $issuer }
cli-login-signed-in = تم تسجيل الدخول باسم { $name }.
cli-login-signed-out = غير مسجّل الدخول.
cli-login-acting-for = أنت تتصرّف نيابةً عن الشخص { $id } (أكّدت ذلك خدمة تسجيل الدخول).
cli-login-unlinked = حسب خدمة تسجيل الدخول أنت تتصرّف نيابةً عن شخص آخر. حدّد من هو بالأمر: wegwijs login link PERSON_ID
cli-logged-out = تم تسجيل الخروج، وأيضًا من خدمة تسجيل الدخول.
cli-logged-out-here = تم تسجيل الخروج على هذا الجهاز. لم يكن من الممكن الوصول إلى خدمة تسجيل الدخول.
cli-representation-verified = مؤكَّد
cli-representation-upcoming = يبدأ لاحقًا
login-title = تسجيل الدخول عبر خدمة لتسجيل الدخول
login-intro = يمكنك تسجيل الدخول عبر خدمة لتسجيل الدخول إلى الجهات الحكومية، مثل DigiD عن طريق وسيط. إذا كنت تتصرّف هناك نيابةً عن شخص آخر، مثلًا بتفويض DigiD ({ NL("machtiging") })، يسجّل Wegwijs ذلك كتمثيل مؤكَّد. بيانات تسجيل دخولك تبقى في حافظة المفاتيح على حاسوبك.
login-signed-in = تم تسجيل الدخول باسم { $name } منذ { $date }.
login-signed-out = أنت غير مسجّل الدخول.
login-not-kept = لا توجد على هذا الحاسوب حافظة مفاتيح، لذلك لن يُحفظ تسجيل الدخول. لكن يمكنك استخدامه الآن.
login-acting-for = تؤكّد خدمة تسجيل الدخول أنك تتصرّف نيابةً عن { $name }.
login-unlinked = حسب خدمة تسجيل الدخول أنت تتصرّف نيابةً عن شخص آخر. من هو؟
login-unlinked-add-first = أضف هذا الشخص أولًا في قسم الأشخاص، ثم عُد إلى هنا.
login-link-scopes-hint = لا تذكر خدمة تسجيل الدخول لأي أمور. اختر ما تم الاتفاق عليه؛ أمرًا واحدًا على الأقل.
login-link-person = هذا الشخص هو
login-link-submit = ربط
login-linked = تم الربط. أنت تتصرّف الآن نيابةً عن { $name }، وقد أكّدت ذلك خدمة تسجيل الدخول.
login-start = تسجيل الدخول
login-again = تسجيل الدخول مرة أخرى
login-waiting = سجّل الدخول في نافذة المتصفح التي فُتحت. ينتظر Wegwijs حتى تعود.
login-cancel = إيقاف الانتظار
login-check = التحقق من تسجيل الدخول
login-still-valid = تسجيل دخولك ما زال صالحًا.
login-logout = تسجيل الخروج
login-logged-out = تم تسجيل خروجك، وأيضًا من خدمة تسجيل الدخول.
login-logged-out-here = تم تسجيل خروجك على هذا الجهاز. لم يكن من الممكن الوصول إلى خدمة تسجيل الدخول.
login-done = تم تسجيل دخولك باسم { $name }.
login-settings-title = إعدادات خدمة تسجيل الدخول
login-issuer = عنوان خدمة تسجيل الدخول
login-issuer-hint = مثلًا https://login.example.nl. تحصل عليه من الجهة التي تدير خدمة تسجيل الدخول.
login-client-id = معرّف العميل (client-id)
login-client-id-hint = الاسم الذي أعطته خدمة تسجيل الدخول لـ Wegwijs.
login-settings-save = حفظ الإعدادات
login-settings-saved = تم حفظ الإعدادات.
reps-verified = أكّدته خدمة تسجيل الدخول
grant-evidence = إثبات (ليس إلزاميًا)
grant-evidence-hint = وثيقة في خزنتك تُثبت ذلك، مثل حكم من القاضي أو تفويض ({ NL("machtiging") }) موقّع.
grant-evidence-none = لا توجد وثيقة
audit-filter = عرض ما تم فعله لـ
audit-filter-everyone = الجميع
audit-print = طباعة هذه النظرة العامة
home-signals-title-for = قريبًا لـ { $name }
life-events-acting = الخطط هنا لـ { $name }، على أساس تاريخ الميلاد. لا تُحفظ في قائمتك الخاصة.
login-browser-done = وصل إلى Wegwijs رد خدمة تسجيل الدخول. يمكنك إغلاق هذه النافذة والعودة إلى Wegwijs.

# تفويض لما بعد سن 18 عامًا (تنتهي السلطة الأبوية، وتستمر المساعدة فقط بقدر ما يريده الشاب).
grant-from = ابتداءً من
grant-from-hint = اتركه فارغًا للبدء اليوم.
reps-starts-on = يبدأ في { $date }
reps-mandate-offer = سيبلغ { $name } 18 عامًا في { $date }. بعد ذلك لا يجوز لك أن تساعد إلا فيما يختاره { $name } بنفسه، بتفويض ({ NL("machtiging") }).
reps-mandate-button = تسجيل تفويض من { $name }
grant-mandate-intro = { $name } وحده يقرر في هذا الأمر. اتفقا معًا على ما يجوز لك الاستمرار في المساعدة فيه، وإلى متى، وسجّل ذلك هنا. يجب على { $name } أيضًا أن يعطيك تفويضًا ({ NL("machtiging") }) بنفسه في DigiD Machtigen، على machtigen.digid.nl. بدون هذا التفويض لا يمكنك ترتيب أي شيء لـ { $name } لدى الحكومة.
home-signal-mandate = تسجيل تفويض لما بعد سن 18 عامًا

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = اقرأ الخطة بصوت عالٍ
read-aloud-task = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة بصوت عالٍ

## الإعلانات عن حيّك (صفحة الأمور الجارية)
neighbourhood-title = إعلانات عن حيّك
neighbourhood-intro = تنشر البلديات والمقاطعات وهيئات المياه ({ NL("waterschappen") }) إعلانات رسمية. مثلًا تصريح بناء في البيت المجاور، أو شجرة ستُقطع، أو قاعدة مرور جديدة. يستطيع Wegwijs أن يبحث لك عنها حول عنوانك.
neighbourhood-privacy = يبقى عنوانك على هذا الجهاز. يرسل Wegwijs إلى الخدمة الحكومية نقطة على الخريطة فقط، ليسأل عمّا يوجد قربها.
neighbourhood-off = هذه الميزة متوقفة. لا يسأل Wegwijs عن أي شيء حتى تشغّلها.
neighbourhood-postcode = الرمز البريدي
neighbourhood-number = رقم المنزل
neighbourhood-addition = حرف أو إضافة (إن وُجدت)
neighbourhood-find = البحث عن عنواني
neighbourhood-found = هل هذا عنوانك؟
neighbourhood-radius = المسافة حول عنوانك
neighbourhood-metres = { $metres } متر
neighbourhood-confirm = نعم، ابحث هنا
neighbourhood-change = لا، تغيير العنوان
neighbourhood-watching = يبحث Wegwijs في نطاق { $metres } متر حول { $address }.
neighbourhood-check = التحقق الآن
neighbourhood-checking = جارٍ التحقق…
neighbourhood-checked = جديد: { $new }، المجموع: { $total }.
neighbourhood-last-checked = آخر تحقق: { $date }.
neighbourhood-never-checked = لم يتم التحقق بعدُ.
neighbourhood-last-failed = لم ينجح التحقق الأخير. يظهر لك ما وُجد من قبل.
neighbourhood-save-radius = حفظ المسافة
neighbourhood-disable = إيقاف الميزة ونسيان عنواني
neighbourhood-disabled = الإعلانات عن حيّك متوقفة. تم حذف عنوانك وما وُجد.
neighbourhood-list-title = ما تم العثور عليه
neighbourhood-none = لم يتم العثور على أي إعلانات قرب عنوانك.
neighbourhood-filter-kind = النوع
neighbourhood-filter-all = كل الأنواع
neighbourhood-unread-only = عرض الجديدة فقط
neighbourhood-shown = يظهر { $shown } من { $total }
neighbourhood-new = جديد
neighbourhood-distance = على بُعد { $metres } متر
neighbourhood-distance-unknown = في بلديتك
neighbourhood-published = نُشر في { $date }
neighbourhood-by = الجهة الناشرة: { $organisation }
neighbourhood-respond-by = آخر يوم للرد: { $date }
neighbourhood-open = قراءة الإعلان (يُفتح في متصفحك)
neighbourhood-mark-read = وضع علامة "مقروء"
neighbourhood-mark-unread = وضع علامة "جديد"
neighbourhood-map-title = الخريطة
neighbourhood-map-label = خريطة: عنوانك في الوسط، والشمال في الأعلى. عدد الإعلانات في نطاق { $metres } متر: { $count }.
neighbourhood-map-you = عنوانك
neighbourhood-calendar = إضافة آخر أيام الرد إلى تقويمك
neighbourhood-calendar-saved = تم حفظ ملف التقويم.
cli-announcements-enabled = يبحث Wegwijs عن إعلانات في نطاق { $radius } متر حول { $address }.
cli-announcements-disabled = الإعلانات عن حيّك متوقفة. تم حذف العنوان وما وُجد.
cli-announcements-checked = جديد: { $new }، المجموع: { $total }.
cli-announcements-off = الإعلانات عن حيّك متوقفة. شغّلها بالأمر `wegwijs announcements enable`.
cli-announcements-none = لم يتم العثور على أي إعلانات قرب عنوانك.
cli-announcements-respond-by = آخر يوم للرد: { $date }
cli-announcements-read = تم وضع علامة "مقروء" على الإعلان { $id }.
cli-announcements-calendar-written = تم حفظ ملف التقويم.
