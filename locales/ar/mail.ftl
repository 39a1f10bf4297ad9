## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: إصدار الشهادات موقوف مؤقتًا لحساب ACME رقم { $account }
mail-paused-greeting = مرحبًا،
mail-paused-intro = أوقف { $ca } مؤقتًا إصدار الشهادات لحساب ACME الخاص بك رقم { $account }. فقد ظلّ عميل ACME يستخدم هذا الحساب يفشل في التحقق من الأسماء مدة طويلة، دون أن يحصل على أي شهادة على الإطلاق، لذلك توقّف { $ca } عن قبول طلباته لهذه الأسماء.
mail-paused-account = الحساب بأكمله موقوف مؤقتًا: لا يمكنه طلب شهادات لأي اسم إلى أن ترفع الإيقاف عنه.
mail-paused-names =
    { $count ->
        [zero] لا توجد أسماء موقوفة مؤقتًا.
        [one] يوجد اسم واحد موقوف مؤقتًا:
        [two] يوجد اسمان موقوفان مؤقتًا:
        [few] توجد { $count } أسماء موقوفة مؤقتًا، منها:
        [many] يوجد { $count } اسمًا موقوفًا مؤقتًا، منها:
       *[other] يوجد { $count } اسم موقوف مؤقتًا، منها:
    }
mail-paused-more =
    { $count ->
        [zero] …ولا توجد أسماء أخرى.
        [one] …واسم واحد آخر.
        [two] …واسمان آخران.
        [few] …و{ $count } أسماء أخرى.
        [many] …و{ $count } اسمًا آخر.
       *[other] …و{ $count } اسم آخر.
    }
mail-paused-since = الإيقاف سارٍ منذ { $since }.
mail-paused-client-heading = العميل الذي يفشل
mail-paused-client-ip = جاءت طلباته من عنوان IP التالي: { $ip }
mail-paused-client-agent = عرّف العميل نفسه على النحو التالي: { $agent }
mail-paused-client-unknown = لم يُبلغ خادم ACME عن عنوان العميل.
mail-paused-action-heading = ما الذي عليك فعله
mail-paused-action = إذا كنت لا تزال بحاجة إلى هذه الشهادات: ابحث عن العميل، وأصلحه، واختبر الإصلاح في بيئة الاختبار (staging)، ثم ارفع الإيقاف بنقرة واحدة من هذه الصفحة:
mail-paused-link-button = فتح صفحة رفع الإيقاف
mail-paused-link-expiry = يعمل هذا الرابط حتى { $until }. وبعد ذلك، ستتضمّن رسالة الخطأ التي يتلقاها عميلك رابطًا جديدًا.
mail-paused-ignore = إذا لم تعد تستخدم هذه الأسماء، فلا داعي لأن تفعل شيئًا: ستبقى موقوفة. لكن نرجو منك إيقاف تشغيل العميل المنسي.
mail-paused-footer = تصلك هذه الرسالة لأن هذا العنوان مسجّل كجهة اتصال لحساب ACME رقم { $account } لدى { $ca }. تُرسل هذه الرسالة مرة واحدة لكل إيقاف، ولا تحتوي على أي تتبّع.
mail-in-your-language = هذا الإشعار متاح أيضًا بلغتك: افتح الرابط أعلاه، ثم اختر لغتك في أعلى الصفحة.
mail-paused-no-link = ستتضمّن رسالة الخطأ التالية التي يتلقاها عميل ACME الخاص بك رابطًا إلى صفحة رفع الإيقاف. ويمكنك أيضًا لصق رسالة الخطأ تلك في هذه الصفحة، وستعثر فيها على الرابط:
