# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Donner votre avis sur un recruteur
review-heading = Parlez de ce recruteur aux autres travailleurs
review-intro = Seuls le trajet, l'année et votre note générale sont nécessaires. Vous pouvez sauter tout le reste. On ne vous demande jamais votre nom et il n'est jamais affiché.
review-anonymous-note = Vous n'êtes pas connecté : votre avis est envoyé sans aucun compte, et nous ne gardons pas votre adresse internet avec lui.
review-signed-in-note = Vous êtes connecté : vous retrouverez cet avis sur la page de votre compte et pourrez le modifier plus tard. Les autres ne voient jamais qui l'a écrit.
review-errors-below = Certaines réponses doivent être corrigées. Les messages sont à côté ; tout ce que vous avez tapé est toujours là.
review-honeypot = Laissez ce champ vide
review-choose = Choisissez…
review-skip = Je préfère ne pas répondre
review-yes = Oui
review-no = Non
review-section-journey = Votre trajet
review-field-origin = Pays que vous avez quitté
review-field-destination = Pays où vous alliez travailler
review-field-year = Année de votre départ
review-field-sub-agent = Nom du sous-agent (intermédiaire) avec qui vous avez traité, s'il y en a un
review-sub-agent-hint = Beaucoup de travailleurs passent par un intermédiaire local qui travaille pour l'agence. Si vous en nommez un, votre avis compte pour cet intermédiaire, affiché comme sans licence.
review-field-sector = Type de travail
review-field-occupation = Votre métier
review-field-visa = Type de visa
review-rating-scale = 1 = très mauvais, 5 = très bon.
review-section-costs = Ce que vous avez payé
review-costs-intro = Selon le principe de l'employeur-payeur de l'OIT, les travailleurs ne doivent payer ni commission ni frais pour leur recrutement. Dites-nous quand même ce que vous avez payé, pour chaque type de frais.
review-field-currency = Monnaie de tous les montants
review-currency-hint = Utilisez une seule monnaie pour tous les montants de cette page, y compris votre salaire, pour que nous puissions comparer ce que vous avez payé avec ce que vous avez gagné.
review-paid-yes = J'ai payé pour cela
review-paid-no = Je n'ai pas payé
review-field-amount = Montant
review-field-paid-to = Payé à
review-field-receipt = Vous a-t-on donné un reçu ?
review-section-loan = Prêts
review-field-took-loan = Avez-vous emprunté de l'argent pour payer ?
review-field-lender = Qui vous l'a prêté
loan-interest-monthly = Intérêt par mois (%)
review-section-wages = Votre salaire
review-wages-hint = Montants par mois, dans la même monnaie que les frais.
review-field-promised-wage = Salaire mensuel promis
review-field-first-wage = Ce que vous avez reçu pour votre premier mois complet
review-first-wage-hint = Après impôts et toutes les retenues. Écrivez 0 si on ne vous a pas payé.
review-section-checks = Votre contrat et votre travail
review-section-ratings = Autres notes
review-field-use-again = Passeriez-vous de nouveau par ce recruteur ?
review-section-text = Votre histoire
review-text-hint = N'écrivez pas de noms, de numéros de téléphone, de numéros de passeport ni d'adresses : un modérateur les enlève avant que quelqu'un d'autre lise votre avis.
review-field-text = Ce qui s'est passé
review-field-text-language = Langue de votre texte
review-language-other = Une autre langue
review-moderation-note = Un modérateur lit chaque avis avant sa publication.
review-submit = Envoyer mon avis
review-write-link = Donner un avis sur ce recruteur

review-sent-title = Avis reçu
review-sent-heading = Merci pour votre avis
review-sent-moderation = Votre avis a été reçu. Un modérateur le lira avant sa publication.
review-sent-account = Vous pouvez suivre son état sur la page de votre compte :
review-abuse-heading = Ce que vous décrivez est peut-être contraire à la loi
review-abuse-text = Faire payer aux travailleurs des commissions de recrutement, garder leur passeport ou leurs papiers d'identité, changer le contrat après l'arrivée et ne pas payer le salaire promis sont interdits par les normes internationales et par la loi de nombreux pays. Vous pouvez déposer une plainte confidentielle auprès d'une organisation qui peut agir ; vous n'avez pas à donner votre nom.
review-abuse-rights-link = Connaître vos droits
review-back-to-recruiter = Retour au recruteur

