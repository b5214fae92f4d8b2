"""Explainable signals found in one sentence, French or English: negation, stances, conditions, numbers,
dates, hedges.

General lexicons of French and English (negation particles, stance and hedging verbs, number and date forms);
the two rarely collide, so one pattern serves both, except figures (« 1,5 million » / "1,200 troops"), read
by the sentence's language. Nothing here names an entity or a phrase of any particular story. Each finder
returns spans into the sentence so a reviewer can be shown the exact words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

Span = tuple[int, int]

WORD = re.compile(r"\w+(?:[-’']\w+)*", re.UNICODE)

# --- negation -----------------------------------------------------------------------------------------------
_NE = r"\b(?:ne\b|n['’])"  # « ne », « n'a »; never the start of a word (« nettement plus » negates nothing)
_NEGATOR = r"(?:pas|plus|jamais|guère|point|aucune?|rien|nullement|personne|ni)\b"
_SANS_CLAUSE = (r"(?:aucune?|rien|jamais|la\s+moindre|le\s+moindre|(?:l['’]|le\s+|la\s+|les\s+|leur\s+|lui\s+|se\s+|s['’]|y\s+|en\s+)?"
                r"(?:avoir|être|etre|faire|\w+(?:er|ir|oir|dre|tre|ire)))\b")
NEGATION = re.compile(
    rf"{_NE}\s*(?:\S+\s+){{0,3}}?{_NEGATOR}"  # ne … pas / n'a jamais
    # « sans » / "without" negate a clause when an action or a negative determiner follows (« sans prévenir »,
    # « sans aucune victime », "without warning anyone"); before a bare noun they qualify it (« sans surprise »,
    # « sans mandat de dépôt », « un pays sans gouvernement »): no polarity of the sentence
    rf"|\bsans\s+(?:{_SANS_CLAUSE})"
    r"|\baucune?\b"
    r"|\bjamais\b"
    r"|\bnon\b(?=\s\w)"  # « non négociable »; « non-ingérence » is a noun, not a negation
    r"|\bnullement\b"
    # English
    r"|\b(?:(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|must)\s+)?not\b"  # did not
    r"|\b\w+n['’]t\b|\bnever\b|\bno\b(?=\s\w)|\bnone\b|\bnobody\b|\bnothing\b|\bneither\b|\bnor\b"
    r"|\bwithout\s+(?:any|a\s+single|\w+ing)\b",
    re.IGNORECASE,
)

# --- stances ------------------------------------------------------------------------------------------------
_V = r"(?:e|es|ent|er|é|ée|és|ées|ait|aient|ant|era|eront|erait|eraient|ons|ez|a|èrent)"
STANCE_PATTERNS: dict[str, re.Pattern] = {
    "demand": re.compile(
        rf"\b(?:exig\w*|réclam{_V}|conditionn{_V}|subordonn{_V}|impos{_V}|requi[eè]r\w*|insist{_V}|"
        rf"somm{_V}\s+\w+\s+de|ultimatum|"
        r"demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing)|make[s]?\s+\w+\s+conditional)\b",
        re.IGNORECASE,
    ),
    "tolerate": re.compile(
        rf"\b(?:tol[éè]r{_V}|toléran\w*|accept{_V}|admett\w*|consent{_V}|s['’]accommod{_V}|"
        rf"se\s+résign{_V}|ferm{_V}\s+les\s+yeux|s['’]en\s+accommod{_V}|"
        r"tolerat(?:e|es|ed|ing)|toleran(?:ce|t)|accept(?:s|ed|ing)?|acquiesc\w*|accommodat(?:e|es|ed|ing)|"
        r"put\s+up\s+with|turn(?:s|ed|ing)?\s+a\s+blind\s+eye|resign(?:s|ed)?\s+\w+\s+to)\b",
        re.IGNORECASE,
    ),
    "refuse": re.compile(
        rf"\b(?:refus\w*|rejet\w*|rejett{_V}|s['’]oppos{_V}|condamn{_V}|dénonc{_V}|proscri\w*|interdi\w*|"
        r"reject(?:s|ed|ing|ion)?|oppos(?:e|es|ed|ing)|condemn\w*|denounc\w*)\b",
        re.IGNORECASE,
    ),
    "support": re.compile(
        rf"\b(?:soutien[ts]?|soutenir|soutenu[es]?|approuv{_V}|salu{_V}|se\s+félicit{_V}|appuy{_V}|"
        rf"encourag{_V}|favorables?|"
        r"support(?:s|ed|ing)?|endors\w*|welcom(?:e|es|ed|ing)|approv(?:e|es|ed|ing|al)|back(?:s|ed|ing)|"
        r"in\s+favou?r\s+of)\b",
        re.IGNORECASE,
    ),
}
# Stances that cannot both hold of the same actor toward the same thing.
OPPOSED = {("demand", "tolerate"), ("refuse", "tolerate"), ("refuse", "support")}
# What a negated stance means: « n'exige pas » sets no condition, « ne tolère pas » refuses.
NEGATED_STANCE = {"demand": None, "tolerate": "refuse", "refuse": None, "support": None}
STANCE_WORDS = {"demand": "demand", "tolerate": "tolerate / accept", "refuse": "refuse / reject", "support": "support"}

# --- involvement: who is said to be behind an act, or not --------------------------------------------------
_ACT = (r"(?:l['’]\s*|les?\s+|la\s+|cette\s+|cet\s+|ces\s+|the\s+|this\s+|these\s+)?"
        r"(?:attaques?|attentats?|assauts?|tuerie|massacre|opération|attacks?|bombing|assault|shooting|killing)")
INVOLVED = re.compile(
    r"\bimpliqu(?:é|ée|és|ées)\b|\bimplication\b|\borchestr(?:é|ée|és|ées|er|ait|aient|ation)\b"
    rf"|\bcommanditaires?\b|\bderrière\s+{_ACT}"
    r"|\b(?:est|sont|était|étaient|serait|seraient)\s+(?:\w+\s+)?responsables?\b"
    rf"|\bresponsables?\s+(?:de|du|des)\s+{_ACT}"
    r"|\binvolved\b|\binvolvement\b|\bimplicated\b|\borchestrat(?:ed|ing|ion)\b"
    rf"|\bbehind\s+{_ACT}|\b(?:is|are|was|were)\s+(?:\w+\s+)?responsible\b|\bresponsib(?:le|ility)\s+for\s+{_ACT}",
    re.IGNORECASE,
)
# A denial in its own words: « n'a pas le moindre lien avec », « aucun lien avec », "no link to", "nothing to do with".
UNINVOLVED = re.compile(
    r"\b(?:pas\s+(?:le\s+moindre|de|d['’]\s*)|aucun|sans)\s*liens?\s+avec\b|\brien\s+à\s+voir\s+avec\b"
    r"|\bno\s+(?:links?|connection|role)\s+(?:to|with|in)\b|\bnothing\s+to\s+do\s+with\b",
    re.IGNORECASE,
)


_DENYING = re.compile(r"\b(?:nie|nient|nié|niant|dément\w*|démenti\w*|réfut\w*|rejet\w*|rejett\w*|deny|denies|denied|"
                      r"denying|rejects?|rejected|rejecting|dismiss(?:es|ed|ing)?)\b", re.IGNORECASE)


# Denying what someone else says happened (« a nié avoir tiré … », « a démenti toute implication », "has denied
# any wrongdoing"): the verbs of a denial only; rejecting a proposal is a stance (STANCE_PATTERNS' "refuse").
DENIAL = re.compile(r"\b(?:ni(?:e|es|ent|é|ée|és|ées|ait|aient|ant|er)|dément(?:ent)?|démenti(?:r|e|es|s|t)?|"
                    r"deny|denies|denied|denying)\b", re.IGNORECASE)


def involvements(text: str) -> tuple[tuple[Span, bool], ...]:
    """Where the sentence says someone is behind an act (« les services du pays voisin sont directement
    impliqués », "orchestrated the attack", « le groupe armé est responsable »), with whether it says the opposite
    (« aucune preuve de l'implication de X », « X n'a pas le moindre lien avec l'attaque », "denied any
    involvement"): the trigger's span and its negation."""
    negations = tuple(m.span() for m in NEGATION.finditer(text))
    out = [(m.span(), True) for m in UNINVOLVED.finditer(text)]
    for m in INVOLVED.finditer(text):
        if any(s <= m.start() < e for (s, e), _ in out):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        clause = re.split(r"[;:]|,\s+(?:et|and|mais|but)\b", before)[-1]
        denied = (any(s >= m.start() - len(clause) and e <= m.start() for s, e in negations)
                  or _negated(text, m.span(), negations) or bool(_DENYING.search(clause)))
        out.append((m.span(), denied))
    return tuple(sorted(out))


# --- conditions ---------------------------------------------------------------------------------------------
UNCONDITIONAL = re.compile(
    r"\bsans\s+(?:aucune?\s+|la\s+moindre\s+|de\s+|des\s+|réelles?\s+)?(?:condition\w*|contrepartie\w*|préalables?)"
    r"|\bsans\s+(?:imposer|poser|exiger|fixer|réclamer)(?:\s+(?:de|des|d['’]|aucune?|la\s+moindre)\s*"
    r"(?:condition\w*|contrepartie\w*|préalables?))?"
    r"|\binconditionnel\w*"
    r"|\baucune?\s+(?:condition\w*|contrepartie\w*|préalables?)"
    r"|\bpas\s+de\s+(?:condition\w*|contrepartie\w*|préalables?)"
    # English
    r"|\b(?:without|with\s+no|no)\s+(?:any\s+)?(?:pre)?conditions?\b|\b(?:without|no)\s+(?:any\s+)?strings\s+attached"
    r"|\bwithout\s+(?:imposing|setting|demanding|requiring|attaching)(?:\s+(?:any\s+)?(?:pre)?conditions?)?"
    r"|\bunconditional\w*",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(
    rf"\bconditions?\b|\bconditionn{_V}\b|\bconditionnalités?\b|\bsous\s+réserve\b|\bà\s+condition\b"
    r"|\bcontreparties?\b|\bpréalables?\b"
    r"|\bpreconditions?\b|\bconditional\s+(?:on|upon)\b|\bprovided\s+that\b|\bon\s+condition\b"
    r"|\bstrings\s+attached\b|\bin\s+(?:exchange|return)\s+for\b",
    re.IGNORECASE,
)

# --- hedges and attribution ---------------------------------------------------------------------------------
HEDGE = re.compile(
    r"\bselon\b[^,.;:«»]{0,60}"
    r"|\bd['’]après\b[^,.;:«»]{0,60}"
    r"|\bsembl\w*|\bparaî\w*|\bparai(?:t|ssent|ssait)\b"
    r"|\b(?:aur|ser|pourr|devr|voudr)(?:ait|aient)\b"
    r"|\b\w{2,}(?:erait|eraient|irait|iraient|drait|draient)\b"  # the conditional mood (« ouvrirait »)
    r"|\bprésumée?s?\b|\bsupposée?s?\b|\bprétendue?s?\b|\balléguée?s?\b"
    r"|\bapparemment\b|\bprobablement\b|\bvraisemblablement\b|\bpossiblement\b|\bsans\s+doute\b"
    r"|\bil\s+est\s+possible\b|\brumeurs?\b|\bpotentiellement\b"
    # English
    r"|\baccording\s+to\b[^,.;:]{0,60}|\breportedly\b|\ballegedly\b|\bappear(?:s|ed)?\b|\bseem(?:s|ed)?\b"
    r"|\bapparently\b|\bprobably\b|\bpossibly\b|\blikely\b|\bperhaps\b|(?-i:\bmay\b)(?=\s+[a-z])|\bmight\b"
    r"|\bcould\b|\bwould\b|\balleged\b|\bpurported(?:ly)?\b|\bsupposed(?:ly)?\b|\brumou?rs?\b|\bunconfirmed\b",
    re.IGNORECASE,
)
_NOT_CONDITIONAL_MOOD = {"retrait", "portrait", "attrait", "extrait", "trait", "abstrait", "distrait", "soustrait"}
ATTRIBUTION = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:déclaré|affirmé|indiqué|souligné|précisé|annoncé|assuré|"
    r"expliqué|rapporté|estimé|ajouté|confié|réaffirmé)\b"
    r"|\b(?:affirment|affirme|déclare|déclarent|estiment|estime|rapporte|rapportent|indique|indiquent|"
    r"assure|assurent|se\s+disent|se\s+dit)\b"
    r"|\b(?:said|says|told|stated|claim(?:s|ed)|announced|report(?:s|ed)|added|explained|declared|asserted)\b",
    re.IGNORECASE,
)

# --- numbers and dates --------------------------------------------------------------------------------------
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# Months as the press abbreviates them, read only beside their day: « le 26 sept. », "on Sept. 26", "Jan. 1, 2025",
# "Aug 4" (alone, « oct » or "dec" are no month). March, May, June and July are not abbreviated.
MONTH_ABBREVIATIONS = {
    "jan": 1, "janv": 1, "feb": 2, "fev": 2, "fevr": 2, "févr": 2, "apr": 4, "avr": 4, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "déc": 12,
}  # fmt: skip
_ABBR_RE = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
DATE = re.compile(
    # 2 février, 2nd of May, « 26 sept. »
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE}|(?:{_ABBR_RE})\.)(?:,?\s+(\d{{4}}))?(?!\w)"
    rf"|\b({_MONTH_RE}|(?:{_ABBR_RE})\b\.?)\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?",  # February 2, 2026
    re.IGNORECASE,
)


def month_number(word: str) -> int:
    """The month a month word of DATE names: « février », "Sept.", « déc. »."""
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS[word]
_NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "cinquante": 50, "cent": 100,
    "mille": 1000, "une": 1, "un": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
NUMBER = re.compile(
    r"(?<![\w,.])(\d{1,3}(?:[  .]\d{3})+|\d+(?:,\d+)?)\s*(%|pour\s*cent|millions?|milliards?|mille)?"
    r"|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante|cent)\s+"
    r"(?=\w)",
    re.IGNORECASE,
)
# English figures: 1,200 (thousands) and 1.5 (decimal), the other way round from French.
NUMBER_EN = re.compile(
    r"(?<![\w,.])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?)\s*(%|percent|per\s+cent|millions?|billions?|"
    r"thousands?|trillions?)?"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+"
    r"(?=\w)",
    re.IGNORECASE,
)
_SCALE = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "mille": 1e3, "billion": 1e9,
          "billions": 1e9, "thousand": 1e3, "thousands": 1e3, "trillion": 1e12, "trillions": 1e12}  # fmt: skip
# Function words that tell an English sentence from a French one (for reading its figures).
_ENGLISH_MARKERS = frozenset(
    "the and of to is are was were that this with from by have has had be been will would not it its they their".split()
)


@lru_cache(maxsize=65536)  # asked for every candidate pair a sentence is in
def is_english(text: str) -> bool:
    """At least one word in twelve is an English function word (how the sentence's figures are read)."""
    words = [w.lower() for w in WORD.findall(text)]
    return sum(w in _ENGLISH_MARKERS for w in words) >= max(1, len(words) // 12)


# Words that carry no content, for overlap: French function words plus the signal words themselves.
_EXTRA_STOP = {
    "selon", "sans", "aucun", "aucune", "pas", "plus", "jamais", "non", "ainsi", "également", "toutefois",
    "cependant", "dont", "alors", "cela", "cette", "ces", "cet", "leur", "leurs", "très", "tout", "tous",
}  # fmt: skip


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's French and English stop words (copies shipped in checker/data, so this never imports spaCy) and
    ours."""
    data = Path(__file__).resolve().parent.parent / "data"
    words = set(_EXTRA_STOP)
    for name in ("stop_words_fr.txt", "stop_words_en.txt"):
        words.update((data / name).read_text(encoding="utf-8").split())
    return frozenset(words)


def fold(word: str) -> str:
    """Lower-case, accents removed, elision removed: a crude French stem key for overlap."""
    word = word.lower()
    word = re.sub(r"^[a-z]{1,2}['’]", "", unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode())
    return word[:6]


@lru_cache(maxsize=65536)  # a sentence is in up to ~16 candidate pairs: stem it once
def content_stems(text: str) -> frozenset[str]:
    stops = stop_words()
    out = set()
    for m in WORD.finditer(text):
        w = _ELISION.sub("", m.group().lower())
        if len(w) > 2 and w not in stops and not w.isdigit():
            out.add(fold(w))
    return frozenset(out)


_ELISION = re.compile(r"^\w{1,2}['’]")


def overlap(a: str, b: str) -> float:
    """Share of content stems in common (Jaccard)."""
    sa, sb = content_stems(a), content_stems(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


@dataclass(frozen=True)
class Stance:
    kind: str
    span: Span
    negated: bool


@dataclass(frozen=True)
class Signals:
    """Everything the rules need from one sentence."""

    text: str
    negations: tuple[Span, ...]
    stances: tuple[Stance, ...]
    conditional: tuple[Span, ...]
    unconditional: tuple[Span, ...]
    numbers: tuple[tuple[float, str, Span], ...]
    dates: tuple[tuple[int, int, int | None, Span], ...]
    hedges: tuple[Span, ...]
    attributions: tuple[Span, ...]
    denials: tuple[Span, ...] = ()  # denial verbs not themselves negated (« a nié », not « n'a pas démenti »)

    def quote(self, span: Span) -> str:
        return self.text[span[0] : span[1]]


def _inside(span: Span, spans) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _negated(text: str, span: Span, negations: tuple[Span, ...]) -> bool:
    """A word is negated when a « ne … pas » encloses it or « sans / non » stands right before it."""
    if _inside(span, negations):
        return True
    before = text[max(0, span[0] - 30) : span[0]].lower()
    return bool(
        re.search(r"\b(?:sans|non|ne\b|n['’])\s*(?:\w+['’\s]+){0,2}$", before)
        or re.search(r"(?:\b(?:not|never|no|without)|n['’]t)\s+(?:\w+\s+){0,2}$", before)
    )


def hedges(text: str) -> tuple[Span, ...]:
    spans = []
    for m in HEDGE.finditer(text):
        if m.group().lower() in _NOT_CONDITIONAL_MOOD:
            continue
        s, e = m.span()
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return tuple(spans)


def numbers(text: str, date_spans: tuple[Span, ...]) -> tuple[tuple[float, str, Span], ...]:
    """Quantities with the word they count: (value, unit, span). Years and day numbers of dates are left out."""
    out = []
    english = is_english(text)
    for m in (NUMBER_EN if english else NUMBER).finditer(text):
        if _inside(m.span(1) if m.group(1) else m.span(3), date_spans):
            continue
        if m.group(1):
            if english:
                raw = m.group(1).replace(",", "")
            else:
                raw = m.group(1).replace(" ", "").replace(" ", "").replace(".", "").replace(",", ".")
            try:
                value = float(raw)
            except ValueError:
                continue
            scale = (m.group(2) or "").lower()
            if scale.startswith(("%", "pour", "percent", "per")):
                unit = "%"
            else:
                value *= _SCALE.get(scale, 1.0)
                unit = _unit_after(text, m.end())
            if 1900 <= value <= 2100 and m.group(1).isdigit() and not unit.endswith(("s", "x")):
                continue  # a year (« en 2022 », « 2025–2026 »), not a count
        else:
            value = float(_NUMBER_WORDS[m.group(3).lower()])
            unit = _unit_after(text, m.end())
        if unit:
            start, end = m.span()
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append((value, unit, (start, end)))
    return tuple(out)


# English counted nouns news figures use, with their French counterparts, so that « 12 morts » and "40 dead"
# count the same thing across languages. Keys and values are folded like every unit.
_UNITS_EN_FR = (
    ("people", "personnes"), ("persons", "personnes"), ("dead", "morts"), ("deaths", "morts"),
    ("victims", "victimes"), ("injured", "blessés"), ("wounded", "blessés"), ("soldiers", "soldats"),
    ("troops", "troupes"), ("civilians", "civils"), ("children", "enfants"), ("women", "femmes"),
    ("men", "hommes"), ("inhabitants", "habitants"), ("residents", "habitants"), ("refugees", "réfugiés"),
    ("prisoners", "prisonniers"), ("hostages", "otages"), ("workers", "travailleurs"), ("jobs", "emplois"),
    ("students", "étudiants"), ("members", "membres"), ("countries", "pays"), ("cases", "cas"),
    ("homes", "logements"), ("houses", "maisons"), ("schools", "écoles"), ("vehicles", "véhicules"),
    ("tons", "tonnes"), ("kilometers", "kilomètres"), ("kilometres", "kilomètres"), ("years", "ans"),
    ("days", "jours"), ("months", "mois"), ("weeks", "semaines"), ("hours", "heures"), ("seats", "sièges"),
    ("votes", "voix"), ("voters", "électeurs"), ("police", "policiers"),
)  # fmt: skip


_UNIT_KEYS = {fold(en): fold(fr) for en, fr in _UNITS_EN_FR}


def _unit_after(text: str, pos: int) -> str:
    """The counted noun after a number (« 10 000 tonnes », « 50 morts »), folded, English nouns mapped to their
    French counterpart ("40 dead" counts « morts »); '' when there is none."""
    m = re.match(r"\s*(?:de\s+|d['’]|of\s+(?:the\s+)?)?(\w+)", text[pos:])
    if not m:
        return ""
    word = m.group(1).lower()
    if word in stop_words() or word.isdigit() or word in MONTHS:
        return ""
    key = fold(word)
    return _UNIT_KEYS.get(key, key)


# The words that open and join a range of days (« du … au … », « entre le … et le … », "from … to …").
_OPENS = r"\b(?:du|entre(?:\s+le)?|from|between)"
_JOINS = r"(?:au|et(?:\s+le)?|to|and|[-–])"
# « du 8 au 11 juillet », "from 8 to 11 July": the first day of a range, before the full date that closes it.
_RANGE_START = re.compile(rf"{_OPENS}\s+(\d{{1,2}})(?:er|st|nd|rd|th)?\s+{_JOINS}\s*$", re.IGNORECASE)
# « du 27 novembre au 3 décembre »: two full dates, the first opened, the second joined.
_RANGE_OPEN = re.compile(rf"{_OPENS}\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(rf"\s*{_JOINS}\s*", re.IGNORECASE)
_YEAR = 512  # one year in day_number(): more than any month * 32 + day


def day_number(year: int | None, month: int, day: int) -> int:
    """Orderable: year * 512 + month * 32 + day, with year 0 when the text gives none."""
    return (year or 0) * _YEAR + month * 32 + day


def dates(text: str) -> tuple[tuple[int, int, int | None, Span], ...]:
    """Days the sentence names, each as (first, last, year, span) in day_number()s: equal for one day, apart for a
    range (« du 8 au 11 juillet 2025 », "from 27 November to 3 December", « du 27 novembre 2019 au 28 octobre
    2021 »). A range's first day takes the year of its last when it has none."""
    out: list[tuple[int, int, int | None, Span]] = []
    for m in DATE.finditer(text):
        if m.group(1):
            day, month, year = int(m.group(1)), month_number(m.group(2)), m.group(3)
        else:
            if m.group(4) == "may":
                continue  # « may 2 » is the verb, not the month
            day, month, year = int(m.group(5)), month_number(m.group(4)), m.group(6)
        year = int(year) if year else None
        if not 1 <= day <= 31:
            continue
        last = day_number(year, month, day)
        first, start = last, m.start()
        opened = _RANGE_START.search(text, 0, m.start())
        if opened and 1 <= int(opened.group(1)) < day:
            first, start = day_number(year, month, int(opened.group(1))), opened.start()
        elif (
            out
            and _RANGE_JOIN.fullmatch(text, out[-1][3][1], m.start())
            and (word := _RANGE_OPEN.search(text, 0, out[-1][3][0]))
        ):
            previous = out[-1]
            opening = previous[0] if previous[2] else day_number(year, 0, 0) + previous[0] % _YEAR
            if opening <= last:  # « du 28 décembre au 3 janvier 2022 » without the first year stays two dates
                out.pop()
                first, start = opening, word.start()
        out.append((first, last, year, (start, m.end())))
    return tuple(out)


def same_days(a: tuple, b: tuple) -> bool:
    """Two dates() entries share a day. Without a year on either side, month and day alone are compared, and a
    range that runs into another year then covers every day."""
    if a[0] >= _YEAR and b[0] >= _YEAR:
        return a[0] <= b[1] and b[0] <= a[1]
    if a[0] // _YEAR != a[1] // _YEAR or b[0] // _YEAR != b[1] // _YEAR:
        return True
    fa, la, fb, lb = a[0] % _YEAR, a[1] % _YEAR, b[0] % _YEAR, b[1] % _YEAR
    return fa <= lb and fb <= la


@lru_cache(maxsize=65536)
def hedge_spans(text: str) -> tuple[Span, ...]:
    """The hedges and attributions of a sentence, in order: what a quote shows marked (analyse(text) gives the
    same, with every other signal: a report quotes tens of thousands of sentences)."""
    return tuple(sorted(hedges(text) + tuple(m.span() for m in ATTRIBUTION.finditer(text))))


@lru_cache(maxsize=65536)
def analyse(text: str) -> Signals:
    """All signals of one sentence (cached: a sentence meets many partners)."""
    negations = tuple(m.span() for m in NEGATION.finditer(text))
    unconditional = tuple(m.span() for m in UNCONDITIONAL.finditer(text))
    conditional = tuple(m.span() for m in CONDITIONAL.finditer(text) if not _inside(m.span(), unconditional)
                        and not _negated(text, m.span(), negations))  # fmt: skip
    stances = []
    for kind, pattern in STANCE_PATTERNS.items():
        for m in pattern.finditer(text):
            if _inside(m.span(), unconditional):
                continue
            stances.append(Stance(kind, m.span(), _negated(text, m.span(), negations)))
    stances.sort(key=lambda s: s.span)
    date_list = dates(text)
    attributions = tuple(m.span() for m in ATTRIBUTION.finditer(text))
    return Signals(
        text=text,
        negations=negations,
        stances=tuple(stances),
        conditional=conditional,
        unconditional=unconditional,
        numbers=numbers(text, tuple(d[3] for d in date_list)),
        dates=date_list,
        hedges=hedges(text),
        attributions=attributions,
        denials=tuple(m.span() for m in DENIAL.finditer(text) if not _negated(text, m.span(), negations)),
    )


# Facets that can stand on opposite sides of a conflict: used to pair sentences that take opposite positions
# even when their wording is far apart.
OPPOSED_FACETS = OPPOSED | {("conditional", "unconditional")}


def facets(sig: Signals) -> frozenset[str]:
    """The positions a sentence takes: effective stances, and whether it sets or waives conditions."""
    out = set()
    for st in sig.stances:
        kind = NEGATED_STANCE[st.kind] if st.negated else st.kind
        if kind:
            out.add(kind)
        if st.kind == "demand":
            out.add("unconditional" if st.negated else "conditional")
    if sig.conditional:
        out.add("conditional")
    if sig.unconditional:
        out.add("unconditional")
    return frozenset(out)


def window_after(text: str, span: Span, words: int = 25) -> str:
    """The words that follow a trigger inside its clause: what the stance or condition is about."""
    rest = text[span[1] :]
    cut = re.search(r"[.;:!?,]", rest)
    if cut:
        rest = rest[: cut.start()]
    return " ".join(rest.split()[:words])
