"""Actors under their many names: « Washington », « les États-Unis », « l'administration américaine » and "US
officials" are one actor (US); « l'armée malienne » is Mali with the role "army".

All names come from checker/data/actors.json (every country and territory with its ISO 3166-1 code, capitals,
seats of government, demonyms, the main international organisations, and generic institution nouns; built by
scripts/build_actors.py, sources in ACTORS-SOURCE.txt). Nothing here names an entity.

Matching is on tokens of the text with accents and case folded, so « Etats-Unis » is « États-Unis », hyphens
are spaces, and « Mali » never matches inside « Somalie ». Case is checked against the data's own spelling: an
acronym (US, ONU, FAMa) must be written exactly so ("us" is a pronoun), a capitalised form (Mali, Washington,
Malian) needs its capital, a lower-case one (malienne, armée) takes any case. A place name is refused when it
is glued to another capitalised word (« Washington Post », « George Washington ») or to a lower-case prefix
(« franco-malien », « pro-russe »).

Roles (what part of a state the words name): government, president, prime-minister, foreign-ministry,
defence-ministry, interior-ministry, health-ministry, finance-ministry, justice, ministry (one not named),
army, police, embassy, intelligence, parliament, state-media; for organisations also security-council,
general-assembly, commission, council. None: the country or organisation itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "actors.json"

Span = tuple[int, int]


@dataclass(frozen=True)
class Actor:
    """One mention of an actor in a text."""

    key: str  # "US", "ML", "org:UN": the same for every name of one actor
    role: str | None  # "army", "government", "president" … when the words say it; None: the actor itself
    name: str  # display name in the language of the text: « États-Unis » / "United States"
    span: Span  # the words in the text, without a leading article


def find_actors(text: str) -> tuple[Actor, ...]:
    """Every actor named in a text, left to right; the longest reading wins and mentions never overlap."""
    return _gazetteer().find(text)


def resolve(phrase: str) -> Actor | None:
    """The actor a noun phrase designates (« l'administration américaine actuelle », "US officials",
    « Bamako », « le porte-parole du gouvernement malien »), or None when it names none or only mentions one
    (« un habitant de Bamako », « un journaliste américain »)."""
    actors = find_actors(phrase)
    if not actors:
        return None
    first = actors[0]
    before = phrase[: first.span[0]]
    if _HEAD_PREFIX.fullmatch(before):
        return first
    # an institution noun may follow a determiner and one or two modifiers (« les nouvelles autorités
    # maliennes », "senior US officials", « deux soldats maliens »)
    if first.role is not None and re.fullmatch(r"(?:\S+\s+){0,3}", before) and not re.search(r"[,;:()]", before):
        return first
    return None


# determiners, then optionally a spokesperson and a genitive: what may stand before a phrase's head
_DET = (
    r"(?:l['’]|le|la|les|un|une|des|du|de|d['’]|au|aux|à|selon|ses|son|sa|leurs?|"
    r"the|a|an|of|by|from|according\s+to)"
)
_VOICE = (
    r"(?:porte-parole|porte-paroles|représentante?s?|envoyée?s?|délégation|délégué(?:e|s|es)?|"
    r"sources?\s+proches?\s+(?:de|du|des|d['’])|"
    r"spokes(?:man|woman|person)|representatives?|envoys?|delegation|(?:a\s+)?sources?\s+(?:in|at|close\s+to))"
)
_HEAD_PREFIX = re.compile(
    rf"\s*(?:{_DET}\s*)*(?:{_VOICE}\s+(?:(?:de|du|des|d['’]|of|for|at|to|in)\s*)?(?:{_DET}\s*)*)?", re.IGNORECASE
)

# --- text folding and tokens ---------------------------------------------------------------------------------
_TOKEN = re.compile(r"\w+|[^\w\s\-]")
_SENTENCE_OPENERS = frozenset('. ! ? : ; « " “ ( [ — – …'.split())
_EN_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_INDEFINITE = frozenset("un chaque cet autre".split())
_PREPOSITIONS = (
    (("de", "la"), 2), (("de", "l", "'"), 3), (("d", "'"), 2), (("du",), 1), (("des",), 1), (("de",), 1)
)  # fmt: skip
_OF = ((("of", "the"), 2), (("of",), 1))
_FR_WORDS = frozenset("le la les des du est et une un dans pour qui que au aux sur par avec a l d selon ont".split())
_EN_WORDS = frozenset("the of and is are was in to for with that on by said has have were from its".split())


def _fold_table() -> dict[int, str]:
    """One character to one character: lower case, no accents, one apostrophe, one hyphen (offsets stay)."""
    table = {}
    for cp in range(0x41, 0x2000):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
    for ch in "’‘ʼʻ`´":
        table[ord(ch)] = "'"
    for ch in "‐‑":
        table[ord(ch)] = "-"
    return table


_FOLD = _fold_table()


def _tokens(form: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(form.translate(_FOLD)))


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return " " not in form and upper >= 2 and upper >= len(letters) - upper


@dataclass(frozen=True)
class _Form:
    """One spelling in the data: what it names and how it must be written."""

    key: str | None  # None: an institution noun, a filler, or a phrase that is no actor (« Air France »)
    role: str | None
    kind: str  # place, seat, org, demonym, blocker, institution, complement, filler
    lang: str  # fr, en
    case: str  # exact, capital, any
    original: tuple[str, ...]  # the tokens as spelled in the data, for exact forms

    def written(self, words: list[str]) -> bool:
        if self.case == "any":
            return True
        if self.case == "capital":  # every word the data capitalises: « La Réunion », not « La réunion de … »
            return all(w[:1].isupper() for w, o in zip(words, self.original) if o[:1].isupper())
        return tuple(w.replace("’", "'") for w in words) == self.original


def _form(key, role, kind, lang, spelling: str) -> _Form:
    if _is_acronym(spelling):
        case = "exact"
    else:
        case = "capital" if spelling[:1].isupper() else "any"
    return _Form(key, role, kind, lang, case, tuple(_TOKEN.findall(spelling.replace("’", "'"))))


class _FirstWordIndex:
    """Token sequences by first token, longest first."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], list[_Form]]]] = {}

    def add(self, spelling: str, form: _Form) -> None:
        toks = _tokens(spelling)
        if not toks:
            return
        entries = self.by_first.setdefault(toks[0], [])
        for seq, forms in entries:
            if seq == toks:
                forms.append(form)
                return
        entries.append((toks, [form]))
        entries.sort(key=lambda e: -len(e[0]))


@dataclass(frozen=True)
class _Match:
    start: int  # token indices
    end: int
    key: str | None
    role: str | None
    langs: frozenset[str]
    kind: str  # place, seat, org, demonym, blocker, or role for a compound
    loose: bool = False  # a place name not written as an acronym: its neighbours are checked


class _Gazetteer:
    def __init__(self, data: dict) -> None:
        self.display: dict[str, dict[str, str]] = {}
        self.names, self.demonyms, self.institutions = _FirstWordIndex(), _FirstWordIndex(), _FirstWordIndex()
        self.complements, self.fillers = _FirstWordIndex(), _FirstWordIndex()
        for key, actor in data["actors"].items():
            self.display[key] = {"fr": actor["fr"], "en": actor["en"]}
            kind = "place" if actor["kind"] == "country" else "org"
            for field in ("names", "capitals"):
                for lang, spellings in actor.get(field, {}).items():
                    for s in spellings:
                        self.names.add(s, _form(key, None, kind, lang, s))
            for lang, spellings in actor.get("demonyms", {}).items():
                for s in spellings:
                    self.demonyms.add(s, _form(key, None, "demonym", lang, s))
            for metonym in actor.get("metonyms", []):
                for lang in ("fr", "en"):
                    for s in metonym[lang]:
                        self.names.add(s, _form(key, metonym["role"], "seat", lang, s))
        for s in data["not_actors"]:
            self.names.add(s, _form(None, None, "blocker", "fr", s))
        for lang, table in data["institutions"].items():
            for s, role in table.items():
                self.institutions.add(s, _form(None, role, "institution", lang, s))
        for s, role in data["ministry_complements"].items():
            self.complements.add(s, _form(None, role, "complement", "fr", s))
        for lang, spellings in data["fillers"].items():
            for s in spellings:
                self.fillers.add(s, _form(None, None, "filler", lang, s))
        self.first = frozenset(self.names.by_first) | frozenset(self.demonyms.by_first) | frozenset(
            self.institutions.by_first
        )

    # --- matching ---------------------------------------------------------------------------------------------
    def find(self, text: str) -> tuple[Actor, ...]:
        folded = text.translate(_FOLD)
        found = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        if not found or self.first.isdisjoint(w for w, _, _ in found):
            return ()
        s = _Sentence(text, found)
        matches: list[_Match] = []
        i = 0
        while i < s.n:
            best = self._best_at(s, i) if s.words[i] in self.first else None
            if best is None:
                i += 1
                continue
            if best.key is not None:
                matches.append(best)
            i = best.end
        matches = _merge(s, matches)
        return tuple(self._actor(s, m) for m in matches)

    def _actor(self, s: _Sentence, m: _Match) -> Actor:
        lang = next(iter(m.langs)) if len(m.langs) == 1 else s.language()
        return Actor(m.key, m.role, self.display[m.key][lang], (s.starts[m.start], s.ends[m.end - 1]))

    def _best_at(self, s: _Sentence, i: int) -> _Match | None:
        candidates: list[_Match] = []
        name = self._name(s, i)
        if name is not None and s.free_after_if_loose(name):
            candidates.append(name)
        demonym = self._demonym(s, i)
        if demonym is not None:
            candidates.append(demonym)
        # an institution noun, then a demonym or a genitive: « l'armée malienne », « le ministre malien de la
        # Défense », « les autorités de Bamako », "the government of Mali"
        for end, forms in s.lookup(self.institutions, i):
            langs = frozenset(f.lang for f in forms)
            for lang in sorted(langs):
                role = next(f.role for f in forms if f.lang == lang)
                for j in [end, *[e for e, _ in s.lookup(self.fillers, end)]]:
                    candidates.extend(self._after_institution(s, i, j, role, lang, langs))
        # a demonym or a name, then an English institution noun or the actor's own seat: "Malian army",
        # "US officials", "Mali's government", "the US State Department"
        for head in (demonym, name):
            if head is None or head.kind not in ("place", "org", "demonym"):
                continue
            j = head.end
            if head.kind != "demonym" and s.words[j : j + 2] == ["'", "s"]:
                j += 2
            for k in [j, *[e for e, _ in s.lookup(self.fillers, j)]]:
                for end, forms in s.lookup(self.institutions, k):
                    en = [f for f in forms if f.lang == "en"]
                    if en:
                        langs = _both(head.langs, frozenset(f.lang for f in forms))
                        candidates.append(_Match(i, end, head.key, en[0].role, langs, "role"))
                        break
            seat = self._name(s, head.end)
            if seat is not None and seat.kind == "seat" and seat.key == head.key:
                candidates.append(_Match(i, seat.end, head.key, seat.role, seat.langs, "role"))
        if not candidates:
            return None
        return max(candidates, key=lambda m: (m.end, m.kind == "role"))

    def _after_institution(
        self, s: _Sentence, i: int, j: int, role: str, lang: str, langs: frozenset[str]
    ) -> list[_Match]:
        out = []
        state = tuple(s.words[i:j]) == ("etat",)
        if state and i > 0 and s.words[i - 1] in _INDEFINITE:
            return out  # « un État australien »: one of a federation's states
        if lang == "fr":
            demonym = self._demonym(s, j)
            # « l'État américain du Kansas » is one state of a federation
            if demonym is not None and not (state and s.genitive_name_at(demonym.end)):
                end, final_role = demonym.end, role
                if role == "ministry":
                    for comp_end, comp in s.lookup(self.complements, end):
                        end, final_role = comp_end, comp[0].role
                        break
                out.append(_Match(i, end, demonym.key, final_role, _both(demonym.langs, langs), "role"))
        preps = _PREPOSITIONS if lang == "fr" else _OF
        for seq, width in preps:
            if tuple(s.words[j : j + width]) == seq:
                name = self._name(s, j + width)
                if name is not None and name.kind in ("place", "org") and s.free_after_if_loose(name):
                    out.append(_Match(i, name.end, name.key, role, _both(name.langs, langs), "role"))
                break
        return out

    def _name(self, s: _Sentence, i: int) -> _Match | None:
        """The longest name at token i that is written as the data spells it and is not glued to a neighbour."""
        for end, forms in s.lookup(self.names, i):
            form = forms[0]
            if form.kind != "blocker" and s.glued_prefix(i):
                continue
            if form.kind == "place" and form.case != "exact" and s.capitalised_before(i):
                continue
            loose = form.kind == "place" and form.case != "exact"
            return _Match(i, end, form.key, form.role, frozenset(f.lang for f in forms), form.kind, loose)
        return None

    def _demonym(self, s: _Sentence, i: int) -> _Match | None:
        for end, forms in s.lookup(self.demonyms, i):
            # « franco-malien »; a capitalised demonym after a capitalised word is a surname or a firm's name
            if s.glued_prefix(i) or (s.original(i)[:1].isupper() and s.capitalised_before(i)):
                return None
            return _Match(i, end, forms[0].key, None, frozenset(f.lang for f in forms), "demonym")
        return None


