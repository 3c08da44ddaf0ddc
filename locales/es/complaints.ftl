# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = Presentar una queja
complaint-new-heading = Presentar una queja confidencial
complaint-new-intro = Cuéntenos qué pasó. Solo la enviamos a las organizaciones que usted elija, en los países de su viaje. Solo son obligatorios el reclutador y los dos países.
complaint-new-safety = No necesita dar su nombre, su correo electrónico ni su número de teléfono. Nunca preguntamos por su situación migratoria y nunca compartimos nada con las autoridades de inmigración.
complaint-section-recruiter = Quién lo reclutó
complaint-about = Sobre:
complaint-recruiter-hint = Busque la agencia en el directorio y elija allí "Presentar una queja confidencial sobre este reclutador", o escriba abajo el nombre del agente o intermediario.
complaint-recruiter-find = Buscar en el directorio
complaint-recruiter-link = Presentar una queja confidencial sobre este reclutador
complaint-field-sub-agent = Nombre del agente o intermediario
complaint-sub-agent-hint = Una persona intermediaria sin licencia, por ejemplo alguien de su pueblo que consigue trabajadores. Escriba el nombre como usted lo conoce.
complaint-field-sub-agent-country = País donde trabaja este agente
complaint-choose = — elija —
complaint-section-journey = Su viaje
complaint-field-origin = País del que salió
complaint-field-destination = País al que fue (o al que iba a ir)
complaint-field-stage = ¿Dónde está usted ahora?
complaint-field-sector = Tipo de trabajo
complaint-field-occupation = Su trabajo
complaint-field-departure-year = Año en que salió
complaint-section-danger = Su seguridad
complaint-field-in-danger = Estoy en peligro ahora
complaint-in-danger-hint = Marque esto si usted u otras personas corren peligro ahora. Estas quejas se leen primero. En una emergencia, llame también al número de emergencias local.
complaint-field-workers = ¿A cuántos trabajadores afecta esto? Cuéntese usted también.
complaint-section-issues = Qué pasó
complaint-issues-hint = Marque todo lo que corresponda. También puede no marcar nada y solo escribir.
complaint-field-description = Con sus propias palabras
complaint-description-hint = Qué pasó, cuándo y quién participó. No escriba nada que no quiera que lean las organizaciones.
complaint-section-money = Dinero
complaint-money-hint = Cantidades en números, por ejemplo 1500 o 1500.50 (con punto antes de los centavos).
complaint-field-fee = Comisiones que pagó para conseguir el trabajo
complaint-field-currency = Moneda
complaint-field-promised-wage = Salario mensual que le prometieron
complaint-field-actual-wage = Salario mensual que recibió el primer mes
complaint-field-wage-currency = Moneda del salario
complaint-field-visa-type = Tipo de visa
complaint-costs-hint = ¿Qué cosas pagó? Marque cada tipo de gasto.
complaint-field-lender = ¿Pidió dinero prestado para pagar? ¿A quién?
complaint-lender-none = No pedí prestado
complaint-section-remedy = Lo que usted pide
complaint-section-consent = Quién puede recibir su queja
complaint-consent-hint = Su queja solo llega a los tipos de organización que usted marque, y solo a las que cubren sus países.
complaint-share-labour-inspectorate = Inspecciones del trabajo (gobierno, en el país donde trabaja)
complaint-share-origin-authority = Autoridades de contratación (gobierno, en su país de origen)
complaint-share-trade-union = Sindicatos
complaint-share-legal-aid = Organizaciones de asistencia jurídica
complaint-no-immigration = Ninguna de estas organizaciones aplica las leyes de inmigración.
complaint-section-contact = Cómo podemos comunicarnos con usted
complaint-account-hint = "Mi cuenta" vincula esta queja con la cuenta con la que inició sesión. Elija "Solo mi comprobante" para seguir en el anonimato: así nada la vincula con su cuenta.
complaint-field-contact = Un contacto que usted elige (teléfono, WhatsApp, correo electrónico o una persona)
complaint-contact-hint = Solo si eligió "Un contacto que yo elijo". Indique uno que sea seguro para usted.
complaint-field-safe-times = Horarios en los que es seguro comunicarse con usted
complaint-contact-consent = Quién puede ver este contacto (solo organizaciones que también reciben la queja):
complaint-section-behalf = Presentar la queja por un trabajador
complaint-field-behalf-consent = El trabajador aceptó que yo presente esta queja por él y aceptó las opciones de arriba.
complaint-submit = Enviar la queja
complaint-contact-receipt_only = Solo mi comprobante (anónimo)
complaint-contact-account = Mi cuenta
complaint-contact-contact = Un contacto que yo elijo

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = Alguien se aprovechó de mi situación difícil
complaint-issue-deception = Me engañaron o me mintieron
complaint-issue-restriction_of_movement = No tengo libertad para salir o irme
complaint-issue-isolation = Me mantienen lejos de otras personas
complaint-issue-physical_sexual_violence = Violencia física o sexual
complaint-issue-intimidation_threats = Amenazas o intimidación
complaint-issue-retention_of_documents = No me dejan tener mi pasaporte o mi documento de identidad
complaint-issue-withholding_of_wages = Me retienen el salario
complaint-issue-debt_bondage = Tengo que trabajar para pagar una deuda
complaint-issue-abusive_conditions = Condiciones de trabajo o de vida muy malas
complaint-issue-excessive_overtime = Demasiadas horas de trabajo
complaint-issue-fees_charged = Pagué comisiones para conseguir el trabajo
complaint-issue-job_deception = El trabajo o el salario no es lo que me prometieron
complaint-issue-contract_substitution = Cambiaron mi contrato por otro
complaint-issue-no_contract = No hubo contrato, o no lo pude entender
complaint-issue-documents_retained = El reclutador se quedó con mis documentos
complaint-issue-wages_unpaid = Salario no pagado
complaint-issue-discrimination = Discriminación
complaint-issue-harassment = Acoso
complaint-issue-unlicensed_recruiter = El reclutador no tenía licencia
complaint-stage-before_departure = Todavía en mi país, antes de salir
complaint-stage-in_transit = En camino
complaint-stage-at_destination = En el país donde trabajo
complaint-stage-returned = De vuelta en mi país
complaint-remedy-refund = Que me devuelvan mi dinero
complaint-remedy-unpaid_wages = Mi salario no pagado
complaint-remedy-documents_returned = Que me devuelvan mis documentos
complaint-remedy-repatriation = Volver a mi país
complaint-remedy-change_of_employer = Cambiar de empleador
complaint-remedy-other = Otra cosa

