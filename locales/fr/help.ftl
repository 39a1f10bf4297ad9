## templates/pages/index.html

home-title = Comptes ACME en pause
home-heading = Pourquoi mon client ACME a-t-il été mis en pause ?
home-intro = { $ca } met en pause l’émission de certificats pour un compte ACME, pour certains noms ou pour tous, lorsqu’un client échoue à la validation depuis longtemps sans le moindre succès. La plupart de ces clients ont été oubliés ; les mettre en pause épargne du travail à tout le monde.
home-link = Si vous avez un lien provenant du message d’erreur de votre client ou d’un e-mail, ouvrez-le : il indique précisément ce qui est en pause et vous permet de lever la pause en un clic.
home-no-link = Pas de lien ? Relancez votre client : son message d’erreur en contient un nouveau.
home-help-link = Ce qu’il faut vérifier, et comment tester une correction

## templates/pages/help.html

help-title = Aide pour les comptes ACME en pause
help-heading = Aide pour les comptes ACME en pause
help-toc = Sur cette page
help-why-heading = Pourquoi cette pause ?
help-why = { $ca } met en pause un compte ACME pour un nom lorsque le client de ce compte a échoué encore et encore à valider ce nom, sur une longue période, sans obtenir un seul certificat. Lorsqu’un compte a de nombreux noms en pause et aucun succès, c’est le compte entier qui peut être mis en pause. Votre compte lui-même n’a aucun problème : quelque chose a changé entre le client et le nom.
help-check-heading = Ce qu’il faut vérifier
help-check-domain = Le domaine est-il toujours enregistré, et vous appartient-il toujours ? Un domaine expiré ne pourra jamais être validé.
help-check-dns = Les enregistrements DNS du nom (A, AAAA, CNAME) pointent-ils toujours vers le serveur sur lequel tourne le client ?
help-check-http = Ce serveur répond-il sur le port 80 pour ce nom, et sert-il /.well-known/acme-challenge/ depuis le dossier dans lequel le client écrit ?
help-check-old = Un ancien serveur, un conteneur ou un panneau d’hébergement exécute-t-il encore une tâche de renouvellement pour un nom que vous avez déplacé ailleurs ? Supprimez cette tâche, ou retirez-en le nom.
help-unpause-heading = Lever la pause
help-unpause = Ouvrez le lien figurant dans le message d’erreur de votre client ou dans l’e-mail. La page liste ce qui est en pause ; levez la pause pour tout, ou seulement pour les noms que vous utilisez encore. Si le client continue ensuite d’échouer, les noms seront de nouveau mis en pause.
help-find-link-heading = Trouver votre lien
help-find-link = Le lien se termine par « ?jwt= » suivi d’un long code. Les clients l’enfouissent souvent dans un fichier journal ou une erreur JSON : cherchez « unpause » dans le journal et copiez le lien entier.
help-forum = Vous n’avancez toujours pas ? Posez votre question sur le forum de la communauté. Indiquez le nom et l’erreur, mais ne publiez pas le lien : toute personne qui le détient peut lever la pause de votre compte.

## templates/partials/find_link.html

find-link-intro = Collez ci-dessous le message d’erreur de votre client ACME ou un extrait de son journal, autant que vous le souhaitez. Le portail y trouve le lien de levée de pause, même s’il est échappé, entre guillemets ou coupé sur plusieurs lignes, et vous y emmène. Rien de ce que vous collez n’est enregistré.
find-link-label = Message d’erreur ou extrait du journal
find-link-button = Trouver mon lien

## templates/pages/find_link.html

find-link-title = Trouver mon lien
find-link-none-heading = Aucun lien de levée de pause trouvé
find-link-none-body = Le texte ne contient aucun lien de levée de pause. Cherchez une ligne qui mentionne « unpause » ou « jwt= », ou relancez votre client et copiez son message d’erreur en entier.
find-link-cut-heading = Le lien semble coupé
find-link-cut-body = Le texte contient le début d’un lien de levée de pause, mais pas le lien entier. Copiez de nouveau tout le message, y compris l’endroit où le lien continue à la ligne suivante.
find-link-empty-heading = Rien à rechercher
find-link-empty-body = Collez d’abord du texte dans le champ.
