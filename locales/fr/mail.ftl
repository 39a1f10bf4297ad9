## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca } : l’émission de certificats est en pause pour le compte ACME { $account }
mail-paused-greeting = Bonjour,
mail-paused-intro = { $ca } a mis en pause l’émission de certificats pour votre compte ACME { $account }. Un client ACME qui utilise ce compte a échoué pendant longtemps à valider des noms, sans obtenir un seul certificat ; { $ca } a donc cessé d’accepter ses demandes pour ces noms.
mail-paused-account = Le compte entier est en pause : il ne peut demander de certificat pour aucun nom tant que vous n’avez pas levé la pause.
mail-paused-names =
    { $count ->
        [one] Un nom est en pause :
        [many] { $count } de noms sont en pause, parmi lesquels :
       *[other] { $count } noms sont en pause, parmi lesquels :
    }
mail-paused-more =
    { $count ->
        [one] …et un autre nom.
        [many] …et { $count } d’autres noms.
       *[other] …et { $count } autres noms.
    }
mail-paused-since = En pause depuis le { $since }.
mail-paused-client-heading = Le client en échec
mail-paused-client-ip = Ses demandes provenaient de l’adresse IP { $ip }.
mail-paused-client-agent = Il s’est présenté ainsi : { $agent }
mail-paused-client-unknown = Le serveur ACME n’a pas communiqué l’adresse du client.
mail-paused-action-heading = Que faire ?
mail-paused-action = Si vous avez encore besoin de ces certificats : retrouvez le client, corrigez-le, testez la correction sur l’environnement de test (staging), puis levez la pause en un clic sur cette page :
mail-paused-link-button = Ouvrir la page pour lever la pause
mail-paused-link-expiry = Ce lien fonctionne jusqu’au { $until }. Ensuite, l’erreur que reçoit votre client contiendra un nouveau lien.
mail-paused-ignore = Si vous n’utilisez plus ces noms, vous n’avez rien à faire : ils restent en pause. Merci toutefois d’arrêter le client oublié.
mail-paused-footer = Vous recevez cet e-mail parce que cette adresse est un contact du compte ACME { $account } chez { $ca }. Il n’est envoyé qu’une fois par pause et ne contient aucun élément de suivi.
mail-in-your-language = Cet avis est aussi disponible en français : ouvrez le lien ci-dessus, puis choisissez « Français » en haut de la page.
mail-paused-no-link = La prochaine erreur que recevra votre client ACME contiendra un lien vers la page pour lever la pause. Vous pouvez aussi coller ce message d’erreur sur cette page, qui y trouvera le lien :
