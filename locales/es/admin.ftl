# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Administración
admin-heading = Administración
admin-nav-label = Administración
admin-nav-overview = Resumen
admin-nav-organisations = Organizaciones
admin-nav-staff = Personal
admin-nav-recruiters = Directorio de reclutadores
admin-nav-audit = Registro de auditoría
admin-count-organisations = Organizaciones
admin-count-staff = Cuentas del personal
admin-count-workers = Cuentas de trabajadores
admin-recruiters-link = Agregar o corregir reclutadores en el directorio
admin-recent-events = Últimos eventos de seguridad
admin-audit-link = Ver todo el registro de auditoría
admin-save = Guardar los cambios
admin-saved = Sus cambios se guardaron.
admin-disabled = Desactivada
admin-enabled = Activa
admin-standing = Situación

## Audit log
admin-audit-title = Registro de auditoría
admin-audit-heading = Registro de auditoría
admin-audit-intro = Los últimos 200 eventos de seguridad, del más reciente al más antiguo. Las horas están en UTC.
admin-audit-none = Todavía no hay eventos registrados.
admin-audit-time = Hora (UTC)
admin-audit-event = Evento
admin-audit-people = Quién
admin-audit-detail = Detalle
admin-audit-actor = Por:
admin-audit-subject = Cuenta:
admin-outcome-success = Correcto
admin-outcome-failure = Fallido
admin-outcome-refused = Rechazado
admin-event-sign-in = Inicio de sesión
admin-event-sign-out = Cierre de sesión
admin-event-sign-out-everywhere = Cierre de sesión en todas partes
admin-event-password-changed = Contraseña cambiada
admin-event-account-created = Cuenta creada
admin-event-role-changed = Función cambiada
admin-event-organisation-changed = Cuenta trasladada a otra organización
admin-event-account-disabled = Cuenta desactivada
admin-event-account-enabled = Cuenta reactivada
admin-event-organisation-created = Organización agregada
admin-event-organisation-updated = Datos de la organización modificados
admin-event-recruiter-created = Reclutador agregado
admin-event-recruiter-updated = Reclutador modificado

## Organisations
admin-organisations-title = Organizaciones
admin-organisations-heading = Organizaciones
admin-organisations-none = Todavía no se ha agregado ninguna organización.
admin-organisation-create-heading = Agregar una organización
admin-organisation-create-submit = Agregar la organización
admin-organisation-edit-heading = Modificar esta organización
admin-field-organisation-name = Nombre
admin-field-kind = Tipo de organización
admin-field-countries = Países que cubre
admin-countries-hint = Códigos de país de dos letras, separados por comas o espacios, p. ej. QA, AE.
admin-field-sectors = Sectores
admin-sectors-hint = No marque ninguno si la organización atiende todos los sectores.
admin-sectors-all = Todos los sectores
admin-field-acknowledge-days = Días para acusar recibo de una queja
admin-acknowledge-days-hint = De 1 a 365 días. Normalmente 7.
admin-field-answer-days = Días para responder a una queja
admin-answer-days-hint = De 1 a 730 días, y no menos que los días para acusar recibo. Normalmente 90.
admin-deadlines = Plazos
admin-deadline-acknowledge = { $days ->
    [one] Acusar recibo en un plazo de un día
    [many] Acusar recibo en un plazo de { $days } días
   *[other] Acusar recibo en un plazo de { $days } días
}
admin-deadline-answer = { $days ->
    [one] Responder en un plazo de un día
    [many] Responder en un plazo de { $days } días
   *[other] Responder en un plazo de { $days } días
}
admin-members-heading = Personal de esta organización
admin-members-none = Todavía nadie trabaja para esta organización en FairRecruit.

## Staff
admin-staff-title = Personal
admin-staff-heading = Cuentas del personal
admin-staff-none = Todavía no hay cuentas del personal.
admin-staff-create-heading = Agregar una cuenta del personal
admin-staff-create-submit = Agregar la cuenta
admin-staff-password-hint = Al menos 8 caracteres, y que no sea una contraseña común. Entréguela a la persona de forma segura; ella puede cambiarla en la página de su cuenta.
admin-organisation-none = Ninguna organización
admin-organisation-hint = Los inspectores pertenecen a una inspección del trabajo o a una autoridad del país de origen; los representantes sindicales, a un sindicato; los gestores de casos, a una organización de asistencia jurídica. Los moderadores y los administradores no pertenecen a ninguna.
admin-field-lead = Responsable de la organización (recibe avisos de escalamientos y casos vencidos)
admin-field-disabled = Cuenta desactivada (la persona no puede iniciar sesión)
admin-staff-edit-heading = Modificar esta cuenta
admin-staff-edit-hint = Al guardar un cambio, se cierran a la vez todas las sesiones de la persona.
admin-staff-self-hint = Esta es su propia cuenta: no puede quitarse la función de administrador ni desactivarla.

