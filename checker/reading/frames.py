"""The qualifiers of a stated value, read from the sentence's parse: whose side it counts, its scope (a place, or
a part of another count), the event it belongs to, who holds it and who only reports it (read in holders.py), what
those counted did (predicates.py).

Read on the tree where the tree is reliable (who says what: the speech verbs above the value, « selon X »), and on
the stretch of the sentence that belongs to the value where it is not (the parser often hangs « côté X » or
« à Paris » on the wrong one of two coordinated counts): that stretch runs from the end of the previous value to
the start of the next one. What cannot be read stays unknown (""), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .holders import denied, holder_of, subject_of
from .parse import Parse, Tok
from .predicates import GATHERINGS, TAKE_PART, predicate_of
from .phrases import POSSESSIVE, SIDE_WORDS, Span, noun_phrase, value_token


_PART_WORDS = re.compile(r"(?:\bdont|\bparmi\s+(?:eux|elles|lesquels|lesquelles|les\s+\w+)|\bincluding|\bincluded?|\bamong\s+them"
                         r"|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bof\s+(?:those|these)\s*,"
                         # « parmi les morts figurent trois enfants », "among the injured were 10 police officers"
                         r"|\b(?:parmi\s+les|among\s+the)\s+\w+\s*,?\s*(?:figurent|se\s+trouvent|on\s+(?:compte|dénombre)|"
                         r"il\s+y\s+a(?:vait)?|were|are|was))\W*(?:au\s+moins\s+|at\s+least\s+)?$", re.I)
_WHOLE = re.compile(r"\b(?:tout(?:e|es)?\s+(?:le|la|les|l['’])\s*|ensemble\s+du\s+|l['’]ensemble\s+d|nationwide|"
                    r"across\s+the\s+country|à\s+l['’]échelle\s+nationale|au\s+niveau\s+national|dans\s+(?:tout\s+)?le\s+pays)",
                    re.I)  # fmt: skip
_ALL_OVER = re.compile(r"(?:partout\s+(?:en|au|aux|dans)|dans\s+tou(?:t|te|s|tes)\s+(?:le|la|les|l['’])|à\s+travers|"
                       r"across|throughout|all\s+over)\s*(?:the\s+|l['’]|le\s+|la\s+)?$", re.I)  # fmt: skip
_SCOPE_CASES = frozenset({"à", "a", "au", "aux", "dans", "en", "in", "at", "across", "throughout", "sur"})
# The country outside its capital or main city, as counts of a national day give it beside the capital's (« 75 000 à
# Paris, et 140 000 en province », « 175 000 dans les défilés en régions », "96,000 in the rest of the country"): a
# scope of its own, never the place of the count before it.
ELSEWHERE = "rest of the country"
_ELSEWHERE = re.compile(r"\b(?:en\s+(?:province|régions)\b(?!\s+(?:[A-ZÀ-Ý]|d[eu]s?\b|d['’]|\w+(?:ienne|aise|oise)s?\b))|"
                        r"(?:dans\s+)?le\s+reste\s+d[ue]\s+(?:la\s+)?"
                        r"(?:pays|territoire)|in\s+the\s+(?:regions|provinces)|(?:in\s+)?the\s+rest\s+of\s+the\s+country|"
                        r"elsewhere\s+in\s+the\s+country)\b", re.I)  # fmt: skip


_EVENT_NOUNS = re.compile(
    r"\b(?:journée|journées|manifestation|manifestations|mobilisation|grève|acte|marche|rassemblement|tour|scrutin|"
    r"day|protest|protests|march|rally|strike|round|vote|match|édition|edition|élection|élections|election|elections|"
    r"race)\b", re.I)  # fmt: skip


# Words that place a count in the course of a story when no time is given: « un premier bilan », « plus tôt »,
# "initially" (early), « un nouveau bilan », « s'est alourdi », "has risen to" (later). Discourse cues, general.
_EARLY = re.compile(
    r"\b(?:premiers?\s+bilans?|un\s+premier|plus\s+tôt|initialement|dans\s+un\s+premier\s+temps|d'abord|"
    r"premières?\s+(?:estimations?|informations?|chiffres?)|bilans?\s+initial|"
    r"first\s+(?:toll|reports?|estimates?|figures?)|earlier|initially|at\s+first|previously|"
    r"précédemment|auparavant|(?:un|le)\s+(?:précédent\s+bilan|bilan\s+précédent)|(?:a|the)\s+previous\s+(?:toll|count))\b",
    re.I,
)
_LATE = re.compile(
    r"\b(?:derniers?\s+bilans?|nouveaux?\s+bilans?|nouvelle\s+estimation|bilan\s+(?:actualisé|définitif|final)|"
    r"désormais|s['’]est\s+(?:encore\s+)?(?:alourdi|aggravé)|s['’]alourdit|relevée?s?\s+à|(?:a|ont)\s+(?:grimpé|"
    r"augmenté)|passée?s?\s+à|revue?s?\s+à\s+la\s+(?:hausse|baisse)|latest|new\s+(?:toll|figures?|estimate)|"
    r"(?:has|have)\s+(?:risen|climbed|increased)|rose\s+to|climbed\s+to|raised\s+to|now\s+stands|updated|final\s+toll|"
    r"revised)\b",
    re.I,
)


# A count said to be revised down (« revu à la baisse », "revised down"): later, and lower on purpose.
_REVISED = re.compile(r"\b(?:revue?s?\s+à\s+la\s+baisse|corrigée?s?\s+à\s+la\s+baisse|revised\s+(?:down|downward)|"
                      r"lowered|downgraded)\b", re.I)  # fmt: skip


def stage_of(sentence: str) -> str:
    """"early", "late", "revised" (a later count revised down) or "" from the cues above (early and late: "")."""
    if _REVISED.search(sentence):
        return "revised"
    early, late = bool(_EARLY.search(sentence)), bool(_LATE.search(sentence))
    return "early" if early and not late else "late" if late and not early else ""


# A count a sentence gives as the one before its new value (« 45 morts, contre 30 la veille », "rose to 143 from 136",
# "up from 136 the previous day"): an earlier step of that count, not a second count of the sentence's moment. (The
# first value of a change, « est passé de 30 à 50 », is read with the numbers: claims/figures.py.)
_ABOUT = r"about|around|some|nearly|almost|at\s+least|more\s+than"  # (a qualifier between the cue and the value)
_UP_FROM = re.compile(rf"\b(?:up|down)\s+from\s+(?:(?:{_ABOUT})\s+)?$", re.I)
_FROM = re.compile(rf"\bfrom\s+(?:(?:{_ABOUT})\s+)?$", re.I)
_MOVED = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|grew|soared|fell|fallen|dropped|decreased|raised|"
                    r"lowered|revised|went\s+up|gone\s+up)\b", re.I)
_AGAINST = re.compile(rf"\b(?:contre|compared\s+(?:with|to))\s+(?:(?:au\s+moins|environ|près\s+de|plus\s+de|{_ABOUT})\s+)?$",
                      re.I)
_BEFORE_NOW = re.compile(r"\s*\)?\s*(?:(?:la\s+veille|précédemment|auparavant|hier|yesterday|previously|earlier|"
                         r"(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:previous\s+day|day\s+before)|"
                         r"(?:lors\s+du|dans\s+(?:le|un))\s+(?:précédent|dernier)\s+bilan|"
                         r"in\s+(?:the|a)\s+previous\s+(?:count|toll|tally|update|report))\b)", re.I)


def previous_value(text: str, span: tuple[int, int]) -> bool:
    """Whether the words give the value at `span` as its count's previous one ("up from 136", "rose to 143 from
    136", « contre 30 la veille »). (The caller checks that the sentence tells the count's new value too.)"""
    before = text[max(0, span[0] - 30) : span[0]]
    if _UP_FROM.search(before) or _FROM.search(before) and _MOVED.search(text, 0, span[0]):
        return True
    return bool(_AGAINST.search(before) and _BEFORE_NOW.match(text, span[1]))


