## templates/pages/unpause.html

unpause-title = Lever la pause de votre compte ACME
unpause-heading-paused = L’émission de certificats est en pause pour ce compte
unpause-heading-clear = Rien n’est en pause pour ce compte
unpause-account = Compte ACME { $account }
unpause-account-paused = Le compte entier est en pause depuis le { $since } : il ne peut demander de certificat pour aucun nom tant que vous n’avez pas levé la pause.
unpause-count =
    { $count ->
        [one] Un nom est en pause.
       *[other] { $count } noms sont en pause.
    }
unpause-since = La plus ancienne pause date du { $since }.
unpause-why-heading = Pourquoi cela s’est produit
unpause-why = Un client ACME qui utilise ce compte a échoué pendant longtemps à valider ces noms, sans obtenir un seul certificat. Cela signifie généralement que le client a été oublié : le domaine a expiré, son DNS pointe désormais ailleurs, le serveur web a changé, ou une ancienne tâche d’un panneau d’hébergement tourne encore. Pour mettre fin à ce travail inutile, { $ca } n’accepte plus de demandes pour ces noms de la part de ce compte.
unpause-what-heading = Lever la pause
unpause-what = Lever la pause permet à ce compte de demander de nouveau des certificats pour ces noms, immédiatement. Si le client continue d’échouer, les noms seront de nouveau mis en pause.
unpause-all-button = Lever toutes les pauses
unpause-select-heading = Ou lever la pause pour certains noms seulement
unpause-select-hint = Cochez les noms que vous utilisez encore, puis appuyez sur le bouton ci-dessous.
unpause-name-since = depuis le { $since }
unpause-more =
    { $count ->
        [one] Un autre nom en pause n’est pas listé ici ; « Lever toutes les pauses » l’inclut.
       *[other] { $count } autres noms en pause ne sont pas listés ici ; « Lever toutes les pauses » les inclut.
    }
unpause-selected-button = Lever la pause uniquement pour les noms cochés
unpause-clear-text = Il n’y a aucune pause à lever : ce compte peut demander des certificats pour n’importe quel nom. Si votre client signale encore une pause, son erreur provient peut-être d’un autre compte.
unpause-help-link = Ce qu’il faut vérifier, et comment tester une correction

## templates/pages/unpause_status.html

status-title = Résultat de la levée de pause
status-done-heading = Pause levée
status-account = La pause sur le compte entier a été levée.
status-names =
    { $count ->
        [0] Aucun nom n’avait de pause à lever.
        [one] La pause a été levée pour un nom.
       *[other] La pause a été levée pour { $count } noms.
    }
status-remaining =
    { $count ->
        [one] Un nom est encore en pause. Ouvrez de nouveau votre lien pour lever aussi sa pause.
       *[other] { $count } noms sont encore en pause. Ouvrez de nouveau votre lien pour lever aussi leur pause.
    }
status-next = Votre client peut de nouveau demander des certificats. Surveillez sa prochaine exécution : s’il échoue encore, les noms seront de nouveau mis en pause.
status-nothing-heading = Aucune pause à lever
status-nothing = Aucune pause n’était active ; rien n’a été modifié.
status-none-heading = Aucune levée de pause récente
status-none = Cette page affiche le résultat d’une levée de pause effectuée dans ce navigateur. Pour voir l’état actuel, ouvrez le lien figurant dans le message d’erreur de votre client ACME ou dans l’e-mail.
unpause-count-many = Plus de { $count } noms sont en pause.
unpause-more-many = Beaucoup d’autres noms en pause ne sont pas listés ici ; « Lever toutes les pauses » les inclut.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Après une nouvelle suspension, la levée ne sera de nouveau possible ici qu’à partir du { $until } : corrigez et testez d’abord le client.
        [one] Avant le { $until }, une seule levée reste possible après une nouvelle suspension : corrigez et testez d’abord le client.
       *[other] Avant le { $until }, seules { $count } levées restent possibles après une nouvelle suspension : corrigez et testez d’abord le client.
    }
