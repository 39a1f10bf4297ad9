## templates/base.html

common-site-name = { $ca } unpause portal
common-skip = Skip to the content
common-nav-label = Site
common-nav-help = Help
common-footer-forum = Need a hand? Ask on the community forum.

## templates/partials/staging.html

staging-heading = Test your fix on staging first
staging-intro = Fix your client first, then prove the fix against the staging environment. Staging works like production but issues test certificates that browsers do not trust, and it has much higher limits, so trying there costs nothing. Its directory URL is:
staging-clients-caption = How to point popular ACME clients at staging
staging-col-client = Client
staging-col-command = Command or setting
staging-after = Once your client gets a test certificate from staging, switch it back to production, unpause, and run it again.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = English
common-language-label = Language
common-language-button = Switch
common-footer-docs = Documentation
