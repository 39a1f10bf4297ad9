## templates/pages/unpause.html

unpause-title = Retirar a pausa da sua conta ACME
unpause-heading-paused = A emissão de certificados está pausada para esta conta
unpause-heading-clear = Nada está pausado para esta conta
unpause-account = Conta ACME { $account }
unpause-account-paused = A conta inteira está pausada desde { $since }: ela não pode pedir certificados para nenhum nome até que você retire a pausa.
unpause-count =
    { $count ->
        [one] Um nome está pausado.
       *[other] { $count } nomes estão pausados.
    }
unpause-since = A pausa mais antiga é de { $since }.
unpause-why-heading = Por que isso aconteceu
unpause-why = Um cliente ACME que usa esta conta passou muito tempo sem conseguir validar estes nomes, sem obter nenhum certificado. Isso geralmente significa que o cliente foi esquecido: o domínio expirou, o DNS dele agora aponta para outro lugar, o servidor web mudou ou uma tarefa antiga de um painel de hospedagem continua rodando. Para evitar esse trabalho desperdiçado, { $ca } não aceita mais pedidos desta conta para estes nomes.
unpause-what-heading = Retirar a pausa
unpause-what = Ao retirar a pausa, esta conta volta a poder pedir certificados para estes nomes imediatamente. Se o cliente continuar falhando, os nomes serão pausados de novo.
unpause-all-button = Retirar a pausa de tudo
unpause-select-heading = Ou retire a pausa só de alguns nomes
unpause-select-hint = Marque os nomes que você ainda usa e clique no botão abaixo.
unpause-name-since = desde { $since }
unpause-more =
    { $count ->
        [one] Mais um nome pausado não aparece nesta lista; “Retirar a pausa de tudo” também o inclui.
       *[other] Mais { $count } nomes pausados não aparecem nesta lista; “Retirar a pausa de tudo” também os inclui.
    }
unpause-selected-button = Retirar a pausa só dos nomes marcados
unpause-clear-text = Não há nenhuma pausa para retirar: esta conta pode pedir certificados para qualquer nome. Se o seu cliente ainda informa uma pausa, o erro pode vir de outra conta.
unpause-help-link = O que verificar e como testar uma correção

## templates/pages/unpause_status.html

status-title = Resultado
status-done-heading = Pausa retirada
status-account = A pausa da conta inteira foi retirada.
status-names =
    { $count ->
        [0] Não havia nenhum nome pausado.
        [one] A pausa de um nome foi retirada.
       *[other] A pausa de { $count } nomes foi retirada.
    }
status-remaining =
    { $count ->
        [one] Um nome continua pausado. Abra seu link de novo para retirar a pausa dele também.
       *[other] { $count } nomes continuam pausados. Abra seu link de novo para retirar a pausa deles também.
    }
status-next = Seu cliente já pode pedir certificados de novo. Acompanhe a próxima execução dele: se falhar de novo, os nomes serão pausados novamente.
status-nothing-heading = Não havia nenhuma pausa para retirar
status-nothing = Nada estava pausado; nada foi alterado.
status-none-heading = Nenhuma pausa retirada recentemente
status-none = Esta página mostra o resultado de uma retirada de pausa feita neste navegador. Para ver a situação atual, abra o link da mensagem de erro do seu cliente ACME ou do e-mail.
unpause-count-many = Mais de { $count } nomes estão pausados.
unpause-more-many = Muitos outros nomes pausados não aparecem nesta lista; “Retirar a pausa de tudo” também os inclui.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Depois de uma nova pausa, não será possível retomar aqui antes de { $until }: corrija e teste o cliente primeiro.
        [one] Antes de { $until }, resta só mais uma retomada depois de uma nova pausa: corrija e teste o cliente primeiro.
       *[other] Antes de { $until }, restam só mais { $count } retomadas depois de uma nova pausa: corrija e teste o cliente primeiro.
    }
