## templates/pages/error.html

error-invalid-link-title = 這個解除暫停連結無效
error-invalid-link-body = 這個連結不完整，或在傳遞過程中遭到更改。請從 ACME 用戶端的錯誤訊息或電子郵件中複製完整連結（包括「jwt=」後面的所有內容），然後再開啟一次。
error-expired-link-title = 這個解除暫停連結已過期
error-expired-link-body = 解除暫停連結只在有限的時間內有效。若要取得新的連結，請再執行一次 ACME 用戶端（最好先對測試環境執行）：錯誤訊息中會附上新的連結。通知電子郵件中也有連結。
error-bad-request-title = 無法理解這項要求
error-bad-request-body = 請回到解除暫停頁面，重新整理後再試一次。
error-forbidden-title = 要求遭到拒絕
error-forbidden-body = 為了保障您的安全，只能在同一個瀏覽器工作階段中，從解除暫停頁面本身解除暫停。請再次開啟您的連結，並使用該頁面上的按鈕。
error-not-found-title = 找不到網頁
error-not-found-body = 這個網址沒有任何內容。請從首頁重新開始。
error-method-title = 無法在這裡執行這項操作
error-method-body = 這個網址不接受這類要求。請從首頁重新開始。
error-too-large-title = 要求過大
error-too-large-body = 這項要求包含的資料量超過本入口網站可接受的上限。請重新整理解除暫停頁面，然後再試一次。
error-unavailable-title = 暫時無法使用
error-unavailable-body = 入口網站目前無法連線到資料庫。請稍候一分鐘再試一次，然後再次開啟您的連結，查看目前狀態。
error-internal-title = 發生錯誤
error-internal-body = 我們這邊發生了故障。請再次開啟您的連結，查看目前狀態。如果問題再次發生，請在尋求協助時提供下方的參考編號。
error-request-id = 參考編號：{ $id }
error-home = 首頁
error-too-many-title = 要求過多
error-too-many-body = 這個瀏覽器或網路在短時間內送出的要求超過入口網站可接受的數量。請等候一分鐘，然後再次開啟您的連結。
error-unpause-too-often-title = 請先修正 ACME 用戶端
error-unpause-too-often-body = 這個帳戶最近已多次解除暫停，但由於其 ACME 用戶端持續失敗，每次都再度遭到暫停。在修正用戶端之前，再次解除暫停也沒有幫助。請找出失敗的用戶端，修正其設定，並在測試環境中進行測試。您稍後可以再次解除暫停，需要等待的時間顯示於下方。如需協助，歡迎到社群論壇發問。
error-retry-after = 您可以在 { $time } 之後再試一次。
