# Language: French (fr). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Le texte du dossier vous est ouvert.
sealed-unreadable = (scellé : ne peut pas être ouvert ici)
error-sealed-sign-in-again = Cette session ne peut pas ouvrir le contenu scellé des dossiers. Déconnectez-vous et reconnectez-vous.
error-sealed-not-given = Vous n'avez pas encore la clé de votre organisation. Un responsable de votre organisation peut vous la donner sur la page de la clé de l'organisation.
error-sealed-waiting = Ce dossier est arrivé à votre organisation après le dépôt de la plainte ; son texte s'ouvrira pour vous la prochaine fois que le travailleur le consultera avec son reçu.
error-sealed-destroyed = Ce que le travailleur a écrit a été supprimé.
error-sealed-no-key = Votre organisation n'a pas encore de clé. Un responsable la crée sur la page de la clé de l'organisation.

track-your-words = Ce que vous avez écrit

org-key-link = La clé de votre organisation
org-key-title = La clé de votre organisation
org-key-intro = Les plaintes sont conservées scellées. Seuls les membres qui ont la clé de votre organisation peuvent lire ce que les travailleurs vous ont écrit ; les administrateurs ne le peuvent pas.
org-key-none = Votre organisation n'a pas encore de clé, donc rien ne peut être scellé pour elle.
org-key-make = Créer la clé
org-key-you-hold = Vous avez la clé.
org-key-you-lack = Vous n'avez pas la clé. Demandez à un responsable de votre organisation de vous la donner.
org-key-members = Membres
org-key-lead = responsable
org-key-holds = a la clé
org-key-lacks = n'a pas la clé
org-key-not-signed-in = ne s'est pas connecté depuis que les plaintes sont scellées
org-key-give = Donner la clé
org-key-given = La clé a été donnée.
org-key-code-heading = Le code de secours de votre organisation
org-key-code-hint = Notez-le et gardez-le dans un endroit sûr, loin de cet ordinateur. Il n'est affiché que cette fois-ci. Si tous les responsables perdent leur mot de passe, il permet de récupérer la clé.
org-key-recover-heading = Récupérer la clé avec le code de secours
org-key-recover-hint = Utiliser le code le remplace par un nouveau, affiché une seule fois.
org-key-code-field = Code de secours
org-key-recover = Récupérer la clé
org-key-error-exists = Votre organisation a déjà une clé.
org-key-error-no-keyring = Ce membre ne s'est pas connecté depuis que les plaintes sont scellées. On pourra lui donner la clé après sa connexion.
org-key-error-code-format = Un code de secours compte 24 lettres et chiffres, en groupes de quatre.
org-key-error-code-wrong = Ce n'est pas le code de secours de votre organisation.
org-key-error-none = Votre organisation n'a pas encore de clé.

track-delete-heading = Supprimer ce que vous avez écrit
track-delete-hint = Votre texte, vos coordonnées et les messages avec les organisations sont supprimés maintenant, définitivement. Les organisations gardent les faits (l'agence, les pays, ce qui s'est passé) et leurs propres notes.
track-delete-confirm = Je comprends que c'est définitif
track-delete-submit = Supprimer ce que j'ai écrit
track-delete-confirm-required = Cochez la case pour confirmer.
track-deleted = Ce que vous avez écrit a été supprimé.

org-retention-heading = Combien de temps les dossiers sont gardés
org-retention-now = { $days ->
    [one] Ce que les travailleurs ont écrit est détruit { $days } jour après qu'un dossier est résolu ou fermé (30 jours après un retrait).
    [many] Ce que les travailleurs ont écrit est détruit { $days } jours après qu'un dossier est résolu ou fermé (30 jours après un retrait).
   *[other] Ce que les travailleurs ont écrit est détruit { $days } jours après qu'un dossier est résolu ou fermé (30 jours après un retrait).
}
org-retention-field = Jours
org-retention-hint = De 30 à 3650. Les faits comptés par les rapports sont conservés.
org-retention-submit = Enregistrer
org-retention-saved = Enregistré.
org-retention-error-days = Écrivez un nombre de jours de 30 à 3650.

admin-password-key-hint = La personne perd aussi la clé de son organisation, et vous ne pouvez pas lire ses dossiers : un responsable de son organisation lui redonne la clé.
sealed-grantors = Responsables qui peuvent la donner : { $names }.
