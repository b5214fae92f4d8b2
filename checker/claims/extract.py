"""Sentences → Assertion: the atomic claims of each sentence (figures, dates and weekdays, places and directions,
stances), each with its holder, its actor where it has one, and its as-of time.

Claims are read per article (the article's date anchors « mardi » and « hier », and a pronoun holder « il a
ajouté » is the previous sentence's holder), and cached by the article's text, date and sentence split, so an
unchanged article is not read again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from ..reading.signals import ATTRIBUTION, MONTHS, NEGATED_STANCE, analyse, involvements, is_english, stop_words
from ..reading import events, frames, holders, phrases, predicates
from ..reading.parse import Parse, parse_all
from ..records import Article, Assertion, Sentence
from . import actors, counted, figures, gazetteer, names, places, when

VERSION = 1  # cached claims are keyed by it and by the code and data that read them (see _reader_digest)

# How a stance or condition reads as a position of its actor; opposed positions cannot both hold.
POSITIONS = {
    "demand": "demands / sets conditions",
    "conditional": "demands / sets conditions",
    "unconditional": "sets no conditions",
    "tolerate": "tolerates / accepts",
    "refuse": "refuses / rejects",
    "support": "supports",
}
# Whether an actor is behind an act (« X est derrière l'attaque », "X denies any involvement"): claimants disagree.
INVOLVED, NOT_INVOLVED = "behind it", "not behind it"
INVOLVEMENT = "|involved"  # the end of the key of such claims
OPPOSED_POSITIONS = frozenset(
    {
        frozenset({"demands / sets conditions", "sets no conditions"}),
        frozenset({"demands / sets conditions", "tolerates / accepts"}),
        frozenset({"refuses / rejects", "tolerates / accepts"}),
        frozenset({"refuses / rejects", "supports"}),
        frozenset({INVOLVED, NOT_INVOLVED}),
    }
)
# What a stance means as the complement of a refusal (« refuse de tolérer », « s'oppose à soutenir », "refuses to
# accept"; « refuse d'imposer des conditions » sets none); refusing to refuse says nothing sure.
REFUSED = {"tolerate": "refuse", "support": "refuse", "demand": "unconditional"}
_NOMINAL = re.compile(r"^(?:exigence|demande|refus|soutien|condition|ultimatum|rejet|demand|refusal|support)", re.I)
# « les deux pays », "the three suspects": a determiner before a small count names things, it does not count them.
_REFERENCE = re.compile(r"\b(?:les|des|ces|leurs|nos|vos|aux|the|these|those|its|their|both|all)\s+$", re.I)
# …but a whole set said with its size counts it: "all 12 people on the ground floor were able to evacuate", « tous les
# douze passagers ont été évacués » (another page may say 17).
_ALL = re.compile(r"\b(?:all|tou(?:te)?s\s+les)\s+$", re.I)
# A figure's place: « 80 000 manifestants à Paris », "12 dead in Gao" (a capitalised name right after the figure),
# or « À Paris, la CGU a compté 450 000 manifestants », "In Lyon, police counted …" (the place opens the sentence).
_SCOPE_FIRST = re.compile(r"^\s*(?:à|a|en|dans|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?([A-ZÀ-Ý][\w'’\-]+)\s*,", re.I)
_SCOPE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:à|au|en|dans|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?([A-ZÀ-Ý][\w'’\-]+)")


def parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _as_of(text: str, reference: dt.date | None, earliest: bool = False, found=None) -> str | None:
    day, hour = when.as_of(text, reference, earliest, found)
    if day is None:
        return None
    return f"{day}T{min(int(hour), 23):02d}" if hour is not None else day  # midnight closes its day: 23h


_ZERO = re.compile(r"\b(?:aucune?|nul(?:le)?|pas\s+un(?:e)?)\b(?=\s+(?!(?:de|des|du|d['’])(?:\s|\b))\w)", re.I)
# « aucun soldat » counts 0; « aucun de ses coprévenus », « aucun des huit » name no count: none of a set
# A number naming a set a word picks from (« aucune des 17 personnes », « l'un des 40 otages », "none of the 17
# people", "each of the 30 victims"): the set was counted elsewhere, this is no count, whatever its size.
_SET_REFERENCE = re.compile(r"\b(?:aucune?|chacune?|l['’]une?|none|each|one|any|either|neither)\s+"
                            r"(?:des|d['’]entre\s+les|of\s+(?:the|these|those|its|their|his|her))\s+$", re.I)
_LENGTHS = frozenset({"km", "ha", "t"})  # lengths, areas, weights: « les 12 mètres » measures, counts nothing
_GMT = re.compile(r"[\s(,]*(?:heure\s+)?(?:GMT|UTC|TU)\b")  # right after the time: « 13h30 GMT », "0809 UTC", "(GMT)"
# A clock named after an hour that is not the place's own: « heure de Paris », « heure française », "UK time", "CET".
_OTHER_ZONE = re.compile(r"\s*[(,]?\s*(?:(?:du\s+(?:matin|soir)\s+)?(?:(?:à|en)\s+(?:l['’])?)?heure\s+(?:de\s+|d['’])?"
                         r"(?P<fr>(?!locale)[A-ZÀ-Ýa-zé][\w-]+)"  # (« 3h du matin en heure française »)
                         r"|(?P<en>(?!local)[A-Z][\w-]+)\s+time\b|\(?(?P<abbr>CET|CEST|BST|EDT|EST|PDT|PST|WAT|CAT|EAT)\b"
                         r"|(?:à|en|in)\s+(?P<at>[A-ZÀ-Ý][\w-]+)\s*\)"  # « (10h09 à Paris) », « (2h17 en Algérie) »
                         r"|(?P<code>[A-Z]{2,4})\s*\))")  # « (22h30 HB) »: a zone's code, whichever it is
_CAPITALISED = re.compile(r"\b([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)*)")
WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# The dead among people the sentence does not count (« la mort de sept d'entre eux », "7 of them died"): all the
# dead the sentence tells, the people they are of are counted elsewhere.
_OF_THEM_PRONOUN = re.compile(r"\s*(?:d['’]\s*entre\s+(?:eux|elles)|of\s+them)\b", re.I)
# Counted things one toll calls by several names: « 40 victimes » is a toll of the dead.
_GENERIC_BASES = frozenset({"people", "inhabitants", ""})
_SAME_BASE = {"victims": "dead", "corps": "dead", "bodies": "dead", "cadavr": "dead", "corpse": "dead"}
# What happened to people, counted: a count of one of these that is a part of a count of another kind of people (the
# hospitalised, those aboard) is all of its own kind the page gives.
_OUTCOMES = frozenset({"dead", "injured", "missing", "survivors", "rescued", "custody"})
_BEFALLEN = _OUTCOMES | {"displaced", "arrested", "trapped", "kidnapped"}  # what only befalls people (and animals)
_PEOPLE_WHOLES = frozenset({"people", "inhabitants", "dead", "injured", "missing", "survivors", "rescued", "passengers",
                            "displaced", "evacuated", "arrested", "demonstrators"})


def _zeros(text: str) -> str:
    """« aucun soldat » read as « 00000 soldat »: the same length, so spans stay true."""
    low = figures.flat(text)  # (the same length as the text: offsets carry over)
    return _ZERO.sub(lambda m: m.group() if figures.none_of_some(low, m.end()) else "0" * len(m.group()), text)


# Capitalised words that name a time, never a place: weekdays, months, clocks.
_NOT_PLACES = frozenset(figures.WEEKDAY_WORDS.split("|")) | frozenset(MONTHS) | {"gmt", "utc", "cet", "cest", "bst"}


def _located(text: str, before: int, speaker: tuple[int, int] | None = None) -> list[str]:
    """The named places a location statement is about: the last capitalised name of the nearest clause before it
    that names any, with the names listed with it (« les villages de Tiembara et de Sonkoro, dans la région de … »),
    function words aside. Not who states it (`speaker`: the holder's span; « selon l'USGS », "USGS said"): « l'US
    Geological Survey (USGS) a indiqué que l'épicentre se trouvait à 18 km au sud de Hualien » names no place
    located, and "a black SUV crashed into the market in central Magdeburg, 140km southwest of Berlin" places
    Magdeburg, not the SUV."""
    if speaker:
        aside = re.match(r"\s*\([^()]{1,16}\)", text[speaker[1] :])  # « l'US Geological Survey (USGS) »
        speaker = (speaker[0], speaker[1] + aside.end()) if aside else speaker
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[;:.!?]\s|,\s(?!et\b|and\b)", text[:before])]
    ends = [before] + [start for start, _ in reversed(bounds)]
    starts = [end for _, end in reversed(bounds)] + [0]
    for start, end in zip(starts, ends):
        found: list[tuple[int, int, str]] = []
        for m in _CAPITALISED.finditer(text, start, end):
            if speaker and speaker[0] <= m.start(1) < speaker[1] or _SOURCE_BEFORE.search(text, max(0, m.start() - 16),
                                                                                          m.start()):
                continue  # who says it, not what is placed
            words = [w for w in (re.sub(r"^[LlDd]['’]", "", w) for w in m.group(1).split())
                     if w[:1].isupper() and w.lower() not in stop_words()  # « L'épicentre » is no name
                     and w.lower() not in _NOT_PLACES]  # "On Thursday, …", « 06h30 GMT »: a time, not a place
            if words:
                found.append((m.start(1), m.end(1), " ".join(words)))
        names = [name for _, _, name in found[-1:]]
        for (_, end_before, name), (start_next, _, _) in zip(reversed(found[:-1]), reversed(found[1:])):
            if not _LISTED_NAMES.fullmatch(text, end_before, start_next):
                break
            names.insert(0, name)  # « Tiembara et de Sonkoro »: both placed
        names += ["#" + m.group().lower() for m in places.CODE.finditer(text, start, end)]  # « le clade 1b, dans l'est »
        if names:
            return names
    return []


_LISTED_NAMES = re.compile(r"\s*(?:,|et|and|&)\s*(?:de\s+|d['’]|du\s+|the\s+|of\s+)?", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:selon|d['’]après|according\s+to)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$", re.I)


def _tree_holder(found: frames.Frame, previous: actors.Who | None,
                 here: actors.Who | None = None) -> tuple[actors.Who | None, bool]:
    """The holder a frame names, as a Who (the previous holder for a pronoun or a word that points back), and
    whether it is named in this sentence. A pronoun after a speaker this sentence names (`here`) is that speaker:
    « Maduro told supporters at a rally, where he said some 2,000 people had been detained »."""
    if not found.holder:
        return None, False
    if found.holder.strip().lower() in _PRONOUN_HOLDERS:
        if here is not None and found.holder_span and here.span[1] <= found.holder_span[0]:
            return here, False
        return previous, False
    who = actors.who(found.holder, found.holder_span[0] if found.holder_span else 0)
    if who is not None and who.key == actors.ANAPHOR:
        if previous is None and _GROUP_HOLDER.match(found.holder):  # "The rebels claimed …" with no one named before:
            return actors.Who(actors.fold(found.holder), found.holder, who.span), True  # the rebels, as the text says
        return previous, False
    return who, who is not None


# A word pointing back that still names someone when nothing came before it (not « le bilan », « le communiqué »).
_GROUP_HOLDER = re.compile(r"(?:(?:le|la|les|l['’]|the)\s*)?(?:rebels|rebelles|rébellion|mouvement|movement|groupe|group|"
                           r"coalition|collectif)$", re.I)


def speaks(name: str) -> bool:
    """Whether a holder read from the words can be someone: not a verb, a pronoun or a clause word the patterns
    took for a subject (« a renchéri », « ces derniers », "has", « il va falloir … », « Suite »)."""
    words = re.findall(r"[\w’'-]+", name.lower())
    if len(words) > 1 and words[0] == "a" and not re.search(r"(?:é|ée|és|ées|i|u|it|is|us)$", words[1]):
        return True  # "a police spokesman", "A Red Cross official": the English article, not French « a » of
        # « a renchéri », « a souligné », « a dit » (a past participle follows it)
    return bool(words) and words[0] not in _NOT_A_SPEAKER and actors.names_someone(name)


_NOT_A_SPEAKER = frozenset("""a ont avait avaient est sont était étaient sera va vont has have had is are was were will
    would il elle ils elles on ce ces cet cette ceci cela ça qui que quoi dont où suite adressant and et mais but or ou
    who whose which that this these those it its control""".split())


# A holder named after a verb of passing on (« …, ont rapporté les agences », "…, Reuters reported"): a reporter.
_RELAYED = re.compile(r"\b(?:rapport\w*|relay\w*|relai\w*|repris|reported|relayed|quoted|cited)\s+(?:par\s+|by\s+)?"
                      r"(?:les?\s+|la\s+|l['’]\s*|the\s+)?$", re.I)
_PRONOUN_HOLDERS = frozenset("il elle ils elles he she they it we nous".split())


_NAME_WORDS = r"[A-ZÀ-Ý][\w'’]+(?:[ -][A-ZÀ-Ý][\w'’]+)*"
# Two people named, then their two ages in the same order: « Anna Kessel et Marc Lorain, âgés de 85 et 81 ans »,
# « le couple Jacques et Anne-Marie, respectivement âgés de 72 et 74 ans », « Marc et Lise, 82 et 86 ans », "Jack
# and Anne-Marie, aged 74 and 72".
_RESPECTIVELY = r"(?:(?:respectivement|respectively)\s+)?"
_AGE_PAIR = re.compile(rf"(?P<a>{_NAME_WORDS})\s+(?:et|and)\s+(?:de\s+|d['’])?(?P<b>{_NAME_WORDS})\s*,\s*"
                       rf"(?:{_RESPECTIVELY}(?:âgée?s|aged)\s+{_RESPECTIVELY}(?:de\s+)?)?"
                       r"(?P<x>\d{1,3})\s+(?:et|and)\s+(?P<y>\d{1,3})\s+(?:ans|years)\b")


def _ages_listed(text: str) -> dict[int, str]:
    """Where each age of a pair of people named then aged in order starts, and whose it is (their last name)."""
    out = {}
    for m in _AGE_PAIR.finditer(text):
        out[m.start("x")] = m.group("a").split()[-1]
        out[m.start("y")] = m.group("b").split()[-1]
    return out


def _side_key(side: str) -> str:
    if not side:
        return ""
    who = actors.who(side)
    return who.key if who is not None and who.key != actors.ANAPHOR else actors.fold(side)


def sentence_claims(
    sentence: Sentence,
    reference: dt.date | None,
    previous: actors.Who | None,
    tree: Parse | None = None,
    window: tuple[dt.date, dt.date] | None = None,
    earliest: bool = False,
    week: dt.date | None = None,
) -> tuple[list[Assertion], actors.Who | None]:
    """The claims of one sentence, and the holder the next sentence's « il a ajouté » or « le mouvement »
    points back to. With the sentence's parse, each claim's holder, side, scope and event are read from the tree
    (reading.frames, reading.holders); without one, the holder is read by attribution patterns and the qualifiers
    stay unknown."""
    text = sentence.text
    holder = actors.holder(text)
    said = holder if holder is not None and holder.key != actors.ANAPHOR else None  # named in this sentence
    if holder is not None and holder.key == actors.ANAPHOR:
        holder = previous
    elif holder is None and previous is not None and re.match(
        r"\s*(?:il|elle|ils|elles|he|she|they)\s+\w+", text, re.I
    ):
        holder = previous
    hedged = bool(analyse(text).hedges)  # analyse is cached: the stances below read it too
    # earliest: the reference is an undated page's lower bound; week: the day its weekdays alone are read back from
    mentions = when.mentions(text, reference, earliest, week)
    as_of = _as_of(text, reference, earliest, mentions)  # the first day it names: what an event is holds on its day
    timed = any(w.kind in ("date", "weekday", "time", "relative") for w in mentions)
    recalled = ""  # the sentence is about an earlier event the story recalls (« le séisme de 1999 »)
    if window is not None and timed and as_of and parse_day(as_of) and not window[0] <= parse_day(as_of) <= window[1]:
        recalled = f"recalled {as_of[:4]}"
    # a day that only dates an event a noun names (« le bilan de l'attaque survenue la semaine dernière ») is not
    # when the sentence's counts hold: they hold as of the sentence's other days, or the page's
    statement_days = tuple(w for w in mentions if not _SINCE.search(text, 0, w.span[0]) and (
        tree is None or not events.day_of_another_noun(tree, w.span)))  # fmt: skip
    counts_as_of = as_of
    if not recalled and len(statement_days) < len(mentions):
        counts_as_of = _as_of(text, reference, earliest, statement_days)
    common = dict(sentence=sentence.index, holder=holder.name if holder and speaks(holder.name) else None, as_of=as_of,
                  timed=timed, hedged=hedged)  # fmt: skip
    # (a bare small number: the tree may say what it counts); `listed`: the counts that go on a list the one before
    # opens, each with that one's span
    found_figures, listed = _listed(_old_values(
        [counted.gathered(counted.on_tree(f, tree), tree, text)
         for f in figures.figures(_zeros(text), bare=tree is not None) if not counted.in_a_name(f, tree)], text), text)
    value_spans = [f.span for f in found_figures]
    # the old value of a count whose new value the sentence tells too
    olds = [f for f in found_figures if f.old and any(g.concept == f.concept and g.span != f.span for g in found_figures)]
    earlier = {f.span for f in olds}
    stage = frames.stage_of(text) if found_figures else ""
    # the new value of a count whose old one the sentence gives is the later (« passé de 10 à 15 », "up from 136"),
    # or, lower than the old, the count revised down (« ramené à 38, contre 39 précédemment »)
    changed = {f.span: "revised" if any(g.low > f.high for g in olds if g.concept == f.concept) else "late"
               for f in found_figures if f.span not in earlier and any(g.concept == f.concept for g in olds)}
    flat_text = figures.flat(text)  # (read once for the figures' terms below: offsets carry over)
    last_holder = holder

    def framed(span: tuple[int, int]) -> tuple[dict, frames.Frame]:
        """The common fields with this value's own holder, and its frame."""
        nonlocal last_holder
        found = frames.frame(tree, text, span, value_spans)
        if tree is None:
            return common, found
        who, named = _tree_holder(found, previous, said)
        if who is None and not found.holder and holder is not None and holder is not said:
            who = holder  # « Il a ajouté … »: no holder in the tree, the sentence opens with a pronoun
        if named:
            last_holder = who
        return {**common, "holder": who.name if who is not None and speaks(who.name) else None}, found

    out: list[Assertion] = []
    days_back: list[tuple[figures.Figure, tuple[dt.date, str]]] = []  # « incarcéré depuis vingt jours »: a day
    said_of: dict[str, tuple[str, str]] = {}  # per concept, what the last value naming its noun counts (see below)
    wholes: dict[str, str] = {}  # per base, the last whole count of the sentence: what its parts are parts of
    before: tuple[tuple[int, int], str] | None = None  # the last figure read and its scope
    ages: dict[int, str] | None = None  # per sentence, the ages of people named then aged in order (_ages_listed)
    for f in found_figures:
        if tree is None and said is not None and said.span[0] <= f.span[0] < said.span[1]:
            continue  # « une mère de quatre enfants, a témoigné » describes who speaks
        referred = _REFERENCE.search(text[: f.span[0]]) and not _ALL.search(text[: f.span[0]]) and f.low == f.high \
            and f.low <= 12 and f.unit not in _LENGTHS \
            and "-" not in text[f.span[0] : f.span[1]]  # ("the five-story building" says how high, it points to no set)
        none_of = figures.NONE_BEFORE.search(text[max(0, f.span[0] - 60) : f.span[0]])
        if (referred or _SET_REFERENCE.search(text[: f.span[0]])) and not none_of:
            continue  # « les deux pays », "the three suspects", « aucune des 17 personnes »: things counted elsewhere
            # ("the 20-foot boat", « les 300 hectares » are measures, not a set counted elsewhere)
        own, found = framed(f.span)
        if tree is not None and found.holder_span and found.holder_span[0] <= f.span[0] < found.holder_span[1]:
            continue  # the figure describes who speaks
        scope = ""
        if tree is not None:  # « dont 250 000 à Paris » is the Paris count; « dont 1 404 » a part of the count
            scope = actors.fold(found.scope) or ("part" if found.part else "")
        else:
            m = _SCOPE.match(text[f.span[1] :]) or _SCOPE_FIRST.match(text[: f.span[0]])
            if m:
                scope = actors.fold(m.group(1))
        if not scope and before is not None and listed.get(f.span) == before[0]:
            scope = before[1]  # « 16 000 à Paris selon la police, 25 000 selon la CGT »: the Paris count both
        before = (f.span, scope)
        if _ADDED.match(text, f.span[0], f.span[1]) or _ADDED_AFTER.match(text, f.span[0], f.span[1] + 16) or (
                _MORE_FOUND.match(text, f.span[0], min(len(text), f.span[1] + 60))):
            scope = ADDED  # « 10 nouveaux blessés », "1,000 new cases": what the count grew by, not the count
        base, _, whose = f.concept.partition(":")
        base = _SAME_BASE.get(base, base)
        if base in ("duration", "age") and ages is None:
            ages = _ages_listed(text)  # (read once per sentence, only where a figure counts years)
        if base == "duration" and f.unit == "years" and f.span[0] in ages:
            base, f = "age", replace(f, concept="age")  # « Marc et Lise, 82 et 86 ans »: their ages, not how long
        if base == "age":  # an age is compared only with the same person's: whose it is must be read
            scope = ""  # (« une agricultrice de 35 ans a été tuée dans l'Ariège »: where she died, not whose age)
            token = phrases.value_token(tree, f.span) if tree is not None else None
            bearer = ages.get(f.span[0]) or (predicates.bearer_of(tree, token, text) if token is not None
                                                           else "")  # fmt: skip
            if not bearer:
                continue
            found = replace(found, side=bearer)
        if found.predicate and (none_of and none_of.group("of") or figures.NONE_AFTER.match(flat_text, f.span[1])):
            found = replace(found, predicate="")  # « des 22 membres d'équipage, aucun n'a été blessé »: the crew
            # (« aucun survivant parmi les 40 personnes à bord »: the whole's own predicate, kept)
        if found.predicate and base in _GENERIC_BASES:
            base = found.predicate  # « 806 000 personnes ont manifesté » counts demonstrators
        elif found.predicate and found.predicate not in ("demonstrators", base) and base in figures.WHO and not whose:
            base, whose = found.predicate, base  # « 315 policiers ou gendarmes ont été blessés »: injured, police
        elif found.predicate in _BEFALLEN and f.noun and not f.unit and base not in figures.KNOWN:
            base, whose = found.predicate, ""  # « ont sauvé 75 alpinistes », "saved 75 climbers": a noun the lexicon
            # does not know, what the verb says happened to them is what is counted
        elif not f.noun and f.concept in said_of and not found.predicate:
            base, whose = said_of[f.concept]  # « la mort de cinq personnes en Autriche, sept en Pologne »: dead too
        if f.noun:
            said_of[f.concept] = (base, whose)
        side = _side_key(found.side)
        event = recalled or found.event or (_event_day(mentions, text, f.span, value_spans) if base in _EVENT_COUNTS else "")
        if not event and (f.unit in _MONEY_OR_SHARE or base == "percent" or base.startswith("rate:")):
            event = _year_of(text, f.span, value_spans, reference)  # « 5,4 % en 2025 » and « 4,6 % en 2026 »
        elif not event and base not in ("duration", "age"):  # (a person's age now, whatever year the sentence names)
            # « 3,8 millions de voix en 2011 », « lors de la présentation de 2019, 50 000 fans »: a count of another
            # year than the story's is another occasion's (the story's own year names nothing apart)
            year = _year_of(text, f.span, value_spans, reference)
            years = range(window[0].year, window[1].year + 1) if window else [reference.year] if reference else []
            if year.isdigit() and years and int(year) not in years:
                event = year
        terms = _money_terms(text, f.span, value_spans) if f.unit in _MONEY else ""  # « net », "gross"
        if tree is not None and holders.requested(tree, phrases.value_token(tree, f.span)):
            terms = "|".join(x for x in (terms, "asked") if x)  # « le parquet avait requis 300 000 euros »
        if _EXPECTED.match(flat_text, f.span[1]):
            terms = "|".join(x for x in (terms, "expected") if x)  # « 85 000 spectateurs attendus »: not yet there
        since = _offset(text, f.span, tree) if base == "duration" else ""
        if since:  # « quatre jours après le crash », "11 days later": the time between two events, not a thing's length
            terms = "|".join(x for x in (terms, f"since={since}") if x)
            started = _days_back(text, f, reference if not earliest else None, tree)
            if started is not None:
                days_back.append((f, started))
        length_of = _length_of(f.span, tree) if base == "duration" and not since else ""
        if base == "distance":
            length_of = _dimension(flat_text, f.span)  # « 300 m de long » and « 48 m de large »: two measures
        of_them = base == "dead" and not wholes and _OF_THEM_PRONOUN.match(text, f.span[1])  # (« neuf d'entre eux
        # sont dans un état grave »: a part of the injured the page counted before)
        if scope == "part" and base in _OUTCOMES and base not in wholes and (set(wholes) & _PEOPLE_WHOLES or of_them):
            scope = ""  # "90 people were taken to hospital, of whom 30 died", « parmi les 242 personnes à bord, une
            # seule a survécu »: a part of another count, but the whole of its own kind as far as the page tells
        if scope == "part" and base in wholes:
            length_of = f"part of {wholes[base]}"  # « 59 morts, dont 12 enfants »: a part of that 59, not of 94
        elif not scope:
            wholes[base] = f.value
        if base in ("fois", "times"):  # « a remporté six fois le championnat », « 15 fois champion »: how often what
            terms = "|".join(x for x in (terms, f"of={_anchor(f.span, tree)}") if x)
        fine = f.unit in _MONEY and _FINE.search(flat_text, max(0, f.span[0] - 40), min(len(text), f.span[1] + 25))
        if (base == "duration" and _PENALTY.search(text) or fine) and tree is not None and "asked" not in terms:
            # « X a écopé de six ans de prison, tandis que Y a été condamné à deux ans »: whose sentence it is
            side = side or actors.fold(frames.clause_subject(tree, phrases.value_token(tree, f.span)))
        qualifiers = "|".join(x for x in (f"side={side}" if side else "", f"event={event}" if event else "", terms) if x)
        out.append(
            Assertion(
                what="figure",
                key="|".join(("figure", base, f.unit, scope)) + (f"|{qualifiers}" if qualifiers else ""),
                subject=(f.noun or f.concept) + (f" ({found.scope or scope})" if scope and scope != "part" else ""),
                value=f.value,
                span=f.span,
                low=f.low,
                whose=whose,
                high=f.high,
                counted=f.noun or f.concept,
                stage="early" if f.span in earlier else changed.get(f.span, stage),
                side=found.side,
                scope=scope,
                part=bool(tree is not None and found.part),
                event=event,
                reporter=found.reporter or None,
                denied=found.denied,
                about=(length_of,) if length_of else (),  # a duration: what it is the length of; a part: of what
                # whole (points.relation compares neither with one of another thing)
                **(own if base in _NOT_COUNTS else {**own, "as_of": counts_as_of}),
            )
        )
    for f, (day, word) in days_back:  # the day N days before the page's: the day the event happened or began
        own, found = framed(f.span)
        first, last = day - dt.timedelta(days=1), day + dt.timedelta(days=1)  # « depuis vingt jours » counts loosely
        out.append(Assertion(what="date", key="date", subject="date", value=f"{first.isoformat()}..{last.isoformat()}",
                             span=f.span, low=float(first.toordinal()), high=float(last.toordinal()), counted=word,
                             reporter=found.reporter or None, **own))  # fmt: skip
    def clock_time(hour: float, span: tuple[int, int], hours: tuple[float, float] | None = None) -> None:
        """The hour the text states (« à 13h39 », "at 1:38 p.m."), alone or joined to its day; `hours` the interval
        its words allow (« vers 14 h », « entre 1 h et 2 h »), its bounds the claim's low and high."""
        zone = " UTC" if _GMT.match(text, span[1]) else ""  # « 13h30 GMT »; not « 13h30 (05h30 GMT) »: the other's
        other = _OTHER_ZONE.match(text, span[1])
        if other and not zone:  # « 10h09 heure de Paris », "5:09 a.m. UK time": another clock than the event's
            zone = " " + actors.fold(other.group("fr") or other.group("en") or other.group("abbr") or other.group("at")
                                     or other.group("code"))
        def clock(h: float) -> str:
            return f"{int(h) % 24:02d}:{round((h % 1) * 60):02d}"

        low, high = hours or (hour, hour)
        if hours and low < hour < high and abs((hour - low) - (high - hour)) < 1e-9:
            value = f"≈ {clock(hour)}{zone}"  # « vers 14 h »
        elif hours:
            value = f"{clock(low)}–{clock(high)}{zone}"  # « entre 1 h et 2 h », « peu avant minuit »
        else:
            value = f"{clock(hour)}{zone}"
        own, found = framed(span)
        word = events.dated_word(tree, span, hour=True) if tree is not None else ""
        event = events.event_word(word)  # the hour of a statement is never compared with an event's
        if event and event != "said":  # the hour of one kind of event (a departure, a start): the key names it,
            named = [m.first for m in mentions if m.kind == "date" and m.first and len(m.first) == 10]
            event = f"#{event}" + (f"@{named[0]}" if named else "")  # on the day the sentence names, if any
        key = "|".join(x for x in ("time", event, f"zone={zone.strip()}" if zone and zone != " UTC" else "") if x)
        out.append(Assertion(what="time", key=key, subject="time of day",
                             value=value, span=span, low=low, high=high, counted=word or "time of day",
                             event=event, reporter=found.reporter or None, **own))  # fmt: skip

    for w in mentions:
        if w.kind == "time" and w.vague:
            continue  # « en début d'après-midi » places a count in the day; it is not a time the text states
        if w.kind == "time" and w.hour is not None:
            clock_time(w.hour, w.span, w.hours)
            continue
        if w.clock is not None and w.hour is not None:
            clock_time(w.hour, w.clock, w.hours)  # « jeudi à 13h39 »: the day is one claim, its hour another
        if w.kind not in ("date", "weekday") or not (w.first or w.weekday is not None):
            continue
        if w.first and w.first.startswith("--") and window is not None:
            # « le 24 octobre » on a page without its day: the one 24 October of the story's span, if one
            first_placed = _in_window(w.first, w.weekday, window)
            last_placed = _in_window(w.last, None, window) if w.last and w.last != w.first else first_placed
            if first_placed and last_placed and last_placed >= first_placed:
                w = replace(w, first=first_placed, last=last_placed)
        if (not w.first or w.first.startswith("--")) and w.weekday is None:
            continue  # a day that cannot be placed on the calendar and names no weekday
        day_word = events.dated_word(tree, w.span) if tree is not None else ""
        if said is not None and w.span[1] <= said.span[0] and w.span[0] < 40 and not _RELAYED.search(
                text[: said.span[0]]) and day_word not in events.DAY_EVENT_OF:
            continue  # « Mercredi matin, la protection civile faisait état de … »: when it was said, not a claim
            # (« À l'issue du vote vendredi 5 juillet, … a annoncé »: the day of the vote, an event's day, is one)
            # (« X a annoncé dimanche …, ont rapporté les agences »: the agencies only pass it on; the day is X's)
        placed = bool(w.first) and not w.first.startswith("--")
        value = (w.first if w.first == w.last or not w.last else f"{w.first}..{w.last}") if w.first else ""
        if w.weekday is not None:
            # « dans la nuit de mardi à mercredi »: the night runs into the next day, and either day may be named
            days = WEEKDAY_NAMES[w.weekday] + (f"–{WEEKDAY_NAMES[(w.weekday + 1) % 7]}" if w.night else "")
            value = f"{value or ''} ({days})".strip()
        first, last = (parse_day(w.first), parse_day(w.last or w.first)) if placed else (None, None)
        own, found = framed(w.span)
        day_event = events.DAY_EVENT_OF.get(day_word, "")  # the day of the verdict, of the crash: one thing
        outside = window is not None and first is not None and not window[0] <= first <= window[1]
        out.append(
            Assertion(
                what="date",
                key="date|recalled" if outside else f"date|#{day_event}" if day_event else "date",  # RECALLED_DATE: no item
                subject="date",
                value=value,
                span=w.span,
                low=float(first.toordinal()) if first else None,
                high=float(last.toordinal()) if last else None,
                counted=day_word or "date",
                about=events.dated_things(tree, w.span) if tree is not None else (),
                event="recalled" if outside else "",
                reporter=found.reporter or None,
                weekday_only=w.kind == "weekday" and placed,
                **own,
            )
        )
    for word, year, span in _inception_years(text):
        own, _ = framed(span)
        out.append(Assertion(what="date", key="date|inception", subject=f"year of {word}", value=str(year), span=span,
                             low=float(dt.date(year, 1, 1).toordinal()), high=float(dt.date(year, 12, 31).toordinal()),
                             counted=word, event="inception", **own))  # fmt: skip
    for lat in places.laterals(text):
        own, _ = framed(lat.span)
        out.append(Assertion(what="place", key=f"lateral|#{lat.thing}", subject=f"side of {lat.thing}", value=lat.way,
                             span=lat.span, counted=f"side of {lat.thing}", **own))  # fmt: skip
    for r in places.routes(text):
        where = gazetteer.resolve(r.place)  # « Londres » and "London" are one place
        own, _ = framed(r.span)
        out.append(Assertion(what="place", key=f"route|{where.key if where else actors.fold(r.place)}",
                             subject=f"journey from or to {r.place}", value=r.way, span=r.span,
                             counted=f"journey {r.way} {r.place}", **own))  # fmt: skip
    # a place in a sentence about another year than the story's (« en 2010, un avion s'était écrasé dans le sud de
    # l'Inde ») is the place of that year's event
    years = range(window[0].year, window[1].year + 1) if window else [reference.year] if reference else []
    elsewhen = recalled or next((f"recalled {m.group(2)}" for m in _YEAR_OF.finditer(text)
                                 if years and int(m.group(2)) not in years and not _TARGET.match(m.group(1))), "")
    for n in names.names(text):  # what the story's club, village or river is called, in the sentence's year
        own, _ = framed(n.span)
        out.append(Assertion(what="name", key=f"name|{n.kind}" + (f"|{elsewhen}" if elsewhen else ""),
                             subject=f"name of the {n.kind}", value=n.name, span=n.span, counted=f"name of the {n.kind}",
                             about=(n.given,) if n.given else (), **own))  # fmt: skip
    for p in places.places(text):
        own, found = framed(p.span)
        located = [name for name in _located(text, p.span[0], found.holder_span)
                   if actors.fold(name) != actors.fold(p.region or p.anchor or "")]
        if p.region:
            for name in located:
                out.append(Assertion(what="place", key=f"region|{actors.fold(name)}", subject=f"region of {name}",
                                     value=p.region, span=p.span, counted=f"region of {name}", **own))  # fmt: skip
            continue
        if p.anchor and (p.direction or p.distance_km):
            for name in located or [""]:
                anchor, thing, direction = actors.fold(p.anchor), actors.fold(name), p.direction or ""
                seen_from = p.anchor
                if thing and not name.startswith("#") and thing < anchor:  # one order for two places: Vinhedo north-west
                    anchor, thing, direction = thing, anchor, places.opposite(direction)  # of São Paulo is it south-east
                    seen_from = name
                value = " ".join(x for x in ((f"{p.distance_km:g} km" if p.distance_km else ""), direction) if x)
                thing = f"|#{thing}" if name.startswith("#") else f"|{thing}" if thing else ""
                out.append(
                    Assertion(what="place", key=f"place|{anchor}{thing}" + (f"|{elsewhen}" if elsewhen else ""),
                              subject=f"position from {seen_from}", value=value, span=p.span, low=p.distance_km,
                              high=p.distance_km, counted=f"position from {seen_from}", **own)  # fmt: skip
                )
    out.extend(_stances(text, common, tree))
    out.extend(_involvements(text, common))
    nxt = last_holder if tree is not None else holder
    return out, nxt if nxt is not None else previous


# Counts of people taking part in one occasion (a day of protests, a vote): a day the sentence names is which
# occasion it counts, not when the count was given; tolls and case counts are cumulative: their day is as-of.
_EVENT_COUNTS = frozenset({"demonstrators", "votes", "voters", "turnout"})


# The year a thing came into being or use (« depuis son entrée en service en 2011 », "since its commercial debut in
# 2009", « fondée en 1998 »): history a story recalls, but one fact two outlets can state differently.
_INCEPTION = re.compile(
    r"\b(?P<word>(?:mise|entree)\s+en\s+(?:service|circulation|exploitation)|debut\s+commercial|lancement|fondation|"
    r"creation|inauguration|premier\s+vol|(?:commercial\s+)?debut|entry\s+into\s+service|entered\s+(?:commercial\s+)?"
    r"service|introduction|launch|founding|maiden\s+flight|first\s+flight|(?:fondee?|creee?|lancee?|inauguree?|founded|"
    r"launched|introduced|inaugurated|established)s?)\b(?P<gap>[^.;:!?\d]{0,60}?)\b(?:en|in|depuis|since)\s+"
    r"(?P<year>(?:19|20)\d{2})\b")


def _inception_years(text: str) -> list[tuple[str, int, tuple[int, int]]]:
    """(word, year, span of the year) for each year a sentence gives to a beginning (see _INCEPTION)."""
    low = figures.flat(text)
    if not re.search(r"(?:19|20)\d{2}", low):
        return []
    out = []
    for m in _INCEPTION.finditer(low):
        if re.search(r"\b(?:et|and|puis|then|mais|but|qui|which|who)\b", m.group("gap")):
            continue  # another clause between the beginning and the year
        out.append((text[m.start("word") : m.end("word")], int(m.group("year")), (m.start("year"), m.end("year"))))
    return out


