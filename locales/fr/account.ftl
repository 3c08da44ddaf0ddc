# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Nom d'utilisateur
field-password = Mot de passe
field-password-confirm = Mot de passe (encore une fois)
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-email = Adresse e-mail
field-role = Rôle
field-organisation = Organisation

login-title = Connexion
login-heading = Connexion
login-submit = Se connecter
login-link = Se connecter
login-no-account = Pas encore de compte ?
login-anonymous-note = Vous n'avez pas besoin de compte pour chercher des recruteurs ni pour porter plainte. Un compte vous permet de suivre vos avis.

register-title = Créer un compte
register-heading = Créer un compte
register-intro = Seulement un nom d'utilisateur et un mot de passe. Pas de nom, pas d'e-mail, pas de numéro de téléphone.
register-username-hint = De 3 à 32 lettres ou chiffres, dans n'importe quel alphabet ; vous pouvez utiliser . _ et -. N'utilisez pas votre vrai nom si vous préférez.
register-password-hint = Au moins 8 caractères. Quelques mots dont vous vous souvenez valent mieux qu'un mot de passe court et courant.
register-submit = Créer le compte
register-link = Créer un compte
register-privacy = Nous ne gardons avec votre compte ni votre adresse internet (IP), ni votre appareil, ni votre numéro de téléphone.
register-have-account = Vous avez déjà un compte ?

account-title = Votre compte
account-heading = Votre compte
account-admin-link = Administration
account-password-heading = Changer votre mot de passe
account-password-submit = Changer le mot de passe
account-password-saved = Votre mot de passe a été changé. Vous êtes déconnecté sur tous vos autres appareils.
account-email-heading = E-mail pour les notifications
account-email-hint = Facultatif. Nous vous écrivons seulement pour dire que quelque chose a changé, jamais ce que dit votre plainte. Laissez vide pour l'enlever.
account-email-submit = Enregistrer l'adresse e-mail
account-email-saved = Enregistré.
account-sessions-heading = Déconnexion
account-logout = Se déconnecter
account-logout-everywhere = Se déconnecter sur tous les appareils
account-logout-everywhere-hint = Si vous avez utilisé un téléphone partagé ou si vous pensez que quelqu'un d'autre connaît votre mot de passe, déconnectez-vous partout.

role-worker = Travailleur
role-moderator = Modérateur
role-inspector = Inspecteur du travail
role-union_officer = Représentant syndical
role-caseworker = Chargé de dossiers (aide juridique)
role-admin = Administrateur

org-role-member = membre
org-role-lead = responsable

organisation-kind-labour_inspectorate = Inspection du travail
organisation-kind-origin_authority = Autorité de recrutement du pays d'origine
organisation-kind-trade_union = Syndicat
organisation-kind-legal_aid = Aide juridique ou ONG
organisation-kind-intake_partner = Partenaire de recueil (reçoit les signalements par messagerie ou ligne d’écoute)

sector-agriculture = Agriculture
sector-construction = Bâtiment et travaux publics
sector-domestic_work = Travail domestique
sector-manufacturing = Industrie manufacturière
sector-hospitality = Hôtels et restaurants
sector-fishing = Pêche
sector-care = Soins aux personnes
sector-security = Sécurité
sector-transport = Transport
sector-retail = Magasins et commerce
sector-other = Autre

error-username-required = Tapez un nom d'utilisateur.
error-username-length = Un nom d'utilisateur a de 3 à 32 caractères.
error-username-characters = Dans un nom d'utilisateur, utilisez seulement des lettres, des chiffres, le point, le tiret bas et le tiret, sans espace.
error-username-taken = Ce nom d'utilisateur est déjà pris, ou ressemble trop à un nom déjà pris. Essayez-en un autre.
error-password-length = Un mot de passe a de 8 à 128 caractères.
error-password-characters = Le mot de passe contient des caractères de contrôle invisibles. Tapez-le de nouveau sans eux.
error-password-common = Ce mot de passe est trop facile à deviner. Utilisez-en un plus long, par exemple quelques mots sans rapport entre eux.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-password-wrong = Le mot de passe actuel n'est pas correct.
error-email-invalid = Cela ne ressemble pas à une adresse e-mail.
error-form-invalid = Le formulaire n'a pas pu être lu. Rechargez la page et réessayez.
error-form-encoding = Le formulaire contient des caractères illisibles.
error-form-fields = Le formulaire contient un champ que nous ne connaissons pas, ou deux fois le même champ.
error-text-invalid = Ce texte est trop long ou contient des caractères de contrôle invisibles.
error-organisation-name-required = Tapez le nom de l'organisation.
error-organisation-kind = Choisissez le type d'organisation.
error-unknown-country = Un code de pays nous est inconnu. Utilisez des codes à deux lettres comme NP, QA, PH.
error-organisation-countries = Indiquez au moins un pays couvert par l'organisation.
error-sector-unknown = Choisissez des secteurs dans la liste.
error-deadline-days = Un délai est un nombre entier de jours (accusé de réception : de 1 à 365 ; réponse : de 1 à 730).
error-deadline-order = Le délai de réponse ne peut pas être plus court que le délai d'accusé de réception.
error-organisation-required = Les inspecteurs, les représentants syndicaux et les chargés de dossiers appartiennent à une organisation : choisissez-en une.
error-organisation-not-for-role = Les travailleurs, les modérateurs et les administrateurs n'appartiennent à aucune organisation.
error-organisation-unknown = Cette organisation n'existe pas.
error-role-organisation-kind = Ce rôle ne correspond pas à ce type d'organisation (les inspecteurs travaillent dans une inspection du travail ou une autorité de recrutement, les représentants syndicaux dans un syndicat, les chargés de dossiers dans l'aide juridique).
account-session-phone = Un téléphone
account-session-computer = Le navigateur d'un ordinateur
account-session-app = Une application ou un programme
account-session-signed-in = Connecté
account-session-since = depuis le { $day }
account-session-current = cet appareil
account-session-end = Fermer cette session
account-session-ended = Cette session est fermée.

# Password reset by mail, for staff (issue 16).
reset-link = Personnel : mot de passe oublié ?
reset-title = Choisir un nouveau mot de passe
reset-intro = Les membres du personnel qui ont une adresse e-mail sur leur compte reçoivent un lien pour choisir un nouveau mot de passe. Il fonctionne une seule fois, pendant 30 minutes. Sans adresse, demandez à un administrateur.
reset-submit = M'envoyer un lien
reset-sent = S'il s'agit d'un compte du personnel avec une adresse e-mail, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne une seule fois, pendant 30 minutes.
reset-back = Retour à la connexion
reset-new-heading = Choisissez un nouveau mot de passe
reset-new-intro = Toutes les sessions de ce compte prennent fin. Si vous lisez des dossiers, un responsable de votre organisation vous redonne la clé de l'organisation après votre connexion.
reset-new-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été changé. Connectez-vous avec.

## Two-step sign-in (a second factor)
field-second-factor-code = Code de votre application d'authentification, ou un code de secours
login-code-hint = Seulement si votre compte a la connexion en deux étapes (c'est toujours le cas des comptes du personnel). Sinon, laissez vide.
field-second-factor-current = Un code de votre application actuelle, ou un code de secours
field-second-factor-new-code = Le code à six chiffres que l'application affiche maintenant
two-factor-title = Connexion en deux étapes
two-factor-heading = Connexion en deux étapes
two-factor-on = La connexion en deux étapes est activée : pour vous connecter, il faut un code de votre téléphone en plus de votre mot de passe.
two-factor-off = La connexion en deux étapes est désactivée.
two-factor-manage = La gérer
two-factor-set-up = La configurer
two-factor-recovery-left = { $count ->
    [one] Il vous reste { $count } code de secours non utilisé.
    [many] Il vous reste { $count } codes de secours non utilisés.
   *[other] Il vous reste { $count } codes de secours non utilisés.
}
two-factor-replace-heading = Passer à un nouveau téléphone ou à une nouvelle application
two-factor-required = Votre compte peut ouvrir des plaintes de travailleurs, il lui faut donc une deuxième étape : un code à six chiffres d'une application sur votre téléphone, en plus de votre mot de passe. Configurez-la maintenant pour continuer.
two-factor-optional = Vous pouvez protéger votre compte par une deuxième étape : un code à six chiffres d'une application sur votre téléphone, en plus de votre mot de passe.
two-factor-step-app = Installez une application d'authentification sur votre téléphone (par exemple Aegis, FreeOTP, Google Authenticator ou Microsoft Authenticator).
two-factor-step-scan = Dans l'application, ajoutez un compte et scannez ce code.
two-factor-qr-label = Code QR pour votre application d'authentification
two-factor-step-key = Si l'application ne peut pas scanner, tapez cette clé :
two-factor-step-code = Tapez le code à six chiffres que l'application affiche.
two-factor-submit = Activer la connexion en deux étapes
two-factor-off-heading = Désactiver la connexion en deux étapes
two-factor-off-submit = La désactiver
two-factor-off-done = La connexion en deux étapes est maintenant désactivée.
two-factor-back = Retour à votre compte
two-factor-recovery-used = Vous vous êtes connecté avec un code de secours, qui ne peut plus servir. Si vous avez perdu votre téléphone, configurez-en un nouveau ci-dessous.
recovery-codes-title = Codes de secours
recovery-codes-heading = Vos codes de secours
recovery-codes-done = La connexion en deux étapes est activée.
recovery-codes-explain = Si vous perdez votre téléphone, connectez-vous avec un de ces codes au lieu des six chiffres. Chacun fonctionne une seule fois. Notez-les ou imprimez-les, et gardez-les dans un endroit sûr, loin de votre téléphone.
recovery-codes-once = Ces codes ne sont affichés que maintenant. Les anciens codes de secours ne fonctionnent plus.
reset-code-hint = Votre compte a la connexion en deux étapes : tapez le code de votre application, ou un code de secours.
error-second-factor-code = Ce code n'est pas correct, ou a déjà servi. Tapez le code que l'application affiche maintenant.
error-second-factor-expired = Cette page est restée ouverte trop longtemps. Scannez le nouveau code ci-dessous et réessayez.
error-second-factor-required = Configurez d'abord la connexion en deux étapes sur le site web (Compte, puis Connexion en deux étapes).
