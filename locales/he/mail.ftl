## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: הנפקת התעודות לחשבון ACME מספר { $account } מושהית
mail-paused-greeting = שלום,
mail-paused-intro = { $ca } השהה את הנפקת התעודות לחשבון ה־ACME שלכם, מספר { $account }. לקוח ACME שמשתמש בחשבון הזה נכשל במשך זמן רב באימות שמות, בלי לקבל אפילו תעודה אחת, ולכן { $ca } הפסיק לקבל ממנו הזמנות לשמות האלה.
mail-paused-account = החשבון כולו מושהה: הוא לא יכול להזמין תעודות לאף שם עד שתבטלו את ההשהיה.
mail-paused-names =
    { $count ->
        [one] שם אחד מושהה:
        [two] שני שמות מושהים:
       *[other] { $count } שמות מושהים, ביניהם:
    }
mail-paused-more =
    { $count ->
        [one] …ועוד שם אחד.
        [two] …ועוד שני שמות.
       *[other] …ועוד { $count } שמות.
    }
mail-paused-since = ההשהיה בתוקף מאז { $since }.
mail-paused-client-heading = הלקוח שנכשל
mail-paused-client-ip = הבקשות שלו הגיעו מכתובת ה־IP { $ip }.
mail-paused-client-agent = הוא הציג את עצמו כך: { $agent }
mail-paused-client-unknown = שרת ה־ACME לא דיווח על הכתובת של הלקוח.
mail-paused-action-heading = מה לעשות
mail-paused-action = אם אתם עדיין צריכים את התעודות האלה: אתרו את הלקוח, תקנו אותו, בדקו את התיקון בסביבת הבדיקות (staging), ואז בטלו את ההשהיה בלחיצה אחת בדף הזה:
mail-paused-link-button = פתיחת דף ביטול ההשהיה
mail-paused-link-expiry = הקישור הזה יעבוד עד { $until }. אחרי כן, הודעת השגיאה שהלקוח שלכם יקבל תכלול קישור חדש.
mail-paused-ignore = אם אתם כבר לא משתמשים בשמות האלה, אין צורך לעשות דבר: הם יישארו מושהים. בבקשה כבו את הלקוח שנשכח.
mail-paused-footer = קיבלתם את ההודעה הזו כי הכתובת הזו רשומה כאיש קשר של חשבון ACME מספר { $account } אצל { $ca }. ההודעה נשלחת פעם אחת לכל השהיה, ואין בה שום מעקב.
mail-in-your-language = ההודעה הזו זמינה גם בשפה שלכם: פתחו את הקישור שלמעלה, ואז בחרו את השפה שלכם בראש הדף.
mail-paused-no-link = השגיאה הבאה שלקוח ה־ACME שלכם יקבל תכלול קישור לדף ביטול ההשהיה. אפשר גם להדביק את הודעת השגיאה הזו בדף הזה, והוא ימצא בה את הקישור:
