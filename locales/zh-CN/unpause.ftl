## templates/pages/unpause.html

unpause-title = 为您的 ACME 账户解除暂停
unpause-heading-paused = 此账户的证书签发已被暂停
unpause-heading-clear = 此账户没有任何被暂停的内容
unpause-account = ACME 账户 { $account }
unpause-account-paused = 自 { $since } 起，整个账户已被暂停：在您解除暂停之前，该账户无法为任何域名申请证书。
unpause-count =
    { $count ->
       *[other] 有 { $count } 个域名被暂停。
    }
unpause-since = 最早的暂停始于 { $since }。
unpause-why-heading = 为什么会被暂停
unpause-why = 使用此账户的某个 ACME 客户端长期无法验证这些域名，且从未成功获得任何证书。这通常意味着该客户端已被遗忘：域名已过期、其 DNS 现在指向别处、Web 服务器已更换，或者旧的主机管理面板任务仍在运行。为了停止这种无谓的消耗，{ $ca } 不再接受此账户为这些域名提交的证书申请。
unpause-what-heading = 解除暂停
unpause-what = 解除暂停后，此账户可以立即再次为这些域名申请证书。如果客户端仍然持续失败，这些域名会被再次暂停。
unpause-all-button = 全部解除暂停
unpause-select-heading = 或者只为部分域名解除暂停
unpause-select-hint = 勾选您仍在使用的域名，然后点击下方的按钮。
unpause-name-since = 自 { $since } 起
unpause-more =
    { $count ->
       *[other] 另有 { $count } 个被暂停的域名未在此列出；“全部解除暂停”也包括这些域名。
    }
unpause-selected-button = 仅为勾选的域名解除暂停
unpause-clear-text = 没有需要解除暂停的内容：此账户可以为任何域名申请证书。如果您的客户端仍然报告被暂停，该错误可能来自另一个账户。
unpause-help-link = 需要检查什么，以及如何测试修复

## templates/pages/unpause_status.html

status-title = 解除暂停结果
status-done-heading = 已解除暂停
status-account = 整个账户的暂停已解除。
status-names =
    { $count ->
        [0] 没有需要解除暂停的域名。
       *[other] 已为 { $count } 个域名解除暂停。
    }
status-remaining =
    { $count ->
       *[other] 仍有 { $count } 个域名处于暂停状态。请再次打开您的链接，为它们也解除暂停。
    }
status-next = 您的客户端现在可以再次申请证书了。请留意它的下一次运行：如果再次失败，这些域名会被再次暂停。
status-nothing-heading = 没有需要解除暂停的内容
status-nothing = 所有内容都已处于解除暂停状态；没有做任何更改。
status-none-heading = 最近没有解除暂停的操作
status-none = 此页面显示在此浏览器中进行的解除暂停操作的结果。要查看当前状态，请打开 ACME 客户端错误信息或邮件中的链接。
unpause-count-many = 有超过 { $count } 个域名被暂停。
unpause-more-many = 另有许多被暂停的域名未在此列出；“全部解除暂停”也包括这些域名。

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] 再次被暂停后，在 { $until } 之前无法在此再次解除暂停：请先修复并测试客户端。
       *[other] 在 { $until } 之前，再次被暂停后只能再解除 { $count } 次：请先修复并测试客户端。
    }
