"""What a sentence calls one thing of the story, French or English: the name a kind of place or venue is given
(« la discothèque « Palace » », "the Pulse nightclub", « le village de Kaokalam », "Yambali village", « la rivière
Patapsco », "the Patuxent River", « l'hôpital de Koumac », « la gare du Nord »).

The kinds are read from a common noun of the text (a club, a village, a river, a hospital, a station, a stadium, a
prison, a bridge; not an airport, called by its town and its own name alike: « l'aéroport de Bamako », "Modibo
Keita International Airport"), the name as the capitalised words the noun introduces or follows, never from a list
of names. A plural noun (« les hôpitaux de Stip et Kocani ») or a name in a list (« le village de A et celui de
B ») names several things, none of which is the one thing a sentence calls by its name: no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.claims import gazetteer
from checker.claims.figures import flat

# Common nouns (singular, flat: lower case without accents) and the kind of thing each names.
_KINDS = {
    "discotheque": "venue", "boite de nuit": "venue", "night-club": "venue", "nightclub": "venue",
    "night club": "venue", "salle de concert": "venue", "salle de spectacle": "venue", "concert hall": "venue",
    "village": "village", "hameau": "village",
    "riviere": "river", "fleuve": "river", "river": "river",
    "hopital": "hospital", "hospital": "hospital", "chu": "hospital", "chn": "hospital", "chr": "hospital",
    "clinique": "hospital", "clinic": "hospital",
    "gare": "station", "railway station": "station", "train station": "station",
    "stade": "stadium", "stadium": "stadium",
    "prison": "prison", "maison d'arret": "prison", "centre penitentiaire": "prison",
    "pont": "bridge", "bridge": "bridge",
}  # fmt: skip
_NOUN = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UP}][\w'’.-]*"
# Lower-case words a name may hold between its capitalised ones (« Ciudad del Este », "Dar es Salaam"), never « de »
# or "of": « l'hôpital Swaroop Rani Nehru de Prayagraj » is the hospital's name, then its town.
_LINK = r"(?:di|da|del|el|al|es|van|von|bin|ibn)"
_NAME = rf"{_WORD}(?:(?:\s+{_LINK})?\s+{_WORD}){{0,4}}"
_QUOTE_OPEN = r"(?:[«\"“]\s*)?"

# « la discothèque « Palace » », « le village de Kaokalam », « l'hôpital Swaroop Rani Nehru », « la gare du Nord »;
# "the village of Yambali", "the river Thames", "the club Pulse"
_NOUN_FIRST = re.compile(
    rf"(?i:\b(?P<noun>{_NOUN}))(?P<of>\s+(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?))?\s*{_QUOTE_OPEN}"
    rf"(?P<name>{_NAME})"
)
# "the Patapsco River", "Yambali village", "the Pulse nightclub", "Moti Lal Nehru Medical College hospital"
_NAME_FIRST = re.compile(rf"(?P<name>{_NAME})\s+(?i:(?P<noun>{_NOUN}))\b")

# Capitalised words that are no name: articles and pronouns opening a sentence, weekdays, « selon », "according".
_NOT_NAMES = frozenset(
    "le la les l un une des ce cette ces son sa ses leur leurs the a an this that these those its their his her our "
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday "
    "selon according mais but et and or ou il elle ils elles he she they we nous on".split()
)
# A name in a list (« le village de A et celui de B », "Civil Hospital, Everest Hospital and Bir Hospital"): several
# things, none of which is the one thing a sentence calls by its name.
_LIST_AFTER = re.compile(rf"(?:\s*,\s*|\s+(?:et|and|ou|or)\s+(?:(?:celui|celle)\s+(?:du|de|d['’])|that\s+of|the|le|la|"
                         rf"l['’])?\s*)(?=[{_UP}])")
_INDEFINITE = re.compile(r"\b(?:un|une|a|an|another|un autre|une autre)\s+$", re.IGNORECASE)
# « entre gare de l'Est et Nation »: where a march ran, not a list
_BETWEEN = re.compile(r"\b(?:entre|between)\s+(?:la\s+|le\s+|l['’]|the\s+)?$", re.IGNORECASE)
_LIST_BEFORE = re.compile(r"(?:,|\b(?:et|and|ou|or))\s+(?:(?:the|le|la|l['’])\s*)?$", re.IGNORECASE)


def _unaccented(text: str) -> str:
    """The text without accents, its case kept, one character for one (the nouns are matched here, the names
    taken from the text at the same offsets)."""
    return "".join(c if c.isascii() else (flat(c).upper() if c.isupper() else flat(c)) if len(flat(c)) == 1 else c
                   for c in text)


@dataclass(frozen=True)
class Named:
    """One thing of a kind the sentence calls by a name."""

    kind: str  # "venue", "village", "river", "hospital", "station", "stadium", "prison", "bridge"
    name: str  # as written (« Palace », "Patapsco")
    span: tuple[int, int]  # the noun and the name
    # How the name is given: "of" after « de / du / of » (« l'hôpital de Koumac », « le pont de Gênes », « la gare du
    # Nord »: a town's name or the thing's own), "own" right after the noun (« le pont Morandi », « la discothèque
    # « Palace » »: the thing's own); before the noun ("Yambali village", "the Moscow concert hall"), "of" when the
    # gazetteer knows the name as a place, else "own".
    given: str = ""


def names(text: str) -> tuple[Named, ...]:
    """The things the sentence calls by a name, in order of their names. Never raises; text without a noun of a
    kind has none."""
    if not text:
        return ()
    low = flat(text)
    if not any(noun in low for noun in _KINDS):
        return ()
    plain = _unaccented(text)
    found: dict[tuple[int, int], Named] = {}
    for pattern in (_NOUN_FIRST, _NAME_FIRST):
        for m in pattern.finditer(plain):
            noun = " ".join(flat(m.group("noun")).split())
            start, end = m.span("name")
            words = text[start:end].split()
            while words and flat(words[0]) in _NOT_NAMES:
                start = text.index(words[1], start) if len(words) > 1 else end
                words = words[1:]  # "The Patapsco River": the article opens the sentence, not the name
            name = _trimmed(" ".join(words))
            if not name or noun not in _KINDS:
                continue
            if pattern is _NAME_FIRST and not text[:start].strip(" «\"“'‘") and len(words) == 1:
                continue  # "Citing hospital officials, …": a word opening the sentence is capitalised anyway
            listed = _LIST_AFTER.match(text, m.end()) or _LIST_AFTER.match(text, start + len(name))
            if listed and "," not in listed.group() and _BETWEEN.search(text, 0, min(m.start(), start)):
                listed = None
            if listed or _LIST_BEFORE.search(text, 0, min(m.start(), start)):
                continue
            end = start + len(name)
            span = (min(m.start(), start), max(m.end(), end))
            if any(s[0] < span[1] and span[0] < s[1] for s in found):
                continue  # one name read both ways (« la rivière Patapsco River »): the first
            if pattern is _NOUN_FIRST and _INDEFINITE.search(plain, 0, m.start()):
                continue  # « un hôpital de Skopje », "a river": some thing of the kind, not the one the story is about
            given = "of" if (m.group("of") if pattern is _NOUN_FIRST else gazetteer.resolve(name)) else "own"
            found[span] = Named(_KINDS[noun], name, span, given)
    return tuple(sorted(found.values(), key=lambda n: n.span))


def _trimmed(name: str) -> str:
    """The name without trailing link words or punctuation (« Pulse » of « Pulse » », "Nord." of "Nord.")."""
    words = name.rstrip(" .’'»\"”").split()
    while words and re.fullmatch(_LINK, words[-1], re.IGNORECASE):
        words.pop()
    return " ".join(words)


def comparable(a: str, b: str) -> bool:
    """Whether two names given two ways (Named.given) can call one thing by different names: a town after « de »
    (« le pont de Gênes ») and the thing's own name (« le pont Morandi ») are both true of one bridge."""
    return a == b


