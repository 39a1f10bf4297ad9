## templates/pages/error.html

error-invalid-link-title = This unpause link is not valid
error-invalid-link-body = The link is incomplete or was changed on the way. Copy the whole link from your ACME client's error message or from the email, including everything after “jwt=”, and open it again.
error-expired-link-title = This unpause link has expired
error-expired-link-body = Unpause links work for a limited time. To get a fresh one, run your ACME client once more (against staging first, ideally): its error message carries a new link. The notification email has one too.
error-bad-request-title = The request could not be understood
error-bad-request-body = Go back to the unpause page, reload it, and try again.
error-forbidden-title = The request was refused
error-forbidden-body = For your safety, unpausing only works from the unpause page itself, in the same browser session. Open your link again and use the button there.
error-not-found-title = Page not found
error-not-found-body = There is nothing at this address. Start again from the home page.
error-method-title = This action is not possible here
error-method-body = This address does not accept that kind of request. Start again from the home page.
error-too-large-title = The request is too large
error-too-large-body = The request carried more data than this portal accepts. Reload the unpause page and try again.
error-unavailable-title = Temporarily unavailable
error-unavailable-body = The portal cannot reach its database right now. Please try again in a minute, then open your link again to see the current state.
error-internal-title = Something went wrong
error-internal-body = Something failed on our side. Open your link again to see the current state. If it happens again, quote the reference below when you ask for help.
error-request-id = Reference: { $id }
error-home = Home page
error-too-many-title = Too many requests
error-too-many-body = This browser or network sent more requests than the portal accepts in a short time. Wait a minute, then open your link again.
error-unpause-too-often-title = Please fix the ACME client first
error-unpause-too-often-body = This account has been unpaused several times recently and was paused again each time, because its ACME client keeps failing. Unpausing again will not help until the client is fixed. Find the failing client, correct its configuration, and test it against the staging environment. You can unpause again later; the wait is shown below. If you need help, ask on the community forum.
error-retry-after = You can try again after { $time }.
