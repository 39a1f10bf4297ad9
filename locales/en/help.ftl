## templates/pages/index.html

home-title = Paused ACME accounts
home-heading = Why was my ACME client paused?
home-intro = { $ca } pauses certificate issuance for an ACME account, for some names or for all of them, when a client has been failing validation for a long time without a single success. Most such clients were forgotten; pausing them saves work for everyone.
home-link = If you have a link from your client's error message or from an email, open it: it shows exactly what is paused and lets you unpause with one click.
home-no-link = No link? Run your client once more: its error message contains a fresh one.
home-help-link = What to check, and how to test a fix

## templates/pages/help.html

help-title = Help for paused ACME accounts
help-heading = Help for paused ACME accounts
help-toc = On this page
help-why-heading = Why was I paused?
help-why = { $ca } pauses an ACME account for a name when the account's client has failed to validate that name again and again, over a long time, with no successful certificate. When an account has many paused names and no success at all, the whole account can be paused. Nothing is wrong with your account itself: something between the client and the name changed.
help-check-heading = What to check
help-check-domain = Is the domain still registered, and still yours? An expired domain can never validate.
help-check-dns = Do the name's DNS records (A, AAAA, CNAME) still point to the server where the client runs?
help-check-http = Does that server answer on port 80 for the name, and serve /.well-known/acme-challenge/ from the folder the client writes to?
help-check-old = Is an old server, container, or hosting panel still running a renewal job for a name you moved away? Remove that job, or remove the name from it.
help-unpause-heading = Unpausing
help-unpause = Open the link from your client's error message or from the email. The page lists what is paused; unpause everything, or only the names you still use. If the client keeps failing afterwards, the names will be paused again.
help-find-link-heading = Finding your link
help-find-link = The link ends with “?jwt=” followed by a long code. Clients often bury it in a log file or a JSON error: search the log for “unpause” and copy the whole link.
help-forum = Still stuck? Ask on the community forum. Mention the name and the error, but do not post the link: anyone holding it can unpause your account.

## templates/partials/find_link.html

find-link-intro = Paste your ACME client's error message or a piece of its log below, as much as you like. The portal finds the unpause link in it, even when it is escaped, quoted or broken across lines, and takes you there. Nothing you paste is stored.
find-link-label = Error message or log excerpt
find-link-button = Find my link

## templates/pages/find_link.html

find-link-title = Find my link
find-link-none-heading = No unpause link found
find-link-none-body = The text contains no unpause link. Look for a line that mentions “unpause” or “jwt=”, or run your client once more and copy its whole error message.
find-link-cut-heading = The link looks cut off
find-link-cut-body = The text contains the start of an unpause link but not all of it. Copy the whole message again, including where the link continues on the next line.
find-link-empty-heading = Nothing to search
find-link-empty-body = Paste some text into the box first.