## The receipt

receipt-title = Su comprobante
receipt-heading = Recibimos su queja
receipt-intro = Este es su número de comprobante:
receipt-once = Se lo mostramos solo ahora, una vez. No lo guardamos y no lo podemos enviar otra vez. Sin él, nadie puede encontrar su queja, ni siquiera usted.
receipt-how-write = Anótelo o tómele una foto, y guárdelo en un lugar seguro.
receipt-how-track = Para ver qué pasa, responder preguntas o retirar la queja, escríbalo en
receipt-how-safe = Cualquier persona que tenga este número puede leer las respuestas a su queja: no se lo dé a nadie.
receipt-behalf = Entregue este número al trabajador, de forma segura.
receipt-routed = { $count ->
    [one] Se envió a una organización.
    [many] Se envió a { $count } organizaciones.
   *[other] Se envió a { $count } organizaciones.
}
receipt-unrouted = Todavía no se ha unido ninguna organización que cubra sus países. Su queja queda guardada y nuestros administradores están buscando una; vuelva a consultar con su comprobante.

## Following a complaint

track-title = Seguir su queja
track-heading = Seguir su queja
track-intro = Escriba el comprobante de 16 cifras que recibió cuando presentó la queja.
track-field-receipt = Número de comprobante
track-submit = Ver mi queja
track-lost = No guardamos ninguna copia de los comprobantes, así que un comprobante perdido no se puede recuperar. Puede presentar la queja otra vez.
track-received = Recibida el { $day }.
track-is-withdrawn = Usted retiró esta queja.
track-no-referrals = Todavía no ha llegado a ninguna organización. Estamos buscando una que cubra sus países.
track-kind = Tipo
track-status = Estado
track-opened = Recibida por la organización
track-outcome = Resultado
track-question-waiting = Esta organización espera su respuesta.
track-from-you = Usted
track-from-staff = La organización
track-answer = Su respuesta
track-add-information = Agregar información
track-send = Enviar
track-message-sent = Su mensaje se envió.
track-withdrawn = Su queja está retirada. Se avisó a las organizaciones.
track-withdraw-heading = Retirar la queja
track-withdraw-hint = Si la retira, todas las organizaciones cierran su queja. Esto no se puede deshacer.
track-withdraw-confirm = Sí, quiero retirar mi queja
track-withdraw-submit = Retirar
track-linked-heading = Quejas vinculadas con su cuenta
track-linked-hint = Usted eligió vincularlas con su cuenta. Para responder o retirar una queja, escriba su comprobante arriba.

