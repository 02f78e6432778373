# ruff: noqa: E501 - long patterns read better on one line
"""English resources: dates, numbers, event verbs, quotes, name cues."""

from __future__ import annotations

from rollcall.extract.lang import Lexicon, Trigger, between_towns, day_ordinals, wordset

# "moved from Shklou to Navapolatsk": to or from a town known for its colony
COLONY_TOWN = r"(?-i:Babruisk|Bobruisk|Zhodzina|Zhodino|Shklou|Shklov|Navapolatsk|Novopolotsk|Horki|Gorki|Ivatsevichy|Ivatsevichi|Zarechcha|Zarechye|Vitsba|Glubokoye|Hlybokaye|Vawkavysk|Volkovysk|Svetlahorsk|Svetlogorsk|Mazyr|Mozyr|Rechytsa|Orsha)"
BETWEEN_COLONY_TOWNS = between_towns(COLONY_TOWN, r"from", r"to")
FACILITY = (
    r"(?<!\w)(?:penal colony|correctional colony|colony|prison|jail|gaol|detention cent(?:re|er)|"
    r"pre-?trial (?:prison|detention(?: cent(?:re|er))?)|remand prison|detention facility|"
    r"SIZO|IK-\s?\d+|KGB (?:prison|jail)|penitentiary)(?![\w-])"
)
_PERSONS_OBJ = r"(?:him|her|them|each of them|both of them|them both|all of them)"

# Patterns use (?<!\w) ... (?!\w) boundaries; "voice" tells where the subject stands.
# "twenty-five years ago", "three days later": a count of time in words or digits
# what searching officers take away ("took away two computers and drove him to ...")
_THINGS_TAKEN = (
    r"(?:computers?|laptops?|phones?|equipment|documents?|leaflets?|copies|books?|flags?|"
    r"newsletters?|money|cash|(?:hard\s+)?drives?|cameras?|notebooks?|papers|materials|"
    r"literature|posters?|banners?|symbols|t-shirts|badges?|devices?|tablets?|disks?|items|"
    r"belongings|things)\b"
)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_COUNT = (
    rf"(?:\d+|a|an|(?:twenty|thirty|forty|fifty)(?:-(?:{_UNITS}))?|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS})"
)

