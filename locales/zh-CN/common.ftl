## templates/base.html

common-site-name = { $ca } 解除暂停门户
common-skip = 跳到正文
common-nav-label = 网站
common-nav-help = 帮助
common-footer-forum = 需要帮助？欢迎到社区论坛提问。

## templates/partials/staging.html

staging-heading = 请先在测试环境中验证修复
staging-intro = 请先修复客户端，再在测试环境（staging）中验证修复是否有效。测试环境的运行方式与生产环境相同，但签发的是浏览器不信任的测试证书，而且限制宽松得多，因此在那里尝试不会带来任何影响。它的目录 URL 是：
staging-clients-caption = 如何让常用 ACME 客户端指向测试环境
staging-col-client = 客户端
staging-col-command = 命令或设置
staging-after = 客户端从测试环境成功获得测试证书后，请将其切换回生产环境，解除暂停，然后再次运行。

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = 简体中文
common-language-label = 语言
common-language-button = 切换
common-footer-docs = 文档
