# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = El texto del caso está abierto para usted.
sealed-unreadable = (sellado: no se puede abrir aquí)
error-sealed-sign-in-again = Esta sesión no puede abrir el contenido sellado de los casos. Cierre la sesión y vuelva a iniciarla.
error-sealed-not-given = Todavía no tiene la clave de su organización. Un responsable de su organización se la puede dar en la página de la clave de la organización.
error-sealed-waiting = Este caso llegó a su organización después de que se presentó; su texto se abrirá para usted la próxima vez que el trabajador lo consulte con su comprobante.
error-sealed-destroyed = Lo que escribió el trabajador fue borrado.
error-sealed-no-key = Su organización todavía no tiene clave. Un responsable la crea en la página de la clave de la organización.

track-your-words = Lo que usted escribió

org-key-link = La clave de su organización
org-key-title = La clave de su organización
org-key-intro = Las quejas se guardan selladas. Solo los miembros que tienen la clave de su organización pueden leer lo que los trabajadores escribieron a su organización; los administradores no pueden.
org-key-none = Su organización todavía no tiene clave, así que no se puede sellar nada para ella.
org-key-make = Crear la clave
org-key-you-hold = Usted tiene la clave.
org-key-you-lack = Usted no tiene la clave. Pida a un responsable de su organización que se la dé.
org-key-members = Miembros
org-key-lead = responsable
org-key-holds = tiene la clave
org-key-lacks = no tiene la clave
org-key-not-signed-in = no ha iniciado sesión desde que se empezaron a sellar las quejas
org-key-give = Dar la clave
org-key-given = Se dio la clave.
org-key-code-heading = El código de recuperación de su organización
org-key-code-hint = Anótelo y guárdelo en un lugar seguro, lejos de esta computadora. Se muestra solo esta vez. Si todos los responsables pierden su contraseña, este código devuelve la clave.
org-key-recover-heading = Recuperar la clave con el código de recuperación
org-key-recover-hint = Al usar el código, se reemplaza por uno nuevo, que se muestra una sola vez.
org-key-code-field = Código de recuperación
org-key-recover = Recuperar la clave
org-key-error-exists = Su organización ya tiene una clave.
org-key-error-no-keyring = Este miembro no ha iniciado sesión desde que se empezaron a sellar las quejas. Se le puede dar la clave después de que inicie sesión.
org-key-error-code-format = Un código de recuperación tiene 24 letras y cifras, en grupos de cuatro.
org-key-error-code-wrong = Este no es el código de recuperación de su organización.
org-key-error-none = Su organización todavía no tiene clave.

track-delete-heading = Borrar lo que escribió
track-delete-hint = Su texto, sus datos de contacto y los mensajes con las organizaciones se borran ahora, para siempre. Las organizaciones conservan los hechos (la agencia, los países, lo que pasó) y sus propias notas.
track-delete-confirm = Entiendo que esto no se puede deshacer
track-delete-submit = Borrar lo que escribí
track-delete-confirm-required = Marque la casilla para confirmar.
track-deleted = Lo que usted escribió fue borrado.

org-retention-heading = Cuánto tiempo se guardan los casos
org-retention-now = { $days ->
    [one] Lo que escribieron los trabajadores se destruye { $days } día después de que un caso se resuelve o se cierra (30 días después de un retiro).
    [many] Lo que escribieron los trabajadores se destruye { $days } días después de que un caso se resuelve o se cierra (30 días después de un retiro).
   *[other] Lo que escribieron los trabajadores se destruye { $days } días después de que un caso se resuelve o se cierra (30 días después de un retiro).
}
org-retention-field = Días
org-retention-hint = De 30 a 3650. Los hechos contabilizados en los informes se conservan.
org-retention-submit = Guardar
org-retention-saved = Guardado.
org-retention-error-days = Escriba un número de días de 30 a 3650.

admin-password-key-hint = La persona también pierde la clave de su organización, y usted no puede leer sus casos: un responsable de esa organización le vuelve a dar la clave.
sealed-grantors = Responsables que pueden darla: { $names }.