@dataclass(frozen=True)
class Frame:
    """What a value's sentence says about it besides the value; "" where the sentence does not say."""

    side: str = ""  # whose side is counted (« côté Wagner », "Malian soldiers"), as written
    scope: str = ""  # where (« à Paris »), "" for the whole or unknown
    part: bool = False  # a part of a count stated just before (« dont 1 404 », "including 12 children")
    event: str = ""  # which occasion, when the sentence names one apart from the value's as-of: « previous »
    holder: str = ""  # who states it, as written (« la CGT », "the interior ministry")
    holder_span: Span | None = None
    reporter: str = ""  # who passes it on (« BFM TV » in « …, a rapporté BFM TV »)
    predicate: str = ""  # what those counted did, when a verb says it: "demonstrators" for « ont manifesté »
    denied: bool = False  # the speech verb above the value denies it (« a démenti un bilan de 11 300 morts »)


def clause_subject(p: Parse, tok: Tok | None) -> str:
    """Who the nearest verb above a value has as subject (« Brice Hortefeux a été condamné à deux ans »: Hortefeux),
    as the last word of their name; "" when that verb has none or a common noun (« un Français »)."""
    if tok is None:
        return ""
    for t in p.ancestors(tok.i):
        if t.pos not in ("VERB", "AUX"):
            continue
        subjects = [c for c in p.children(t.i) if c.dep.startswith("nsubj")]
        subj = next((c for c in reversed(subjects) if c.pos == "PROPN"), subjects[0] if subjects else None)
        if subj is None:
            return ""
        if subj.pos == "PROPN":
            chain = [subj] + [x for x in p.children(subj.i) if x.dep.split(":")[0] == "flat" and x.pos == "PROPN"]
            return max(chain, key=lambda x: x.i).text
        # « l'avocat malaisien Luc Bernard », « l'intermédiaire Alexandre Djouhri »: the name the noun stands beside
        names = [x for x in p.subtree(subj.i) if x.pos == "PROPN" and x.dep.split(":")[0] in ("appos", "flat")
                 and all(a.i == subj.i or a.dep.split(":")[0] in ("appos", "flat") for a in p.ancestors(x.i)[:1])]
        if names:
            return max(names, key=lambda x: x.i).text
        return ""  # a common noun alone (« un Français ») does not say who
    return ""


