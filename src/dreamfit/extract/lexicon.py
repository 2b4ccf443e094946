"""Cue words and named things for the rule-based extractor, English and German side by side.

Each entry of :data:`TERMS` is ``(facet, label, pattern)``: when ``pattern`` matches inside a clause,
the clause yields a criterion of that facet with that canonical label. Patterns are case-insensitive
regular expressions; word boundaries are added around them.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "AVOID_CUES",
    "CAPABILITY_TERMS",
    "COMPANY_FACETS",
    "COMPANY_FOCUS",
    "COMPANY_SIZES",
    "DE_LABELS",
    "FOCUS_FACTOR",
    "GERMAN_ROLE_COMPOUNDS",
    "HIGH_CUES",
    "LIST_NEGATORS",
    "LOCATIONS",
    "LOW_CUES",
    "MUST_CUES",
    "NEAR_POST_NEGATORS",
    "NOT_NEGATIONS",
    "OUTSIDE_CUES",
    "POSITION_FACETS",
    "POSITION_FOCUS",
    "POSTING_TERMS",
    "POST_NEGATORS",
    "ROLE_NOUNS",
    "TERMS",
    "TermIndex",
    "compile_term_index",
]

# --- polarity and importance -------------------------------------------------------------------
AVOID_CUES: Final = (
    r"no|not|never|don'?t|do not|doesn'?t|won'?t|wouldn'?t|can'?t|avoid|without|rather not|"
    r"nothing|neither|nor|nobody|hate|hated|hating|dislike|disliked|refuse|deal ?breaker|"
    r"kein|keine|keinen|keinem|keiner|keinerlei|nicht|nichts|ohne|niemals|nie|niemand|vermeiden|"
    r"kommt nicht in frage|auf keinen fall|ungern|as few|möglichst wenige?|so wenige?|"
    r"done with|(?:tired|sick) of|fed up with|rather than|instead of|anstatt|"
    r"statt (?:eine[rsmn]?|der|die|das|dem|den|zu)|(?:mir|uns|ist|sind|wäre|wären) lieber als"
)
"""Words that negate what follows them closely (within a few words)."""

LIST_NEGATORS: Final = (
    r"(?:i'?d|i would|would) (?:prefer|rather) not|prefer not|"
    r"(?:would|will|do|does|did|could|can)(?: not|n'?t)(?: \w+)? (?:want|accept|like|consider|"
    r"take|do|work)|won'?t|never|avoid\w*|rather not|no more|nothing (?:in|with|at|that)|"
    r"deal ?breakers?|not (?:interested|open) (?:in|to)|"
    r"no (?:\w+ )?(?:jobs?|roles?|positions?|companies|employers?|work)|"
    r"keine (?:\w+ )?(?:stellen?|jobs?|firmen|arbeitgeber)|"
    r"(?:nicht|keine?n?) (?:akzeptier\w*|in frage|mehr)|möchte (?:ich )?(?:keine?\w*|nicht)|"
    r"will (?:ich )?(?:keine?\w*|nicht)|auf keinen fall|kommt\b.*\bnicht in frage|vermeide\w*|"
    r"was ich nicht|raus aus|weg (?:von|aus)|get(?:ting)? out of|away from"
)
"""Phrases that negate everything after them in the clause ("I would not accept X, Y or Z")."""

POST_NEGATORS: Final = (
    r"(?:mache?|will|möchte|kann|würde) ich (?:\w+ )?(?:nicht(?: mehr)?|auf keinen fall|nie(?:mals)?)|"
    r"auch nicht|"
    r"(?:i'?m|i am) done with|done with (?:it|them|that)|no more of (?:it|that)|"
    r"(?:gehen|geht|kommt|kommen|passt|passen)\b[\w ]*\bnicht|(?:are|is) a (?:hard )?no|no[- ]go|"
    r"not for me|nicht für mich|(?:ist|sind) raus|out of the question|off the table|"
    r"lehne (?:ich )?(?:\w+ )?ab\b|"
    r"(?:ist|wäre|waere|war) (?:\w+ ){0,3}nicht (?:meins|mein ding|mein fall)|not my thing|"
    r"deal ?breakers?"
)
"""Phrases after the things they negate ("Tabak oder Glücksspiel mache ich nicht"): the clause."""

NEAR_POST_NEGATORS: Final = (
    r"reicht'?s|reicht (?:es|mir)|(?:hab|habe) (?:ich )?genug|had enough|enough of (?:it|that)"
)
"""Phrases that refuse only the few words right before them ("nach sechs Jahren Befristungen
reicht's"), not the whole clause ("Ich brauche eine unbefristete Stelle, ...")."""

NOT_NEGATIONS: Final = (
    r"no more than|not more than|no less than|not only|no matter|not just|nicht nur|"
    r"nicht mehr als|no problem|kein problem|no longer"
)
"""Phrases with a negation word that do not negate a criterion."""

OUTSIDE_CUES: Final = r"outside(?: of)?|außerhalb(?: von)?"
"""A place right after these is the seeker's place either way: "a practice outside Exeter" is
near Exeter, and "nothing outside Hamburg" wants Hamburg."""
MUST_CUES: Final = (
    r"must|(?<!they )(?<!\bwe )need|needs|have to|has to|required?|essential|non[- ]negotiable|mandatory|"
    r"at least|minimum|at a minimum|won'?t accept|will not accept|would not accept|never|"
    r"deal ?breaker|under no circumstances|"
    r"muss|müssen|unbedingt|zwingend|mindestens|auf jeden fall|auf keinen fall|"
    r"kommt nicht in frage|ab\s+\d[\d.,]*"
)
HIGH_CUES: Final = (
    r"really|absolutely|most|loved?|important|ideal|ideally|especially|particularly|"
    r"above all|priority|key|crucial|"
    r"am wichtigsten|wichtig|sehr|besonders|vor allem|am meisten|ideal|geliebt|liebe"
)
LOW_CUES: Final = (
    r"would be (?:nice|great|a plus|a bonus)|nice to have|bonus|a plus|if possible|optional|"
    r"don'?t mind|not required|could|maybe|perhaps|(?:is|are|would be) (?:ok|okay|fine)|"
    r"wäre schön|wäre toll|wäre ein plus|gerne|gern|optional|vielleicht|nicht so wichtig|"
    r"ginge auch|geht auch|(?:ist|wäre|sind) (?:ok|okay|in ordnung)"
)

# --- named things, by facet --------------------------------------------------------------------
TERMS: Final[tuple[tuple[str, str, str], ...]] = (
    # work mode
    ("work_mode", "remote", r"remote(?:[- ]first| work| only)?|fully remote|work from home|wfh|"
        r"home ?office|homeoffice|mobiles arbeiten|von zu hause|remote-arbeit"),
    ("work_mode", "hybrid", r"hybrid\w*|(?:two|three|2|3|zwei|drei) (?:or (?:two|three|2|3) )?days"
        r" (?:a week )?(?:in|im) (?:the )?(?:office|büro)|teilweise remote"),
    ("work_mode", "onsite", r"on[- ]?site|in[- ]person|in the office every day|vor ort|präsenz"),
    # employment type
    ("employment_type", "full-time", r"full[- ]?time|vollzeit\w*|festanstellung|feste[nr]? anstellung|"
        r"fest ?angestellt\w*|permanent|steady|unbefristet\w*"),
    ("employment_type", "part-time", r"part[- ]?time|teilzeit\w*|minijob"),
    ("employment_type", "contract", r"contract(?:or)?|freelance\w*|freiberufl\w*|befrist\w*|"
        r"fixed[- ]term|zeitvertr\w*"),
    ("employment_type", "temporary", r"temporary|temp|seasonal|saisonal|saison\w*|aushilfe|"
        r"zeitarbeit|zero[- ]hours?(?: contracts?)?"),
    ("employment_type", "internship", r"internship|\w*praktikum\w*"),
    ("employment_type", "working student", r"working student|werkstudent\w*"),
    ("employment_type", "unpaid work", r"unpaid|unbezahlt\w*|unentgeltlich\w*|ehrenamtlich\w*|"
        r"(?:academic|school|college) credit"),
    # schedule
    ("schedule", "day shift", r"day shifts?|daytime|tagschicht|frühschicht"),
    ("schedule", "night shift", r"(?:night|overnight) (?:\w+ )?shifts?|nights|overnights|nachtschicht\w*|nachtdienst\w*|"
        r"nächte"),
    ("schedule", "shift work", r"shift work|rotating shifts|schichtdienst|schichtarbeit|wechselschicht"),
    ("schedule", "weekends", r"weekends?|wochenend\w*|saturdays?|sundays?|samstag\w*|sonntag\w*"),
    ("schedule", "split shifts", r"split shifts?|geteilte[rn]? dienst\w*|geteilte schicht\w*"),
    ("schedule", "6-day week", r"(?:6|six)[- ]day (?:work ?)?weeks?|6-tage-woche|sechs-tage-woche"),
    ("schedule", "on-call", r"on[- ]call|pager duty|rufbereitschaft|bereitschaftsdienst"),
    ("schedule", "flexible hours", r"flexible (?:hours|schedule|working hours)|flexible arbeitszeit\w*|"
        r"flexible (?:stunden|zeiten|dienstzeiten)|"
        r"gleitzeit|vertrauensarbeitszeit"),
    ("schedule", "late shifts", r"late shifts?|evening shifts?|evenings|evening work|spätschicht\w*|spätdienst\w*|"
        r"bis 2[0-3] uhr|closing shifts?"),
    ("schedule", "night shift", r"night audit|nachtaudit|nachtschicht|nachtdienst\w*"),
    ("schedule", "overtime", r"overtime|überstunden|long hours|\d\d[- ]hour weeks?|busy season"),
    ("schedule", "regular hours", r"regular hours|normal (?:working )?hours|9[- ]to[- ]5|"
        r"(?:feste|geregelte|planbare) (?:arbeits|dienst)?zeiten|"
        r"(?:feste|geregelte|planbare) arbeitszeiten|verlässlich\w* dienstplan\w*|dienstplan\w*|"
        r"us hours|business hours|time ?zones?|zeitzonen?|monday (?:to|through|thru|-|–) friday|"
        r"mon(?:day)?\s?[-–]\s?fri(?:day)?|m-f|weekdays|montag bis freitag|mo\.?\s?[-–]\s?fr\.?"),
    ("schedule", "home every night", r"home (?:every|each) night|home (?:daily|nightly)|"
        r"abends (?:wieder )?zu ?hause|jeden abend zu ?hause"),
    ("schedule", "school hours", r"school hours|school run|kita[- ]?zeiten|schulzeiten"),
    ("schedule", "4-day week", r"(?:4|four)[- ]day (?:work ?)?week|4-tage-woche|vier-tage-woche|"
        r"4 ?x ?10s?|compressed (?:work ?)?(?:week|schedule)"),
    # travel
    ("travel", "overnight stays", r"montage\w*|übernacht\w*|overnight stays?|auswärts"),
    ("schedule", "early finish on Fridays", r"(?:freitags?|fridays?) (?:um |at |by |ab )?\d{1,2}"
        r"(?: uhr|pm| ?p\.m\.)?(?: feierabend| off| frei)?|short fridays?|half[- ]day fridays?|"
        r"früh\w* feierabend|early finish\w*"),
    ("culture", "outdoor work", r"outdoors|outside work|outdoor work|draußen|draussen|frischen luft|"
        r"waldkita|waldkindergarten|naturpädagog\w*"),
    ("industry", "home care", r"ambulant\w*(?: pflege\w*| dienst\w*)?|home care|home health(?: care)?|"
        r"häuslich\w* pflege|pflegedienst\w*"),
    ("travel", "short commute", r"within \d+ ?(?:min\w*|km|miles?)|(?:min|mins|minuten|minutes|km|"
        r"kilometern?|miles?) (?:fahrt\w*|anfahrt|arbeitsweg|fahrzeit|pendel\w*|commute|drive|of|from|"
        r"von|vom)|short commute|kurze\w* (?:arbeitsweg\w*|anfahrt\w*|fahrtweg\w*|pendelweg\w*)"),
    ("travel", "relocation", r"relocat(?:e|ing|ion)|umzug|umziehen|umzuziehen"),
    ("travel", "long haul", r"long[- ]haul|over[- ]the[- ]road|otr|fernverkehr|weeks? at a time"),
    ("travel", "local routes", r"local routes?|nahverkehr|local delivery"),
    ("travel", "regional routes", r"regional routes?|regional runs?|regional lanes?|regionalverkehr|"
        r"regional"),
    ("travel", "travel", r"travel(?:ing|ling)?|business trips|reisetätigkeit|reisebereitschaft|"
        r"dienstreisen|reisen"),
    # benefits
    ("benefit", "health insurance", r"health (?:insurance|benefits|care coverage)|medical|dental|"
        r"krankenversicherung"),
    ("benefit", "401k", r"401\s?\(?k\)?"),
    ("benefit", "paid time off", r"paid time off|pto|vacation|paid leave|urlaub\w*|urlaubstage"),
    ("benefit", "unlimited vacation", r"unlimited (?:pto|vacation|paid time off|holidays?)|"
        r"unbegrenzte[rn]? urlaub"),
    ("benefit", "equity", r"equity|stock options?|rsus?|aktienoptionen|mitarbeiterbeteiligung|"
        r"esop|vsop|virtual shares|virtuelle anteile"),
    ("benefit", "dog-friendly office", r"dog[- ]friendly|dogs? (?:allowed|welcome)|bring your dog|"
        r"hundefreundlich\w*|bürohund\w*|hund mitbringen|hunde? (?:sind )?(?:im büro )?(?:willkommen|erlaubt)"),
    ("benefit", "pension", r"pension|retirement plan|betriebliche altersvorsorge|bav|altersvorsorge|"
        r"annuity|betriebsrente"),
    ("benefit", "returner support", r"returnships?|returner (?:programs?|programmes?|support)|"
        r"wiedereinstiegs?(?:programm|unterstützung)\w*"),
    ("benefit", "shift premiums", r"zuschläge|\w*zuschlag\w*|schichtzulage\w*|shift differentials?|"
        r"shift premiums?|night differentials?"),
    ("benefit", "parental leave", r"parental leave|maternity leave|paternity leave|elternzeit"),
    ("benefit", "bonus", r"bonus(?:es)?|prämie\w*"),
    ("benefit", "training budget", r"training budget|learning budget|weiterbildung\w*|fortbildung\w*|"
        r"training|paid (?:for )?(?:my |the |our )?(?:[\w-]+ ){0,2}(?:cert\w*|courses?|exams?|"
        r"licen[cs]\w*|degrees?)|certification\w*|"
        r"tuition|schulung\w*|education budget"),
    ("benefit", "discount", r"(?:employee |staff )?discounts?|\w*rabatt\w*"),
    ("benefit", "company bike", r"jobrad|dienstrad|company bike"),
    ("benefit", "company car", r"firmenwagen|dienstwagen|company car|firmenauto"),
    ("benefit", "accommodation", r"personalzimmer|\w*personalwohnung\w*|unterkunft|accommodation|"
        r"staff housing|employee housing|housing (?:provided|included|stipend)|"
        r"\w*dienstwohnung\w*|\w*werkswohnung\w*|\w*mitarbeiterwohnung\w*|"
        r"wohnung (?:auf dem hof|im haus|gestellt|inklusive|inkl\w*)"),
    ("benefit", "workwear", r"arbeitskleidung|berufskleidung|dienstkleidung|workwear|"
        r"uniforms? (?:provided|included|paid)"),
    ("benefit", "commission", r"commissions?|commission[- ](?:based|only)|provision(?:en)?|"
        r"provisionsbasis|auf provision\w*|umsatzbeteiligung\w*|\d+/\d+ split"),
    ("benefit", "benefits", r"good benefits|great benefits|benefits|sozialleistungen|zusatzleistungen"),
    # company type
    ("company_type", "staffing agency", r"staffing(?: agency| firm)?|recruit(?:ing|ment) agenc\w*|"
        r"personalvermittlung\w*|personaldienstleist\w*|arbeitnehmerüberlassung"),
    ("company_type", "temp agency", r"zeitarbeit\w*|leiharbeit\w*|temp agenc\w*"),
    ("company_type", "crypto", r"crypto\w*|krypto\w*|blockchain|web3|nft"),
    ("company_type", "defense", r"defen[cs]e|military|weapons|rüstung\w*"),
    ("company_type", "consulting", r"consulting|consultancy|unternehmensberatung\w*|beratungsfirma"),
    ("company_type", "outsourcing provider", r"outsourc\w*|bpo|\w*dienstleister|body ?leasing"),
    ("company_type", "nonprofit", r"non-?profit|ngo|gemeinnützig\w*|charit\w*|third sector|"
        r"verein"),
    ("company_type", "church-run", r"kirchlich\w*(?: träger)?|diakonie|caritas|church[- ](?:run|affiliated|based)|"
        r"faith[- ]based"),
    ("company_type", "public sector", r"public[- ]sector|government|municipal\w*|state agenc\w*|"
        r"öffentliche[nmr]? dienst\w*|behörde|"
        r"public (?:school|district)|städtisch\w*|kommunal\w*"),
    ("company_type", "call center", r"call cent(?:er|re)s?|callcenter|phone queues?"),
    ("company_type", "franchise", r"franchis\w*"),
    ("company_type", "chain", r"big[- ]box\w*|(?:store|hotel|retail|restaurant) chains?|chains|"
        r"restaurant groups?|ketten?|filialist\w*"),
    ("company_type", "law firm", r"law firms?|(?:rechts)?anwaltskanzlei\w*|legal department|"
        r"rechtsabteilung\w*"),
    ("company_type", "accounting firm", r"public accounting|big ?(?:4|four)|cpa firms?|"
        r"accounting firms?|steuerkanzlei\w*|kanzlei\w*|wirtschaftsprüf\w*"),
    ("company_type", "union", r"union(?:ized)? (?:shop|job|jobs|contract)|union(?:ized)?|"
        r"gewerkschaft\w*|ibew"),
    ("benefit", "collective pay agreement", r"tarif(?:vertrag|gebunden\w*|lohn|gehalt|bezahlung|"
        r"lich\w*)?|nach tarif|tvöd|tv-?l|avr|collective (?:bargaining )?agreements?"),
    ("company_type", "charter school", r"charter schools?"),
    ("company_type", "discounter", r"discounter|aldi|lidl|penny"),
    ("company_type", "agency", r"agenc(?:y|ies)|agentur\w*|(?:werbe|marketing|digital|kreativ|"
        r"medien|media|event|online|design)agentur\w*"),
    # stage and size
    ("company_stage", "startup", r"start-?ups?|early[- ]stage|seed[- ]stage|jung\w* startup|pre-?ipo|"
        r"(?:pre-?)?seed(?:[- ]funded| round| finanziert\w*)|series a\b"),
    ("company_stage", "scale-up", r"scale-?ups?|growing fast|fast[- ]growing|rapid growth|"
        r"series [b-d]\b|"
        r"growth stage|wachsend\w*|grow(?!ers?\b)\w*|grew fast"),
    ("company_stage", "bootstrapped", r"bootstrapped|self-funded|profitable|profitabel|"
        r"eigenfinanziert\w*"),
    ("company_stage", "VC-funded", r"vc[- ](?:backed|funded)|venture[- ](?:backed|funded)|"
        r"risikokapital\w*|wagniskapital\w*"),
    ("company_stage", "enterprise", r"big (?:\w+ )?employer|large (?:\w+ )?employer|"
        r"established (?:[\w-]+ )?(?:company|companies|employer|firm|business)|publicly traded|"
        r"public company|börsennotiert\w*|etabliert\w* (?:\w+ )?(?:unternehmen|firma|arbeitgeber)"),
    ("company_size", "small company", r"small (?:\w+ )?(?:company|team|business|firm|shop|studio|"
        r"practice|charity|nonprofit|clinic|agency|store|startup|office|organi[sz]ation)|"
        r"kleine\w* (?:firma|team|unternehmen|betrieb|einrichtung|praxis)"),
    ("company_size", "mid-size company", r"mid[- ]?size\w*|medium[- ]sized|mittelständ\w*|mittelstand|"
        r"mittelgroß\w*"),
    ("company_stage", "family business", r"family[- ](?:owned|run|business)|familienunternehmen|"
        r"familienbetrieb\w*|family business(?:es)?|"
        r"familiengeführt\w*|inhabergeführt\w*|owner[- ]run|locally owned"),
    ("company_size", "large company", r"big (?:company|corporation|employer)|large company|"
        r"(?:big|large|huge|giant),? (?!4\b|four\b)(?:[\w-]+,? ){0,2}(?:firms?|practices?|chains?|franchises?|"
        r"banks?|corporations?|compan(?:y|ies)|employers?|agenc(?:y|ies)|hospitals?|retailers?|consultanc(?:y|ies)|organi[sz]ations?)|"
        r"giant corporation|großunternehmen|große[ns]? (?:unternehmen|firma|träger|häuser|haus)|"
        r"gro(?:ß|ss)e\w* \w*(?:ketten?|konzern\w*|kliniken|klinik|agenturen|agentur|kanzlei\w*|"
        r"verlag\w*|häuser|betriebe?|firmen)|"
        r"konzern\w*|corporat\w*|enterprise|shared service\w*|groß(?:einrichtung|klinik|betrieb|"
        r"konzern|unternehmen|kette)\w*|\w*konzern\w*"),
    ("company_size", "small company", r"klein\w* \w*(?:haus|hotel|kita|laden|büro|studio|betrieb|"
        r"einrichtung|praxis|team|firma|unternehmen|agentur|träger|salon|ei|heim|gruppe|kanzlei|"
        r"klinik|café|restaurant|werkstatt|schule|verlag|verlage|laden|geschäft|hof)|"
        r"boutique\w*|small (?:\w+ ){0,2}(?:credit union|"
        r"bank|salon|restaurant|hotel|school|library|museum|lab|shop|firm|practice|saas|"
        r"companies|firms|shops|teams|agencies|startups|publisher|brewery|bakery|farm|clinic|"
        r"dealership|nonprofit|charity|business(?:es)?)"),
    # culture
    ("culture", "flat hierarchy", r"flat(?:ter)? hierarch\w*|flache\w* hierarchie\w*"),
    ("culture", "collaborative", r"collaborative|collaboration|teamwork|team spirit|teamgeist|"
        r"zusammenarbeit|kollegial\w*"),
    ("culture", "creative", r"creative|creativity|kreativ\w*"),
    ("culture", "kind", r"kind|friendly|supportive|respectful|warm|freundlich\w*|wertschätzend\w*"),
    ("culture", "fun", r"fun|humou?r|spaß"),
    ("culture", "mission-driven", r"mission|purpose|meaningful|meaning|impact|sinn|sinnvoll\w*|sinnstiftend\w*"),
    ("culture", "work-life balance", r"work[- ]life[- ]balance|vereinbarkeit"),
    ("culture", "diverse", r"diverse|diversity|inclusive|inclusion|vielfalt"),
    ("culture", "calm", r"calm|ruhig\w*|quiet|laid[- ]back|relaxed|entspannt\w*|chill"),
    ("culture", "respectful", r"respect\w*|respektvoll\w*|wertschätz\w*|valued|appreciated"),
    ("culture", "toxic", r"toxic|yell\w*|scream\w*|shout\w*|anschreien|angeschrien|cholerisch\w*"),
    ("culture", "autonomy", r"autonom\w*|micromanag\w*|selbstständig\w*|eigenverantwort\w*|"
        r"ownership|verantwortung"),
    ("culture", "mentoring", r"mentor\w*|feedback|code reviews?|einarbeitung"),
    ("culture", "down-to-earth", r"bodenständig\w*|familiär\w*|herzlich\w*|down[- ]to[- ]earth"),
    ("culture", "honest", r"honest|ehrlich\w*|transparen\w*"),
    ("culture", "fair", r"fair\w*|gerecht\w*"),
    ("culture", "patient", r"geduld\w*|nett|nette[mnrs]?|patient colleagues"),
    ("culture", "reputation", r"guten ruf|reputation|ruf als"),
    ("culture", "career growth", r"career (?:growth|path|development)|promot\w*|aufstieg\w*|"
        r"(?:intern|von innen) befördert|beförder(?:ung|t) von innen|"
        r"karriere\w*|entwicklungsmöglichkeit\w*|weiterentwicklung"),
    ("culture", "hands-on", r"anpack\w*|hands[- ]on mentality|macher\w*"),
    ("culture", "stability", r"stability|stable|secure|job security|sicherheit|sicherer? arbeitsplatz|"
        r"steady|consistent|routine|predictab\w*|planbar\w*|verlässlich\w*"),
    ("culture", "personal", r"(?:knew|know|knows|kannte\w*|kennt) (?:\w+ ){0,3}by name|by name|"
        r"beim namen|personal touch|persönlich\w*"),
    ("culture", "supportive", r"support(?:ive|ed)?|backed (?:you|me|us) up|had (?:each other's|my|our) "
        r"backs?|unterstütz\w*|rückhalt|zusammenhalt"),
    ("culture", "trust", r"trust\w*|vertrau\w*|freiheit\w*|freedom|machen lassen|spielraum"),
    ("culture", "ownership", r"end[- ]to[- ]end|own(?:ed|ing)? (?:the|it|my|our|services|projects)|"
        r"ownership|eigene projekte"),
    ("culture", "learning", r"learn(?:ing|ed)? (?:a lot|from|every|so much)|lots to learn|"
        r"viel (?:ge)?lern\w*|dazulern\w*"),
    ("culture", "pressure", r"\w*druck|pressure|high[- ]pressure|hetze|gehetzt"),
    ("culture", "good team", r"great team|good team|tolle\w* team|nette\w* team|crew|colleagues|"
        r"kollegen|kolleginnen|coworkers|co-workers"),
    # language
    ("language", "English", r"english[- ]speaking|in english|english team|englischsprachig\w*|"
        r"auf englisch|arbeitssprache englisch|english|englisch\w*"),
    ("language", "German", r"german[- ]speaking|in german|deutschsprachig\w*|auf deutsch"),
    ("language", "Spanish", r"spanish|español|spanisch"),
    ("language", "French", r"french|français|französisch"),
    ("language", "bilingual", r"bilingual|zweisprachig"),
    # industry
    ("industry", "healthcare", r"health ?care|healthcare|hospitals?|clinic\w*|medical|patients?|"
        r"gesundheit\w*|krankenhaus|klinik\w*|pflege\w*"),
    ("industry", "academia", r"academia|academic|akademie|akademisch\w*|universit\w*|"
        r"hochschul\w*|wissenschaftsbetrieb"),
    ("industry", "animal testing", r"tierversuch\w*|animal (?:testing|experiments?|work|research)|"
        r"vivo"),
    ("industry", "education", r"education|school(?![- ](?:year|run|hours|holidays?|breaks?|days?|"
        r"semesters?|terms?))|schools|teaching|bildung|schule\w*"),
    ("industry", "climate", r"climate|renewable\w*|clean energy|sustainab\w*|klima\w*|nachhaltig\w*|"
        r"erneuerbar\w*"),
    ("industry", "finance", r"finance|fintech|banking|bank(?<!blood bank)(?<!food bank)(?<!data bank)(?<!sperm bank)s?|"
        r"finanzen|finanz(?:branche|wesen|sektor|welt|industrie|dienstleist\w*|institut\w*|unternehmen)"),
    ("industry", "insurance", r"(?<=in )insurance|insurance (?:company|companies|industry|carriers?|sector|"
        r"business|firms?)|insurers?|versicherer|versicherungs(?:branche|wesen|wirtschaft|unternehmen|"
        r"gesellschaft\w*|konzern\w*)|(?<=einer )versicherung|(?<=in der )versicherung"),
    ("industry", "manufacturing", r"manufactur\w*|factory|factories|fertigung|produktion|"
        r"production(?! code| systems?| environment| ready)"),
    ("industry", "logistics", r"logistics|supply chain|warehouse (?:work|job|worker|associate)s?|logistik\w*|lagerlogistik"),
    ("industry", "software", r"software|saas|tech company|tech industry"),
    ("industry", "retail", r"retail|einzelhandel|e-commerce|ecommerce"),
    ("industry", "public transport", r"public transport|öpnv"),
    ("industry", "biotech", r"biotech\w*|oncolog\w*|cancer research|cell therap\w*|immuno\w*|"
        r"pharma(?!c(?:y|ies|ists?)\b)\w*|life sciences?"),
    ("industry", "museums", r"museums?|science cent(?:er|re)s?|aquari(?:um|ums|a)|zoos?|"
        r"planetari(?:um|ums|a)|museen"),
    ("industry", "fashion", r"(?:fast )?fashion|modebranche|modeindustrie"),
    ("industry", "advertising", r"ad[- ]?tech|advertis\w*|werbung|werbebranche"),
    ("industry", "gambling", r"gambl\w*|betting|casinos?|glücksspiel\w*|sportwetten"),
    ("industry", "tobacco", r"tobacco|tabak\w*|zigarett\w*"),
    ("industry", "fossil fuels", r"fossil fuels?|oil (?:and|&) gas|oil companies|kohle|erdöl"),
    ("industry", "hospitality", r"hospitality|hotels?|restaurants?|gastronomie|gastro|hotellerie"),
    ("industry", "energy", r"energy|energie\w*|photovolt\w*|solar\w*|pv|ökostrom\w*|oekostrom\w*|"
        r"strom(?:anbieter|versorger)\w*|stadtwerke"),
    ("industry", "construction", r"construction|baugewerbe|baubranche|gewerbebau|\w*baustelle\w*|"
        r"commercial (?:buildings?|projects?)"),
    ("industry", "food", r"food delivery|lebensmittel\w*|food"),
    ("industry", "drugstore", r"drogerie\w*|drugstores?"),
    ("industry", "mobility", r"mobility|mobilität\w*|verkehrswende"),
    ("industry", "automotive", r"automotive|automobil\w*|car industry"),
    # seniority
    ("seniority", "junior", r"junior|entry[- ]level|entry|graduate|trainee|berufseinst\w*|"
        r"career[- ]changers?|quereinst\w*|"
        r"einstieg\w*"),
    ("seniority", "mid", r"mid[- ]level|midlevel|mid ?/ ?senior|junior ?/ ?mid|experienced|berufserfahren\w*|journeyman|geselle\w*"),
    ("seniority", "senior", r"senior"),
    ("seniority", "lead", r"team lead|tech lead|lead role|leadership (?:role|position)|"
        r"führungsposition|teamleitung|"
        r"\w*leitung|\w*leiter\w*|stellvertret\w*|meister\w*|führungs\w*|deputy manager|"
        r"store manager|assistant manager|supervisor|head \w+|foreman|vorarbeiter\w*"),
    # skills and tools
    ("skill", "SQL", r"sql"),
    ("skill", "Python", r"python"),
    ("skill", "Excel", r"excel"),
    ("skill", "dashboards", r"dashboards?|tableau|power ?bi|looker"),
    ("skill", "Kubernetes", r"kubernetes|k8s"),
    ("skill", "Docker", r"docker|container\w*"),
    ("skill", "CI/CD", r"ci/cd|continuous (?:integration|delivery|deployment)"),
    ("skill", "cloud infrastructure", r"cloud[- ]infra\w*|cloud|aws|azure|gcp"),
    ("skill", "Terraform", r"terraform"),
    ("skill", "machine learning", r"machine learning|ml|deep learning|ai|künstliche intelligenz"),
    ("skill", "InDesign", r"indesign"),
    ("skill", "Photoshop", r"photoshop"),
    ("skill", "Illustrator", r"illustrator"),
    ("skill", "Figma", r"figma"),
    ("skill", "social media", r"social (?:media|posts?)|instagram|tiktok"),
    ("skill", "events", r"events?|veranstaltung\w*"),
    ("skill", "design", r"design(?:ing)? materials|graphic design|grafikdesign"),
    ("skill", "SAP", r"sap"),
    ("skill", "DATEV", r"datev"),
    ("skill", "accounting", r"bookkeeping|accounting|buchhaltung|finanzbuchhaltung"),
    ("skill", "forklift", r"forklift|gabelstapler\w*"),
    ("skill", "heavy lifting", r"heavy lifting|lift(?:ing)? heavy \w+|heavy (?:boxes|loads)|"
        r"lifting (?:\d+(?:\s*[-–]\s*\d+)?\s*(?:lbs?|pounds|kg) )?(?:heavy )?(?:boxes|loads|freight)|"
        r"schwere[rns]? (?:heben|tragen|lasten|kisten)|(?:heben|tragen) (?:von )?schwere[rn]? \w+"),
    ("skill", "test automation", r"test automation|automated tests?|testautomatisierung"),
    ("skill", "Playwright", r"playwright"), ("skill", "Cypress", r"cypress"),
    ("skill", "Selenium", r"selenium"),
    ("skill", "CDL", r"cdl|class a|führerschein\w*"),
    ("skill", "JavaScript", r"javascript|typescript|react|node\.?js"),
    ("skill", "Java", r"java"),
    ("skill", "hands-on work", r"hands-on|handwerk\w*|building products|assembly"),
    ("skill", "patient care", r"patient care|bedside|patientenversorgung|grundpflege"),
    ("skill", "building automation", r"knx|gebäudeautomation|building automation"),
    ("skill", "Zendesk", r"zendesk"), ("skill", "Intercom", r"intercom"), ("skill", "Xero", r"xero"),
    ("skill", "payroll", r"payroll|lohnbuchhaltung|lohnabrechnung\w*|gehaltsabrechnung\w*"),
    ("skill", "ERP", r"netsuite|erp"), ("skill", "HRIS", r"workday|hris|personio"),
    ("skill", "month-end close", r"month[- ]end close|monatsabschl\w*|jahresabschl\w*"),
    ("skill", "PostgreSQL", r"postgres\w*"), ("skill", "distributed systems", r"distributed \w+"),
    ("skill", "lab techniques", r"crispr|flow cytometry|facs|cell culture|zellkultur\w*|pcr"),
    ("skill", "e-learning", r"articulate|storyline|storyboard\w*|e-?learning"),
    ("skill", "coaching", r"coaching|coach"),
    ("skill", "customer contact", r"customer contact|kundenkontakt"),
)  # fmt: skip

GERMAN_ROLE_COMPOUNDS: Final = (
    r"[a-zäöüß]{3,}-?(?:gärtner|einkäufer|tischler|fahrer|pfleger|erzieher|lehrer|techniker|"
    r"mechaniker|mechatroniker|elektroniker|elektriker|berater|verkäufer|kaufmann|kauffrau|"
    r"entwickler|ingenieur|helfer|monteur|köchin|bäcker|maler|leiter|planer|referent|"
    r"sachbearbeiter|disponent|buchhalter|assistent|pädagoge|therapeut|arzt|ärztin)(?:in|innen)?"
)
"""German compound occupations the list does not name one by one ("Landschaftsgärtner",
"Grundschullehrerin", "Kfz-Mechatroniker"): a word ending in a known occupation."""
ROLE_NOUNS: Final = (
    r"barber\w*|[a-zäöü]*reinigung|"
    r"analyst|engineer|developer|scientist|designer|architect|administrator|devops|sre|"
    r"back-?end|front-?end|full[- ]?stack|sales|vertrieb|librar\w*|adjuster|claims handler|"
    r"security (?:guard|officer)|guard|gardener|gärtner\w*|landscap\w*|friseu\w*|hairdresser|"
    r"stylist|interpret\w*|translator|übersetzer\w*|sommelier|teller|banker|lokführer\w*|"
    r"train driver|tischler\w*|carpenter|joiner|reinigungskraft|cleaner|landwirt\w*|"
    r"farm(?:hand| worker)|einkäufer\w*|buyer|procurement|product owner|foreman|vorarbeiter\w*|"
    r"data scien\w*|analytics|business intelligence|researcher|research associate|"
    r"(?:truck )?driving|trucking|delivery driver|cdl(?:-a)? (?:driver|route|driving|job)|"
    r"nursing|teaching|(?:it[- ])?support|customer (?:support|success|service)|helpdesk|"
    r"help desk|service desk|human resources|hr business partner|hrbp|hr generalist|"
    r"recruiter|receptionist|front office|store manager|electrician|"
    r"auslieferung\w*|zusteller\w*|kundenservice|kundenbetreu\w*|personalreferent\w*|"
    r"rezeption(?:ist\w*)?|empfang|hotelfach\w*|elektroniker\w*|bauleit\w*|filialleit\w*|"
    r"kommissionier\w*|lagerarbeit\w*|lagerlogistik|redakteur\w*|mediengestalter\w*|"
    r"grafikdesign\w*|ux(?: designer)?|user experience|finanzbuchhalt\w*|kreditorenbuchhalt\w*|"
    r"laborant\w*|pflegehelfer\w*|pflegekraft|erzieherin|pädagog\w*|sozialarbeit\w*|"
    r"nurse|caregiver|aide|therapist|pharmacist|physician|doctor|medic|paramedic|"
    r"teacher|tutor|educator|instructional designer|trainer|professor|"
    r"driver|courier|dispatcher|operator|mechanic|technician|electrician|plumber|welder|"
    r"carpenter|machinist|assembler|assembly line worker|assembly worker|warehouse worker|"
    r"picker|packer|forklift operator|"
    r"accountant|bookkeeper|controller|auditor|clerk|"
    r"marketer|marketing (?:coordinator|manager|specialist|assistant)|coordinator|"
    r"specialist|consultant|manager|recruiter|assistant|representative|agent|"
    r"cook|chef|server|barista|cashier|sales associate|"
    r"product manager|project manager|researcher|writer|editor|"
    r"pflegefachkraft|pflegefachfrau|pflegefachmann|krankenpfleger\w*|krankenschwester|"
    r"altenpfleger\w*|erzieher\w*|lehrer\w*|fahrer\w*|berufskraftfahrer\w*|buchhalter\w*|"
    r"entwickler\w*|ingenieur\w*|sachbearbeiter\w*|kaufmann|kauffrau|elektriker\w*|"
    r"verkauf|fundrais\w*|inbound|outbound|business development|geschäftsentwicklung|"
    r"lagerist\w*|lagermitarbeiter\w*|mechatroniker\w*|koch|köchin|verkäufer\w*|berater\w*"
)
"""Nouns that name a role; a role criterion is the noun with up to three words before it."""

LOCATIONS: Final = (
    # US states and abbreviations the answers may use
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    r"hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
    r"michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    r"new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|"
    r"rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|"
    r"west virginia|wisconsin|wyoming|"
    # cities and regions
    r"san francisco(?: bay area)?|(?:sf )?bay area|sf|silicon valley|d\.c\.|twin cities|"
    r"los angeles|seattle|boston|chicago|austin|denver|"
    r"atlanta|miami|portland|nyc|brooklyn|philadelphia|richmond|norfolk|virginia beach|"
    r"columbus|houston|dallas|phoenix|san diego|san jose|detroit|minneapolis|pittsburgh|"
    r"baltimore|nashville|charlotte|raleigh|salt lake city|las vegas|orlando|tampa|st\. louis|"
    r"kansas city|cleveland|cincinnati|indianapolis|milwaukee|sacramento|boulder|"
    r"london|manchester|dublin|amsterdam|paris|zurich|zürich|vienna|wien|toronto|"
    r"berlin|hamburg|münchen|munich|köln|cologne|frankfurt|stuttgart|düsseldorf|leipzig|dresden|"
    r"hannover|nürnberg|bremen|essen|dortmund|bonn|mannheim|karlsruhe|freiburg|potsdam|"
    r"augsburg|heidelberg|rhein-neckar|regensburg|würzburg|münster|kiel|lübeck|rostock|erfurt|"
    r"jena|magdeburg|saarbrücken|mainz|wiesbaden|darmstadt|kassel|göttingen|osnabrück|"
    r"bielefeld|wuppertal|bochum|duisburg|aachen|ulm|ingolstadt|leeds|yorkshire|bristol|"
    r"glasgow|edinburgh|birmingham|garland|"
    r"germany|deutschland|austria|österreich|switzerland|schweiz|europe|europa|usa|"
    r"the us|united states|uk|united kingdom|canada|nrw|bayern|bavaria|"
    # German states and regions, US regions: places a seeker names that are not towns
    r"baden-württemberg|brandenburg|hessen|mecklenburg-vorpommern|niedersachsen|"
    r"nordrhein-westfalen|rheinland-pfalz|saarland|sachsen-anhalt|sachsen|schleswig-holstein|"
    r"thüringen|allgäu|oberschwaben|schwarzwald|ruhrgebiet|ruhrpott|rheinland|münsterland|"
    r"sauerland|emsland|bodensee|lausitz|erzgebirge|vogtland|eifel|odenwald|oberpfalz|"
    r"niederbayern|oberbayern|ostfriesland|rheinhessen|pfalz|niederrhein|taunus|westerwald|"
    r"breisgau|midwest|pacific northwest|new england|tri-state area|twin cities|inland empire|"
    r"research triangle|silicon valley|east bay|greater boston"
)
"""Places the first extractor recognises by name."""


ROLE_WORDS: Final[dict[str, str]] = {
    "entwickler": "developer|engineer", "entwicklerin": "developer|engineer",
    "ingenieur": "engineer", "ingenieurin": "engineer", "fahrer": "driver", "fahrerin": "driver",
    "berufskraftfahrer": "truck driver|cdl driver|driver", "lkw-fahrer": "truck driver",
    "lehrer": "teacher", "lehrerin": "teacher", "buchhalter": "accountant|bookkeeper",
    "buchhalterin": "accountant|bookkeeper", "pflegefachkraft": "nurse|registered nurse",
    "pflegefachfrau": "nurse", "pflegefachmann": "nurse", "krankenpfleger": "nurse",
    "krankenschwester": "nurse", "altenpfleger": "caregiver|nurse", "altenpflegerin": "caregiver|nurse",
    "erzieher": "educator|childcare", "erzieherin": "educator|childcare",
    "kundenservice": "customer service|customer support", "kundenbetreuer": "customer service",
    "verkäufer": "sales associate|salesperson", "verkäuferin": "sales associate|salesperson",
    "berater": "consultant|advisor", "beraterin": "consultant|advisor",
    "techniker": "technician", "technikerin": "technician", "elektriker": "electrician",
    "elektroniker": "electronics technician|electrician", "mechatroniker": "mechatronics technician|mechanic",
    "mechaniker": "mechanic", "lagerist": "warehouse", "lagermitarbeiter": "warehouse worker|warehouse associate",
    "koch": "cook|chef", "köchin": "cook|chef", "sachbearbeiter": "clerk|specialist",
    "gärtner": "gardener|landscaper", "tischler": "carpenter|joiner", "schreiner": "carpenter|joiner",
    "übersetzer": "translator", "redakteur": "editor", "einkäufer": "buyer|purchasing",
    "vertrieb": "sales", "personalreferent": "hr generalist|hr specialist", "laborant": "lab technician",
    "friseur": "hairdresser|stylist", "friseurin": "hairdresser|stylist",
    "reinigungskraft": "cleaner|janitor", "lokführer": "train driver", "zusteller": "delivery driver|courier",
    "bauleiter": "construction manager|site manager", "filialleiter": "store manager",
    "projektleiter": "project manager", "produktmanager": "product manager", "analyst": "analyst",
    "systemadministrator": "system administrator|sysadmin", "pädagoge": "educator",
    "sozialarbeiter": "social worker", "therapeut": "therapist", "apotheker": "pharmacist",
    "arzt": "physician|doctor", "ärztin": "physician|doctor", "kassierer": "cashier",
    "rezeptionist": "receptionist", "assistent": "assistant", "assistenz": "assistant",
    "leiter": "manager|head|lead", "leiterin": "manager|head|lead", "manager": "manager",
}  # fmt: skip
"""German role words (also the last part of a compound, "Software|entwickler") and the English
words a posting uses for them: a German seeker's role meets English titles word for word."""

_CLOCK = r"\d{1,2}(?::[0-5]\d)?\s?"
_AM, _PM = r"(?:a\.?m\.?|a)", r"(?:p\.?m\.?|p)"
_DAY_HOURS: Final = rf"(?:[5-9]|10)(?::[0-5]\d)?\s?{_AM}\s?(?:-|–|to)\s?{_CLOCK}{_PM}"
"""Working hours that start in the morning and end in the afternoon ("7:00 am - 3:30 pm")."""
_NIGHT_HOURS: Final = rf"(?:[6-9]|1[01])(?::[0-5]\d)?\s?{_PM}\s?(?:-|–|to)\s?{_CLOCK}{_AM}"
"""Working hours that start in the evening and end in the morning ("10:00 pm-6:30 am")."""

CAPABILITY_TERMS: Final = frozenset({("skill", "heavy lifting")})
"""Things postings state as a capability they ask for ("must be able to lift up to 50 lbs"),
which even jobs that seldom need it write: refusing one is a clear dislike, never a dealbreaker
(a refusal of "lifting 50-75 lb boxes all day" is not broken by every delivery job)."""
_HEAVY: Final = r"(?:[4-9]\d|[1-9]\d\d)"
"""A weight of 40 or more (pounds or kilograms): heavy lifting; "lift up to 25 lbs" is not."""

POSTING_TERMS: Final[dict[tuple[str, str], str]] = {
    ("industry", "insurance"): (
        r"(?:(?<=an )|(?<=our )|(?<=leading )|(?<=largest ))insurance compan(?:y|ies)|"
        r"insurance (?:carriers?|industry|agency|agencies|products?|underwriting|solutions|"
        r"provider|group|operations|brokerage|market|sector)|insurers?|underwrit\w*|"
        r"policyholders?|property (?:and|&) casualty|"
        r"reinsurance|versicherer|versicherungs(?:branche|wesen|wirtschaft|unternehmen|"
        r"gesellschaft\w*|konzern\w*|makler\w*|produkt\w*)"
    ),
    ("skill", "heavy lifting"): (
        rf"heavy lifting|lift(?:ing)?(?: and carry(?:ing)?)?(?:,? (?:push|pull)\w*)* "
        rf"(?:up to |at least |a minimum of |over |more than |in excess of )?(?:\d+\s*[-–]\s*)?"
        rf"{_HEAVY}\+?\s*(?:lbs?\.?|pounds|kg)|{_HEAVY}\+?\s*(?:lbs?\.?|pounds) (?:or more|regularly|"
        rf"boxes|packages)|schwere[rns]? (?:heben|tragen|lasten)|(?:heben|tragen) (?:von )?"
        rf"(?:lasten )?(?:bis (?:zu )?)?{_HEAVY}\s*kg"
    ),
    ("company_stage", "enterprise"): (
        r"fortune (?:10|50|100|200|500|1000)[- ](?:company|corporation|employer|firm)\b|"
        r"publicly[- ]traded|public company|"
        r"(?:nyse|nasdaq)\s*:|employee stock purchase plan|"
        r"(?:one of )?(?:the )?(?:nation|world|country|america)['’]?s (?:largest|leading|biggest)|"
        r"one of the (?:largest|biggest) (?:employers|companies|health systems|\w+ providers)|"
        r"börsennotiert\w*|dax-(?:konzern|unternehmen)|weltmarktführer\w*"
    ),
    ("culture", "stability"): (
        r"stability|stable|job security|secure (?:jobs?|position|"
        r"employment|workplace|future|career|income)|long[- ]term (?:career|employment|position|"
        r"perspective)|established (?:company|employer|business)|steady|consistent (?:schedule|hours|work)|"
        r"predictable (?:schedule|hours|shifts?)|krisensicher\w*|"
        r"sicherer? arbeitsplatz|sichere[nr]? (?:arbeitsplatz|job|zukunft|anstellung)|"
        r"arbeitsplatzsicherheit|stabile[nrs]? (?:arbeitgeber|unternehmen|umfeld|arbeitsplatz)|"
        r"planbar\w*|langfristige\w* (?:perspektive|anstellung)"
    ),
    ("culture", "supportive"): (
        r"supportive|support(?:ing)? each other|we(?:'ll| will)? support you|supports? your "
        r"(?:growth|development|career)|backed (?:you|me|us) up|unterstützende\w*|"
        r"wir unterstützen (?:dich|sie|euch)|rückhalt|zusammenhalt|kollegial\w*"
    ),
    ("culture", "mission-driven"): (
        r"mission[- ]driven|purpose[- ]driven|our mission|meaningful (?:work|impact|careers?|jobs?)|"
        r"(?:make|making|makes) an? (?:real |positive |lasting |meaningful |tangible )?"
        r"(?:impact|difference)|social impact|positive impact|non-?profit|sinnstiftend\w*|"
        r"sinnvolle\w* (?:arbeit|aufgabe\w*|tätigkeit)|gemeinnützig\w*"
    ),
    ("culture", "kind"): (
        r"kind (?:colleagues|people|team|and)|friendly (?:team|colleagues|atmosphere|environment|"
        r"workplace|culture|people)|supportive|respectful|warm (?:team|welcome|atmosphere)|"
        r"freundliche\w* (?:team|kolleg\w*|atmosphäre|arbeitsklima|umfeld)|wertschätzend\w*"
    ),
    ("benefit", "health insurance"): (
        r"health (?:insurance|benefits|care coverage|coverage|plans?)|health ?care benefits|"
        r"medical(?:,| and| &|/)? (?:insurance|coverage|benefits|plans?|dental|vision)|"
        r"dental(?:,| and| &|/)? (?:insurance|coverage|benefits|plans?|vision)|"
        r"krankenversicherung|krankenzusatzversicherung|betriebliche krankenversicherung"
    ),
    ("schedule", "day shift"): (
        r"day shifts?|daytime|days only|(?:1st|first) shift|tagschicht|tagdienst|frühschicht|"
        r"frühdienst|" + _DAY_HOURS
    ),
    ("schedule", "night shift"): (
        r"(?:night|overnight) (?:\w+ )?shifts?|nights|overnights|midnights|graveyard|"
        r"(?:3rd|third) shift|nachtschicht\w*|nachtdienst\w*|nächte|" + _NIGHT_HOURS
    ),
    ("schedule", "shift work"): (
        r"shift work|rotating shifts?|(?:2nd|second|3rd|third) shift|schichtdienst|schichtarbeit|"
        r"wechselschicht\w*|(?:zwei|drei|2|3)-?schicht\w*|bereit zu schichten"
    ),
    ("employment_type", "unpaid work"): (
        r"unpaid (?:internship|position|role|basis|volunteer\w*|opportunity)|"
        r"(?:voluntary|volunteer) \(unpaid\)|on a voluntary (?:\(unpaid\) )?basis|"
        r"(?:this is an?|unpaid|a) volunteer (?:role|position)|"
        r"(?:academic|school|college|course)[ -]credit|ehrenamtlich\w*|"
        r"unbezahlte\w* (?:praktikum|stelle|tätigkeit)"
    ),
    ("industry", "energy"): (
        r"(?:clean|renewable|green|solar|wind|nuclear|fusion|battery|grid|hydrogen|geothermal)"
        r"[ -](?:energy|power|storage)|"
        r"energy (?:company|companies|sector|industry|transition|storage|providers?|utility|"
        r"utilities|innovations?|markets?|trading|infrastructure|systems|startup|research|assets|"
        r"management|efficiency (?:company|solutions|services|programs?))|"
        r"(?:department|ministry) of energy|photovolt\w*|"
        r"solar (?:farms?|panels?|energy|power|installations?|projects?|company|industry|pv)|"
        r"wind (?:farms?|turbines?|energy|power)|ev charging|charging (?:stations?|networks?)|"
        r"utilit(?:y|ies) (?:company|companies|sector|industry)|"
        r"power (?:grid|plants?|generation|utilit\w*)|oil (?:and|&) gas|energiewende|"
        r"energie(?:versorg\w*|wirtschaft|branche|unternehmen|wende|technik|effizienz|anbieter|"
        r"dienstleist\w*|erzeugung|speicher\w*|systeme?n?|konzern\w*)|"
        r"erneuerbare\w* energie\w*|solaranlage\w*|windkraft\w*|windenergie|ökostrom\w*|"
        r"oekostrom\w*|strom(?:anbieter|versorger)\w*|stadtwerke"
    ),
    ("industry", "education"): (
        r"edtech|ed-tech|education(?:al)? (?:company|sector|industry|provider|institutions?|"
        r"technology|nonprofit|non-profit|organi[sz]ations?|services|platform|programs?)|"
        r"higher education|k-12|(?<!high )schools?(?! diploma)|school district|classroom|"
        r"teaching|bildungs(?:träger|einrichtung\w*|branche|sektor|anbieter)|schule\w*"
    ),
}  # fmt: skip
"""Stricter patterns for postings where a term's answer pattern reads too much into a posting:
a seeker's "support" is their team, a posting's is a task ("customer support"); "Education:
Bachelor's degree" is a requirement, not the education sector; every posting says "secure" or
"mission" somewhere. Measured on the shared corpus, the answer patterns for "supportive",
"mission-driven" and "stability" matched 50 %, 40 % and 22 % of all postings. "Medical" names a
health plan in a seeker's answer and a laboratory scientist in a posting; "energy" names an
industry in an answer and a team's mood ("college-town energy") or a product's feature
("energy-efficient signs") in many postings; a posting's hours ("5:00am-1:30pm", "10pm -
6:15am", "3rd shift") say which shift it is."""

DE_LABELS: Final[dict[str, str]] = {
    "remote": "Homeoffice / remote", "hybrid": "hybrid", "onsite": "vor Ort",
    "full-time": "Vollzeit", "part-time": "Teilzeit", "contract": "Vertrag / freiberuflich",
    "temporary": "befristet / Aushilfe", "internship": "Praktikum",
    "working student": "Werkstudent", "unpaid work": "unbezahlte Arbeit", "day shift": "Tagdienst",
    "night shift": "Nachtdienst",
    "shift work": "Schichtdienst", "weekends": "Wochenenden", "on-call": "Rufbereitschaft",
    "flexible hours": "flexible Arbeitszeiten", "4-day week": "4-Tage-Woche",
    "split shifts": "geteilte Dienste", "6-day week": "6-Tage-Woche", "workwear": "Arbeitskleidung",
    "travel": "Reisetätigkeit", "relocation": "Umzug", "short commute": "kurzer Arbeitsweg",
    "early finish on Fridays": "früher Feierabend am Freitag", "outdoor work": "Arbeit draußen",
    "home care": "ambulante Pflege", "returner support": "Wiedereinstiegsprogramm",
    "accommodation": "Unterkunft / Wohnung",
    "shift premiums": "Zuschläge", "church-run": "kirchlicher Träger", "law firm": "Anwaltskanzlei", "bootstrapped": "eigenfinanziert",
    "VC-funded": "risikokapitalfinanziert", "academia": "Wissenschaft / Hochschule",
    "animal testing": "Tierversuche", "outsourcing provider": "Outsourcing",
    "health insurance": "Krankenversicherung",
    "paid time off": "Urlaub", "unlimited vacation": "unbegrenzter Urlaub",
    "equity": "Mitarbeiterbeteiligung", "dog-friendly office": "hundefreundliches Büro",
    "pension": "Altersvorsorge", "parental leave": "Elternzeit", "bonus": "Bonus",
    "training budget": "Weiterbildung", "company bike": "Jobrad", "benefits": "Zusatzleistungen",
    "staffing agency": "Personalvermittlung", "temp agency": "Zeitarbeit",
    "consulting": "Beratung", "defense": "Rüstung", "public sector": "öffentlicher Dienst",
    "startup": "Startup", "scale-up": "wachsendes Unternehmen", "enterprise": "Konzern",
    "small company": "kleines Unternehmen", "large company": "Großunternehmen",
    "flat hierarchy": "flache Hierarchien", "collaborative": "Zusammenarbeit",
    "creative": "kreativ", "kind": "freundliches Team", "fun": "Spaß",
    "mission-driven": "sinnstiftend", "work-life balance": "Vereinbarkeit",
    "stability": "Sicherheit", "English": "Englisch", "German": "Deutsch",
    "healthcare": "Gesundheitswesen", "education": "Bildung", "climate": "Klima",
    "finance": "Finanzen", "insurance": "Versicherungen", "manufacturing": "Produktion", "logistics": "Logistik",
    "retail": "Einzelhandel", "public transport": "Nahverkehr", "automotive": "Automobil",
    "junior": "Junior / Einstieg", "senior": "Senior", "lead": "Leitung",
    "accounting": "Buchhaltung", "hands-on work": "praktische Arbeit",
    "patient care": "Patientenversorgung", "forklift": "Gabelstapler", "CDL": "Führerschein",
    "collective pay agreement": "Tarifbezahlung", "commission": "Provision", "museums": "Museen",
    "family business": "Familienbetrieb", "agency": "Agentur", "union": "Gewerkschaft / Tarif",
}  # fmt: skip
"""German labels for the lexicon's canonical labels (used when the answer is German)."""

COMPANY_SIZES: Final[dict[str, dict[str, int | None]]] = {
    "small company": {"min": 1, "max": 200},
    "large company": {"min": 5000, "max": None},
}
"""Employee ranges behind the company-size labels."""

POSITION_FOCUS: Final = (
    r"(?:the )?(?:position|role|job|work|tasks?) itself|mostly the (?:role|position|job|work)|"
    r"(?:the )?(?:position|role) more|what i loved was the (?:role|position|work)|"
    r"an der (?:stelle|position|tätigkeit) selbst|die (?:stelle|position|tätigkeit|aufgaben?|"
    r"arbeit) selbst|vor allem die (?:stelle|position|tätigkeit|aufgaben?|arbeit)|"
    r"mehr die (?:stelle|position|tätigkeit|aufgaben?)"
)
"""Cues that the seeker loved the position more than the company."""

COMPANY_FOCUS: Final = (
    r"(?:the )?company itself|mostly the company|(?:the )?company more|"
    r"(?:it )?was (?:mostly |really |above all )?the (?:company|team|people|employer)|"
    r"what i loved (?:most )?was the (?:company|team|culture)|"
    r"vor allem (?:das|die) (?:unternehmen|firma|team|arbeitgeber)|"
    r"mehr (?:das|die) (?:unternehmen|firma|team)|am wichtigsten war mir (?:das|die) "
    r"(?:unternehmen|firma|team)"
)
"""Cues that the seeker loved the company more than the position."""

POSITION_FACETS: Final = frozenset(
    {"role", "skill", "seniority", "schedule", "employment_type", "travel"}
)
COMPANY_FACETS: Final = frozenset(
    {"industry", "company_size", "company_stage", "company_type", "culture", "benefit"}
)
FOCUS_FACTOR: Final = 1.25
"""Weight factor for the loved side's facets (the other side gets its inverse); musts unchanged."""


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regular expression at its top-level ``|`` (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _literal_word_prefix(alternative: str) -> str:
    """The lower-case word characters an alternative must start with ("" when it may vary)."""
    out = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        nxt = alternative[i + 1] if i + 1 < len(alternative) else ""
        if not (ch.isalnum() or ch == "_") or nxt in ("?", "*", "{"):
            break
        out.append(ch.lower())
        i += 1
    return "".join(out)


def alternative_prefixes(alternative: str) -> list[str] | None:
    """Literal starts of one alternative; a leading non-optional group is opened up."""
    prefix = _literal_word_prefix(alternative)
    if prefix:
        return [prefix]
    if not alternative.startswith("(?:"):
        return None
    depth = 0
    for i, ch in enumerate(alternative):
        if ch == "\\":
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            quantifier = alternative[i + 1 : i + 2]
            if quantifier in ("*", "{"):
                return None  # the group may be absent or repeated oddly
            out: list[str] = []
            for sub in _top_level_alternatives(alternative[3:i]):
                found = alternative_prefixes(sub)
                if found is None:
                    return None
                out.extend(found)
            if quantifier == "?":
                # "(?:fast )?fashion" starts with "fast" or, without the group, "fashion"
                rest = alternative_prefixes(alternative[i + 2 :])
                if rest is None:
                    return None
                out.extend(rest)
            return out
    return None


TermIndex = tuple[
    list[re.Pattern[str]],
    dict[str, set[int]],
    dict[str, set[int]],
    set[int],
    dict[str, set[int]],
    dict[str, set[int]],
]
"""Patterns, then the terms by three- and two-letter start, those run always, by word part and
by first character (see :func:`compile_term_index`)."""


def compile_term_index() -> TermIndex:
    """Per-term patterns plus an index from word prefixes to the terms that can start there.

    A clause then runs only the terms whose alternatives start with the first two or three
    letters of one of its words (and the few terms whose start cannot be read off the pattern),
    instead of every term at every word: the same matches, several times faster.

    Returns
    -------
    (patterns, by_prefix3, by_prefix2, always, contains, by_first)
        ``contains`` maps a word part to the terms that may start inside a word ("\\w*rabatt"):
        they run only when the clause contains that part. ``by_first`` maps a first character
        to the terms with a one-character start ("4-tage-woche", "9 to 5", "\\d\\d hour weeks").
    """
    patterns = [re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I) for _, _, pattern in TERMS]
    by3: dict[str, set[int]] = {}
    by2: dict[str, set[int]] = {}
    always: set[int] = set()
    contains: dict[str, set[int]] = {}
    by1: dict[str, set[int]] = {}
    for i, (_, _, pattern) in enumerate(TERMS):
        for alternative in _top_level_alternatives(pattern):
            if alternative.startswith("\\d"):
                for digit in "0123456789":
                    by1.setdefault(digit, set()).add(i)
                continue
            inside = re.match(r"\\w\*([a-zäöüß]{3,})", alternative)
            if inside:
                # "\w*rabatt\w*" can start anywhere in a word: run it when "rabatt" occurs
                contains.setdefault(inside.group(1), set()).add(i)
                continue
            # "(?:two|three) days" starts with "two" or "three": a leading group is opened up
            prefixes = alternative_prefixes(alternative) or [""]
            for prefix in prefixes:
                if len(prefix) >= 3:
                    by3.setdefault(prefix[:3], set()).add(i)
                elif len(prefix) == 2:
                    by2.setdefault(prefix, set()).add(i)
                elif len(prefix) == 1:
                    by1.setdefault(prefix, set()).add(i)
                else:
                    always.add(i)
    return patterns, by3, by2, always, contains, by1
