# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Opinar sobre un reclutador
review-heading = Cuente a otros trabajadores cómo le fue con este reclutador
review-intro = Solo se necesitan el viaje, el año y su calificación general. Todo lo demás se puede saltar. Nunca le pedimos su nombre y nunca se muestra.
review-anonymous-note = No ha iniciado sesión: su opinión se envía sin ninguna cuenta, y no guardamos con ella su dirección de internet.
review-signed-in-note = Ha iniciado sesión: puede encontrar esta opinión en la página de su cuenta y cambiarla después. Las demás personas nunca ven quién la escribió.
review-errors-below = Algunas respuestas necesitan una corrección. Los mensajes están junto a ellas; todo lo que escribió sigue aquí.
review-honeypot = Deje este campo vacío
review-choose = Elija…
review-skip = Prefiero no decirlo
review-yes = Sí
review-no = No
review-section-journey = Su viaje
review-field-origin = País del que salió
review-field-destination = País al que fue a trabajar
review-field-year = Año en que salió
review-field-sub-agent = Nombre del subagente (intermediario) con quien trató, si hubo uno
review-sub-agent-hint = Muchos trabajadores tratan con un intermediario local que trabaja para la agencia. Si escribe el nombre de ese intermediario, su opinión cuenta para él, que aparece como sin licencia.
review-field-sector = Tipo de trabajo
review-field-occupation = Su trabajo
review-field-visa = Tipo de visa
review-rating-scale = 1 = muy malo, 5 = muy bueno.
review-section-costs = Lo que pagó
review-costs-intro = Según el principio de la OIT de que el empleador paga, los trabajadores no deben pagar ninguna comisión ni ningún gasto por su contratación. Aun así, díganos lo que pagó, para cada tipo de gasto.
review-field-currency = Moneda de todas las cantidades
review-currency-hint = Use una sola moneda para todas las cantidades de esta página, también para su salario, para que podamos comparar lo que pagó con lo que ganó.
review-paid-yes = Pagué por esto
review-paid-no = No pagué
review-field-amount = Cantidad
review-field-paid-to = Pagado a
review-field-receipt = ¿Le dieron un recibo?
review-section-loan = Préstamos
review-field-took-loan = ¿Pidió dinero prestado para pagar?
review-field-lender = Quién se lo prestó
loan-interest-monthly = Interés por mes (%)
review-section-wages = Su salario
review-wages-hint = Cantidades por mes, en la misma moneda que los gastos.
review-field-promised-wage = Salario mensual que le prometieron
review-field-first-wage = Lo que recibió por su primer mes completo
review-first-wage-hint = Después de impuestos y de cualquier descuento. Escriba 0 si no le pagaron.
review-section-checks = Su contrato y su trabajo
review-section-ratings = Más calificaciones
review-field-use-again = ¿Volvería a usar este reclutador?
review-section-text = Su historia
review-text-hint = No escriba nombres, números de teléfono, números de pasaporte ni direcciones: un moderador los borra antes de que otra persona lea su opinión.
review-field-text = Qué pasó
review-field-text-language = Idioma de su texto
review-language-other = Otro idioma
review-moderation-note = Un moderador lee cada opinión antes de publicarla.
review-submit = Enviar mi opinión
review-write-link = Opinar sobre este reclutador

review-sent-title = Opinión recibida
review-sent-heading = Gracias por su opinión
review-sent-moderation = Recibimos su opinión. Un moderador la leerá antes de publicarla.
review-sent-account = Puede seguir su estado en la página de su cuenta:
review-abuse-heading = Lo que usted cuenta puede ser contrario a la ley
review-abuse-text = Cobrar comisiones de contratación a los trabajadores, quedarse con sus pasaportes o documentos de identidad, cambiar el contrato después de la llegada y no pagar el salario prometido está prohibido por las normas internacionales y por la ley de muchos países. Puede presentar una queja confidencial ante una organización que puede actuar; no tiene que dar su nombre.
review-abuse-rights-link = Conozca sus derechos
review-back-to-recruiter = Volver al reclutador

error-review-year = Escriba el año en que salió, de 1970 a este año.
error-review-rating = Elija una calificación del 1 al 5.
error-review-rating-required = Elija su calificación general del 1 al 5.
error-review-text-long = Este texto es demasiado largo. Acórtelo a 5000 caracteres como máximo.
error-review-sub-agent = Escriba el nombre del subagente con letras, o deje el campo vacío.
error-review-language = Elija un idioma de la lista.
error-review-page = El número de página debe ser un número entero del 1 al 1000.
error-review-json = La solicitud no es un JSON válido para una opinión, o tiene un campo que no conocemos.
error-review-cost-repeated = Cada categoría de gasto puede aparecer una sola vez.

