## templates/base.html

common-site-name = Portal de { $ca } para quitar pausas
common-skip = Saltar al contenido
common-nav-label = Sitio
common-nav-help = Ayuda
common-footer-forum = ¿Necesitas ayuda? Pregunta en el foro de la comunidad.

## templates/partials/staging.html

staging-heading = Prueba primero tu solución en el entorno de pruebas
staging-intro = Primero corrige tu cliente y después comprueba la solución en el entorno de pruebas (staging). Funciona igual que el de producción, pero emite certificados de prueba en los que los navegadores no confían y tiene límites mucho más altos, así que probar allí no cuesta nada. Su URL de directorio es:
staging-clients-caption = Cómo configurar los clientes ACME más populares para usar el entorno de pruebas
staging-col-client = Cliente
staging-col-command = Comando o ajuste
staging-after = Cuando tu cliente obtenga un certificado de prueba del entorno de pruebas, vuelve a configurarlo para producción, quita la pausa y ejecútalo de nuevo.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Español
common-language-label = Idioma
common-language-button = Cambiar
common-footer-docs = Documentación
