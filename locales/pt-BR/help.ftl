## templates/pages/index.html

home-title = Contas ACME pausadas
home-heading = Por que meu cliente ACME foi pausado?
home-intro = { $ca } pausa a emissão de certificados para uma conta ACME, para alguns nomes ou para todos, quando um cliente passa muito tempo falhando na validação sem nenhum sucesso. A maioria desses clientes foi esquecida; pausá-los poupa trabalho para todo mundo.
home-link = Se você tem um link da mensagem de erro do seu cliente ou de um e-mail, abra-o: ele mostra exatamente o que está pausado e permite retirar a pausa com um clique.
home-no-link = Não tem link? Execute seu cliente mais uma vez: a mensagem de erro dele traz um novo.
home-help-link = O que verificar e como testar uma correção

## templates/pages/help.html

help-title = Ajuda para contas ACME pausadas
help-heading = Ajuda para contas ACME pausadas
help-toc = Nesta página
help-why-heading = Por que minha conta foi pausada?
help-why = { $ca } pausa uma conta ACME para um nome quando o cliente da conta falha ao validar esse nome repetidas vezes, durante muito tempo, sem conseguir nenhum certificado. Quando uma conta tem muitos nomes pausados e nenhum sucesso, a conta inteira pode ser pausada. Não há nada de errado com a sua conta em si: algo mudou entre o cliente e o nome.
help-check-heading = O que verificar
help-check-domain = O domínio ainda está registrado e ainda é seu? Um domínio expirado nunca vai passar na validação.
help-check-dns = Os registros DNS do nome (A, AAAA, CNAME) ainda apontam para o servidor onde o cliente roda?
help-check-http = Esse servidor responde na porta 80 para esse nome e serve /.well-known/acme-challenge/ a partir da pasta em que o cliente grava os arquivos?
help-check-old = Algum servidor, contêiner ou painel de hospedagem antigo ainda executa uma tarefa de renovação para um nome que você levou para outro lugar? Remova essa tarefa ou tire o nome dela.
help-unpause-heading = Como retirar a pausa
help-unpause = Abra o link da mensagem de erro do seu cliente ou do e-mail. A página lista o que está pausado; retire a pausa de tudo ou só dos nomes que você ainda usa. Se depois disso o cliente continuar falhando, os nomes serão pausados de novo.
help-find-link-heading = Como encontrar seu link
help-find-link = O link termina com “?jwt=” seguido de um código longo. Muitas vezes os clientes o deixam escondido em um arquivo de log ou em um erro JSON: procure “unpause” no log e copie o link inteiro.
help-forum = Ainda sem solução? Pergunte no fórum da comunidade. Informe o nome e o erro, mas não publique o link: qualquer pessoa que o tenha pode retirar a pausa da sua conta.

## templates/partials/find_link.html

find-link-intro = Cole abaixo a mensagem de erro do seu cliente ACME ou um trecho do log dele, do tamanho que quiser. O portal encontra ali o link para retirar a pausa, mesmo que esteja escapado, entre aspas ou quebrado em várias linhas, e leva você até ele. Nada do que você colar é armazenado.
find-link-label = Mensagem de erro ou trecho do log
find-link-button = Encontrar meu link

## templates/pages/find_link.html

find-link-title = Encontrar meu link
find-link-none-heading = Nenhum link para retirar a pausa foi encontrado
find-link-none-body = O texto não contém nenhum link para retirar a pausa. Procure uma linha que mencione “unpause” ou “jwt=”, ou execute seu cliente mais uma vez e copie a mensagem de erro inteira.
find-link-cut-heading = O link parece estar cortado
find-link-cut-body = O texto contém o início de um link para retirar a pausa, mas não o link inteiro. Copie a mensagem inteira de novo, incluindo a parte em que o link continua na linha seguinte.
find-link-empty-heading = Nada para procurar
find-link-empty-body = Primeiro cole algum texto na caixa.