cost-fee = Comisión de contratación
cost-fee-hint = Pago por encontrar o conseguir el trabajo, sin importar quién lo cobró.
cost-medical = Gastos médicos
cost-medical-hint = Exámenes médicos, análisis, vacunas.
cost-insurance = Seguros
cost-insurance-hint = Seguro de vida, de salud o de accidentes de trabajo; fondos de bienestar para migrantes.
cost-skills = Pruebas de habilidades y de idioma
cost-skills-hint = Pruebas de oficio, pruebas de idioma, certificados.
cost-training = Capacitación y orientación
cost-training-hint = Capacitación antes de salir o después de llegar.
cost-equipment = Equipo
cost-equipment-hint = Herramientas, uniformes, equipo de seguridad.
cost-travel = Viaje y alojamiento
cost-travel-hint = Pasajes y alojamiento para entrevistas, capacitación, citas para la visa, el viaje de ida y el regreso.
cost-administrative = Documentos y permisos
cost-administrative-hint = Pasaporte, visa, verificación de antecedentes, autorización de salida, cuenta bancaria, permisos de trabajo y de residencia.
cost-illegitimate = Sobornos, depósitos y fianzas
cost-illegitimate-hint = Pagos que son ilegítimos en todos los casos: sobornos, comisiones ilícitas, depósitos, fianzas, extorsión.

paid-to-recruiter = La agencia
paid-to-sub_agent = Un subagente o intermediario
paid-to-employer = El empleador
paid-to-other = Otra persona

lender-recruiter = La agencia
lender-moneylender = Un prestamista
lender-bank = Un banco
lender-cooperative = Una cooperativa o un grupo de microcrédito
lender-family = Familiares o amigos
lender-employer = El empleador
lender-other = Otra persona

visa-work = Visa de trabajo
visa-domestic_work = Visa de trabajo doméstico
visa-seasonal = Visa de trabajo de temporada
visa-visit = Visa de visita o de turista
visa-student = Visa de estudiante
visa-other = Otra visa

check-contract_before_departure = ¿Recibió un contrato por escrito antes de salir?
check-contract_understood = ¿El contrato estaba en un idioma que usted entiende?
check-contract_substituted = ¿Le hicieron firmar otro contrato después de llegar?
check-documents_kept = ¿Alguien se quedó con su pasaporte o su documento de identidad?
check-job_as_promised = ¿El trabajo era el que le prometieron?
check-wage_as_promised = ¿El salario era el que le prometieron?
check-free_to_change_employer = ¿Podía cambiar de empleador libremente?
check-info_accurate = ¿Fue correcta la información que recibió antes de salir?

rating-fees_honesty = Honestidad sobre los cobros
rating-job_truth = Verdad sobre el trabajo
rating-contract_documents = Contrato y documentos
rating-support_after_arrival = Apoyo después de llegar
rating-overall = Calificación general

review-status-pending = Esperando a un moderador
review-status-approved = Publicada
review-status-rejected = No publicada

reject-reason-not_a_review = No es una opinión sobre este reclutador
reject-reason-spam = Publicidad o spam
reject-reason-abusive = Lenguaje ofensivo o amenazante
reject-reason-personal_data = Demasiados datos personales para publicarla
reject-reason-duplicate = Copia de otra opinión
reject-reason-wrong_recruiter = Trata de otro reclutador
reject-reason-other = Otro motivo

score-heading = Evaluación
score-no-reviews = Todavía no hay opiniones publicadas.
score-rating-out-of-five = { $rating } de 5
score-review-count = { $count ->
    [one] según { $count } opinión
    [many] según { $count } opiniones
   *[other] según { $count } opiniones
}
score-rating-explained = La calificación se acerca al promedio de todos los reclutadores hasta que suficientes trabajadores hayan opinado sobre este, para que unas pocas opiniones no lo hagan parecer muy bueno o muy malo.
score-rating-mean = Calificación general promedio
score-share-charged = Trabajadores a quienes cobraron una comisión o un gasto
score-share-documents = Trabajadores a quienes les retuvieron el pasaporte o el documento de identidad
score-share-substituted = Trabajadores a quienes les cambiaron el contrato
score-share-job-not = Trabajadores cuyo trabajo no fue el prometido
score-share-again = Trabajadores que volverían a usar este reclutador
score-median-cost = Mediana del total pagado ({ $currency })
score-median-ratio = Mediana del costo comparado con el salario del primer mes
score-months-of-wages = { $months } meses de salario
score-withheld = Todavía no hay suficientes opiniones
score-k-explained = Una cifra aparece cuando al menos 5 trabajadores han respondido, para que nadie pueda ser reconocido.

