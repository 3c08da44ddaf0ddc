# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Hola:
mail-open-link = Inicie sesión para leerlo:
mail-footer = Recibe este correo porque su cuenta de FairRecruit pidió avisos. Puede cambiar el idioma o dejar de recibir estos correos en la página de su cuenta:

mail-new-referral-subject = Nuevo caso para { $organisation }
mail-new-referral-body = Se derivó un nuevo caso a { $organisation } en FairRecruit.
mail-worker-reply-subject = Un trabajador respondió en un caso
mail-worker-reply-body = El trabajador agregó un mensaje a uno de los casos de su organización.
mail-overdue-acknowledge-subject = Un caso superó su plazo de acuse de recibo
mail-overdue-acknowledge-body = No se acusó recibo de un caso de su organización dentro de su plazo.
mail-overdue-answer-subject = Un caso superó su plazo de respuesta
mail-overdue-answer-body = Un caso de su organización no recibió respuesta dentro de su plazo.
mail-complaint-acknowledged-subject = Su queja fue recibida
mail-complaint-acknowledged-body = { $organisation } acusó recibo de su queja.
mail-complaint-resolved-subject = Su queja tiene un resultado
mail-complaint-resolved-body = { $organisation } registró un resultado para su queja.
mail-review-approved-subject = Su opinión está publicada
mail-review-approved-body = Su opinión sobre { $recruiter } se publicó. Gracias por ayudar a otros trabajadores.
mail-review-rejected-subject = Su opinión no se publicó
mail-review-rejected-body = Su opinión sobre { $recruiter } no se publicó. En la página de su cuenta se explica por qué.
mail-digest-subject = Su resumen diario de FairRecruit
mail-digest-body = Desde su último resumen:
mail-digest-line-new-referral = { $count ->
    [one] { $count } caso nuevo
    [many] { $count } casos nuevos
   *[other] { $count } casos nuevos
}
mail-digest-line-worker-reply = { $count ->
    [one] { $count } respuesta de un trabajador
    [many] { $count } respuestas de trabajadores
   *[other] { $count } respuestas de trabajadores
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } caso que superó su plazo de acuse de recibo
    [many] { $count } casos que superaron su plazo de acuse de recibo
   *[other] { $count } casos que superaron su plazo de acuse de recibo
}
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } caso que superó su plazo de respuesta
    [many] { $count } casos que superaron su plazo de respuesta
   *[other] { $count } casos que superaron su plazo de respuesta
}

## Account settings

account-notices-heading = Avisos
account-notices-hint = Los correos van a la dirección de arriba y solo dicen que algo cambió, nunca lo que dice una queja.
account-notices-language = Idioma de los correos
account-notices-how = ¿Cómo prefiere recibirlos?
account-notices-each = Un correo por cada evento
account-notices-digest = Un resumen al día
account-notices-none = Ningún correo
account-notices-submit = Guardar la configuración de avisos
account-notices-saved = Configuración de avisos guardada.
error-notices-language = Elija uno de los idiomas de la lista.
error-notices-choice = Elija cómo prefiere recibir sus avisos.
error-notices-digest-leads = Solo los responsables de una organización pueden elegir un resumen diario.

## Administrators: mail

admin-nav-mail = Correo
admin-mail-title = Correo
admin-mail-heading = Avisos por correo
admin-mail-intro = Los avisos esperan en una bandeja de salida hasta que el servidor de correo los toma. Un correo que sigue fallando, o que el servidor rechaza definitivamente, se abandona y aparece aquí con su último error.
admin-mail-pending = En espera de envío
admin-mail-dead = Abandonados
admin-mail-none-dead = No se ha abandonado ningún correo.
admin-mail-retry-all-hint = Después de corregir la configuración del correo, vuelva a poner en la cola todos los correos de abajo.
admin-mail-retry-all = Reintentar todos
admin-mail-created = Creado
admin-mail-kind = Aviso
admin-mail-recipient = Destinatario
admin-mail-attempts = Intentos
admin-mail-error = Último error
admin-mail-retry = Reintentar
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] Un correo volvió a la cola.
    [many] { $count } correos volvieron a la cola.
   *[other] { $count } correos volvieron a la cola.
}
admin-mail-kind-new-referral = Caso nuevo
admin-mail-kind-worker-reply = Respuesta de un trabajador
admin-mail-kind-overdue-acknowledge = Acuse de recibo vencido
admin-mail-kind-overdue-answer = Respuesta vencida
admin-mail-kind-complaint-acknowledged = Acuse de recibo de la queja (al trabajador)
admin-mail-kind-complaint-resolved = Queja resuelta (al trabajador)
admin-mail-kind-review-approved = Opinión publicada (a su autor)
admin-mail-kind-review-rejected = Opinión no publicada (a su autor)
admin-mail-kind-digest = Resumen diario

## Watchlists

admin-mail-kind-watch-summary = Resumen semanal de la lista de seguimiento
mail-watch-summary-subject = Su resumen semanal de la lista de seguimiento
mail-watch-summary-body = Lo que cambió esta semana sobre los reclutadores que usted sigue:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } opinión nueva
    [many] { $count } opiniones nuevas
   *[other] { $count } opiniones nuevas
}
mail-watch-rating = calificación { $from } → { $to }
mail-watch-rating-new = calificación actual { $to }
mail-watch-complaints = { $count } quejas nuevas
mail-watch-complaints-few = menos de 5 quejas nuevas
watchlist-title = Lista de seguimiento
watchlist-heading = Mi lista de seguimiento
watchlist-intro = Los reclutadores que usted sigue. Una vez por semana recibe un correo que dice qué cambió sobre ellos: opiniones nuevas, la calificación, la licencia, quejas nuevas (solo cuántas, nunca de quién).
watchlist-empty = Todavía no sigue a ningún reclutador.
watchlist-reviews = { $count ->
    [one] { $count } opinión
    [many] { $count } opiniones
   *[other] { $count } opiniones
}
watchlist-rating = calificación { $rating } de 5
watchlist-rating-few = muy pocas opiniones para una calificación
watchlist-remove = Dejar de seguir
watchlist-add-heading = Seguir a un reclutador
watchlist-add-label = Número de licencia o ID de FairRecruit
watchlist-add-hint = El número de licencia tal como aparece en el directorio, o el ID que está al final de la dirección de la página del reclutador. Hasta { $max } reclutadores.
watchlist-add-submit = Seguir
watchlist-added = Agregado a su lista de seguimiento.
watchlist-removed = Quitado de su lista de seguimiento.
error-watch-recruiter = Ningún reclutador del directorio tiene este número de licencia o este ID.
error-watch-limit = Su lista de seguimiento está llena. Deje de seguir a uno antes de agregar otro.
recruiter-watch-link = Sindicatos e inspectores: agreguen este reclutador a su lista de seguimiento

mail-password-reset-subject = Cree una contraseña nueva de FairRecruit
mail-password-reset-body = Alguien, esperamos que usted, pidió crear una contraseña nueva para su cuenta de FairRecruit. El enlace de abajo funciona una sola vez, durante 30 minutos. Si no fue usted, no haga nada: su contraseña sigue igual.
admin-mail-kind-password-reset = Enlace para cambiar la contraseña (al personal)

mail-second-factor-reset-subject = Se restableció su verificación en dos pasos de FairRecruit
mail-second-factor-reset-body = Un administrador restableció la verificación en dos pasos de su cuenta de FairRecruit y cerró todas sus sesiones. La próxima vez que inicie sesión, vuelva a configurar su aplicación de autenticación. Si usted no pidió esto, avise de inmediato a su administrador.
admin-mail-kind-second-factor-reset = Verificación en dos pasos restablecida (al personal)
admin-mail-kind-webhook-acknowledged = Webhook de estado: acusado recibo (al socio de admisión)
admin-mail-kind-webhook-question = Webhook de estado: mensaje para el trabajador (al socio de admisión)
admin-mail-kind-webhook-resolved = Webhook de estado: resuelto (al socio de admisión)
admin-mail-kind-webhook-closed = Webhook de estado: cerrado (al socio de admisión)
