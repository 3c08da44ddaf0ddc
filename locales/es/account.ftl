# Language: Spanish (Latin American) (es). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Nombre de usuario
field-password = Contraseña
field-password-confirm = Repita la contraseña
field-current-password = Contraseña actual
field-new-password = Contraseña nueva
field-email = Correo electrónico
field-role = Función
field-organisation = Organización

login-title = Iniciar sesión
login-heading = Iniciar sesión
login-submit = Entrar
login-link = Iniciar sesión
login-no-account = ¿Todavía no tiene cuenta?
login-anonymous-note = No necesita una cuenta para buscar reclutadores ni para presentar una queja. Con una cuenta puede seguir sus opiniones.

register-title = Crear una cuenta
register-heading = Crear una cuenta
register-intro = Solo un nombre de usuario y una contraseña. Sin nombre, sin correo electrónico, sin número de teléfono.
register-username-hint = De 3 a 32 letras o cifras, en cualquier alfabeto; puede usar . _ y -. Si prefiere, no use su nombre real.
register-password-hint = Al menos 8 caracteres. Unas cuantas palabras que pueda recordar son mejores que una contraseña corta y común.
register-submit = Crear la cuenta
register-link = Crear una cuenta
register-privacy = No guardamos con su cuenta su dirección de internet (IP), su dispositivo ni su número de teléfono.
register-have-account = ¿Ya tiene una cuenta?

account-title = Su cuenta
account-heading = Su cuenta
account-admin-link = Administración
account-password-heading = Cambiar su contraseña
account-password-submit = Cambiar la contraseña
account-password-saved = Su contraseña se cambió. Se cerró su sesión en todos los demás dispositivos.
account-email-heading = Correo electrónico para avisos
account-email-hint = Opcional. Solo le escribimos para decirle que algo cambió, nunca lo que dice su queja. Déjelo vacío para quitarlo.
account-email-submit = Guardar el correo electrónico
account-email-saved = Guardado.
account-sessions-heading = Cerrar sesión
account-logout = Cerrar sesión
account-logout-everywhere = Cerrar sesión en todos los dispositivos
account-logout-everywhere-hint = Si usó un teléfono compartido o cree que otra persona conoce su contraseña, cierre la sesión en todas partes.

role-worker = Trabajador
role-moderator = Moderador
role-inspector = Inspector del trabajo
role-union_officer = Representante sindical
role-caseworker = Gestor de casos (asistencia jurídica)
role-admin = Administrador

org-role-member = miembro
org-role-lead = responsable

organisation-kind-labour_inspectorate = Inspección del trabajo
organisation-kind-origin_authority = Autoridad de contratación del país de origen
organisation-kind-trade_union = Sindicato
organisation-kind-legal_aid = Asistencia jurídica u ONG
organisation-kind-intake_partner = Socio de recepción (recibe denuncias por chat o línea telefónica)

sector-agriculture = Agricultura
sector-construction = Construcción
sector-domestic_work = Trabajo doméstico
sector-manufacturing = Industria manufacturera
sector-hospitality = Hoteles y restaurantes
sector-fishing = Pesca
sector-care = Trabajo de cuidados
sector-security = Seguridad
sector-transport = Transporte
sector-retail = Tiendas y comercio
sector-other = Otro

error-username-required = Escriba un nombre de usuario.
error-username-length = Un nombre de usuario tiene de 3 a 32 caracteres.
error-username-characters = En el nombre de usuario use solo letras, cifras, punto, guion bajo y guion, sin espacios.
error-username-taken = Este nombre de usuario ya está ocupado, o se parece demasiado a uno que lo está. Pruebe otro.
error-password-length = Una contraseña tiene de 8 a 128 caracteres.
error-password-characters = La contraseña contiene caracteres de control invisibles. Escríbala de nuevo sin ellos.
error-password-common = Esta contraseña es demasiado fácil de adivinar. Use una más larga, por ejemplo unas cuantas palabras sin relación entre sí.
error-password-mismatch = Las dos contraseñas no son iguales.
error-password-wrong = La contraseña actual no es correcta.
error-email-invalid = Esto no parece una dirección de correo electrónico.
error-form-invalid = No se pudo leer el formulario. Recargue la página e intente de nuevo.
error-form-encoding = El formulario contiene caracteres que no se pudieron leer.
error-form-fields = El formulario contiene un campo que no conocemos, o el mismo campo dos veces.
error-text-invalid = Este texto es demasiado largo o contiene caracteres de control invisibles.
error-organisation-name-required = Escriba el nombre de la organización.
error-organisation-kind = Elija qué tipo de organización es.
error-unknown-country = Hay un código de país que no conocemos. Use códigos de dos letras, como NP, QA, PH.
error-organisation-countries = Indique al menos un país que cubra la organización.
error-sector-unknown = Elija sectores de la lista.
error-deadline-days = Un plazo es un número entero de días (acuse de recibo: de 1 a 365; respuesta: de 1 a 730).
error-deadline-order = El plazo de respuesta no puede ser anterior al plazo de acuse de recibo.
error-organisation-required = Los inspectores, los representantes sindicales y los gestores de casos pertenecen a una organización: elija una.
error-organisation-not-for-role = Los trabajadores, los moderadores y los administradores no pertenecen a ninguna organización.
error-organisation-unknown = Esa organización no existe.
error-role-organisation-kind = Esta función no corresponde a este tipo de organización (los inspectores trabajan en inspecciones del trabajo o en autoridades de contratación, los representantes sindicales en sindicatos, los gestores de casos en asistencia jurídica).
account-session-phone = Un teléfono
account-session-computer = El navegador de una computadora
account-session-app = Una aplicación o programa
account-session-signed-in = Sesión iniciada
account-session-since = desde el { $day }
account-session-current = este dispositivo
account-session-end = Cerrar esa sesión
account-session-ended = Esa sesión está cerrada.

