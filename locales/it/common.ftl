## templates/base.html

common-site-name = { $ca } – portale per rimuovere le pause
common-skip = Vai al contenuto
common-nav-label = Sito
common-nav-help = Aiuto
common-footer-forum = Ti serve una mano? Chiedi nel forum della community.

## templates/partials/staging.html

staging-heading = Prova prima la correzione in staging
staging-intro = Prima correggi il tuo client, poi verifica la correzione nell’ambiente di staging. Lo staging funziona come la produzione, ma emette certificati di prova di cui i browser non si fidano e ha limiti molto più alti, quindi provare lì non costa nulla. L’URL della sua directory è:
staging-clients-caption = Come far usare lo staging ai client ACME più diffusi
staging-col-client = Client
staging-col-command = Comando o impostazione
staging-after = Quando il tuo client ottiene un certificato di prova dallo staging, riportalo in produzione, rimuovi la pausa ed eseguilo di nuovo.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Italiano
common-language-label = Lingua
common-language-button = Cambia
common-footer-docs = Documentazione
