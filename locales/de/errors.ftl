## templates/pages/error.html

error-invalid-link-title = Dieser Link zum Aufheben der Pause ist ungültig
error-invalid-link-body = Der Link ist unvollständig oder wurde unterwegs verändert. Kopieren Sie den ganzen Link aus der Fehlermeldung Ihres ACME-Clients oder aus der E-Mail, einschließlich allem nach „jwt=“, und öffnen Sie ihn erneut.
error-expired-link-title = Dieser Link zum Aufheben der Pause ist abgelaufen
error-expired-link-body = Links zum Aufheben der Pause sind nur begrenzte Zeit gültig. Um einen neuen zu erhalten, führen Sie Ihren ACME-Client noch einmal aus (am besten zuerst gegen Staging): Seine Fehlermeldung enthält einen neuen Link. Auch die Benachrichtigungs-E-Mail enthält einen.
error-bad-request-title = Die Anfrage konnte nicht verarbeitet werden
error-bad-request-body = Gehen Sie zurück zur Seite zum Aufheben der Pause, laden Sie sie neu und versuchen Sie es noch einmal.
error-forbidden-title = Die Anfrage wurde abgelehnt
error-forbidden-body = Zu Ihrer Sicherheit lässt sich eine Pause nur auf der dafür vorgesehenen Seite selbst aufheben, und zwar in derselben Browsersitzung. Öffnen Sie Ihren Link erneut und verwenden Sie die Schaltfläche dort.
error-not-found-title = Seite nicht gefunden
error-not-found-body = Unter dieser Adresse gibt es nichts. Beginnen Sie bitte noch einmal auf der Startseite.
error-method-title = Diese Aktion ist hier nicht möglich
error-method-body = Diese Adresse nimmt diese Art von Anfrage nicht an. Beginnen Sie bitte noch einmal auf der Startseite.
error-too-large-title = Die Anfrage ist zu groß
error-too-large-body = Die Anfrage enthielt mehr Daten, als dieses Portal annimmt. Laden Sie die Seite zum Aufheben der Pause neu und versuchen Sie es noch einmal.
error-unavailable-title = Vorübergehend nicht verfügbar
error-unavailable-body = Das Portal kann seine Datenbank gerade nicht erreichen. Bitte versuchen Sie es in einer Minute noch einmal und öffnen Sie dann Ihren Link erneut, um den aktuellen Stand zu sehen.
error-internal-title = Etwas ist schiefgelaufen
error-internal-body = Auf unserer Seite ist ein Fehler aufgetreten. Öffnen Sie Ihren Link erneut, um den aktuellen Stand zu sehen. Falls das noch einmal passiert, nennen Sie bitte die folgende Referenz, wenn Sie um Hilfe bitten.
error-request-id = Referenz: { $id }
error-home = Startseite
error-too-many-title = Zu viele Anfragen
error-too-many-body = Dieser Browser oder dieses Netzwerk hat in kurzer Zeit mehr Anfragen gesendet, als das Portal annimmt. Warten Sie eine Minute und öffnen Sie dann Ihren Link erneut.
error-unpause-too-often-title = Bitte beheben Sie zuerst das Problem im ACME-Client
error-unpause-too-often-body = Die Pause dieses Kontos wurde in letzter Zeit mehrmals aufgehoben, und jedes Mal wurde es erneut pausiert, weil sein ACME-Client immer wieder scheitert. Die Pause noch einmal aufzuheben hilft nicht, solange der Client nicht repariert ist. Finden Sie den fehlerhaften Client, korrigieren Sie seine Konfiguration und testen Sie ihn in der Staging-Umgebung. Sie können die Pause später erneut aufheben; die Wartezeit wird unten angezeigt. Wenn Sie Unterstützung brauchen, fragen Sie im Community-Forum.
error-retry-after = Sie können es ab { $time } erneut versuchen.