def stretch_of(sentence: str, span: Span, others: Sequence[Span]) -> tuple[int, int]:
    """The part of the sentence that belongs to this value: from the end of the previous value to the start of
    the next one (the whole sentence when it states one value)."""
    others = [o for o in others if o != span]
    before = [e for s, e in others if e <= span[0]]
    after = [s for s, e in others if s >= span[1]]
    return (max(before) if before else 0), (min(after) if after else len(sentence))


def side_of(p: Parse, sentence: str, span: Span, stretch: tuple[int, int]) -> str:
    for t in p.tokens:
        if not (span[1] <= t.start < stretch[1]) or t.text.lower() not in SIDE_WORDS:
            continue
        kids = p.children(t.i)
        if any(k.text.lower() in POSSESSIVE for k in kids):
            continue  # « de son côté », "for their part": a discourse marker, not a side
        if t.text.lower() == "side":  # "on the Russian side"
            mods = [k for k in kids if k.dep in ("amod", "compound") and k.i < t.i]
            if mods and mods[0].text.lower() not in _RELATIVE_SIDES:
                return sentence[mods[0].start : mods[-1].end]
            continue
        names = [k for k in p.tokens if k.i > t.i and k.start < stretch[1] and k.head in {t.i} | {x.i for x in kids}
                 and k.dep.split(":")[0] in ("flat", "nmod", "appos", "amod", "compound", "obl")]  # fmt: skip
        if not names:
            nxt = [k for k in p.tokens if k.i == t.i + 1 and k.start < stretch[1]]
            names = [k for k in nxt if k.pos in ("PROPN", "NOUN")]
        if names:
            head = names[0]
            if head.lemma.lower() in _RELATIVE_SIDES or head.text.lower() in _RELATIVE_SIDES:
                continue  # « dans le camp adverse », "the enemy side": the other side of whoever speaks, unnamed
            text, _ = noun_phrase(p, head, sentence)
            return re.split(r"[,;:]", text)[0].strip()
    return ""


# Words that name a side only relative to the speaker (« le camp adverse », "the opposing side"): no side of its own.
_RELATIVE_SIDES = frozenset("adverse adverses ennemi ennemie ennemis ennemies opposé opposée enemy opposing other".split())


