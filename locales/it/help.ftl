## templates/pages/index.html

home-title = Account ACME in pausa
home-heading = Perché il mio client ACME è stato messo in pausa?
home-intro = { $ca } mette in pausa l’emissione di certificati per un account ACME, per alcuni nomi o per tutti, quando un client non supera la convalida da molto tempo senza un solo successo. La maggior parte di questi client è stata dimenticata; metterli in pausa fa risparmiare lavoro a tutti.
home-link = Se hai un link dal messaggio di errore del tuo client o da un’email, aprilo: mostra esattamente cosa è in pausa e ti permette di rimuovere la pausa con un clic.
home-no-link = Non hai un link? Esegui ancora una volta il tuo client: il suo messaggio di errore ne contiene uno nuovo.
home-help-link = Cosa controllare e come provare una correzione

## templates/pages/help.html

help-title = Aiuto per gli account ACME in pausa
help-heading = Aiuto per gli account ACME in pausa
help-toc = In questa pagina
help-why-heading = Perché questa pausa?
help-why = { $ca } mette in pausa un account ACME per un nome quando il client dell’account non è riuscito a convalidare quel nome più e più volte, per un lungo periodo, senza ottenere alcun certificato. Quando un account ha molti nomi in pausa e nessun successo, può essere messo in pausa l’intero account. Il tuo account in sé non ha nessun problema: è cambiato qualcosa tra il client e il nome.
help-check-heading = Cosa controllare
help-check-domain = Il dominio è ancora registrato, ed è ancora tuo? Un dominio scaduto non potrà mai essere convalidato.
help-check-dns = I record DNS del nome (A, AAAA, CNAME) puntano ancora al server su cui gira il client?
help-check-http = Quel server risponde sulla porta 80 per il nome e serve /.well-known/acme-challenge/ dalla cartella in cui scrive il client?
help-check-old = Un vecchio server, un container o un pannello di hosting esegue ancora un’attività di rinnovo per un nome che hai spostato altrove? Elimina quell’attività, oppure togli il nome da essa.
help-unpause-heading = Rimuovere la pausa
help-unpause = Apri il link dal messaggio di errore del tuo client o dall’email. La pagina elenca cosa è in pausa; rimuovi la pausa per tutto, o solo per i nomi che usi ancora. Se poi il client continua a fallire, i nomi verranno di nuovo messi in pausa.
help-find-link-heading = Trovare il tuo link
help-find-link = Il link termina con “?jwt=” seguito da un lungo codice. Spesso i client lo nascondono in un file di log o in un errore JSON: cerca “unpause” nel log e copia l’intero link.
help-forum = Non riesci ancora a risolvere? Chiedi nel forum della community. Indica il nome e l’errore, ma non pubblicare il link: chiunque lo abbia può rimuovere la pausa dal tuo account.

## templates/partials/find_link.html

find-link-intro = Incolla qui sotto il messaggio di errore del tuo client ACME o una parte del suo log, quanto vuoi. Il portale vi trova il link per rimuovere la pausa, anche se contiene caratteri di escape, è tra virgolette o è spezzato su più righe, e ti ci porta. Nulla di ciò che incolli viene salvato.
find-link-label = Messaggio di errore o estratto del log
find-link-button = Trova il mio link

## templates/pages/find_link.html

find-link-title = Trova il mio link
find-link-none-heading = Nessun link trovato per rimuovere la pausa
find-link-none-body = Il testo non contiene alcun link per rimuovere la pausa. Cerca una riga che menzioni “unpause” o “jwt=”, oppure esegui ancora una volta il tuo client e copia il suo messaggio di errore completo.
find-link-cut-heading = Il link sembra troncato
find-link-cut-body = Il testo contiene l’inizio di un link per rimuovere la pausa, ma non il link completo. Copia di nuovo l’intero messaggio, compreso il punto in cui il link prosegue sulla riga successiva.
find-link-empty-heading = Niente da cercare
find-link-empty-body = Prima incolla del testo nella casella.
