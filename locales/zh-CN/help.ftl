## templates/pages/index.html

home-title = 已暂停的 ACME 账户
home-heading = 我的 ACME 客户端为什么被暂停了？
home-intro = 如果某个客户端长期验证失败且从未成功过一次，{ $ca } 会暂停该 ACME 账户针对部分或全部域名的证书签发。这类客户端大多已被遗忘；暂停它们可以为所有人省去无谓的工作。
home-link = 如果您有来自客户端错误信息或邮件中的链接，请打开它：页面会准确显示哪些内容被暂停，并让您一键解除暂停。
home-no-link = 没有链接？请再运行一次客户端：其错误信息中会包含一个新链接。
home-help-link = 需要检查什么，以及如何测试修复

## templates/pages/help.html

help-title = 已暂停 ACME 账户的帮助
help-heading = 已暂停 ACME 账户的帮助
help-toc = 本页内容
help-why-heading = 为什么我被暂停了？
help-why = 如果某个 ACME 账户的客户端在很长一段时间内反复无法验证某个域名，且从未成功获得证书，{ $ca } 就会暂停该账户对这个域名的证书申请。如果一个账户有许多域名被暂停，而且从未成功过，整个账户都可能被暂停。您的账户本身没有任何问题，而是客户端与域名之间的某个环节发生了变化。
help-check-heading = 需要检查的内容
help-check-domain = 域名是否仍处于注册状态，并且仍归您所有？已过期的域名永远无法通过验证。
help-check-dns = 该域名的 DNS 记录（A、AAAA、CNAME）是否仍指向运行客户端的服务器？
help-check-http = 该服务器是否在 80 端口上响应该域名的请求，并从客户端写入文件的目录提供 /.well-known/acme-challenge/ 下的内容？
help-check-old = 对于您已迁走的域名，旧服务器、容器或主机管理面板上是否仍在运行续期任务？请删除该任务，或从任务中移除该域名。
help-unpause-heading = 解除暂停
help-unpause = 请打开客户端错误信息或邮件中的链接。页面会列出被暂停的内容；您可以全部解除暂停，也可以只为仍在使用的域名解除暂停。如果之后客户端仍然持续失败，这些域名会被再次暂停。
help-find-link-heading = 查找您的链接
help-find-link = 链接以“?jwt=”加一长串代码结尾。它常常被埋在客户端的日志文件或 JSON 格式的错误中：请在日志中搜索“unpause”，并复制完整链接。
help-forum = 仍然无法解决？欢迎到社区论坛提问。请说明域名和错误信息，但不要贴出链接：任何拿到链接的人都可以为您的账户解除暂停。

## templates/partials/find_link.html

find-link-intro = 请将 ACME 客户端的错误信息或一段日志粘贴到下方，多少都可以。即使链接经过转义、带有引号或被拆成多行，本门户也能从中找到解除暂停链接，并带您前往。您粘贴的内容不会被保存。
find-link-label = 错误信息或日志摘录
find-link-button = 查找我的链接

## templates/pages/find_link.html

find-link-title = 查找我的链接
find-link-none-heading = 未找到解除暂停链接
find-link-none-body = 文本中不包含解除暂停链接。请查找提到“unpause”或“jwt=”的行，或者再运行一次客户端，并复制完整的错误信息。
find-link-cut-heading = 链接似乎被截断了
find-link-cut-body = 文本中只有解除暂停链接的开头部分，链接并不完整。请重新复制整条信息，包括链接延续到下一行的部分。
find-link-empty-heading = 没有可搜索的内容
find-link-empty-body = 请先在文本框中粘贴一些文本。
