# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = Déposer une plainte
complaint-new-heading = Déposer une plainte confidentielle
complaint-new-intro = Dites-nous ce qui s'est passé. Nous l'envoyons seulement aux organisations que vous choisissez, dans les pays de votre trajet. Seuls le recruteur et les deux pays sont obligatoires.
complaint-new-safety = Vous n'avez pas besoin de donner votre nom, votre e-mail ou votre numéro de téléphone. Nous ne vous posons jamais de questions sur votre statut migratoire et nous ne partageons jamais rien avec les services de l'immigration.
complaint-section-recruiter = Qui vous a recruté
complaint-about = Concerne :
complaint-recruiter-hint = Trouvez l'agence dans l'annuaire et choisissez-y « Déposer une plainte confidentielle contre ce recruteur », ou écrivez ci-dessous le nom de l'agent ou de l'intermédiaire.
complaint-recruiter-find = Chercher dans l'annuaire
complaint-recruiter-link = Déposer une plainte confidentielle contre ce recruteur
complaint-field-sub-agent = Nom de l'agent ou de l'intermédiaire
complaint-sub-agent-hint = Un intermédiaire sans licence, par exemple un démarcheur de votre village. Écrivez le nom comme vous le connaissez.
complaint-field-sub-agent-country = Pays où travaille cet agent
complaint-choose = — choisissez —
complaint-section-journey = Votre trajet
complaint-field-origin = Pays que vous avez quitté
complaint-field-destination = Pays où vous êtes allé (ou deviez aller)
complaint-field-stage = Où êtes-vous maintenant ?
complaint-field-sector = Type de travail
complaint-field-occupation = Votre métier
complaint-field-departure-year = Année de votre départ
complaint-section-danger = Votre sécurité
complaint-field-in-danger = Je suis en danger maintenant
complaint-in-danger-hint = Cochez ici si vous ou d'autres personnes courez un danger maintenant. Ces plaintes sont lues en premier. En cas d'urgence, appelez aussi le numéro d'urgence local.
complaint-field-workers = Combien de travailleurs sont touchés, vous compris ?
complaint-section-issues = Ce qui s'est passé
complaint-issues-hint = Cochez tout ce qui correspond. Vous pouvez ne rien cocher et seulement écrire.
complaint-field-description = Avec vos propres mots
complaint-description-hint = Ce qui s'est passé, quand, et qui était impliqué. N'écrivez rien que vous ne voulez pas que les organisations lisent.
complaint-section-money = Argent
complaint-money-hint = Montants en chiffres, par exemple 1500 ou 1500.50 (avec un point, pas une virgule, avant les centimes).
complaint-field-fee = Commissions payées pour obtenir l'emploi
complaint-field-currency = Monnaie
complaint-field-promised-wage = Salaire mensuel promis
complaint-field-actual-wage = Salaire mensuel reçu le premier mois
complaint-field-wage-currency = Monnaie des salaires
complaint-field-visa-type = Type de visa
complaint-costs-hint = Qu'avez-vous payé ? Cochez chaque type de frais.
complaint-field-lender = Avez-vous emprunté de l'argent pour payer ? À qui ?
complaint-lender-none = Je n'ai pas emprunté
complaint-section-remedy = Ce que vous demandez
complaint-section-consent = Qui peut recevoir votre plainte
complaint-consent-hint = Votre plainte va seulement aux types d'organisation que vous cochez, et seulement à celles qui couvrent vos pays.
complaint-share-labour-inspectorate = Inspections du travail (État, dans le pays de travail)
complaint-share-origin-authority = Autorités de recrutement (État, dans votre pays d'origine)
complaint-share-trade-union = Syndicats
complaint-share-legal-aid = Organisations d'aide juridique
complaint-no-immigration = Aucune de ces organisations n'applique les lois sur l'immigration.
complaint-section-contact = Comment vous joindre
complaint-account-hint = « Mon compte » relie cette plainte au compte avec lequel vous êtes connecté. Choisissez « Seulement mon reçu » pour rester anonyme : alors rien ne la relie à votre compte.
complaint-field-contact = Un contact que vous choisissez (téléphone, WhatsApp, e-mail ou une personne)
complaint-contact-hint = Seulement si vous avez choisi « Un contact que je choisis ». Donnez-en un qui est sûr pour vous.
complaint-field-safe-times = Heures où l'on peut vous contacter sans danger
complaint-contact-consent = Qui peut voir ce contact (seulement des organisations qui reçoivent aussi la plainte) :
complaint-section-behalf = Plainte déposée pour un travailleur
complaint-field-behalf-consent = Le travailleur a accepté que je dépose cette plainte pour lui et a accepté les choix ci-dessus.
complaint-submit = Envoyer la plainte
complaint-contact-receipt_only = Seulement mon reçu (anonyme)
complaint-contact-account = Mon compte
complaint-contact-contact = Un contact que je choisis

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = Quelqu'un a profité de ma situation difficile
complaint-issue-deception = On m'a trompé ou on m'a menti
complaint-issue-restriction_of_movement = Je ne suis pas libre de sortir ou de partir
complaint-issue-isolation = On me tient à l'écart des autres
complaint-issue-physical_sexual_violence = Violence physique ou sexuelle
complaint-issue-intimidation_threats = Menaces ou intimidation
complaint-issue-retention_of_documents = On garde mon passeport ou ma carte d'identité
complaint-issue-withholding_of_wages = On retient mon salaire
complaint-issue-debt_bondage = Je dois travailler pour rembourser une dette
complaint-issue-abusive_conditions = Conditions de travail ou de vie très mauvaises
complaint-issue-excessive_overtime = Beaucoup trop d'heures de travail
complaint-issue-fees_charged = J'ai payé des commissions pour obtenir l'emploi
complaint-issue-job_deception = Le travail ou le salaire n'est pas celui promis
complaint-issue-contract_substitution = Mon contrat a été remplacé par un autre
complaint-issue-no_contract = Pas de contrat, ou un contrat que je ne comprenais pas
complaint-issue-documents_retained = Le recruteur a gardé mes papiers
complaint-issue-wages_unpaid = Salaire non payé
complaint-issue-discrimination = Discrimination
complaint-issue-harassment = Harcèlement
complaint-issue-unlicensed_recruiter = Le recruteur n'avait pas de licence
complaint-stage-before_departure = Encore chez moi, avant le départ
complaint-stage-in_transit = En route
complaint-stage-at_destination = Dans le pays de travail
complaint-stage-returned = De retour chez moi
complaint-remedy-refund = Récupérer mon argent
complaint-remedy-unpaid_wages = Mon salaire impayé
complaint-remedy-documents_returned = Récupérer mes papiers
complaint-remedy-repatriation = Rentrer chez moi
complaint-remedy-change_of_employer = Changer d'employeur
complaint-remedy-other = Autre chose

## The receipt

receipt-title = Votre reçu
receipt-heading = Votre plainte a été reçue
receipt-intro = Voici votre numéro de reçu :
receipt-once = Nous l'affichons seulement maintenant, une fois. Nous ne le gardons pas et ne pouvons pas le renvoyer. Sans lui, personne ne peut retrouver votre plainte, même pas vous.
receipt-how-write = Notez-le ou prenez-le en photo, et gardez-le dans un endroit sûr.
receipt-how-track = Pour voir la suite, répondre à des questions ou retirer la plainte, tapez-le sur
receipt-how-safe = Toute personne qui a ce numéro peut lire les réponses à votre plainte : ne le donnez à personne.
receipt-behalf = Donnez ce numéro au travailleur, de façon sûre.
receipt-routed = { $count ->
    [one] Elle a été envoyée à { $count } organisation.
    [many] Elle a été envoyée à { $count } organisations.
   *[other] Elle a été envoyée à { $count } organisations.
}
receipt-unrouted = Aucune organisation qui couvre vos pays n'a encore rejoint FairRecruit. Votre plainte est gardée et nos administrateurs en cherchent une ; revenez voir avec votre reçu.

## Following a complaint

track-title = Suivre votre plainte
track-heading = Suivre votre plainte
track-intro = Tapez le reçu à 16 chiffres qu'on vous a donné quand vous avez déposé la plainte.
track-field-receipt = Numéro de reçu
track-submit = Voir ma plainte
track-lost = Nous ne gardons aucune copie des reçus : un reçu perdu ne peut pas être retrouvé. Vous pouvez déposer la plainte de nouveau.
track-received = Reçue le { $day }.
track-is-withdrawn = Vous avez retiré cette plainte.
track-no-referrals = Elle n'est encore arrivée à aucune organisation. Nous en cherchons une qui couvre vos pays.
track-kind = Type
track-status = État
track-opened = Reçue par l'organisation le
track-outcome = Résultat
track-question-waiting = Cette organisation attend votre réponse.
track-from-you = Vous
track-from-staff = L'organisation
track-answer = Votre réponse
track-add-information = Ajouter des informations
track-send = Envoyer
track-message-sent = Votre message a été envoyé.
track-withdrawn = Votre plainte est retirée. Les organisations ont été prévenues.
track-withdraw-heading = Retirer la plainte
track-withdraw-hint = Si vous la retirez, toutes les organisations ferment votre plainte. Vous ne pourrez pas revenir en arrière.
track-withdraw-confirm = Oui, je veux retirer ma plainte
track-withdraw-submit = Retirer
track-linked-heading = Plaintes reliées à votre compte
track-linked-hint = Vous avez choisi de les relier à votre compte. Pour répondre ou retirer une plainte, tapez son reçu ci-dessus.

## Referral statuses, priorities, outcomes

case-status-new = Nouveau
case-status-acknowledged = Réception confirmée
case-status-investigating = Enquête en cours
case-status-awaiting_worker = En attente du travailleur
case-status-resolved = Résolu
case-status-closed = Fermé
case-close-reason-out_of_jurisdiction = Hors de la compétence de cette organisation
case-close-reason-unfounded = Non confirmé par les faits constatés
case-close-reason-withdrawn = Retiré par le travailleur
case-remedy-money_recovered = Argent récupéré
case-remedy-documents_returned = Papiers rendus
case-remedy-licence_action = Mesure contre la licence du recruteur
case-remedy-prosecution_referral = Transmis au parquet
case-remedy-other = Autre réparation
case-money-recovered = récupéré : { $amount }
case-priority-urgent = Urgente
case-priority-high = Haute
case-priority-normal = Normale
case-priority-low = Basse
case-action-acknowledge = Accuser réception
case-action-investigate = Ouvrir l'enquête
case-action-ask_worker = Interroger le travailleur (envoyez d'abord un message)
case-action-resume = Reprendre l'enquête
case-action-resolve = Résoudre avec un résultat
case-action-close = Fermer avec un motif

## Staff: the queue

inspect-title = Dossiers
inspect-heading = Dossiers de votre organisation
inspect-filter-status = État
inspect-filter-priority = Priorité
inspect-filter-country = Pays (d'origine ou de destination)
inspect-filter-recruiter = Identifiant du recruteur
inspect-filter-overdue = En retard seulement
inspect-filter-submit = Filtrer
inspect-status-open = Dossiers ouverts
inspect-status-all = Tous les dossiers
inspect-priority-any = Toutes les priorités
inspect-country-any = Tous les pays
inspect-escalations-heading = Escalades (responsables)
inspect-escalations-none = Aucun dossier en retard.
inspect-escalation-acknowledge = réception non accusée dans les délais
inspect-escalation-answer = pas de réponse dans les délais
inspect-queue-heading = File d'attente : les plus urgents d'abord, puis les plus anciens
inspect-empty = Aucun dossier ne correspond.
inspect-same-recruiter = Tous les dossiers sur ce recruteur

## Staff: one case

case-title = Dossier { $id }
case-back = Retour aux dossiers
case-saved = Enregistré.
case-withdrawn = Le travailleur a retiré cette plainte.
case-on-behalf = Déposée par un chargé de dossiers au nom du travailleur, avec son consentement.
case-recruiter-profile = Profil du recruteur
case-in-danger = En danger maintenant
case-overdue = En retard
case-sub-agent = Agent sans licence
case-priority = Priorité
case-priority-overridden = (fixée par le personnel)
case-status = État
case-collective = Dossier collectif
case-facts-heading = La plainte
case-fact-received = Reçue le
case-fact-corridor = Corridor
case-fact-workers = Travailleurs touchés
case-fact-acknowledge-by = Accuser réception avant le
case-fact-answer-by = Répondre avant le
case-fact-licensing-country = Pays de la licence
case-fact-sector = Secteur
case-fact-occupation = Métier
case-fact-departure-year = Année de départ
case-fact-stage = Où se trouve le travailleur maintenant
case-fact-fee = Commissions payées pour l'emploi
case-fact-promised-wage = Salaire mensuel promis
case-fact-actual-wage = Salaire reçu le premier mois
case-fact-issues = Ce qui s'est passé
case-fact-remedies = Ce que demande le travailleur
case-fact-description = Avec les mots du travailleur
case-fact-contact = Contact choisi par le travailleur
case-fact-safe-times = Heures sûres pour le contacter
case-fact-costs = Frais payés
case-fact-loan = Prêt pour payer
case-fact-visa-type = Type de visa
case-contact-heading = Contact
case-contact-withheld = Le travailleur a donné un contact mais n'a pas autorisé votre type d'organisation à le voir. Écrivez-lui par les messages ci-dessous : il les lit avec son reçu.
case-contact-none = Le travailleur suit la plainte seulement avec son reçu. Écrivez-lui par les messages ci-dessous.
case-collective-heading = Dossier collectif
case-collective-member = Fait partie du dossier collectif { $id } :
case-same-recruiter = { $count ->
    [0] Aucun autre dossier ouvert ici ne concerne ce recruteur.
    [one] { $count } autre dossier ouvert ici concerne ce recruteur.
    [many] { $count } autres dossiers ouverts ici concernent ce recruteur.
   *[other] { $count } autres dossiers ouverts ici concernent ce recruteur.
}
case-group-submit = Les regrouper en un seul dossier collectif
case-actions-heading = Étape suivante
case-field-action = Étape
case-field-reason = Motif ou note (obligatoire pour fermer)
case-field-priority-reason = Pourquoi (obligatoire)
case-field-close-reason = Pourquoi le dossier est fermé
case-field-remedies = Résultat : réparations obtenues
case-field-amount = Argent récupéré (montant)
case-field-whole-group = Appliquer à tous les dossiers du dossier collectif
case-action-submit = Enregistrer cette étape
case-messages-heading = Messages et notes
case-messages-none = Pas encore de message.
case-note = Note interne
case-from-worker = Du travailleur
case-to-worker = Au travailleur
case-field-message = Message au travailleur
case-field-internal = Note interne (le travailleur ne la voit jamais)
case-message-submit = Envoyer
case-priority-heading = Changer la priorité
case-priority-submit = Changer la priorité
case-refer-heading = Transmettre
case-refer-hint = Ouvre un dossier dans une autre organisation. Seuls les types d'organisation acceptés par le travailleur sont proposés.
case-field-organisation = Organisation
case-refer-submit = Transmettre
case-timeline-heading = Historique
case-step-opened = Dossier ouvert
case-step-referred-on = Transmis à une autre organisation
case-step-priority = Priorité changée
case-step-grouped = Ajouté à un dossier collectif
case-step-escalated = Délai dépassé : responsables prévenus

## Administrators

unrouted-title = Plaintes pas encore transmises
unrouted-heading = Plaintes qu'aucune organisation n'a reçues
unrouted-intro = Ces plaintes ne correspondent aux pays d'aucune organisation d'un type accepté par le travailleur. Ajoutez une organisation qui les couvre. Leur contenu n'est pas affiché ici.
unrouted-none = Toutes les plaintes sont arrivées à une organisation.
unrouted-recruiter = Recruteur
unrouted-kinds = Types acceptés
unrouted-count = Plaintes pas encore transmises
unrouted-route-hint = Après avoir ajouté une organisation qui les couvre, transmettez de nouveau les plaintes en attente.
unrouted-route-submit = Transmettre de nouveau les plaintes en attente
unrouted-routed = { $count ->
    [one] { $count } plainte est arrivée à une organisation.
    [many] { $count } plaintes sont arrivées à une organisation.
   *[other] { $count } plaintes sont arrivées à une organisation.
}

## Errors

error-complaint-recruiter-required = Choisissez le recruteur dans l'annuaire, ou écrivez le nom de l'agent ou de l'intermédiaire.
error-complaint-recruiter-both = Donnez soit un recruteur de l'annuaire, soit le nom d'un agent, pas les deux.
error-complaint-recruiter-unknown = Nous n'avons pas trouvé ce recruteur dans l'annuaire.
error-complaint-country-required = Choisissez le pays.
error-complaint-corridor-same = Les deux pays doivent être différents.
error-complaint-year = Donnez une année, par exemple 2024.
error-complaint-workers = Donnez un nombre de travailleurs de 1 à 100 000.
error-complaint-lender = Choisissez qui a prêté l'argent, ou laissez l'intérêt vide.
error-complaint-consent-required = Choisissez au moins un type d'organisation qui peut recevoir votre plainte.
error-complaint-contact-consent = Votre contact ne peut aller qu'à des organisations qui reçoivent aussi la plainte.
error-complaint-contact-consent-required = Choisissez qui peut voir votre contact.
error-complaint-contact-required = Écrivez le contact par lequel vous voulez être joint, ou choisissez « Seulement mon reçu ».
error-complaint-account-needed = Connectez-vous pour relier la plainte à votre compte, ou choisissez « Seulement mon reçu ».
error-complaint-behalf-consent = Confirmez que le travailleur a accepté que vous déposiez la plainte pour lui.
error-track-receipt-format = Un reçu a 16 chiffres, par exemple 1234-5678-9012-3456.
error-track-receipt-unknown = Aucune plainte n'a ce reçu. Vérifiez les chiffres et réessayez.
error-track-referral = Ce n'est pas une des organisations de votre plainte.
error-track-referral-closed = Cette organisation a fermé votre plainte ; elle ne peut plus recevoir de messages.
error-track-withdraw-confirm = Cochez la case pour confirmer que vous voulez retirer la plainte.
error-case-transition = Cette étape n'est pas possible depuis l'état actuel du dossier.
error-case-action-unknown = Choisissez une étape dans la liste.
error-case-close-reason = Choisissez pourquoi le dossier est fermé.
error-case-reason-required = Écrivez le motif.
error-case-outcome-required = Choisissez au moins une réparation obtenue.
error-case-money-required = Donnez le montant et la monnaie de l'argent récupéré.
error-case-money-unexpected = Un montant va seulement avec « Argent récupéré ».
error-case-message-required = Écrivez un message.
error-case-priority = Choisissez une priorité dans la liste.
error-case-refer-self = Le dossier est déjà dans cette organisation.
error-case-refer-consent = Le travailleur n'a pas accepté de partager la plainte avec ce type d'organisation.
error-case-refer-coverage = Cette organisation ne travaille pas dans les pays de cette plainte.
error-case-refer-exists = Cette organisation a déjà cette plainte.
error-case-group-alone = Aucun autre dossier ouvert ici ne concerne ce recruteur.
error-case-filter = Un filtre a une valeur que nous ne connaissons pas.

## Evidence (photos, documents, voice notes)
evidence-heading = Photos, documents et messages vocaux
evidence-hint = Ajoutez une photo d'un contrat, d'un reçu de paiement de commission, d'une fiche de paie ou d'un message du recruteur, un PDF ou un message vocal. La localisation et les informations du téléphone sont retirées des photos.
evidence-field-files = Fichiers
evidence-files-hint = Photos (JPEG, PNG, WebP), PDF ou messages vocaux (MP3, Ogg, M4A, AMR) ; plusieurs à la fois.
evidence-field-share = Qui peut voir ces fichiers
evidence-submit = Envoyer les fichiers
evidence-sent = Vos fichiers ont été ajoutés à la plainte.
evidence-location-removed = La localisation et les informations du téléphone ont été retirées de vos photos.
evidence-choose-again = Rien n'a été envoyé. Choisissez de nouveau les fichiers : le navigateur ne les garde pas.
evidence-kind-photo = Photo
evidence-kind-document = Document
evidence-kind-voice = Message vocal
evidence-size-kb = { $count } Ko
error-evidence-type = Ce type de fichier n'est pas accepté. Envoyez des photos (JPEG, PNG, WebP), des documents PDF ou des messages vocaux (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = Un fichier n'a pas pu être lu : il est peut-être abîmé, incomplet ou protégé par un mot de passe.
error-evidence-pixels = Une photo est trop grande. Envoyez une copie plus petite.
error-evidence-too-large = Un fichier dépasse la taille permise. Envoyez une copie plus petite.
error-evidence-too-many = Trop de fichiers à la fois. Envoyez-les en plusieurs fois.
error-evidence-none = Choisissez au moins un fichier.
error-evidence-share = Choisissez qui peut voir les fichiers, parmi les organisations qui ont reçu votre plainte.
error-evidence-complaint-full = Cette plainte contient déjà autant de fichiers que possible. Envoyez seulement les plus importants.
error-evidence-truncated = L'envoi a été coupé. Réessayez.
evidence-from-staff = que l'organisation vous a envoyé
evidence-sent-by-you = envoyé par votre organisation
evidence-staff-field = Envoyer des fichiers au travailleur
evidence-staff-hint = Un formulaire, une décision ou une lettre. Le travailleur les ouvre avec son reçu ; aucune autre organisation ne les voit. La localisation est retirée des photos.
evidence-staff-submit = Envoyer au travailleur
error-webhook-url-malformed = Saisissez une adresse web complète (https://…) de 2 000 caractères au plus, sans nom d’utilisateur ni mot de passe.
error-webhook-url-not-https = L’adresse doit commencer par https://.
error-webhook-url-private = Cette adresse mène à un réseau privé, local ou réservé. Utilisez une adresse de l’internet public.
error-webhook-url-unresolved = Le nom d’hôte de cette adresse est introuvable. Vérifiez son orthographe.
