# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Français
site-name = FairRecruit

## Page frame
nav-label = Menu principal
nav-skip-to-content = Aller au contenu
nav-recruiters = Recruteurs
nav-rights = Vos droits
language-switcher-label = Langue
footer-free = FairRecruit est gratuit pour les travailleurs. Vous n'avez jamais besoin de donner votre nom.
footer-privacy = Nous ne gardons pas votre adresse IP avec ce que vous envoyez.

## Home
home-title = Vérifiez un recruteur avant de payer
home-heading = Vérifiez un recruteur avant de payer qui que ce soit
home-lead = Cherchez une agence de recrutement : sa licence est-elle valable, dans quels pays envoie-t-elle des travailleurs, qu'est-il arrivé à ceux qui sont passés par elle ?
home-directory-size = { $count ->
    [0] Aucun recruteur n'est encore dans la liste.
    [one] { $count } recruteur est dans la liste.
    [many] { $count } recruteurs sont dans la liste.
   *[other] { $count } recruteurs sont dans la liste.
}
home-what-heading = À quoi sert FairRecruit
home-what-lookup = Cherchez dans les listes de licences des agences de recrutement, par nom ou par numéro de licence.
home-what-review = Dites aux autres travailleurs combien vous avez payé et comment on vous a traité.
home-what-complain = Déposez une plainte, sans votre nom si vous le voulez, et suivez-la avec un reçu.
home-free = FairRecruit est gratuit. Selon les normes internationales, c'est l'employeur, pas vous, qui doit payer votre recrutement.
home-rights-link = Connaître vos droits : qui doit payer le recrutement

## Search
search-label = Nom du recruteur ou numéro de licence
search-placeholder = p. ex. Himalaya ou 1234/071
search-button = Chercher
filters-heading = Filtres
filter-licensing-country = Pays qui a donné la licence
filter-destination = Envoie des travailleurs vers
filter-status = État de la licence
filter-any-country = Tous les pays
filter-any-status = Tous les états
results-title = Recruteurs
results-heading = Trouver un recruteur
results-none = Aucun recruteur ne correspond à votre recherche. Vérifiez l'orthographe, essayez une partie du nom ou enlevez un filtre.
results-empty-directory = Tapez un nom ou un numéro de licence, ou choisissez un pays, pour voir des recruteurs.
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
pager-page = Page { $page }

## Licence statuses
licence-status-active = Licence valide
licence-status-suspended = Licence suspendue
licence-status-revoked = Licence retirée
licence-status-expired = Licence expirée

## Recruiter profile
recruiter-licence-status = État de la licence
recruiter-licence-number = Numéro de licence
recruiter-licensing-country = Pays qui a délivré la licence
recruiter-address = Adresse
recruiter-destinations = Envoie des travailleurs vers
recruiter-destinations-none = Inconnu
recruiter-sub-agent = Sous-agent, sans licence
recruiter-sub-agent-explained = Des travailleurs ont cité cette personne ou ce bureau comme intermédiaire. Aucune liste de licences ne le contient.
recruiter-not-active-warning = Cette licence n'est pas valide. Un recruteur sans licence valide n'a pas le droit de recruter des travailleurs. Ne le payez pas.
recruiter-history-heading = Historique de la licence
recruiter-history-date = Date
recruiter-history-none = Aucun changement de licence enregistré.
recruiter-reviews-heading = Ce que disent les travailleurs

