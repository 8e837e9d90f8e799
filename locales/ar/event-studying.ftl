# Wegwijs: بدء الدراسة (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

event-studying-title = بدء الدراسة
event-studying-summary = ستدرس في التعليم المهني المتوسط ({ NL("mbo") }) أو التعليم المهني العالي ({ NL("hbo") }) أو الجامعة. يتم ترتيب ذلك مع DUO ومع Dienst Toeslagen.
event-studying-date = أول يوم في دراستك

task-studying-student-finance-title = طلب التمويل الدراسي من DUO
task-studying-student-finance-body = اطلب التمويل الدراسي في Mijn DUO؛ وتسجّل الدخول باستخدام DigiD. قدّم الطلب حتى إذا كنت لا تعرف بعدُ هل نجحت أو تم قبولك. إذا تغيّر شيء، فأبلِغ DUO به في أقرب وقت ممكن. إذا كنت ستدرس في mbo، فإنك تحصل على التمويل الدراسي ابتداءً من سن 18 عامًا.

task-studying-student-travel-product-title = ترتيب اشتراك السفر للطلاب
task-studying-student-travel-product-body = باشتراك السفر للطلاب ({ NL("studentenreisproduct") }) تسافر مجانًا أو بتخفيض في وسائل النقل العام. تطلبه مع التمويل الدراسي في الوقت نفسه. تجهّز DUO لك اشتراكًا لأيام الأسبوع؛ ويمكنك تغييره إلى اشتراك لعطلة نهاية الأسبوع. اربط اشتراك السفر ببطاقة OV-chipkaart الشخصية الخاصة بك، وحمّله عليها في جهاز تحميل.

task-studying-healthcare-allowance-title = طلب إعانة الرعاية الصحية
task-studying-healthcare-allowance-body = ابتداءً من سن 18 عامًا يكون لديك تأمين صحي خاص بك وتدفع القسط بنفسك. إذا كان دخلك منخفضًا، يمكنك الحصول على إعانة الرعاية الصحية ({ NL("zorgtoeslag") }). قدّم الطلب في Mijn toeslagen، باستخدام DigiD. كلما قدّمت الطلب أبكر، وصلك المال أبكر.

task-studying-rent-allowance-title = التحقق هل يمكنك الحصول على إعانة الإيجار
task-studying-rent-allowance-body = هل ستسكن وحدك؟ لا تحصل على إعانة الإيجار ({ NL("huurtoeslag") }) إلا عن مسكن مستقل، له باب خارجي ومطبخ ومرحاض ودُش خاصة به. عن غرفة مع مطبخ أو مرحاض مشترك لا تحصل عادةً على إعانة الإيجار. قم بحساب تجريبي وقدّم الطلب في Mijn toeslagen.
