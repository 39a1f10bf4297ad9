## templates/base.html

common-site-name = درگاه رفع توقف { $ca }
common-skip = رفتن به محتوای اصلی
common-nav-label = سایت
common-nav-help = راهنما
common-footer-forum = کمک لازم دارید؟ در انجمن کاربران بپرسید.

## templates/partials/staging.html

staging-heading = اول اصلاح خود را در محیط آزمایشی (staging) امتحان کنید
staging-intro = ابتدا کلاینت خود را درست کنید، سپس درستیِ اصلاح را در محیط آزمایشی (staging) نشان دهید. محیط آزمایشی درست مثل محیط اصلی کار می‌کند، اما گواهی‌های آزمایشی صادر می‌کند که مرورگرها به آن‌ها اعتماد ندارند، و محدودیت‌هایش بسیار بالاتر است؛ پس امتحان کردن در آنجا هیچ هزینه‌ای ندارد. نشانی دایرکتوری (directory URL) آن این است:
staging-clients-caption = چگونه کلاینت‌های رایج ACME را به محیط آزمایشی هدایت کنیم
staging-col-client = کلاینت
staging-col-command = فرمان یا تنظیم
staging-after = وقتی کلاینت شما یک گواهی آزمایشی از محیط آزمایشی گرفت، آن را دوباره به محیط اصلی برگردانید، توقف را رفع کنید و کلاینت را دوباره اجرا کنید.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = فارسی
common-language-label = زبان
common-language-button = تغییر
common-footer-docs = مستندات