## Referral statuses, priorities, outcomes

case-status-new = Nuevo
case-status-acknowledged = Recibido
case-status-investigating = En investigación
case-status-awaiting_worker = Esperando al trabajador
case-status-resolved = Resuelto
case-status-closed = Cerrado
case-close-reason-out_of_jurisdiction = Fuera de la competencia de esta organización
case-close-reason-unfounded = Los hechos encontrados no lo respaldan
case-close-reason-withdrawn = Retirado por el trabajador
case-remedy-money_recovered = Dinero recuperado
case-remedy-documents_returned = Documentos devueltos
case-remedy-licence_action = Medida contra la licencia del reclutador
case-remedy-prosecution_referral = Remitido a la fiscalía
case-remedy-other = Otra reparación
case-money-recovered = recuperado: { $amount }
case-priority-urgent = Urgente
case-priority-high = Alta
case-priority-normal = Normal
case-priority-low = Baja
case-action-acknowledge = Acusar recibo
case-action-investigate = Empezar la investigación
case-action-ask_worker = Preguntar al trabajador (primero envíe un mensaje)
case-action-resume = Retomar la investigación
case-action-resolve = Resolver con un resultado
case-action-close = Cerrar con un motivo

## Staff: the queue

inspect-title = Casos
inspect-heading = Casos de su organización
inspect-filter-status = Estado
inspect-filter-priority = Prioridad
inspect-filter-country = País (de origen o de destino)
inspect-filter-recruiter = ID del reclutador
inspect-filter-overdue = Solo vencidos
inspect-filter-submit = Filtrar
inspect-status-open = Casos abiertos
inspect-status-all = Todos los casos
inspect-priority-any = Cualquier prioridad
inspect-country-any = Cualquier país
inspect-escalations-heading = Escalamientos (responsables)
inspect-escalations-none = No hay casos vencidos.
inspect-escalation-acknowledge = sin acuse de recibo a tiempo
inspect-escalation-answer = sin respuesta a tiempo
inspect-queue-heading = Cola: primero los más urgentes, luego los más antiguos
inspect-empty = Ningún caso coincide.
inspect-same-recruiter = Todos los casos sobre este reclutador

## Staff: one case