TRIGGERS = (
    # detention
    # the literal first, then the look-behinds: "X's phone was seized" is no arrest
    Trigger("detention", r"\b(?=(?:was|were|been|being|is|are|got)\s)(?<!phone )(?<!phones )(?<!computer )(?<!computers )(?<!laptop )(?<!laptops )(?<!equipment )(?<!property )(?<!passport )(?<!documents )(?<!money )(?<!car )(?<!materials )(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?(?:arrested|detained|apprehended|taken into custody|rounded up|seized|picked up(?!\s+by\s+(?:his|her|their)\s)|snatched|abducted|grabbed|locked up|(?:led|taken|driven|dragged)\s+away\b(?!\s+to\s+hospital)|(?:hauled|bundled)\s+(?:away|off))\b", "before"),
    # "At least 13 employees were held, among them ...", "held for about three hours and let go"
    Trigger("detention", r"\b(?:was|were)\s+(?:briefly\s+)?held(?=,\s+(?:among|including)\b|\s+(?:overnight|in\s+custody|at\s+(?:a|the)\s+police))", "before"),
    # "were taken to a police station", "was taken to the KGB jail"
    Trigger("detention", r"\b(?:(?:was|were)\s+(?:all\s+|then\s+|later\s+)?|and\s+)(?:taken|driven|brought|bundled)\s+(?:away\s+)?to\s+(?:a|the)\s+(?:(?:local|district|nearby|city|(?-i:[A-Z])[\w'’-]+)\s+){0,2}(?:police\s+station|police(?!\s+station)|KGB|detention\s+cent(?:re|er))\b(?!['’]s)(?!\s+(?:to\s+(?:file|give|identify|report|collect|pick|testify)|by\s+(?:his|her|their)\s+(?:lawyer|family|relatives)|as\s+a\s+witness))", "before"),
    # "Journalists X and Y, arrested on the night of ...": a participle after the names
    Trigger("detention", r"(?<=,\s)(?:arrested|detained|seized|abducted)(?=\s+(?:on|in|at|after|during|last|earlier|shortly|together|along|outside|near)\b)", "before", after_name=True),
    # "was taken from his home by police on August 11"
    Trigger("detention", r"(?<!\bbody\s)(?<!\bbodies\s)(?<!\bremains\s)\b(?:was|were)\s+(?:\w+\s+)?(?:taken|snatched|dragged|led)(?:\s+away)?(?=\s+from\s+(?:his|her|their)\s+(?:home|flat|apartment|house|bed)\b)", "before"),
    Trigger("detention", r"\b(?:arrested|detained|apprehended|rounded up|abducted|snatched)\b", "after"),
    Trigger("detention", r"\btook\s+(?:\w+\s+){0,3}into custody\b", "after"),
    # "took two of them, X and Y, to the city's temporary detention centre", "drove him to
    # the district police station"
    Trigger("detention", r"\b(?:took|drove|brought)(?=\s+(?:him|her|them|(?:\w+\s+of\s+(?:them|the\s+[\w'’-]+)|(?-i:[A-Z])[\w'’-]+)(?:[\s,]+[\w'’-]+){0,6}?,?)\s+to\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:police\s+station|police|KGB|detention\s+cent(?:re|er)|Investigative\s+Committee)\b(?!\s+(?:to\s+(?:file|give|identify|report|collect|pick|testify)|as\s+a\s+witness)))", "after"),
    # "took everyone inside for questioning", "police picked up another activist"
    Trigger("detention", r"\b(?:took|taken|taking)\s+(?:him|her|them|everyone|everybody|all|(?:his|her|their|the)\s+[\w'’-]+|(?-i:[A-Z])[\w'’-]+)(?:\s+[\w'’-]+){0,2}?\s+(?:in\s+|away\s+)?for\s+questioning\b(?!\s+of\b)|\b(?:police|officers|agents|they)\s+(?:\w+\s+)?picked\s+up(?=\s+(?:him|her|them|another\s+\w+|several|two|three|four|five|six|\d+|the\s+(?!documents?|leaflets?|papers?|equipment|phones?|computers?|cars?|keys?)\w+|(?-i:[A-Z])))", "after"),
    Trigger("detention", r"\b(?:took|taken|taking)\s+(?:him|her|them)\s+away\b", "any"),
    # "police took away four parishioners — ...", "taking editor-in-chief X away for
    # questioning", "took two passengers off the plane", "was taken off a Vilnius-bound bus"
    Trigger("detention", r"\b(?:took|taking)\s+away\b(?!\s+(?:his|her|their|the|a|an)\s+(?!(?:\w+\s+)?(?:men|women|activists?|journalists?|passengers?|parishioners?|students?|workers?|protesters?)\b))(?!\s+(?:(?-i:[a-z0-9])[\w'’-]*\s+){0,3}" + _THINGS_TAKEN + r")", "after", named_only=True),
    Trigger("detention", r"\b(?:took|taking)\s+(?:[\w'’-]+\s+){1,4}?away\b(?=\s+(?:for|to|in|from|on)\b|\s*[.,;])", "any", named_only=True),
    Trigger("detention", r"\b(?:took|taken|taking)\s+(?:[\w'’-]+\s+){0,4}?off\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:train|bus|plane|flight|coach|minibus)\b", "any", named_only=True),
    # "was pushed into a police van", "bundled into an unmarked car"
    Trigger("detention", r"\b(?:pushed|bundled|dragged|thrown|shoved|forced)\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:van|car|bus|minibus|paddy\s+wagon)\b", "before", named_only=True),
    Trigger("detention", r"\b(?:his|her|their)\s+(?:arrest|detention)\b(?!\s+(?:warrant|order))", "any"),
    # "has been held since July 2021": in custody from that date
    Trigger("detention", r"\b(?:been|is|are|was|were|remains?|remained)\s+(?:being\s+)?(?:held(?:\s+in\s+(?:a|the)\s+(?:(?-i:[A-Z])\w+\s+)?(?:KGB\s+|pre-?trial\s+|remand\s+)?(?:jail|prison|detention cent(?:re|er)))?|behind bars|in custody|in detention|imprisoned|in\s+(?:a|the)\s+(?:(?-i:[A-Z])\w+\s+)?(?:KGB\s+|pre-?trial\s+|remand\s+)?(?:jail|prison|detention cent(?:re|er)))\s+since(?=\s+(?:the\s+)?(?:\d|[A-Z]))", "before"),
    # headlines tell past acts in the present: "KGB arrests journalist X", "police detain X"
    Trigger("detention", r"\b(?:detains?|arrests)(?<!\bthe arrests)(?<!\bnew arrests)(?<!\bmass arrests)(?<!\bmore arrests)\s+(?!(?:in|on|of|at|for|after|since|during|by|and)\b)(?=(?:[a-z-]+\s+){0,3}(?-i:[A-Z]))", "after", title_only=True),
    # search
    # "was met at the gate ..., having served a three-year term": out at its end (not
    # "having served two years of his term")
    Trigger("release", r"\bhaving\s+(?:fully\s+)?served\s+(?:(?:his|her|their|a|the)\s+)?(?:full\s+|entire\s+|whole\s+)?(?:[\w-]+\s+)?(?:term|sentence)\b(?!\s+(?:in|at)\s+(?:a|the)\s+(?:penal\s+)?colony\s+(?:for|until))", "before", subtype="end_of_term"),
    # "officers came to the flat with a search warrant"
    Trigger("search", r"\bwith\s+a\s+search\s+warrant\b", "any"),
    Trigger("search", r"\b(?:searched|raided)\b", "after"),
    Trigger("search", r"\b(?:searches|raids?|search)\s+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?['’]s?\s+(?:home|flat|apartment|office|house)s?\b)", "after"),
    Trigger("search", r"\b(?:conducted|carried out|held)\s+(?:a\s+)?searche?s?\b", "after"),
    Trigger("search", r"\bsearches\s+(?:were|was)\s+(?:conducted|carried out|held)\b", "after"),
    Trigger("search", r"\b(?:searches|raids?)\s+(?:of|on)\s+(?:the\s+)?(?:homes?|flats?|offices?|apartments?)\b", "after"),
    # "detained after police searched ...", "after a search of his home": the clause's person
    Trigger("search", r"\b(?:after|during|following)\s+(?:a|an|the)\s+(?:\w+\s+)?search(?:es)?\s+(?:of|on|at)\s+(?:his|her|their)\b", "any"),
    Trigger("trial", r"\b(?:rejected|dismissed|upheld|heard|turned down)\s+(?:\w+\s+){0,2}appeals?\b", "after"),
    # "(did not) grant his appeal": an appeal heard, whatever the court decided
    Trigger("trial", r"\bgrant(?:ed)?\s+(?:\w+\s+){0,2}appeals?\b", "after", either_outcome=True),
    Trigger("trial", r"\bupheld\s+(?:the|his|her|their)\s+(?:verdicts?|sentences?|convictions?)\b", "after"),
    # charge
    Trigger("charge", r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:charged|indicted)\b", "before"),
    Trigger("charge", r"\b(?:charged|indicted)\s+(?:" + _PERSONS_OBJ + r"\s+|(?:[\w'’-]+,?\s+){1,8}?)?with\b", "after"),
    Trigger("charge", r"\bcharges\s+(?=(?:[\w'’-]+,?\s+){1,8}?with\b)", "after", title_only=True),
    Trigger("charge", r"\bcriminal (?:case|proceedings?)\s+(?:was|were|has been|had been)\s+(?:opened|initiated|launched|instituted|brought)\b", "after"),
    Trigger("charge", r"\b(?:opened|initiated|launched|instituted|brought)\s+(?:a|another)\s+(?:(?:new|fresh|second|third)\s+)?criminal\s+case\b", "after"),
    Trigger("charge", r"\b(?:new\s+)?charges?\s+(?:were\s+|was\s+|had\s+been\s+)?(?:brought|filed|pressed)\s+against\b", "after"),
    # a suspect is charged in the sense of the registry: "is suspected of", "a suspect in a
    # riot case", "now faced a treason charge", "and charged only on April 5"
    Trigger("charge", r"\b(?:is|was|were|are|been|being|remains?|remained)\s+(?:\w+\s+)?suspected\s+(?:of|in|under)\b|\b(?:was|is|were|are|remains?|remained)\s+(?:\w+\s+)?(?:a\s+|the\s+)?suspects?\s+in\b|\bfac(?:es|ed|e|ing)\s+(?:a|an|the|two|three|four|several|\d+)\s+(?:new\s+)?(?!administrative\b)(?:[\w-]+\s+)?charges?\b|(?<=\band )charged\b(?!\s+with)", "before"),
    Trigger("charge", r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )\b(?:charged|indicted)\s+(?:" + _PERSONS_OBJ + r"\s+|(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?)?(?:under|on\s+charges)\b|\b(?:new\s+|another\s+|second\s+|third\s+)?(?:\w+\s+)?case\s+(?:was|had\s+been|has\s+been)\s+opened\s+against\b", "after"),
    # "The case was opened in November": the case of the person the report tells of
    Trigger("charge", r"\bthe\s+(?:new\s+|criminal\s+)?case\s+(?:was|had\s+been|has\s+been)\s+(?:opened|launched|initiated)\b(?![^.;]{0,60}\bagainst\b)(?!\s+to\s+the\s+public)", "before"),
    # trial
    Trigger("trial", r"\b(?:went|goes|go|gone|stood|stands|stand|is|was|are|were|been|being|prisoners?|activists?|journalists?|defendants?|men|women)\s+on\s+trial\b|,\s+on\s+trial\b", "before"),
    Trigger("trial", r"\btrial,?\s+(?:of\s+)?(?:[\w'’-]+,?\s+){0,20}?(?:began|started|opened|begins|starts|opens|resumed)\b", "after"),
    Trigger("trial", r"\b(?:appeared|appears|appear)\s+(?:\w+\s+)?(?:in|before)\s+(?:a\s+|the\s+)?court\b", "before"),
    Trigger("trial", r"\b(?:was|were|is|are)\s+(?:being\s+)?tried\b", "before"),
    # "which had been trying him behind closed doors since December 6", "the hearings opened"
    Trigger("trial", r"\b(?:had\s+been|has\s+been|have\s+been)\s+trying\s+(?:him|her|them)\b|\b(?:the\s+)?hearings?\s+(?:opened|began|started)\b", "any"),
    # sentence
    Trigger("sentence", r"\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?(?:sentenced|convicted|jailed\s+for|found guilty)\b", "before"),
    # "were jailed on March 24 for two and four years"
    Trigger("sentence", r"\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?jailed(?=\s+(?:[\w,.'’-]+\s+){1,5}?for\s+(?:a\s+|up\s+to\s+)?(?:\d+|\w+)(?:\s+and\s+(?:\d+|\w+))?[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)\b)", "before"),
    Trigger("sentence", r"\b(?:sentenced|convicted)\b", "after"),
    # "found Ivan Kruk, a former banker, guilty": a name or pronoun right after "found"
    Trigger("sentence", r"\bfound\s+(?:" + _PERSONS_OBJ + r"\s+|(?:(?-i:[A-Z])|\d|two\b|three\b|four\b|five\b|six\b|the\b|all\b|both\b)[\w'’-]*,?\s+(?:[\w'’-]+,?\s+){0,7}?)(?<!\bnot\s)guilty\b", "after"),
    Trigger("sentence", r"\bjailed\s+(?:[\w'’.-]+\s+){1,8}?for\s+(?:a\s+)?(?:\d+|\w+)[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)\b", "after"),
    # (a name may carry an apposition: "handed X, an activist of the party, three years")
    Trigger("sentence", r"\b(?:gave|handed(?:\s+down)?)\s+" + _PERSONS_OBJ + r"?\s*(?:(?:[\w'’-]+,?\s+){0,5}?|(?:[\w'’-]+\s+){0,2}(?-i:[A-Z])[\w'’-]+,\s+[^,.;]{1,100}?,\s+)(?:a\s+)?(?:\d+|\w+)[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)\b(?!\s+(?:ago|earlier|later|before)\b)", "after"),
    # headlines: "Court jails X for five years", "Minsk court sentences X to ten years"
    Trigger("sentence", r"\b(?:jails|sentences|convicts)\s+(?=(?:[\w'’.-]+\s+){1,8}?(?:for|to)\s+(?:a\s+)?(?:\d+|\w+)[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)\b|(?:[\w'’.-]+\s+){1,8}?of\s)", "after", title_only=True),
    Trigger("sentence", r"\b(?:gives|hands)\s+(?=(?:[\w'’-]+,?\s+){1,5}?(?:a\s+)?(?:\d+|\w+)[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)\b(?!\s+(?:ago|earlier|later|before)\b))", "after", title_only=True),
    # "is serving a ten-year sentence handed down in September 2021"
    Trigger("sentence", r"\b(?:sentences?|terms?)\s+(?:that\s+was\s+|which\s+was\s+|was\s+)?handed\s+down\b", "before"),
    # "..., and Uladzimir Hundar got 18", "Leanid Kavaliou, 28, received six": the
    # years left out after a term told in the same clause
    Trigger("sentence", r"\b(?:got|gets|received|receives|(?:was|were)\s+given)\s+(?:[1-9]|1\d|2[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\w+)(?=\s*[,.;]|\s+and\s+\d|\s*$)", "before"),
    # "gave the same suspended term to X", "handed the same sentence to X"
    Trigger("sentence", r"\b(?:gave|handed(?:\s+down)?|imposed)\s+(?:the\s+same\s+|an?\s+|identical\s+)(?:[\w-]+\s+){0,2}(?:terms?|sentences?)\s+(?:to|on)\b", "after"),
    Trigger("sentence", r"\b(?:added|extended)\s+(?:\w+\s+){0,3}(?:years?|months?)\s+to\s+(?:his|her|their|the)\s+(?:term|sentence)\b", "any"),
    Trigger("sentence", r"\b(?:reduced|cut|shortened|commuted)\s+(?:\w+\s+){0,2}(?:the\s+)?(?:prison\s+)?(?:terms?|sentences?)\b", "any"),
    # "raised his term to six and a half years" (not "raised the sentences with ministers")
    Trigger("sentence", r"\b(?:raised|increased|lengthened)\s+(?:\w+\s+){0,2}(?:the\s+)?(?:prison\s+)?(?:terms?|sentences?)\b(?=\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?(?:to|by)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+year|another)|\s*[.;])", "any"),
    Trigger("sentence", r"\badded\s+(?:another|a further|an extra|one more|\d+|\w+)\s+(?:\w+\s+)?(?:years?|months?)\b", "any"),
    Trigger("sentence", r"\badded\s+(?:new|further|more|fresh)\s+(?:prison\s+)?(?:terms?|sentences?)\b", "any"),
    Trigger("sentence", r"\b(?:got|received|was given|were given|(?:was|were)\s+(?:each|both|also)\s+given)\s+(?:an?\s+)?(?:suspended\s+|new\s+|further\s+)?(?:\d+|\w+)[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)\b", "before"),
    Trigger("sentence", r"\b(?:got|received|was given|were given)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:sentence|prison term|jail term|term in (?:a\s+)?(?:colony|prison))\b", "before"),
    # transfer
    Trigger("transfer", r"\b(?:transferred|moved|relocated|taken|sent|etaped|transported)\s+(?:[\w.'’-]+\s+){0,12}?to\b", "any", needs=FACILITY + "|" + BETWEEN_COLONY_TOWNS),
    # "he was moved to Mahiliou": a prisoner moved by others to a named place
    Trigger("transfer", r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:transferred|moved|relocated|transported|etaped|brought)\s+(?:back\s+)?to\s+(?-i:[A-Z])", "before"),
    # "penal colony No. 9 in Horki, where he was moved in May 2023"
    Trigger("transfer", r"\bwhere\s+(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:transferred|moved|taken|sent|etaped)\b", "before", needs=FACILITY, needs_nearby=True),
    # punishment
    Trigger("punishment", r"\b(?:placed|put|sent|thrown|locked|held|kept)\s+(?:\w+\s+){0,2}in(?:to)?\s+(?:a\s+|the\s+)?(?:punishment cell|solitary(?: confinement)?|isolation cell|cell-type premises|SHIZO|ShIZO|PKT|disciplinary cell)", "any"),
    # "declared him a malicious violator", "ordered him to serve three years in prison",
    # "is being held in near-total isolation", as ru/be "признали злостным нарушителем"
    Trigger("punishment", r"\b(?:declared|named|found|recognised|recognized)\s+(?:" + _PERSONS_OBJ + r"\s+|(?:[\w'’-]+\s+){1,3}?)?(?:to\s+be\s+)?an?\s+(?:persistent\s+|\"?)?malicious\s+(?:violator|offender)", "any"),
    Trigger("punishment", r"\bordered\s+(?:" + _PERSONS_OBJ + r"\s+|(?:[\w'’-]+\s+){1,3}?)to\s+serve\s+(?:[\w-]+\s+){0,4}in\s+(?:a\s+)?prison\b", "any"),
    Trigger("punishment", r"\b(?:held|kept)\s+in\s+(?:near-total\s+|total\s+|complete\s+|strict\s+)?isolation\b", "before"),
    Trigger("punishment", r"\b(?:deprived|denied|stripped)\s+(?:" + _PERSONS_OBJ + r"\s+)?(?:of\s+)?(?:\w+\s+){0,2}(?:visits?|parcels?|packages?|letters|correspondence|phone calls|meetings?)\b", "any"),
    # a ban on parcels or calls, a parcel refused (not visits: who is named beside them is
    # often the visitor)
    Trigger("punishment", r"\b(?:banned|barred|cancelled|canceled|suspended|turned\s+away)\s+(?:\w+\s+){0,3}(?:parcels?|packages?|phone calls|correspondence)\b|(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\blong\s)|(?<=\bshort\s)|(?<=\bfamily\s)|(?<=\bfood\s))(?:visits?|parcels?)\s+(?:[\w-]+\s+){0,4}?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:cancell?ed|canceled|refused|denied|turned\s+away)\b|\b(?:has|had|have)\s+been\s+in\s+(?:a\s+|the\s+)?(?:punishment cell|solitary confinement|SHIZO|PKT)\b|\brefused\s+to\s+(?:accept|pass\s+on|hand\s+over)\s+(?:[\w'’]+\s+){0,2}(?:parcels?|packages?|letters)\b", "any"),
    Trigger("punishment", r"\b(?:transferred|moved)\s+(?:\w+\s+){0,2}to\s+(?:a\s+)?(?:cell-type|stricter|harsher|prison)\s+(?:regime|premises|conditions)\b", "any"),
    Trigger("punishment", r"\b(?:spent|spends|spending)\s+(?:[\w'’-]+\s+){0,5}in\s+(?:a\s+|the\s+)?(?:punishment cells?|solitary(?: confinement)?|isolation cells?|SHIZO|PKT)\b", "before"),
    Trigger("punishment", r"\b(?:days|weeks|spells?|stints?)\s+in\s+(?:a\s+|the\s+)?(?:punishment cells?|solitary confinement|SHIZO|cell-type room)\b", "before"),
    Trigger("punishment", r"\b(?:placed|put|sent|thrown|locked|moved|transferred|held|kept)\s+(?:\w+\s+){0,2}(?:in|into|to)\s+(?:a\s+|the\s+)?(?:punishment cell|solitary(?: confinement)?|cell-type (?:room|premises|cell)|SHIZO|ShIZO|PKT|disciplinary cell|punishment block)", "any"),
    # pressure
    # "brings the pardon form every week", "would be freed if he wrote asking for a pardon"
    Trigger("pressure", r"\b(?:brings?|brought|bringing|puts?|putting|laid|lays|handed|hands|slipped|slips|pushed|pushes)\b[^.;?]{0,40}?\b(?:(?:pardon|clemency)\s+(?:forms?|petitions?|requests?|applications?)|petitions?\s+for\s+(?:a\s+)?(?:pardon|clemency))\b", "any"),
    Trigger("pressure", r"\b(?:would|will|could)\s+(?:go\s+home|be\s+(?:freed|released|let\s+go|home)|get\s+off(?:\s+with\s+a\s+fine|\s+lightly)?)\b[^.;?]{0,15}?\bif\s+(?:he|she|they|I)\s+(?:wrote|writes|asked|asks|signed|signs|petitioned|applied|admitted|admits|confessed|confesses|pleaded)\b", "any"),
    # "an officer came to his barracks with a pardon petition already filled in"
    Trigger("pressure", r"\bcame\b[^.;?]{0,60}?\bwith\s+(?:a|the)\s+(?:pardon|clemency)\s+(?:petition|form)s?\b", "any"),
    Trigger("pressure", r"\b(?:urged|pressed|pressured|forced|coerced|pushed|persuaded|made)\s+(?:(?!to\b)\w+\s+){0,8}?to\s+(?:petition|ask|apply|write|sign|confess|cooperate|plead|admit|record|repent|appear)\b", "after"),
    Trigger("pressure", r"\b(?:under pressure to|pressure on \w+ to)\s+(?:petition|ask|write|sign|confess|cooperate)\b", "any"),
    Trigger("pressure", r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:pushed|pressured|pressed|forced|coerced|bullied|driven|talked)\s+into\s+(?:asking|applying|petitioning|writing|signing|confessing|cooperating|recording)\b", "before"),
    Trigger("pressure", r"\b(?:pushed|pressured|pressed|forced|coerced|bullied|driven|talked)\s+(?:\w+\s+)?into\s+(?:asking|applying|petitioning|writing|signing|confessing|cooperating|recording)\b", "after"),
    Trigger("pressure", r"\b(?:under|after (?:\w+\s+){0,2}of)\s+pressure\b", "any", needs=r"pardon|petition|confess|cooperat|repent"),
    Trigger("pressure", r"\bthreatened\b(?=[^.;]{0,120}?\b(?:unless|if)\b[^.;]{0,40}?\b(?:confess|plead|cooperat|sign|petition|testif|admit))", "any"),
    Trigger("pressure", r"\b(?:wanted|tried to (?:make|get))\s+(?:him|her|them)\s+to\s+(?:sign|write|petition|ask|confess)\b", "any"),
    Trigger("pressure", r"\b(?:ask(?:ed|s|ing)?|tell(?:s|ing)?|told)\s+(?:him|her|them|you|me|us)\s+to\s+(?:write|sign|seek|submit|file|petition|ask for|apply for)\b(?=[^.;?]{0,40}\b(?:pardon|clemency|petition(?!\s+(?:for\s+(?:the\s+|his\s+|her\s+)?release|in\s+support|of\s+support|against|to\s+free))))", "after"),
    Trigger("pressure", r"\boffered\s+(?:\w+\s+){0,2}to\s+(?:petition|apply for (?:a\s+)?pardon|ask for (?:a\s+)?pardon|write (?:a\s+)?(?:petition|request))", "after"),
    Trigger("pressure", r"\boffered\s+(?:\w+\s+)?(?:the chance\s+)?to\s+(?:petition|ask|apply|write)\s+(?:\w+\s+){0,3}(?:for\s+)?(?:a\s+)?pardon\b", "after"),
    # hunger strike
    Trigger("hunger_strike", r"\b(?:went|goes|go|gone|is|was|been|remains?|began|started|declared|announced|launched|on)\s+(?:on\s+)?(?:a\s+)?(?:dry\s+|new\s+|another\s+|indefinite\s+)?hunger strike\b", "before"),
    Trigger("hunger_strike", r"\bhunger strike\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:had\s+)?(?:started|began|declared|launched)\b", "any"),
    Trigger("hunger_strike", r"\b(?:refused|refuses|refusing|stopped|stops)\s+(?:taking\s+|to\s+take\s+|eating\s+)?(?:food|eating)\b", "before"),
    Trigger("hunger_strike", r"\b(?:resumed|renewed|ended|ends|ending|continued|continues|continuing)\s+(?:(?:a|the|his|her|their)\s+)?(?:dry\s+)?hunger strike\b", "before"),
    # recognition
    # "rights groups regard X as a political prisoner", "whom Amnesty regards as a prisoner of
    # conscience": the standing they give him
    Trigger("recognition", r"\b(?:regard(?:s|ed)?|consider(?:s|ed)?|deem(?:s|ed)?)\s+(?!(?:himself|herself|themselves|itself|it)\b)(?:[\w'’-]+\s+){0,5}?(?:as\s+)?(?:an?\s+)?(?:political prisoners?|prisoners? of conscience)\b", "any", named_only=True),
    Trigger("recognition", r"\b(?:recogni[sz](?:ed|es?)|declared|named|designated)\s+(?:" + _PERSONS_OBJ + r"\s+|(?:[\w'’-]+,?\s+){0,14}?)?(?:as\s+)?(?:an?\s+)?(?:political prisoners?|prisoners? of conscience)\b", "any"),
    # release
    Trigger("release", r"\b(?:was|were|been|is|are|being|got)\s+(?:\w+\s+)?(?:released|freed|pardoned|amnestied|acquitted|set free|let out|let go)\b", "before"),
    # "was driven home on Saturday", "was sent home the same day": out of custody
    Trigger("release", r"\b(?:was|were)\s+(?:\w+\s+)?(?:driven|sent|taken|allowed\s+to\s+go)\s+home\b", "before"),
    Trigger("release", r"\b(?:released|freed|frees|releases|pardoned|pardons|amnestied|acquitted)\b", "after"),
    # "was held for three hours and let go": the passive's second participle
    Trigger("release", r"(?<=\band )(?:let go|set free)\b", "before"),
    Trigger("release", r"\b(?:walked|walks|walk|went|goes|is|was|set)\s+free\b", "before"),
    Trigger("release", r"\bsign(?:ed|s)?\s+(?:a\s+)?(?:decree|order)\s+(?:on\s+)?pardoning\b", "after", subtype="pardon"),
    Trigger("release", r"\bfree\s+after\s+(?:serving|\d+|\w+\s+(?:years?|months?))", "before"),
    Trigger("release", r"\b(?:walked|walks|came|comes|stepped|left)\s+(?:out\s+of\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}" + FACILITY + r"(?!['’]s)", "before"),
    Trigger("release", r"\b(?:left|leaves)\s+(?:the\s+)?(?:penal colony|colony|prison|jail)\b(?!['’]s)", "before"),
    Trigger("release", r"\b(?:walked|walks|stepped|steps)\s+(?:free\s+)?out\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:court|courtroom)\b", "before"),
    Trigger("trial", r"\bwhich\s+(?:had\s+)?(?:began|begun|started|opened|resumed)\b", "any", needs=r"\b(?:trial|hearing)\b", needs_nearby=True),
    # death
    Trigger("death", r"\b(?:died|has died|passed away|was found dead|were found dead|was killed)\b", "before"),
    # exile
    Trigger("exile", r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\b(?:deported|expelled|exiled|banished)\b", "any"),
    Trigger("exile", r"\bdeports\s+(?=(?:[a-z-]+\s+){0,3}(?-i:[A-Z]))", "after", title_only=True),
    Trigger("exile", r"\b(?:forced|had|made)\s+to\s+leave\s+(?:the\s+country|Belarus)\b", "before"),
    Trigger("exile", r"\b(?:forced|pushed|taken|driven|put)\s+(?:\w+\s+)?out\s+of\s+(?:the\s+country|Belarus)\b", "any"),
    Trigger("exile", r"\b(?:driven|taken|bussed|deported)\s+(?:straight\s+)?(?:across|to)\s+the\s+(?:border|Lithuanian border|Ukrainian border)\b", "any"),
    # "were pushed across to Ukraine", "forced across the border into Poland"
    Trigger("exile", r"\b(?:pushed|forced|thrown|marched)\s+(?:across\s+(?:the\s+border\s+)?)(?:in)?to\s+(?:Ukraine|Lithuania|Poland|Latvia|Russia)\b", "before"),
    # a live blog's or chronicle's present ("15:10 Police detain a woman")
    Trigger("detention", r"\b(?:detain|detains)\b", "after", entry_only=True),
    Trigger("sentence", r"\b(?:sentences|jails|convicts)\b(?=\s+(?:[\w'’.-]+\s+){1,8}?(?:to|for)\b)", "after", entry_only=True),
    Trigger("release", r"\b(?:releases|frees)\b(?!\s+(?:a\s+|the\s+)?(?:statement|report|video|list)\b)", "after", entry_only=True),
)

LEXICON = Lexicon(
    code="en",
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    weekdays={
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    },
    relative_days={
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "yesterday": -1, "last night": -1, "the day before yesterday": -2,
    },
    relative_years={r"last year": -1, r"this year": 0, r"the previous year": -1,
                    r"the year before last": -2, r"earlier this year": 0},
    relative_months={r"last month": -1, r"this month": 0, r"earlier this month": 0},
    seasons={r"(?:this|earlier this)\s+(?:autumn|fall|spring|summer|winter)(?!\s+of\s+\d)": 0,
             r"(?:in the|this)\s+winter(?!\s+of\s+\d)": 0,
             r"last\s+(?:autumn|fall|spring|summer|winter)(?!\s+of\s+\d)": -1},
    # "in the autumn" told in March: the last autumn, not the coming one
    bare_seasons={"in the spring": 3, "in spring": 3, "in the summer": 6, "in summer": 6,
                  "in the autumn": 9, "in autumn": 9, "in the fall": 9},
    past_span=r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?P<unit>weeks?|days?|months?)(?!\s+of\b)",
    relative_weeks={r"(?:earlier |later )?this week": 0, r"last week": -1, r"the previous week": -1},
    day_before=r"(?:on\s+)?the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?!\s+(?:yesterday|last|the))",
    # "two days after her husband was jailed": the clause after "after" tells an event
    # that many days before the one told around it ("a week after his arrest" does not)
    night_before=r"(?:(?:on\s+)?the\s+night\s+(?:of\s+\w+\s+)?(?:to|into)|overnight\s+(?:to|into))\s+{weekday}",
    today=r"today|tonight",
    anniversary=r"(?:it\s+is|it's|it\s+has\s+been(?=\s+exactly)|today\s+marks|marks)\s+(?:exactly\s+)?(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?P<unit>years?|months?)\s+(?:today\s+)?since",
    reported_that=r"that",
    exactly=r"exactly|precisely",
    earlier=r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?)\s+(?:earlier|before(?=\s*[,.;]|\s+that\b)|after(?=\s+\w)(?!\s+being\s|\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?(?:arrest|detention|release|trial|sentenc|conviction|verdict|transfer|death|election|vote|protest|rall|raid|search)))",
    year_words=r"",
    ago=rf"(?:{_COUNT}|several)\s+(?:days?|weeks?|months?|years?)\s+ago",
    later=rf"(?:({_COUNT})\s+(hours?|days?|weeks?|months?|years?)\s+(?:later|after(?=\s+(?:him|her|them)\s*(?:[.,;]|$)|\s+(?:his|her|their|the)\s+(?:arrest|detention|search|raid|verdict|sentencing|conviction|release|transfer)\b))|the\s+(?:next|following)\s+(day|week|month|year)|after\s+({_COUNT})\s+(hours?|days?)(?!\s+(?:of|in|on|at|behind|without|under)\b)|(?:a\s+few|several|some|a\s+couple\s+of)\s+(hours)\s+later|for\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?({_COUNT})\s+(hours)\s+before\b)",
    last_weekday=r"last|past",
    other_lists=r"terroris\w*|extremis\w*|wanted list",
    held_total=(
        r"(?<![\w.,])(?<!\bin\s)(?<!\bsince\s)(?<!\bof\s)(?:{number})(?![\w-]|[.,]\d)(?=\s+(?:who\s+|that\s+)?(?:still\s+|now\s+)?remain(?:s|ed)?\s+(?:behind bars|in (?:prison|jail|custody|detention))\b)",
        r"\b(?:(?:whom|which)\s+(?:[\w-]+\s+){0,3}count(?:s|ed)?|count(?:s|ed)?\s+(?:them|the\s+(?:political\s+)?prisoners|political\s+prisoners))\s+at\s+(?:nearly\s+|about\s+|almost\s+|more than\s+|over\s+|some\s+)?(?:{number})(?![\w-]|[.,]\d)",
        r"\blist\s+(?:now\s+)?(?:has|holds|contains|includes|stands at)\s+(?:nearly\s+|about\s+|almost\s+|more than\s+|over\s+)?(?:{number})(?![\w-]|[.,]\d)(?=\s+names\b)",
    ),
    part_count=(
        r"(?<![\w-])(?:{number})\s+of\s+(?:them|those|whom)\b",
        r"\bthe\s+other\s+(?:{number})(?![\w-]|\s+(?:years?|months?|weeks?|days?|times?|hours?)\b)",
    ),
    subject_count=(
        # (with a quantifier: "the two were detained", "of the five hearings, three were
        # held" are people already told or no people)
        r"(?<!\w)(?:at\s+least|more\s+than|over|about|some|nearly|almost|around|up\s+to)\s+"
        r"(?:{number})(?![\w-]|[.,]\d)(?=\s+(?:(?:had|have|has)\s+been|were)\s+"
        r"(?:\w+ly\s+)?(?:held|detained|arrested|released|freed|pardoned|jailed)\b"
        r"|\s+(?:spent|remained)\s+the\s+night\s+in\s+(?:custody|detention|a\s+cell)"
        # "but more than 10 remain behind bars"
        r"|\s+(?:remain|remained|are\s+still|were\s+still)\s+(?:behind\s+bars|in\s+prison|in\s+custody|in\s+jail))",
    ),
    more_count=(
        r"(?<![\w-])(?:{number})\s+more\b(?!\s+(?:years?|months?|days?|times?)\b)",
        r"\banother\s+(?:{number})(?![\w-]|\s+(?:years?|months?|weeks?|days?|times?|hours?)\b)",
    ),
    # (not "and 43 were later charged": a verb of its own)
    listed_count=(r"(?:[,;]|\sand)\s+(?:{number})(?=\s+(?:[—–]\s|(?:are|were)\s+(?!(?:\w+ly\s+|later\s+|then\s+|also\s+)?\w+ed\b)))",),
    total_phrase=(
        r"\b(?:(?:total|number|tally|count|figure)(?:\s+(?:number|of|political|prisoners|people))*\s+(?:had\s+|has\s+|have\s+)?(?:to|at|is|was|of|reached|now|stands at|stood at)\s+"
        r"|(?:total|number|tally|count|figure|it)(?:\s+(?:number|of|political|prisoners|people))*\s+(?:had\s+|has\s+)?(?:rose to|risen to|grew to|grown to|fell to|fallen to|dropped to|climbed to|reached|passed|exceeded|topped|stood at|stands at)\s+)"
        r"(?:about\s+|over\s+|more than\s+|almost\s+|nearly\s+)?"
    ),
    at_the_verdict=r"(?<!months\s)(?<!weeks\s)(?<!days\s)(?<!years\s)(?:immediately\s+|right\s+|straight\s+)?after\s+the\s+(?:verdict|sentencing)(?!\s+was\s+(?:overturned|quashed|annulled|upheld))|(?:in|from)\s+the\s+courtroom",
    afterwards=r"later|eventually|subsequently|afterwards|recently|since then|had\s+(?:\w+\s+)?been",
    including=r"among them|including|among whom",
    expelled=r"deport|expel",
    after_event=r"after|following",
    not_right_after=r"a|one|two|three|year|years|months?|weeks?|days?|for",
    all_of_n=r"all\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)(?!\s+(?:years|months|days|times))",
    partial_charge=r"(?:of|on)\s+(?:one|some|part)\s+(?:of\s+the\s+)?(?:counts?|charges?)",
    times=r"(?:\d+|two|three|four|five|six|several|many)\s+times|again|repeatedly|fourth|fifth|third|second time|once more",
    aside_goes_on=r"and|but|then|later",
    after_word=r"after|following|before",
    born=r"born",
    in_custody=(
        r"custody|captivity|detention|(?:was|were|being)\s+held(?!\s+up)|prisoner(?!\s+of\s+war)|political prisoners?|prisoners? of conscience|"
        r"inmates?|behind bars|isolation cell|"
        r"punishment cell|solitary|serving|convicted|sentenced|detained|arrested|police station|"
        r"jailed|imprisoned"
    ),
    together_with=r"(?:together\s+with|along\s+with|alongside)(?!\s+(?:this|that)(?!\w))",
    # (and appositions: ", a Babruisk electrician jailed in 2021,")
    relative_opening=r"which|who|whom|whose|an?",
    among=(
        r"among (?:them|those|the)|(?:the|this) list (?:also )?includes|including|"
        r"(?:they|those\s+(?:detained|held|freed|released|arrested))\s+includ(?:e|ed)|"
        r"one of (?:them|those)|"
        r"(?:the|this) (?:decree|pardon|amnesty|list) (?:also )?(?:covered|covers|included|includes)"
    ),
    same_day=(
        r"(?:on\s+)?(?:the|that)\s+same\s+day|(?:later|earlier)\s+that\s+day"
        r"|(?:on\s+)?that\s+day(?!,?\s+when)|that\s+(?:same\s+)?(?:evening|morning|night)"
        r"|the\s+same\s+(?:evening|morning|night)"
    ),
    news_perfect=r"(?:has|have)\s+(?:(?:now|just|also|finally)\s+)?(?:been\s+)?\w+ed",
    same_year=r"(?:in\s+)?(?:that|the)\s+same\s+year|later\s+that\s+year|(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(?:summer|autumn|fall|spring)",
    same_month=r"(?:(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+|later\s+|in\s+|earlier\s+)?that\s+(?:same\s+)?month|the\s+same\s+month",
    before_that=r"\b(?:before that|after that)\b",
    number_words={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
        "dozens": 24,
    },
    scale_words={"hundred": 100, "thousand": 1000, "million": 1_000_000},
    half_thousand=r"(?:one and a half thousand|1\.5 thousand)",
    people_nouns=(
        r"(?:(?:political\s+)?prisoners?|people|persons?|detainees|inmates|convicts|activists|"
        r"friends|classmates|relatives|readers|neighbours|"
        r"journalists|protesters|demonstrators|dissidents|opponents|defendants|others|"
        r"Belarusians|Poles|Lithuanians|Latvians|Ukrainians|Russians|Americans|Germans|"
        r"foreigners|foreign nationals|citizens|nationals|women|men|students|workers|"
        r"members|colleagues|staff members|staffers|co-workers|associates|supporters|lawyers|human rights defenders|of them|individuals|musicians|artists|"
        r"writers|doctors|teachers|priests|bloggers|pensioners|workers|employees|minors|teenagers|"
        r"participants|candidates|media workers|media employees|parishioners|believers|"
        r"volunteers|pupils|acquaintances|names(?!\s+of\b))"
    ),
    political_prisoner_nouns=r"(?:political prisoners?|prisoners? of conscience)",
    count_cues={
        "released": r"\b(?:releas\w*|freed|free|pardon\w*|amnest\w*(?!\s+International)|let go|let out|set free|walked out)",
        "detained": r"\b(?:detain\w*|arrest\w*|custody|rounded up|picked up|seized|(?:took|taken)\s+away(?!\s+(?:their|his|her|the|its)\b)|(?:were|had been) held\b(?!\s+in\s+(?:prison|jail|colon)))",
        "recognized": r"\b(?:recogni[sz]\w*|declared\s+political|declared(?=(?:\s+[\w'’-]+){0,15}\s+(?:political prisoners?|prisoners? of conscience)))",
        "supporters": r"\b(?:supporters|signatures|signed|with\s+(?:a\s+)?banners?|solidarity|postcards|petition\w*|rall(?:y|ied)|gathered|demonstrat\w+|cheered|applauded|greeted|welcomed|(?:come|came)\s+to\s+support|(?:came|come)\s+to\s+(?:the\s+)?(?:court\w*|trial|hearing)[^.;]{0,30}support|stood\s+outside|waited\s+(?:at|outside)|with\s+flowers|came|attended|turned\s+up|showed\s+up|wrote\s+(?:to\s+)?(?:him|her|them|letters)|supported)",
        # what else is counted: the charged, the tried, hunger strikers, the punished
        "other": r"\b(?:did\s+not\s+live\s+to|didn't\s+live\s+to|charged|accused|defendants?|suspects?|convicted|sentenced|tried|on trial|hunger strike|refused food|transferred|punish\w*|solitary|died|dead|killed)",
        "prisoners": r"\b(?:political prisoners?|prisoners? of conscience|behind bars|remain\w*|still|imprisoned|(?<!were )(?<!had been )held|left)",
    },
    in_prison=r"\b(?:(?:remain|are|were|still)\s+(?:\w+\s+)?(?:in prison|behind bars|in jail|in custody|imprisoned))\b",
    listener_verbs=r"told|tells|tell",
    freed_participle=r"(?:pardoned|freed|released)\s",
    guilty_of=r"guilty\s+of",
    one_of_group=r"\s+(?:was|were|is|are)\s+(?:also\s+|then\s+|now\s+)?(?:one of|among)\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|over|about|nearly|almost|some)\s+)?",
    group_relative=r"[\s,]*(?:who|whom|that|which)\s+(?:[\w-]+\s+){0,2}",
    detained_nouns=r"\bdetainees\b",
    age_noun=r"\d+-year-old",
    after_the_search=r"after\s+the\s+search",
    occasion_during=r"during|at|in\s+the\s+course\s+of",
    again_words=r"again|then",
    twice_words=r"twice",
    repeatedly=r"\bevery\s+(?:few\s+|other\s+|single\s+|\w+\s+)?(?:day|week|month|year|days|weeks|months|years|time)\b|\beach\s+(?:day|week|month)\b|\bagain\s+and\s+again\b",
    as_word=r"as",
    topic_prepositions=r"about",
    subjectless_participle=(
        r"(?-i:[A-Z])[a-z]+ed\b(?=\s*(?:[,;:.]|\d|\w+ly\b|(?:at|in|on|near|from|to|by|for|under|as|"
        r"after|before|with|without|again|later|twice|once|three|two|four|five|six|seven|eight|"
        r"nine|ten|a\s+(?:day|week|month|year)|the\s+(?:next|following|same))\b))"
    ),
    own_words=r"\bmemoirs?\b|\blast word\b|\bfinal statement\b|\bletter from\b|\bdiary\b|\bprison notes\b",
    possessive_only=r"his|their|its|my|our|your",
    past_verb=r"\b(?-i:[a-z])\w+ed\b",
    occasion_nouns=r"march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|pickets?|vigils?|processions?|gatherings?|concerts?|strikes?|chains?",
    day_ordinals={
        **day_ordinals(
            "first second third fourth fifth sixth seventh eighth ninth",
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
            "eighteenth nineteenth",
            "twentieth", "thirtieth", "twenty", "thirty", joiner="-",
        ),
        **day_ordinals(
            "first second third fourth fifth sixth seventh eighth ninth", "", "twentieth",
            "thirtieth", "twenty", "thirty",
        ),
    },
    company_nouns=r"\b(?:friends|relatives|family members|classmates|pupils|acquaintances)\b",
    act_nouns=(
        ("detention", r"arrest|detention"),
        ("search", r"search|raid"),
        ("sentence", r"verdict|sentencing|conviction"),
        ("release", r"release"),
        ("transfer", r"transfer"),
    ),
    occasion_after=r"after",
    kin_home=r"(?:the\s+)?(?:family['’]s|(?:his|her|their)\s+(?:parents['’]|mother['’]s|father['’]s|grandmother['’]s|grandparents['’]|wife['’]s|husband['’]s|sister['’]s|brother['’]s))\s+(?:\w+\s+)?(?:flat|home|house|apartment|dacha)|(?:flat|home|house|apartment|dacha)\s+of\s+(?:his|her|their)\s+(?:parents|mother|father|grandmother|grandparents|wife|husband|sister|brother|family)\b",
    relayed_words=r"(?:(?P<f>her)|(?P<m>his))\s+words",
    no_subject_opening=r"[\s,;]*(?:but|yet|and|then)\s+(?:(?:was|were|later|then|also|soon)\s+)*",
    partitive=r"(?:some|several|many|most|few|none|one|two|three|four|five|\d+)\s+of",
    later_on=r"\b(?:later|then|subsequently|afterwards)\b|colon|prison No",
    offset_after=r"after",
    came=r"came|comes|followed|happened|took place",
    subordinators=r"before|after|until",
    all_defendants=(
        r"all\s+(?:of\s+)?(?:the\s+)?(?:convicted|defendants|accused|sentenced)"
        r"|all\s+(?:six|five|four|three|seven|eight|nine|ten)\s+(?:defendants|of\s+them)"
    ),
    remain_cues=r"\b(?:remain\w*|still|behind bars|imprisoned|held|now|currently|total|in all|count|counted|counts|left|tally|figure)\b",
    triggers=TRIGGERS,
    facility=FACILITY,
    subtype_cues={
        "pardon": r"\bpardon(?:ed|ing|s)\b|\b(?:act|decree|wave|round)\s+of\s+(?:a\s+)?pardon|\bpardon\s+(?:decree|act)\b|\b(?:under|by|after|following|with|received|granted)\s+(?:a\s+|the\s+)?(?:presidential\s+)?pardon\b",
        "amnesty": r"\bamnest(?:y|ied)\b(?!\s+International)",
        "end_of_term": r"\b(?:(?:served|serving|completed|completing)\s+(?:[\w-]+\s+){0,3}(?:terms?|sentences?)|terms?\s+(?:ended|ends|expired)|end of (?:his|her|their) (?:[\w-]+\s+)?(?:terms?|sentences?)|full terms?)\b",
        "acquittal": r"\bacquitt\w*\b",
    },
    negation=r"\b(?:not(?!\s+(?:less|fewer)\b)|never|no longer|refused to|declined to|did not|without|nor|instead of|rather than|nobody|no one|none)\b|\bno\b(?!\.?\s*\d)|n't\b",
    hypothetical=r"\b(?:may|might|could|would|should|if|unless|whether|expect(?:s|ed)?\s+(?:him\s+|her\s+|them\s+)?to|likely to|due to|yet to|(?:ready|prepared|willing) to|urged?|urges|urging|will|shall|threaten\w*|risks?|faces?|facing|hopes?|wants?|demand\w*|call\w* for|plans? to|to be)\b",
    clause_breaks=r";|:|\s[—–]\s|\s(?=(?:after|when|while|because|although|though|whereas)\s)|,\s+(?:\w+\s+){0,2}(?:after|when|while|before|because|although|though|whereas|who|whose|whom|which|where)\b|\b(?:but|and then)\b",
    pronouns_masc=r"\b(?:he|him|his)\b",
    pronouns_fem=r"\b(?:she|her|hers)\b",
    pronouns_plural=r"\b(?:they|them|their|all of them|both of them|both men|both women|all (?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?: of them)?|the (?:two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:had|have|has|were|are|was|will|would|could|all|also|who|remain|remained)\b|[,.])|both(?=\s+(?:as|were|are|have|had)\b))\b",
    pronouns_both=r"\b(?:both|both of them)\b",
    given_names=wordset(
        """
        ales aleh alexander alexei alexey aliaksandr aliaksei aliaksey alena alena
        alesia alexandra alla anastasia anatol anatoli anatoly andrei andrey andrzej
        andrew anna antanina anton arkadz artsiom artem artyom barys boris daria darya
        dmitry dmitri dzianis dzmitry eduard edward elena eugene yauhen yevgeny evgeny
        halina hanna henadz ihar igor ilya iryna irina ivan katsiaryna katerina kiryl
        kirill kanstantsin konstantin larysa lidziya leanid leonid liudmila lyudmila
        maksim maxim marfa maria maryia marina mariya maryna mikalai mikola nikolai
        nikolay mikhail mikhal mihail natallia natalia nasta nadzeya nadezhda nina oleg
        olga palina paval pavel petr piotr pyotr ramon raman roman ryhor grigory siarhei
        sergei sergey stanislau stanislav stsiapan stepan sviatlana svetlana tatsiana
        tatiana tatsyana tamara uladzimir vladimir valiantsin valentin valiantsina vasil
        vasily viktar viktor victor viktoryja viktoria victoria vital vitaly vitold
        vadzim vadim volha yahor yegor yan yana yulia yuliya yury yuri yuras zmitser
        dmitriy zianon aleksandr aleksei ihar mikita nikita kseniya ksenia palina polina
        lukas ivan jan andrzej andrei tsikhan uladzislau vladislav ruslan yaraslau
        yaroslav valery valer valeriya raisa maryna lesia zoya yauheni yauheniya ihnat
        ignat keith john james robert michael william david richard joseph thomas
        charles christopher daniel matthew anthony mark donald steven paul andrew joshua
        kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
        nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
        gregory frank raymond patrick jack dennis jerry tyler aaron jose adam henry
        nathan douglas zachary peter kyle walter ethan jeremy harold keith christian
        roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe
        jordan billy bruce albert willy gabriel logan alan juan wayne roy ralph randy
        eugene vincent russell elijah louis bobby philip johnny mary patricia jennifer
        linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
        sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
        stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen brenda
        pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth heather maria diane virginia julie joyce victoria kelly christina
        lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah
        jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia
        grace judy abigail marie denise beverly amber theresa marilyn danielle diana
        brittany natalie sophia rose isabella alexis kayla charlotte antony marco
        emmanuel angela ursula josep charles volker olaf friedrich kaja ursula mateusz
        radoslaw donald andrzej lech boris vladimir dmitry sergey sergei nikolai yevgeny
        """
    ),
    not_names=wordset(
        """
        the a an in on at of for from with by to and or but as after before since during
        facebook twitter telegram instagram youtube tiktok viber whatsapp signal
        among his her their its our my your this that these those he she they it we i
        you each every all some many most more several both one two three four five six
        seven eight nine ten monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november
        december belarus belarusian belarusians lithuania lithuanian latvia latvian
        poland polish russia russian ukraine ukrainian japan japanese estonia estonian
        sweden swedish germany german france french europe european eu us usa u.s. uk
        china chinese italy italian spain spanish czech britain british canada israel
        united states america american minsk vilnius warsaw moscow kyiv kiev riga homiel
        gomel hrodna grodno brest mahiliou mogilev viciebsk vitebsk babruisk bobruisk
        navapolatsk novopolotsk shklou shklov horki ivatsevichy zhodzina mazyr orsha
        barysau lida pinsk slutsk salihorsk maladzechna athens colony prison court kgb
        viasna fidh amnesty international radio liberty free europe rfe/rl reuters nexta
        telegram ryanair un osce pace council parliament president presidential vice-
        president minister ministry supreme regional district city centre center human
        rights watch article part code criminal youth colony officials official lawyer
        lawyers activist activists journalist blogger opposition state media agency news
        service freedom house nobel peace prize award committee according meanwhile
        however later earlier today yesterday when while although though because if
        since until despite no not never also mr mrs ms dr sir lady lord saint st north
        south east west central national christmas easter covid olympic games
        coordination committee penal correctional detention centre pre-trial ik sizo
        """
    ),
    role_words=(
        r"(?:men|women|couple|defendants|co-defendants|blogger|journalist|activist|lawyer|attorney|politician|leader|figure|envoy|"
        r"president|vice-president|chairman|chairwoman|head|director|editor|founder|"
        r"co-founder|candidate|opposition|dissident|defender|prisoner|colleague|wife|husband|"
        r"son|daughter|mother|father|brother|sister|analyst|spokesman|spokeswoman|"
        r"minister|ambassador|representative|rapporteur|member|student|teacher|priest|"
        r"musician|artist|writer|poet|photographer|cameraman|entrepreneur|businessman|"
        r"businesswoman|banker|doctor|mr|mrs|ms|dr|judge|prosecutor|investigator|anarchist|"
        r"laureate|coordinator|volunteer|rapper|pensioner|philosopher|economist|trade unionist|"
        r"adviser|advisor|"
        r"accountant|nurse|medic|paramedic|engineer|builder|librarian|scientist|researcher|"
        r"designer|athlete|mechanic|electrician|programmer|lecturer|farmer|worker)"
    ),
    speech_verbs=(
        r"(?:quoted|quotes|called|calls|described|describes|termed|said|says|say|told|tells|tell|wrote|writes|write|added|adds|stated|states|noted|"
        r"notes|explained|explains|recalled|recalls|asked|asks|answered|answers|replied|"
        r"replies|stressed|stresses|emphasi[sz]ed|insisted|insists|declared|declares|"
        r"announced|claimed|claims|commented|comments|posted|tweeted|continued|continues|"
        r"remembered|remembers|shouted|complained|complains|admitted|admits|warned|warns|"
        r"argued|argues|concluded|believes|recounted|recounts|describes|described|"
        r"reminded|reminds|wonders|wondered|repeated|repeats|urged|urges|pleaded|pleads|"
        r"recalled|sighs|sighed|pointed out|points out|suggested|suggests|observed|"
        r"observes|lamented|laments|managed to say|reacted|responded|responds|laughs|laughed|smiles|"
        r"smiled|jokes|joked)"
    ),
    doubt=r"\b(?:whether|not clear|unclear|unknown if)\b",
    organisation_heads=wordset(
        """
        party parties front union movement church foundation fund association platform
        bloc league congress assembly alliance coalition society institute university
        academy committee council centre center bureau agency service ministry office
        company corporation group network initiative campaign championship cup games cross
        festival forum tournament olympics court district region regional
        """
    ),
    according_to=r"\b(?:according to|in the words of)\b",
    subordinate_after=r"after|before",
    new_prisoners=r"new\s+political\s+prisoners",
    letter_nouns=r"letter|letters|note|message(?=\s+(?:from|that|which)\b)|(?:Telegram|Facebook|Instagram|VK|social[- ]media)\s+post",
    letter_received=r"\b(?:received|got|read out|read)\b",
    letter_written_by=r",?\s+(?:which|that)\s+(?:(?P<p>he|she)\s+(?:had\s+)?(?:\w+\s+)?(?:wrote|written|sent|posted)|(?P<name>(?:[\w'’-]+\s+){1,7}?)(?:had\s+)?(?:wrote|written))\b",
    letter_says=r"(?:the|his|her)\s+(?:letter|note|message|post)\s+(?:ends|ended|closes|closed|concludes|concluded|begins|began|opens|opened|reads|read|says|said)",
    offices=r"offices?|newsroom|headquarters|premises|editorial office|bureau",
    unnamed_person=r"(?:another|one\s+more)\s+(?:young\s+|local\s+|fellow\s+)?(?:activist|man|woman|student|journalist|blogger|protester|resident|teenager|pensioner|anarchist|defendant|suspect|volunteer)|an?\s+(?:local\s+|young\s+|elderly\s+)?(?:resident|woman|man|protester|passer-by|bystander|pensioner|volunteer)\s+who",
    pronouns_first=r"(?-i:I)|me",
    first_person_subject=r"(?-i:I)",
    possessive_by_sex=r"(?P<f>her)|(?P<m>his)",
    not_held=r"(?:was|were)\s+not\s+(?:carried|held|conducted)",
    object_pronouns=r"him|her|them",
    object_follows=r"to|as|in|on|at|for|from|with|into|by|after|before|again|twice|once",
    prepositions=r"for|of|by|with|about|from",
    respectively=r"respectively",
    referring_nouns={"f": r"the\s+woman", "m": r"the\s+man"},
    interview_cues=r"\b(?:interview|in a conversation with|spoke to|spoke with|talked to|talked with|reached (?:him|her) by|told us)\b",
    stopwords=wordset(
        """
        the a an of and to in is was were for on that with as by at from his her he she
        it its be been has have had are this which who not but or after
        """
    ),
)