# Between two counts of one list: places, claimants, commas or « et » (« 25 000 à Paris, 10 000 à Marseille et
# 6 000 à Lyon », « 16 000 selon la police, 25 000 selon la CGT »), nothing that says what the next one counts.
_LIST_WORDS = frozenset("""à a au aux en in at pour for et and aussi also puis then la le les l' l’ the""".split())
_GAP_WORD = re.compile(r"[^\W\d_]+['’]?|[,;]|\S", re.U)
_GAP_CLAIMANT = re.compile(r"\b(?:selon|d['’]apr[eè]s|according\s+to)\s+[^,;\d]{1,40}?(?=\s*(?:[,;]|\bet\b|\band\b|$))", re.I)


def _list_gap(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] only joins two counts of one list (see _LIST_WORDS): short, with no number, each word
    a joining word or a capitalised name."""
    gap = text[start:end]
    if not gap.strip() or len(gap) > 45:
        return False
    words = _GAP_WORD.findall(_GAP_CLAIMANT.sub(" ", gap))
    return all(w in ",;" or w.lower() in _LIST_WORDS or w[:1].isupper() and w[:1].isalpha() for w in words)


def _listed(found: list[figures.Figure], text: str
            ) -> tuple[list[figures.Figure], dict[tuple[int, int], tuple[int, int]]]:
    """The figures that count something: those the words or the tree say, and a bare number that continues a list
    of counts the one before it opens, read as counting the same (« les manifestants étaient 25 000 à Paris,
    10 000 à Marseille »: demonstrators both). With them, per figure that names no noun of its own and follows
    another of its concept across a list's gap, that other's span: where a place the later one does not name is
    the earlier one's."""
    out: list[figures.Figure] = []
    follows: dict[tuple[int, int], tuple[int, int]] = {}
    right_after = False  # whether the figure kept last is the one right before (none that counts nothing between)
    for f in found:
        kept = out[-1] if out else None
        joined = kept is not None and _list_gap(text, kept.span[1], f.span[0])
        if joined and right_after and not f.concept and f.unit == "":
            f = replace(f, concept=kept.concept, noun=kept.noun, unit=kept.unit)
        right_after = bool(f.concept)
        if not f.concept:
            continue
        if joined and f.concept == kept.concept and not (f.noun and f.noun != kept.noun):
            follows[f.span] = kept.span
        out.append(f)
    return out, follows


