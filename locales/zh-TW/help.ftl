## templates/pages/index.html

home-title = 已暫停的 ACME 帳戶
home-heading = 為什麼我的 ACME 用戶端遭到暫停？
home-intro = 當用戶端長期驗證失敗、且從未成功過一次時，{ $ca } 會暫停該 ACME 帳戶針對部分或全部網域名稱的憑證核發。這類用戶端大多已被遺忘；將它們暫停，可以為所有人省下不必要的工作。
home-link = 如果您有來自用戶端錯誤訊息或電子郵件的連結，請開啟它：頁面會明確顯示哪些項目遭到暫停，並讓您一鍵解除暫停。
home-no-link = 沒有連結嗎？請再執行一次用戶端：錯誤訊息中會附上新的連結。
home-help-link = 需要檢查哪些項目，以及如何測試修正結果

## templates/pages/help.html

help-title = 已暫停 ACME 帳戶的說明
help-heading = 已暫停 ACME 帳戶的說明
help-toc = 本頁內容
help-why-heading = 為什麼我會遭到暫停？
help-why = 當 ACME 帳戶的用戶端長時間反覆無法驗證某個網域名稱，且從未成功取得憑證時，{ $ca } 就會暫停該帳戶對這個網域名稱的憑證申請。如果一個帳戶有許多網域名稱遭到暫停，而且從未成功過，整個帳戶都可能會被暫停。您的帳戶本身並沒有問題，而是用戶端與網域名稱之間的某個環節有了變化。
help-check-heading = 需要檢查的項目
help-check-domain = 網域是否仍在註冊有效期間內，而且仍屬於您？已過期的網域永遠無法通過驗證。
help-check-dns = 該網域名稱的 DNS 記錄（A、AAAA、CNAME）是否仍指向執行用戶端的伺服器？
help-check-http = 該伺服器是否會在 80 連接埠回應這個網域名稱的要求，並從用戶端寫入檔案的資料夾提供 /.well-known/acme-challenge/ 底下的內容？
help-check-old = 對於您已經搬離的網域名稱，舊的伺服器、容器或主機代管控制台是否仍在執行憑證更新排程？請刪除該排程，或從排程中移除這個網域名稱。
help-unpause-heading = 解除暫停
help-unpause = 請開啟用戶端錯誤訊息或電子郵件中的連結。頁面會列出遭到暫停的項目；您可以全部解除暫停，也可以只解除仍在使用的網域名稱。如果之後用戶端仍持續失敗，這些網域名稱會再次遭到暫停。
help-find-link-heading = 尋找您的連結
help-find-link = 連結的結尾是「?jwt=」再加上一長串代碼。連結常常埋在用戶端的記錄檔或 JSON 格式的錯誤中：請在記錄檔中搜尋「unpause」，並複製完整連結。
help-forum = 還是無法解決嗎？歡迎到社群論壇發問。請說明網域名稱和錯誤內容，但不要張貼連結：任何人只要拿到連結，就能解除您帳戶的暫停。

## templates/partials/find_link.html

find-link-intro = 請將 ACME 用戶端的錯誤訊息或一段記錄檔內容貼到下方，長度不限。即使連結經過跳脫處理、加上了引號或被拆成好幾行，本入口網站也能從中找到解除暫停連結，並帶您前往。您貼上的內容不會被儲存。
find-link-label = 錯誤訊息或記錄檔摘錄
find-link-button = 尋找我的連結

## templates/pages/find_link.html

find-link-title = 尋找我的連結
find-link-none-heading = 找不到解除暫停連結
find-link-none-body = 文字中沒有解除暫停連結。請尋找提到「unpause」或「jwt=」的那一行，或再執行一次用戶端，並複製完整的錯誤訊息。
find-link-cut-heading = 連結似乎被截斷了
find-link-cut-body = 文字中只有解除暫停連結的開頭，連結並不完整。請重新複製整則訊息，包括連結延續到下一行的部分。
find-link-empty-heading = 沒有可搜尋的內容
find-link-empty-body = 請先在文字方塊中貼上一些文字。
