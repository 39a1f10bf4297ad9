## templates/pages/error.html

error-invalid-link-title = 此解除暂停链接无效
error-invalid-link-body = 链接不完整，或在传递过程中被改动了。请从 ACME 客户端的错误信息或邮件中复制完整链接（包括“jwt=”之后的全部内容），然后重新打开。
error-expired-link-title = 此解除暂停链接已过期
error-expired-link-body = 解除暂停链接只在有限的时间内有效。要获取新链接，请再运行一次 ACME 客户端（最好先针对测试环境运行）：其错误信息中会附带新链接。通知邮件中也有链接。
error-bad-request-title = 无法理解该请求
error-bad-request-body = 请返回解除暂停页面，刷新后重试。
error-forbidden-title = 请求被拒绝
error-forbidden-body = 为了您的安全，只能在同一浏览器会话中通过解除暂停页面本身来解除暂停。请重新打开您的链接，并使用该页面上的按钮。
error-not-found-title = 找不到页面
error-not-found-body = 此地址没有任何内容。请从首页重新开始。
error-method-title = 无法在此执行该操作
error-method-body = 此地址不接受这类请求。请从首页重新开始。
error-too-large-title = 请求过大
error-too-large-body = 请求携带的数据量超出了本门户可接受的范围。请刷新解除暂停页面后重试。
error-unavailable-title = 暂时无法使用
error-unavailable-body = 门户目前无法连接到数据库。请过一分钟后重试，然后重新打开您的链接查看当前状态。
error-internal-title = 出错了
error-internal-body = 我们这边出现了故障。请重新打开您的链接查看当前状态。如果再次出现此问题，请在寻求帮助时提供下方的参考编号。
error-request-id = 参考编号：{ $id }
error-home = 首页
error-too-many-title = 请求过多
error-too-many-body = 此浏览器或网络在短时间内发送的请求超出了本门户可接受的数量。请等待一分钟，然后重新打开您的链接。
error-unpause-too-often-title = 请先修复 ACME 客户端
error-unpause-too-often-body = 此账户最近已多次解除暂停，但由于其 ACME 客户端持续失败，每次都被再次暂停。在修复客户端之前，再次解除暂停也无济于事。请找出失败的客户端，修正其配置，并在测试环境中进行测试。您稍后可以再次解除暂停，需要等待的时间显示在下方。如需帮助，欢迎到社区论坛提问。
error-retry-after = 您可以在 { $time } 之后重试。
