# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Español
site-name = FairRecruit

## Page frame
nav-label = Principal
nav-skip-to-content = Ir al contenido
nav-recruiters = Reclutadores
nav-rights = Sus derechos
language-switcher-label = Idioma
footer-free = FairRecruit es gratis para los trabajadores. Nunca tiene que dar su nombre.
footer-privacy = No guardamos su dirección IP con nada de lo que usted envía.

## Home
home-title = Verifique al reclutador antes de pagar
home-heading = Verifique al reclutador antes de pagarle a nadie
home-lead = Busque una agencia de reclutamiento: si su licencia es válida, a qué países envía trabajadores y qué les pasó a otros que la usaron.
home-directory-size = { $count ->
    [0] Todavía no hay reclutadores en la lista.
    [one] Hay un reclutador en la lista.
    [many] Hay { $count } reclutadores en la lista.
   *[other] Hay { $count } reclutadores en la lista.
}
home-what-heading = Para qué sirve FairRecruit
home-what-lookup = Busque en las listas de licencias de agencias de reclutamiento por nombre o por número de licencia.
home-what-review = Cuente a otros trabajadores cuánto pagó y cómo lo trataron.
home-what-complain = Presente una queja, sin su nombre si así lo prefiere, y siga su avance con un comprobante.
home-free = Usar FairRecruit es gratis. Según las normas internacionales, su contratación la debe pagar el empleador, no usted.
home-rights-link = Conozca sus derechos: quién debe pagar la contratación

## Search
search-label = Nombre del reclutador o número de licencia
search-placeholder = p. ej. Himalaya o 1234/071
search-button = Buscar
filters-heading = Filtros
filter-licensing-country = País que le dio la licencia
filter-destination = Envía trabajadores a
filter-status = Estado de la licencia
filter-any-country = Cualquier país
filter-any-status = Cualquier estado
results-title = Reclutadores
results-heading = Buscar un reclutador
results-none = Ningún reclutador coincide con su búsqueda. Revise cómo lo escribió, pruebe con una parte del nombre o quite un filtro.
results-empty-directory = Escriba un nombre o un número de licencia, o elija un país, para ver reclutadores.
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
pager-page = Página { $page }

## Licence statuses
licence-status-active = Licencia vigente
licence-status-suspended = Licencia suspendida
licence-status-revoked = Licencia revocada
licence-status-expired = Licencia vencida

## Recruiter profile
recruiter-licence-status = Estado de la licencia
recruiter-licence-number = Número de licencia
recruiter-licensing-country = Licencia otorgada en
recruiter-address = Dirección
recruiter-destinations = Envía trabajadores a
recruiter-destinations-none = No se sabe
recruiter-sub-agent = Subagente, sin licencia
recruiter-sub-agent-explained = Algunos trabajadores nombraron a esta persona u oficina como intermediario. No aparece en ninguna lista de licencias.
recruiter-not-active-warning = Esta licencia no está vigente. Un reclutador sin licencia vigente no puede reclutar trabajadores. No le pague.
recruiter-history-heading = Historial de la licencia
recruiter-history-date = Fecha
recruiter-history-none = No hay cambios registrados en la licencia.
recruiter-reviews-heading = Lo que dicen los trabajadores

## Know your rights
rights-title = Sus derechos
rights-heading = Sus derechos en la contratación para trabajar en otro país
rights-epp-heading = Paga el empleador, no usted
rights-epp-body = Según el principio de que el empleador paga, ningún trabajador debe pagar por conseguir un empleo. El empleador debe pagar todas las comisiones y todos los gastos de la contratación.
rights-epp-c181 = Convenio 181 de la OIT, artículo 7: las agencias de empleo privadas no deberán cobrar a los trabajadores, ni directa ni indirectamente, ni en su totalidad ni en parte, ningún tipo de honorario o tarifa.
rights-fees-heading = Qué cuenta como comisión o gasto de contratación
rights-fees-intro = Las comisiones por el servicio del reclutador nunca las tiene que pagar usted, no importa quién las cobre ni cuándo. La OIT también nombra estos gastos conexos, que debe pagar el empleador:
rights-illegitimate = Los sobornos, tributos, comisiones ilícitas, fianzas, depósitos y cobros ilegales para recuperar costos nunca están permitidos, para nadie.
rights-documents-heading = Su pasaporte es suyo
rights-documents-body = Nadie puede quedarse con su pasaporte o su documento de identidad contra su voluntad: ni el reclutador ni el empleador. Quedárselos es una señal de trabajo forzoso.
rights-contract-heading = Su contrato
rights-contract-body = Usted debe recibir un contrato por escrito antes de salir, en un idioma que entienda. Si al llegar le cambian el trabajo, el salario, el empleador o el horario, eso es sustitución de contrato.
rights-help-heading = Si algo salió mal
rights-help-body = Puede presentar una queja en FairRecruit sin dar su nombre. Llegará a las organizaciones que pueden actuar en su país de origen y en el país de destino.
rights-not-legal-advice = Esta página explica en breve las normas internacionales. No es asesoría legal.