def several(named: list[tuple[str, str]]) -> bool:
    """Whether a story's names for one kind of thing (value, how given) call three or more things by names no two
    of which are one, among those given one way (rivers Biala, Opava and Wien): it is about several such things,
    and two names are two of them, not one thing named two ways. (A town's name and the thing's own are counted
    apart: « la discothèque de Kočani » and « la discothèque « Pulse » » are one club.)"""
    for way in ("own", "of"):
        distinct: list[str] = []
        for value, given in named:
            if given == way and not any(same_name(value, d) for d in distinct):
                distinct.append(value)
                if len(distinct) >= 3:
                    return True
    return False


def same_name(a: str, b: str) -> bool:
    """Whether two names call one thing: the same words once folded (« Kočani », "Kocani"), one held in the
    other (« Pulse », « Pulse Club »; « Nu », « Lang Nu »), initials (« SRN », « Swaroop Rani Nehru »), or a
    spelling a letter or two apart in a long name (« Guaiba », "Guiaba"; « Puls », « Pulse »)."""
    fa, fb = _folded(a), _folded(b)
    if not fa or not fb:
        return True
    if fa == fb:
        return True
    wa, wb = fa.split(), fb.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if all(any(_alike(w, x) for x in long) for w in short):
        return True  # « Pulse » in « Pulse Club », « Puls » too; « Nu » in « Lang Nu »
    if len(short) == 1 and len(short[0]) == len(long) >= 2 and short[0] == "".join(w[0] for w in long):
        return True  # « SRN » for « Swaroop Rani Nehru »
    return _alike(fa.replace(" ", ""), fb.replace(" ", ""))


def _alike(a: str, b: str) -> bool:
    """One word spelt two ways: equal, or a letter apart in a word of four letters or more, two in one of seven."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    return shortest >= 4 and _distance(a, b) <= (1 if shortest < 7 else 2)


_LINKS = frozenset({"de", "du", "des", "la", "le", "di", "da", "del", "el", "al", "of", "the", "d", "l"})


def _folded(name: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", flat(name)).split()
    return " ".join(w for w in words if w not in _LINKS)


def _distance(a: str, b: str) -> int:
    """Edits from one spelling to the other, two letters swapped counting one (« Guaiba », "Guiaba")."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]
