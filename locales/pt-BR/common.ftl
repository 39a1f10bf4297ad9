## templates/base.html

common-site-name = { $ca }: portal para retirar pausas
common-skip = Pular para o conteúdo
common-nav-label = Menu do site
common-nav-help = Ajuda
common-footer-forum = Precisa de ajuda? Pergunte no fórum da comunidade.

## templates/partials/staging.html

staging-heading = Teste primeiro sua correção no ambiente de testes
staging-intro = Primeiro corrija seu cliente e depois confirme a correção no ambiente de testes (staging). Ele funciona como o ambiente de produção, mas emite certificados de teste que os navegadores não consideram confiáveis, e tem limites bem mais altos, então testar ali não custa nada. A URL de diretório dele é:
staging-clients-caption = Como apontar os clientes ACME mais populares para o ambiente de testes
staging-col-client = Cliente
staging-col-command = Comando ou configuração
staging-after = Quando seu cliente conseguir um certificado de teste no ambiente de testes, aponte-o de volta para a produção, retire a pausa e execute-o novamente.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Português (Brasil)
common-language-label = Idioma
common-language-button = Trocar
common-footer-docs = Documentação