def scope_of(p: Parse, sentence: str, span: Span, stretch: tuple[int, int]) -> str:
    """A place named after the value in its stretch (« 81 000 à Paris »), or opening the sentence (« À Lyon, … »)
    when the sentence states one value; "" for the whole country or when none is named."""
    window = sentence[span[1] : stretch[1]]
    if _WHOLE.search(window[:60]):
        return ""
    soil = _SOIL.search(window[:60])
    if soil:  # « sur le sol syrien », "on Syrian soil": the country the adjective names
        from ..claims.gazetteer import resolve  # (a late import: claims reads this module)

        found = resolve(soil.group("fr") or soil.group("en") or "")
        if found is not None:
            return found.name
    opening = _opening_place(p)
    for t in p.tokens:
        inside = span[1] <= t.start < stretch[1] or (stretch[0] == 0 and t.start < span[0] and t.i < 4) or (
            0 < stretch[0] <= t.start < span[0] and _CONTRAST.search(sentence, max(0, t.start - 18), t.start))
        if not inside or t.pos not in ("PROPN", "NOUN") or t.ent in ("ORG", "NORP", "DATE"):
            continue
        if t.ent not in ("LOC", "GPE") and t.pos != "PROPN" or any(ch.isdigit() for ch in t.text):
            continue  # (« à 04h17 » is a time the parser may take for a name)
        if not t.text[:1].isupper():
            continue  # a place is named: « dans la mer de débris », « secourus en mer » say where, not which count
        if t.lemma.lower() in _DIVISIONS and any(c.dep == "nmod" for c in p.children(t.i)):
            continue  # « dans l'État du Kerala »: the name it hangs on is the place, not the word « État »
        case = [c for c in p.children(t.i) if c.dep in ("case",) and c.text.lower() in _SCOPE_CASES]
        head = p.tokens[t.head]
        if not case and not (head.dep == "prep" and head.text.lower() in _SCOPE_CASES) and not _division_named(p, t):
            continue
        if t.start > span[1] + 60:
            continue
        if _ALL_OVER.search(sentence[max(0, t.start - 24) : t.start]):
            return ""  # « partout en France », "across Kestria": the whole country, not a place in it
        if _on_another_noun(p, t, value_token(p, span)):
            continue  # « grâce à une forte mobilisation dans le Nord »: where something else happened
        return _place_name(p, t, sentence)
    if _ELSEWHERE.search(window[:80]):
        return ELSEWHERE
    return opening


_NAME_OF = frozenset({"du", "de", "des", "d'", "d’", "do", "da", "del"})  # « Caroline du Sud », « Rio Grande do Sul »

# Nouns of a country's divisions: a place named after one (« dans la province de Sulawesi », "in the state of Kerala",
# "in Kerala state") is where a value holds, as « à Sulawesi » is.
_DIVISIONS = frozenset("""région ville province département commune quartier district village localité agglomération
    état préfecture comté arrondissement canton municipalité gouvernorat wilaya territoire île
    region city province district town state village county prefecture municipality governorate territory
    island""".split())  # fmt: skip
_DIVISION_PRONOUNS = frozenset({"celle", "celui"})  # « 45 morts dans la province de X, 12 dans celle de Bali »


def _division_named(p: Parse, t: Tok) -> bool:
    """Whether a name is that of a division the sentence says a value is in: it hangs on a division noun (« la
    province de Sulawesi », « celle de Bali », "the province of Aceh", "Kerala state") that itself says where
    (« dans », "in")."""
    head = p.tokens[t.head]
    if t.dep == "compound":
        if head.text[:1].isupper():
            return False  # "in Gaza City": the division word is part of the name, read whole (_place_name)
    elif any(c.dep == "case" and c.text.lower() in _NAME_OF for c in p.children(t.i)):
        pass  # « dans la province de Sulawesi »
    elif head.text.lower() == "of" and head.dep == "prep":
        head = p.tokens[head.head]  # "in the province of Aceh"
    else:
        return False
    if head.i == t.i or not (head.lemma.lower() in _DIVISIONS or head.text.lower() in _DIVISION_PRONOUNS):
        return False
    up = p.tokens[head.head]
    return any(c.dep == "case" and c.text.lower() in _SCOPE_CASES for c in p.children(head.i)) or (
        up.dep == "prep" and up.text.lower() in _SCOPE_CASES and up.i != head.i)