## Errors
error-go-home = Ir a la página de inicio
error-status = Código de error { $status }
error-invalid-input-title = Algo en la solicitud no está bien
error-invalid-input = No se pudo entender la solicitud. Revise lo que escribió e intente de nuevo.
error-not-found-title = Página no encontrada
error-not-found = No encontramos esa página o ese reclutador. Puede que el enlace esté mal o sea antiguo.
error-method-not-allowed-title = No permitido
error-method-not-allowed = Esta dirección no acepta ese tipo de solicitud.
error-payload-too-large-title = Demasiados datos
error-payload-too-large = Lo que envió es demasiado grande. Envíe menos e intente de nuevo.
error-request-timeout-title = Demasiado lento
error-request-timeout = Lo que envió tardó demasiado en llegar. Revise su conexión y envíelo otra vez.
error-service-unavailable-title = FairRecruit no está disponible por un momento
error-service-unavailable = Ahora no podemos conectarnos con nuestra base de datos. No se perdió nada de lo que envió. Intente de nuevo en unos minutos.
error-internal-title = Algo salió mal
error-internal = Algo salió mal de nuestro lado. Intente de nuevo más tarde.
error-query-too-long = La búsqueda es demasiado larga. Use 200 caracteres como máximo.
error-query-forbidden-chars = La búsqueda contiene caracteres de control invisibles. Escríbala de nuevo sin ellos.
error-invalid-encoding = La dirección contiene caracteres que no se pudieron leer.
error-unknown-parameter = La dirección contiene un ajuste que no conocemos.
error-repeated-parameter = La dirección da el mismo ajuste dos veces.
error-invalid-country = Elija un país de la lista.
error-invalid-status = Elija un estado de licencia de la lista.
error-invalid-page = El número de página debe ser un número entero del 1 al 500.
error-invalid-per-page = El número de resultados por página debe ser del 1 al 100.
error-choice = Elija una opción de la lista.
error-text-long = Este texto es demasiado largo.
error-text-chars = Este texto contiene caracteres de control invisibles o caracteres que no se pudieron leer. Escríbalo de nuevo sin ellos.
error-text-markup = Este texto contiene "<" seguido de letras, como en código de computadora. Escríbalo sin eso.
error-amount = Escriba una cantidad solo con cifras, por ejemplo 150000 o 1500.50 (con punto antes de los centavos), hasta 10 mil millones.
error-currency = Elija la moneda de sus cantidades.
error-interest = Escriba el interés mensual como un número del 0 al 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Cuenta
nav-sign-in = Iniciar sesión
error-unauthorized-title = Inicie sesión
error-unauthorized = Necesita iniciar sesión para esto. Puede que su sesión haya terminado.
error-forbidden-title = No permitido
error-forbidden = Su cuenta no puede abrir esta página.
error-conflict-title = Ya se recibió
error-conflict = Esta solicitud entra en conflicto con otra recibida antes. No se guardó nada nuevo.
error-idempotency-reused = Esta Idempotency-Key ya se usó para una solicitud diferente. Use una clave nueva para una solicitud nueva; no se guardó nada nuevo.
error-idempotency-in-progress = La primera solicitud con esta Idempotency-Key todavía se está respondiendo. Intente de nuevo en un momento para recibir su respuesta.
error-idempotency-key = El encabezado Idempotency-Key debe tener de 1 a 255 caracteres ASCII visibles, por ejemplo un UUID aleatorio.
error-attestation-language = El idioma de la constancia de consentimiento (attestation) debe ser uno de los códigos de idioma de este servicio, como ne, ar o id.
error-attestation-channel = El canal de la constancia de consentimiento (attestation) debe ser uno de: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = El campo consented_at de la constancia de consentimiento (attestation) debe ser una fecha y hora con su desfase horario (RFC 3339), no futura y de hace 30 días como máximo. Si el consentimiento es más antiguo, vuelva a preguntarle al trabajador.
error-partner-reference = La referencia del socio debe tener de 1 a 100 caracteres ASCII visibles, sin espacios.
error-partner-reference-taken = Este socio ya presentó una queja con esta referencia. Use una referencia nueva para una conversación nueva, o la misma Idempotency-Key para repetir una solicitud.
error-too-many-requests-title = Espere un momento
error-too-many-requests = Demasiados intentos en poco tiempo. Espere un poco e intente de nuevo.
error-sign-in-failed = El nombre de usuario, la contraseña o el código no son correctos.
error-csrf = Este formulario ya venció. Vuelva atrás, recargue la página y envíelo de nuevo.
error-cross-site = Este formulario se envió desde otro sitio web, por eso lo rechazamos.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Referencia de la API
api-docs-intro = La API JSON para aplicaciones y organizaciones asociadas: cada operación, qué recibe y qué responde. Las descripciones de abajo están en inglés.
# Link to the same reference as a machine-readable file.
api-docs-openapi = La misma referencia como documento OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Operaciones
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Requiere un token de acceso (bearer token) en el encabezado Authorization: Bearer …
api-docs-parameters = Parámetros
# Heading: what the caller sends in the request's body.
api-docs-body = Cuerpo de la solicitud
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Respuestas
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Tipos de datos
# Column heading: a field's or parameter's name.
api-docs-name = Nombre
# Column heading: a field's data type (string, integer …).
api-docs-type = Tipo
api-docs-description = Descripción
# Marks a field the caller must send.
api-docs-required = obligatorio

## Drafts kept on the phone (review and complaint forms)
draft-kept = Lo que escribe aquí se guarda como borrador solo en este teléfono, hasta que lo envíe o lo borre. Cualquier persona que use este teléfono podría leerlo.
draft-files = Las fotos y los archivos no se guardan en el borrador: vuelva a elegirlos antes de enviar.
draft-restored = Recuperamos su borrador. Revíselo y luego envíelo.
draft-delete = Borrar el borrador
error-csrf-stale = Este formulario había caducado, así que no se envió nada. Todo lo que escribió está abajo: revíselo y envíelo de nuevo.
