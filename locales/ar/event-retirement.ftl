# Wegwijs: التقاعد (مستوى اللغة B1، مخاطبة القارئ مباشرةً).

event-retirement-title = التقاعد
event-retirement-summary = ستبلغ سن معاش الشيخوخة الحكومي (AOW). يتم ترتيب ذلك مع SVB ومع Dienst Toeslagen.
event-retirement-date = اليوم الذي تبلغ فيه سن AOW

task-retirement-apply-aow-title = طلب معاش AOW من SVB
task-retirement-apply-aow-body = قبل بلوغك سن معاش الشيخوخة الحكومي (AOW) بحوالي 4 إلى 5 أشهر تصلك رسالة من SVB. تطلب معاش AOW في Mijn SVB باستخدام DigiD، أو باستمارة ورقية. إذا لم تصلك رسالة قبل بلوغك سن AOW بـ 3 أشهر، فتواصل بنفسك مع SVB. إذا قدّمت الطلب متأخرًا، فإن SVB تدفع لك عادةً عن سنة واحدة سابقة فقط.

task-retirement-apply-aow-abroad-title = طلب معاش AOW بنفسك من الخارج
task-retirement-apply-aow-abroad-body = إذا كنت تعيش خارج هولندا، فعليك أن تهتم بنفسك بمعاش الشيخوخة الحكومي (AOW) في الوقت المحدد. في دولة من دول الاتحاد الأوروبي أو في دولة لها اتفاقية مع هولندا، تطلب معاش AOW عادةً من هيئة التقاعد في بلد إقامتك. إذا كنت تعيش في بلد آخر، فتواصل مع SVB.

task-retirement-digid-via-svb-title = طلب DigiD عن طريق SVB
task-retirement-digid-via-svb-body = باستخدام DigiD يمكنك ترتيب معاش AOW عبر الإنترنت في Mijn SVB. هل تعيش خارج هولندا وستحصل قريبًا على معاش AOW؟ في هذه الحالة تطلب DigiD عن طريق SVB. تصل الرسالة التي فيها رمز التفعيل إلى عنوانك في الخارج، فلا يلزمك الذهاب إلى أي مكتب.

task-retirement-proof-of-life-title = إرسال إثبات الحياة إلى SVB
task-retirement-proof-of-life-body = إذا كنت تعيش خارج هولندا، تطلب منك SVB عادةً إثبات الحياة ({ NL("levensbewijs") }) مرة واحدة في السنة، وفي بعض البلدان بشكل أقل. عندها تصلك رسالة فيها رمز QR. يمكنك تقديم إثبات الحياة عن طريق التطبيق، أو طلب توقيع الاستمارة ثم إعادة إرسالها. إذا لم تصلك رسالة، فلا يلزمك فعل أي شيء.

task-retirement-report-income-title = إبلاغ Dienst Toeslagen بدخلك الجديد
task-retirement-report-income-body = هل تحصل على إعانة الرعاية الصحية ({ NL("zorgtoeslag") }) أو إعانة الإيجار ({ NL("huurtoeslag") })؟ مع معاش AOW ومعاش التقاعد يتغيّر دخلك. أبلِغ بدخلك السنوي الجديد في Mijn toeslagen. بذلك لا تحصل على إعانة أكثر أو أقل من اللازم.
