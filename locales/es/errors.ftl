## templates/pages/error.html

error-invalid-link-title = Este enlace para quitar la pausa no es válido
error-invalid-link-body = El enlace está incompleto o se modificó por el camino. Copia el enlace completo del mensaje de error de tu cliente ACME o del correo electrónico, incluido todo lo que va después de «jwt=», y ábrelo de nuevo.
error-expired-link-title = Este enlace para quitar la pausa ha caducado
error-expired-link-body = Los enlaces para quitar la pausa funcionan durante un tiempo limitado. Para obtener uno nuevo, ejecuta tu cliente ACME una vez más (idealmente, primero en el entorno de pruebas): su mensaje de error incluirá un enlace nuevo. El correo de aviso también contiene uno.
error-bad-request-title = No se ha podido entender la solicitud
error-bad-request-body = Vuelve a la página para quitar la pausa, recárgala e inténtalo de nuevo.
error-forbidden-title = Se ha rechazado la solicitud
error-forbidden-body = Por tu seguridad, la pausa solo se puede quitar desde la propia página para quitar la pausa, en la misma sesión del navegador. Abre tu enlace de nuevo y usa el botón que aparece allí.
error-not-found-title = Página no encontrada
error-not-found-body = No hay nada en esta dirección. Empieza de nuevo desde la página de inicio.
error-method-title = Esta acción no es posible aquí
error-method-body = Esta dirección no acepta ese tipo de solicitud. Empieza de nuevo desde la página de inicio.
error-too-large-title = La solicitud es demasiado grande
error-too-large-body = La solicitud contenía más datos de los que acepta este portal. Recarga la página para quitar la pausa e inténtalo de nuevo.
error-unavailable-title = No disponible temporalmente
error-unavailable-body = En este momento el portal no puede acceder a su base de datos. Vuelve a intentarlo dentro de un minuto y, después, abre tu enlace de nuevo para ver el estado actual.
error-internal-title = Algo ha salido mal
error-internal-body = Algo ha fallado por nuestra parte. Abre tu enlace de nuevo para ver el estado actual. Si vuelve a ocurrir, indica la referencia de abajo cuando pidas ayuda.
error-request-id = Referencia: { $id }
error-home = Página de inicio
error-too-many-title = Demasiadas solicitudes
error-too-many-body = Este navegador o esta red ha enviado en poco tiempo más solicitudes de las que acepta el portal. Espera un minuto y, después, abre tu enlace de nuevo.
error-unpause-too-often-title = Primero corrige el cliente ACME
error-unpause-too-often-body = A esta cuenta se le ha quitado la pausa varias veces recientemente y cada vez ha vuelto a quedar en pausa, porque su cliente ACME sigue fallando. Quitar la pausa otra vez no servirá de nada hasta que se corrija el cliente. Localiza el cliente que falla, corrige su configuración y pruébalo en el entorno de pruebas. Podrás volver a quitar la pausa más adelante; el tiempo de espera se indica abajo. Si necesitas ayuda, pregunta en el foro de la comunidad.
error-retry-after = Puedes volver a intentarlo a partir de { $time }.
