## templates/pages/unpause.html

unpause-title = Rimuovi la pausa dal tuo account ACME
unpause-heading-paused = L’emissione di certificati è in pausa per questo account
unpause-heading-clear = Per questo account non c’è nulla in pausa
unpause-account = Account ACME { $account }
unpause-account-paused = L’intero account è in pausa dal { $since }: non può richiedere certificati per nessun nome finché non rimuovi la pausa.
unpause-count =
    { $count ->
        [one] Un nome è in pausa.
       *[other] { $count } nomi sono in pausa.
    }
unpause-since = La pausa più vecchia risale al { $since }.
unpause-why-heading = Perché è successo
unpause-why = Un client ACME che usa questo account ha continuato a lungo a non riuscire a convalidare questi nomi, senza ottenere nemmeno un certificato. Di solito significa che il client è stato dimenticato: il dominio è scaduto, il suo DNS ora punta altrove, il server web è cambiato, oppure è ancora attiva una vecchia attività di un pannello di hosting. Per fermare questo lavoro inutile, { $ca } non accetta più richieste per questi nomi da questo account.
unpause-what-heading = Rimuovere la pausa
unpause-what = Rimuovendo la pausa, questo account può subito richiedere di nuovo certificati per questi nomi. Se il client continua a fallire, i nomi verranno di nuovo messi in pausa.
unpause-all-button = Rimuovi tutte le pause
unpause-select-heading = Oppure rimuovi la pausa solo per alcuni nomi
unpause-select-hint = Seleziona i nomi che usi ancora, poi premi il pulsante qui sotto.
unpause-name-since = dal { $since }
unpause-more =
    { $count ->
        [one] Un altro nome in pausa non è elencato qui; “Rimuovi tutte le pause” include anche questo.
       *[other] Altri { $count } nomi in pausa non sono elencati qui; “Rimuovi tutte le pause” include anche questi.
    }
unpause-selected-button = Rimuovi la pausa solo per i nomi selezionati
unpause-clear-text = Non c’è nessuna pausa da rimuovere: questo account può richiedere certificati per qualsiasi nome. Se il tuo client segnala ancora una pausa, l’errore potrebbe provenire da un altro account.
unpause-help-link = Cosa controllare e come provare una correzione

## templates/pages/unpause_status.html

status-title = Esito della rimozione della pausa
status-done-heading = Pausa rimossa
status-account = La pausa sull’intero account è stata rimossa.
status-names =
    { $count ->
        [0] Non c’era nessun nome da cui rimuovere la pausa.
        [one] La pausa è stata rimossa da un nome.
       *[other] La pausa è stata rimossa da { $count } nomi.
    }
status-remaining =
    { $count ->
        [one] Un nome è ancora in pausa. Apri di nuovo il tuo link per rimuovere la pausa anche da questo.
       *[other] { $count } nomi sono ancora in pausa. Apri di nuovo il tuo link per rimuovere la pausa anche da questi.
    }
status-next = Il tuo client può di nuovo richiedere certificati. Tieni d’occhio la sua prossima esecuzione: se fallisce ancora, i nomi verranno di nuovo messi in pausa.
status-nothing-heading = Nessuna pausa da rimuovere
status-nothing = Non c’era già più nulla in pausa; non è stato modificato nulla.
status-none-heading = Nessuna rimozione recente
status-none = Questa pagina mostra l’esito di una rimozione della pausa effettuata in questo browser. Per vedere lo stato attuale, apri il link dal messaggio di errore del tuo client ACME o dall’email.
unpause-count-many = Più di { $count } nomi sono in pausa.
unpause-more-many = Molti altri nomi in pausa non sono elencati qui; “Rimuovi tutte le pause” include anche questi.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Dopo una nuova sospensione non sarà possibile riattivare qui prima del { $until }: prima correggi e prova il client.
        [one] Prima del { $until } è possibile solo un’altra riattivazione dopo una nuova sospensione: prima correggi e prova il client.
       *[other] Prima del { $until } sono possibili solo altre { $count } riattivazioni dopo una nuova sospensione: prima correggi e prova il client.
    }
