## templates/base.html

common-site-name = بوابة { $ca } لرفع الإيقاف المؤقت
common-skip = الانتقال إلى المحتوى
common-nav-label = الموقع
common-nav-help = المساعدة
common-footer-forum = هل تحتاج إلى مساعدة؟ اسأل في منتدى المجتمع.

## templates/partials/staging.html

staging-heading = اختبر إصلاحك في بيئة الاختبار (staging) أولًا
staging-intro = أصلِح العميل أولًا، ثم تأكّد من نجاح الإصلاح في بيئة الاختبار (staging). تعمل بيئة الاختبار مثل بيئة الإنتاج (production)، لكنها تُصدر شهادات تجريبية لا تثق بها المتصفحات، وحدودها أعلى بكثير، لذا فإن التجربة فيها لا تكلّف شيئًا. عنوان الدليل (directory URL) الخاص بها هو:
staging-clients-caption = كيفية توجيه عملاء ACME الشائعة إلى بيئة الاختبار
staging-col-client = العميل
staging-col-command = الأمر أو الإعداد
staging-after = بعد أن يحصل عميلك على شهادة تجريبية من بيئة الاختبار، أعِده إلى بيئة الإنتاج، وارفع الإيقاف، ثم شغّله مرة أخرى.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = العربية
common-language-label = اللغة
common-language-button = تغيير
common-footer-docs = التوثيق