# Password reset by mail, for staff (issue 16).
reset-link = Personal: ¿olvidó su contraseña?
reset-title = Crear una contraseña nueva
reset-intro = El personal que tiene un correo electrónico en su cuenta recibe un enlace para crear una contraseña nueva. Funciona una sola vez, durante 30 minutos. Si no tiene correo, pida ayuda a un administrador.
reset-submit = Enviarme un enlace
reset-sent = Si esta es una cuenta de personal con correo electrónico, ya le enviamos un enlace para crear una contraseña nueva. Funciona una sola vez, durante 30 minutos.
reset-back = Volver a la página de inicio de sesión
reset-new-heading = Elija una contraseña nueva
reset-new-intro = Se cierran todas las sesiones de esta cuenta. Si usted lee casos, un responsable de su organización le vuelve a dar la clave después de que inicie sesión.
reset-new-submit = Guardar la contraseña nueva
reset-done = Su contraseña se cambió. Inicie sesión con ella.

## Two-step sign-in (a second factor)
field-second-factor-code = Código de su aplicación de autenticación, o un código de recuperación
login-code-hint = Solo si su cuenta tiene verificación en dos pasos (las cuentas del personal siempre la tienen). Si no, déjelo vacío.
field-second-factor-current = Un código de su aplicación actual, o un código de recuperación
field-second-factor-new-code = El código de seis cifras que muestra la aplicación ahora
two-factor-title = Verificación en dos pasos
two-factor-heading = Verificación en dos pasos
two-factor-on = La verificación en dos pasos está activada: al iniciar sesión se le pide un código de su teléfono además de su contraseña.
two-factor-off = La verificación en dos pasos está desactivada.
two-factor-manage = Administrarla
two-factor-set-up = Configurarla
two-factor-recovery-left = { $count ->
    [one] Le queda un código de recuperación sin usar.
    [many] Le quedan { $count } códigos de recuperación sin usar.
   *[other] Le quedan { $count } códigos de recuperación sin usar.
}
two-factor-replace-heading = Pasar a un teléfono o aplicación nuevos
two-factor-required = Su cuenta puede abrir quejas sobre trabajadores, por eso necesita un segundo paso: un código de seis cifras de una aplicación en su teléfono, además de su contraseña. Configúrelo ahora para continuar.
two-factor-optional = Puede proteger su cuenta con un segundo paso: un código de seis cifras de una aplicación en su teléfono, además de su contraseña.
two-factor-step-app = Instale una aplicación de autenticación en su teléfono (por ejemplo Aegis, FreeOTP, Google Authenticator o Microsoft Authenticator).
two-factor-step-scan = En la aplicación, agregue una cuenta y escanee este código.
two-factor-qr-label = Código QR para su aplicación de autenticación
two-factor-step-key = Si la aplicación no puede escanear, escriba esta clave:
two-factor-step-code = Escriba el código de seis cifras que muestra la aplicación.
two-factor-submit = Activar la verificación en dos pasos
two-factor-off-heading = Desactivar la verificación en dos pasos
two-factor-off-submit = Desactivarla
two-factor-off-done = La verificación en dos pasos está desactivada.
two-factor-back = Volver a su cuenta
two-factor-recovery-used = Inició sesión con un código de recuperación, que ya no se puede volver a usar. Si perdió su teléfono, configure uno nuevo aquí abajo.
recovery-codes-title = Códigos de recuperación
recovery-codes-heading = Sus códigos de recuperación
recovery-codes-done = La verificación en dos pasos está activada.
recovery-codes-explain = Si pierde su teléfono, inicie sesión con uno de estos códigos en lugar de las seis cifras. Cada uno funciona una sola vez. Anótelos o imprímalos y guárdelos en un lugar seguro, lejos de su teléfono.
recovery-codes-once = Estos códigos se muestran solo ahora. Los códigos de recuperación anteriores ya no funcionan.
reset-code-hint = Su cuenta tiene verificación en dos pasos: escriba el código de su aplicación o un código de recuperación.
error-second-factor-code = Ese código no es correcto o ya se usó. Escriba el código que muestra la aplicación ahora.
error-second-factor-expired = Esta página estuvo abierta demasiado tiempo. Escanee el código nuevo de abajo e intente de nuevo.
error-second-factor-required = Primero configure la verificación en dos pasos en el sitio web (Cuenta y luego Verificación en dos pasos).