# Sums and shares are stated for a year (a budget, a deficit, growth): « 5,4 % en 2025 », « 3 % d'ici 2029 », "the
# 2026 budget by €43.8 billion" is not. The year they are for is which thing they are.
_MONEY_OR_SHARE = frozenset({"%", "€", "$", "£"})
_YEAR_OF = re.compile(r"\b(en|pour|in|for|d['’]ici(?:\s+(?:à|a|fin))?|by|à\s+l['’]horizon(?:\s+de)?|datant\s+de|"
                      r"dating\s+(?:back\s+)?(?:from|to))\s+((?:19|20)\d{2})\b", re.I)  # (« le record de 4,76 m datant de 1941 »)
_TARGET = re.compile(r"d['’]ici|by|horizon", re.I)


_YEAR_SAID = re.compile(r"\b(?:(cette\s+année|this\s+year|cette\s+année-ci)|(l['’]an\s+prochain|l['’]année\s+prochaine|"
                        r"next\s+year)|(l['’]an\s+dernier|l['’]an\s+passé|l['’]année\s+dernière|l['’]année\s+passée|"
                        r"last\s+year))\b", re.I)  # fmt: skip


_MONEY = frozenset({"€", "$", "£", "FCFA"})
# A sum's terms, said right after it: before or after tax (« net », « bruts », "after tax"): a net and a gross
# salary are two things. (Tried and taken out: how often, « par an », "a year": one side of a yearly sum often does
# not say so, and the two then never met.)
_BASIS = re.compile(r"\b(?:(net|nets|nette|nettes|after\s+tax)|(brut|bruts|brute|brutes|gross|before\s+tax))\b")
# A sentence of prison (« six ans de prison », "five years in jail"): a duration that is someone's.
_PENALTY = re.compile(r"\b(?:prison|emprisonnement|reclusion|r[ée]clusion|d[ée]tention|jail|prison\s+term|sentence[ds]?|"
                      r"condamn\w+|[ée]cop[ée]\w*)\b", re.I)


