## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: certificate issuance is paused for ACME account { $account }
mail-paused-greeting = Hello,
mail-paused-intro = { $ca } has paused certificate issuance for your ACME account { $account }. An ACME client using this account kept failing to validate names for a long time, without a single successful certificate, so { $ca } stopped accepting its orders for them.
mail-paused-account = The whole account is paused: it cannot order certificates for any name until you unpause it.
mail-paused-names =
    { $count ->
        [one] One name is paused:
       *[other] { $count } names are paused, among them:
    }
mail-paused-more =
    { $count ->
        [one] …and one more name.
       *[other] …and { $count } more names.
    }
mail-paused-since = Paused since { $since }.
mail-paused-client-heading = The failing client
mail-paused-client-ip = Its requests came from the IP address { $ip }.
mail-paused-client-agent = It identified itself as: { $agent }
mail-paused-client-unknown = The ACME server did not report the client's address.
mail-paused-action-heading = What to do
mail-paused-action = If you still need these certificates: find the client, fix it, test the fix on staging, then unpause with one click on this page:
mail-paused-link-button = Open the unpause page
mail-paused-link-expiry = This link works until { $until }. After that, the error your client receives carries a fresh link.
mail-paused-ignore = If you no longer use these names, you need not do anything: they stay paused. Please switch the forgotten client off.
mail-paused-footer = You receive this email because this address is a contact of ACME account { $account } at { $ca }. It is sent once for each pause and contains no tracking.
mail-in-your-language = This notice is also available in your language: open the link above, then choose your language at the top of the page.
mail-paused-no-link = The next error your ACME client receives carries a link to the unpause page. You can also paste that error message on this page, which finds the link in it:
