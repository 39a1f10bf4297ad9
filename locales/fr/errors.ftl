## templates/pages/error.html

error-invalid-link-title = Ce lien de levée de pause n’est pas valide
error-invalid-link-body = Le lien est incomplet ou a été modifié en cours de route. Copiez le lien entier depuis le message d’erreur de votre client ACME ou depuis l’e-mail, y compris tout ce qui suit « jwt= », puis ouvrez-le de nouveau.
error-expired-link-title = Ce lien de levée de pause a expiré
error-expired-link-body = Les liens de levée de pause ne fonctionnent que pendant une durée limitée. Pour en obtenir un nouveau, relancez votre client ACME (idéalement d’abord sur le staging) : son message d’erreur contient un nouveau lien. L’e-mail de notification en contient un aussi.
error-bad-request-title = La requête n’a pas pu être comprise
error-bad-request-body = Revenez à la page de levée de pause, rechargez-la et réessayez.
error-forbidden-title = La requête a été refusée
error-forbidden-body = Pour votre sécurité, une pause ne peut être levée que depuis la page prévue à cet effet, dans la même session de navigateur. Ouvrez de nouveau votre lien et utilisez le bouton qui s’y trouve.
error-not-found-title = Page introuvable
error-not-found-body = Il n’y a rien à cette adresse. Repartez de la page d’accueil.
error-method-title = Cette action n’est pas possible ici
error-method-body = Cette adresse n’accepte pas ce type de requête. Repartez de la page d’accueil.
error-too-large-title = La requête est trop volumineuse
error-too-large-body = La requête contenait plus de données que ce portail n’en accepte. Rechargez la page de levée de pause et réessayez.
error-unavailable-title = Temporairement indisponible
error-unavailable-body = Le portail ne parvient pas à joindre sa base de données pour le moment. Veuillez réessayer dans une minute, puis ouvrir de nouveau votre lien pour voir l’état actuel.
error-internal-title = Une erreur s’est produite
error-internal-body = Un problème est survenu de notre côté. Ouvrez de nouveau votre lien pour voir l’état actuel. Si cela se reproduit, indiquez la référence ci-dessous lorsque vous demandez de l’aide.
error-request-id = Référence : { $id }
error-home = Page d’accueil
error-too-many-title = Trop de requêtes
error-too-many-body = Ce navigateur ou ce réseau a envoyé, en peu de temps, plus de requêtes que ce portail n’en accepte. Attendez une minute, puis ouvrez de nouveau votre lien.
error-unpause-too-often-title = Corrigez d’abord le client ACME
error-unpause-too-often-body = La pause de ce compte a été levée plusieurs fois récemment, et il a été remis en pause à chaque fois, car son client ACME continue d’échouer. Lever de nouveau la pause ne servira à rien tant que le client ne sera pas corrigé. Trouvez le client qui échoue, corrigez sa configuration et testez-le sur l’environnement de staging. Vous pourrez lever la pause de nouveau plus tard ; le délai d’attente est indiqué ci-dessous. Si vous avez besoin d’aide, posez votre question sur le forum de la communauté.
error-retry-after = Vous pourrez réessayer après { $time }.
