## templates/base.html

common-site-name = פורטל ביטול ההשהיה של { $ca }
common-skip = דילוג לתוכן
common-nav-label = ניווט באתר
common-nav-help = עזרה
common-footer-forum = צריכים עזרה? שאלו בפורום הקהילה.

## templates/partials/staging.html

staging-heading = בדקו את התיקון קודם בסביבת הבדיקות (staging)
staging-intro = קודם תקנו את הלקוח, ואז ודאו שהתיקון עובד מול סביבת הבדיקות (staging). סביבת הבדיקות פועלת כמו סביבת הייצור (production), אבל מנפיקה תעודות בדיקה שהדפדפנים לא סומכים עליהן, והמגבלות בה גבוהות בהרבה, כך שניסיון שם לא עולה לכם דבר. כתובת הספרייה (directory URL) שלה היא:
staging-clients-caption = איך להפנות לקוחות ACME נפוצים לסביבת הבדיקות
staging-col-client = לקוח
staging-col-command = פקודה או הגדרה
staging-after = כשהלקוח יקבל תעודת בדיקה מסביבת הבדיקות, החזירו אותו לסביבת הייצור, בטלו את ההשהיה והריצו אותו שוב.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = עברית
common-language-label = שפה
common-language-button = החלפה
common-footer-docs = תיעוד