error-review-year = Écrivez l'année de votre départ, de 1970 à cette année.
error-review-rating = Choisissez une note de 1 à 5.
error-review-rating-required = Choisissez votre note générale de 1 à 5.
error-review-text-long = Ce texte est trop long. Raccourcissez-le à 5000 caractères au plus.
error-review-sub-agent = Écrivez le nom du sous-agent avec des lettres, ou laissez le champ vide.
error-review-language = Choisissez une langue dans la liste.
error-review-page = Le numéro de page doit être un nombre entier de 1 à 1000.
error-review-json = La demande n'est pas un JSON valide pour un avis, ou contient un champ que nous ne connaissons pas.
error-review-cost-repeated = Chaque catégorie de frais ne peut apparaître qu'une fois.

cost-fee = Commission de recrutement
cost-fee-hint = Paiement pour trouver ou organiser l'emploi, quelle que soit la personne qui l'a encaissé.
cost-medical = Frais médicaux
cost-medical-hint = Examens médicaux, analyses, vaccins.
cost-insurance = Assurance
cost-insurance-hint = Assurance vie, santé ou accidents ; fonds de protection sociale des migrants.
cost-skills = Tests de compétences et de langue
cost-skills-hint = Tests de métier, tests de langue, certificats.
cost-training = Formation et orientation
cost-training-hint = Formation avant le départ ou après l'arrivée.
cost-equipment = Équipement
cost-equipment-hint = Outils, uniformes, équipement de sécurité.
cost-travel = Voyage et logement
cost-travel-hint = Billets et logement pour les entretiens, la formation, les rendez-vous pour le visa, le voyage aller et le retour.
cost-administrative = Papiers et permis
cost-administrative-hint = Passeport, visa, vérification des antécédents, autorisation de sortie, compte bancaire, permis de travail et de séjour.
cost-illegitimate = Pots-de-vin, dépôts et cautions
cost-illegitimate-hint = Paiements illégitimes dans tous les cas : pots-de-vin, rétrocommissions, dépôts de garantie, cautions, extorsion.

paid-to-recruiter = L'agence
paid-to-sub_agent = Un sous-agent ou un intermédiaire
paid-to-employer = L'employeur
paid-to-other = Quelqu'un d'autre

lender-recruiter = L'agence
lender-moneylender = Un prêteur privé
lender-bank = Une banque
lender-cooperative = Une coopérative ou un groupe de microfinance
lender-family = La famille ou des amis
lender-employer = L'employeur
lender-other = Quelqu'un d'autre

visa-work = Visa de travail
visa-domestic_work = Visa de travailleur domestique
visa-seasonal = Visa de travail saisonnier
visa-visit = Visa de visite ou de touriste
visa-student = Visa d'étudiant
visa-other = Un autre visa

check-contract_before_departure = Avez-vous reçu un contrat écrit avant de partir ?
check-contract_understood = Le contrat était-il dans une langue que vous comprenez ?
check-contract_substituted = Vous a-t-on fait signer un autre contrat après votre arrivée ?
check-documents_kept = Quelqu'un a-t-il gardé votre passeport ou votre carte d'identité ?
check-job_as_promised = Le travail était-il celui qu'on vous avait promis ?
check-wage_as_promised = Le salaire était-il celui qu'on vous avait promis ?
check-free_to_change_employer = Étiez-vous libre de changer d'employeur ?
check-info_accurate = Les informations reçues avant le départ étaient-elles exactes ?

rating-fees_honesty = Honnêteté sur les frais
rating-job_truth = Vérité sur le travail
rating-contract_documents = Contrat et papiers
rating-support_after_arrival = Soutien après l'arrivée
rating-overall = Note générale

review-status-pending = En attente d'un modérateur
review-status-approved = Publié
review-status-rejected = Non publié

reject-reason-not_a_review = Ce n'est pas un avis sur ce recruteur
reject-reason-spam = Publicité ou spam
reject-reason-abusive = Propos injurieux ou menaçants
reject-reason-personal_data = Trop d'informations personnelles pour être publié
reject-reason-duplicate = Copie d'un autre avis
reject-reason-wrong_recruiter = Concerne un autre recruteur
reject-reason-other = Autre motif

score-heading = Bilan
score-no-reviews = Pas encore d'avis publié.
score-rating-out-of-five = { $rating } sur 5
score-review-count = { $count ->
    [one] d'après { $count } avis
    [many] d'après { $count } avis
   *[other] d'après { $count } avis
}
score-rating-explained = La note tire vers la moyenne de tous les recruteurs tant que trop peu de travailleurs ont donné leur avis sur celui-ci, pour que quelques avis ne puissent pas le faire paraître très bon ou très mauvais.
score-rating-mean = Note générale moyenne
score-share-charged = Travailleurs à qui on a fait payer une commission ou des frais
score-share-documents = Travailleurs dont le passeport ou la carte d'identité a été gardé
score-share-substituted = Travailleurs dont le contrat a été changé
score-share-job-not = Travailleurs dont le travail n'était pas celui promis
score-share-again = Travailleurs qui passeraient de nouveau par ce recruteur
score-median-cost = Total médian payé ({ $currency })
score-median-ratio = Coût médian par rapport au salaire du premier mois
score-months-of-wages = { $months } mois de salaire
score-withheld = Pas encore assez d'avis
score-k-explained = Un chiffre apparaît dès qu'au moins 5 travailleurs ont répondu, pour que personne ne puisse être reconnu.

review-language-filter = Afficher les avis écrits en
review-language-any = Toutes les langues
review-language-filter-submit = Afficher
review-list-empty = Pas encore d'avis publié.
review-rating-line = Note : { $rating } sur 5
review-departed = départ en { $year }
review-would-use-again = Passerait de nouveau par ce recruteur.
review-would-not-use-again = Ne passerait plus par ce recruteur.

pii-phone = Numéro de téléphone
pii-email = Adresse e-mail
pii-passport = Numéro de passeport ou de carte d'identité
pii-url = Adresse web

moderate-title = Modération
moderate-heading = Avis en attente de modération
moderate-pending-count = { $count ->
    [one] { $count } avis en attente, le plus ancien d'abord.
    [many] { $count } avis en attente, les plus anciens d'abord.
   *[other] { $count } avis en attente, les plus anciens d'abord.
}
moderate-empty = Aucun avis en attente.
moderate-approved = L'avis est publié.
moderate-rejected = L'avis a été refusé.
moderate-gone = Un autre modérateur a déjà pris une décision sur cet avis.
moderate-review-title = Modérer un avis
moderate-review-heading = Avis en attente de modération
moderate-back = Retour à la file d'attente
moderate-status = État :
moderate-corridor = Trajet
moderate-sub-agent-note = Cet avis nomme un sous-agent ; une fois publié, il compte pour :
moderate-no-text = Le travailleur n'a écrit aucun texte.
moderate-collected-paper = Recueilli sur papier par { $who }
moderate-collected-partner = Envoyé par l’organisation partenaire { $who }
moderate-collected-phone = Recueilli par téléphone par { $who }
moderate-collected-batch = Lot d’importation { $batch }
moderate-redact-found = Données personnelles trouvées : les éléments cochés sont remplacés par […] à la publication
moderate-redact-text = Enlever aussi ce texte exact
moderate-redact-text-hint = Chaque endroit où il apparaît est remplacé par […]. Laissez vide s'il n'y a rien d'autre à enlever.
moderate-approve = Publier
moderate-reason = Motif du refus
moderate-reject = Refuser
moderate-error-span = Cette donnée personnelle n'est plus dans le texte. Rechargez la page.
moderate-error-redact-text = Le texte à enlever est trop long ou contient des caractères de contrôle.
moderate-error-redact-missing = Le texte à enlever n'apparaît pas dans l'avis.
moderate-error-reason = Choisissez un motif de refus.

account-reviews-heading = Vos avis
account-reviews-none = Vous n'avez encore donné d'avis sur aucun recruteur.
account-review-edit = Modifier
account-review-year = départ en { $year }
review-abuse-complaint-link = Déposer une plainte confidentielle
review-abuse-complaint-hint = Le formulaire de plainte s'ouvre avec ce que vous avez écrit dans cet avis. Vous le vérifiez, ajoutez ce qui s'est passé et choisissez qui peut le voir. Vous n'avez pas à donner votre nom.
moderate-changed = Son auteur a modifié cet avis après que vous l'avez ouvert. Relisez-le ci-dessous, puis décidez.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Genre
review-gender-hint = Facultatif. Il n'est jamais affiché avec votre avis : il est seulement compté dans des rapports sur des groupes d'au moins 5 travailleurs.
gender-woman = Femme
gender-man = Homme
gender-another = Autre genre
moderate-names-title = Noms en attente pour l'annuaire
moderate-names-hint = Des travailleurs ont cité ces sous-agents dans des plaintes ou des avis. Un nom que vous approuvez entre dans l'annuaire public à la prochaine publication hebdomadaire. Refusez les insultes, les noms de particuliers et tout ce qui n'est pas un recruteur.
moderate-names-empty = Aucun nom en attente.
moderate-names-looks-like = Ressemble à une agence de la liste :
moderate-names-approve = Approuver
moderate-names-refuse = Refuser
moderate-names-approved = Approuvé : le nom entre dans l'annuaire à la prochaine publication hebdomadaire.
moderate-names-refused = Refusé : le nom reste hors de l'annuaire.
moderate-names-gone = Un autre modérateur a déjà pris une décision sur ce nom.
moderate-names-more = D'autres noms attendent : prenez une décision sur ceux-ci pour voir les suivants.
