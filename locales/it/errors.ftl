## templates/pages/error.html

error-invalid-link-title = Questo link per rimuovere la pausa non è valido
error-invalid-link-body = Il link è incompleto o è stato modificato lungo il percorso. Copia l’intero link dal messaggio di errore del tuo client ACME o dall’email, compreso tutto ciò che segue “jwt=”, e aprilo di nuovo.
error-expired-link-title = Questo link per rimuovere la pausa è scaduto
error-expired-link-body = I link per rimuovere la pausa funzionano solo per un tempo limitato. Per ottenerne uno nuovo, esegui ancora una volta il tuo client ACME (meglio se prima in staging): il suo messaggio di errore contiene un nuovo link. Ne contiene uno anche l’email di notifica.
error-bad-request-title = Non è stato possibile interpretare la richiesta
error-bad-request-body = Torna alla pagina per rimuovere la pausa, ricaricala e riprova.
error-forbidden-title = La richiesta è stata rifiutata
error-forbidden-body = Per la tua sicurezza, la pausa si può rimuovere solo dalla pagina apposita, nella stessa sessione del browser. Apri di nuovo il tuo link e usa il pulsante che trovi lì.
error-not-found-title = Pagina non trovata
error-not-found-body = A questo indirizzo non c’è nulla. Ricomincia dalla pagina iniziale.
error-method-title = Questa azione non è possibile qui
error-method-body = Questo indirizzo non accetta questo tipo di richiesta. Ricomincia dalla pagina iniziale.
error-too-large-title = La richiesta è troppo grande
error-too-large-body = La richiesta conteneva più dati di quanti questo portale ne accetti. Ricarica la pagina per rimuovere la pausa e riprova.
error-unavailable-title = Temporaneamente non disponibile
error-unavailable-body = Al momento il portale non riesce a raggiungere il suo database. Riprova tra un minuto, poi apri di nuovo il tuo link per vedere lo stato attuale.
error-internal-title = Qualcosa è andato storto
error-internal-body = Si è verificato un errore da parte nostra. Apri di nuovo il tuo link per vedere lo stato attuale. Se succede ancora, indica il riferimento qui sotto quando chiedi aiuto.
error-request-id = Riferimento: { $id }
error-home = Pagina iniziale
error-too-many-title = Troppe richieste
error-too-many-body = Questo browser o questa rete ha inviato in poco tempo più richieste di quante il portale ne accetti. Attendi un minuto, poi apri di nuovo il tuo link.
error-unpause-too-often-title = Prima correggi il client ACME
error-unpause-too-often-body = La pausa di questo account è stata rimossa più volte di recente e ogni volta l’account è stato di nuovo messo in pausa, perché il suo client ACME continua a fallire. Rimuovere di nuovo la pausa non servirà finché il client non sarà corretto. Trova il client che fallisce, correggi la sua configurazione e provalo nell’ambiente di staging. Potrai rimuovere di nuovo la pausa più tardi; il tempo di attesa è indicato qui sotto. Se ti serve una mano, chiedi nel forum della community.
error-retry-after = Potrai riprovare dopo { $time }.
