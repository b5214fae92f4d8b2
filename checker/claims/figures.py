"""Figures a sentence states, French or English: the interval of values its words allow, the qualifier, and what
is counted, under a key that is the same across languages and synonyms.

Values (`Figure.value`, for a reader): plain digits without thousands separators and with a decimal point
("1500000" for « 1,5 million », "54.3" for « 54,3 »), the unit after a space ("54.3 %", "30 km", "2000000 €",
"45 years"), the qualifier as a sign: "40" exact, "≥ 40" at least, "> 40" more than, "≈ 30" about (« une
trentaine », « près de 30 », "some 30"), "≤ 60" up to, "< 60" less than, "30–50" a range, "≈ 20–99" a vague
plural (« des dizaines »).

Intervals (`low`, `high`): exact N is [N, N]; « au moins / plus de N » [N, inf] (closed at N: « plus de 40 » next
to « 40 » is a rounding, not a contradiction); « environ / quelque N » [0.9 N, 1.1 N]; « près de / presque N »
[0.9 N, N]; « une trentaine » and the other -aine words [0.8 N, 1.2 N]; « jusqu'à / moins de N » [0, N]; « des
dizaines / centaines / milliers » and "dozens / hundreds / thousands of" [2 B, 10 B - 1] for the base B.
`same_value` adds the rounding a written number allows (see `_tolerance`).

Concepts: a base key, then a colon and whose it is when the sentence says so. What happened: dead, victims,
injured, missing, displaced, arrested, captured, kidnapped, released, rescued. Who: civilians, soldiers, police,
fighters, children, women, demonstrators, prisoners, hostages, migrants, refugees, journalists, teachers, students,
workers, rescuers, firefighters, families. Generic nouns with no verb saying what happened: people, inhabitants.
Things: buildings, vehicles, helicopters, aircraft, drones, villages, schools, weapons, pages, votes, seats, voters,
cases, countries, jobs; what happened to them: destroyed, damaged, burned, downed. Measures: turnout, abstention,
percent, rate:<noun>, money, distance, depth, area, weight, duration, age, magnitude. So « 40 personnes ont été
tuées » is "dead", « 12 soldats tués » and "killed 12 soldiers" "dead:soldiers", « 62 terroristes neutralisés »
"dead:fighters", « 200 maisons détruites » "destroyed:buildings", « 300 hectares brûlés » "burned:area". A noun
outside the lexicons is keyed by `signals.fold` after the English-French map ("tons" and « tonnes » agree). A
figure whose noun cannot be read but that is large, scaled or qualified (« l'intersyndicale revendiquait 1,5
million ») keeps concept "" and noun "" for the caller to place. Units: "" for a count, "%", "pp" (percentage
points), "€", "$", "£", "FCFA", "km" (miles and metres converted), "ha" (km² and acres converted), "t", "years"
for an age, and the unit of time for a duration ("days", "hours" ...). The span runs from the qualifier to the
noun, and takes in the verb that says what happened (« a tué 40 personnes », « 40 personnes ont été tuées »).

Not figures: years, day numbers of dates, times of day, numbers inside names (« G7 », « A320 », « Covid-19 »,
"Boeing 737"), references (« article 49.3 », "flight 302"), phone numbers, ordinals, lists (« 1,2,3,4 »), locative
distances (« à 30 km au nord de », read by `places`), and absurd values (more than 1e10 people, any value above
1e15). Number words are read by text2num (MIT), imported on first use, on the words the lexicons here delimit.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.reading.signals import _UNITS_EN_FR, MONTHS, fold, is_english

from . import gazetteer

# --- a length-preserving fold: lower case, accents off, curly quotes and odd spaces plain -------------------------


def _flat_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x41, 0x250):
        c = chr(cp)
        base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch)).lower()
        if len(base) == 1 and base != c:
            table[cp] = base
    for cp in (0x2019, 0x2018, 0x02BC, 0x2032):
        table[cp] = "'"
    for cp in (0xA0, 0x202F, 0x2009, 0x2007, 0x2008, 0x200A):
        table[cp] = " "
    table[0x2010] = table[0x2011] = "-"  # hyphens that word processors put in « quarante‑deux »
    return table


_FLAT = _flat_table()


def flat(text: str) -> str:
    """Lower case without accents, one character for one: offsets into the result are offsets into `text`."""
    return text.translate(_FLAT)


# --- the record -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One stated quantity: the interval its words allow, how it is qualified, and what it counts."""

    low: float
    high: float  # math.inf for « au moins 40 » / « plus de 40 »
    value: str  # for a reader: "40", "≥ 40", "> 40", "≈ 30", "30–50", "≤ 60", "< 60", "54.3 %"
    qualifier: str  # "" exact, "at least", "more than", "about", "up to", "range", "less than"
    noun: str  # the counted noun as written (« morts », "dead", « € »); "" when the sentence names none
    concept: str  # canonical key of what is counted: "dead", "dead:civilians", "turnout", "" unknown
    unit: str  # "" for a count, "%", "€", "km", "ha" ...
    span: tuple[int, int]  # qualifier + number + noun (and the verb that said what happened) in the sentence
    old: bool = False  # what the count was before the value the sentence gives as its new one (« passé de 30 à 50 »)


# --- lexicons (flat: lower case, no accents) --------------------------------------------------------------------


def _forms(*stems: str) -> list[str]:
    """A French past participle or adjective with its feminine and plural forms: « tué » -> tué(e)(s)."""
    return [stem + end for stem in stems for end in ("", "e", "s", "es")]


# What happened to those counted, when the noun itself says it.
_EVENT_NOUNS = {
    "dead": ["mort", "morts", "mortes", "deces", "cas de deces", "vies", "dead", "deaths", "death", "fatalities", "killed",
             "lives", *_forms("tue")],
    "victims": ["victime", "victimes", "victims", "casualties"],
    "injured": ["injured", "wounded", "injuries", "cas de blessure", "cas de blessures", *_forms("blesse")],
    "missing": ["missing", *_forms("disparu")],
    # those who came out alive, the noun saying it (« 12 survivants », « les rescapés », "12 survivors"): what « ont
    # survécu », "survived" say of the people a verb counts (reading/predicates.py)
    "survivors": ["survivors", "survivor", *_forms("survivant", "rescape")],
    "displaced": ["sans-abri", "displaced", "evacuees", "homeless", *_forms("deplace", "evacue", "sinistre")],
    "arrested": ["arrestation", "arrestations", "interpellation", "interpellations", "arrests", "arrested",
                 "detentions", *_forms("interpelle")],
    # those held in police custody, a count apart from arrests (« 1 311 interpellations, dont 500 gardes à vue »)
    "custody": ["garde a vue", "gardes a vue"],
    "kidnapped": ["kidnapped", "abducted", *_forms("enleve", "kidnappe")],
}  # fmt: skip
# Who is counted; a verb or participle nearby says what happened to them (« 12 soldats tués »).
_WHO_NOUNS = {
    "civilians": ["civil", "civils", "civile", "civiles", "civilians", "civilian"],
    "soldiers": ["soldat", "soldats", "militaire", "militaires", "troupes", "casques bleus", "soldiers", "troops",
                 "servicemen", "peacekeepers", "military personnel"],
    "police": ["policier", "policiers", "policiere", "policieres", "gendarme", "gendarmes", "forces de l ordre",
               "agents de police", "police officers", "police officer", "policemen", "officers"],
    "fighters": ["combattant", "combattants", "terroriste", "terroristes", "jihadiste", "jihadistes", "djihadiste",
                 "djihadistes", "islamiste", "islamistes", "rebelle", "rebelles", "insurge", "insurges", "assaillant",
                 "assaillants", "miliciens", "hommes armes", "individus armes", "elements terroristes",
                 "elements armes", "fighters", "terrorists", "jihadists", "insurgents", "rebels", "attackers",
                 "assailants", "gunmen", "armed men", "militiamen", "extremists"],
    "children": ["enfant", "enfants", "mineurs", "bebes", "nourrissons", "children", "child", "kids", "minors",
                 "babies", "infants", "adolescents", "adolescentes", "teenagers", "teens"],
    "women": ["femme", "femmes", "women"],
    "demonstrators": ["manifestant", "manifestants", "manifestante", "manifestantes", "protestataire", "contestataires",
                      "protestataires", "grevistes", "protesters", "protestors", "demonstrators", "marchers",
                      "strikers"],
    "prisoners": ["prisonnier", "prisonniers", "prisoners", "detainees", "inmates", *_forms("detenu")],
    "hostages": ["otage", "otages", "hostages"],
    "migrants": ["migrant", "migrants"],
    "passengers": ["passager", "passagers", "passagere", "passageres", "voyageurs", "voyageuses", "passengers",
                   "passenger", "travellers", "travelers"],
    # those who took part: in a march or a vote, the sentence says which (see _concept)
    "participants": ["participant", "participants", "participante", "participantes"],
    "spectators": ["spectateur", "spectateurs", "spectatrices", "supporters", "supporteurs", "fans", "spectators"],
    "crew": ["equipage", "membres d equipage", "membre d equipage", "membres de l equipage", "membre de l equipage",
             "crew", "crew members", "crewmembers"],
    "refugees": ["refugees", "refugee", *_forms("refugie")],
    # people of other countries than the story's, whichever (« 22 étrangers », "19 foreign nationals", "19 non-Korean
    # nationals"; one country's people are read by their demonym: « 53 Britanniques », nationals-GB)
    "foreigners": [*_forms("etranger"), "ressortissants etrangers", "foreigners", "foreign nationals",
                   "foreign citizens", "foreign tourists"],
    "journalists": ["journaliste", "journalistes", "journalists", "reporters"],
    "teachers": ["enseignant", "enseignants", "enseignantes", "professeurs", "instituteurs", "teachers"],
    "students": ["eleve", "eleves", "etudiant", "etudiants", "etudiantes", "students", "pupils"],
    "workers": ["travailleur", "travailleurs", "ouvriers", "salaries", "employes", "workers", "employees", "miners"],
    "rescuers": ["secouriste", "secouristes", "sauveteur", "sauveteurs", "rescuers", "rescue workers"],
    "firefighters": ["pompier", "pompiers", "sapeurs-pompiers", "firefighters", "firemen"],
    "families": ["famille", "familles", "menages", "families", "households"],
}  # fmt: skip
# Nouns that count people without saying what happened to them; the concept when nothing does.
_GENERIC_NOUNS = {
    "people": ["personne", "personnes", "individu", "individus", "ames", "hommes", "people", "person", "persons",
               "individuals", "men"],
    "inhabitants": ["habitant", "habitants", "residents", "riverains", "villageois", "inhabitants", "villagers"],
}  # fmt: skip
_THING_NOUNS = {
    "buildings": ["maison", "maisons", "habitation", "habitations", "logement", "logements", "batiment",
                  "batiments", "immeuble", "immeubles", "edifices", "houses", "homes", "buildings", "dwellings"],
    "vehicles": ["vehicule", "vehicules", "voiture", "voitures", "camion", "camions", "vehicles", "cars", "trucks"],
    "helicopters": ["helicoptere", "helicopteres", "helicopters", "helicopter"],
    "aircraft": ["avion", "avions", "aircraft", "planes", "jets"],
    "drones": ["drone", "drones"],
    "villages": ["village", "villages"],
    "schools": ["ecole", "ecoles", "schools"],
    "hospitals": ["hopital", "hopitaux", "hospitals"],
    "boats": ["bateau", "bateaux", "embarcation", "embarcations", "navire", "navires", "boats", "vessels", "ships"],
    "tractors": ["tracteur", "tracteurs", "tractors"],
    "bridges": ["pont", "ponts", "bridges"],
    "bullets": ["balle", "balles", "bullets"],
    "shots": ["tir", "tirs", "shots", "gunshots"],
    "weapons": ["arme", "armes", "weapons"],
    "pages": ["page", "pages"],
    "votes": ["voix", "suffrages", "bulletins", "votes", "vote", "ballots"],
    "seats": ["siege", "sieges", "seats"],
    "voters": ["electeur", "electeurs", "electrices", "inscrits", "voters"],
    "cases": ["cas", "cases", "suspectes", "confirmes"],  # « 16 800 suspectés ou confirmés »: cases
    "countries": ["pays", "countries", "nations"],
    "jobs": ["emploi", "emplois", "jobs"],
    "rallies": ["rassemblement", "rassemblements", "cortege", "corteges", "manifestations", "defiles",
                "demonstrations", "rallies", "marches", "protests"],
    "floors": ["etage", "etages", "storey", "storeys", "story", "stories", "floor", "floors"],
    "municipalities": ["commune", "communes", "municipalite", "municipalites", "ville", "villes", "localite",
                       "localites", "municipalities", "municipality", "towns", "cities", "localities"],
}  # fmt: skip
_DURATION_NOUNS = {
    "years": ["an", "ans", "annees", "years", "year"], "months": ["mois", "months", "month"],
    "weeks": ["semaine", "semaines", "weeks", "week"], "days": ["jour", "jours", "days", "day"],
    "hours": ["heure", "heures", "hours", "hour"], "minutes": ["minute", "minutes"],
    "seconds": ["seconde", "secondes", "seconds"],
}  # fmt: skip
# English words French shares with another meaning (« militants » are activists, "militants" fighters).
_ENGLISH_ONLY = {"militants": ("who", "fighters"), "police": ("who", "police")}
# Adjectives read past between the number and its noun (« 12 nouveaux cas », "40 more people").
_SKIP_ADJ = frozenset(
    "nouveaux nouvelles nouvel nouveau autres premiers premieres derniers dernieres seuls seules "
    "more other others new additional further innocent unarmed".split()
)
# English verbs that can follow a number ("a mother of five told reporters"): never a noun's modifier.
_EN_VERBS = frozenset("told said says saw met gave took left hit fled sent found kept held brought put made got ran "
                      "came went were are was".split())  # fmt: skip
_FRACTIONS = frozenset("tiers quart quarts cinquiemes dixiemes centiemes third thirds quarter quarters fifths".split())
_OTHER_ADJ = frozenset({"autres", "other", "others", "more"})  # « cinq autres blessés »: the same people as before
# English adjectives that say whose a loss is ("40 civilian deaths").
_WHO_ADJ = {"civilian": "civilians", "military": "soldiers", "police": "police", "child": "children"}


def _lexicon() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for kind, table in (("event", _EVENT_NOUNS), ("who", _WHO_NOUNS), ("generic", _GENERIC_NOUNS),
                        ("thing", _THING_NOUNS), ("duration", _DURATION_NOUNS)):  # fmt: skip
        for concept, words in table.items():
            for word in words:
                out.setdefault(word, (kind, concept))
    return out


_LEXICON = _lexicon()
WHO = frozenset(_WHO_NOUNS)  # the bases that say who is counted, not what happened to them
HAPPENED = frozenset(_EVENT_NOUNS)  # the bases that say what happened to the people counted (dead, injured, …)
GENERIC = frozenset(_GENERIC_NOUNS)  # the bases that count people and say nothing of them
KNOWN = frozenset(concept for _, concept in _LEXICON.values())  # every base a noun of the lexicon names
_MULTI_FIRST = frozenset(key.split()[0] for key in _LEXICON if " " in key)
_UNIT_KEYS = {fold(en): fold(fr) for en, fr in _UNITS_EN_FR}

# What a verb or participle after the noun says happened (« 40 personnes ont été tuées »).
_P = r"(?:e|s|es)?"
_EVENT_AFTER = re.compile(
    rf"\b(?:(?P<dead>tue{_P}|morte?s?|decede{_P}|peri|perdu la vie|trouve la mort|succombe\w*|neutralise{_P}|"
    rf"execute{_P}|massacre{_P}|killed|died|dead|perished|lost their lives|executed|massacred|slain|"
    r"neutrali[sz]ed)"
    rf"|(?P<injured>blesse{_P}|hospitalise{_P}|injured|wounded|hurt|hospitali[sz]ed|treated for (?:\w+ )?injuries|"
    rf"soigne{_P} pour des blessures)"
    rf"|(?P<missing>disparu{_P}|missing|unaccounted for|manqu\w* (?:encore |toujours )?a l'appel)"
    rf"|(?P<displaced>evacue{_P}|deplace{_P}|se deplacer|fui|fuir|relogee?s?|sans-abri|fled|displaced|evacuated|homeless|"
    rf"se refugier|refugie{_P}|trouve refuge|took refuge|sought refuge|taken refuge)"
    rf"|(?P<arrested>arrete{_P}|interpelle{_P}|ecroue{_P}|arrested|detained|taken into custody)"
    rf"|(?P<custody>place{_P} en garde a vue|(?:etaient|sont|etait|est|restaient|restent) (?:toujours |encore )?"
    r"en garde a vue|held in (?:police )?custody)"
    rf"|(?P<captured>capture{_P}|faits? prisonniers?|prisonniers?|captured|taken prisoner)"
    rf"|(?P<kidnapped>enleve{_P}|kidnappe{_P}|pris(?:es)? en otage|kidnapped|abducted|taken hostage)"
    rf"|(?P<released>libere{_P}|relache{_P}|released|freed)"
    rf"|(?P<rescued>secouru{_P}|rescued)"
    rf"|(?P<affected>affecte{_P}|touche{_P}(?!\s+par\s+(?:une\s+|des\s+)?balles?)|affected|impacted)"
    r"|(?P<passengers>(?:etaient|sont|se trouvaient|were|are)\s+(?:a bord|on board|aboard))"
    r"|(?P<demonstrators>manifeste|defile|ont marche|se sont rassemble\w*|battu le pave|descendu\w* dans (?:la|les) rues?|"
    r"protested|marched|rallied|demonstrated|took to the streets)"
    r"|(?P<participants>participe|pris part|took part|taken part|taking part|showed up|turned out|"
    r"joined\s+(?:the\s+)?(?:rall(?:y|ies)|protests?|march(?:es)?|demonstrations?)|"
    r"(?:ont\s+)?rejoint\s+(?:les?|la)\s+(?:cortege|manifestation|rassemblement)s?)"
    r"|(?P<population>viv(?:aient|ent|ait)|vit|habit(?:aient|ent|ait|e)|resid(?:aient|ent|ait|e)|live[ds]?|living|"
    r"reside[ds]?|residing))\b"
)
_THING_AFTER = re.compile(
    rf"\b(?:(?P<destroyed>detruit{_P}|rase{_P}|effondre{_P}|destroyed|razed|flattened|collapsed)"
    rf"|(?P<damaged>endommage{_P}|fissure{_P}|damaged)"
    rf"|(?P<burned>brule{_P}|incendie{_P}|ravage{_P}|calcine{_P}|parti{_P} en fumee|parcouru{_P}|burn(?:ed|t)|"
    r"torched|scorched)"
    rf"|(?P<downed>abattu{_P}|shot down|downed))\b"
)
# A have-auxiliary right before a transitive participle: the counted did it (« ont tué », "had killed"), where
# « ont été tués », "were killed", « ont perdu la vie » say it happened to them.
_ACTIVE = re.compile(r"\b(?:ont|a|avaient|avait|auraient|aurait|had|have|has)\s+$")
_DONE_TO = re.compile(r"(?:tue|massacre|execute|neutralise|blesse|arrete|interpelle|capture|enleve|kidnappe|libere|"
                      r"secouru|killed|massacred|executed|slain|neutrali|wounded|injured|hurt|arrested|detained|"
                      r"captured|kidnapped|abducted|released|freed|rescued)")
_VOTE = re.compile(r"\b(?:vote|voted|scrutin|election|elections|poll|polls|ballot|referendum|urnes)\b")
# A verb right before the number says what happened (« tuant 12 soldats », "killed at least 40").
_EVENT_BEFORE = re.compile(
    r"\b(?:(?P<dead>tu(?:ant|e|es|ee|ees|er|ent|ait|aient)|killed|killing|kills?|massacred|executed|"
    r"(?:a|ont|avait|avaient|aurait|auraient) perdu|lost|losing|neutralise\w*|neutrali[sz](?:ed|ing))"
    r"|(?P<injured>bless(?:ant|e|es|ee|ees|er|ent|ait)|wound(?:ed|ing)|injur(?:ed|ing))"
    r"|(?P<missing>locat(?:e|ing)|search(?:ing)? for|looking for|recherch(?:er|ent|aient|ant))"
    r"|(?P<arrested>arret(?:ant|e|es|ee|ees|er)|interpell(?:ant|e|es|ee|ees|er)|arrest(?:ed|ing)|detain(?:ed|ing))"
    r"|(?P<captured>captur(?:ant|e|es|ee|ees|er|ed|ing)|deten(?:ir|ait|aient|ant)|detien(?:t|nent)|holding)"
    r"|(?P<displaced>evacu(?:ant|e|es|ee|ees|er)|deplac(?:ant|e|es|ee|ees|er)|evacuat(?:ed|ing)|displac(?:ed|ing))"
    r"|(?P<kidnapped>enlev(?:ant|e|es|ee|ees|er)|kidnapp(?:ant|e|es|er|ed|ing)|abduct(?:ed|ing))"
    r"|(?P<released>liber(?:ant|e|es|ee|ees|er)|releas(?:ed|ing)|free(?:d|ing))"
    r"|(?P<downed>abattu|abattre|abattant|shot down|shooting down|downed)"
    r"|(?P<burned>brul(?:ant|e|es|ee|ees|er)|ravag(?:ant|e|es|ee|ees|er)|parcour(?:u|ant)|burn(?:ed|t|ing)|"
    r"scorch(?:ed|ing)|consum(?:ed|ing))"
    r"|(?P<destroyed>detrui(?:t|te|ts|tes|sant|re)|destroy(?:ed|ing))"
    r"|(?P<affected>affect(?:ant|e|es|ee|ees|er|ed|ing)|touch(?:ant|ait|aient)|(?:a|ont|avait|avaient) touche|"
    r"impact(?:ed|ing))"
    r"|(?P<population>(?:is|was|are|were)\s+home\s+to|abrit(?:e|ait|ant)|peuplee?s?\s+de))\s+(?:que\s+|qu')?$"
)
_THING_EVENTS = frozenset({"destroyed", "damaged", "burned", "downed"})
# What counts people (a toll, demonstrators, residents, people unknown doing what), by the key's base.
PEOPLE_COUNTS = frozenset(_EVENT_NOUNS) | frozenset(_WHO_NOUNS) | frozenset(_GENERIC_NOUNS) | {
    "captured", "released", "rescued", "participants", "population", "affected"}  # fmt: skip

# --- numbers ----------------------------------------------------------------------------------------------------

_FR_NUMBER_WORDS = (
    "zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
    "vingts trente quarante cinquante soixante septante huitante octante nonante cent cents mille million millions "
    "milliard milliards"
).split()
_EN_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "millions billion billions"
).split()
_EN_ONLY_WORDS = frozenset(_EN_NUMBER_WORDS) - frozenset(_FR_NUMBER_WORDS)
_SCALE_ONLY = frozenset("million millions milliard milliards billion billions thousand hundred".split())
_NW = "|".join(sorted(set(_FR_NUMBER_WORDS) | set(_EN_NUMBER_WORDS), key=len, reverse=True))
_NUMBER_WORDS = re.compile(rf"\b(?:{_NW})(?:(?:-et-|-|\s+et\s+|\s+and\s+|\s+)(?:{_NW}))*\b")
# Digits: a letter-hyphen before is a name (« Covid-19 », « Mi-24 »); thousands grouped by spaces of any kind.
_DIGITS = re.compile(r"(?<![\w.,/^:+])(?<![^\W\d_]-)\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*(?:,\d+)?(?![\w^]|[.,]\d)")
_GLUED_UNIT = re.compile(r"\d+(?:[.,]\d+)*(km2|km²|km|ha|bn|mds?|m)\b")
_GLUED_SCALE = {"bn": 1e9, "md": 1e9, "mds": 1e9, "m": 1e6}  # "€43.8bn", "£85m": a sum with its scale glued on
_MONEY_NEAR = re.compile(r"(?:us\s?\$|\$|€|£)\s*$")
_MONEY_AFTER = re.compile(r"\s*(?:euros?|dollars?|pounds?|livres?|eur|usd|gbp)\b")
_SCALES = {"mille": 1e3, "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
           "milliards": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "md": 1e9, "mds": 1e9, "trillion": 1e12,
           "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip
# (« lakh » and « crore »: a hundred thousand and ten million, as Indian English counts)
_SCALE_AFTER = re.compile(r"\s?(millions?|milliards?|mille|billions?|thousand|trillions?|bn|mds?|lakhs?|crores?)\b")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_FR_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")

_AINES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}  # fmt: skip
_APPROX_ONE = re.compile(
    r"\b(?:une?|la|quelque)\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
    r"soixantaine|centaine|millier)(?:\s+de\s+(milliers|millions))?\b"
    r"|\b(half a dozen|a dozen|a hundred|a thousand|a million)\b"
)
_FEW = re.compile(r"\b(?:quelques|a few)(?=\s+(?:morts|blesses|victimes|tues|dead|deaths|killed|wounded|injured|"
                  r"casualties)\b)")
