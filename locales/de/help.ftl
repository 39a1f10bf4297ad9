## templates/pages/index.html

home-title = Pausierte ACME-Konten
home-heading = Warum wurde mein ACME-Client pausiert?
home-intro = { $ca } pausiert die Zertifikatsausstellung für ein ACME-Konto – für einzelne Namen oder für alle –, wenn ein Client über lange Zeit bei der Validierung scheitert, ohne ein einziges Mal erfolgreich zu sein. Die meisten dieser Clients wurden schlicht vergessen; das Pausieren erspart allen unnötige Arbeit.
home-link = Wenn Sie einen Link aus der Fehlermeldung Ihres Clients oder aus einer E-Mail haben, öffnen Sie ihn: Er zeigt genau, was pausiert ist, und Sie können die Pause mit einem Klick aufheben.
home-no-link = Kein Link zur Hand? Führen Sie Ihren Client noch einmal aus: Seine Fehlermeldung enthält einen neuen.
home-help-link = Was Sie prüfen sollten und wie Sie eine Korrektur testen

## templates/pages/help.html

help-title = Hilfe zu pausierten ACME-Konten
help-heading = Hilfe zu pausierten ACME-Konten
help-toc = Auf dieser Seite
help-why-heading = Warum wurde ich pausiert?
help-why = { $ca } pausiert ein ACME-Konto für einen Namen, wenn der Client dieses Kontos über lange Zeit immer wieder daran gescheitert ist, diesen Namen zu validieren, ohne dass ein Zertifikat erfolgreich ausgestellt wurde. Hat ein Konto viele pausierte Namen und überhaupt keinen Erfolg, kann das ganze Konto pausiert werden. Mit Ihrem Konto selbst ist alles in Ordnung: Zwischen dem Client und dem Namen hat sich etwas geändert.
help-check-heading = Was Sie prüfen sollten
help-check-domain = Ist die Domain noch registriert, und gehört sie noch Ihnen? Eine abgelaufene Domain kann nie validiert werden.
help-check-dns = Zeigen die DNS-Einträge des Namens (A, AAAA, CNAME) noch auf den Server, auf dem der Client läuft?
help-check-http = Antwortet dieser Server für den Namen auf Port 80, und liefert er /.well-known/acme-challenge/ aus dem Ordner aus, in den der Client schreibt?
help-check-old = Läuft auf einem alten Server, in einem Container oder in einem Hosting-Panel noch ein Erneuerungsjob für einen Namen, den Sie umgezogen haben? Entfernen Sie diesen Job, oder nehmen Sie den Namen daraus heraus.
help-unpause-heading = Pause aufheben
help-unpause = Öffnen Sie den Link aus der Fehlermeldung Ihres Clients oder aus der E-Mail. Die Seite listet auf, was pausiert ist; heben Sie die Pause für alles auf oder nur für die Namen, die Sie noch verwenden. Wenn der Client danach weiterhin scheitert, werden die Namen erneut pausiert.
help-find-link-heading = Ihren Link finden
help-find-link = Der Link endet mit „?jwt=“, gefolgt von einem langen Code. Clients verstecken ihn oft in einer Logdatei oder einem JSON-Fehler: Suchen Sie im Log nach „unpause“ und kopieren Sie den ganzen Link.
help-forum = Kommen Sie trotzdem nicht weiter? Fragen Sie im Community-Forum. Nennen Sie den Namen und den Fehler, aber veröffentlichen Sie nicht den Link: Jeder, der ihn hat, kann die Pause Ihres Kontos aufheben.

## templates/partials/find_link.html

find-link-intro = Fügen Sie unten die Fehlermeldung Ihres ACME-Clients oder einen Ausschnitt aus seinem Log ein, so viel Sie möchten. Das Portal findet darin den Link zum Aufheben der Pause, auch wenn er maskiert, in Anführungszeichen gesetzt oder über mehrere Zeilen umbrochen ist, und leitet Sie dorthin weiter. Nichts von dem, was Sie einfügen, wird gespeichert.
find-link-label = Fehlermeldung oder Log-Auszug
find-link-button = Meinen Link finden

## templates/pages/find_link.html

find-link-title = Meinen Link finden
find-link-none-heading = Kein Link zum Aufheben der Pause gefunden
find-link-none-body = Der Text enthält keinen Link zum Aufheben der Pause. Suchen Sie nach einer Zeile, in der „unpause“ oder „jwt=“ vorkommt, oder führen Sie Ihren Client noch einmal aus und kopieren Sie seine vollständige Fehlermeldung.
find-link-cut-heading = Der Link scheint abgeschnitten zu sein
find-link-cut-body = Der Text enthält den Anfang eines Links zum Aufheben der Pause, aber nicht den ganzen Link. Kopieren Sie die ganze Meldung noch einmal, auch die Stelle, an der der Link in der nächsten Zeile weitergeht.
find-link-empty-heading = Nichts zu durchsuchen
find-link-empty-body = Fügen Sie zuerst etwas Text in das Feld ein.
