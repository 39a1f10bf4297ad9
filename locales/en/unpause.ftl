## templates/pages/unpause.html

unpause-title = Unpause your ACME account
unpause-heading-paused = Certificate issuance is paused for this account
unpause-heading-clear = Nothing is paused for this account
unpause-account = ACME account { $account }
unpause-account-paused = The whole account has been paused since { $since }: it cannot order certificates for any name until you unpause it.
unpause-count =
    { $count ->
        [one] One name is paused.
       *[other] { $count } names are paused.
    }
unpause-since = The oldest pause dates from { $since }.
unpause-why-heading = Why this happened
unpause-why = An ACME client using this account kept failing to validate these names for a long time, with no successful certificate at all. This usually means the client was forgotten: the domain expired, its DNS now points elsewhere, the web server changed, or an old hosting panel job is still running. To stop that wasted work, { $ca } no longer accepts orders for these names from this account.
unpause-what-heading = Unpause
unpause-what = Unpausing lets this account order certificates for these names again, right away. If the client keeps failing, the names will be paused again.
unpause-all-button = Unpause everything
unpause-select-heading = Or unpause only some names
unpause-select-hint = Tick the names you still use, then press the button below.
unpause-name-since = since { $since }
unpause-more =
    { $count ->
        [one] One more paused name is not listed here; “Unpause everything” includes it.
       *[other] { $count } more paused names are not listed here; “Unpause everything” includes them.
    }
unpause-selected-button = Unpause only the ticked names
unpause-clear-text = There is nothing to unpause: this account can order certificates for any name. If your client still reports a pause, its error may come from another account.
unpause-help-link = What to check, and how to test a fix

## templates/pages/unpause_status.html

status-title = Unpause result
status-done-heading = Unpaused
status-account = The pause on the whole account was lifted.
status-names =
    { $count ->
        [0] No paused names needed unpausing.
        [one] One name was unpaused.
       *[other] { $count } names were unpaused.
    }
status-remaining =
    { $count ->
        [one] One name is still paused. Open your link again to unpause it too.
       *[other] { $count } names are still paused. Open your link again to unpause them too.
    }
status-next = Your client can order certificates again. Watch its next run: if it fails again, the names will be paused again.
status-nothing-heading = Nothing needed unpausing
status-nothing = Everything was already unpaused; nothing was changed.
status-none-heading = No recent unpause
status-none = This page shows the result of an unpause made in this browser. To see the current state, open the link from your ACME client's error message or from the email.
unpause-count-many = More than { $count } names are paused.
unpause-more-many = Many more paused names are not listed here; “Unpause everything” includes them.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Unpausing after a new pause is not possible here again before { $until }: fix and test the client first.
        [one] One more unpause after a new pause is possible before { $until }: fix and test the client first.
       *[other] { $count } more unpauses after a new pause are possible before { $until }: fix and test the client first.
    }