# A toll told by its newest death (« une septième personne a succombé », « un 9e mort », "a fourth body was pulled
# out", "the body of a fifth victim"): an indefinite article before the ordinal, so the toll has reached it (« la
# troisième victime était une infirmière » describes one of them, and counts nothing).
_ORDINAL_WORDS = {"deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
                  "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12, "second": 2, "third": 3,
                  "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                  "eleventh": 11, "twelfth": 12}  # fmt: skip
_ORDINAL_NEW = re.compile(
    rf"\b(?:une?|a)\s+(?:(?P<n>\d{{1,4}})(?:e|eme|th|st|nd|rd)|(?P<w>{'|'.join(_ORDINAL_WORDS)}))"
    r"(?=\s+(?:(?:and\s+final|et\s+derniere?)\s+)?(?P<noun>morts?|victimes?|deces|corps|dead|deaths?|victims?|"
    r"bod(?:y|ies)|corpses?|fatalit(?:y|ies)|(?:personne|person)(?=[^.;,]{0,30}?\b(?:deced|mort|succomb|tue|"
    r"perdu la vie|died|dead|killed|succumb))))")  # (« une troisième personne a été blessée »: not the dead)
# "no deaths", « pas de victimes », « n'a fait ni victimes ni blessés »: a count of none, where the noun after it is
# one of a toll (a word of refusal before any other noun, "no comment", « pas de bilan », is no count; « aucun
# mort » is read by claims.extract).
_NONE = re.compile(r"\b(?:pas\s+de|zero|no|ni)(?=\s+(?:morts?|blesses?|victimes?|deces|tues?|"
                   r"dead|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|injur(?:y|ies))\b)")
# Words after the noun of a count of none that narrow it to some of those counted (see none_of_some).
_NONE_OF = frozenset("parmi chez cote dans de des du among in of on within graves grave serieux critical serious".split())


def none_of_some(low: str, end: int) -> bool:
    """Whether the noun after a word of none at `end` is narrowed by the word after it (« aucun mort parmi les
    touristes », « pas de victimes françaises », "no deaths among the crew"): none of some, not a count of none."""
    noun = re.match(r"\s+(?:seule?\s+|single\s+)?[^\W\d_]+", low[end:])  # « pas un seul mort parmi … »
    after = re.match(r"\s+([^\W\d_]+)", low[end + noun.end() :]) if noun else None
    return bool(after) and (after.group(1) in _NONE_OF or gazetteer.country_of_demonym(after.group(1)) is not None)


_TIMES = {"milliers": 1e3, "millions": 1e6, "thousands": 1e3}
_PLURAL_BASES = {"dizaines": 10, "douzaines": 10, "vingtaines": 20, "centaines": 100, "milliers": 1000,
                 "millions": 1e6, "milliards": 1e9, "tens": 10, "dozens": 10, "dozen": 10, "scores": 20,
                 "hundreds": 100, "hundred": 100, "thousands": 1000, "thousand": 1000, "million": 1e6,
                 "billions": 1e9}  # fmt: skip
_APPROX_MANY = re.compile(
    r"\b(?:des|plusieurs|quelques)\s+(dizaines|douzaines|vingtaines|centaines|milliers|millions|milliards)"
    r"(?:\s+(?:de\s+|d')(milliers|millions))?\b"
    r"|\b(?:several|a few)\s+(dozen|hundred|thousand|million)\b"
    r"|\b(tens|dozens|scores|hundreds|thousands|millions|billions)\s+of(?:\s+(thousands|millions)(?:\s+of\b)?)?"
)

# --- what is around a number ------------------------------------------------------------------------------------

_QUALIFIERS = {
    "at least": "au moins|au minimum|au bas mot|pas moins de|pas moins d'|un minimum de|at least|no fewer than|"
                "no less than|not less than|a minimum of",
    "more than": "un peu plus de|un peu plus d'|plus de|plus d'|davantage de|au-dela de|au-dela des|superieur a|"
                 "superieurs a|depasse les|depassent les|depassant les|depasse la barre des|franchi la barre des|"
                 "passe la barre des|depasse le cap des|franchi le cap des|passe le cap des|more than|over|"
                 "upwards of|in excess of|exceeding|topping",
    "about": "environ|quelque|autour de|autour d'|aux alentours de|aux alentours d'|approximativement|"
             "a peu pres|grosso modo|about|around|roughly|approximately|some|an estimated|estimated|circa",
    "almost": "pres de|pres d'|presque|pas loin de|pas loin d'|quasiment|pratiquement|un peu moins de|"
              "un peu moins d'|nearly|almost|close to|just under|just shy of|practically",
    "up to": "jusqu'a|au maximum|au plus|tout au plus|un maximum de|up to|as many as|as much as|at most|"
             "a maximum of",
    "less than": "moins de|moins d'|inferieur a|inferieurs a|en deca de|fewer than|less than|under|below",
}  # fmt: skip
_QUALIFIER_OF = {alt: kind for kind, alts in _QUALIFIERS.items() for alt in alts.split("|")}
_QUALIFIER_BEFORE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(a) for a in sorted(_QUALIFIER_OF, key=len, reverse=True)) + r")\s*$"
)
# (not the next figure's: « 188 morts et plus de 6 500 blessés », « 12 morts, au moins 40 blessés »)
_QUALIFIER_AFTER = re.compile(r"\s*,?\s*(environ|au moins|au minimum|au bas mot|at least|or more|ou plus|et plus)\b"
                              r"(?!\s*(?:(?:de|d'|d’|que|qu'|qu’|than)\s*)?\d)")
_CURRENCY_BEFORE = re.compile(r"(us\s?\$|\$|€|£|usd|eur)\s*$")
_CURRENCIES = {"€": "€", "euro": "€", "euros": "€", "eur": "€", "$": "$", "dollar": "$", "dollars": "$",
               "usd": "$", "us$": "$", "us $": "$", "£": "£", "livres sterling": "£", "pound": "£", "pounds": "£",
               "fcfa": "FCFA", "f cfa": "FCFA", "franc cfa": "FCFA", "francs cfa": "FCFA"}  # fmt: skip
_UNIT_AFTER = re.compile(
    r"\s*(?:(?P<pct>%|pour\s?cent|percent|per\s+cent)|(?P<pp>points? de pourcentage|percentage points?)"
    r"|(?:de\s+|d'|of\s+)?(?P<cur>€|\$|£|euros?|dollars?|usd|eur|livres sterling|pounds?|francs? cfa|f cfa|fcfa)"
    r"|(?:de\s+|d'|of\s+)?(?P<area>km2|km²|kilometres? carres|square (?:kilometres?|kilometers?|km|miles?)|"
    r"hectares?|ha|acres?)"
    r"|(?:de\s+|d'|of\s+|-)?(?P<dist>km|kms|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|"
    r"pieds|m(?=\s|[.,;:)]|$))"
    r"|(?:de\s+|d'|of\s+)?(?P<weight>tonnes?|tons?|kg|kilos?|kilogrammes?))(?![\w])"
)
_AREA_HA = {"km2": 100.0, "km²": 100.0, "kilometre carre": 100.0, "kilometres carres": 100.0, "acre": 0.404686,
            "acres": 0.404686, "square mile": 258.999, "square miles": 258.999}  # fmt: skip
_DIST_KM = {"mile": 1.609344, "miles": 1.609344, "metre": 0.001, "metres": 0.001, "meter": 0.001, "meters": 0.001,
            "m": 0.001,
            "feet": 0.0003048, "foot": 0.0003048, "pieds": 0.0003048}  # fmt: skip
_SHORT_LENGTHS = frozenset(word for word, km in _DIST_KM.items() if km < 1)  # metres and feet, not miles
_HEIGHT_BEFORE = re.compile(r"\b(?:height|altitude|hauteur)\s+(?:of|de|d')\s*(?:\w+\s+){0,2}$")
_MEASURED_BEFORE = re.compile(r"\b(?:measuring|(?:a\s+)?length\s+of|mesurant|longueur\s+de|(?:long|longue|large|haut|haute|"
                              r"profond|profonde)\s+de)\s+(?:\w+\s+){0,2}$")  # fmt: skip
_METRES_AFTER = re.compile(r"\s*(?:(?:high|long|deep|tall|wide|above|below)\b|de\s+(?:long|large|longueur|largeur|haut|"
                           r"hauteur|profondeur|diametre|tirant)\b)")  # fmt: skip
_HEIGHT_AFTER = re.compile(r"\s*(?:de\s+(?:hauteur|haut)|d'altitude|high|tall|in\s+height)\b")
# a fall in metres or feet (« a chuté de 10 mètres », "plunged almost 15m (50ft) from the bridge"): the height of the
# drop, whatever place follows; a fall « à 15 km de » a town is where something came down
FALL_BEFORE = re.compile(r"\b(?:plunge[ds]?|plunging|fell|falls?|falling|dropped|chut\w*|tomb\w*|plong\w*|precipit\w*)"
                         r"\s+(?:(?:almost|nearly|about|some|around|more\s+than|over|de|d'environ|d'une?|pres\s+de|"
                         r"plus\s+de|quelque)\s+){0,2}$")
# « à 30 km au nord de Gao », "30 km north of": a location, which places.py reads.
_LOCATIVE_AFTER = re.compile(
    r"\s*(?:au\s+(?:nord|sud)|a\s+l'(?:est|ouest)|(?:au\s+)?(?:plein\s+)?(?:north|south|east|west)\w*"
    r"|de\s+(?:la\s+|l')?(?:capitale|ville|frontiere)|from|outside|away)\b"
)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:en|depuis|des|jusqu'en|avant|apres|annee|annees|l'an|fin|debut|mi|ete|hiver|printemps|automne|in|since|"
    r"until|by|year|years|summer|winter|spring|autumn|fall|of|from|to|et|and|a|au|de|du|entre|between|mars|mai)"
    r"|[-–/,(])\s*$"
)
# (« âgés » with no « de » after it: a range took it, « âgés de 14 à 18 ans »)
_AGE_BEFORE = re.compile(
    r"(?:\bagee?s?(?:\s+de(?:\s+(?:seulement|a peine|tout juste))?)?|\baged|\b(?:homme|femme|garcon|fille|enfant|adolescente?|jeune|fils|pere|mere|victime|"
    r"suspecte?|etudiante?|eleve|bebe|retraitee?|soldat|militaire|agricult(?:eur|rice)|commercante?|habitante?|"
    r"chauffeur|policiere?|gendarme|journaliste|medecin|infirmiere?|ouvriere?|eleveur|eleveuse|exploitante?|berger|militante?|"
    r"manifestante?|passante?|pietone?|conducteur|conductrice|pecheur|patient|patiente|"
    # people by what they do or are (« le joueur de 25 ans », « l'attaquant de 25 ans », « la candidate de 48 ans »)
    r"joueur|joueuse|attaquant|footballeur|sportive?|athlete|championne?|president|presidente|dirigeante?|"
    r"candidate?|ministre|pilote|passagere?|survivante?|rescapee?|chanteur|chanteuse|acteur|actrice|artiste|"
    r"avocate?|deputee?|senat(?:eur|rice)|maire|opposante?|detenue?|otage|"
    r"man|woman|boy|girl|child)s?\s+(?:\w+\s+)?de"
    r"|(?:^|[,;:(]\s*)(?:a|at))\s*$"  # « À 92 ans, il … », "At 92, he …": an age said before whose it is
)
_NATIONAL_BEFORE = re.compile(r"\b(?:un|une)\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:[\s'’]+[a-zà-ÿ]+){0,3}\s+de\s*$")
_MEASURES = re.compile(
    r"\b(?:(?P<dead>bilan|death toll|toll|fatality (?:estimates?|figures?|counts?))|(?P<magnitude>magnitude|richter)|(?P<turnout>participation|turnout)"
    r"|(?P<abstention>abstention)|nombre (?:des|du|de|d')\s*(?P<nombre>[a-z-]+(?: a vue)?)|number of (?:the\s+)?(?P<number>[a-z-]+)"
    r"|taux (?:de|d')\s*(?P<taux>[a-z]+)|(?P<rate>[a-z]+) rate|(?P<crowd>foule|crowd|affluence|attendance))\b"
)
_PROTEST = re.compile(r"\b(?:manifest\w*|cortege|rassembl\w*|defile\w*|marche|protest\w*|march\w*|rall\w*|demonstrat\w*)")
# What lies between a crowd and its number when the number is the crowd's size: « une foule de », "the crowd at",
# « la foule, estimée à », "a crowd of some", "the crowd reached", « la foule a atteint ».
_CROWD_IS = re.compile(r"(?:\s*,?\s*(?:(?:estimee?s?|evaluee?s?|chiffree?s?|estimated|put|numbering|counted)?\s*"
                       r"(?:de|d'|d’|of|a|at)|(?:has\s+|had\s+)?(?:reached|peaked\s+at|swelled\s+to|grew\s+to|numbered)|"
                       r"(?:a\s+|avait\s+)?(?:atteint|atteignait)|(?:s'elevait|s'eleve|s'est\s+elevee)\s+a)\s*"
                       r"(?:(?:quelque|some|about|around|plus\s+de|pres\s+de|environ|over|more\s+than|nearly)\s+)?)$")
# What lies between a measure and its number when the number is the measure's value (« le bilan … est de », « …
# s'élève à », "the number of … stands at"): a noun phrase without a clause break, then a copula or a verb of reaching.
_MEASURE_IS = re.compile(
    r"[^,;:()\d]{0,100}?\s(?:est|etait|sera|serait|s'eleve|s'elevait|s'etablit|atteint|atteignait|passe|"
    r"is|was|stands|stood|reached|reaches|has reached|had reached)\s+(?:de|d'|a|at|to)?\s*(?:plus de|moins de|"
    r"au moins|environ|pres de|more than|at least|about|nearly)?\s*$"
)  # fmt: skip
# A toll and the people it reaches (« le bilan s'élève désormais à 60 personnes », « est passé à », "the death toll
# has risen to 64 people", "soared to"): a count of people that is the toll's value is of the dead.
_TOLL_REACHES = re.compile(
    r"[^,;:()\d]{0,120}?\s(?:(?:est|a|s'est|has|had|have)\s+)?(?:passe|grimpe|monte|porte|alourdi|s'eleve|s'etablit|"
    r"rose|risen|climbed|soared|jumped|increased|grew|grown|went\s+up)(?:\s+(?:desormais|maintenant|deja|encore|now|"
    r"already))?\s+(?:a|to)\s*(?:plus de|au moins|environ|pres de|more than|"
    r"at least|about|nearly)?\s*$"
)  # fmt: skip
_TOLL_OF = re.compile(r"\s+(?:des|de|d'|of\s+the|of)\s*([a-z-]+)")  # « le bilan des blessés », "the toll of injured"
_NOT_THE_DEAD = re.compile(r"bless|injur|disparu|missing|hospital|evacu|deplac|displac|arret|arrest|interpel|sinistr")


def _last_measure(before: str) -> re.Match | None:
    """The last measure named in the words before a number (« le bilan … s'élève à », "the number of injured")."""
    found = None
    for found in _MEASURES.finditer(before):
        pass
    return found


# Between « le nombre de randonneurs » / "the number of climbers" and what happened to them ("confirmed dead").
_NUMBER_OF_WHAT = re.compile(r"\s+(?:(?:confirmed|reported|presumed|believed|known|officially|now|to\s+have\s+been|"
                             r"to\s+be|confirmes?|officiellement|declares?)\s+){0,2}")


def _measure_reaches(before: str, end: int) -> bool:
    """Whether the measure ending at `end` has the number right after its verb (« le bilan s'élève à », « le nombre
    des déplacés a presque doublé, passant de », "the number of … has risen to")."""
    return bool(_MEASURE_IS.fullmatch(before, end) or _MEASURE_MOVES.fullmatch(before, end)
                or _TOLL_REACHES.fullmatch(before, end))


