## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: la emisión de certificados está en pausa para la cuenta ACME { $account }
mail-paused-greeting = Hola:
mail-paused-intro = { $ca } ha puesto en pausa la emisión de certificados para tu cuenta ACME { $account }. Un cliente ACME que usa esta cuenta ha fallado durante mucho tiempo al validar algunos nombres, sin obtener ni un solo certificado, así que { $ca } ha dejado de aceptar sus solicitudes para esos nombres.
mail-paused-account = Toda la cuenta está en pausa: no puede solicitar certificados para ningún nombre hasta que le quites la pausa.
mail-paused-names =
    { $count ->
        [one] Hay un nombre en pausa:
        [many] Hay { $count } de nombres en pausa, entre ellos:
       *[other] Hay { $count } nombres en pausa, entre ellos:
    }
mail-paused-more =
    { $count ->
        [one] …y un nombre más.
        [many] …y { $count } de nombres más.
       *[other] …y { $count } nombres más.
    }
mail-paused-since = En pausa desde el { $since }.
mail-paused-client-heading = El cliente que falla
mail-paused-client-ip = Sus solicitudes llegaron desde la dirección IP { $ip }.
mail-paused-client-agent = Se identificó como: { $agent }
mail-paused-client-unknown = El servidor ACME no indicó la dirección del cliente.
mail-paused-action-heading = Qué hacer
mail-paused-action = Si todavía necesitas estos certificados, localiza el cliente, corrígelo, prueba la solución en el entorno de pruebas (staging) y, por último, quita la pausa con un solo clic en esta página:
mail-paused-link-button = Abrir la página para quitar la pausa
mail-paused-link-expiry = Este enlace funciona hasta el { $until }. Después, el error que reciba tu cliente incluirá un enlace nuevo.
mail-paused-ignore = Si ya no usas estos nombres, no tienes que hacer nada: seguirán en pausa. Eso sí, apaga el cliente olvidado, por favor.
mail-paused-footer = Recibes este correo porque esta dirección figura como contacto de la cuenta ACME { $account } en { $ca }. Se envía una sola vez por cada pausa y no contiene ningún tipo de seguimiento.
mail-in-your-language = Este aviso también está disponible en español: abre el enlace de arriba y elige «Español» en la parte superior de la página.
mail-paused-no-link = El próximo error que reciba tu cliente ACME incluirá un enlace a la página para quitar la pausa. También puedes pegar ese mensaje de error en esta página, que encontrará el enlace en él:
