## templates/pages/index.html

home-title = Cuentas ACME en pausa
home-heading = ¿Por qué se ha pausado mi cliente ACME?
home-intro = { $ca } pone en pausa la emisión de certificados para una cuenta ACME, para algunos nombres o para todos, cuando un cliente lleva mucho tiempo fallando la validación sin un solo éxito. La mayoría de esos clientes estaban olvidados; pausarlos ahorra trabajo a todo el mundo.
home-link = Si tienes un enlace del mensaje de error de tu cliente o de un correo electrónico, ábrelo: muestra exactamente qué está en pausa y te permite quitar la pausa con un solo clic.
home-no-link = ¿No tienes enlace? Ejecuta tu cliente una vez más: su mensaje de error contiene uno nuevo.
home-help-link = Qué revisar y cómo probar una solución

## templates/pages/help.html

help-title = Ayuda para cuentas ACME en pausa
help-heading = Ayuda para cuentas ACME en pausa
help-toc = En esta página
help-why-heading = ¿Por qué se ha pausado mi cuenta?
help-why = { $ca } pausa una cuenta ACME para un nombre cuando el cliente de la cuenta ha fallado una y otra vez al validar ese nombre, durante mucho tiempo, sin obtener ningún certificado. Cuando una cuenta tiene muchos nombres en pausa y ningún éxito, se puede pausar la cuenta entera. Tu cuenta en sí no tiene ningún problema: algo ha cambiado entre el cliente y el nombre.
help-check-heading = Qué revisar
help-check-domain = ¿El dominio sigue registrado y sigue siendo tuyo? Un dominio caducado nunca podrá validarse.
help-check-dns = ¿Los registros DNS del nombre (A, AAAA, CNAME) siguen apuntando al servidor donde se ejecuta el cliente?
help-check-http = ¿Ese servidor responde en el puerto 80 para ese nombre y sirve /.well-known/acme-challenge/ desde la carpeta en la que escribe el cliente?
help-check-old = ¿Hay algún servidor, contenedor o panel de hosting antiguo que siga ejecutando una tarea de renovación para un nombre que trasladaste a otro sitio? Elimina esa tarea o quita de ella el nombre.
help-unpause-heading = Quitar la pausa
help-unpause = Abre el enlace del mensaje de error de tu cliente o del correo electrónico. La página muestra lo que está en pausa; quita la pausa de todo o solo de los nombres que todavía usas. Si después el cliente sigue fallando, los nombres volverán a quedar en pausa.
help-find-link-heading = Cómo encontrar tu enlace
help-find-link = El enlace termina con «?jwt=» seguido de un código largo. Los clientes suelen dejarlo escondido en un archivo de registro o en un error JSON: busca «unpause» en el registro y copia el enlace completo.
help-forum = ¿Sigues sin solucionarlo? Pregunta en el foro de la comunidad. Indica el nombre y el error, pero no publiques el enlace: cualquiera que lo tenga puede quitar la pausa de tu cuenta.

## templates/partials/find_link.html

find-link-intro = Pega abajo el mensaje de error de tu cliente ACME o un fragmento de su registro, tan largo como quieras. El portal encuentra en él el enlace para quitar la pausa, aunque esté escapado, entre comillas o partido en varias líneas, y te lleva a él. No se guarda nada de lo que pegues.
find-link-label = Mensaje de error o fragmento del registro
find-link-button = Buscar mi enlace

## templates/pages/find_link.html

find-link-title = Buscar mi enlace
find-link-none-heading = No se ha encontrado ningún enlace para quitar la pausa
find-link-none-body = El texto no contiene ningún enlace para quitar la pausa. Busca una línea que mencione «unpause» o «jwt=», o ejecuta tu cliente una vez más y copia su mensaje de error completo.
find-link-cut-heading = Parece que el enlace está cortado
find-link-cut-body = El texto contiene el comienzo de un enlace para quitar la pausa, pero no el enlace completo. Vuelve a copiar el mensaje entero, incluida la parte en la que el enlace continúa en la línea siguiente.
find-link-empty-heading = No hay nada que buscar
find-link-empty-body = Primero pega algún texto en el cuadro.