def taking_part(low: str) -> str:
    """Who those taking part are, as the sentence says: voters in a vote, demonstrators in a march."""
    return "voters" if _VOTE.search(low) else "demonstrators" if _PROTEST.search(low) else "participants"


def _toll_of(low: str, qstart: int) -> bool:
    """Whether the number at `qstart` is the value of a death toll named before it in its clause."""
    before = _clause_before(low, qstart)
    found = _last_measure(before)
    if found is None or found.lastgroup != "dead" or _NOT_THE_DEAD.search(before, found.start()):
        return False
    return bool(_MEASURE_IS.fullmatch(before, found.end()) or _TOLL_REACHES.fullmatch(before, found.end()))


# A measure and the value it moved from (« le nombre des déplacés a presque doublé, passant de 230 000 à … »,
# "the number of displaced rose sharply, from 230,000 to …"): the first value is the measure's; the next is read on.
_MEASURE_MOVES = re.compile(r"[^;:()\d]{0,100}?\s(?:passant|passe|passee|grimpant|bondissant|rising|climbing|jumping|"
                            r"going|increasing|growing|falling|dropping)\s+(?:de|from)\s*$")
_QUAKE_OF = re.compile(r"\b(?:seismes?|secousses?|repliques?|tremblements? de terre|earthquakes?|quakes?|tremors?|"
                       r"aftershocks?)\s+(?:de|of)\s+$")
_MAGNITUDE_AFTER = re.compile(r"\s*-?\s*magnitude\b")
_MAGNITUDE_GLUED = re.compile(r"\bmagnitude-(\d(?:[.,]\d{1,2})?)\b|\bm ?(\d[.,]\d{1,2})\b")  # "magnitude-7.3", "M6.4"
_MAGNITUDE_BEFORE = re.compile(r"(?:\bmagnitude-|\bm ?)$")
_BODY_NOUNS = frozenset({"corps", "cadavres", "depouilles", "bodies", "corpses"})
_BODIES_OF = re.compile(r"\b(?:corps|depouilles|restes|bodies|remains)\s+(?:de|d'|des|of)\s*(?:the\s+)?$")
# The death of a number of them (« a annoncé la mort de sept d'entre eux », « le décès de deux autres », "the
# deaths of 11 of them"): the dead, whoever they are.
_DEATH_OF = re.compile(r"\b(?:la\s+mort|le\s+deces|les\s+deces|the\s+deaths?)\s+(?:de|d'|of)\s*$")
# Words before a count that make it a part of the previous one (« dont », "including"; a dash after a count: « ces six
# morts – deux gendarmes et quatre civils » lists who the six were).
_INHERIT_BEFORE = re.compile(r"\b(?:dont|parmi (?:lesquels|lesquelles|eux|elles|les victimes)|including|among them|"
                             r"among whom|of whom|of them)\s*$|\w\s+[-–—]\s*$")  # fmt: skip
# A count named just before what it includes, with no figure of its own (« parmi les morts figurent trois enfants »,
# "the dead included five children", "among the injured were 10 police officers"): those are part of that count.
_AMONG_COUNT = re.compile(
    r"\b(?:parmi\s+les|among\s+the)\s+(?P<a>\w+)\s*,?\s*(?:(?:figurent|se\s+trouvent|on\s+(?:compte|denombre)|"
    r"il\s+y\s+a(?:vait)?|were|are|was|figure)\s+)?(?:(?:au\s+moins|at\s+least)\s+)?$"
    r"|\b(?:les|the)\s+(?P<b>\w+)\s+(?:included?|includes|comprenaient|comprennent|comptaient)\s+"
    r"(?:(?:au\s+moins|at\s+least)\s+)?$")
# A number opening a clause coordinated with the previous count's, with no noun of its own: the same thing counted
# elsewhere or otherwise (« 1 250 corps ont été dégagés dans la vallée …, et 430 ont été dénombrés en ville »,
# "1,200 bodies were found in the north, while 380 were found in the south").
_COORDINATED = re.compile(r"(?:\b(?:et(?:\s+qu['’e])?|tandis\s+qu['’e]|alors\s+qu['’e]|mais|and|while|whereas|but)|,)"
                          r"(?:\s+(?:a|at|to))?\s*$")  # (« à 7,5 par l'agence japonaise (JMA), à 7,4 … et à 7,2 »)
_OPENERS = re.compile(r"\b(entre|between|de|from|d')\s*$")
_JOINERS = re.compile(r"\s*(?:(-|–|—|a|à|ou|or|to)|(et|and))\s*$")
_EVOLUTION = re.compile(
    r"\b(?:passe|passee|passes|passant|passer|grimpe|augmente|bondi|chute|baisse|recule|diminue|evolue|monte|releve|"
    r"rose|risen|rising|climbed|jumped|fell|fallen|dropped|increased|decreased|grew|soared|went up|gone up)\w*"
    r"\s+(?:\w+\s+){0,2}$"
)
_CLOSING_QUOTES = frozenset({"»", "”", '"'})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|'|[^\w\s]")
_CLAUSE_END = re.compile(r"[.,;:!?()«»\"\[\]]|\s\d")
# « deux fois plus », « six fois moins », "three times more", "twice as …", "five times larger": a ratio
_RATIO = re.compile(r"(?:fois|times)\s+(?:plus|moins|superieure?s?|inferieure?s?|more|less|fewer|as|the\s+size|"
                    r"over|\w+er\b)")
_QUOTE_CLOSED = re.compile(r"\s*[»”\"](?=\s+[^\W\d])")  # a closing quotation mark, the sentence going on in words
_ASIDE = re.compile(r"\s*,\s*(?:dont|including|among them|parmi lesquels|parmi lesquelles|selon|according to|"
                    r"d'apres)\b[^,.;]*,")

# Numbers that are not figures, told by what starts at them (« 3 et 4 mars », « 18 h 30 », "10 years ago") or what
# ends right before them (« mars 2026 », « jeudi 12 », « il y a dix ans », « article 49 », "+33").
_M = "|".join(sorted(MONTHS, key=len, reverse=True)).replace("é", "e").replace("û", "u")
# Weekday names, French and English, as a pattern over flat() text (when.py reads weekdays with it too).
WEEKDAY_WORDS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MASK_AT = re.compile(
    rf"\d{{1,2}}(?:er|st|nd|rd|th)?(?:\s*(?:,|et|au|a|-|–|and|to|or|ou)\s*\d{{1,2}}(?:er|st|nd|rd|th)?)*"
    rf"\s+(?:of\s+)?(?:{_M})\b"  # les 3 et 4 mars
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b"  # 2/02/2026, 2026-02-02
    r"|\d{1,2}\s?h\s?\d{0,2}\b|\d{1,2}:\d{2}\b|\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b"  # 18 h 30, 18:30, 6 pm
    r"|\d{1,2}\s+heures?\s+(?:\d{2}|du matin|du soir|de l'apres-midi|locales?|gmt|utc|heure)\b"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s+hours?\b|(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs)\b"  # 13.30 hours, 0930 hours
    r"|0\d(?:[\s.-]\d{2}){4}\b|\d{3}-\d{3}-\d{4}\b"  # phones
    r"|\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:de\s+la\s+|du\s+|de\s+l')?(?:rue|boulevard|bd|avenue|place|quai|allee|impasse|chemin|street|"
    r"road)\b"  # addresses (« au 17 de la rue de Tivoli »)
    r"|(?:\S+\s+)?(?:years|days|months|weeks|hours)\s+ago\b"
)
_MASK_BEFORE = re.compile(
    rf"(?:\b(?:{_M}|{WEEKDAY_WORDS})"
    r"|\b(?:article|articles|art\.|alinea|paragraphe|chapitre|chapter|section|resolution|loi|decret|numero|number|"
    r"vol|flight|page|p\.|route|rn|ligne|line|bus|code|version|tome|volume|saison|season|episode|niveau|level|phase|"
    r"etape|stage|zone|secteur|sector|categorie|category|rang|rank|round|tour|pk|km|lot|salle|room|porte|gate|"
    r"boeing|airbus)(?:\s+(?:n°|no\.?|nos\.?))?|\bn°|\bno\.|\+|\()\s*$"
)
_AGO_BEFORE = re.compile(r"\b(?:il y a|voici)(?:\s+\S+)?\s*$")
_AGO_UNIT = re.compile(r"\s*(?:ans?|annees?|jours?|mois|semaines?|heures?|minutes?|secondes?|decennies?|siecles?|"
                       r"nuits?|soirs?|matins?)\b")
_HOUR_WORD_BEFORE = re.compile(r"\b(?:a|vers|des|avant|apres|jusqu'a|jusqu'aux|aux alentours de|autour de|peu avant|"
                               r"peu apres|a partir de|entre|et|de)\s+$")  # fmt: skip
# « près de cinq heures », « pendant plus de deux heures », « a duré trois heures »: how long, not a clock time
_LASTING_BEFORE = re.compile(r"\b(?:pres|plus|moins|pendant|durant|dure|duree|environ|quelque)\s+(?:de\s+|d')?$")
_HEURES_AFTER = re.compile(r"\s+heures?\b")
# Hours of something (« après 16 heures de quête », « 48 heures de garde à vue »): a duration, not an hour of the day
# (« 8 heures du matin », « 14 heures de l'après-midi », « à 14 heures de façon calme »); a bare noun after « de »,
# not an article's (« parti vers 14 heures de la gare »). Over flat() text.
HOURS_OF = re.compile(r"\s+(?:de\s+(?!(?:la|le|les|l'|facon|maniere)\b)|d')[a-z]")  # (« de la gare »: from where)


def _masked(text: str, low: str, start: int, end: int) -> bool:
    """A number that is part of a date, a time, a reference or a phone number."""
    at = _MASK_AT.match(low, start)
    verb = next((w for w in ("may", "march") if low.endswith(w, 0, at.end())), None) if at else None
    if at and not (verb and text[at.end() - len(verb)].islower()):
        return True  # but "40 may have died" is a verb, not a month
    before = low[max(0, start - 24) : start]
    if _AGO_BEFORE.search(before) and _AGO_UNIT.match(low, end):
        return True  # « il y a dix ans », « voici trois jours »: a time ago (« il y a 12 morts » is a count)
    heures = _HEURES_AFTER.match(low, end)
    if before.endswith("(") and re.match(r"\s*(?:ans|%|pour\s?cent|per\s?cent|percent)\s*[)\]]", low[end : end + 12]):
        return False  # « le père (40 ans) », « 9,47 millions (38 %) »: an age or a share in brackets, not a reference
    return bool(_MASK_BEFORE.search(before) or (_HOUR_WORD_BEFORE.search(before) and heures
                                                 and not _LASTING_BEFORE.search(before) and not HOURS_OF.match(low, heures.end())))


_ANY = re.compile(rf"\d|\b(?:{_NW}|\w+aines?|milliers?|dozens?|scores|hundreds|thousands|tens|quelques|few|aucune?"
                  rf"|nul(?:le)?|pas de|pas une?|no|ni|{'|'.join(_ORDINAL_WORDS)})\b")

# People a pronoun counts (« Ils étaient 20 000 à défiler », « elles étaient au moins 15 000 à Lyon », « nous étions
# 25 000 à Paris »; « la CGT en a décompté 1,5 million », « la police en dénombre 20 000 »): demonstrators or voters
# when the verb after says so, else people, whom the count of a known kind they stand beside may take
# (claims/points.py).
_THEY_WERE = re.compile(r"\b(?:(?:ils|elles)\s+(?:etaient|sont|seront|seraient|furent)|nous\s+(?:etions|sommes|serons|serions)"
                        r"|on\s+(?:etait|est|sera|serait))\s+"
                        r"(?:(?:aussi|encore|deja|ainsi|bien|pres|plus|de|d'|au|moins|environ|quelque|entre)\s+){0,4}$")
_TO_PROTEST = re.compile(r"\s*a\s+(?:manifester|defiler|marcher|protester|se\s+rassembler|battre\s+le\s+pave|descendre|"
                         r"se\s+mobiliser|participer|faire\s+greve|occuper|se\s+reunir)")
_TO_VOTE = re.compile(r"\s*a\s+(?:voter|se\s+rendre\s+aux\s+urnes|avoir\s+vote)")
_COUNTED_OF_THEM = re.compile(r"\ben\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:decompt|compt|denombr|recens|"
                              r"revendiqu|comptabilis)\w*\s+(?:(?:plus|de|d'|au|moins|pres|environ|quelque)\s+){0,3}$")
# « … le nombre de disparus, indiquant qu'il était désormais de 21 »: a count a pronoun stands for (read on the tree)
_PRONOUN_IS_BEFORE = re.compile(r"\b(?:il|elle)\s+(?:est|etait|serait|sera)\s+(?:\w+\s+)?de\s*$")

_PEOPLE_MAX = 1e10
_VALUE_MAX = 1e15


@dataclass(frozen=True)
class _Number:
    """A number found in the text, before its qualifier, unit and noun are read."""

    start: int
    end: int
    low: float
    high: float
    nominal: float
    qualifier: str = ""  # "about" for « une trentaine », "vague" for « des dizaines »
    scale: float = 1.0  # « 2 millions »: a range's first number may share it (« entre 1 et 2 millions »)
    bare_year: bool = False  # four plain digits between 1800 and 2100
    lone_one: bool = False  # « un », "one": an article more often than a count
    ordinal: tuple[int, int] | None = None  # « une septième personne », "a fourth body": where the death noun the
    # toll's newest is told by stands
    old: bool = False  # the first value of a change (« est passé de 30 à 50 morts »): what the count was


