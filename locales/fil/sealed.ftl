# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Mababasa mo ang isinulat sa kasong ito.
sealed-unreadable = (selyado: hindi mabubuksan dito)
error-sealed-sign-in-again = Hindi mabubuksan ng session na ito ang selyadong nilalaman ng kaso. Mag-log out at mag-log in muli.
error-sealed-not-given = Wala ka pang susi ng iyong organisasyon. Maibibigay ito sa iyo ng isang pinuno ng iyong organisasyon sa pahina ng susi ng organisasyon.
error-sealed-waiting = Dumating ang kasong ito sa iyong organisasyon matapos itong maihain; mababasa mo ang nakasulat dito kapag tiningnan ulit ito ng manggagawa gamit ang kanyang resibo.
error-sealed-destroyed = Nabura na ang isinulat ng manggagawa.
error-sealed-no-key = Wala pang susi ang iyong organisasyon. Ginagawa ito ng isang pinuno sa pahina ng susi ng organisasyon.

track-your-words = Ang isinulat mo

org-key-link = Ang susi ng iyong organisasyon
org-key-title = Ang susi ng iyong organisasyon
org-key-intro = Selyado ang pagkakatago ng mga reklamo. Ang mga miyembrong may hawak ng susi ng iyong organisasyon lang ang makababasa ng isinulat sa inyo ng mga manggagawa; hindi ito mababasa ng mga administrator.
org-key-none = Wala pang susi ang iyong organisasyon, kaya walang maseselyuhan para rito.
org-key-make = Gawin ang susi
org-key-you-hold = Hawak mo ang susi.
org-key-you-lack = Hindi mo hawak ang susi. Hilingin sa isang pinuno ng iyong organisasyon na ibigay ito sa iyo.
org-key-members = Mga miyembro
org-key-lead = pinuno
org-key-holds = may hawak ng susi
org-key-lacks = walang hawak na susi
org-key-not-signed-in = hindi pa nagla-log in mula nang iselyo ang mga reklamo
org-key-give = Ibigay ang susi
org-key-given = Naibigay na ang susi.
org-key-code-heading = Ang recovery code ng iyong organisasyon
org-key-code-hint = Isulat ito at itago sa ligtas na lugar, malayo sa computer na ito. Ngayon lang ito ipapakita. Kung mawala ng lahat ng pinuno ang kanilang password, maibabalik nito ang susi.
org-key-recover-heading = Bawiin ang susi gamit ang recovery code
org-key-recover-hint = Kapag ginamit ang code, papalitan ito ng bagong code na isang beses lang ipapakita.
org-key-code-field = Code sa pagbawi
org-key-recover = Bawiin ang susi
org-key-error-exists = May susi na ang iyong organisasyon.
org-key-error-no-keyring = Hindi pa nagla-log in ang miyembrong ito mula nang iselyo ang mga reklamo. Maibibigay sa kanila ang susi pagkatapos nilang mag-log in.
org-key-error-code-format = Ang recovery code ay 24 na titik at numero, nakapangkat nang tig-aapat.
org-key-error-code-wrong = Hindi ito ang recovery code ng iyong organisasyon.
org-key-error-none = Wala pang susi ang iyong organisasyon.

track-delete-heading = Burahin ang isinulat mo
track-delete-hint = Buburahin ngayon, nang tuluyan, ang mga salita mo, ang iyong contact at ang mga mensahe sa mga organisasyon. Mananatili sa mga organisasyon ang mga katotohanan (ang ahensya, ang mga bansa, ang nangyari) at ang sarili nilang mga tala.
track-delete-confirm = Naiintindihan kong hindi na ito maibabalik
track-delete-submit = Burahin ang isinulat ko
track-delete-confirm-required = Lagyan ng tsek ang kahon para kumpirmahin.
track-deleted = Nabura na ang isinulat mo.

org-retention-heading = Gaano katagal itinatago ang mga kaso
org-retention-now = { $days ->
    [one] Sinisira ang isinulat ng mga manggagawa { $days } araw matapos malutas o maisara ang kaso (30 araw matapos bawiin ang reklamo).
   *[other] Sinisira ang isinulat ng mga manggagawa { $days } araw matapos malutas o maisara ang kaso (30 araw matapos bawiin ang reklamo).
}
org-retention-field = Mga araw
org-retention-hint = Mula 30 hanggang 3650. Itinatago ang mga katotohanang binibilang sa mga ulat.
org-retention-submit = I-save
org-retention-saved = Na-save na.
org-retention-error-days = Maglagay ng bilang ng araw mula 30 hanggang 3650.

admin-password-key-hint = Mawawala rin sa kanila ang susi ng kanilang organisasyon, at hindi mo mababasa ang kanilang mga kaso: ibibigay ulit sa kanila ng isang pinuno ng kanilang organisasyon ang susi.
sealed-grantors = Mga pinunong makapagbibigay nito: { $names }.
