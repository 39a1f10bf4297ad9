## templates/pages/unpause.html

unpause-title = 解除 ACME 帳戶的暫停
unpause-heading-paused = 這個帳戶的憑證核發已遭到暫停
unpause-heading-clear = 這個帳戶沒有任何遭到暫停的項目
unpause-account = ACME 帳戶 { $account }
unpause-account-paused = 整個帳戶自 { $since } 起遭到暫停：在您解除暫停之前，這個帳戶無法為任何網域名稱申請憑證。
unpause-count =
    { $count ->
       *[other] 有 { $count } 個網域名稱遭到暫停。
    }
unpause-since = 最早的暫停始於 { $since }。
unpause-why-heading = 發生原因
unpause-why = 使用這個帳戶的 ACME 用戶端長時間無法驗證這些網域名稱，且從未成功取得任何憑證。這通常表示該用戶端已被遺忘：可能是網域已過期、DNS 現在指向其他地方、網頁伺服器已經更換，或舊的主機代管控制台排程仍在執行。為了停止這些白費的工作，{ $ca } 不再受理這個帳戶針對這些網域名稱提出的申請。
unpause-what-heading = 解除暫停
unpause-what = 解除暫停後，這個帳戶就能立即再次為這些網域名稱申請憑證。如果用戶端仍持續失敗，這些網域名稱會再次遭到暫停。
unpause-all-button = 全部解除暫停
unpause-select-heading = 或只解除部分網域名稱的暫停
unpause-select-hint = 請勾選您仍在使用的網域名稱，然後按下方的按鈕。
unpause-name-since = 自 { $since } 起
unpause-more =
    { $count ->
       *[other] 另有 { $count } 個遭到暫停的網域名稱未列在這裡；「全部解除暫停」也會包含這些網域名稱。
    }
unpause-selected-button = 只解除已勾選網域名稱的暫停
unpause-clear-text = 沒有需要解除暫停的項目：這個帳戶可以為任何網域名稱申請憑證。如果您的用戶端仍回報遭到暫停，該錯誤可能來自另一個帳戶。
unpause-help-link = 需要檢查哪些項目，以及如何測試修正結果

## templates/pages/unpause_status.html

status-title = 解除暫停結果
status-done-heading = 已解除暫停
status-account = 已解除整個帳戶的暫停。
status-names =
    { $count ->
        [0] 沒有需要解除暫停的網域名稱。
       *[other] 已解除 { $count } 個網域名稱的暫停。
    }
status-remaining =
    { $count ->
       *[other] 仍有 { $count } 個網域名稱處於暫停狀態。請再次開啟您的連結，將它們也解除暫停。
    }
status-next = 您的用戶端現在可以再次申請憑證了。請留意下一次執行的結果：如果再次失敗，這些網域名稱會再次遭到暫停。
status-nothing-heading = 沒有需要解除暫停的項目
status-nothing = 所有項目原本就已解除暫停；沒有任何內容遭到變更。
status-none-heading = 最近沒有解除暫停的紀錄
status-none = 這個頁面會顯示在這個瀏覽器中解除暫停的結果。若要查看目前狀態，請開啟 ACME 用戶端錯誤訊息或電子郵件中的連結。
unpause-count-many = 有超過 { $count } 個網域名稱遭到暫停。
unpause-more-many = 另有許多遭到暫停的網域名稱未列在這裡；「全部解除暫停」也會包含這些網域名稱。

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] 再次被暫停後，在 { $until } 之前無法在此再次解除暫停：請先修正並測試用戶端。
       *[other] 在 { $until } 之前，再次被暫停後只能再解除 { $count } 次：請先修正並測試用戶端。
    }