case-title = Caso { $id }
case-back = Volver a los casos
case-saved = Guardado.
case-withdrawn = El trabajador retiró esta queja.
case-on-behalf = Presentada por un gestor de casos en nombre del trabajador, con su consentimiento.
case-recruiter-profile = Perfil del reclutador
case-in-danger = En peligro ahora
case-overdue = Vencido
case-sub-agent = Agente sin licencia
case-priority = Prioridad
case-priority-overridden = (fijada por el personal)
case-status = Estado
case-collective = Caso colectivo
case-facts-heading = La queja
case-fact-received = Recibida
case-fact-corridor = Corredor
case-fact-workers = Trabajadores afectados
case-fact-acknowledge-by = Plazo para acusar recibo
case-fact-answer-by = Plazo para responder
case-fact-licensing-country = País de la licencia
case-fact-sector = Sector
case-fact-occupation = Ocupación
case-fact-departure-year = Año de salida
case-fact-stage = Dónde está ahora el trabajador
case-fact-fee = Comisiones pagadas por el trabajo
case-fact-promised-wage = Salario mensual prometido
case-fact-actual-wage = Salario recibido el primer mes
case-fact-issues = Qué pasó
case-fact-remedies = Lo que pide el trabajador
case-fact-description = Con las palabras del trabajador
case-fact-contact = Contacto elegido por el trabajador
case-fact-safe-times = Horarios seguros para el contacto
case-fact-costs = Gastos pagados
case-fact-loan = Préstamo para pagar
case-fact-visa-type = Tipo de visa
case-contact-heading = Contacto
case-contact-withheld = El trabajador dio un contacto, pero no permitió que su tipo de organización lo vea. Escríbale mediante los mensajes de abajo: los lee con su comprobante.
case-contact-none = El trabajador sigue la queja solo con su comprobante. Escríbale mediante los mensajes de abajo.
case-collective-heading = Caso colectivo
case-collective-member = Parte del caso colectivo { $id }:
case-same-recruiter = { $count ->
    [0] Ningún otro caso abierto aquí trata de este reclutador.
    [one] Otro caso abierto aquí trata de este reclutador.
    [many] Otros { $count } casos abiertos aquí tratan de este reclutador.
   *[other] Otros { $count } casos abiertos aquí tratan de este reclutador.
}
case-group-submit = Agruparlos en un solo caso colectivo
case-actions-heading = Siguiente paso
case-field-action = Paso
case-field-reason = Motivo o nota (obligatorio para cerrar)
case-field-priority-reason = Por qué (obligatorio)
case-field-close-reason = Por qué se cierra
case-field-remedies = Resultado: reparaciones obtenidas
case-field-amount = Dinero recuperado (cantidad)
case-field-whole-group = Aplicar a todos los casos del caso colectivo
case-action-submit = Registrar este paso
case-messages-heading = Mensajes y notas
case-messages-none = Todavía no hay mensajes.
case-note = Nota interna
case-from-worker = Del trabajador
case-to-worker = Al trabajador
case-field-message = Mensaje al trabajador
case-field-internal = Nota interna (el trabajador nunca la ve)
case-message-submit = Enviar
case-priority-heading = Cambiar la prioridad
case-priority-submit = Cambiar la prioridad
case-refer-heading = Derivar
case-refer-hint = Abre un caso en otra organización. Solo se ofrecen los tipos de organización que el trabajador aceptó.
case-field-organisation = Organización
case-refer-submit = Derivar
case-timeline-heading = Cronología
case-step-opened = Caso abierto
case-step-referred-on = Derivado a otra organización
case-step-priority = Prioridad cambiada
case-step-grouped = Agregado a un caso colectivo
case-step-escalated = Plazo vencido: se avisó a los responsables

## Administrators

unrouted-title = Quejas todavía sin derivar
unrouted-heading = Quejas que ninguna organización recibió
unrouted-intro = Ninguna organización de los tipos que aceptó el trabajador cubre los países de estas quejas. Agregue una organización que las cubra. Su contenido no se muestra aquí.
unrouted-none = Todas las quejas llegaron a una organización.
unrouted-recruiter = Reclutador
unrouted-kinds = Tipos aceptados
unrouted-count = Quejas todavía sin derivar
unrouted-route-hint = Después de agregar una organización que las cubra, vuelva a derivar las quejas en espera.
unrouted-route-submit = Volver a derivar las quejas en espera
unrouted-routed = { $count ->
    [one] Una queja llegó a una organización.
    [many] { $count } quejas llegaron a una organización.
   *[other] { $count } quejas llegaron a una organización.
}

## Errors