review-language-filter = Mostrar opiniones escritas en
review-language-any = Cualquier idioma
review-language-filter-submit = Mostrar
review-list-empty = Todavía no hay opiniones publicadas.
review-rating-line = Calificación: { $rating } de 5
review-departed = salió en { $year }
review-would-use-again = Volvería a usar este reclutador.
review-would-not-use-again = No volvería a usar este reclutador.

pii-phone = Número de teléfono
pii-email = Correo electrónico
pii-passport = Número de pasaporte o de documento de identidad
pii-url = Dirección web

moderate-title = Moderación
moderate-heading = Opiniones que esperan moderación
moderate-pending-count = { $count ->
    [one] { $count } opinión en espera, la más antigua primero.
    [many] { $count } opiniones en espera, las más antiguas primero.
   *[other] { $count } opiniones en espera, las más antiguas primero.
}
moderate-empty = No hay ninguna opinión en espera.
moderate-approved = La opinión está publicada.
moderate-rejected = La opinión fue rechazada.
moderate-gone = Otro moderador ya decidió sobre esa opinión.
moderate-review-title = Moderar una opinión
moderate-review-heading = Opinión que espera moderación
moderate-back = Volver a la cola
moderate-status = Estado:
moderate-corridor = Viaje
moderate-sub-agent-note = Esta opinión nombra a un subagente; una vez publicada, cuenta para:
moderate-no-text = El trabajador no escribió ningún texto.
moderate-collected-paper = Recogida en papel por { $who }
moderate-collected-partner = Enviada por la organización asociada { $who }
moderate-collected-phone = Recogida por teléfono por { $who }
moderate-collected-batch = Lote de importación { $batch }
moderate-redact-found = Datos personales encontrados: los elementos marcados se reemplazan por […] al publicar
moderate-redact-text = Quitar también este texto exacto
moderate-redact-text-hint = Cada lugar donde aparece se reemplaza por […]. Déjelo vacío si no hay nada más que quitar.
moderate-approve = Publicar
moderate-reason = Motivo del rechazo
moderate-reject = Rechazar
moderate-error-span = Ese dato personal ya no está en el texto. Recargue la página.
moderate-error-redact-text = El texto que se debe quitar es demasiado largo o contiene caracteres de control.
moderate-error-redact-missing = El texto que se debe quitar no aparece en la opinión.
moderate-error-reason = Elija un motivo de rechazo.

account-reviews-heading = Sus opiniones
account-reviews-none = Todavía no ha opinado sobre ningún reclutador.
account-review-edit = Cambiar
account-review-year = salió en { $year }
review-abuse-complaint-link = Presentar una queja confidencial
review-abuse-complaint-hint = El formulario de queja se abre con lo que escribió en esta opinión. Usted lo revisa, agrega lo que pasó y elige quién puede verlo. No tiene que dar su nombre.
moderate-changed = Su autor cambió esta opinión después de que usted la abrió. Vuelva a leerla abajo y luego decida.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Género
review-gender-hint = Opcional. Nunca se muestra con su opinión: solo se cuenta en informes sobre grupos de al menos 5 trabajadores.
gender-woman = Mujer
gender-man = Hombre
gender-another = Otro género
moderate-names-title = Nombres que esperan entrar al directorio
moderate-names-hint = Algunos trabajadores nombraron a estos subagentes en quejas u opiniones. Un nombre que usted apruebe entra al directorio público en la próxima publicación semanal. Rechace insultos, nombres de personas particulares y todo lo que no sea un reclutador.
moderate-names-empty = No hay ningún nombre en espera.
moderate-names-looks-like = Se parece a una agencia de la lista:
moderate-names-approve = Aprobar
moderate-names-refuse = Rechazar
moderate-names-approved = Aprobado: el nombre entra al directorio en la próxima publicación semanal.
moderate-names-refused = Rechazado: el nombre queda fuera del directorio.
moderate-names-gone = Otro moderador ya decidió sobre ese nombre.
moderate-names-more = Hay más nombres en espera: decida sobre estos para ver los siguientes.
