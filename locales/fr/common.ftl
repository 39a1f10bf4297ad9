## templates/base.html

common-site-name = { $ca } – portail de levée des pauses
common-skip = Aller au contenu
common-nav-label = Navigation du site
common-nav-help = Aide
common-footer-forum = Besoin d’un coup de main ? Posez votre question sur le forum de la communauté.

## templates/partials/staging.html

staging-heading = Testez d’abord votre correction sur l’environnement de test (staging)
staging-intro = Corrigez d’abord votre client, puis vérifiez la correction sur l’environnement de staging. Le staging fonctionne comme la production, mais délivre des certificats de test auxquels les navigateurs ne font pas confiance, et ses limites sont bien plus élevées : un essai n’y coûte donc rien. L’URL de son répertoire ACME est :
staging-clients-caption = Comment diriger les clients ACME courants vers le staging
staging-col-client = Client
staging-col-command = Commande ou paramètre
staging-after = Une fois que votre client a obtenu un certificat de test sur le staging, remettez-le sur la production, levez la pause, puis relancez-le.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Français
common-language-label = Langue
common-language-button = Changer
common-footer-docs = Consulter la documentation
