## templates/pages/error.html

error-invalid-link-title = קישור ביטול ההשהיה הזה אינו תקין
error-invalid-link-body = הקישור חלקי או שהשתנה בדרך. העתיקו את הקישור המלא מהודעת השגיאה של לקוח ה־ACME או מהודעת הדוא״ל, כולל כל מה שמופיע אחרי ”jwt=“, ופתחו אותו שוב.
error-expired-link-title = תוקף קישור ביטול ההשהיה הזה פג
error-expired-link-body = קישורי ביטול השהיה תקפים לזמן מוגבל. כדי לקבל קישור חדש, הריצו שוב את לקוח ה־ACME (רצוי קודם מול סביבת הבדיקות): הודעת השגיאה שלו תכיל קישור חדש. גם בהודעת הדוא״ל שקיבלתם יש קישור.
error-bad-request-title = לא ניתן היה להבין את הבקשה
error-bad-request-body = חזרו לדף ביטול ההשהיה, טענו אותו מחדש ונסו שוב.
error-forbidden-title = הבקשה נדחתה
error-forbidden-body = לביטחונכם, אפשר לבטל השהיה רק מדף ביטול ההשהיה עצמו, באותה הפעלה של הדפדפן. פתחו שוב את הקישור והשתמשו בכפתור שבדף.
error-not-found-title = הדף לא נמצא
error-not-found-body = אין כלום בכתובת הזו. התחילו מחדש מדף הבית.
error-method-title = אי אפשר לבצע את הפעולה הזו כאן
error-method-body = הכתובת הזו לא מקבלת בקשה מהסוג הזה. התחילו מחדש מדף הבית.
error-too-large-title = הבקשה גדולה מדי
error-too-large-body = הבקשה הכילה יותר נתונים ממה שהפורטל הזה מקבל. טענו מחדש את דף ביטול ההשהיה ונסו שוב.
error-unavailable-title = לא זמין באופן זמני
error-unavailable-body = הפורטל לא מצליח להתחבר למסד הנתונים שלו כרגע. שום דבר לא השתנה. נסו שוב בעוד דקה.
error-internal-title = משהו השתבש
error-internal-body = שום דבר לא השתנה. אם זה יקרה שוב, ציינו את מספר האסמכתה שלמטה כשתפנו לקבלת עזרה.
error-request-id = אסמכתה: { $id }
error-home = דף הבית
