# Wegwijs: فقدان العمل (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

event-job-loss-title = فقدان العمل
event-job-loss-summary = فقدت عملك أو ستفقده قريبًا. يتم ترتيب ذلك مع UWV ومع Dienst Toeslagen.
event-job-loss-date = أول يوم لك بدون عمل

task-job-loss-apply-ww-title = طلب مخصّصات البطالة من UWV
task-job-loss-apply-ww-body = اطلب مخصّصات البطالة (WW) عبر الإنترنت من UWV، باستخدام DigiD الخاص بك. إذا لم يكن لديك DigiD، فعليك التسجيل في أحد مكاتب UWV وتقديم الطلب بالبريد. احتفظ في متناول يدك برقم الخدمة المدنية (BSN) وبيانات آخر صاحب عمل لك وقسيمة راتبك. يمكنك طلب WW ابتداءً من 4 أسابيع قبل أن تصبح عاطلًا عن العمل.

task-job-loss-ww-decision-title = قراءة قرار UWV بشأن مخصّصات البطالة
task-job-loss-ww-decision-body = تُعلمك UWV هل ستحصل على مخصّصات البطالة (WW). إذا قدّمت طلب WW بعد أول يوم لك بدون عمل، فقد يتأخر القرار. يمكنك متابعة طلبك في Mijn UWV. إذا كنت لا توافق على القرار، فالرسالة تشرح كيف تقدّم اعتراضًا ({ NL("bezwaar") }).

task-job-loss-report-income-title = إبلاغ Dienst Toeslagen بدخلك الجديد
task-job-loss-report-income-body = هل تحصل على إعانة الرعاية الصحية ({ NL("zorgtoeslag") }) أو إعانة الإيجار ({ NL("huurtoeslag") }) أو ميزانية الطفل ({ NL("kindgebonden budget") })؟ في هذه الحالة أبلِغ بدخلك السنوي الجديد في Mijn toeslagen. اجمع راتبك ومخصّصات البطالة (WW) لهذه السنة معًا. بذلك لا تحصل على إعانة أكثر أو أقل من اللازم.

task-job-loss-apply-allowances-title = التحقق هل يمكنك الآن الحصول على إعانة
task-job-loss-apply-allowances-body = مع دخل أقل ربما يحق لك الحصول على إعانة الرعاية الصحية ({ NL("zorgtoeslag") }) أو إعانة الإيجار ({ NL("huurtoeslag") }) أو ميزانية الطفل ({ NL("kindgebonden budget") }). قم أولًا بحساب تجريبي على موقع Belastingdienst الإلكتروني. ثم قدّم طلب الإعانة في Mijn toeslagen. كلما قدّمت الطلب أبكر، وصلك المال أبكر.

task-job-loss-social-assistance-title = طلب المساعدة الاجتماعية إذا لم تحصل على مخصّصات البطالة
task-job-loss-social-assistance-body = هل لا تحصل على مخصّصات البطالة (WW)، أو هي أقل من أن تكفيك للعيش؟ في هذه الحالة يمكنك طلب المساعدة الاجتماعية ({ NL("bijstand") }) من البلدية. سجّل على werk.nl في أول يوم تحتاج فيه إليها. ولا تحصل عليها عن أي يوم قبل ذلك. هل عمرك أقل من 27 عامًا؟ في هذه الحالة تبحث أولًا لمدة 4 أسابيع عن عمل أو دراسة.
