## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: Zertifikatsausstellung für ACME-Konto { $account } pausiert
mail-paused-greeting = Guten Tag,
mail-paused-intro = { $ca } hat die Zertifikatsausstellung für Ihr ACME-Konto { $account } pausiert. Ein ACME-Client, der dieses Konto verwendet, ist über lange Zeit immer wieder an der Validierung von Namen gescheitert, ohne ein einziges Zertifikat zu erhalten. Deshalb nimmt { $ca } seine Zertifikatsanforderungen für diese Namen nicht mehr an.
mail-paused-account = Das gesamte Konto ist pausiert: Es kann für keinen Namen Zertifikate anfordern, bis Sie die Pause aufheben.
mail-paused-names =
    { $count ->
        [one] Ein Name ist pausiert:
       *[other] { $count } Namen sind pausiert, darunter:
    }
mail-paused-more =
    { $count ->
        [one] …und ein weiterer Name.
       *[other] …und { $count } weitere Namen.
    }
mail-paused-since = Pausiert seit { $since }.
mail-paused-client-heading = Der fehlerhafte Client
mail-paused-client-ip = Seine Anfragen kamen von der IP-Adresse { $ip }.
mail-paused-client-agent = Er hat sich wie folgt ausgewiesen: { $agent }
mail-paused-client-unknown = Der ACME-Server hat die Adresse des Clients nicht übermittelt.
mail-paused-action-heading = Was Sie tun können
mail-paused-action = Wenn Sie diese Zertifikate noch brauchen: Suchen Sie den Client, beheben Sie das Problem, testen Sie die Korrektur in der Staging-Umgebung und heben Sie dann auf dieser Seite mit einem Klick die Pause auf:
mail-paused-link-button = Seite zum Aufheben der Pause öffnen
mail-paused-link-expiry = Dieser Link funktioniert bis { $until }. Danach enthält die Fehlermeldung, die Ihr Client erhält, einen neuen Link.
mail-paused-ignore = Wenn Sie diese Namen nicht mehr verwenden, müssen Sie nichts tun – die Namen bleiben pausiert. Bitte schalten Sie den vergessenen Client aber ab.
mail-paused-footer = Sie erhalten diese E-Mail, weil diese Adresse als Kontakt des ACME-Kontos { $account } bei { $ca } eingetragen ist. Sie wird für jede Pause nur einmal verschickt und enthält kein Tracking.
mail-in-your-language = Dieser Hinweis ist auch auf Deutsch verfügbar: Öffnen Sie den Link weiter oben und wählen Sie dann oben auf der Seite „Deutsch“ aus.
mail-paused-no-link = Die nächste Fehlermeldung, die Ihr ACME-Client erhält, enthält einen Link zur Seite zum Aufheben der Pause. Sie können diese Fehlermeldung auch auf dieser Seite einfügen, die den Link darin findet:
