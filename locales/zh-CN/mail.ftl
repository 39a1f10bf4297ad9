## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }：ACME 账户 { $account } 的证书签发已被暂停
mail-paused-greeting = 您好，
mail-paused-intro = { $ca } 已暂停您的 ACME 账户 { $account } 的证书签发。使用此账户的某个 ACME 客户端长期无法验证域名，且从未成功获得任何证书，因此 { $ca } 已停止接受该客户端为这些域名提交的证书申请。
mail-paused-account = 整个账户已被暂停：在您解除暂停之前，该账户无法为任何域名申请证书。
mail-paused-names =
    { $count ->
       *[other] 被暂停的域名（共 { $count } 个）：
    }
mail-paused-more =
    { $count ->
       *[other] ……另有 { $count } 个域名。
    }
mail-paused-since = 自 { $since } 起被暂停。
mail-paused-client-heading = 持续失败的客户端
mail-paused-client-ip = 该客户端的请求来自 IP 地址 { $ip }。
mail-paused-client-agent = 该客户端提供的标识信息：{ $agent }
mail-paused-client-unknown = ACME 服务器未提供该客户端的地址。
mail-paused-action-heading = 处理方法
mail-paused-action = 如果您仍然需要这些证书：请找到该客户端并修复它，先在测试环境（staging）中验证修复，然后在以下页面一键解除暂停：
mail-paused-link-button = 打开解除暂停页面
mail-paused-link-expiry = 此链接在 { $until } 之前有效。此后，您的客户端收到的错误信息中会附带新的链接。
mail-paused-ignore = 如果您已不再使用这些域名，则无需任何操作：它们会保持暂停状态。但请关闭那个被遗忘的客户端。
mail-paused-footer = 您收到这封邮件，是因为此地址是 { $ca } 的 ACME 账户 { $account } 的联系地址。每次暂停只发送一次，邮件中不含任何跟踪手段。
mail-in-your-language = 本通知也有简体中文版本：请打开上方的链接，然后在页面顶部选择“简体中文”。
mail-paused-no-link = 您的 ACME 客户端下次收到的错误信息中会附带解除暂停页面的链接。您也可以将该错误信息粘贴到以下页面，页面会从中找出链接：
