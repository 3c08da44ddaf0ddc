# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = የጉዳዩ ቃላት ለእርስዎ ክፍት ናቸው።
sealed-unreadable = (የታሸገ፦ እዚህ ሊከፈት አይችልም)
error-sealed-sign-in-again = ይህ የመግቢያ ክፍለ ጊዜ የታሸገ የጉዳይ ይዘት መክፈት አይችልም። ይውጡና እንደገና ይግቡ።
error-sealed-not-given = እስካሁን የድርጅትዎን ቁልፍ አልያዙም። የድርጅትዎ መሪ በድርጅቱ የቁልፍ ገጽ ላይ ሊሰጥዎ ይችላል።
error-sealed-waiting = ይህ ጉዳይ ወደ ድርጅትዎ የደረሰው ከቀረበ በኋላ ነው፤ ቃላቱ ለእርስዎ የሚከፈቱት ሠራተኛው በሚቀጥለው ጊዜ በደረሰኙ ሲመለከተው ነው።
error-sealed-destroyed = ሠራተኛው የጻፈው ተሰርዟል።
error-sealed-no-key = ድርጅትዎ እስካሁን ቁልፍ የለውም። መሪ በድርጅቱ የቁልፍ ገጽ ላይ ይፈጥረዋል።

track-your-words = የጻፉት

org-key-link = የድርጅትዎ ቁልፍ
org-key-title = የድርጅትዎ ቁልፍ
org-key-intro = ቅሬታዎች ታሽገው ይቀመጣሉ። ሠራተኞች ለእናንተ የጻፉትን ማንበብ የሚችሉት የድርጅትዎን ቁልፍ የያዙ አባላት ብቻ ናቸው፤ አስተዳዳሪዎች አይችሉም።
org-key-none = ድርጅትዎ እስካሁን ቁልፍ የለውም፤ ስለዚህ ለእሱ ምንም ነገር ሊታሸግ አይችልም።
org-key-make = ቁልፉን ይፍጠሩ
org-key-you-hold = ቁልፉን ይዘዋል።
org-key-you-lack = ቁልፉን አልያዙም። የድርጅትዎን መሪ እንዲሰጥዎ ይጠይቁ።
org-key-members = አባላት
org-key-lead = መሪ
org-key-holds = ቁልፉን ይዟል
org-key-lacks = ቁልፉን አልያዘም
org-key-not-signed-in = ቅሬታዎች መታሸግ ከጀመሩ ወዲህ አልገባም
org-key-give = ቁልፉን ይስጡ
org-key-given = ቁልፉ ተሰጥቷል።
org-key-code-heading = የድርጅትዎ የመልሶ ማግኛ ኮድ
org-key-code-hint = ይጻፉትና ከዚህ ኮምፒውተር ርቆ በአስተማማኝ ቦታ ያስቀምጡት። የሚታየው አሁን አንድ ጊዜ ብቻ ነው። ሁሉም መሪዎች የይለፍ ቃላቸው ቢጠፋባቸው፣ ይህ ኮድ ቁልፉን መልሶ ይሰጣል።
org-key-recover-heading = በመልሶ ማግኛ ኮዱ ቁልፉን መልሰው ያግኙ
org-key-recover-hint = ኮዱን መጠቀም በአዲስ ኮድ ይተካዋል፤ አዲሱም አንድ ጊዜ ብቻ ይታያል።
org-key-code-field = የመልሶ ማግኛ ኮድ
org-key-recover = ቁልፉን መልሰው ያግኙ
org-key-error-exists = ድርጅትዎ አስቀድሞ ቁልፍ አለው።
org-key-error-no-keyring = ይህ አባል ቅሬታዎች መታሸግ ከጀመሩ ወዲህ አልገባም። ከገባ በኋላ ቁልፉ ሊሰጠው ይችላል።
org-key-error-code-format = የመልሶ ማግኛ ኮድ 24 ፊደሎችና አሃዞች ሲሆን፣ በአራት በአራት የተከፋፈለ ነው።
org-key-error-code-wrong = ይህ የድርጅትዎ የመልሶ ማግኛ ኮድ አይደለም።
org-key-error-none = ድርጅትዎ እስካሁን ቁልፍ የለውም።

track-delete-heading = የጻፉትን ይሰርዙ
track-delete-hint = ቃላትዎ፣ የመገናኛ ዝርዝሮችዎ እና ከድርጅቶቹ ጋር የተለዋወጧቸው መልእክቶች አሁኑኑ፣ ለዘለቄታው ይሰረዛሉ። ድርጅቶቹ እውነታዎቹን (ኤጀንሲውን፣ አገሮቹን፣ የተፈጠረውን) እና የራሳቸውን ማስታወሻዎች ይዘው ይቆያሉ።
track-delete-confirm = ይህ ሊቀለበስ እንደማይችል ተረድቻለሁ
track-delete-submit = የጻፍኩትን ይሰርዙ
track-delete-confirm-required = ለማረጋገጥ ሳጥኑ ላይ ምልክት ያድርጉ።
track-deleted = የጻፉት ተሰርዟል።

org-retention-heading = ጉዳዮች ለምን ያህል ጊዜ ይቀመጣሉ
org-retention-now = { $days ->
    [one] ሠራተኞች የጻፉት ጉዳዩ ከተፈታ ወይም ከተዘጋ ከ{ $days } ቀን በኋላ ይደመሰሳል (ቅሬታው ከተነሳ ከ30 ቀናት በኋላ)።
   *[other] ሠራተኞች የጻፉት ጉዳዩ ከተፈታ ወይም ከተዘጋ ከ{ $days } ቀናት በኋላ ይደመሰሳል (ቅሬታው ከተነሳ ከ30 ቀናት በኋላ)።
}
org-retention-field = ቀናት
org-retention-hint = ከ30 እስከ 3650። ሪፖርቶቹ የሚቆጥሯቸው እውነታዎች ይቀመጣሉ።
org-retention-submit = ያስቀምጡ
org-retention-saved = ተቀምጧል።
org-retention-error-days = ከ30 እስከ 3650 ያለ የቀናት ቁጥር ያስገቡ።

admin-password-key-hint = የድርጅታቸውን ቁልፍም ያጣሉ፤ እርስዎም ጉዳዮቻቸውን ማንበብ አይችሉም፦ የድርጅታቸው መሪ ቁልፉን እንደገና ይሰጣቸዋል።
sealed-grantors = ቁልፉን ሊሰጡ የሚችሉ መሪዎች፦ { $names }።
