# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Maneno ya kesi hii yako wazi kwako.
sealed-unreadable = (imesimbwa: haiwezi kufunguliwa hapa)
error-sealed-sign-in-again = Kipindi hiki cha kuingia hakiwezi kufungua maudhui ya kesi yaliyosimbwa. Toka kisha uingie tena.
error-sealed-not-given = Bado huna ufunguo wa shirika lako. Kiongozi wa shirika lako anaweza kukupa kwenye ukurasa wa ufunguo wa shirika.
error-sealed-waiting = Kesi hii ilifika kwa shirika lako baada ya kutolewa; maneno yake yatafunguka kwako mfanyakazi atakapoiangalia tena kwa risiti yake.
error-sealed-destroyed = Alichoandika mfanyakazi kimefutwa.
error-sealed-no-key = Shirika lako bado halina ufunguo. Kiongozi huutengeneza kwenye ukurasa wa ufunguo wa shirika.

track-your-words = Ulichoandika

org-key-link = Ufunguo wa shirika lako
org-key-title = Ufunguo wa shirika lako
org-key-intro = Malalamiko huhifadhiwa yakiwa yamesimbwa. Ni wanachama walio na ufunguo wa shirika lako tu wanaoweza kusoma kile wafanyakazi walichowaandikia; wasimamizi hawawezi.
org-key-none = Shirika lako bado halina ufunguo, kwa hiyo hakuna kinachoweza kusimbwa kwa ajili yake.
org-key-make = Tengeneza ufunguo
org-key-you-hold = Una ufunguo.
org-key-you-lack = Huna ufunguo. Muombe kiongozi wa shirika lako akupe.
org-key-members = Wanachama
org-key-lead = kiongozi
org-key-holds = ana ufunguo
org-key-lacks = hana ufunguo
org-key-not-signed-in = hajaingia tangu malalamiko yaanze kusimbwa
org-key-give = Mpe ufunguo
org-key-given = Ufunguo umetolewa.
org-key-code-heading = Msimbo wa kurejesha wa shirika lako
org-key-code-hint = Uandike na uuweke mahali salama, mbali na kompyuta hii. Unaonyeshwa mara hii moja tu. Kama kila kiongozi atapoteza nenosiri lake, msimbo huu unarudisha ufunguo.
org-key-recover-heading = Rudisha ufunguo kwa msimbo wa kurejesha
org-key-recover-hint = Kutumia msimbo huu kunaubadilisha kwa msimbo mpya, unaoonyeshwa mara moja.
org-key-code-field = Msimbo wa kurejesha
org-key-recover = Rudisha ufunguo
org-key-error-exists = Shirika lako tayari lina ufunguo.
org-key-error-no-keyring = Mwanachama huyu hajaingia tangu malalamiko yaanze kusimbwa. Anaweza kupewa ufunguo baada ya kuingia.
org-key-error-code-format = Msimbo wa kurejesha una herufi na tarakimu 24, katika vikundi vya vinne.
org-key-error-code-wrong = Huu si msimbo wa kurejesha wa shirika lako.
org-key-error-none = Shirika lako bado halina ufunguo.

track-delete-heading = Futa ulichoandika
track-delete-hint = Maneno yako, taarifa zako za mawasiliano na jumbe ulizobadilishana na mashirika vinafutwa sasa, milele. Mashirika yanabaki na ukweli wa jambo (wakala, nchi, kilichotokea) na maelezo yao wenyewe.
track-delete-confirm = Naelewa kwamba hili haliwezi kutenduliwa
track-delete-submit = Futa nilichoandika
track-delete-confirm-required = Weka alama kwenye kisanduku kuthibitisha.
track-deleted = Ulichoandika kimefutwa.

org-retention-heading = Kesi huhifadhiwa kwa muda gani
org-retention-now = { $days ->
    [one] Alichoandika mfanyakazi huharibiwa siku { $days } baada ya kesi kutatuliwa au kufungwa (siku 30 baada ya malalamiko kuondolewa).
   *[other] Alichoandika mfanyakazi huharibiwa siku { $days } baada ya kesi kutatuliwa au kufungwa (siku 30 baada ya malalamiko kuondolewa).
}
org-retention-field = Siku
org-retention-hint = Kuanzia 30 hadi 3650. Ukweli unaohesabiwa katika ripoti unahifadhiwa.
org-retention-submit = Hifadhi
org-retention-saved = Imehifadhiwa.
org-retention-error-days = Andika idadi ya siku kuanzia 30 hadi 3650.

admin-password-key-hint = Pia atapoteza ufunguo wa shirika lake, na wewe huwezi kusoma kesi zake: kiongozi wa shirika lake atampa ufunguo tena.
sealed-grantors = Viongozi wanaoweza kuutoa: { $names }.