def _read_digits(token: str, english: bool) -> float | None:
    """A numeral as the language writes it (« 1 200,5 » / "1,200.5"); None for lists like « 1,2,3 »."""
    if " " in token:
        if not _SPACE_GROUPED.fullmatch(token):
            return None
        token = token.replace(" ", "")
        if english:
            token = token.replace(",", "")
        else:
            token = token.replace(",", ".") if "," in token else token
        return float(token) if _DECIMAL.fullmatch(token) else None
    if english:
        if _EN_GROUPED.fullmatch(token):
            return float(token.replace(",", ""))
        if re.fullmatch(r"\d+\.\d+|\d+", token):
            return float(token)
        if re.fullmatch(r"\d+,\d{1,2}", token):  # a European writing in English
            return float(token.replace(",", "."))
        return None
    if _FR_GROUPED.fullmatch(token) and "." in token:
        return float(token.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):  # "80,000" in a short English line: French writes 80 as « 80 »
        return float(token.replace(",", ""))
    if re.fullmatch(r"\d+(?:,\d+)?", token):
        return float(token.replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", token):
        return float(token)
    return None


@lru_cache(maxsize=4096)
def _words_value(words: str) -> float | None:
    """« quarante-deux », "two million": text2num's reading, or None when the words do not make one number."""
    from text_to_num import text2num  # a few ms; only sentences with number words need it

    tokens = re.split(r"[\s-]+", words)
    langs = ("en", "fr") if any(t in _EN_ONLY_WORDS for t in tokens) else ("fr", "en")
    for lang in langs:
        try:
            return float(text2num(words, lang))
        except (ValueError, TypeError, OverflowError):
            continue
    return None


_APOSTROPHE_GROUPS = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")


def _numbers(text: str, low: str, english: bool) -> list[_Number]:
    """Every number in the sentence (digits, words, approximations), in order, none overlapping."""
    found: list[_Number] = []
    low = _APOSTROPHE_GROUPS.sub(" ", low)  # « 85'000 » (Swiss): « 85 000 », one character for one
    for m in _DIGITS.finditer(low):
        token = m.group()
        value = _read_digits(token, english)
        if value is None:
            continue
        end, scale = m.end(), 1.0
        glued = _GLUED_UNIT.match(low, m.start())
        if glued and glued.end() > end:
            continue  # « 18h30 », « 4x4 »: letters glued to digits, unless a unit (handled by the unit reader)
        s = _SCALE_AFTER.match(low, end)
        if s and not (s.group(1) == "mille" and "." in token):
            scale = _SCALES[s.group(1)]
            end = s.end()
        value *= scale
        bare_year = scale == 1.0 and re.fullmatch(r"\d{4}", token) is not None and 1800 <= value <= 2100
        found.append(_Number(m.start(), end, value, value, value, scale=scale, bare_year=bare_year))
    for m in _MAGNITUDE_GLUED.finditer(low):  # "a magnitude-7.3 quake", "the M6.4 earthquake": the digits alone
        group = 1 if m.group(1) else 2
        value = _read_digits(m.group(group), english)
        if value is not None:
            found.append(_Number(m.start(group), m.end(group), value, value, value))
    for m in _GLUED_UNIT.finditer(low):  # « 10km », « 5ha »: the digits alone, the unit is read after them
        digits = re.match(r"\d+(?:[.,]\d+)*", low[m.start() :]).group()
        value = _read_digits(digits, english)
        if value is None or (m.start() > 0 and (low[m.start() - 1].isalnum() or low[m.start() - 1] in ".,")):
            continue
        scale = _GLUED_SCALE.get(m.group(1), 1.0)
        money = _MONEY_NEAR.search(low, max(0, m.start() - 5), m.start()) or _MONEY_AFTER.match(low, m.end())
        if m.group(1) == "m" and not money:
            scale = 1.0  # « 10m »: ten metres, read by the unit reader; "£85m" is 85 million pounds
        if scale > 1.0:
            value *= scale
            found.append(_Number(m.start(), m.end(), value, value, value, scale=scale))
        else:
            found.append(_Number(m.start(), m.start() + len(digits), value, value, value))
    for m in _NUMBER_WORDS.finditer(low):
        words = m.group()
        tokens = re.split(r"[\s-]+", words)
        if all(t in _SCALE_ONLY for t in tokens):
            continue  # « des millions »: an approximation, read below
        if low[max(0, m.start() - 5) : m.start()].lstrip() in ("pour ", "per ") and words.startswith("cent"):
            continue  # « 54 pour cent », "49.6 per cent"
        value = _words_value(text[m.start() : m.end()].lower())
        if value is None:
            continue
        scale = next((_SCALES[t] for t in reversed(tokens) if t in _SCALES), 1.0)
        found.append(_Number(m.start(), m.end(), value, value, value, scale=scale,
                             lone_one=words in ("un", "une", "one")))  # fmt: skip
    for m in _APPROX_ONE.finditer(low):
        if m.group(3):
            name = m.group(3)
            nominal = {"half a dozen": 6, "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1e6}[name]
            if "dozen" not in name:
                found.append(_Number(m.start(), m.end(), nominal, nominal, nominal))
                continue
        else:
            nominal = _AINES[m.group(1)] * (_TIMES[m.group(2)] if m.group(2) else 1)
        found.append(_Number(m.start(), m.end(), 0.8 * nominal, 1.2 * nominal, nominal, qualifier="about"))
    for m in _ORDINAL_NEW.finditer(low):  # « une septième personne a succombé »: the toll is seven
        value = float(m.group("n") or _ORDINAL_WORDS[m.group("w")])
        start = m.start("n") if m.group("n") else m.start("w")
        found.append(_Number(start, m.end(), value, value, value, ordinal=m.span("noun")))
    for m in _FEW.finditer(low):  # « quelques morts », "a few dead": a handful, against « plus de 70 morts »
        found.append(_Number(m.start(), m.end(), 2, 9, 2, qualifier="vague"))
    for m in _NONE.finditer(low):
        if none_of_some(low, m.end()):
            continue  # « pas de victimes françaises », "no deaths among the crew": none of some, not none at all
        found.append(_Number(m.start(), m.end(), 0, 0, 0))
    for m in _APPROX_MANY.finditer(low):
        base_word = m.group(1) or m.group(3) or m.group(4)
        times = m.group(2) or m.group(5)
        base = _PLURAL_BASES[base_word] * (_TIMES[times] if times else 1)
        end = m.end()
        if m.group(4) and not m.group(5):
            end = m.start(4) + len(base_word)  # "hundreds of people": "of" belongs to the noun reader
        found.append(_Number(m.start(), end, 2 * base, 10 * base - 1, 2 * base, qualifier="vague"))
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[_Number] = []
    masked_end = -2
    for n in found:
        if kept and n.start < kept[-1].end:
            continue
        if _masked(text, low, n.start, n.end) or (n.start == masked_end + 1 and low[masked_end] in "-/."):
            masked_end = n.end  # « la loi 2020-1234 »: the second number goes with the first
            continue
        kept.append(n)
    return kept


def _tokens(low: str, pos: int, limit: int = 8) -> list[tuple[str, int, int]]:
    """The words after `pos` inside its clause, with their offsets."""
    out = []
    for m in _WORD.finditer(low, pos, min(len(low), pos + 90)):
        if not out and m.group() in _CLOSING_QUOTES:
            continue  # « une centaine » de personnes: the quote closes on the number, the noun follows
        if m.group() not in ("'", "-") and not m.group()[0].isalpha():
            break
        if m.group() != "'":
            out.append((m.group(), m.start(), m.end()))
        if len(out) >= limit:
            break
    return out


def _lookup(tokens: list[tuple[str, int, int]], i: int, english: bool) -> tuple[str, str, int] | None:
    """The lexicon entry that starts at token i: (kind, concept, number of tokens)."""
    word = tokens[i][0]
    if word in _MULTI_FIRST:
        for n in (4, 3, 2):
            if i + n > len(tokens):
                continue
            key = " ".join(t[0] for t in tokens[i : i + n])
            if key in _LEXICON:
                return (*_LEXICON[key], n)
    if english and word in _ENGLISH_ONLY:
        return (*_ENGLISH_ONLY[word], 1)
    if word in _LEXICON:
        return (*_LEXICON[word], 1)
    return None


@dataclass(frozen=True)
class _Noun:
    kind: str  # event, who, generic, thing, duration, other, none
    concept: str
    start: int
    end: int
    whose: str = ""  # "civilians" for "40 civilian deaths", « 40 morts parmi les civils »
    other: bool = False  # « cinq autres blessés »


# Units of physical measures a bare number right after may leave unsaid (« 5,04 mètres, au-dessus du record de
# 4,76 »); not money, whose scale goes unsaid too (« 43,8 milliards d'euros, dont 5 pour la santé »).
_UNSAID_UNITS = frozenset({"km", "ha", "t"})
# Words of mining: beside them « mineurs » are miners, not minors. Over flat() text.
_MINING = re.compile(r"\b(?:mines?|minieres?|miniers?|carrieres?|charbon|galeries?|puits|houilleres?)\b")


def _noun(text: str, low: str, pos: int, english: bool) -> _Noun:
    """The counted noun after a number, past « de », "of the" and a few adjectives."""
    tokens = _tokens(low, pos)
    i, other, whose = 0, False, ""
    while i < len(tokens) and tokens[i][0] in ("de", "d", "des", "of", "the", "them", "ces", "those"):
        i += 1
    for _ in range(3):
        if i >= len(tokens):
            break
        word = tokens[i][0]
        if word in _SKIP_ADJ:
            other = other or word in _OTHER_ADJ
            i += 1
            continue
        if english and word in _WHO_ADJ and i + 1 < len(tokens):
            entry = _lookup(tokens, i + 1, english)
            if entry and entry[0] == "event":
                whose = _WHO_ADJ[word]
                i += 1
                continue
        if english and word.startswith("non-") and i + 1 < len(tokens) and tokens[i + 1][0] in _NON_NATIONALS:
            # "19 non-Korean nationals": people of another country than the one named, foreigners
            return _Noun("who", "foreigners", tokens[i][1], tokens[i + 1][2], other=other)
        if english and "-" in word and not word.endswith("-old") and i + 1 < len(tokens) and _countable(
                tokens, i + 1, english):  # fmt: skip
            i += 1  # "12 high-speed trains", "five full-time staff": a compound adjective before the noun
            continue
        if english and word.endswith("ed") and word not in _EN_VERBS and i + 1 < len(tokens) and (
                i == 0 or tokens[i - 1][0] not in _SKIP_ADJ) and (
                (_lookup(tokens, i + 1, english) or ("",))[0] in ("event", "who", "thing", "generic")):  # fmt: skip
            i += 1  # "241 confirmed fatalities", "15 suspected cases": a participle before a counted noun (not
            # after "new": "1,372 new suspected cases" add to a count, they are not it)
            continue
        if english and word not in _STOP and word not in _EN_VERBS and not word.endswith(("ed", "ing")) and (
                _lookup(tokens, i, english) is None and i + 1 < len(tokens)):  # fmt: skip
            nxt = _lookup(tokens, i + 1, english)
            if nxt and (text[tokens[i][1]].isupper() or nxt[0] in ("who", "thing", "event")):
                i += 1  # "12 Malian soldiers", "three army helicopters"
                continue
        break
    if i >= len(tokens):
        return _Noun("none", "", pos, pos, other=other)
    entry = _lookup(tokens, i, english)
    word, start, end = tokens[i]
    if word == "mineurs" and _MINING.search(low):
        entry = ("who", "workers", 1)  # « 70 mineurs coincés dans des mines »: miners, not minors
    if entry is None:
        if word in _STOP or len(word) < 2 or _EVENT_AFTER.fullmatch(word) or _THING_AFTER.fullmatch(word):
            return _Noun("none", "", pos, pos, other=other)  # "thousands fled": a verb; « 900 autres étaient »
        if word in _FRACTIONS:
            return _Noun("fraction", "", start, end)
        country = gazetteer.country_of_demonym(text[start:end])
        if country is not None:  # « 53 Britanniques », "53 British": one count of one country's people
            return _Noun("other", f"nationals-{country}", start, end, other=other)
        if i + 1 < len(tokens) and text[start].isupper():  # "two South Koreans", "three Sri Lankans"
            two = gazetteer.country_of_demonym(text[start : tokens[i + 1][2]])
            if two is not None:
                return _Noun("other", f"nationals-{two}", start, tokens[i + 1][2], other=other)
        if not word.endswith(("s", "x")):
            return _Noun("none", "", pos, pos)  # "a mother of five told": counted nouns are plural
        key = fold(word)
        return _Noun("other", _UNIT_KEYS.get(key, key), start, end, other=other)
    kind, concept, n = entry
    end = tokens[i + n - 1][2]
    if kind == "event" and not whose:
        after = low[end : end + 40]
        w = re.match(r"\s+(?:parmi\s+(?:les\s+)?|among\s+(?:the\s+)?)?([a-z]+)", after)
        if w and _LEXICON.get(w.group(1), ("",))[0] == "who":
            whose = _LEXICON[w.group(1)][1]
            end += w.end()
    return _Noun(kind, concept, start, end, whose=whose, other=other)


_NON_NATIONALS = frozenset({"nationals", "citizens", "residents"})


def _countable(tokens: list[tuple[str, int, int]], i: int, english: bool) -> bool:
    """Whether token i can be a counted noun: one of the lexicon's, or a plural word that is not a stop word."""
    if _lookup(tokens, i, english) is not None:
        return True
    word = tokens[i][0]
    return word not in _STOP and word not in _EN_VERBS and len(word) > 2 and word.endswith("s")


# Words that are never a counted noun. Not signals.stop_words(): spaCy's lists hold « personne », « plusieurs ».
_STOP_WORDS = (
    "a au aux avec ce ces cet cette dans de des du elle elles en et il ils je la le les leur leurs lui ma mais me "
    "meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses si son sur ta te tes toi ton tu un "
    "une vos votre vous y d l n s c j m t qu est sont ont a ete etait etaient sera seront selon dont ainsi apres "
    "avant contre depuis entre environ lors parmi pendant sans sous vers chez via soit "
    "the a an and or of to in on at by for from with as is are was were be been has have had it its they their "
    "that this these those which who whom whose according than then there here over under about into out up "
    "her his him them us our your my its ses nos vos leurs mes tes "
    "more most other some such no not only own same so too very can will just ici puis ensuite alors encore deja"
)
_STOP = frozenset(_STOP_WORDS.split())


# A number right after a verb (past an adverb): the verb says what that number counts, not what one before it does.
_ITS_OWN_NUMBER = re.compile(rf"\s+(?:\w+(?:ment|ly)\s+)?(?:\d|(?:{_NW})\b)")


def _clause_after(low: str, pos: int, words: int = 7) -> tuple[str, int]:
    """The few words after `pos`, up to the clause's end (an aside « , dont 21 enfants, » is stepped over, and so is
    a quotation closing on the count: « selon lesquelles au moins dix personnes » avaient péri)."""
    closing = _QUOTE_CLOSED.match(low, pos)
    pos = closing.end() if closing else pos
    aside = _ASIDE.match(low, pos)
    start = aside.end() if aside else pos
    rest = low[start : start + 80]
    cut = _CLAUSE_END.search(rest)
    if cut:
        rest = rest[: cut.start()]
    parts = list(re.finditer(r"\S+", rest))
    if len(parts) > words:
        rest = rest[: parts[words - 1].end()]  # (by position: « le » is also inside « blessées »)
    return rest, start


def _clause_before(low: str, pos: int, size: int = 70) -> str:
    """The words before `pos` in its clause."""
    start = max(0, pos - size)
    before = low[start:pos]
    cut = max(before.rfind(c) for c in ".;!?")
    return before[cut + 1 :] if cut >= 0 else before


def _round(x: float) -> float:
    """Six significant digits: 0.9 x 31 is 27.9, not 27.900000000000002."""
    return x if not math.isfinite(x) or x == 0 else float(f"{x:.6g}") if abs(x) < 1e6 else float(round(x))


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.4f}".rstrip("0").rstrip(".")


_SIGNS = {"": "", "at least": "≥ ", "more than": "> ", "about": "≈ ", "up to": "≤ ", "less than": "< "}


def _value(qualifier: str, low: float, high: float, nominal: float, unit: str, vague: bool) -> str:
    if unit == "km" and all(abs(x) < 1 for x in (low, nominal) if math.isfinite(x)) and (
            not math.isfinite(high) or abs(high) < 1):  # fmt: skip
        # a length under a kilometre is shown in metres, as told (« 5,04 mètres »: 5.04 m, not 0.005 km)
        low, high, nominal, unit = low * 1000, high * 1000, nominal * 1000, "m"
    suffix = f" {unit}" if unit else ""
    if qualifier == "range":
        return f"{_fmt(low)}–{_fmt(high)}{suffix}"
    if vague and qualifier == "about":
        return f"≈ {_fmt(low)}–{_fmt(high)}{suffix}"
    return f"{_SIGNS[qualifier]}{_fmt(nominal)}{suffix}"


_INTERVALS = frozenset({"at least", "more than", "about", "almost", "up to", "less than"})


def _interval(kind: str, n: float) -> tuple[float, float]:
    return {
        "at least": (n, math.inf), "more than": (n, math.inf), "about": (0.9 * n, 1.1 * n),
        "almost": (0.9 * n, n), "up to": (0.0, n), "less than": (0.0, n),
    }[kind]  # fmt: skip


def _thousands_said_once(a: _Number, b: _Number) -> bool:
    """The first bound of a range written without the thousands the second states in figures (« 65 à 250.000 »):
    a whole number under a thousand that, in thousands, stays within twenty times below the second."""
    return (a.scale == b.scale == 1.0 and a.nominal == int(a.nominal) and 1 <= a.nominal < 1000
            and b.nominal >= 2000 and b.nominal % 1000 == 0 and b.nominal / 20 <= a.nominal * 1000 < b.nominal)


def _merge_ranges(low: str, numbers: list[_Number]) -> list[_Number]:
    """« entre 30 et 50 », « de 30 à 50 », « 30 à 50 », « 30-50 », "between 30 and 50": one number each;
    « est passé de 30 à 50 » is a change: two numbers, the first marked as what the count was."""
    out: list[_Number] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        join = _JOINERS.fullmatch(low, a.end, b.start) if b else None
        if b and join and not a.bare_year and not b.bare_year:
            opener = _OPENERS.search(low, max(0, a.start - 12), a.start)
            if join.group(2) and not (opener and opener.group(1) in ("entre", "between")):
                out.append(a)
                i += 1
                continue
            first = a
            if a.scale == 1.0 and b.scale > 1.0 and a.nominal * b.scale <= b.nominal:
                first = _Number(a.start, a.end, a.low * b.scale, a.high * b.scale, a.nominal * b.scale, a.qualifier)
            elif _thousands_said_once(a, b):  # « dont 65 à 250.000 à Paris », « entre 40 et 60 000 »: thousands too
                first = _Number(a.start, a.end, a.low * 1000, a.high * 1000, a.nominal * 1000, a.qualifier)
            if opener and opener.group(1) in ("de", "from", "d'") and _EVOLUTION.search(low, 0, opener.start()):
                out += [replace(first if b.scale > 1.0 else a, old=True), b]  # « le bilan est passé de 30 à 50 morts »
                i += 2
                continue
            if first.nominal < b.nominal:
                start = opener.start() if opener else a.start
                out.append(_Number(start, b.end, first.low, b.high, first.nominal, "range", b.scale))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# The whole a count of none is taken from (« des 22 membres d'équipage, aucun n'a été blessé », "of the 22 crew
# members, none was hurt"): what the verb says is of none of them, not of the 22.
NONE_AFTER = re.compile(r"(?:\s+(?:du|de|des|d'|of)\s*[^,.;:]{1,40}?)?\s*,\s*(?:aucune?|nul(?:le)?|pas\s+une?|none|"
                        r"not\s+one)\b", re.I)  # (« des 22 membres d'équipage du cargo, aucun … »)
# The whole a none is taken from, told before it (« aucun des 14 marins du chalutier n'a été blessé », « aucun
# survivant parmi les cinq passagers », "none of the 14 crew members was hurt", "no survivors among the five
# passengers"): the sentence counts the whole, and what its verb says is of none of them.
NONE_BEFORE = re.compile(r"(?<!\bà\s)(?<!\bde\s)(?<!\bto\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bfor\s)"  # (« parler à aucune
                         # des 17 personnes »: an object, a set the page counts elsewhere; not a statement about it)
                         r"\b(?:(?P<of>(?:aucune?|none|not\s+one)\s+(?:des|d['’]entre\s+les|of\s+(?:the|its|their)))"
                         r"|(?:aucune?|pas\s+de|no|none)\s+[^\W\d_]+\s+(?:parmi|among)\s+"
                         r"(?:les|ses|leurs|the|its|their))\s+$", re.I)


def _concept(low: str, number: _Number, noun: _Noun, qstart: int, before: tuple[str, int]) -> tuple[str, int, int]:
    """What the figure counts, and where the words that say it start and end. `before` is the concept of the
    sentence's previous figure and where it ends: « 1 000 manifestants selon la police, 5 000 selon les
    syndicats » counts demonstrators twice."""
    previous, previous_end = before
    gap = low[previous_end:qstart]
    near = bool(previous) and not any(c.isdigit() for c in gap) and (
        len(gap) <= 45 or noun.kind == "none" and len(gap) <= 150 and _COORDINATED.search(gap) is not None)
    end = noun.end if noun.kind != "none" else number.end
    start = qstart
    base = ""
    own_verb = False  # the base is the number's own verb (« a blessé 152 », « 152 sont hospitalisées »)
    if number.nominal < 10 and (_MAGNITUDE_BEFORE.search(low, max(0, number.start - 11), number.start)
                                or _MAGNITUDE_AFTER.match(low, number.end)):  # fmt: skip
        return "magnitude", start, number.end  # "the M6.4 earthquake", "a magnitude-7.3 quake", "a 5.5 magnitude"
    if noun.kind in ("who", "generic", "other", "none", "thing"):
        # a verb right before the number is the surest reading (« a tué 40 personnes et en a blessé 60 »)
        v = _EVENT_BEFORE.search(low, max(0, qstart - 40), qstart)
        if v and (v.lastgroup in _THING_EVENTS) == (noun.kind == "thing") or (v and noun.kind == "other"):
            base, start, own_verb = v.lastgroup, v.start(), True
        elif noun.kind in ("who", "generic") and _BODIES_OF.search(low, max(0, qstart - 25), qstart):
            base = "dead"  # « les corps de 3 958 personnes », "the bodies of 300 people"
        elif noun.kind in ("who", "generic", "none") and _DEATH_OF.search(low, max(0, qstart - 25), qstart):
            base = "dead"  # « la mort de sept d'entre eux », "the deaths of 7 of them"
        if not base and not NONE_AFTER.match(low, end) and not NONE_BEFORE.search(low, max(0, qstart - 60), qstart):
            window, wstart = _clause_after(low, end)
            m = (_THING_AFTER if noun.kind == "thing" else _EVENT_AFTER).search(window)
            if m is None and noun.kind == "other":
                m = _THING_AFTER.search(window)
            if m and _ACTIVE.search(window, 0, m.start()) and _DONE_TO.match(m.group()):
                m = None  # « 30 de ses hommes ont tué … », "a few dozen fighters had killed …": who did it, not the dead
            elif m and _ITS_OWN_NUMBER.match(low, wstart + m.end()):
                m = None  # "claimed the lives of 17 people and injured 20 others": the verb of the next number
            if m:
                base = m.lastgroup
                own_verb = _OWN_VERB_GAP.fullmatch(window, 0, m.start()) is not None
                if base == "participants":
                    base = "voters" if _VOTE.search(low) else "demonstrators"  # « ont participé »: a march or a vote
                end = wstart + m.end()
        if base == "population" and noun.kind != "generic":
            base = ""  # « 3 000 migrants vivaient dans le camp »: who they are says more than where they live
        inherit = noun.other or _INHERIT_BEFORE.search(low, max(0, qstart - 30), qstart)
        if noun.other and noun.kind == "generic" and previous.split(":")[0] not in _EVENT_AFTER.groupindex \
                and not _INHERIT_BEFORE.search(low, max(0, qstart - 30), qstart):
            inherit = None  # « 7 Portugais et 38 autres personnes »: other people, not more Portuguese
        if not base and previous and inherit and noun.kind != "none":
            base = previous.split(":")[0]  # « 52 morts, dont 12 enfants »: the children are dead
        if not base and noun.kind == "who":
            among = _AMONG_COUNT.search(low, max(0, qstart - 50), qstart)
            named = concept_of_noun(among.group("a") or among.group("b")) if among else ""
            if named and named.split(":")[0] in _EVENT_NOUNS:
                base = named.split(":")[0]  # "the dead included five children": dead children
    if noun.kind == "event":
        whose = noun.whose
        if not whose and noun.other and ":" in previous:
            whose = previous.split(":")[1]  # « Deux soldats ont été tués et cinq autres blessés »
        return (f"{noun.concept}:{whose}" if whose else noun.concept), start, end
    if noun.kind == "who":
        if noun.concept == "participants":  # « 640 000 participants selon la CGT »: demonstrators
            noun = replace(noun, concept=taking_part(low))
        if base in _THING_EVENTS or base in ("voters", "demonstrators"):
            base = ""  # « 300 manifestants ont défilé » are demonstrators, not « demonstrators:demonstrators »
        return (f"{base}:{noun.concept}" if base else noun.concept), start, end
    if noun.kind == "generic":
        if not base and _toll_of(low, qstart):
            base = "dead"  # « le bilan s'élève à 60 personnes », "the death toll rose to 215 people"
        return (base or noun.concept), start, end
    if noun.kind == "thing":
        if noun.concept == "floors":  # « un immeuble de quatre étages s'est effondré »: the building's height
            return noun.concept, start, end
        return (f"{base}:{noun.concept}" if base in _THING_EVENTS else noun.concept), start, end
    if noun.kind == "duration":
        return "duration", start, end
    if noun.kind == "other":
        if base and noun.concept in _DEMONSTRATIVES:
            return base, start, end  # « près de 10 000 celles portées disparues »: the missing, not whose they are
        return (f"{base}:{noun.concept}" if base else noun.concept), start, end
    # no noun: a measure named before the number (« le bilan s'élève à 52 », "the number of injured")
    if number.nominal < 10 and _QUAKE_OF.search(low, max(0, qstart - 40), qstart):
        return "magnitude", start, end  # « un nouveau séisme de 7,5 », "an earthquake of 6.1"
    before = _clause_before(low, qstart)
    found = _last_measure(before)
    if found is None:  # « le nombre de morts dans les zones tenues par le gouvernement est de 237 »: the subject
        far = _clause_before(low, qstart, 140)  # is further back, its verb right before the number
        for m in _MEASURES.finditer(far):
            if _measure_reaches(far, m.end()):
                found, before = m, far  # (what follows the measure is read in the same words)
    elif own_verb and not _measure_reaches(before, found.end()):
        found = None  # « selon le dernier bilan, 51 personnes sont mortes et 152 sont hospitalisées »: the verb says
    if found is not None and previous and previous_end > qstart - len(before) + found.end():
        found = None  # « Le bilan est lourd : 15 morts et 18 blessés, dont cinq dans un état critique »: a count
        # stands between the measure and the number, which is read on from that count (below), not from the measure
    if found is not None:
        group = found.lastgroup
        if group in ("dead", "magnitude", "turnout", "abstention"):
            if group in ("turnout", "abstention"):
                return "", start, end  # a count without its percent sign: the caller decides
            of = _TOLL_OF.match(before, found.end()) if group == "dead" else None
            entry = _LEXICON.get(of.group(1)) if of else None
            if entry and entry[0] == "event" and entry[1] != "victims":
                return entry[1], start, end  # « le bilan des blessés s'élève à 736 », "the toll of injured": theirs
            return group, start, end
        if group in ("nombre", "number"):
            entry = _LEXICON.get(found.group(group))
            if entry is None or entry[0] == "generic":
                words = _NUMBER_OF_WHAT.match(before, found.end())
                done = _EVENT_AFTER.match(before, words.end()) if words else None
                if done is not None and done.lastgroup in _EVENT_NOUNS:
                    # "the number of climbers confirmed dead has risen to 23", "the number of people reported missing
                    # stands at 12": what happened to them says what is counted
                    return done.lastgroup, start, end
            if entry:
                return entry[1], start, end
        if group == "crowd" and _CROWD_IS.fullmatch(before, found.end()):
            # "organisers estimated the crowd at 100,000", « une foule de 80 000 »; not « a foncé dans une foule … et
            # en a blessé plus de 300 »: the number is not the crowd's
            return taking_part(low), start, end
    if _THEY_WERE.search(low, max(0, qstart - 50), qstart):  # « Ils étaient 20 000 à défiler », « … à Lyon »
        after = low[number.end : number.end + 40]
        kind = "demonstrators" if _TO_PROTEST.match(after) else "voters" if _TO_VOTE.match(after) else "people"
        return kind, start, end
    if _COUNTED_OF_THEM.search(low, max(0, qstart - 50), qstart):  # « la CGT en a décompté plus de 1,5 million »
        return "people", start, end
    whose = previous.split(":")[1] if ":" in previous else previous if previous in _WHO_NOUNS else ""
    if base and base not in _THING_EVENTS:
        # « a tué 300 soldats et en a capturé 120 »: the same soldiers
        return (f"{base}:{whose}" if near and whose else base), start, end
    if previous and (near or inherit) and previous != "duration":
        return previous, start, end  # « 12 policiers blessés, dont 3 grièvement »; « 24 heures plus tôt, … 917 »
    return "", start, end


_WENT_TO_VOTE = r"turned out|se sont rendus aux urnes|went to the polls"
_TURNED_OUT = re.compile(rf"\b(?:{_WENT_TO_VOTE})\b")
# What those a share counts did when it is a turnout (« 27,7 % des inscrits ont voté », "had cast ballots").
_CAST = re.compile(rf"\b(?:cast|voted|ont vote|avaient vote|ont participe|{_WENT_TO_VOTE}|ont glisse)\b")


def _percent_concept(low: str, qstart: int, unit_end: int) -> tuple[str, int]:
    if _TURNED_OUT.search(low, unit_end, unit_end + 60):
        return "turnout", unit_end
    named = re.match(r"\s*(?:voter\s+)?(turnout|participation|abstention)\b", low[unit_end : unit_end + 30])
    if named:  # "a 57.76 percent turnout"
        return ("abstention" if named.group(1) == "abstention" else "turnout"), unit_end + named.end()
    after = re.match(r"\s*(?:des|de|d'|du|of(?:\s+the)?)\s*(?:(?:total|valid|overall)\s+)?([a-z-]+)", low[unit_end : unit_end + 40])
    if after:
        word = after.group(1)
        entry = _LEXICON.get(word)
        if word in ("participation", "turnout"):
            return "turnout", unit_end + after.end()
        if word in ("electorate", "electorat", "electeurs", "inscrits", "voters", "registered") and _CAST.search(
                low, unit_end, unit_end + 120):  # fmt: skip
            return "turnout", unit_end + after.end()  # "27.7 percent of the electorate had cast ballots"
        if word == "abstention":
            return "abstention", unit_end + after.end()
        if entry:
            return entry[1], unit_end + after.end()
        if word not in _STOP:
            return fold(word), unit_end + after.end()
    found = _last_measure(_clause_before(low, qstart))
    if found is not None:
        group = found.lastgroup
        if group in ("turnout", "abstention"):
            return group, unit_end
        if group in ("taux", "rate"):
            word = found.group(group)
            return ("turnout" if word in ("participation", "turnout") else f"rate:{fold(word)}"), unit_end
    if _WON_BEFORE.search(low, max(0, qstart - 60), qstart) and _VOTE.search(low):
        return "votes", unit_end  # « il a remporté les élections avec 54,8 pour cent », "she won 52% in the runoff"
    if _RANKED_WITH.search(low, max(0, qstart - 60), qstart):
        return "votes", unit_end  # « arrivé en deuxième position avec 20 % », "came second with 20%": a result
    return "percent", unit_end


# A place in a result and the share it came with (« arrivé en deuxième position avec 20 % », "finished second with").
_RANKED_WITH = re.compile(
    r"\b(?:arrivee?s?\s+(?:en\s+)?(?:tete|premiere?|deuxieme|seconde?|troisieme)(?:\s+position)?|"
    r"(?:came|finished|placed)\s+(?:first|second|third))\s*,?\s*(?:avec|with)\s+(?:\w+\s+){0,2}$"
)
# a share someone won or obtained, in a sentence about a vote: a share of the votes
_WON_BEFORE = re.compile(
    r"\b(?:obten\w*|obtien\w*|remport\w*|recueill\w*|recolt\w*|totalis\w*|won|wins?|winning|secured?|securing|obtained|"
    r"received|garnered|took|polled)\b(?:\s+(?:que|only|just|about|around|some|nearly|almost|plus\s+de|pres\s+de|"
    r"environ|seulement|avec|with|[^\s,;.]+)){0,6}\s*$"
)


_EN_CUES = re.compile(r"\b(?:in|at|people|killed|said|were|was|who|after|during|had|have)\b")


# Nouns that name a count rather than what it counts: the toll, or « le nombre de X » (then X says what).
_TOLL_WORDS = frozenset("bilan bilans toll tolls".split())


def concept_of_noun(word: str) -> str:
    """What a counted noun the parse found names (« morts » → dead, "fatalities" → dead, « cas » → cases); "" when
    the lexicon does not know it or it names a duration. Only known nouns: the parse's guess at an unknown one is
    not enough to start a count."""
    key = flat(word).strip()
    if key in _TOLL_WORDS:
        return "dead"
    if key == "population":
        return "inhabitants"
    entry = _LEXICON.get(key)
    return entry[1] if entry and entry[0] != "duration" else ""


def _english(text: str, low: str) -> bool:
    """How the sentence writes its numbers; short sentences without function words are judged by a few more."""
    return is_english(text) or _EN_CUES.search(low) is not None


def figures(text: str, bare: bool = False) -> tuple[Figure, ...]:
    """The figures of one sentence, in order. Never raises: what cannot be read is left out. `bare`: also a small
    number the words do not say the count of (no concept), for a parse to say (« le nombre de personnes tuées dans
    … est passé à 15 »)."""
    if not text or not _ANY.search(low := flat(text)):
        return ()
    try:
        return _figures(text, low, bare)
    except (ValueError, OverflowError, IndexError, KeyError):  # a reading we did not foresee: no figure, no crash
        if os.environ.get("CHECKER_STRICT"):
            raise  # (a developer's switch: a programming error is not hidden as text no figure could be read in)
        return ()


@dataclass(frozen=True)
class _Unit:
    """What a unit after the number makes of it: « 54,3 % », « 1,5 milliard d'euros », « 300 hectares »."""

    unit: str
    concept: str
    noun: str  # as written
    factor: float  # to the canonical unit (miles to km, km² to ha)
    end: int


_SKIP = _Unit("", "", "", 0.0, 0)  # a locative distance: places.py reads it


def _unit(text: str, low: str, number: _Number, qstart: int, currency: re.Match | None) -> _Unit | None:
    """The unit after the number (or the currency before it), converted; None for a count."""
    end = number.end
    u = _UNIT_AFTER.match(low, end)
    if currency:
        unit = _CURRENCIES.get(currency.group(1).replace(" ", ""), "$")
        m = re.match(r"\s*(?:de\s+|d')?(euros?|dollars?|francs? cfa|fcfa|livres sterling)\b", low[end : end + 25])
        return _Unit(unit, "money", text[currency.start() : currency.end()].strip(), 1.0, end + (m.end() if m else 0))
    if not u:
        return None
    group = u.lastgroup
    word, noun = u.group(group), text[u.start(group) : u.end(group)]
    if group in ("pct", "pp"):
        unit = "%" if group == "pct" else "pp"
        concept, end = _percent_concept(low, qstart, u.end())
        return _Unit(unit, concept, noun, 1.0, end)
    if group == "cur":
        return _Unit(_CURRENCIES.get(word, word), "money", noun, 1.0, u.end())
    if group == "area":
        factor = 258.999 if word.startswith("square mile") else _AREA_HA.get(
            word, 100.0 if word.startswith(("km", "kilom", "square k")) else 1.0)  # fmt: skip
        window, _ = _clause_after(low, u.end())
        burned = _THING_AFTER.search(window) or _EVENT_BEFORE.search(low, max(0, qstart - 40), qstart)
        concept = f"{burned.lastgroup}:area" if burned and burned.lastgroup in ("burned", "destroyed") else "area"
        return _Unit("ha", concept, noun, factor, u.end())  # « 300 hectares brûlés », "burned 5,000 acres"
    if group == "dist":
        if word == "pieds" and not _DIGITS.search(low, number.start, number.end):
            return None  # « 400 pieds » of altitude; « ses deux pieds » are no measure
        depth = re.search(r"\b(?:profondeur|depth|deep)\b", low[max(0, qstart - 30) : u.end() + 16])
        # a height: « à une centaine de mètres de hauteur », « 45 m de haut », "a height of 45m", "90m high"
        height = _HEIGHT_BEFORE.search(low, max(0, qstart - 16), qstart) or _HEIGHT_AFTER.match(low, u.end()) or (
            word in _SHORT_LENGTHS and FALL_BEFORE.search(low, max(0, qstart - 40), qstart))
        locative = _LOCATIVE_AFTER.match(low, u.end()) or re.search(
            r"(?:^|\s)à\s+(?:\w+\s+){0,2}$", text[max(0, qstart - 20) : qstart])  # fmt: skip
        if word == "m" and not (depth or height or _METRES_AFTER.match(low, u.end())
                                or _MEASURED_BEFORE.search(low, max(0, qstart - 20), qstart)):  # fmt: skip
            # "45m people": millions, not metres; "a height of 45m", "10m long", "measuring about 200m": metres
            return None
        if locative and not (depth or height):
            return _SKIP
        return _Unit("km", "depth" if depth else "distance", noun, _DIST_KM.get(word, 1.0), u.end())
    factor = 0.001 if word.startswith(("kg", "kilo")) else 1.0
    return _Unit("t", "weight", noun, factor, u.end())


def _age(text: str, low: str, qstart: int, end: int) -> _Unit | None:
    """« âgé de 45 ans », « Jean Dupont, 45 ans, », « un homme de 45 ans », "a 45-year-old", "aged 45"."""
    hyphenated = re.match(r"[- ]years?[- ]old\b", low[end : end + 12])
    if hyphenated:
        return _Unit("years", "age", text[end + 1 : end + hyphenated.end()], 1.0, end + hyphenated.end())
    years = re.match(r"\s*(ans?)\b", low[end : end + 6])
    if years and _SENTENCE_AFTER.match(low, end + years.end()):
        return None  # « cinq ans d'emprisonnement ferme »: how long a sentence runs, never anyone's age
    aside = re.search(r"[,(]\s*$", low[max(0, qstart - 3) : qstart]) and re.match(r"\s*ans?\s*(?:[,);]|\.?\s*$)", low[end:])
    # « un Britannique d'origine indienne de 40 ans », « une Française de 33 ans »: a person by nationality
    national = _NATIONAL_BEFORE.search(text, max(0, qstart - 60), qstart)
    if years and (aside or national or _AGE_BEFORE.search(low, max(0, qstart - 40), qstart)):
        return _Unit("years", "age", text[end + years.start(1) : end + years.end(1)], 1.0, end + years.end())
    if re.search(r"\baged\s*(?:between\s*)?$", low[max(0, qstart - 16) : qstart]):
        return _Unit("years", "age", "", 1.0, end)
    if years and re.search(r"\b(?:avait|avaient|ont|a|aurait|auraient)\s+(?:entre\s+)?$",
                           text[max(0, qstart - 16) : qstart]):
        # (read on the text, not its flattened form: « condamné à deux ans » is a term, « il a 42 ans » an age)
        return _Unit("years", "age", text[end + years.start(1) : end + years.end(1)], 1.0, end + years.end())  # « les
        # victimes avaient entre 23 et 51 ans », « il a 42 ans »
    if years and re.search(r"\b[A-ZÀ-Ý][\w’'-]+\s+$", text[max(0, qstart - 30) : qstart]) and not re.search(
            r"[.!?]\s*[A-ZÀ-Ý][\w’'-]+\s+$", text[max(0, qstart - 30) : qstart]):  # fmt: skip
        return _Unit("years", "age", text[end + years.start(1) : end + years.end(1)], 1.0, end + years.end())  # « Camille 14 ans »
    small = re.fullmatch(r"\d{1,3}", low[qstart:end].strip())
    if small and 1 <= int(small.group()) < 120 and _NAME_ASIDE.search(text, max(0, qstart - 40), qstart) and (
            re.match(r"\s*[,)]", low[end:])):  # fmt: skip
        return _Unit("years", "age", "", 1.0, end)  # "Biya, 92, took office in 1982": the English age aside
    return None


_YEARS_OLD_AFTER = re.compile(r"\s*ans\b")
# What follows the years of a sentence (« ans de prison », « ans d'emprisonnement ferme », « ans avec sursis »).
_SENTENCE_AFTER = re.compile(r"\s*(?:de\s+(?:prison|reclusion|detention)|d'(?:emprisonnement|ineligibilite)"
                             r"|ferme\b|avec\s+sursis|de\s+sursis)")
# A name and a comma before a small number set between commas (« Biya, 92, »): the age aside English writes bare.
_NAME_ASIDE = re.compile(r"\b[A-ZÀ-Ý][\w’'-]+,\s*$")


_DEMONSTRATIVES = frozenset("celles ceux celle celui those ones".split())  # a pronoun stands for a noun said before
_ARTICLE_BEFORE = re.compile(r"(?:\bl'|\bd'|\bthe\s|\bno\s|\bchaque\s|\beach\s|\bevery\s)\s*$")
_OF_AFTER = re.compile(r"\s*(?:des|d'entre|of)\b")


def _lone_article(low: str, number: _Number, noun: _Noun, qstart: int) -> bool:
    """« un soldat », « l'un des blessés », "one of the injured": an article, not a count of one."""
    if noun.kind not in ("event", "who", "generic"):
        return True
    return bool(_ARTICLE_BEFORE.search(low, max(0, qstart - 7), qstart) or _OF_AFTER.match(low, number.end))


def _figures(text: str, low: str, bare: bool = False) -> tuple[Figure, ...]:
    english = _english(text, low)
    out: list[Figure] = []
    previous, previous_end = "", 0  # the last concept: « 52 morts, dont 12 enfants » counts dead children
    measure = ("", 1.0, "")  # the last measure's concept, factor and unit: « 5,04 mètres … le record de 4,76 »
    olds: list[int] = []  # the figures that are the old value of a change (« passé de 30 à 50 morts »)
    for number in _merge_ranges(low, _numbers(text, low, english)):
        if number.start > 0 and text[number.start - 1].isalpha() and not _MAGNITUDE_BEFORE.search(
                low, max(0, number.start - 11), number.start):  # (but "M6.4")
            continue
        qstart, kind = number.start, number.qualifier
        currency = _CURRENCY_BEFORE.search(low, max(0, qstart - 5), qstart)
        if currency:
            qstart = currency.start()
        q = _QUALIFIER_BEFORE.search(low, max(0, qstart - 30), qstart)
        if q and kind != "range":
            kind = _QUALIFIER_OF[q.group(1)] if kind in ("", "about", "vague") else kind
            qstart = q.start(1)
        if _capitalised_before(text, number.start if q and kind != "range" else qstart) and not _YEARS_OLD_AFTER.match(
                low, number.end):  # (a qualifier between: « à X jusqu'à 5 000 354 voix » is no name)
            continue  # « Boeing 737 », « Apollo 11 »: a number inside a name (« Camille 14 ans » is her age)
        unit = _unit(text, low, number, qstart, currency) or _age(text, low, qstart, number.end)
        if unit is _SKIP:
            continue
        noun = _Noun("none", "", number.end, number.end)
        if unit:
            concept, noun_text, end, factor, unit_name = unit.concept, unit.noun, unit.end, unit.factor, unit.unit
        else:
            factor, unit_name = 1.0, ""
            noun = _noun(text, low, number.end, english)
            if noun.kind == "other" and low[noun.start : noun.end] in _BODY_NOUNS:
                noun = _Noun("event", "dead", noun.start, noun.end)  # « deux corps calcinés »: the dead
            if number.ordinal and noun.kind in ("none", "generic", "other"):
                # (a singular noun, which counts nothing after a number: « une septième personne », "a fourth body")
                at, to = number.ordinal
                victims = low.startswith(("victim", "person"), at)
                noun = _Noun("event", "victims" if victims else "dead", at, to)
            if noun.kind == "fraction":
                continue  # « les deux tiers des électeurs »: a share, not a count
            if noun.kind != "none" and _RATIO.match(low, noun.start):
                continue  # « deux fois plus grosse », "three times larger": a ratio of two things, not a count
            if number.lone_one and _lone_article(low, number, noun, qstart):
                continue
            concept, qstart, end = _concept(low, number, noun, qstart, (previous, previous_end))
            noun_text = text[noun.start : noun.end] if noun.kind != "none" else ""
            if low[noun.start : noun.end] in ("vies", "lives") and _SAVED_BEFORE.search(low, max(0, qstart - 30), qstart):
                continue  # « ont sauvé 20 vies », "saved 20 lives": not a toll
            if noun.kind == "duration":
                unit_name = noun.concept
            elif noun.kind == "none" and concept and concept == measure[0] and concept != "duration" and not (
                    number.bare_year and _YEAR_BEFORE.search(low, max(0, qstart - 14), qstart)):
                factor, unit_name = measure[1], measure[2]  # a bare number of the measure just told: its unit too
                # (not a year after its preposition: "4.76 metres in 1941")
            if number.lone_one and ":" not in concept and concept in (_WHO_NOUNS.keys() | _GENERIC_NOUNS.keys()):
                continue  # « un soldat », « une personne »: an article unless a verb says what happened
        bare_old = number.old and noun.kind == "none" and not unit_name  # (counts what the new value counts: below)
        if not bare_old and number.bare_year and not unit_name and noun.kind in ("none", "duration", "other") and (
                noun.kind != "other" or not noun_text.endswith(("s", "x"))
                or _YEAR_BEFORE.search(low, max(0, qstart - 14), qstart)):  # fmt: skip
            continue  # « en 2022 », « 2022 sera »; « 2000 personnes » is a count
        after = next((a for p in (noun.end if noun.kind != "none" else number.end, end)
                      if (a := _QUALIFIER_AFTER.match(low, p))), None)  # fmt: skip
        if after and kind in ("", "vague"):
            kind = "about" if after.group(1) == "environ" else "at least"
            end = max(end, after.end())
        low_value, high_value, nominal = number.low * factor, number.high * factor, number.nominal * factor
        if kind in _INTERVALS and number.qualifier != "range" and not (
                kind == "about" and number.qualifier in ("about", "vague")):  # fmt: skip
            low_value, high_value = _interval(kind, nominal)
        qualifier = {"almost": "about", "vague": "about"}.get(kind, kind)
        if noun.kind == "none" and not concept and not unit_name and not number.old and not (
                qualifier or number.scale > 1 or nominal >= 100
                or _PRONOUN_IS_BEFORE.search(low, max(0, qstart - 40), qstart)):  # fmt: skip
            if not bare:
                continue  # a small bare number: nothing says what it counts (« il était de 21 »: the tree may say)
        if _absurd(concept, unit_name, low_value, nominal):
            continue
        start = min(qstart, number.start)
        while end > start and text[end - 1].isspace():
            end -= 1
        if bare_old:
            olds.append(len(out))
        out.append(Figure(
            low=_round(low_value), high=_round(high_value),
            value=_value(qualifier, low_value, high_value, nominal, unit_name, number.qualifier == "vague"),
            qualifier=qualifier, noun=noun_text, concept=concept, unit=unit_name, span=(start, end), old=number.old,
        ))  # fmt: skip
        if concept and not _INHERIT_BEFORE.search(low, max(0, start - 25), start):
            # (a part, « dont un enfant », is no whole for the numbers after it: « …, dont un enfant, et 15 ont été
            # blessées » counts the injured, not injured children)
            previous, previous_end = concept, end
        if concept:
            measure = (concept, factor, unit_name) if unit and unit_name in _UNSAID_UNITS else ("", 1.0, "")
    for k in reversed(olds):  # the old value of a change counts what its new value counts, or is no count
        new = out[k + 1] if k + 1 < len(out) else None
        if new is None or not new.concept:
            del out[k]
            continue
        was = out[k]
        value = _value(was.qualifier, was.low, was.high, was.low, new.unit, False) if new.unit else was.value
        out[k] = replace(was, value=value, noun=new.noun, concept=new.concept, unit=new.unit)
    return _coordinated(low, out)


# Between a number and its own verb after it: auxiliaries and an adverb or two (« sont », « ont été », "were").
_OWN_VERB_GAP = re.compile(r"\s*(?:[\w'-]+\s+){0,2}")
_SAVED_BEFORE = re.compile(r"\b(?:sauv\w*|epargn\w*|save[ds]?|saving|spared)\s+(?:\S+\s+){0,2}$")
_AND = re.compile(r"\s*(?:et|and|ou|or)\s*")


def _coordinated(low: str, found: list[Figure]) -> tuple[Figure, ...]:
    """Two numbers joined by « et » / "and" share what the words say of them: « âgés de 70 et 80 ans » are two ages,
    "aged 70 and 80" too, « 3 et 4 blessés » two counts of injured; the bare one was read as whatever a word near it
    counted (« deux décès, des hommes âgés de 70 et 80 ans »: not 70 dead)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _AND.fullmatch(low, a.span[1], b.span[0]):
            continue
        bare_a = not a.noun and a.unit == "" and a.low == a.high
        bare_b = not b.noun and b.unit == "" and b.low == b.high
        aged = b.unit == "years" and _AGE_BEFORE.search(low, max(0, a.span[0] - 40), a.span[0])
        if b.qualifier not in ("", "range"):
            continue  # "risen to 158 and about 6,000 people injured": two phrases, not two numbers of one
        if bare_a and (b.unit == "years" and b.concept in ("age", "duration") or b.unit == "" and b.noun and not a.concept):
            concept = "age" if aged else b.concept
            out[i] = replace(a, concept=concept, unit=b.unit, value=_value("", a.low, a.high, a.low, b.unit, False))
            if aged:
                out[i + 1] = replace(b, concept="age")
        elif bare_b and a.concept == "age":
            out[i + 1] = replace(b, concept="age", unit=a.unit, value=_value("", b.low, b.high, b.low, a.unit, False))
    return tuple(out)


def _absurd(concept: str, unit: str, low: float, nominal: float) -> bool:
    """Values no news figure states: more than 1e10 people (or of anything unnamed), more than 1e15 of anything."""
    if not (math.isfinite(low) and math.isfinite(nominal)) or max(low, nominal) > _VALUE_MAX:
        return True
    people = concept.split(":")[0] in PEOPLE_COUNTS or not (concept or unit)
    return people and max(low, nominal) > _PEOPLE_MAX


def _capitalised_before(text: str, pos: int) -> bool:
    """A capitalised word right before the number, not opening the sentence: a name with a number in it."""
    m = re.search(r"([^\W\d_][\w-]*) $", text[max(0, pos - 30) : pos])
    if not m or not m.group(1)[0].isupper():
        return False
    start = pos - len(m.group(0))
    head = text[:start].rstrip()
    if not head or head[-1] in ".!?:;«\"(—–-" or head.endswith(("»", ",")):
        return False
    word = flat(m.group(1))
    return word not in _STOP and word not in _QUALIFIER_OF and word not in _LEXICON


# --- comparing ----------------------------------------------------------------------------------------------------


def _tolerance(x: float) -> float:
    """How far a written number may be from the truth by rounding alone: half its last decimal (« 54,3 » is
    54.25–54.35); for a whole number of 100 or more, a quarter of the place of its last non-zero digit (« 2 000 »
    is 1 750–2 250 and meets 1 978, « 812 000 » is 811 750–812 250 and does not meet 821 000); none below 100
    (« 40 » and « 42 » differ)."""
    if not math.isfinite(x) or x == 0:
        return 0.0
    if abs(x - round(x)) > 1e-9:
        decimals = len(f"{x:.4f}".rstrip("0").split(".")[1])
        return 0.5 * 10 ** (-decimals)
    n = int(round(abs(x)))
    if n < 100:
        return 0.0
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    return 0.25 * 10**zeros if zeros else 0.0


def _bounds(f: Figure) -> tuple[float, float]:
    if f.qualifier == "about":
        return f.low, f.high
    low = f.low - _tolerance(f.low) if f.qualifier not in ("up to", "less than") else f.low
    high = f.high + _tolerance(f.high) if f.qualifier not in ("at least", "more than") else f.high
    return low, high


def same_value(a: Figure, b: Figure) -> bool:
    """What a reviewer calls compatible: same unit, and intervals that overlap once rounding is allowed for
    (« près de 2 000 » and 1 978, « au moins 40 » and 52, « une trentaine » and 31, « 1,5 million » and
    1 500 000; not 40 and 52)."""
    if a.unit != b.unit:
        return False
    alo, ahi = _bounds(a)
    blo, bhi = _bounds(b)
    return alo <= bhi and blo <= ahi


def distance(a: Figure, b: Figure) -> float:
    """0 for compatible figures, else the gap between their intervals relative to the larger near end; inf when
    the units differ."""
    if a.unit != b.unit:
        return math.inf
    if same_value(a, b):
        return 0.0
    alo, ahi = _bounds(a)
    blo, bhi = _bounds(b)
    gap, near = (blo - ahi, max(abs(ahi), abs(blo))) if ahi < blo else (alo - bhi, max(abs(bhi), abs(alo)))
    return gap / near if near else math.inf


def number_in(text: str) -> float | None:
    """The nominal value of the first number in a short phrase (« une soixantaine », "20", « trente »), for the
    other readers of this package."""
    low = flat(text)
    try:
        found = _numbers(text, low, _english(text, low))
    except (ValueError, OverflowError):
        return None
    return found[0].nominal if found and math.isfinite(found[0].nominal) else None
