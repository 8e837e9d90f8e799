# Wegwijs: العودة إلى هولندا (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

event-return-to-netherlands-title = العودة إلى هولندا
event-return-to-netherlands-summary = ستعود للعيش في هولندا بعد فترة في الخارج. يتم ترتيب ذلك مع البلدية وشركة تأمين صحي وDienst Toeslagen وBelastingdienst.
event-return-to-netherlands-date = يوم وصولك إلى هولندا

task-return-to-netherlands-register-gemeente-title = التسجيل في بلديتك الجديدة
task-return-to-netherlands-register-gemeente-body = هل ستعيش في هولندا 4 أشهر على الأقل خلال الأشهر الستة القادمة؟ في هذه الحالة عليك التسجيل شخصيًا في البلدية التي ستسكن فيها. احجز موعدًا؛ ويأتي معك شريك حياتك وأطفالك أيضًا. أحضِر جواز سفرك أو بطاقة هويتك، وإثباتًا لعنوانك مثل عقد إيجار، ووثائق رسمية عمّا تغيّر في الخارج، مثل الزواج أو ولادة طفل.

task-return-to-netherlands-health-insurance-title = الاشتراك في تأمين صحي هولندي
task-return-to-netherlands-health-insurance-body = إذا عدت للعيش في هولندا، فيجب أن يكون لديك تأمين صحي هولندي. يجب على شركة التأمين الصحي أن تقبلك في التأمين الأساسي. إذا اشتركت في الوقت المحدد، يبدأ التأمين في اليوم الذي يصبح فيه التأمين إلزاميًا عليك.

task-return-to-netherlands-healthcare-allowance-title = طلب إعانة الرعاية الصحية
task-return-to-netherlands-healthcare-allowance-body = هل لديك تأمين صحي هولندي ودخلك ليس مرتفعًا جدًا؟ في هذه الحالة يمكنك الحصول على إعانة الرعاية الصحية ({ NL("zorgtoeslag") }). قدّم الطلب في Mijn toeslagen، باستخدام DigiD. كلما قدّمت الطلب أبكر، وصلك المال أبكر.

task-return-to-netherlands-digid-title = التحقق من DigiD الخاص بك
task-return-to-netherlands-digid-body = إذا كان لديك DigiD من قبل في الخارج، يمكنك الاستمرار في استخدامه. إذا لم يكن لديك DigiD أو لم يعد يعمل، فاطلب DigiD جديدًا بعد تسجيلك في البلدية. باستخدام DigiD يمكنك ترتيب أمورك عبر الإنترنت مع Belastingdienst وSVB وبلديتك.

task-return-to-netherlands-tax-return-title = تقديم الإقرار الضريبي عن سنة عودتك
task-return-to-netherlands-tax-return-body = عن السنة التي تعود فيها إلى هولندا تقدّم إقرارًا ضريبيًا خاصًا: إقرار M (M-aangifte). يمكن ذلك عبر الإنترنت في Mijn Belastingdienst أو باستمارة ورقية. في الإقرار تملأ الفترة التي قبل وصولك والفترة التي بعده بشكل منفصل.

task-return-to-netherlands-child-benefit-title = إبلاغ SVB بأطفالك
task-return-to-netherlands-child-benefit-body = هل ستأتي للعيش في هولندا مع أطفالك؟ في هذه الحالة أبلِغ SVB بأطفالك بنفسك. وإلا فلا يمكنك طلب مخصّصات الأطفال ({ NL("kinderbijslag") }). قم بذلك خلال 4 أسابيع.