# A duration that places one event from another (« quatre jours après le crash », « depuis 43 ans », « il y a trois
# jours », "two days after the election", "11 days later", "in the past three years", « dans un délai de 30 jours »):
# a time between two events, which are which thing it is. Words before the number (up to its qualifier) or right
# after its unit say so; « en cinq ans », "for five years", « un mandat de sept ans » are lengths of a thing.
_OFFSET_BEFORE = re.compile(
    r"\b(?:depuis|since|il\s+y\s+a|voici|voila|within|dans\s+un\s+delai\s+de|en\s+l['’]espace\s+de|apres|after|"
    r"(?:in|over|during|for)\s+the\s+(?:past|last|next))"
    r"\s+(?:\S+\s+){0,2}$")
_OFFSET_AFTER = re.compile(r"\s*(?:apres|plus\s+tard|plus\s+tot|auparavant|avant|after|later|earlier|before|ago|"
                           r"dernier|derniers|derniere|dernieres|de\s+plus\s+tard)\b")


def _offset(text: str, span: tuple[int, int], tree: Parse | None) -> str:
    """What a duration is counted from or to when it places one event from another (the noun or verb it hangs on
    in the parse, « crash » for « quatre jours après le crash »; "event" when there is no parse), "" when it is
    a length."""
    low = figures.flat(text)
    before = low[max(0, span[0] - 40) : span[0]]
    if not (_OFFSET_BEFORE.search(before) or _OFFSET_AFTER.match(low, span[1])):
        return ""
    if _AFTER_LENGTH.search(before) and _LENGTH_OF.match(low, span[1]) and not _OFFSET_AFTER.match(low, span[1]):
        return ""  # « après 16 heures de quête », "after 16 hours of searching": how long the search lasted
    return _anchor(span, tree)


_AFTER_LENGTH = re.compile(r"\b(?:apres|after)\s+(?:\S+\s+){0,2}$")
_LENGTH_OF = re.compile(r"\s+(?:de|d['’]|of)\s*[a-z]")


_BACK_BEFORE = re.compile(r"\b(?:depuis|il\s+y\s+a|voici|voila)\s+(?:\S+\s+)?$")
_BACK_AFTER = re.compile(r"\s*ago\b")
_MOST_DAYS_BACK = 60


def _days_back(text: str, f: figures.Figure, reference: dt.date | None, tree: Parse | None) -> tuple[dt.date, str] | None:
    """The day an event happened or began when the sentence counts the days since it from the page's day (« est
    incarcéré depuis vingt jours », « il y a trois jours », "three days ago"), with the word it is the day of
    (incarcérer); None when it does not, or the page has no day of its own."""
    if reference is None or tree is None or f.unit != "days" or f.low != f.high or f.low is None:
        return None
    if not 0 < f.low <= _MOST_DAYS_BACK or f.value.startswith(("≈", ">", "<", "≥", "≤")):
        return None
    low = figures.flat(text)
    if not (_BACK_BEFORE.search(low[max(0, f.span[0] - 20) : f.span[0]]) or _BACK_AFTER.match(low, f.span[1])):
        return None
    t = phrases.value_token(tree, f.span)
    for _ in range(3):  # vingt → jours → incarcérer: the verb the count of days hangs on
        if t is None or t.pos == "VERB" or t.head == t.i:
            break
        t = tree.tokens[t.head]
    word = t.lemma.lower() if t is not None and t.pos == "VERB" else ""
    return (reference - dt.timedelta(days=int(f.low)), word) if word else None


# What a length is of, when the parse says (« trois jours de deuil », « une enquête de sept jours », « une barbe de
# trois jours », « cinq ans d'inéligibilité », « deux jours fériés »); words that only hold a length (« une durée de
# cinq ans », « un délai ») say nothing; a prison term is one thing however it is called.
_LENGTH_HOLDERS = frozenset("duree periode delai espace total cours moins plus peine term period span length".split())
_LENGTH_SAME = {"emprisonnement": "prison", "detention": "prison", "incarceration": "prison", "reclusion": "prison",
                "jail": "prison", "ferme": "prison"}


# Which dimension of a thing a length measures, said right after it (« 300 m de long », « 24,8 mètres de hauteur »,
# "300 metres long", "56 metres high") or right before (« long de 300 m », « d'une hauteur de 56 m », "a height of").
# A length whose dimension one side does not say is compared with any.
_DIMENSIONS = {"long": "length", "longueur": "length", "length": "length", "large": "width", "largeur": "width",
               "wide": "width", "width": "width", "haut": "height", "haute": "height", "hauteur": "height",
               "high": "height", "tall": "height", "height": "height", "profond": "depth", "profonde": "depth",
               "profondeur": "depth", "deep": "depth", "depth": "depth", "altitude": "altitude", "diametre": "diameter",
               "diameter": "diameter", "tirant d'eau": "draught", "draught": "draught"}  # fmt: skip
_DIM = "|".join(sorted(map(re.escape, _DIMENSIONS), key=len, reverse=True))
_DIMENSION_AFTER = re.compile(rf"\s*(?:de\s+|d'|in\s+)?({_DIM})\b")
_DIMENSION_BEFORE = re.compile(rf"\b({_DIM})\s+(?:de|d'une?|of|est\s+de|is|was)?\s*(?:(?:environ|pres\s+de|about|some|nearly|"
                               rf"plus\s+de|more\s+than)\s+)?$")


def _dimension(low: str, span: tuple[int, int]) -> str:
    m = _DIMENSION_AFTER.match(low, span[1]) or _DIMENSION_BEFORE.search(low, max(0, span[0] - 30), span[0])
    if m is None and figures.FALL_BEFORE.search(low, max(0, span[0] - 40), span[0]):
        return "dimension height"  # « a chuté de 10 mètres », "plunged almost 15m": how far it fell
    return f"dimension {_DIMENSIONS[m.group(1)]}" if m else ""


