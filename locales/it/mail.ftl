## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: l’emissione di certificati è in pausa per l’account ACME { $account }
mail-paused-greeting = Ciao,
mail-paused-intro = { $ca } ha messo in pausa l’emissione di certificati per il tuo account ACME { $account }. Un client ACME che usa questo account ha continuato a lungo a non riuscire a convalidare dei nomi, senza ottenere nemmeno un certificato, quindi { $ca } ha smesso di accettare le sue richieste per quei nomi.
mail-paused-account = L’intero account è in pausa: non può richiedere certificati per nessun nome finché non rimuovi la pausa.
mail-paused-names =
    { $count ->
        [one] Un nome è in pausa:
        [many] { $count } di nomi sono in pausa, tra cui:
       *[other] { $count } nomi sono in pausa, tra cui:
    }
mail-paused-more =
    { $count ->
        [one] …e un altro nome.
        [many] …e { $count } di altri nomi.
       *[other] …e altri { $count } nomi.
    }
mail-paused-since = In pausa dal { $since }.
mail-paused-client-heading = Il client che fallisce
mail-paused-client-ip = Le sue richieste provenivano dall’indirizzo IP { $ip }.
mail-paused-client-agent = Si è identificato come: { $agent }
mail-paused-client-unknown = Il server ACME non ha comunicato l’indirizzo del client.
mail-paused-action-heading = Cosa fare
mail-paused-action = Se ti servono ancora questi certificati: trova il client, correggilo, prova la correzione nell’ambiente di staging, poi rimuovi la pausa con un clic su questa pagina:
mail-paused-link-button = Apri la pagina per rimuovere la pausa
mail-paused-link-expiry = Questo link funziona fino al { $until }. Dopo quella data, l’errore che riceve il tuo client conterrà un link nuovo.
mail-paused-ignore = Se non usi più questi nomi, non devi fare nulla: restano in pausa. Però, per favore, spegni il client dimenticato.
mail-paused-footer = Ricevi questa email perché questo indirizzo è un contatto dell’account ACME { $account } presso { $ca }. Viene inviata una sola volta per ogni pausa e non contiene alcun tracciamento.
mail-in-your-language = Questo avviso è disponibile anche in italiano: apri il link qui sopra, poi scegli “Italiano” in cima alla pagina.
mail-paused-no-link = Il prossimo errore che riceverà il tuo client ACME conterrà un link alla pagina per rimuovere la pausa. Puoi anche incollare quel messaggio di errore in questa pagina, che vi troverà il link:
