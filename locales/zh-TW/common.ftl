## templates/base.html

common-site-name = { $ca } 解除暫停入口網站
common-skip = 跳到主要內容
common-nav-label = 網站
common-nav-help = 說明
common-footer-forum = 需要協助嗎？歡迎到社群論壇發問。

## templates/partials/staging.html

staging-heading = 請先在測試環境驗證修正結果
staging-intro = 請先修正用戶端，再到測試環境（staging）確認修正有效。測試環境的運作方式與正式環境相同，但核發的是瀏覽器不信任的測試憑證，而且限制寬鬆得多，所以在那裡嘗試不會有任何損失。測試環境的目錄網址如下：
staging-clients-caption = 如何將常用的 ACME 用戶端指向測試環境
staging-col-client = 用戶端
staging-col-command = 指令或設定
staging-after = 用戶端從測試環境取得測試憑證後，請將它切換回正式環境、解除暫停，然後再執行一次。

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = 繁體中文
common-language-label = 語言
common-language-button = 切換
common-footer-docs = 說明文件
