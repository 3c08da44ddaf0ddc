# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Administration
admin-heading = Administration
admin-nav-label = Administration
admin-nav-overview = Vue d'ensemble
admin-nav-organisations = Organisations
admin-nav-staff = Personnel
admin-nav-recruiters = Annuaire des recruteurs
admin-nav-audit = Journal d'audit
admin-count-organisations = Organisations
admin-count-staff = Comptes du personnel
admin-count-workers = Comptes de travailleurs
admin-recruiters-link = Ajouter ou corriger des recruteurs dans l'annuaire
admin-recent-events = Derniers événements de sécurité
admin-audit-link = Voir tout le journal d'audit
admin-save = Enregistrer les modifications
admin-saved = Vos modifications sont enregistrées.
admin-disabled = Désactivé
admin-enabled = Actif
admin-standing = Situation

## Audit log
admin-audit-title = Journal d'audit
admin-audit-heading = Journal d'audit
admin-audit-intro = Les 200 derniers événements de sécurité, du plus récent au plus ancien. Les heures sont en UTC.
admin-audit-none = Aucun événement enregistré pour l'instant.
admin-audit-time = Heure (UTC)
admin-audit-event = Événement
admin-audit-people = Qui
admin-audit-detail = Détail
admin-audit-actor = Par :
admin-audit-subject = Compte :
admin-outcome-success = Réussi
admin-outcome-failure = Échoué
admin-outcome-refused = Refusé
admin-event-sign-in = Connexion
admin-event-sign-out = Déconnexion
admin-event-sign-out-everywhere = Déconnexion partout
admin-event-password-changed = Mot de passe changé
admin-event-account-created = Compte créé
admin-event-role-changed = Rôle changé
admin-event-organisation-changed = Compte déplacé vers une autre organisation
admin-event-account-disabled = Compte désactivé
admin-event-account-enabled = Compte réactivé
admin-event-organisation-created = Organisation ajoutée
admin-event-organisation-updated = Informations de l'organisation modifiées
admin-event-recruiter-created = Recruteur ajouté
admin-event-recruiter-updated = Recruteur modifié

## Organisations
admin-organisations-title = Organisations
admin-organisations-heading = Organisations
admin-organisations-none = Aucune organisation n'a encore été ajoutée.
admin-organisation-create-heading = Ajouter une organisation
admin-organisation-create-submit = Ajouter l'organisation
admin-organisation-edit-heading = Modifier cette organisation
admin-field-organisation-name = Nom
admin-field-kind = Type d'organisation
admin-field-countries = Pays couverts
admin-countries-hint = Codes de pays à deux lettres, séparés par des virgules ou des espaces, p. ex. QA, AE.
admin-field-sectors = Secteurs
admin-sectors-hint = Ne cochez rien si l'organisation traite tous les secteurs.
admin-sectors-all = Tous les secteurs
admin-field-acknowledge-days = Jours pour accuser réception d'une plainte
admin-acknowledge-days-hint = De 1 à 365 jours. En général 7.
admin-field-answer-days = Jours pour répondre à une plainte
admin-answer-days-hint = De 1 à 730 jours, et pas moins que les jours pour accuser réception. En général 90.
admin-deadlines = Délais
admin-deadline-acknowledge = { $days ->
    [one] Accuser réception sous { $days } jour
    [many] Accuser réception sous { $days } jours
   *[other] Accuser réception sous { $days } jours
}
admin-deadline-answer = { $days ->
    [one] Répondre sous { $days } jour
    [many] Répondre sous { $days } jours
   *[other] Répondre sous { $days } jours
}
admin-members-heading = Personnel de cette organisation
admin-members-none = Personne ne travaille encore pour cette organisation sur FairRecruit.

## Staff
admin-staff-title = Personnel
admin-staff-heading = Comptes du personnel
admin-staff-none = Il n'y a encore aucun compte du personnel.
admin-staff-create-heading = Ajouter un compte du personnel
admin-staff-create-submit = Ajouter le compte
admin-staff-password-hint = Au moins 8 caractères, pas un mot de passe courant. Transmettez-le à la personne de façon sûre ; elle pourra le changer sur la page de son compte.
admin-organisation-none = Aucune organisation
admin-organisation-hint = Les inspecteurs appartiennent à une inspection du travail ou à une autorité du pays d'origine, les représentants syndicaux à un syndicat, les chargés de dossiers à une organisation d'aide juridique. Les modérateurs et les administrateurs n'appartiennent à aucune.
admin-field-lead = Responsable de l'organisation (prévenu des escalades et des dossiers en retard)
admin-field-disabled = Compte désactivé (la personne ne peut pas se connecter)
admin-staff-edit-heading = Modifier ce compte
admin-staff-edit-hint = Enregistrer une modification déconnecte immédiatement la personne partout.
admin-staff-self-hint = C'est votre propre compte : vous ne pouvez ni retirer votre rôle d'administrateur ni le désactiver.

## Recruiter directory
admin-recruiters-title = Annuaire des recruteurs
admin-recruiters-heading = Annuaire des recruteurs
admin-recruiter-create-heading = Ajouter un recruteur titulaire d'une licence
admin-recruiter-create-submit = Ajouter le recruteur
admin-recruiter-edit-heading = Corriger ce recruteur
admin-recruiter-edit-hint = Un changement d'état de la licence est ajouté à l'historique public de la licence du recruteur, à la date du jour.
admin-recruiter-public-link = Voir le profil public
admin-field-recruiter-name = Nom de l'agence
admin-field-licensing-country = Pays qui a délivré la licence
admin-licensing-country-hint = Code de pays à deux lettres, p. ex. NP pour le Népal.

## Errors
admin-error-role = Choisissez un rôle dans la liste.
admin-error-own-role = Vous ne pouvez pas retirer votre propre rôle d'administrateur. Demandez à un autre administrateur.
admin-error-own-disable = Vous ne pouvez pas désactiver votre propre compte. Demandez à un autre administrateur.
admin-error-country-code = Utilisez des codes de pays à deux lettres comme NP, QA ou AE, séparés par des virgules.
admin-error-destinations-too-many = Indiquez au plus 60 pays de destination.
admin-error-name-required = Indiquez le nom de l'agence.
admin-error-licence-required = Indiquez le numéro de licence.
admin-error-licence-taken = Un autre recruteur a déjà ce numéro de licence dans ce pays.

## Audit details: labels of the recorded values
admin-detail-separator =  ;
admin-detail-role = Rôle
admin-detail-organisation = Organisation
admin-detail-kind = Type
admin-detail-countries = Pays
admin-detail-sectors = Secteurs
admin-detail-days = Délais (jours)
admin-detail-recruiter = Recruteur
admin-detail-status = État de la licence
admin-detail-reason = Motif
admin-detail-reason-throttled = trop de tentatives
admin-detail-reason-disabled = compte désactivé

## Setting a staff member's password
admin-password-heading = Choisir un nouveau mot de passe
admin-password-hint = Pour un membre du personnel qui a perdu son mot de passe. Ses sessions prennent fin immédiatement. Transmettez-lui le nouveau mot de passe de façon sûre ; il pourra le changer sur la page de son compte.
admin-password-submit = Enregistrer le mot de passe
admin-error-own-password = Changez votre propre mot de passe sur la page de votre compte.
admin-event-password-reset = Mot de passe défini par un administrateur
admin-warning-look-alike = Ce nom ressemble au nom d'une agence de la liste. Il n'a pas été enregistré.
admin-look-alike-list = Vérifiez qu'il ne s'agit pas d'une de ces agences :
admin-look-alike-confirm = C'est une autre agence : l'enregistrer quand même

## Two-step sign-in
admin-second-factor-on = configurée
admin-second-factor-off = pas encore configurée (demandée à la prochaine connexion)
admin-second-factor-heading = Réinitialiser la connexion en deux étapes
admin-second-factor-hint = Pour quelqu'un qui a perdu à la fois son téléphone et ses codes de secours. Ses sessions prennent fin ; à sa prochaine connexion, il configure une nouvelle application. Il en est informé par e-mail.
admin-second-factor-submit = Réinitialiser la connexion en deux étapes
admin-event-second-factor-enrolled = Connexion en deux étapes configurée
admin-event-second-factor-replaced = Connexion en deux étapes déplacée vers une nouvelle application
admin-event-second-factor-removed = Connexion en deux étapes désactivée
admin-event-second-factor-reset = Connexion en deux étapes réinitialisée par un administrateur
admin-detail-reason-second-factor = code faux ou déjà utilisé
admin-detail-reason-no-second-factor = connexion en deux étapes non configurée
admin-detail-reason-recovery-code = avec un code de secours

## API keys of intake partners (issue 18)
admin-partner-keys-link = Clés d'API
admin-partner-keys-title = Clés d'API de { $name }
admin-partner-keys-intro = Une clé permet au chatbot ou au système de ligne d'écoute de ce partenaire de déposer des plaintes et des avis pour des travailleurs, avec le consentement qu'ils ont donné, et de suivre ce qu'il a déposé. Rien d'autre. La clé n'est affichée qu'une fois, à sa création ; seule une empreinte (hash) en est conservée.
admin-partner-keys-none = Ce partenaire n'a encore aucune clé.
admin-partner-keys-col-name = Nom
admin-partner-keys-col-made = Créée le
admin-partner-keys-col-expires = Expire le
admin-partner-keys-col-used = Dernière utilisation
admin-partner-keys-col-state = État
admin-partner-keys-never = jamais
admin-partner-keys-active = valide
admin-partner-keys-revoked = révoquée
admin-partner-keys-expired = expirée
admin-partner-keys-revoke = Révoquer
admin-partner-keys-create-heading = Créer une clé
admin-partner-keys-name = Nom de la clé
admin-partner-keys-name-hint = Indiquez où elle sert, par exemple « Bot WhatsApp » ou « Ligne d'écoute, Katmandou ».
admin-partner-keys-days = Valable (jours, de 1 à 365)
admin-partner-keys-create = Créer la clé
admin-partner-keys-shown-once = La nouvelle clé n'est affichée que maintenant. Copiez-la dans le système du partenaire : personne ne pourra la revoir. Si elle est perdue, révoquez-la et créez-en une autre.
admin-partner-keys-revoked-done = La clé est révoquée : toute demande faite avec elle est désormais refusée.
error-partner-key-name = Donnez à la clé un nom de 1 à 100 caractères.
error-partner-key-days = Une clé est valable de 1 à 365 jours.
error-partner-key-not-partner = Les clés d'API sont réservées aux organisations de type partenaire de recueil.