def _place_name(p: Parse, t: Tok, sentence: str) -> str:
    """A place's whole name, its head with the name words the parse hangs on it ("Gaza City", "Khan Younis",
    "Everest Hospital"), not the head alone ("City", "Younis", "Hospital")."""
    words = {t.i} | {c.i for c in p.children(t.i) if c.dep in ("compound", "flat", "flat:name") and c.pos == "PROPN"}
    for c in p.children(t.i):  # a name word after « du » in the same place (« Caroline du Sud »)
        case = [k.i for k in p.children(c.i) if k.dep == "case" and k.text.lower() in _NAME_OF]
        if c.dep == "nmod" and c.pos == "PROPN" and c.i > t.i and case and t.ent and c.ent == t.ent:
            words |= {c.i, *case}
    first, last = min(words), max(words)
    if words != set(range(first, last + 1)):
        return t.text  # not one stretch of the sentence
    return sentence[p.tokens[first].start : p.tokens[last].end]


# « …, alors qu'en Turquie, il atteint 44 374 »: a place opening a value's own clause is that value's.
_CONTRAST = re.compile(r"(?:\balors\s+qu|\btandis\s+qu|\bet|\bmais|\bwhile|\bwhereas|\band|\bbut)\W*(?:en|à|au|aux|dans|in|at)\s+"
                       r"(?:la\s+|le\s+|l['’]|the\s+)?$", re.I)
_SOIL = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:sur\s+(?:le\s+)?sol|en\s+territoire)\s+(?P<fr>\w+)|^\W*(?:\w+\s+){0,2}?on\s+"
                   r"(?P<en>[A-Z]\w+)\s+soil\b")
_PLACE_NOUNS = frozenset("""région ville province département commune quartier district pays zone capitale village
    localité agglomération métropole état city region province district area town country state village capital
    county nord sud est ouest centre north south east west centre center""".split()) | _DIVISIONS


def _on_another_noun(p: Parse, place: Tok, value: Tok | None) -> bool:
    """Whether a place hangs, in the tree, on a noun other than the value, what it counts or another place (« une
    forte mobilisation dans le Nord »): then it says where that noun is, not where the value holds."""
    if value is None:
        return False
    own = {value.i, value.head}
    governs = {value.i} | {a.i for a in p.ancestors(value.i)}  # the value's own clauses
    t = place
    for _ in range(8):
        h = p.tokens[t.head]
        if h.i == t.i or h.i in own:
            return False
        if h.pos == "ADP" and t.dep == "pobj":
            t = h  # "in Lithuania": the preposition, then what it hangs on
            continue
        if h.pos in ("VERB", "AUX"):
            # "has risen to 61 after a victim died in Lithuania": where another clause's event happened
            return h.i not in governs and h.dep.split(":")[0] in _OTHER_CLAUSES
        if h.pos not in ("NOUN", "PROPN"):
            return False
        if h.pos == "NOUN" and h.lemma.lower() in GATHERINGS and _taken_part_in(p, h, governs):
            return False  # "20,000 people joined rallies in Thessaloniki": where those counted gathered
        if h.pos == "NOUN" and h.lemma.lower() not in _PLACE_NOUNS:
            return True
        t = h
    return False


def _taken_part_in(p: Parse, gathering: Tok, governs: set[int]) -> bool:
    """Whether a gathering noun is what the value's own verb says those counted took part in ("joined rallies",
    « ont participé aux rassemblements »)."""
    up = p.tokens[gathering.head]
    if up.pos == "ADP" and gathering.dep == "pobj":
        up = p.tokens[up.head]
    return up.i in governs and up.lemma.lower() in TAKE_PART


_OTHER_CLAUSES = frozenset({"advcl", "acl", "relcl"})  # a clause of its own: « après que … », "after …", « qui … »


def _opening_place(p: Parse) -> str:
    """A place that opens the sentence before a comma (« À Bordeaux, 20 000 selon la préfecture, 53 000 selon la
    CGT »): the scope of every value of the sentence that names none of its own."""
    toks = p.tokens
    for n, t in enumerate(toks[:5]):
        if t.text == ",":
            return ""
        if t.pos == "PROPN" and t.ent not in ("ORG", "NORP", "DATE") and n and \
                (toks[n - 1].text.lower() in _SCOPE_CASES or _named_place(toks, n)) and \
                any(x.text == "," for x in toks[n + 1 : n + 4]):
            return t.text
    return ""