error-complaint-recruiter-required = Elija el reclutador en el directorio, o escriba el nombre del agente o intermediario.
error-complaint-recruiter-both = Indique un reclutador del directorio o el nombre de un agente, no los dos.
error-complaint-recruiter-unknown = No encontramos ese reclutador en el directorio.
error-complaint-country-required = Elija el país.
error-complaint-corridor-same = Los dos países deben ser distintos.
error-complaint-year = Indique un año, por ejemplo 2024.
error-complaint-workers = Indique un número de trabajadores del 1 al 100 000.
error-complaint-lender = Elija quién le prestó el dinero, o deje vacío el interés.
error-complaint-consent-required = Elija al menos un tipo de organización que pueda recibir su queja.
error-complaint-contact-consent = Su contacto solo puede llegar a organizaciones que también reciben la queja.
error-complaint-contact-consent-required = Elija quién puede ver su contacto.
error-complaint-contact-required = Escriba el contacto por el que quiere que se comuniquen con usted, o elija "Solo mi comprobante".
error-complaint-account-needed = Inicie sesión para vincular la queja con su cuenta, o elija "Solo mi comprobante".
error-complaint-behalf-consent = Confirme que el trabajador aceptó que usted presente la queja por él.
error-track-receipt-format = Un comprobante tiene 16 cifras, por ejemplo 1234-5678-9012-3456.
error-track-receipt-unknown = Ninguna queja tiene este comprobante. Revise las cifras e intente de nuevo.
error-track-referral = Esta no es una de las organizaciones de su queja.
error-track-referral-closed = Esta organización cerró su queja; ya no puede recibir mensajes.
error-track-withdraw-confirm = Marque la casilla para confirmar que quiere retirar la queja.
error-case-transition = Este paso no es posible desde el estado actual del caso.
error-case-action-unknown = Elija un paso de la lista.
error-case-close-reason = Elija por qué se cierra el caso.
error-case-reason-required = Escriba el motivo.
error-case-outcome-required = Elija al menos una reparación obtenida.
error-case-money-required = Indique la cantidad y la moneda del dinero recuperado.
error-case-money-unexpected = Una cantidad solo va con "Dinero recuperado".
error-case-message-required = Escriba un mensaje.
error-case-priority = Elija una prioridad de la lista.
error-case-refer-self = El caso ya está en esta organización.
error-case-refer-consent = El trabajador no aceptó compartir la queja con este tipo de organización.
error-case-refer-coverage = Esta organización no trabaja en los países de esta queja.
error-case-refer-exists = Esta organización ya tiene esta queja.
error-case-group-alone = Ningún otro caso abierto aquí trata de este reclutador.
error-case-filter = Un filtro tiene un valor que no conocemos.

## Evidence (photos, documents, voice notes)
evidence-heading = Fotos, documentos y notas de voz
evidence-hint = Agregue una foto de un contrato, de un recibo de una comisión, de un recibo de sueldo o de un mensaje del reclutador, un PDF o una nota de voz. A las fotos se les quitan los datos de ubicación y los datos del teléfono.
evidence-field-files = Archivos
evidence-files-hint = Fotos (JPEG, PNG, WebP), PDF o notas de voz (MP3, Ogg, M4A, AMR); varios a la vez.
evidence-field-share = Quién puede ver estos archivos
evidence-submit = Enviar los archivos
evidence-sent = Sus archivos se agregaron a la queja.
evidence-location-removed = A sus fotos se les quitaron los datos de ubicación y los datos del teléfono.
evidence-choose-again = No se envió nada. Elija otra vez los archivos: el navegador no los guarda.
evidence-kind-photo = Foto
evidence-kind-document = Documento
evidence-kind-voice = Nota de voz
evidence-size-kb = { $count } KB
error-evidence-type = No aceptamos este tipo de archivo. Envíe fotos (JPEG, PNG, WebP), documentos PDF o notas de voz (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = No se pudo leer un archivo: puede estar dañado, incompleto o protegido con contraseña.
error-evidence-pixels = Una foto es demasiado grande. Envíe una copia más pequeña.
error-evidence-too-large = Un archivo es más grande de lo permitido. Envíe una copia más pequeña.
error-evidence-too-many = Demasiados archivos a la vez. Envíelos en varias veces.
error-evidence-none = Elija al menos un archivo.
error-evidence-share = Elija quién puede ver los archivos, entre las organizaciones que recibieron su queja.
error-evidence-complaint-full = Esta queja ya tiene todos los archivos que puede guardar. Envíe solo los más importantes.
error-evidence-truncated = La carga se cortó. Intente de nuevo.
evidence-from-staff = enviado a usted por la organización
evidence-sent-by-you = enviado por su organización
evidence-staff-field = Enviar archivos al trabajador
evidence-staff-hint = Un formulario, una decisión o una carta. El trabajador los abre con su comprobante; ninguna otra organización los ve. A las fotos se les quitan los datos de ubicación.
evidence-staff-submit = Enviar al trabajador
error-webhook-url-malformed = Escriba una dirección web completa (https://…) de 2000 caracteres como máximo, sin nombre de usuario ni contraseña.
error-webhook-url-not-https = La dirección debe empezar por https://.
error-webhook-url-private = Esta dirección apunta a una red privada, local o reservada. Use una dirección de la internet pública.
error-webhook-url-unresolved = No se encontró el nombre de host de esta dirección. Revise cómo está escrita.
