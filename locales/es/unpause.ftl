## templates/pages/unpause.html

unpause-title = Quitar la pausa de tu cuenta ACME
unpause-heading-paused = La emisión de certificados está en pausa para esta cuenta
unpause-heading-clear = No hay nada en pausa para esta cuenta
unpause-account = Cuenta ACME { $account }
unpause-account-paused = Toda la cuenta está en pausa desde el { $since }: no puede solicitar certificados para ningún nombre hasta que le quites la pausa.
unpause-count =
    { $count ->
        [one] Hay un nombre en pausa.
       *[other] Hay { $count } nombres en pausa.
    }
unpause-since = La pausa más antigua es del { $since }.
unpause-why-heading = Por qué ha ocurrido esto
unpause-why = Un cliente ACME que usa esta cuenta lleva mucho tiempo sin conseguir validar estos nombres, sin obtener ni un solo certificado. Esto suele significar que el cliente quedó olvidado: el dominio caducó, su DNS ahora apunta a otro sitio, el servidor web cambió o una tarea antigua de un panel de hosting sigue ejecutándose. Para evitar ese trabajo inútil, { $ca } ya no acepta solicitudes de esta cuenta para estos nombres.
unpause-what-heading = Quitar la pausa
unpause-what = Al quitar la pausa, esta cuenta puede volver a solicitar certificados para estos nombres de inmediato. Si el cliente sigue fallando, los nombres volverán a quedar en pausa.
unpause-all-button = Quitar la pausa de todo
unpause-select-heading = O quita la pausa solo de algunos nombres
unpause-select-hint = Marca los nombres que todavía usas y pulsa el botón de abajo.
unpause-name-since = desde el { $since }
unpause-more =
    { $count ->
        [one] Hay un nombre más en pausa que no aparece aquí; «Quitar la pausa de todo» también lo incluye.
       *[other] Hay { $count } nombres más en pausa que no aparecen aquí; «Quitar la pausa de todo» también los incluye.
    }
unpause-selected-button = Quitar la pausa solo de los nombres marcados
unpause-clear-text = No hay ninguna pausa que quitar: esta cuenta puede solicitar certificados para cualquier nombre. Si tu cliente sigue informando de una pausa, es posible que el error venga de otra cuenta.
unpause-help-link = Qué revisar y cómo probar una solución

## templates/pages/unpause_status.html

status-title = Resultado
status-done-heading = Pausa retirada
status-account = Se ha retirado la pausa de toda la cuenta.
status-names =
    { $count ->
        [0] No había ningún nombre en pausa.
        [one] Se ha quitado la pausa de un nombre.
       *[other] Se ha quitado la pausa de { $count } nombres.
    }
status-remaining =
    { $count ->
        [one] Un nombre sigue en pausa. Abre tu enlace otra vez para quitarle también la pausa.
       *[other] { $count } nombres siguen en pausa. Abre tu enlace otra vez para quitarles también la pausa.
    }
status-next = Tu cliente ya puede volver a solicitar certificados. Vigila su próxima ejecución: si vuelve a fallar, los nombres volverán a quedar en pausa.
status-nothing-heading = No había nada en pausa
status-nothing = Ya no quedaba ninguna pausa; no se ha cambiado nada.
status-none-heading = No se ha quitado ninguna pausa recientemente
status-none = Esta página muestra el resultado de una pausa retirada desde este navegador. Para ver el estado actual, abre el enlace del mensaje de error de tu cliente ACME o del correo electrónico.
unpause-count-many = Hay más de { $count } nombres en pausa.
unpause-more-many = Hay muchos más nombres en pausa que no aparecen aquí; «Quitar la pausa de todo» también los incluye.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Tras una nueva pausa, no se podrá reanudar aquí de nuevo antes del { $until }: primero corrija y pruebe el cliente.
        [one] Antes del { $until } solo queda una reanudación más tras una nueva pausa: primero corrija y pruebe el cliente.
       *[other] Antes del { $until } solo quedan { $count } reanudaciones más tras una nueva pausa: primero corrija y pruebe el cliente.
    }