def _length_of(span: tuple[int, int], tree: Parse | None) -> str:
    """The noun (or adjective) a duration is the length of, folded; "" when the parse does not say."""
    token = phrases.value_token(tree, span) if tree is not None else None
    if token is None or not token.dep.startswith("nummod"):
        return ""
    unit = tree.tokens[token.head]
    words = [c for c in tree.children(unit.i) if c.i > unit.i and (
        c.dep.split(":")[0] == "nmod" and c.pos == "NOUN" or c.dep == "amod" and c.pos == "ADJ")]
    head = tree.tokens[unit.head]
    if not words and unit.dep.split(":")[0] == "nmod" and head.pos == "NOUN" and head.i < unit.i:
        words = [head]
    if not words and head.pos in ("VERB", "AUX") and head.i != unit.i:
        # « les tirs ont duré trois heures », "the fighting lasted nine hours": what lasted; « ont mené des assauts
        # pendant neuf heures », "searched the area for two days": what was done that long
        lasting = actors.fold(head.lemma or head.text) in ("durer", "last")
        during = any(c.dep == "case" and actors.fold(c.text) in ("pendant", "durant", "during", "for")
                     for c in tree.children(unit.i))
        wanted = ("nsubj", "nsubj:pass") if lasting else ("obj",) if during else ()
        words = [c for c in tree.children(head.i) if c.dep in wanted and c.pos == "NOUN"]
    for w in words:
        word = actors.fold(w.lemma or w.text)
        if word and word not in _LENGTH_HOLDERS:
            return _LENGTH_SAME.get(word, word)
    return ""


def _anchor(span: tuple[int, int], tree: Parse | None) -> str:
    """The word a value's phrase hangs on in the parse (the object of « après », "after", else the nearest noun or
    verb above it), folded; "event" when there is no parse or none."""
    token = phrases.value_token(tree, span) if tree is not None else None
    if token is None:
        return "event"
    unit = tree.tokens[token.head] if token.dep.startswith("nummod") else token
    for t in [unit] + tree.ancestors(unit.i):
        if t.i == unit.i:
            continue
        if t.pos in ("ADP", "SCONJ", "ADV"):
            obj = next((c for c in tree.children(t.i) if c.dep in ("pobj", "obj") and c.pos in ("NOUN", "PROPN")
                        and c.i != unit.i), None)
            if obj is not None:
                return actors.fold(obj.lemma or obj.text)
            continue
        if t.pos in ("NOUN", "PROPN", "VERB"):
            return actors.fold(t.lemma or t.text)
    return "event"


# A count foreseen, not yet taken (« 85 000 spectateurs attendus », "some 80,000 fans are expected"): another thing
# than the count of those who came.
_EXPECTED = re.compile(r"\s*(?:(?:sont|etaient|seront|are|were|is|was)\s+)?(?:attendu|attendue|attendus|attendues|"
                       r"espere|esperes|expected|anticipated)\b")  # (not « prévues »: « 250 manifestations prévues »
                       # are the demonstrations others count without saying they are planned)


# A fine (« 250 000 euros d'amende », « une amende de 100 000 euros », "a fine of €100,000"): a sum that is someone's,
# as a prison term is.
_FINE = re.compile(r"\b(?:amendes?|fines?|penalt(?:y|ies))\b")


def _money_terms(text: str, span: tuple[int, int], others) -> str:
    """"basis=net" or "basis=gross" for a sum, from the words right after it in its own stretch; "" when none."""
    _, end = frames.stretch_of(text, span, others)
    after = figures.flat(text[span[1] : min(end, span[1] + 40)])
    terms = []
    basis = _BASIS.search(after[:25])
    if basis:
        terms.append("basis=net" if basis.group(1) else "basis=gross")
    return "|".join(terms)


def _year_of(text: str, span: tuple[int, int], others, reference: dt.date | None = None) -> str:
    """The year a sum or share is for, named in its own stretch of the sentence (« en 2026 »: "2026"; « d'ici
    2029 », "by 2029": "by 2029", a target; « cette année », « l'an prochain » from the article's date); "" when
    none is. A year after « depuis », "since" or "than" is what the value is measured against ("the deadliest
    hurricane since Katrina in 2005"), not its own."""
    start, end = frames.stretch_of(text, span, others)
    found = [(m.start(), m.end(), f"by {m.group(2)}" if _TARGET.match(m.group(1)) else m.group(2))
             for m in _YEAR_OF.finditer(text, start, end)
             if not (m.start() > span[1] and _MEASURED_AGAINST.search(text, span[1], m.start()))]  # fmt: skip
    if reference is not None:
        found += [(m.start(), m.end(), str(reference.year + (0 if m.group(1) else 1 if m.group(2) else -1)))
                  for m in _YEAR_SAID.finditer(text, start, end)]  # fmt: skip
    if not found:
        return ""
    return min(found, key=lambda f: min(abs(f[0] - span[1]), abs(span[0] - f[1])))[2]


_THAN = r"than|compared\s+(?:with|to)|par\s+rapport\s+(?:à|au|aux)"  # what a value is set against
_MEASURED_AGAINST = re.compile(rf"\b(?:since|depuis|{_THAN})\b", re.I)
_COMPARED = re.compile(rf"\b(?:{_THAN}|que\s+lors|qu['’]au|qu['’]à)\b", re.I)


def _event_day(mentions, text: str, span: tuple[int, int], others) -> str:
    """The day named nearest to a participation count, within its stretch of the sentence."""
    start, end = frames.stretch_of(text, span, others)
    days = [w for w in mentions if w.kind in ("date", "weekday", "relative") and w.first and not w.first.startswith("--")
            and start <= w.span[0] < end and not (w.span[0] > span[1] and _COMPARED.search(text, span[1], w.span[0]))]
    if not days:  # (« 49,6 %, plus que lors du premier tour du 28 juin »: the day of what it is compared with)
        return ""
    near = min(days, key=lambda w: min(abs(w.span[0] - span[1]), abs(span[0] - w.span[1])))
    return near.first


def _stances(text: str, common: dict, tree: Parse | None = None) -> list[Assertion]:
    """One actor's positions: a stance word or a condition, with whose it is. With the parse, a stance verb is its
    subject's (« le porte-parole du gouvernement a dénoncé une invasion étrangère venue du pays voisin » is the
    government's stance, not the neighbour's: a subject that names no known actor is an actor of its own) and a
    passive without its agent is no one's stance (« l'ancien ministre a été condamné à cinq ans » is a penalty he
    received, not a position he takes)."""
    sig = analyse(text)
    found: list[tuple[str, tuple[int, int]]] = []
    for st in sig.stances:
        kind = NEGATED_STANCE[st.kind] if st.negated else st.kind
        if st.kind == "demand" and st.negated:
            kind = "unconditional"
        if kind:
            found.append((kind, st.span))
    found += [("conditional", s) for s in sig.conditional]
    found += [("unconditional", s) for s in sig.unconditional]
    out = []
    seen: set[tuple[str, str]] = set()
    refusals = [span for kind, span in found if kind == "refuse"]
    for kind, span in sorted(found, key=lambda x: x[1]):
        nominal = bool(_NOMINAL.match(text[span[0] : span[1]]))
        who = actors.actor_of(text, span[0], nominal=nominal)
        read = frames.stance_frame(tree, span)
        if read.undergone:
            continue
        if read.governor is not None and any(s < read.governor[1] and read.governor[0] < e for s, e in refusals):
            kind = REFUSED.get(kind, "")  # « refuse de tolérer », "refuses to accept": a refusal, not an acceptance
            if not kind:
                continue
        if who is not None and read.subject is not None and not read.subject[0] <= who.span[0] < read.subject[1]:
            # the actor the subject names; else the subject itself (« le porte-parole du gouvernement »), an actor
            # no other is (a pronoun subject points back: the actor read before stays)
            named = actors.who(text[read.subject[0] : read.subject[1]], read.subject[0])
            if named is not None and named.key != actors.ANAPHOR:
                who = _actor_within(text, read.subject) or named
        if who is None:
            continue  # a stance is only compared with the same actor's: without one it is no claim
        actor = actors.country(who.key)
        position = POSITIONS[kind]
        if (actor, position) in seen:
            continue
        seen.add((actor, position))
        out.append(
            Assertion(
                what="stance",
                key=f"stance|{actor}",
                subject=who.name,
                value=position,
                span=span,
                actor=actor,
                **common,
            )
        )
    return out


_CLAUSE_OPENS = re.compile(r"[;:.!?]\s|,\s+(?:et|and|mais|but)\b|\b(?:que|qu['’]|that)\s*|" + ATTRIBUTION.pattern,
                           re.I)
_NOMINAL_INVOLVEMENT = re.compile(r"^(?:implication|involvement|commanditaire|responsibility)", re.I)


def _involvements(text: str, common: dict) -> list[Assertion]:
    """Who the sentence says is behind an act, or not: the actor a nominal trigger names right after it
    (« l'implication du Portugal », "involvement of X"), else every actor of its clause before it (« le Portugal et
    l'Espagne ont orchestré l'attaque », « X n'a pas le moindre lien avec »). Claimants who disagree on one actor
    are a dispute (points.relation)."""
    found = gazetteer.find_actors(text)
    out, seen = [], set()
    for span, denied in involvements(text):
        # the clause of the trigger: after the last stop, « , et », a speech verb or « que »/"that" before it
        # (« des responsables espagnols affirment que le Portugal … »: the speakers are not the culprits)
        start = max((m.end() for m in _CLAUSE_OPENS.finditer(text[: span[0]])), default=0)
        start = max(start, span[0] - 80)
        after = [a for a in found if span[1] <= a.span[0] <= span[1] + 25]
        culprits = after[:1] if after and _NOMINAL_INVOLVEMENT.match(text[span[0] : span[1]]) else [
            a for a in found if start <= a.span[0] and a.span[1] <= span[0]]
        for a in culprits:
            culprit = actors.country(a.key)
            value = NOT_INVOLVED if denied else INVOLVED
            if (culprit, value) in seen:
                continue
            seen.add((culprit, value))
            name = a.name or text[a.span[0] : a.span[1]]
            out.append(Assertion(what="stance", key=f"stance|{culprit}{INVOLVEMENT}", value=value, span=span,
                                 subject=f"{name}: behind the act?", actor=culprit, **common))  # fmt: skip
    return out


