# لماذا توجد مهمة في خطتك (أو لماذا لا توجد).

why-everyone = ينطبق هذا على الجميع في هذا الحدث.
why-atw-extended = لولا قانون المهل العامة (Algemene termijnenwet) لكان هذا الموعد { $date }. يعطيك هذا القانون وقتًا إضافيًا إذا وقعت عطلة نهاية أسبوع أو عطلة رسمية ضمن المهلة.
why-residence-nl = أنت تعيش في هولندا.
why-residence-abroad = أنت تعيش في الخارج.
why-partner-yes = لديك شريك حياة.
why-partner-no = ليس لديك شريك حياة.
why-children-yes = لديك أطفال.
why-children-no = ليس لديك أطفال.
why-employment = هذا يناسب وضع عملك.
why-min-age = سيكون عمرك عندها { $age } عامًا أو أكثر.
why-max-age = سيكون عمرك عندها { $age } عامًا أو أقل.
why-not-residence-nl = ينطبق هذا فقط إذا كنت تعيش في هولندا.
why-not-residence-abroad = ينطبق هذا فقط إذا كنت تعيش في الخارج.
why-not-partner-yes = ينطبق هذا فقط إذا كان لديك شريك حياة.
why-not-partner-no = ينطبق هذا فقط إذا لم يكن لديك شريك حياة.
why-not-children-yes = ينطبق هذا فقط إذا كان لديك أطفال.
why-not-children-no = ينطبق هذا فقط إذا لم يكن لديك أطفال.
why-not-employment = لا ينطبق هذا على وضع عملك.
why-not-min-age = ينطبق هذا فقط ابتداءً من سن { $age } عامًا.
why-not-max-age = ينطبق هذا فقط حتى سن { $age } عامًا.
why-check-residence-nl = هل تعيش في هولندا؟ إذن ينطبق هذا عليك.
why-check-residence-abroad = هل تعيش في الخارج؟ إذن ينطبق هذا عليك.
why-check-partner-yes = هل لديك شريك حياة؟ إذن ينطبق هذا عليك.
why-check-partner-no = أليس لديك شريك حياة؟ إذن ينطبق هذا عليك.
why-check-children-yes = هل لديك أطفال؟ إذن ينطبق هذا عليك.
why-check-children-no = أليس لديك أطفال؟ إذن ينطبق هذا عليك.
why-check-employment = تحقّق هل يناسب هذا وضع عملك.
why-check-min-age = ينطبق هذا ابتداءً من سن { $age } عامًا.
why-check-max-age = ينطبق هذا حتى سن { $age } عامًا.

## ما هو قادم

signal-turning-18-me = ستبلغ 18 عامًا
signal-turning-18-child = سيبلغ طفلك 18 عامًا
signal-turning-18-named-child = سيبلغ طفلك { $name } 18 عامًا
signal-retirement-me = يبدأ معاش AOW الخاص بك
signal-document-expires = تنتهي صلاحيتها قريبًا: { $title }
signal-document-expired = انتهت صلاحيتها: { $title }

## ملفات (التقويم)

export-provider = لدى:
export-window = الفترة:
export-cases-title = طلباتك
export-announcements-title = الإعلانات عن حيّك
export-case-decision = آخر يوم لصدور القرار بشأن "{ $title }"
export-sources = مصدر القاعدة:

## الإشعارات

notification-body = في { $date }. افتح Wegwijs لترى ما يجب عليك ترتيبه.

## قائمة قابلة للطباعة (PDF)

