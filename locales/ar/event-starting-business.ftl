# Wegwijs: بدء مشروع تجاري (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

event-starting-business-title = بدء مشروع تجاري
event-starting-business-summary = ستبدأ مشروعك التجاري الخاص. تسجّل مشروعك لدى KVK. عندها تحصل Belastingdienst على بياناتك تلقائيًا.
event-starting-business-date = تاريخ بدء مشروعك

task-starting-business-check-trade-name-title = اختيار اسم جيد لمشروعك
task-starting-business-check-trade-name-body = تحقّق باستخدام أداة Naamchecker من KVK هل اسمك موجود من قبل في السجل التجاري (Handelsregister). يجب ألا يشبه اسمك اسم شركة أو علامة تجارية موجودة. ويجب ألا يعطي انطباعًا خاطئًا، مثل & Partners إذا كنت تعمل وحدك. تسجّل KVK اسمك عندما تسجّل مشروعك.

task-starting-business-register-kvk-title = تسجيل مشروعك لدى KVK
task-starting-business-register-kvk-body = املأ استمارة التسجيل عبر الإنترنت باستخدام DigiD. بعد ذلك احجز موعدًا في أحد مكاتب KVK وأحضِر وثيقة هويتك. هل عنوان مشروعك ليس عنوان بيتك؟ في هذه الحالة أحضِر أيضًا عقد الإيجار أو إقرارًا بالموافقة.

task-starting-business-vat-numbers-title = التحقق من وصول أرقام ضريبة القيمة المضافة
task-starting-business-vat-numbers-body = تُرسل KVK تسجيلك إلى Belastingdienst. وترسل إليك Belastingdienst بالبريد رقم تعريف ضريبة القيمة المضافة ({ NL("btw-id") }) ورقم ضريبة المبيعات. تضع رقم btw-id على فواتيرك وعلى موقعك الإلكتروني. إذا لم يصلك شيء، فاتصل بـ BelastingTelefoon.

task-starting-business-small-business-scheme-title = اتخاذ قرار بشأن نظام الشركات الصغيرة
task-starting-business-small-business-scheme-body = هل تتوقع ألا تزيد مبيعاتك في السنة على 20 ألف يورو؟ في هذه الحالة يمكنك، بموجب نظام الشركات الصغيرة ({ NL("kleineondernemersregeling") }، KOR)، ألا تحتسب ضريبة القيمة المضافة على زبائنك وألا تقدّم إقرارات ضريبة القيمة المضافة. سجّل لدى Belastingdienst. ويجب أن يتم ذلك قبل موعد بدء النظام بـ 4 أسابيع على الأقل.
