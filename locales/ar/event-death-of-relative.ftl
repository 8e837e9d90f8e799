# Wegwijs: وفاة شخص قريب (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

event-death-of-relative-title = وفاة شخص قريب منك
event-death-of-relative-summary = تُوفّي شخص قريب منك. هذا ما يجب عليك ترتيبه، أو ما يمكن أن يرتّبه لك متعهّد الجنازة.
event-death-of-relative-date = تاريخ الوفاة

task-death-of-relative-register-death-title = الإبلاغ عن الوفاة لدى البلدية
task-death-of-relative-register-death-body = يجب الإبلاغ عن الوفاة ({ NL("aangifte") }) في البلدية التي تُوفّي فيها الشخص. يقوم متعهّد الجنازة بذلك عنك في أغلب الأحيان. إذا قمت بذلك بنفسك، فعليك إحضار وثيقة هويتك وإفادة الوفاة من الطبيب. بعد ذلك تعطي البلدية الإذن بالدفن أو بحرق الجثمان.

task-death-of-relative-funeral-title = ترتيب الدفن أو حرق الجثمان
task-death-of-relative-funeral-body = لا يجوز أن يتم الدفن أو حرق الجثمان قبل مرور 36 ساعة على الوفاة. ويجب أن يتم في موعد أقصاه يوم العمل السادس بعد يوم الوفاة. هل هناك حاجة إلى وقت أطول، مثلًا من أجل أفراد العائلة القادمين من الخارج؟ في هذه الحالة يطلب متعهّد الجنازة من البلدية تأجيل الموعد.

task-death-of-relative-survivor-benefit-title = طلب مخصّصات ذوي المتوفّى
task-death-of-relative-survivor-benefit-body = هل تُوفّي شريك حياتك ولا تحصل بعدُ على معاش الشيخوخة الحكومي (AOW)؟ في هذه الحالة يمكنك الحصول على مخصّصات إذا كان لديك طفل دون سن 18 عامًا، أو إذا كانت نسبة عجزك عن العمل 45% على الأقل. إذا كنتما متزوجَين أو شريكَين مسجّلَين، ترسل إليك SVB رسالة خلال أسبوعين. إذا كنتما تعيشان معًا دون زواج، فعليك تقديم الطلب بنفسك إلى SVB.

task-death-of-relative-survivor-mandate-title = طلب تفويض ذوي المتوفّى
task-death-of-relative-survivor-mandate-body = بتفويض ذوي المتوفّى ({ NL("nabestaandenmachtiging") }) يمكنك ترتيب ضرائب المتوفّى وإعاناته عبر الإنترنت. وتسجّل الدخول عندها باستخدام DigiD الخاص بك. يمكن للورثة أو لمنفّذ الوصية طلب التفويض. أحيانًا يلزمك شهادة الإرث ({ NL("verklaring van erfrecht") }) من كاتب العدل.

task-death-of-relative-inheritance-tax-title = تقديم إقرار ضريبة الميراث
task-death-of-relative-inheritance-tax-body = إذا ورثت أكثر من المبلغ المُعفى، فعليك تقديم إقرار بضريبة الميراث ({ NL("erfbelasting") }). إذا توقّعت Belastingdienst أن عليك دفع ضريبة الميراث، تصل رسالة إلى أحد الورثة. هل تُوفّي الشخص في 1 يناير 2026 أو بعده؟ في هذه الحالة لديك 20 شهرًا لتقديم الإقرار. في حالات الوفاة في عام 2025 أو قبله كانت المهلة 8 أشهر. والتاريخ مكتوب أيضًا في الرسالة.

task-death-of-relative-income-tax-deceased-title = تقديم إقرار ضريبة الدخل عن المتوفّى
task-death-of-relative-income-tax-deceased-body = عن سنة الوفاة ما زال على الورثة تقديم إقرار ضريبة الدخل. وترسل Belastingdienst لذلك استمارة F ورقية ({ NL("F-formulier") }). املأ الأجزاء اللازمة فقط. والتاريخ الذي يجب أن يصل فيه الإقرار مكتوب في الرسالة.

task-death-of-relative-accept-inheritance-title = اتخاذ قرار بشأن قبول الإرث
task-death-of-relative-accept-inheritance-body = يمكنك قبول الإرث أو رفضه أو قبوله قبولًا محدودًا ({ NL("beneficiair aanvaarden") }). القبول المحدود يعني أنك تدفع الديون بما ترثه فقط. هل لا تعرف إن كانت هناك ديون؟ في هذه الحالة اختر القبول المحدود. يتم ذلك بإقرار لدى المحكمة، أو عن طريق كاتب العدل.

task-death-of-relative-certificate-of-inheritance-title = طلب شهادة الإرث
task-death-of-relative-certificate-of-inheritance-body = شهادة الإرث ({ NL("verklaring van erfrecht") }) تذكر من هم الورثة. كثيرًا ما يطلبها البنك قبل أن يُسمح لك بأي تصرّف في الحسابات. ويُعدّ كاتب العدل هذه الشهادة.

task-death-of-relative-orphans-benefit-title = طلب مخصّصات الأيتام
task-death-of-relative-orphans-benefit-body = هل تُوفّي والدا الطفل كلاهما؟ في هذه الحالة يمكن أن يحصل الطفل على مخصّصات الأيتام ({ NL("wezenuitkering") }) من SVB، حتى سن 21 عامًا. ابتداءً من سن 16 عامًا يجب أن يذهب الطفل إلى المدرسة أو يدرس. إذا كان الطفل دون سن 18 عامًا، يقدّم الطلب الشخص الذي يرعاه.