pdf-made-for = أُعدّت لـ { $name } في { $date } باستخدام Wegwijs.
pdf-made-on = أُعدّت في { $date } باستخدام Wegwijs.
pdf-intro = ضع علامة في المربع عندما تنتهي من ترتيب أمر ما. خذ هذه القائمة معك عندما تطلب المساعدة.
pdf-help-title = هل تحتاج إلى مساعدة؟
pdf-help = في مكتبات عامة كثيرة توجد نقطة معلومات الحكومة الرقمية (Informatiepunt Digitale Overheid). هناك يساعدونك مجانًا، مثلًا في DigiD أو في تقديم طلب عبر الإنترنت. خذ معك هذه القائمة ووثيقة هويتك. اسأل في المكتبة القريبة منك أين ومتى تفتح نقطة المعلومات.
pdf-questions-title = أسئلة يمكنك طرحها
pdf-question-first = ماذا يجب أن أفعل أولًا، وقبل أي تاريخ؟
pdf-question-papers = ما الأوراق التي يجب أن أحضرها أو أرسلها؟
pdf-question-digid = هل يمكنك مساعدتي في تسجيل الدخول باستخدام DigiD؟
pdf-question-someone-else = هل يجوز لشخص آخر أن يرتّب هذا نيابةً عني؟ كيف أفعل ذلك؟
pdf-question-disagree = ماذا يمكنني أن أفعل إذا لم أوافق على قرار؟
pdf-contacts-title = كيف تتواصل مع الجهات
pdf-contact-phone = الهاتف: { $phone }
pdf-contact-abroad = الهاتف من خارج هولندا: { $phone }
pdf-contact-site = الموقع الإلكتروني: { $site }. وفيه أيضًا مواعيد العمل.
pdf-contact-gemeente = اتصل بالرقم 14 ثم رمز منطقة بلديتك. في أمستردام هو 14 020.
pdf-contact-letter = رقم الهاتف مكتوب في رسائلهم أو على موقعهم الإلكتروني.
pdf-page = الصفحة
pdf-glossary-title = كلمات من رسائل الحكومة
# تاريخ مكتوب بالكلمات: { $month } هو أحد الأسماء month-1..12.
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
signal-authority-ends = تنتهي سلطتك الأبوية على { $name }: سيبلغ { $name } 18 عامًا
signal-objection-due = آخر يوم لتقديم اعتراض ({ NL("bezwaar") }) على القرار بشأن "{ $title }"
signal-announcements-new = { $count ->
    [zero] لا توجد إعلانات جديدة قرب عنوانك
    [one] إعلان جديد واحد قرب عنوانك
    [two] إعلانان جديدان قرب عنوانك
    [few] { $count } إعلانات جديدة قرب عنوانك
    [many] { $count } إعلانًا جديدًا قرب عنوانك
   *[other] { $count } إعلان جديد قرب عنوانك
}
signal-announcement-respond-by = آخر يوم للرد على "{ $title }"
signal-case-status = جديد في "{ $title }": { $status }
signal-turning-18-other = سيبلغ { $name } 18 عامًا
signal-retirement-other = يبدأ معاش AOW الخاص بـ { $name }
why-below-aow-age-yes = ستكون عندها دون سن معاش الشيخوخة الحكومي (AOW).
why-below-aow-age-no = ستكون عندها قد بلغت سن معاش الشيخوخة الحكومي (AOW).
why-dutch-yes = لديك الجنسية الهولندية.
why-dutch-no = ليست لديك الجنسية الهولندية.
why-gave-birth-yes = وضعت المولود بنفسك.
why-gave-birth-no = لم تضع المولود بنفسك. أنت شريك الحياة.
why-not-below-aow-age-yes = ينطبق هذا فقط على من هم دون سن معاش الشيخوخة الحكومي (AOW).
why-not-below-aow-age-no = ينطبق هذا فقط ابتداءً من بلوغك سن معاش الشيخوخة الحكومي (AOW).
why-not-dutch-yes = ينطبق هذا فقط إذا كانت لديك الجنسية الهولندية.
why-not-dutch-no = ينطبق هذا فقط إذا لم تكن لديك الجنسية الهولندية.
why-not-gave-birth-yes = ينطبق هذا فقط على من وضعت المولود بنفسها.
why-not-gave-birth-no = ينطبق هذا فقط على شريك حياة من وضعت المولود.
why-check-below-aow-age-yes = هل ستكون عندها دون سن معاش الشيخوخة الحكومي (AOW)؟ إذن ينطبق هذا عليك.
why-check-below-aow-age-no = هل ستكون عندها قد بلغت سن معاش الشيخوخة الحكومي (AOW)؟ إذن ينطبق هذا عليك.
why-check-dutch-yes = هل لديك الجنسية الهولندية؟ إذن ينطبق هذا عليك.
why-check-dutch-no = أليست لديك الجنسية الهولندية؟ إذن ينطبق هذا عليك.
why-check-gave-birth-yes = هل وضعت المولود بنفسك؟ إذن ينطبق هذا عليك.
why-check-gave-birth-no = هل أنت شريك حياة من وضعت المولود؟ إذن ينطبق هذا عليك.