class _Sentence:
    """A text's tokens: folded words, original words, offsets."""

    def __init__(self, text: str, found: list[tuple[str, int, int]]) -> None:
        self.text = text
        self.words = [w for w, _, _ in found]
        self.starts = [a for _, a, _ in found]
        self.ends = [b for _, _, b in found]
        self.n = len(found)
        self._language: str | None = None

    def original(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def lookup(self, index: _FirstWordIndex, i: int):
        """(end, forms written as spelled) for every entry of the index at token i, longest first."""
        if i >= self.n:
            return
        for seq, forms in index.by_first.get(self.words[i], ()):
            end = i + len(seq)
            if end <= self.n and tuple(self.words[i:end]) == seq:
                originals = [self.original(k) for k in range(i, end)]
                written = [f for f in forms if f.written(originals)]
                if written:
                    yield end, written

    def _adjacent(self, a: int, b: int) -> bool:
        return self.text[self.ends[a] : self.starts[b]] == " "

    def _capital_word(self, i: int) -> bool:
        word = self.original(i)
        return word[:1].isupper() and word.isalpha() and self.words[i] not in _EN_TIME

    def capitalised_before(self, i: int) -> bool:
        """A capitalised word right before, not opening the sentence: « George Washington », « Air France »."""
        k = i - 1
        if k < 0 or not self._adjacent(k, i) or not self._capital_word(k):
            return False
        return not (k == 0 or self.words[k - 1] in _SENTENCE_OPENERS)

    def free_after(self, end: int) -> bool:
        """Not followed by a capitalised word that makes it part of another name (« Washington Post »)."""
        return end >= self.n or not (self._adjacent(end - 1, end) and self._capital_word(end))

    def genitive_name_at(self, i: int) -> bool:
        """« de »/« du »/« d' » then a capitalised word at token i."""
        for seq, width in _PREPOSITIONS:
            if tuple(self.words[i : i + width]) == seq:
                return i + width < self.n and self.original(i + width)[:1].isupper()
        return False

    def free_after_if_loose(self, m: _Match) -> bool:
        return not m.loose or self.free_after(m.end)

    def glued_prefix(self, i: int) -> bool:
        """Hyphenated to a lower-case word before it: « franco-malien », « pro-russe »."""
        a = self.starts[i]
        if a == 0 or self.text[a - 1] not in "-‐‑" or i == 0 or self.ends[i - 1] != a - 1:
            return False
        return self.original(i - 1)[:1].islower()

    def language(self) -> str:
        if self._language is None:
            fr = sum(w in _FR_WORDS for w in self.words)
            en = sum(w in _EN_WORDS for w in self.words)
            self._language = "en" if en > fr else "fr"
        return self._language


def _both(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The languages two parts of a phrase share, else the first part's."""
    return (a & b) or a


def _merge(s: _Sentence, matches: list[_Match]) -> list[_Match]:
    """A seat or an institution and the actor it belongs to, side by side, are one mention: « le Conseil de
    sécurité de l'ONU », « le Pentagone américain »."""
    out: list[_Match] = []
    for m in matches:
        if out and out[-1].key == m.key and out[-1].role is not None and m.role is None:
            prev = out[-1]
            between = tuple(s.words[prev.end : m.start])
            if m.start == prev.end or between in {seq for seq, _ in _PREPOSITIONS + _OF}:
                out[-1] = _Match(prev.start, m.end, prev.key, prev.role, prev.langs, prev.kind)
                continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def actors_data() -> dict:
    """checker/data/actors.json, read once per process (the gazetteer, the countries and the institutions share it)."""
    return json.loads(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer(actors_data())


@lru_cache(maxsize=2)
def _country_forms(field: str) -> dict[str, str]:
    """Each folded form a country's entry lists under `field` (« names », « demonyms »), in either language, mapped
    to the country's key."""
    out: dict[str, str] = {}
    for key, actor in sorted(actors_data().get("actors", {}).items()):
        if actor.get("kind") != "country":
            continue
        for forms in actor.get(field, {}).values():
            for form in forms:
                out.setdefault(_fold_name(form), key)
    return out


def _country_names() -> dict[str, str]:
    return _country_forms("names")


def country_of_demonym(word: str) -> str | None:
    """The country whose people a word names in either language (« Britanniques », "British", "Swiss": its key);
    None for any other word."""
    return _country_forms("demonyms").get(_fold_name(word))


def _fold_name(name: str) -> str:
    return " ".join(name.translate(_FOLD).split()).lower()


def country_names(key: str) -> list[str]:
    """Every name of a country in either language, as the gazetteer spells them."""
    return sorted(name for name, k in _country_names().items() if k == key)


def country_named(place: str) -> str | None:
    """The country a place word names in either language (« Turquie », "Turkey": "TR"); None for a city, a region
    or a capital: a place is the country only when it says the country's own name."""
    return _country_names().get(_fold_name(place))