def _actor_within(text: str, span: tuple[int, int]) -> actors.Who | None:
    """The first actor the gazetteer finds inside a span of the sentence (a stance verb's subject)."""
    for a in gazetteer.find_actors(text):
        if span[0] <= a.span[0] < span[1]:
            return actors.Who(a.key, a.name or text[a.span[0] : a.span[1]], a.span, a.role)
    return None


def _may_claim(text: str) -> bool:
    """Whether a sentence can hold a claim at all (a number, a day, a place word, a stance): only those are parsed."""
    if figures._ANY.search(figures.flat(text)) or _DAY_WORD.search(text) or places.places(text) or names.names(text):
        return True
    sig = analyse(text)
    return bool(sig.stances or sig.conditional or sig.unconditional or involvements(text))


_DAY_WORD = re.compile(r"\b(?:" + figures.WEEKDAY_WORDS + "|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)


def language_of(article: Article, text: str) -> str:
    if article.language in ("fr", "en"):
        return article.language
    return "en" if is_english(text) else "fr"


def parses_for(batch: Sequence[tuple[Article, Sequence[Sentence]]], cache=None) -> list[list[Parse | None]]:
    """The parse of each sentence that may hold a claim (None for the others), article by article."""
    wanted = [(a, s) for a, ss in batch for s in ss if _may_claim(s.text)]
    found = parse_all([(language_of(a, s.text), s.text) for a, s in wanted], cache=cache)
    by_sentence = {(a.name, s.index): p for (a, s), p in zip(wanted, found)}
    return [[by_sentence.get((a.name, s.index)) for s in ss] for a, ss in batch]


# Words a number's noun reader may take for what it counts that say when ("up from 136 the previous day").
_TIME_WORDS = frozenset({"previous", "preceding", "same", "next", "following", "précédente", "précédent"})


def _old_values(found: list[figures.Figure], text: str) -> list[figures.Figure]:
    """The figures, each value the words give as its count's old one marked so: the first of a change (« passé de 10
    à 15 », figures.py), and one after its cue (« contre 30 la veille », "up from 136 the previous day",
    reading/frames.py), which, bare, counts what the value before it counts (« 30 » is the dead of « 45 morts,
    contre 30 la veille »)."""
    out: list[figures.Figure] = []
    for f in found:
        if not f.old and frames.previous_value(text, f.span):
            f = replace(f, old=True)
            new = next((g for g in reversed(out) if g.concept), None)
            if new is not None and not f.unit and (not f.concept or f.noun.lower() in _TIME_WORDS):
                f = replace(f, concept=new.concept, noun=new.noun, unit=new.unit)
        out.append(f)
    return out


# « 10 000 répliques ont eu lieu depuis le 6 février », "since Monday": the day a count starts from, not when it holds.
_SINCE = re.compile(r"\b(?:depuis|since)\s+(?:(?:le|la|l['’]|the|ce|cette|this|last)\s+)?$", re.I)


def article_claims(
    article: Article,
    sentences: Sequence[Sentence],
    trees: Sequence[Parse | None] | None = None,
    window: tuple[dt.date, dt.date] | None = None,
) -> list[Assertion]:
    """Every claim of one article's sentences, in sentence order; `trees` are their parses (read here when not
    given); `window` the days the story covers (see story_window): a day outside it is recalled history."""
    if trees is None:
        trees = parses_for([(article, sentences)])[0]
    dated = parse_day(article.date)  # (a page dated to its month only is dated by the days it names, as undated)
    reference = dated or parse_day(article.date_inferred)
    week = parse_day(article.weekdays_from)  # (None when dated: its own day places its weekdays)
    out: list[Assertion] = []
    previous = None
    last_count: Assertion | None = None  # the article's last count, which « le chiffre » points back to
    stated: tuple[str | None, bool] | None = None  # when the article's last figures were stated
    for s, tree in zip(sentences, trees):
        found, previous = sentence_claims(s, reference, previous, tree, window, earliest=dated is None, week=week)
        if stated is not None and found and _SAME_STATEMENT.search(s.text) and not any(c.timed for c in found):
            # « Le même communiqué faisait état de trois soldats tués », "The same update put the injured at 398":
            # the statement the last sentence dated, so of its time, not the page's
            found = [replace(c, as_of=stated[0], timed=stated[1]) for c in found]
        found += _the_figure(s, found, last_count, reference, dated is None)
        found = _counted_before(s, found, last_count, reference, dated is None)
        if dated is None and reference is not None:  # an undated page: a sentence naming no time holds as of some
            # day from the latest its text names on, not on that day (« 62 morts » on a page whose last day named
            # is the fire's own could have been written weeks later)
            floor = reference.isoformat()
            found = [replace(c, as_of_floor=True) if c.as_of == floor and not c.timed else c for c in found]
        figures_here = [c for c in found if c.what == "figure"]
        if figures_here:
            stated = (figures_here[0].as_of, figures_here[0].timed)
        counts = [c for c in figures_here if c.key.split("|")[1] not in _NOT_COUNTS]
        if counts:
            last_count = counts[-1]
        out.extend(found)
    return out


# « 24 heures plus tôt, le chiffre grimpait à 917 », "the figure rose to 64": a value the sentence gives only as « le
# chiffre », "the number" (not « le nombre de … », which says what) is of the count the article stated last.
_THE_FIGURE = re.compile(r"\b(?:le|ce|the|this|that)\s+(?:chiffre|nombre|figure|number|tally|count)\s+(?:(?!de\b|d['’]|of\b)"
                         r"(?:[^\W\d]+['’]?\s*){1,3}|(?:de|of)\s+)$", re.I)  # (« le chiffre de 230 000 »: the figure itself)
_THE_NOUN = re.compile(r"\b(?:chiffre|nombre|figure|number|tally|count)\b", re.I)
# A count of what was added (« 10 nouveaux blessés », « deux morts supplémentaires », "1,000 new cases"): what the
# count grew by, compared only with what others say it grew by. "More", "further", "additional" and "another" are
# not read so: "a further 10,100 are missing", "270 additional individuals unaccounted for" count besides the dead.
ADDED = "added"
_ADDED = re.compile(r"(?:\S+\s+){0,3}?\S+\s+(?:new|nouveaux|nouvelles|nouveau|nouvelle)\b")  # (not "40 New York …")
_ADDED_AFTER = re.compile(r"(?:\S+\s+){1,4}?(?:supplémentaires?|de plus)\b", re.I)
# "Eleven more bodies have been discovered", "five more climbers were recovered": bodies found since the last count,
# what it grew by (a further count of another kind, "a further 10,100 are missing", is not found)
_MORE_FOUND = re.compile(r"\S+\s+more\s+(?:\w+\s+){0,2}?(?:(?:have|has|had)\s+been|were|was)\s+(?:\w+ly\s+)?"
                         r"(?:found|recovered|discovered|retrieved|pulled|located)\b", re.I)
_NOT_COUNTS = frozenset({"duration", "age", "percent", "magnitude"})


def _the_figure(s: Sentence, found: list[Assertion], last: Assertion | None, reference, earliest: bool) -> list[Assertion]:
    if last is None or not _THE_NOUN.search(s.text):
        return []
    taken = [c.span for c in found if c.what == "figure"]
    out = []
    who = actors.holder(s.text)  # "Police put the figure at 240,000": the figure is theirs
    named = who.name if who is not None and who.key != actors.ANAPHOR and speaks(who.name) else None
    for f in figures.figures(_zeros(s.text)):
        if f.concept or any(a <= f.span[0] < b for a, b in taken):
            continue
        if not _THE_FIGURE.search(s.text[: f.span[0]]) and not (out and not f.noun):
            continue  # (a bare number after « le chiffre »'s, set against it: « Il y a des gens qui avancent le
            # chiffre de 230 000 mais nous, nous avons dénombré un peu plus de 217 000 »)
        if f.unit != last.key.split("|")[2]:
            continue
        out.append(_told_again(last, s, f, reference, earliest, next((c.holder for c in found if c.holder), named)))
    return out


def _told_again(last: Assertion, s: Sentence, f: figures.Figure, reference, earliest: bool,
                holder: str | None) -> Assertion:
    """The article's last count told again in sentence `s` as figure `f`, by `holder`, as of the sentence's time."""
    mentions = when.mentions(s.text, reference, earliest)
    return replace(last, sentence=s.index, value=f.value, low=f.low, high=f.high, span=f.span,
                   as_of=_as_of(s.text, reference, earliest, mentions), stage=frames.stage_of(s.text),
                   timed=any(w.kind in ("date", "weekday", "time", "relative") for w in mentions),
                   holder=holder, reporter=None, denied=False)


def _counted_before(s: Sentence, found: list[Assertion], last: Assertion | None, reference,
                    earliest: bool) -> list[Assertion]:
    """A count a named claimant gives right after another count, with no noun of its own, is of what that count counts:
    « La manifestation a rassemblé plus d'un million de personnes, selon les organisateurs. La police parle quant à elle
    de quelque 240 000 », « … La police en a compté 240 000 », « … Selon la police, ils étaient 240 000 ». Read alone,
    the first is no count and the others count people, unknown doing what."""
    if last is None or last.sentence != s.index - 1 or last.key.split("|")[1] not in figures.PEOPLE_COUNTS:
        return found  # (« le Cameroun en compte dix » after a count of votes: regions, not votes)
    who = actors.holder(s.text)
    if who is None or who.key == actors.ANAPHOR or not speaks(who.name):
        return found
    bare = [f for f in figures.figures(_zeros(s.text)) if not f.noun and f.concept in ("", "people") and not f.old]
    if len(bare) != 1 or bare[0].unit != last.key.split("|")[2] or not math.isfinite(bare[0].low):
        return found
    f = bare[0]
    same = [c for c in found if c.what == "figure" and c.span[0] <= f.span[0] < c.span[1]]
    if len(same) != len([c for c in found if c.what == "figure"]) or same and same[0].key != "figure|people||":
        return found  # a count of its own beside it (« 150 personnes, … jeunes adultes dans la vingtaine, ont été
        # tuées »), or a place or a part (« 40 000 à Paris »): not the count before told again
    if same:
        return [replace(c, key=last.key, counted=last.counted) if c is same[0] else c for c in found]
    return found + [_told_again(last, s, f, reference, earliest, who.name)]


# A statement named as the one just quoted: « le même communiqué », « ce même bilan », « ce rapport », "the same
# update", "this statement" (not « un nouveau bilan », "a later report": another statement).
_SAME_STATEMENT = re.compile(
    r"\b(?:(?:le|la|les|l['’])\s*mêmes?|(?:ce|cette|ces)(?:\s+mêmes?)?|the\s+same|this|that)\s+"
    r"(?:communiqués?|bilans?|rapports?|textes?|documents?|déclarations?|comptages?|décomptes?|update|statement|report"
    r"|toll|count|tally|announcement|briefing)\b",
    re.I,
)


def day_mentions(sentences: Sequence[Sentence]) -> list[tuple[str, int | None]]:
    """Every day a text names, with its year (« 2019-12-05 ») or without (« --12-05 »), and its weekday when
    named: read once, placed in the story's window later (see named_days_of)."""
    out = []
    for s in sentences:
        for w in when.mentions(s.text, None):
            if w.kind == "date" and (w.last or w.first):
                out.append((w.last or w.first, w.weekday))
    return out


def named_days_of(days: Sequence[tuple[str, int | None]], window: tuple[dt.date, dt.date] | None = None) -> list[str]:
    """The full days among `days` (see day_mentions), ISO: with their year, or, given the story's window, a day
    without one that falls in the window in one year only (« jeudi 5 décembre » in December 2019: 2019-12-05)."""
    out = []
    for day, weekday in days:
        if len(day) == 10:
            out.append(day)
        elif window is not None and day.startswith("--"):
            placed = _in_window(day, weekday, window)
            if placed:
                out.append(placed)
    return out


def named_days(sentences: Sequence[Sentence], window: tuple[dt.date, dt.date] | None = None) -> list[str]:
    """The full days a text names (see named_days_of)."""
    return named_days_of(day_mentions(sentences), window)


def _in_window(month_day: str, weekday: int | None, window: tuple[dt.date, dt.date]) -> str | None:
    """The one day of the window a yearless « --12-05 » (with its weekday, when named) can be; None if not one."""
    try:
        month, day = int(month_day[2:4]), int(month_day[5:7])
    except ValueError:
        return None
    found = []
    for year in range(window[0].year, window[1].year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if window[0] <= d <= window[1] and (weekday is None or d.weekday() == weekday):
            found.append(d)
    return found[0].isoformat() if len(found) == 1 else None


STORY_BEFORE = dt.timedelta(days=60)  # how far before the story's first dated article a day still belongs to it
STORY_AFTER = dt.timedelta(days=30)


def story_window(dated: Sequence[str], named: Sequence[str]) -> tuple[dt.date, dt.date] | None:
    """The days the story covers: from its dated articles when it has some, else from the latest day any article
    names; a day outside is history the text recalls (« le séisme de 2004 »), not when the article was written."""
    days = sorted(d for d in (parse_day(x) for x in dated) if d)
    months = sorted(d for d in (parse_day(f"{x[:7]}-01") for x in dated if len(x) == 7) if d)
    if days:  # a page dated to its month only (« 2024-12 ») was written that month: the story spans it too
        first = min(days[0], months[0]) if months else days[0]
        return first - STORY_BEFORE, days[-1] + STORY_AFTER
    named_days_ = sorted(d for d in (parse_day(x) for x in named) if d)
    if not named_days_:
        return None
    return named_days_[-1] - STORY_BEFORE, named_days_[-1]


# How far apart the first and the last page dated to the day may be for a weekday alone on an undated page to name
# one day of the story: within a week, each weekday is one day of it (read back from the last page's day).
STORY_WEEK = 6


def story_week(dated: Sequence[str]) -> str | None:
    """The last day of the pages dated to the day (ISO) when they all lie within one week, else None: an undated
    page of that story tells that week, so its « mardi » is the Tuesday on or before that day. Tried wider: within
    two weeks or a month, the development stories lost one to four conflicts (a weekday then names the wrong week)."""
    days = sorted(d for d in (parse_day(x) for x in dated) if d)
    if not days or (days[-1] - days[0]).days > STORY_WEEK:
        return None
    return days[-1].isoformat()


def last_dated_day(dated: Sequence[str]) -> dt.date | None:
    """The latest day a dated article of the story gives (None when none gives one)."""
    return max((d for d in (parse_day(x) for x in dated) if d), default=None)


def dated_to_the_day(article: Article) -> bool:
    """Whether the article gives its day (« 2024-09-12 »), not only its month (« 2024-09 ») or nothing."""
    return parse_day(article.date) is not None


def inferred_date(article: Article, days: Sequence[str], window: tuple[dt.date, dt.date] | None = None,
                  until: dt.date | None = None) -> str | None:
    """An undated article is no older than the latest full day its text names (`days`, see named_days) within the
    story's window (see story_window) and no later than the story's last dated article (`until`): a later day is
    one the text looks ahead to (« la candidate à la présidentielle du 5 novembre »), not one it has seen. None
    when it names none there: unknown, shown as unknown. A page dated to its month only (« 2024-09 ») is no older
    than the latest day of that month its text names: « jeudi 12 septembre » on it is that year's."""
    if dated_to_the_day(article):
        return None
    inside = [d for d in days if window is None or (parse_day(d) and window[0] <= parse_day(d) <= window[1])]
    if article.date:  # (its month bounds it, not the other pages' days)
        inside = [d for d in inside if d[:7] == article.date[:7]]
    elif until is not None:
        inside = [d for d in inside if parse_day(d) and parse_day(d) <= until]
    return max(inside) if inside else None


_NOT_READING = frozenset({"values.py", "holder_names.py", "marks.py", "points.py", "screen.py", "undated.py"})


@lru_cache(maxsize=1)
def _reader_digest() -> str:
    """A hash of the modules and data that read claims: an upgraded checker never serves stale cached claims."""
    package = Path(__file__).resolve().parent
    # (values.py, holder_names.py, marks.py, points.py, screen.py and undated.py weigh claims already read: no part
    # of reading them, so a change there keeps the cache)
    files = sorted(f for f in package.glob("*.py") if f.name not in _NOT_READING)
    files += sorted((package.parent / "data").glob("*"))
    files += sorted((package.parent / "reading").glob("*.py"))
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\x00" + f.read_bytes())
    return digest.hexdigest()[:16]


def _cache_key(article: Article, sentences: Sequence[Sentence], window=None) -> str:
    spans = ",".join(f"{s.start}:{s.end}" for s in sentences)
    story = f"{window[0]}..{window[1]}" if window else ""
    raw = (f"claims-v{VERSION}-{_reader_digest()}\x00{article.date}\x00{article.date_inferred}"
           f"\x00{article.weekdays_from}\x00{story}\x00{spans}\x00{article.text}")  # fmt: skip
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _to_row(a: Assertion, first_index: int) -> dict:
    row = asdict(a)
    row["sentence"] -= first_index
    return row


def _from_row(row: dict, first_index: int) -> Assertion:
    row = dict(row)
    row["sentence"] += first_index
    row["span"] = tuple(row["span"])
    row["about"] = tuple(row.get("about") or ())
    row["beside"] = tuple(row.get("beside") or ())
    return Assertion(**row)


def extract(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    *,
    cache=None,
    progress: Callable[[int, int], None] | None = None,
    reader: Callable[..., list[list[Assertion]]] | None = None,
    window: tuple[dt.date, dt.date] | None = None,
) -> list[Assertion]:
    """The claims of all sentences, article by article, read from the cache where the article is unchanged.
    `reader` reads a batch of (article, sentences) elsewhere (the Ray engine's workers)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    todo = [(a, by_article.get(a.name, [])) for a in articles]
    keys = [_cache_key(a, ss, window) for a, ss in todo]
    cached = cache.get_claims(keys) if cache is not None and hasattr(cache, "get_claims") else {}
    missing = [i for i, k in enumerate(keys) if k not in cached]
    fresh: dict[int, list[Assertion]] = {}
    batch = [todo[i] for i in missing]
    if batch:
        if reader:
            results = reader(batch, window)
        else:
            trees = parses_for(batch, cache=cache)
            results = [article_claims(a, ss, t, window) for (a, ss), t in zip(batch, trees)]
        for i, found in zip(missing, results):
            fresh[i] = found
    if cache is not None and hasattr(cache, "put_claims") and fresh:
        cache.put_claims(
            {keys[i]: [_to_row(a, todo[i][1][0].index) for a in found] for i, found in fresh.items() if todo[i][1]}
        )
    out: list[Assertion] = []
    for i, (article, ss) in enumerate(todo):
        if i in fresh:
            out.extend(fresh[i])
        elif ss:
            out.extend(_from_row(row, ss[0].index) for row in cached[keys[i]])
        if progress:
            progress(i + 1, len(todo))
    return out
