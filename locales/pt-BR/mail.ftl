## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: a emissão de certificados está pausada para a conta ACME { $account }
mail-paused-greeting = Olá,
mail-paused-intro = { $ca } pausou a emissão de certificados para a sua conta ACME { $account }. Um cliente ACME que usa esta conta passou muito tempo falhando ao validar nomes, sem obter nenhum certificado, por isso { $ca } deixou de aceitar os pedidos dele para esses nomes.
mail-paused-account = A conta inteira está pausada: ela não pode pedir certificados para nenhum nome até que você retire a pausa.
mail-paused-names =
    { $count ->
        [one] Um nome está pausado:
        [many] { $count } de nomes estão pausados, entre eles:
       *[other] { $count } nomes estão pausados, entre eles:
    }
mail-paused-more =
    { $count ->
        [one] …e mais um nome.
        [many] …e mais { $count } de nomes.
       *[other] …e mais { $count } nomes.
    }
mail-paused-since = Em pausa desde { $since }.
mail-paused-client-heading = O cliente com falha
mail-paused-client-ip = Os pedidos dele vieram do endereço IP { $ip }.
mail-paused-client-agent = Ele se identificou como: { $agent }
mail-paused-client-unknown = O servidor ACME não informou o endereço do cliente.
mail-paused-action-heading = O que fazer
mail-paused-action = Se você ainda precisa desses certificados: encontre o cliente, corrija-o, teste a correção no ambiente de testes (staging) e depois retire a pausa com um clique nesta página:
mail-paused-link-button = Abrir a página para retirar a pausa
mail-paused-link-expiry = Este link funciona até { $until }. Depois disso, o erro que seu cliente receber trará um link novo.
mail-paused-ignore = Se você não usa mais esses nomes, não precisa fazer nada: eles continuam pausados. Mas, por favor, desligue o cliente esquecido.
mail-paused-footer = Você está recebendo este e-mail porque este endereço é um contato da conta ACME { $account } em { $ca }. Ele é enviado uma única vez para cada pausa e não contém nenhum rastreamento.
mail-in-your-language = Este aviso também está disponível em português: abra o link acima e escolha “Português (Brasil)” no topo da página.
mail-paused-no-link = O próximo erro que seu cliente ACME receber trará um link para a página para retirar a pausa. Você também pode colar essa mensagem de erro nesta página, que encontrará o link nela:
