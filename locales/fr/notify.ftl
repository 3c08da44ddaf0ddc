# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Bonjour,
mail-open-link = Connectez-vous pour le lire :
mail-footer = Vous recevez cet e-mail parce que votre compte FairRecruit a demandé des notifications. Vous pouvez changer la langue ou arrêter ces e-mails sur la page de votre compte :

mail-new-referral-subject = Nouveau dossier pour { $organisation }
mail-new-referral-body = Un nouveau dossier a été transmis à { $organisation } sur FairRecruit.
mail-worker-reply-subject = Un travailleur a répondu dans un dossier
mail-worker-reply-body = Le travailleur a ajouté un message à l'un des dossiers de votre organisation.
mail-overdue-acknowledge-subject = Un dossier a dépassé son délai d'accusé de réception
mail-overdue-acknowledge-body = La réception d'un dossier de votre organisation n'a pas été accusée dans son délai.
mail-overdue-answer-subject = Un dossier a dépassé son délai de réponse
mail-overdue-answer-body = Un dossier de votre organisation n'a pas reçu de réponse dans son délai.
mail-complaint-acknowledged-subject = Votre plainte a été reçue
mail-complaint-acknowledged-body = { $organisation } a accusé réception de votre plainte.
mail-complaint-resolved-subject = Votre plainte a un résultat
mail-complaint-resolved-body = { $organisation } a enregistré un résultat pour votre plainte.
mail-review-approved-subject = Votre avis est publié
mail-review-approved-body = Votre avis sur { $recruiter } a été publié. Merci d'aider les autres travailleurs.
mail-review-rejected-subject = Votre avis n'a pas été publié
mail-review-rejected-body = Votre avis sur { $recruiter } n'a pas été publié. La page de votre compte explique pourquoi.
mail-digest-subject = Votre résumé quotidien FairRecruit
mail-digest-body = Depuis votre dernier résumé :
mail-digest-line-new-referral = { $count ->
    [one] { $count } nouveau dossier
    [many] { $count } nouveaux dossiers
   *[other] { $count } nouveaux dossiers
}
mail-digest-line-worker-reply = { $count ->
    [one] { $count } réponse d'un travailleur
    [many] { $count } réponses de travailleurs
   *[other] { $count } réponses de travailleurs
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } dossier dont le délai d'accusé de réception est dépassé
    [many] { $count } dossiers dont le délai d'accusé de réception est dépassé
   *[other] { $count } dossiers dont le délai d'accusé de réception est dépassé
}
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } dossier dont le délai de réponse est dépassé
    [many] { $count } dossiers dont le délai de réponse est dépassé
   *[other] { $count } dossiers dont le délai de réponse est dépassé
}

## Account settings

account-notices-heading = Notifications
account-notices-hint = Les e-mails vont à l'adresse ci-dessus et disent seulement que quelque chose a changé, jamais ce que dit une plainte.
account-notices-language = Langue des e-mails
account-notices-how = Comment voulez-vous les recevoir ?
account-notices-each = Un e-mail pour chaque événement
account-notices-digest = Un résumé par jour
account-notices-none = Aucun e-mail
account-notices-submit = Enregistrer les réglages des notifications
account-notices-saved = Réglages des notifications enregistrés.
error-notices-language = Choisissez une des langues de la liste.
error-notices-choice = Choisissez comment vous voulez recevoir vos notifications.
error-notices-digest-leads = Seuls les responsables d'une organisation peuvent choisir un résumé quotidien.

## Administrators: mail

admin-nav-mail = E-mails
admin-mail-title = E-mails
admin-mail-heading = Notifications par e-mail
admin-mail-intro = Les notifications attendent dans une boîte d'envoi jusqu'à ce que le serveur de messagerie les prenne. Un e-mail qui échoue sans cesse, ou que le serveur refuse définitivement, est abandonné et apparaît ici avec sa dernière erreur.
admin-mail-pending = En attente d'envoi
admin-mail-dead = Abandonnés
admin-mail-none-dead = Aucun e-mail n'a été abandonné.
admin-mail-retry-all-hint = Après avoir corrigé les réglages de messagerie, remettez en file d'attente tous les e-mails ci-dessous.
admin-mail-retry-all = Tout réessayer
admin-mail-created = Créé
admin-mail-kind = Notification
admin-mail-recipient = Destinataire
admin-mail-attempts = Essais
admin-mail-error = Dernière erreur
admin-mail-retry = Réessayer
admin-overview-dead-mail = { admin-mail-heading } : { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] { $count } e-mail est de nouveau en file d'attente.
    [many] { $count } e-mails sont de nouveau en file d'attente.
   *[other] { $count } e-mails sont de nouveau en file d'attente.
}
admin-mail-kind-new-referral = Nouveau dossier
admin-mail-kind-worker-reply = Réponse d'un travailleur
admin-mail-kind-overdue-acknowledge = Accusé de réception en retard
admin-mail-kind-overdue-answer = Réponse en retard
admin-mail-kind-complaint-acknowledged = Réception de la plainte accusée (au travailleur)
admin-mail-kind-complaint-resolved = Plainte résolue (au travailleur)
admin-mail-kind-review-approved = Avis publié (à son auteur)
admin-mail-kind-review-rejected = Avis non publié (à son auteur)
admin-mail-kind-digest = Résumé quotidien

## Watchlists

admin-mail-kind-watch-summary = Résumé hebdomadaire de la liste de suivi
mail-watch-summary-subject = Votre résumé hebdomadaire de la liste de suivi
mail-watch-summary-body = Ce qui a changé cette semaine pour les recruteurs que vous suivez :
mail-watch-line = { $recruiter } : { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } nouvel avis
    [many] { $count } nouveaux avis
   *[other] { $count } nouveaux avis
}
mail-watch-rating = note { $from } → { $to }
mail-watch-rating-new = note actuelle { $to }
mail-watch-complaints = { $count } nouvelles plaintes
mail-watch-complaints-few = moins de 5 nouvelles plaintes
watchlist-title = Liste de suivi
watchlist-heading = Ma liste de suivi
watchlist-intro = Les recruteurs que vous suivez. Une fois par semaine, vous recevez un e-mail qui dit ce qui a changé pour eux : nouveaux avis, note, licence, nouvelles plaintes (seulement le nombre, jamais qui).
watchlist-empty = Vous ne suivez encore aucun recruteur.
watchlist-reviews = { $count ->
    [one] { $count } avis
    [many] { $count } avis
   *[other] { $count } avis
}
watchlist-rating = note { $rating } sur 5
watchlist-rating-few = trop peu d'avis pour une note
watchlist-remove = Ne plus suivre
watchlist-add-heading = Suivre un recruteur
watchlist-add-label = Numéro de licence ou identifiant FairRecruit
watchlist-add-hint = Le numéro de licence tel qu'il figure dans l'annuaire, ou l'identifiant à la fin de l'adresse de la page du recruteur. Jusqu'à { $max } recruteurs.
watchlist-add-submit = Suivre
watchlist-added = Ajouté à votre liste de suivi.
watchlist-removed = Retiré de votre liste de suivi.
error-watch-recruiter = Aucun recruteur de l'annuaire n'a ce numéro de licence ou cet identifiant.
error-watch-limit = Votre liste de suivi est pleine. Arrêtez d'en suivre un avant d'en ajouter un autre.
recruiter-watch-link = Syndicats et inspecteurs : ajoutez ce recruteur à votre liste de suivi

mail-password-reset-subject = Choisir un nouveau mot de passe FairRecruit
mail-password-reset-body = Quelqu'un, nous espérons que c'est vous, a demandé à choisir un nouveau mot de passe pour votre compte FairRecruit. Le lien ci-dessous fonctionne une seule fois, pendant 30 minutes. Si ce n'était pas vous, ne faites rien : votre mot de passe reste le même.
admin-mail-kind-password-reset = Lien pour changer le mot de passe (au personnel)

mail-second-factor-reset-subject = Votre connexion en deux étapes FairRecruit a été réinitialisée
mail-second-factor-reset-body = Un administrateur a réinitialisé la connexion en deux étapes de votre compte FairRecruit et vous a déconnecté partout. À votre prochaine connexion, configurez de nouveau votre application d'authentification. Si vous n'avez pas demandé cela, prévenez tout de suite votre administrateur.
admin-mail-kind-second-factor-reset = Connexion en deux étapes réinitialisée (au personnel)
admin-mail-kind-webhook-acknowledged = Webhook de statut : accusé de réception (au partenaire de recueil)
admin-mail-kind-webhook-question = Webhook de statut : message pour le travailleur (au partenaire de recueil)
admin-mail-kind-webhook-resolved = Webhook de statut : résolu (au partenaire de recueil)
admin-mail-kind-webhook-closed = Webhook de statut : clôturé (au partenaire de recueil)