## Know your rights
rights-title = Vos droits
rights-heading = Vos droits quand on vous recrute pour travailler à l'étranger
rights-epp-heading = C'est l'employeur qui paie, pas vous
rights-epp-body = Selon le principe de l'employeur-payeur, aucun travailleur ne doit payer pour obtenir un emploi. L'employeur doit payer toutes les commissions et tous les frais du recrutement.
rights-epp-c181 = Convention 181 de l'OIT, article 7 : les agences d'emploi privées ne doivent mettre à la charge des travailleurs, de manière directe ou indirecte, en totalité ou en partie, ni honoraires ni autres frais.
rights-fees-heading = Ce qui compte comme commission ou frais de recrutement
rights-fees-intro = Vous n'avez jamais à payer les commissions pour le service du recruteur, peu importe qui les encaisse et quand. L'OIT cite aussi ces frais connexes, que l'employeur doit payer :
rights-illegitimate = Les pots-de-vin, tributs, rétrocommissions, cautions, dépôts de garantie et frais illégaux de recouvrement des coûts ne sont jamais permis, pour personne.
rights-documents-heading = Votre passeport est à vous
rights-documents-body = Personne n'a le droit de garder votre passeport ou votre carte d'identité contre votre volonté : ni le recruteur, ni l'employeur. Les garder est un signe de travail forcé.
rights-contract-heading = Votre contrat
rights-contract-body = Vous devez recevoir un contrat écrit avant de partir, dans une langue que vous comprenez. Si le travail, le salaire, l'employeur ou les horaires changent à votre arrivée, c'est une substitution de contrat.
rights-help-heading = Si quelque chose s'est mal passé
rights-help-body = Vous pouvez déposer une plainte sur FairRecruit sans donner votre nom. Elle ira aux organisations qui peuvent agir dans votre pays d'origine et dans votre pays de destination.
rights-not-legal-advice = Cette page explique en bref les normes internationales. Ce n'est pas un conseil juridique.

