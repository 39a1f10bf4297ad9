## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: صدور گواهی برای حساب ACME { $account } متوقف شده است
mail-paused-greeting = سلام،
mail-paused-intro = { $ca } صدور گواهی را برای حساب ACME شما با شمارهٔ { $account } متوقف کرده است. یک کلاینت ACME که از این حساب استفاده می‌کند، مدت زیادی پیوسته در اعتبارسنجی نام‌های دامنه ناموفق بوده و حتی یک گواهی هم با موفقیت نگرفته است؛ به همین دلیل { $ca } دیگر درخواست‌های آن را برای این نام‌ها نمی‌پذیرد.
mail-paused-account = کل این حساب متوقف شده است: تا وقتی توقف را رفع نکنید، این حساب نمی‌تواند برای هیچ نام دامنه‌ای گواهی درخواست کند.
mail-paused-names =
    { $count ->
        [one] { $count } نام دامنه متوقف شده است:
       *[other] { $count } نام دامنه متوقف شده‌اند، از جمله:
    }
mail-paused-more =
    { $count ->
        [one] …و { $count } نام دامنهٔ دیگر.
       *[other] …و { $count } نام دامنهٔ دیگر.
    }
mail-paused-since = این توقف از { $since } برقرار است.
mail-paused-client-heading = کلاینت ناموفق
mail-paused-client-ip = درخواست‌های آن از نشانی IP { $ip } ارسال شده‌اند.
mail-paused-client-agent = این کلاینت خود را این‌گونه معرفی کرده است: { $agent }
mail-paused-client-unknown = سرور ACME نشانی کلاینت را گزارش نکرده است.
mail-paused-action-heading = چه باید کرد
mail-paused-action = اگر هنوز به این گواهی‌ها نیاز دارید: کلاینت را پیدا کنید، آن را درست کنید، اصلاح را در محیط آزمایشی (staging) امتحان کنید، سپس با یک کلیک در این صفحه توقف را رفع کنید:
mail-paused-link-button = باز کردن صفحهٔ رفع توقف
mail-paused-link-expiry = این پیوند تا { $until } کار می‌کند. پس از آن، خطایی که کلاینت شما دریافت می‌کند پیوند تازه‌ای در بر خواهد داشت.
mail-paused-ignore = اگر دیگر از این نام‌های دامنه استفاده نمی‌کنید، لازم نیست کاری انجام دهید: آن‌ها متوقف می‌مانند. لطفاً کلاینت فراموش‌شده را خاموش کنید.
mail-paused-footer = این ایمیل را دریافت می‌کنید، چون این نشانی به‌عنوان نشانی تماسِ حساب ACME { $account } در { $ca } ثبت شده است. این ایمیل برای هر توقف فقط یک بار فرستاده می‌شود و هیچ‌گونه ردیابی ندارد.
mail-in-your-language = این اطلاعیه به زبان شما هم در دسترس است: پیوند بالا را باز کنید، سپس زبان خود را در بالای صفحه انتخاب کنید.
mail-paused-no-link = خطای بعدی‌ای که کلاینت ACME شما دریافت می‌کند، پیوندی به صفحهٔ رفع توقف در بر خواهد داشت. همچنین می‌توانید آن پیام خطا را در این صفحه بچسبانید تا پیوند را در آن پیدا کند:
