## templates/base.html

common-site-name = { $ca } – Portal zum Aufheben von Pausen
common-skip = Zum Inhalt springen
common-nav-label = Website
common-nav-help = Hilfe
common-footer-forum = Brauchen Sie Unterstützung? Fragen Sie im Community-Forum.

## templates/partials/staging.html

staging-heading = Testen Sie Ihre Korrektur zuerst in der Staging-Umgebung
staging-intro = Beheben Sie zuerst das Problem in Ihrem Client und prüfen Sie die Lösung dann in der Staging-Umgebung. Staging funktioniert wie die Produktionsumgebung, stellt aber Testzertifikate aus, denen Browser nicht vertrauen, und hat viel höhere Limits – ein Versuch dort kostet also nichts. Die Verzeichnis-URL (Directory-URL) lautet:
staging-clients-caption = So richten Sie verbreitete ACME-Clients auf Staging aus
staging-col-client = Client
staging-col-command = Befehl oder Einstellung
staging-after = Sobald Ihr Client ein Testzertifikat von Staging erhalten hat, stellen Sie ihn wieder auf die Produktionsumgebung um, heben Sie die Pause auf und führen Sie ihn erneut aus.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Deutsch
common-language-label = Sprache
common-language-button = Wechseln
common-footer-docs = Dokumentation