## Errors
error-go-home = Aller à la page d'accueil
error-status = Code d'erreur { $status }
error-invalid-input-title = Quelque chose ne va pas dans la demande
error-invalid-input = La demande n'a pas pu être comprise. Vérifiez ce que vous avez tapé et réessayez.
error-not-found-title = Page introuvable
error-not-found = Nous n'avons pas trouvé cette page ou ce recruteur. Le lien est peut-être faux ou trop ancien.
error-method-not-allowed-title = Non autorisé
error-method-not-allowed = Cette adresse n'accepte pas ce type de demande.
error-payload-too-large-title = Trop de données
error-payload-too-large = Ce que vous avez envoyé est trop gros. Envoyez moins et réessayez.
error-request-timeout-title = Trop lent
error-request-timeout = Ce que vous avez envoyé a mis trop de temps à arriver. Vérifiez votre connexion et envoyez-le de nouveau.
error-service-unavailable-title = FairRecruit est indisponible pour un moment
error-service-unavailable = Nous ne pouvons pas joindre notre base de données pour le moment. Rien de ce que vous avez envoyé n'est perdu. Réessayez dans quelques minutes.
error-internal-title = Quelque chose n'a pas marché
error-internal = Quelque chose n'a pas marché de notre côté. Réessayez plus tard.
error-query-too-long = La recherche est trop longue. Utilisez 200 caractères au maximum.
error-query-forbidden-chars = La recherche contient des caractères de contrôle invisibles. Tapez-la de nouveau sans eux.
error-invalid-encoding = L'adresse contient des caractères illisibles.
error-unknown-parameter = L'adresse contient un paramètre que nous ne connaissons pas.
error-repeated-parameter = L'adresse donne deux fois le même paramètre.
error-invalid-country = Choisissez un pays dans la liste.
error-invalid-status = Choisissez un état de licence dans la liste.
error-invalid-page = Le numéro de page doit être un nombre entier de 1 à 500.
error-invalid-per-page = Le nombre de résultats par page doit être de 1 à 100.
error-choice = Choisissez dans la liste.
error-text-long = Ce texte est trop long.
error-text-chars = Ce texte contient des caractères de contrôle invisibles ou des caractères illisibles. Tapez-le de nouveau sans eux.
error-text-markup = Ce texte contient « < » suivi de lettres, comme du code informatique. Écrivez-le sans cela.
error-amount = Écrivez un montant en chiffres seulement, par exemple 150000 ou 1500.50 (avec un point, pas une virgule, avant les centimes), jusqu'à 10 milliards.
error-currency = Choisissez la monnaie de vos montants.
error-interest = Écrivez l'intérêt mensuel sous forme de nombre de 0 à 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Compte
nav-sign-in = Se connecter
error-unauthorized-title = Veuillez vous connecter
error-unauthorized = Vous devez vous connecter pour cela. Votre session a peut-être pris fin.
error-forbidden-title = Non autorisé
error-forbidden = Votre compte ne peut pas ouvrir cette page.
error-conflict-title = Demande déjà reçue
error-conflict = Cette demande est en conflit avec une demande reçue plus tôt. Rien de nouveau n'a été enregistré.
error-idempotency-reused = Cette Idempotency-Key a déjà été utilisée pour une autre demande. Utilisez une nouvelle clé pour une nouvelle demande. Rien de nouveau n'a été enregistré.
error-idempotency-in-progress = La première demande avec cette Idempotency-Key est encore en cours de traitement. Réessayez dans un instant pour recevoir sa réponse.
error-idempotency-key = L'en-tête Idempotency-Key doit contenir de 1 à 255 caractères ASCII visibles, par exemple un UUID aléatoire.
error-attestation-language = La langue de l'attestation de consentement doit être l'un des codes de langue de ce service, par exemple ne, ar ou id.
error-attestation-channel = Le canal de l'attestation de consentement doit être l'un des suivants : whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = Le champ consented_at de l'attestation de consentement doit être une date et une heure avec leur décalage horaire (RFC 3339), ni dans le futur ni vieille de plus de 30 jours. Si le consentement est plus ancien, redemandez-le au travailleur.
error-partner-reference = La référence du partenaire doit contenir de 1 à 100 caractères ASCII visibles, sans espaces.
error-partner-reference-taken = Ce partenaire a déjà déposé une plainte sous cette référence. Utilisez une nouvelle référence pour une nouvelle conversation, ou la même Idempotency-Key pour répéter une demande.
error-too-many-requests-title = Veuillez patienter
error-too-many-requests = Trop de tentatives en peu de temps. Attendez un peu, puis réessayez.
error-sign-in-failed = Le nom d'utilisateur, le mot de passe ou le code n'est pas correct.
error-csrf = Ce formulaire a expiré. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
error-cross-site = Ce formulaire a été envoyé depuis un autre site web, nous l'avons donc refusé.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Référence de l'API
api-docs-intro = L'API JSON pour les applications et les organisations partenaires : chaque opération, ce qu'elle reçoit et ce qu'elle répond. Les descriptions ci-dessous sont en anglais.
# Link to the same reference as a machine-readable file.
api-docs-openapi = La même référence sous forme de document OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Opérations
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Nécessite un jeton d'accès (bearer token) dans l'en-tête Authorization: Bearer …
api-docs-parameters = Paramètres
# Heading: what the caller sends in the request's body.
api-docs-body = Corps de la requête
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Réponses
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Types de données
# Column heading: a field's or parameter's name.
api-docs-name = Nom
# Column heading: a field's data type (string, integer …).
api-docs-type = Type de donnée
api-docs-description = Descriptif
# Marks a field the caller must send.
api-docs-required = obligatoire

## Drafts kept on the phone (review and complaint forms)
draft-kept = Ce que vous écrivez ici est gardé comme brouillon sur ce téléphone seulement, jusqu’à ce que vous l’envoyiez ou le supprimiez. Toute personne qui utilise ce téléphone pourrait le lire.
draft-files = Les photos et les fichiers ne sont pas gardés dans le brouillon : choisissez-les de nouveau avant d’envoyer.
draft-restored = Votre brouillon a été remis en place. Vérifiez-le, puis envoyez-le.
draft-delete = Supprimer le brouillon
error-csrf-stale = Ce formulaire avait expiré : rien n’a été envoyé. Tout ce que vous avez écrit est ci-dessous : vérifiez-le et envoyez-le de nouveau.
