## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }：ACME 帳戶 { $account } 的憑證核發已遭到暫停
mail-paused-greeting = 您好：
mail-paused-intro = { $ca } 已暫停您的 ACME 帳戶 { $account } 的憑證核發。使用這個帳戶的 ACME 用戶端長時間無法驗證網域名稱，且從未成功取得任何憑證，因此 { $ca } 已停止受理該用戶端針對這些網域名稱提出的申請。
mail-paused-account = 整個帳戶已遭到暫停：在您解除暫停之前，這個帳戶無法為任何網域名稱申請憑證。
mail-paused-names =
    { $count ->
       *[other] 遭到暫停的網域名稱（共 { $count } 個）：
    }
mail-paused-more =
    { $count ->
       *[other] ……另有 { $count } 個網域名稱。
    }
mail-paused-since = 自 { $since } 起遭到暫停。
mail-paused-client-heading = 持續失敗的用戶端
mail-paused-client-ip = 該用戶端的請求來自 IP 位址 { $ip }。
mail-paused-client-agent = 該用戶端提供的識別資訊：{ $agent }
mail-paused-client-unknown = ACME 伺服器沒有提供該用戶端的位址。
mail-paused-action-heading = 處理方式
mail-paused-action = 如果您仍需要這些憑證：請找出該用戶端並加以修正，先在測試環境（staging）確認修正有效，然後在以下頁面按一下即可解除暫停：
mail-paused-link-button = 開啟解除暫停頁面
mail-paused-link-expiry = 這個連結在 { $until } 之前有效。之後，您的用戶端收到的錯誤訊息中會附上新的連結。
mail-paused-ignore = 如果您已不再使用這些網域名稱，就不需要採取任何動作：它們會維持暫停狀態。但請關閉那個被遺忘的用戶端。
mail-paused-footer = 您會收到這封電子郵件，是因為這個地址是 { $ca } 的 ACME 帳戶 { $account } 的聯絡地址。每次暫停只會寄送一次，且不含任何追蹤機制。
mail-in-your-language = 本通知也提供繁體中文版本：請開啟上方的連結，然後在頁面頂端選擇「繁體中文」。
mail-paused-no-link = 您的 ACME 用戶端下次收到的錯誤訊息中會附上解除暫停頁面的連結。您也可以將該錯誤訊息貼到以下頁面，頁面會從中找出連結：