def _named_place(toks: Sequence[Tok], n: int) -> bool:
    """« Dans la province du Sud-Kivu, … », "In the province of X, …": a place noun after a case, then the name."""
    return n >= 3 and toks[n - 1].text.lower().replace("’", "'") in ("de", "du", "d'", "of") and \
        toks[n - 2].lemma.lower() in _PLACE_NOUNS and any(x.text.lower() in _SCOPE_CASES for x in toks[: n - 2])


def part_of(sentence: str, span: Span, stretch: tuple[int, int]) -> bool:
    if _PART_WORDS.search(sentence[max(stretch[0], span[0] - 30) : span[0]]) or _OF_THEM.match(sentence, span[1]):
        return True  # « dont 12 », « neuf d'entre eux », "nine of them"
    if _AMONG_THE_COUNT.search(sentence[max(0, span[0] - 90) : span[0]]):
        return True  # « parmi les 153 morts, il y avait 97 femmes et 56 hommes »: the whole's own number ends the
        # stretch before them
    if _OUT_OF_THE_COUNT.search(sentence[max(0, span[0] - 60) : span[0]]):
        return True  # « Sur les 60 blessés, 36 sont soignés à l'hôpital », "Of the 85 injured, 53 remain in hospital"
    # « 242 personnes, dont deux pilotes et dix membres d'équipage »: a value listed after a part is one too
    return bool(stretch[0] and _LISTED.fullmatch(sentence, stretch[0], span[0]) and
                _PART_LIST.search(sentence, max(0, stretch[0] - 60), stretch[0]))  # fmt: skip


_OF_THEM = re.compile(r"\s*(?:d['’]entre\s+(?:eux|elles)|of\s+(?:them|those|whom))\b", re.I)
_AMONG_THE_COUNT = re.compile(r"\b(?:parmi\s+les|among\s+the)\s+\d[\d\s.,]*\s+\w+\s*,?\s*(?:figurent|se\s+trouvent|"
                              r"on\s+(?:compte|dénombre)|il\s+y\s+a(?:vait)?|were|are|was)"
                              r"(?:\s+[^.;:!?()]{1,40}?(?:,|\bet\b|\band\b))?\s*$", re.I)  # (and the parts listed after)
_OUT_OF_THE_COUNT = re.compile(r"(?:^|[^\w])(?:sur|parmi)\s+(?:les|ces)\s+\d[\d\s.,_]*\s+\w+(?:\s+\w+)?\s*,\s*$|"
                               r"\b(?:of|out\s+of|among)\s+(?:the|these|those)\s+\d[\d,._]*\s+\w+(?:\s+\w+)?\s*,\s*$",
                               re.I)  # fmt: skip
_LISTED = re.compile(r"\s*(?:,|\bet\b|\band\b)\s*", re.I)
_PART_LIST = re.compile(r"(?:\bdont|\bincluding|\bincluded|\bparmi\s+(?:eux|elles|lesquels|lesquelles)|\bof\s+whom|\bamong\s+(?:whom|them)"
                        r"|\bof\s+them)\s+(?:[^\s.;:!?()]+\s+){0,4}[^\s.;:!?()]+$",
                        re.I)


def event_of(sentence: str, stretch: tuple[int, int] | None = None, opening: int = 0) -> str:
    """« lors de la précédente journée », "the previous day of protests": an earlier occasion than the one the
    story is about, named in the value's own stretch (« une participation de 27,7 % contre 45 % au premier tour
    il y a cinq ans »: the 45 %'s, not the 27,7 %'s) or before the sentence's first value (`opening`), which
    sets the occasion of every value after it. A named day is read by the caller (when), which knows the
    calendar."""
    for m in _EVENT_NOUNS.finditer(sentence):
        if stretch is not None and not (stretch[0] <= m.start() < stretch[1] or m.start() < opening):
            continue
        before = sentence[max(0, m.start() - 25) : m.start()]
        after = sentence[m.end() : m.end() + 25]
        if m.group().lower() in ("tour", "round") and _FIRST_BEFORE.search(before):
            continue  # « dès le premier tour », "in the first round": this vote's round, not an earlier vote
        if m.group().lower() == "day" and not _DAY_OF.match(after):
            continue  # "up from 136 the previous day": the day before, not an earlier day of protests
        if _PREVIOUS_BEFORE.search(before) or _PREVIOUS_AFTER.match(after):
            return "previous"
    return ""


# The earlier-occasion word must qualify the occasion noun itself: « la précédente journée », "the previous day of
# protests", « la mobilisation précédente », « lors du premier tour »; not a word of the clause around it ("Earlier,
# during the day, …": earlier than the writing, not an earlier day).
_PREVIOUS_BEFORE = re.compile(r"\b(?:précédente?s?|dernière|dernier|previous|last|prior|earlier|première|premier|first)"
                              r"(?:\s+(?:grande?s?|big|nouvelle|national|nationale|presidential|parliamentary|general|"
                              r"legislative|\w+['’]s))?\s+$", re.I)
_FIRST_BEFORE = re.compile(r"\b(?:premier|first)\s+$", re.I)
_DAY_OF = re.compile(r"\s+of\s+(?:\w+\s+)?(?:protests?|action|strikes?|demonstrations?|mobili[sz]ation|marches)\b", re.I)
_PREVIOUS_AFTER = re.compile(r"\s+(?:précédente?s?|d['’]avant)\b|(?:\s+d[eu]s?)?\s+(?:la\s+)?(?:semaine|veille)\s+"
                             r"(?:dernière|précédente)\b", re.I)


def frame(p: Parse | None, sentence: str, span: Span, others: Sequence[Span] = ()) -> Frame:
    """The qualifiers of the value at `span` (others: the spans of the sentence's other values)."""
    stretch = stretch_of(sentence, span, others)
    part = part_of(sentence, span, stretch)
    opening = min(s for s, _ in (span, *others))  # where the sentence's first value starts
    if p is None:
        return Frame(part=part, event=event_of(sentence, stretch, opening))
    tok = value_token(p, span)
    if tok is None:
        return Frame(part=part)
    holder, hspan, reporter = holder_of(p, tok, sentence, stretch)
    return Frame(
        side=side_of(p, sentence, span, stretch),
        scope=scope_of(p, sentence, span, stretch),
        part=part,
        event=event_of(sentence, stretch, opening),
        holder=holder,
        holder_span=hspan,
        reporter=reporter,
        predicate=predicate_of(p, tok),
        denied=denied(p, tok),
    )


@dataclass(frozen=True)
class StanceFrame:
    """Who takes the stance a word states, read on the tree: `subject` is the span of its verb's subject (None when
    the tree names none, or the word is no verb: « le soutien de », "Rwandan-backed"); `undergone` says the
    subject undergoes the verb rather than takes the stance (« l'ancien ministre a été condamné à cinq ans », "the
    plan was rejected": a passive without its agent)."""

    subject: Span | None = None
    undergone: bool = False
    governor: Span | None = None  # the verb whose complement it is (« refuse de tolérer »: refuse), if any


_AGENT = frozenset({"obl:agent", "agent"})


def stance_frame(p: Parse | None, span: Span) -> StanceFrame:
    """The subject of the verb a stance word is, climbing from an infinitive or participle to the verb or adjective
    that carries the subject (« l'administration semble prête à tolérer »: l'administration), and whether that
    verb is passive with no agent named."""
    if p is None:
        return StanceFrame()
    toks = [t for t in p.at(*span) if t.pos in ("VERB", "AUX")]
    if not toks:
        return StanceFrame()
    verb = toks[0]
    kids = p.children(verb.i)
    passive = any(c.dep in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in kids)
    agent = any(c.dep in _AGENT or (c.dep.startswith("obl") and any(g.text.lower() in ("par", "by") and g.dep == "case"
                                                                     for g in p.children(c.i)))
                for c in kids)  # fmt: skip
    if passive and not agent:
        return StanceFrame(undergone=True)
    head = p.tokens[verb.head]
    governor = (head.start, head.end) if verb.dep.split(":")[0] in ("xcomp", "ccomp") and head.i != verb.i else None
    for t in [verb] + p.ancestors(verb.i)[:3]:
        if t.i != verb.i and t.pos not in ("VERB", "AUX", "ADJ"):
            break
        subj = subject_of(p, t)
        if subj is not None and not (passive and t.i == verb.i):
            below = p.subtree(subj.i)
            return StanceFrame(subject=(min(x.start for x in below), max(x.end for x in below)), governor=governor)
        if t.dep.split(":")[0] not in ("xcomp", "advcl", "acl", "ccomp", "conj"):
            break
    return StanceFrame(governor=governor)