## Recruiter directory
admin-recruiters-title = Directorio de reclutadores
admin-recruiters-heading = Directorio de reclutadores
admin-recruiter-create-heading = Agregar un reclutador con licencia
admin-recruiter-create-submit = Agregar el reclutador
admin-recruiter-edit-heading = Corregir este reclutador
admin-recruiter-edit-hint = Un cambio en el estado de la licencia se agrega al historial público de la licencia del reclutador con la fecha de hoy.
admin-recruiter-public-link = Ver el perfil público
admin-field-recruiter-name = Nombre de la agencia
admin-field-licensing-country = País que otorgó la licencia
admin-licensing-country-hint = Código de país de dos letras, p. ej. NP para Nepal.

## Errors
admin-error-role = Elija una función de la lista.
admin-error-own-role = No puede quitarse su propia función de administrador. Pídaselo a otro administrador.
admin-error-own-disable = No puede desactivar su propia cuenta. Pídaselo a otro administrador.
admin-error-country-code = Use códigos de país de dos letras, como NP, QA o AE, separados por comas.
admin-error-destinations-too-many = Indique 60 países de destino como máximo.
admin-error-name-required = Indique el nombre de la agencia.
admin-error-licence-required = Indique el número de licencia.
admin-error-licence-taken = Otro reclutador ya tiene este número de licencia en este país.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Función
admin-detail-organisation = Organización
admin-detail-kind = Tipo
admin-detail-countries = Países
admin-detail-sectors = Sectores
admin-detail-days = Plazos (días)
admin-detail-recruiter = Reclutador
admin-detail-status = Estado de la licencia
admin-detail-reason = Motivo
admin-detail-reason-throttled = demasiados intentos
admin-detail-reason-disabled = cuenta desactivada

## Setting a staff member's password
admin-password-heading = Crear una contraseña nueva
admin-password-hint = Para un miembro del personal que perdió su contraseña. Sus sesiones se cierran de inmediato. Entréguele la contraseña nueva de forma segura; puede cambiarla en la página de su cuenta.
admin-password-submit = Guardar la contraseña
admin-error-own-password = Cambie su propia contraseña en la página de su cuenta.
admin-event-password-reset = Contraseña asignada por un administrador
admin-warning-look-alike = Este nombre se parece al de una agencia de la lista. No se guardó.
admin-look-alike-list = Compruebe que no sea una de estas agencias:
admin-look-alike-confirm = Es otra agencia: guardarla de todos modos

## Two-step sign-in
admin-second-factor-on = configurada
admin-second-factor-off = todavía sin configurar (se pedirá en el próximo inicio de sesión)
admin-second-factor-heading = Restablecer la verificación en dos pasos
admin-second-factor-hint = Para alguien que perdió su teléfono y también sus códigos de recuperación. Sus sesiones se cierran; en su próximo inicio de sesión configura una aplicación nueva. Se le avisa por correo.
admin-second-factor-submit = Restablecer la verificación en dos pasos
admin-event-second-factor-enrolled = Verificación en dos pasos configurada
admin-event-second-factor-replaced = Verificación en dos pasos pasada a una aplicación nueva
admin-event-second-factor-removed = Verificación en dos pasos desactivada
admin-event-second-factor-reset = Verificación en dos pasos restablecida por un administrador
admin-detail-reason-second-factor = código incorrecto o ya usado
admin-detail-reason-no-second-factor = verificación en dos pasos sin configurar
admin-detail-reason-recovery-code = con un código de recuperación

## API keys of intake partners (issue 18)
admin-partner-keys-link = Claves de API
admin-partner-keys-title = Claves de API de { $name }
admin-partner-keys-intro = Una clave permite que el chatbot o el sistema de línea telefónica de este socio presente quejas y opiniones en nombre de los trabajadores, con el consentimiento que dieron, y dé seguimiento a lo que presentó. Nada más. La clave se muestra una sola vez, al crearla; solo se guarda un hash de ella.
admin-partner-keys-none = Este socio todavía no tiene claves.
admin-partner-keys-col-name = Nombre
admin-partner-keys-col-made = Creada
admin-partner-keys-col-expires = Vence
admin-partner-keys-col-used = Último uso
admin-partner-keys-col-state = Estado
admin-partner-keys-never = nunca
admin-partner-keys-active = activa
admin-partner-keys-revoked = revocada
admin-partner-keys-expired = vencida
admin-partner-keys-revoke = Revocar
admin-partner-keys-create-heading = Crear una clave
admin-partner-keys-name = Nombre de la clave
admin-partner-keys-name-hint = Indique dónde se usa, por ejemplo "Bot de WhatsApp" o "Línea telefónica, Katmandú".
admin-partner-keys-days = Válida por (días, de 1 a 365)
admin-partner-keys-create = Crear la clave
admin-partner-keys-shown-once = La clave nueva se muestra solo ahora. Cópiela en el sistema del socio: nadie podrá verla de nuevo. Si se pierde, revóquela y cree otra.
admin-partner-keys-revoked-done = La clave fue revocada: desde ahora se rechaza toda solicitud hecha con ella.
error-partner-key-name = Dé a la clave un nombre de 1 a 100 caracteres.
error-partner-key-days = Una clave es válida de 1 a 365 días.
error-partner-key-not-partner = Las claves de API son solo para organizaciones del tipo socio de recepción.
