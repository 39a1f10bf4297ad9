## templates/pages/error.html

error-invalid-link-title = Este link para retirar a pausa não é válido
error-invalid-link-body = O link está incompleto ou foi alterado no caminho. Copie o link inteiro da mensagem de erro do seu cliente ACME ou do e-mail, incluindo tudo o que vem depois de “jwt=”, e abra-o de novo.
error-expired-link-title = Este link para retirar a pausa expirou
error-expired-link-body = Os links para retirar a pausa funcionam por tempo limitado. Para obter um novo, execute seu cliente ACME mais uma vez (de preferência, primeiro no ambiente de testes): a mensagem de erro dele trará um link novo. O e-mail de notificação também traz um.
error-bad-request-title = Não foi possível entender a solicitação
error-bad-request-body = Volte à página de retirada da pausa, recarregue-a e tente de novo.
error-forbidden-title = A solicitação foi recusada
error-forbidden-body = Para sua segurança, só é possível retirar a pausa pela própria página de retirada da pausa, na mesma sessão do navegador. Abra seu link de novo e use o botão que aparece lá.
error-not-found-title = Página não encontrada
error-not-found-body = Não há nada neste endereço. Comece de novo pela página inicial.
error-method-title = Esta ação não é possível aqui
error-method-body = Este endereço não aceita esse tipo de solicitação. Comece de novo pela página inicial.
error-too-large-title = A solicitação é grande demais
error-too-large-body = A solicitação continha mais dados do que este portal aceita. Recarregue a página de retirada da pausa e tente de novo.
error-unavailable-title = Temporariamente indisponível
error-unavailable-body = No momento, o portal não consegue acessar o banco de dados. Tente de novo daqui a um minuto e, em seguida, abra seu link outra vez para ver a situação atual.
error-internal-title = Algo deu errado
error-internal-body = Houve uma falha do nosso lado. Abra seu link de novo para ver a situação atual. Se isso voltar a acontecer, informe a referência abaixo ao pedir ajuda.
error-request-id = Referência: { $id }
error-home = Página inicial
error-too-many-title = Solicitações demais
error-too-many-body = Este navegador ou esta rede enviou, em pouco tempo, mais solicitações do que o portal aceita. Aguarde um minuto e depois abra seu link de novo.
error-unpause-too-often-title = Corrija primeiro o cliente ACME
error-unpause-too-often-body = A pausa desta conta foi retirada várias vezes recentemente, e a conta foi pausada de novo a cada vez, porque o cliente ACME dela continua falhando. Retirar a pausa outra vez não vai adiantar enquanto o cliente não for corrigido. Encontre o cliente que está falhando, corrija a configuração dele e teste-o no ambiente de testes. Você poderá retirar a pausa de novo mais tarde; o tempo de espera aparece abaixo. Se precisar de ajuda, pergunte no fórum da comunidade.
error-retry-after = Você poderá tentar de novo a partir de { $time }.
