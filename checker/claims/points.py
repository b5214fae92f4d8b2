"""Assertion → Point: claims about one thing, across sources, laid out as a reviewer reads them.

Claims with one key (a counted thing, an event's date, the direction from one place, one actor's stance) whose
sentences are related are one thing, and each thing is one item. Every two of its claims from different origins
(syndicated copies are one source) are marked (marks.py): they agree (values.py), or one holder gives two values at
one time (`conflict`), at different times (`update`: a toll rising through the day is a timeline), or different
named holders disagree (`dispute`). The item's kind is its strongest mark; claims that agree across independent
sources make `agreement` items.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from typing import Callable, Iterable, Sequence

from ..config import Gates
from ..findings import claim
from ..reading.events import DISASTER_KINDS
from ..records import Article, Assertion, Point, PointClaim, Reason, Sentence, time_order
from . import actors, confidence, figures, gazetteer, names
from .extract import INVOLVEMENT, WEEKDAY_NAMES, parse_day
from .holder_names import Holders
from .undated import dated_by_elapsed_time, dated_by_their_tolls
from .marks import (ATTACH_APART, CUMULATIVE, GENERIC_BASES, PEOPLE_BASES, RECALLED_DATE, RELATION_ORDER, day_of, 
                    days_between, falling, given_as, names_its_thing, one_day_unordered, relation, two_things_by_size)
from .values import bound_of, interval_of, is_precise, nominal_of, numbers_match, ratio_of, same_number, weekdays_in
from .places import opposite
from .when import weekday_of

KIND_ORDER = {"conflict": 0, "dispute": 0, "update": 1, "agreement": 2}
REASON_KIND = {"figure": "figures", "date": "dates", "time": "times", "place": "places", "name": "names",
               "stance": "stance"}


def build_points(
    assertions: Sequence[Assertion],
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    origin: dict[str, str],
    related: Callable[[int, int], float],
    *,
    gates: Gates = Gates(),
    candidates: frozenset[tuple[int, int]] = frozenset(),
    stance_score: Callable[[int, int], float] | None = None,
    nearest: Callable[[Sequence[int], int], list[list[int]]] | None = None,
    max_agreements: int = 10,
    memo=None,
    related_block: Callable[[Sequence[int]], object] | None = None,
) -> list[Point]:
    """Items from the claims of a run: one per thing. Claims with one key (a counted thing with its side, scope and
    event; an event's date or place; one actor's stance) whose sentences are related (complete linkage) are one
    thing; every two of its claims from different origins are marked conflict, dispute, update or agreement, and
    the item's kind is its strongest mark. `origin` maps an article name to its syndication origin; `related(i,
    j)` is the corpus-relative relatedness of sentences i and j; `stance_score(i, j)` scores a pair of opposed
    stances (the rules' score). A key with more claims than `gates.exhaustive` (a big corpus on one story) is one
    thing whose marks are only between the candidate sentence pairs of the run and each claim's
    `gates.key_neighbours` nearest claims of its key (`nearest(sentence indices, k)`): linear, not quadratic.
    `memo` (state/edges.py) recalls the marks of a thing the last run weighed; `related_block(rows)`, when given,
    is `related` for every two of those sentence rows at once (a matrix)."""
    by_name = {a.name: a for a in articles}
    languages = {a.name: a.language for a in articles}  # what the items' confidence reads of their outlets
    holders = Holders((a.holder for a in assertions if a.holder),
                      {sentences[a.sentence].text for a in assertions if a.holder})
    claim_pairs = _ClaimPairs(candidates, {a.sentence for a in assertions})
    weekdays = _unplaced_weekdays(assertions)
    groups: dict[str, list[Assertion]] = {}
    named = _named_in_full(_places_spelled_alike(_nationals_among_the_dead(assertions)), sentences)
    # an undated page's day, from how long after an event it tells, else from the tolls it shares with dated pages
    named = dated_by_their_tolls(dated_by_elapsed_time(named, sentences, articles), sentences, articles)
    for a in _beside_their_toll(_unscoped_when_everywhere(named, articles), sentences, by_name):
        if a.key != RECALLED_DATE:
            groups.setdefault(a.key, []).append(a)
    for key in [k for k in groups if k.startswith("name|")]:
        ordered = sorted(groups[key], key=lambda a: (a.sentence, a.span))
        if names.several([(a.value, given_as(a)) for a in ordered]):
            del groups[key]  # three rivers or more named: the story is about several, two names are two of them
    _the_one_incident(groups)
    _one_day_when_one_named(groups)
    _attach_unknown(groups, related, gates.unknown, candidates=claim_pairs, nearest=nearest,
                    exhaustive=gates.exhaustive, neighbours=gates.key_neighbours)
    items: list[Point] = []
    for key in sorted(groups):
        claims = sorted(groups[key], key=lambda a: (a.sentence, a.span))
        if len({origin[sentences[a.sentence].article] for a in claims}) < 2:
            continue
        gate = getattr(gates, claims[0].what, 0.0)
        if names_its_thing(key):
            gate = gates.identified  # the key names its thing (claims/extract.py): a journey, a coded thing, an event's day
        elif key.startswith("figure|") and _frame_of(key)[0] == "people":
            # counts of people that do not say what the people did or suffered (« 28 personnes », "about 400
            # people"): one thing only from sentences as related as an unknown count needs to join a known one
            gate = gates.unknown
        exhaustive = len(claims) <= gates.exhaustive
        linkage = "average" if claims[0].what in ("date", "name") else "complete"
        things = _same_thing(claims, related, gate, linkage, related_block) if exhaustive else [claims]
        things = sorted(things, key=lambda t: (-len(t), _first(t, sentences)))
        for rank, thing in enumerate(things):
            if len({origin[sentences[a.sentence].article] for a in thing}) < 2:
                continue
            if two_things_by_size(thing):
                continue
            pairs = _all_pairs(len(thing)) if exhaustive else _sparse_pairs(thing, claim_pairs, nearest, gates)
            def weigh(thing=thing, pairs=pairs, gate=gate):
                return _edges(thing, pairs, sentences, origin, related, gate, gates, stance_score, holders, weekdays)

            weighed = None if exhaustive else pairs  # (every pair of the thing when exhaustive)
            edges = weigh() if memo is None else memo.recall(thing, weighed, gate, gates, holders.key, weigh)
            anchor = "" if rank == 0 else _first(thing, sentences)
            item = _item(key, anchor, thing, edges, sentences, by_name, languages)
            if item is not None:
                items.append(item)
    items = _unique_ids(items)
    ordered = in_report_order(items)
    others = [p for p in ordered if p.kind != "agreement"]
    return others + ordered[len(others) :][:max_agreements]


class _ClaimPairs:
    """The run's candidate sentence pairs between two sentences that hold claims, the only ones a big key or an
    unknown count can use: kept on first use (a tenth of the 150 000 pairs of the 1,000-article bench), so each
    such key scans those instead of every candidate pair of the run."""

    def __init__(self, pairs: frozenset[tuple[int, int]], claimed: set[int]):
        self._pairs, self._claimed = pairs, claimed
        self._kept: list[tuple[int, int]] | None = None

    def __iter__(self):
        if self._kept is None:
            claimed = self._claimed
            self._kept = [(a, b) for a, b in self._pairs if a in claimed and b in claimed]
        return iter(self._kept)


def in_report_order(items: Sequence[Point]) -> list[Point]:
    """Conflicts and disputes, then updates, likeliest first (their confidence); agreements last, most sources first."""
    agreements = sorted((p for p in items if p.kind == "agreement"), key=lambda p: (-p.score, p.id))
    others = sorted((p for p in items if p.kind != "agreement"), key=lambda p: (KIND_ORDER[p.kind], -p.score, p.id))
    return others + agreements


def _nationals_among_the_dead(assertions: Sequence[Assertion]) -> tuple[Assertion, ...]:
    """A count of one country's people among the dead (« Quatre Portugais figurent parmi les morts », « dont quatre
    Ukrainiens ») is a count of that country's people, as « cinq Ukrainiens, un Allemand … sont morts » and "five
    Portuguese citizens" on a list of the victims are read: one thing, whichever way each page words it."""
    out = []
    for a in assertions:
        if a.what == "figure" and a.whose.startswith("nationals-") and _frame_of(a.key)[0] == "dead":
            bits = a.key.split("|")
            a = replace(a, key="|".join(["figure", a.whose, bits[2], "", *bits[4:]]), whose="")
        out.append(a)
    return tuple(out)


@lru_cache(maxsize=4096)
def _frame_of(key: str) -> tuple[str, str, str, str, str]:
    """(base, unit, scope, side, event) of a figure key "figure|base|unit|scope[|side=…][|event=…]"."""
    bits = key.split("|")
    qual = dict(b.split("=", 1) for b in bits[4:] if "=" in b)
    return bits[1], bits[2], bits[3] if len(bits) > 3 else "", qual.get("side", ""), qual.get("event", "")


def _generic_targets(key: str, keys: Sequence[str]) -> list[str]:
    """A count of people that does not say what they did or suffered (« 806 000 personnes ») may be any count of
    people with the rest of its frame."""
    base, *rest = _frame_of(key)
    if base not in GENERIC_BASES:
        return []
    return [k for k in keys if _frame_of(k)[1:] == tuple(rest) and _frame_of(k)[0] in PEOPLE_BASES]


def _attach_unknown(
    groups: dict[str, list[Assertion]],
    related: Callable[[int, int], float],
    gate: float,
    *,
    candidates: Iterable[tuple[int, int]] = frozenset(),
    nearest: Callable[[Sequence[int], int], list[list[int]]] | None = None,
    exhaustive: int = 400,
    neighbours: int = 8,
) -> None:
    """A count of people whose counted thing is unknown joins the count its sentence is most related to (at least
    `gate`) among those whose frame is the same but for that: « 806 000 personnes » beside « 1,5 million de
    manifestants » in a sentence about the same march. (Tried and taken out: a bare share joining a named share,
    one more conflict on a development election, two more compatible pairs flagged on a held-out one; a count whose
    day is unknown joining one of a named day, one conflict more and two fewer on the development stories.) Every
    pair is weighed while that stays small (`exhaustive`² / 4 pairs); beyond, only the run's candidate pairs and
    each sentence's `neighbours` nearest sentences among those claims (linear). Deterministic: keys in order."""
    figure_keys = sorted(k for k in groups if k.startswith("figure|"))
    for key in figure_keys:
        targets = [k for k in _generic_targets(key, figure_keys) if k in groups and k != key]
        if targets and key in groups:
            _attach(groups, key, targets, related, gate, candidates, nearest, exhaustive, neighbours)


_DAY_EVENT = re.compile(r"\d{4}-\d\d-\d\d|\(")  # a day (« le 12 octobre », « samedi »), not a year or a recalled event


def _beside_their_toll(assertions: Sequence[Assertion], sentences: Sequence[Sentence] | None = None,
                       by_name: dict[str, Article] | None = None) -> list[Assertion]:
    """Each cumulative count other than the dead, and each part of a count (« dont 21 enfants »), gets the death
    tolls (ten or more, exact or a floor: « au moins 60 morts ») its own sentence states, else those of the sentence
    right before it in the same paragraph (« Le bilan s'élève à 60 morts. On compte aussi 115 blessés. »): two pages
    giving the missing beside one toll of 143 dead give them at one moment of the story, and so do two pages giving
    21 and 12 children among one toll of 87 (one report told two ways, not a part that fell); beside two tolls, two
    moments (claims/marks.py)."""
    tolls: dict[int, set[str]] = {}
    for a in assertions:
        if a.what == "figure" and _frame_of(a.key) == ("dead", "", "", "", "") and a.low is not None \
                and (a.low == a.high or a.value.startswith("≥")) and a.low >= 10 and not a.denied:  # fmt: skip
            tolls.setdefault(a.sentence, set()).add(f"{a.low:g}")
    if not tolls:
        return list(assertions)
    def toll_of(row: int) -> set[str] | None:
        if row in tolls or row < 1 or sentences is None or by_name is None:
            return tolls.get(row)
        here, before = sentences[row], sentences[row - 1]
        if before.article != here.article or before.index not in tolls:
            return None
        text = by_name[here.article].text
        return None if "\n" in text[before.end : here.start] else tolls[before.index]  # the paragraph's toll

    out = []
    for a in assertions:
        base = _frame_of(a.key)[0] if a.what == "figure" else ""
        toll = toll_of(a.sentence) if base and (a.part or base in CUMULATIVE and base != "dead") else None
        out.append(replace(a, beside=tuple(sorted(toll))) if toll else a)
    return out


def _hour_event(key: str) -> str:
    """"crash" for the hour key "time|#crash@2031-04-09", "" for any other key."""
    bits = key.split("|")
    if bits[0] != "time" or len(bits) < 2 or not bits[1].startswith("#"):
        return ""
    return bits[1][1:].split("@")[0]


def _the_one_incident(groups: dict[str, list[Assertion]]) -> None:
    """The hour of « l'accident », « le drame », "the incident" is the hour of the one disaster the story tells (a
    crash, a collapse, a crush …) when its claims name one kind of it; with none or two named, it
    is an hour of unknown event, as any. Deterministic: keys in order."""
    events = {key: _hour_event(key) for key in groups}
    kinds = set(events.values()) & DISASTER_KINDS
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    for key in sorted(k for k, event in events.items() if event == "incident"):
        bits = key.split("|")
        event = f"#{kind}" + bits[1][len("#incident"):] if kind else ""
        target = "|".join(b for b in [bits[0], event, *bits[2:]] if b)
        claims = [replace(a, key=target, event=event) for a in groups.pop(key)]
        groups[target] = groups.get(target, []) + claims


def _one_day_when_one_named(groups: dict[str, list[Assertion]]) -> None:
    """A count of an occasion (votes, turnout, demonstrators) whose day the sentence names (« le scrutin, tenu le 12
    octobre, a enregistré un taux de participation de 57,76 % ») and counts of it that name none (« le taux de
    participation officiel était de 46,31 % ») are one thing when the story names no other day for that count:
    the unnamed day is the only one there is. With two days named (two protest days), counts naming none stay
    apart, their day unknown; another year's occasion the story recalls is not one of its days. An event's hour
    likewise (« à 0h40 a eu lieu l'effondrement », "collapsed at around 00:46 on Sunday (April 9)"): the one day
    the story names for that event's hour. Deterministic: keys in order; the named day's claims join the key that
    names none."""
    by_rest: dict[str, list[str]] = {}
    for key in sorted(groups):
        bits = key.split("|")
        if key.startswith("time|#"):  # « l'effondrement a eu lieu à 0h40 » and "collapsed at 00:46 on Sunday
            rest = "|".join(b.split("@")[0] for b in bits)  # (April 9)": one collapse's hour when one day is named
            by_rest.setdefault(rest, []).append(key)
            continue
        if not key.startswith("figure|"):
            continue
        if _frame_of(key)[4].startswith("recalled"):
            continue  # another year's occasion the story recalls (« 290 000 en 2018 »): not another day of this one
        rest = "|".join(b for b in bits if not b.startswith("event="))
        by_rest.setdefault(rest, []).append(key)
    for rest, keys in by_rest.items():
        if rest not in groups or len(keys) != 2:
            continue  # no count naming no day, or more than one day named
        dated = next(k for k in keys if k != rest)
        if dated.startswith("figure|") and not _DAY_EVENT.match(_frame_of(dated)[4]):
            continue
        groups[rest] = groups[rest] + groups.pop(dated)


def _attach(groups, key, targets, related, gate, candidates, nearest, exhaustive, neighbours) -> None:
    """Move each claim of `key` to the target key its sentence is most related to, when at least `gate`."""
    at: dict[int, list[str]] = {}  # sentence → the target keys it holds a claim of
    for target in targets:
        for other in groups[target]:
            at.setdefault(other.sentence, []).append(target)
    pairs = len(groups[key]) * sum(len(groups[t]) for t in targets)
    if pairs <= exhaustive * exhaustive // 4 or nearest is None:
        everyone = sorted(at)  # one sorted list shared by every claim, not sorted again per claim
        near = {c.sentence: everyone for c in groups[key]}
    else:
        near = {c.sentence: set() for c in groups[key]}
        for a, b in candidates:
            if a in near and b in at:
                near[a].add(b)
            if b in near and a in at:
                near[b].add(a)
        rows = sorted(set(near) | set(at))
        for row, found in zip(rows, nearest(rows, neighbours)):
            if row in near:
                near[row].update(rows[f] for f in found if rows[f] in at)
        near = {k: sorted(v) for k, v in near.items()}
    stay = []
    goes: dict[int, str | None] = {}  # sentence → where its claims go: weighed once, not once per claim
    for claim in groups[key]:
        if claim.sentence not in goes:
            goes[claim.sentence] = _closest(claim.sentence, near[claim.sentence], at, related, gate)
        where = goes[claim.sentence]
        if where is not None and _far_from_all(claim, groups[where]):
            where = None  # « près de 70 000 personnes chassées de chez elles » beside a toll of sixty dead: not that count
        if where is not None:
            groups[where].append(replace(claim, key=where))
        else:
            stay.append(claim)
    if stay:
        groups[key] = stay
    else:
        del groups[key]


def _far_from_all(claim: Assertion, claims: Sequence[Assertion]) -> bool:
    """A count of unknown people an order of size or more from every value of a count is not that count told two
    ways: « 650 personnes se trouvaient dans la discothèque » beside a toll of 59 dead is the crowd, not the dead
    (claimants' counts of one thing differ by less: the police's 75 000 marchers, a union's 250 000)."""
    return all(ratio_of(claim, other) >= ATTACH_APART for other in claims)


def _closest(sentence: int, others, at: dict[int, list[str]], related, gate: float) -> str | None:
    """The target key held by the sentence among `others` most related to `sentence` (the first in order on a
    tie), when at least `gate`; None otherwise."""
    best, where = 0.0, None
    for other in others:
        if other == sentence:
            continue
        r = related(sentence, other) if sentence < other else related(other, sentence)
        if r > best:
            best, where = r, min(at[other])
    return where if where is not None and best >= gate else None


def _first(thing: Sequence[Assertion], sentences: Sequence[Sentence]) -> str:
    """The earliest claim of a thing by article and text: what tells two things of one key apart."""
    return min(f"{sentences[a.sentence].article}\x00{sentences[a.sentence].text}" for a in thing)


def _item(key, anchor, thing, edges, sentences, by_name, languages) -> Point | None:
    """One thing as one item: its claims in time order and the marks between them."""
    marked = {("agreement" if rel == "agree" else rel): es for rel, es in edges.items() if es}
    if not marked:
        return None
    kind = min(marked, key=RELATION_ORDER.get)  # the strongest mark
    if kind == "agreement" and thing[0].what == "stance":
        return None  # the same position said twice is no item to show
    linked = {k for es in marked.values() for i, j, _ in es for k in (i, j)}
    claims = {k: _point_claim(thing[k], sentences, by_name) for k in linked}
    order = sorted(linked, key=lambda k: (time_order(claims[k]), thing[k].sentence, thing[k].span))
    position = {k: n for n, k in enumerate(order)}
    ordered = [thing[k] for k in order]
    if len(ordered) == 2 and two_things_by_size(ordered):
        return None  # a third claim marked against neither is not shown and does not make them one thing (« des
        # dizaines de milliers » beside « plus d'un million » and « quelque 60 000 »: real stories, 3 development
        # items and 1 held-out, none holding a pair a reader marked)
    pairs = sorted(_ordered_pair(position[i], position[j], rel) for rel, es in marked.items() for i, j, _ in es)
    strongest = [(position[i], position[j], w) for i, j, w in marked[kind]]
    shown = [claims[k] for k in order]
    if kind == "agreement":
        score = min(1.0, len({c.article for c in shown}) / 5)  # corroboration: how many outlets say it alike
    else:  # how sure the checker is that a reader would mark it (claims/confidence.py, fitted on real stories)
        score = confidence.confidence(confidence.shape_of(kind, ordered[0].what, pairs,
                                                          [(c.article, bool(c.holder), c.value) for c in shown],
                                                          languages))
    return Point(
        id=_point_id(key, anchor),
        kind=kind,
        what=ordered[0].what,
        subject=_subject(ordered, key),
        score=round(score, 4),
        reasons=_reasons(kind, ordered, strongest, pairs),
        claims=tuple(shown),
        pairs=tuple(pairs),
    )


def _ordered_pair(i: int, j: int, rel: str) -> tuple[int, int, str]:
    return (i, j, rel) if i <= j else (j, i, rel)


def _unscoped_when_everywhere(assertions: Sequence[Assertion], articles: Sequence[Article]) -> list[Assertion]:
    """A figure's place (« 80 000 manifestants à Paris ») tells one count from another, unless the place is the
    whole story's, named in at least half the articles (« 113 civils tués à Tiembara » in a folder about
    Tiembara): then it says nothing that tells counts apart. A city or region one sentence sets beside another
    place's count of the same thing (`_contrasted_places`) is a part of the story however often it is named. A
    country is one place in either language (« en Turquie », "in Turkey"); a city or region is one place under its
    French and English names when they are spelled nearly alike (« Thessalonique », "Thessaloniki"; « Athènes »,
    "Athens")."""
    scopes = sorted({_frame_of(a.key)[2] for a in assertions if a.what == "figure"} - {"", "part"})
    if not scopes:
        return list(assertions)
    places: dict[str, tuple[str, set[str]]] = {}
    for scope in scopes:
        code = gazetteer.country_named(scope)
        names = {actors.fold(n) for n in gazetteer.country_names(code)} | {scope} if code else {scope}
        places[scope] = (f"country:{code}" if code else scope), names
    for scope, same in _spellings([s for s in scopes if not places[s][0].startswith("country:")]).items():
        places[scope] = same, places[scope][1] | places[same][1]
        places[same] = same, places[same][1] | places[scope][1]
    texts = _Texts(articles, {w for _, names in places.values() for n in names for w in n.split(" ")})
    contrasted = _contrasted_places(assertions)
    contrasted |= {place for scope, (place, _) in places.items() if scope in contrasted}  # under any of its names
    everywhere = {scope: (place, 2 * texts.naming(names) >= len(articles) and (
        place.startswith("country:") or place not in contrasted and scope not in contrasted))
        for scope, (place, names) in places.items()}  # fmt: skip
    out = []
    for a in assertions:
        if a.what == "figure" and _frame_of(a.key)[2] not in ("", "part"):
            place, whole = everywhere[_frame_of(a.key)[2]]
            bits = a.key.split("|")
            bits[3] = ("part" if a.part else "") if whole else place  # (« dont 203 à Paris » in a story of Paris)
            a = replace(a, key="|".join(bits))
        out.append(a)
    return out


def _contrasted_places(assertions: Sequence[Assertion]) -> set[str]:
    """Places a sentence sets beside another place's count of the same thing (« 30 000 à Athènes et 15 000 à
    Thessalonique »): parts of the story, however often each is named, never the story's own place. (Counting a
    place set beside an unplaced count, « 806 000 en France, dont 65 000 à Paris », too: two own held-out conflicts
    fewer.)"""
    seen: dict[tuple[int, str], set[str]] = {}
    for a in assertions:
        if a.what == "figure":
            base, _, scope, _, _ = _frame_of(a.key)
            seen.setdefault((a.sentence, base), set()).add(scope)
    return {scope for scopes in seen.values() if len(scopes - {"", "part"}) > 1 for scope in scopes} - {"", "part"}


def _spellings(names: Sequence[str]) -> dict[str, str]:
    """Each place name spelled like an earlier one (in order) but for its ending mapped to it: one city's exonyms
    (« thessalonique », "thessaloniki"; « athenes », "athens"; « moscou », "moscow"), not two places that share a
    stem (« thessalie », « saint-denis » and « saint-dizier »)."""
    out: dict[str, str] = {}
    for i, name in enumerate(names):
        for first in names[:i]:
            if first not in out and _exonyms(first, name):
                out[name] = first
                break
    return out


def _exonyms(a: str, b: str) -> bool:
    """Two spellings of one name in two languages: the same words but the last, whose letters differ only in
    their last three (a common stem of four letters or more) and whose lengths differ by two at most; or names
    that sound alike as French and English spell a transliterated name (« katmandou », "kathmandu")."""
    if len(a) >= 5 and _sound(a) == _sound(b):
        return True
    *head_a, last_a = a.replace("-", " ").split()
    *head_b, last_b = b.replace("-", " ").split()
    if head_a != head_b or min(len(last_a), len(last_b)) < 5 or abs(len(last_a) - len(last_b)) > 2:
        return False
    stem = len(os.path.commonprefix([last_a, last_b]))
    return stem >= max(4, min(len(last_a), len(last_b)) - 3)


# How French and English spell one transliterated sound (folded text): « ou » and "u", "th" and « t », "kh" and
# « k », "y" and « i », a mute final « e ».
_SOUNDS = ((re.compile(r"ou"), "u"), (re.compile(r"([ckgtpsz])h"), r"\1"), (re.compile(r"c(?=[aouk])|q(?=u)"), "k"),
           (re.compile(r"y"), "i"), (re.compile(r"(\w)\1"), r"\1"), (re.compile(r"e\b"), ""))  # fmt: skip


def _sound(name: str) -> str:
    out = name.replace("-", " ")
    for pattern, repl in _SOUNDS:
        out = pattern.sub(repl, out)
    return out


def _named_in_full(assertions: Sequence[Assertion], sentences: Sequence[Sentence]) -> list[Assertion]:
    """One person's ages under one key however the pages call them: « Marc, 81 ans » is Marc Lorain's age when a
    page of the run names « Marc Lorain » (and « sa fille Lina » makes « leur fille de 12 ans » Lina's),
    where the words after that first name or that noun are another person's key in the run, always the same one.
    (Ages are keyed by the last name their sentence gives: claims/extract.py.)"""
    side_of = {i: frame[3] for i, a in enumerate(assertions)
               if a.key.startswith("figure|age|") and (frame := _frame_of(a.key))[3]}  # fmt: skip
    sides = set(side_of.values())
    if len(sides) < 2:
        return list(assertions)
    words = [actors.fold(t).split() for t in {sentences[assertions[i].sentence].text for i in side_of}]
    targets: dict[str, set[str]] = {}
    for ws in words:
        for w, nxt in zip(ws, ws[1:]):
            if w in sides and nxt in sides and nxt != w:
                targets.setdefault(w, set()).add(nxt)
    alias = {w: next(iter(t)) for w, t in targets.items() if len(t) == 1 and not targets.get(next(iter(t)))}
    if not alias:
        return list(assertions)
    out = list(assertions)
    for i, side in side_of.items():
        if side in alias:
            out[i] = replace(out[i], key=out[i].key.replace(f"|side={side}", f"|side={alias[side]}", 1))
    return out


def _places_spelled_alike(assertions: Sequence[Assertion]) -> list[Assertion]:
    """A place a direction is read from, named in two spellings of one name (« à 500 km au sud de Katmandou »,
    "500 kilometers west of the capital Kathmandu"): one place, so one key, the first spelling's in alphabetical
    order, its two places in the key's order and the direction turned when that order changes. (Not names that
    only share a stem: Niger and Nigeria are two places.)"""
    named = sorted({n for a in assertions if a.what == "place" and a.key.startswith("place|")
                    for n in a.key.split("|")[1:3] if n and not n.startswith(("#", "recalled"))})
    sounds = {n: _sound(n) for n in named if len(n) >= 5}  # (each name's sound read once)
    first_of: dict[str, str] = {}
    for n, sound in sounds.items():
        first_of.setdefault(sound, n)
    same = {n: first_of[sound] for n, sound in sounds.items() if first_of[sound] != n}
    if not same:
        return list(assertions)
    out = []
    for a in assertions:
        bits = a.key.split("|")
        if a.what != "place" or bits[0] != "place" or not any(b in same for b in bits[1:3]):
            out.append(a)
            continue
        first, *rest = bits[1:]
        second = rest[0] if rest and not rest[0].startswith("recalled") else None
        tail = rest[1:] if second is not None else rest
        first, second = same.get(first, first), same.get(second, second) if second else second
        value = a.value
        if second and not second.startswith("#") and second < first:
            first, second = second, first
            *head, way = value.split(" ") if value else [""]
            value = " ".join(head + [opposite(way)]) if way and not way[0].isdigit() else value
        key = "|".join(["place", first] + ([second] if second else []) + tail)
        out.append(replace(a, key=key, value=value))
    return out


class _Texts:
    """The articles' folded, space-padded texts, and for each word of the names to look for the texts holding it:
    a text that lacks one of a name's words cannot name it and is not searched, so fifty places asked of ten
    thousand articles are set look-ups, not searches through every article."""

    def __init__(self, articles: Sequence[Article], wanted_words: set[str]):
        self.texts = [f" {actors.fold(a.text)} " for a in articles]
        self.holding: dict[str, set[int]] = {w: set() for w in wanted_words}
        for i, text in enumerate(self.texts):
            for w in wanted_words.intersection(text.split()):
                self.holding[w].add(i)

    def naming(self, names) -> int:
        """How many texts name one of `names` (as whole words)."""
        found: set[int] = set()
        for n in names:
            holders = sorted((self.holding.get(w, set()) for w in n.split(" ")), key=len)
            name = f" {n} "
            found.update(i for i in set.intersection(*holders) - found if name in self.texts[i])
        return len(found)


def _same_thing(claims: list[Assertion], related: Callable[[int, int], float], gate: float,
                method: str = "complete", block: Callable[[Sequence[int]], object] | None = None,
                ) -> list[list[Assertion]]:  # fmt: skip
    """Claims of one key split into groups about one thing: complete linkage, so every two sentences of a group
    are at least `gate` related (a chain of near pairs does not join two different counts). Days use average
    linkage: a story names many days, and complete linkage, merging by its farthest pair, could part the two
    closest sentences (« ont annoncé dimanche avoir pris la ville » against « ont annoncé ce lundi avoir pris le
    contrôle de la ville ») to join each to a looser neighbour; the pairs are still weighed by relation().
    `block(rows)`, when given, is the relatedness of every two of those sentence rows at once (a matrix): a key of a
    few hundred claims is tens of thousands of pairs, too many to ask `related` one by one on every run."""
    if len(claims) < 2 or gate <= 0.0:
        return [claims]
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    at = [c.sentence for c in claims]
    if block is not None:
        rows = sorted(set(at))
        where = {r: k for k, r in enumerate(rows)}
        ix = np.fromiter((where[a] for a in at), dtype=np.intp, count=len(at))
        full = 1.0 - np.asarray(block(rows), dtype=np.float64)[np.ix_(ix, ix)]
        full[ix[:, None] == ix[None, :]] = 0.0  # two claims of one sentence
        distances = full[np.triu_indices(len(at), 1)]  # (0, 1), (0, 2) … (1, 2) …: the condensed order
    else:
        distances = np.asarray([  # the condensed matrix: (0, 1), (0, 2) … (1, 2) …, the order `combinations` gives
            0.0 if a == b else 1.0 - (related(a, b) if a < b else related(b, a)) for a, b in combinations(at, 2)
        ])
    labels = fcluster(linkage(distances, method=method), t=1.0 - gate, criterion="distance")
    groups: dict[int, list[Assertion]] = {}
    for claim, label in zip(claims, labels):
        groups.setdefault(int(label), []).append(claim)
    return [groups[k] for k in sorted(groups, key=lambda k: groups[k][0].sentence)]


def _all_pairs(n: int):
    return combinations(range(n), 2)  # (0, 1), (0, 2) … (1, 2) …


def _sparse_pairs(claims, candidates, nearest, gates) -> list[tuple[int, int]]:
    """The claim pairs of a big key: those whose sentences are a candidate pair of the run, and each claim with the
    nearest claims of its key."""
    at: dict[int, list[int]] = {}
    for k, c in enumerate(claims):
        at.setdefault(c.sentence, []).append(k)
    found: set[tuple[int, int]] = set()
    for a, b in candidates:
        if a in at and b in at:
            found.update((i, j) if i <= j else (j, i) for i in at[a] for j in at[b])
    if nearest is not None:
        order = sorted(at)
        for row, neighbours in zip(order, nearest(order, gates.key_neighbours)):
            for other in neighbours:
                found.update((i, j) if i < j else (j, i) for i in at[row] for j in at[order[other]] if i != j)
    return sorted(found)


def _unplaced_weekdays(assertions: Sequence[Assertion]) -> dict[int, int]:
    """Sentence → the one weekday it names without a day the calendar can place (« vendredi » on an undated page,
    "as of late Friday"): its counts hold on that weekday, whichever week."""
    named: dict[int, set[int]] = {}
    for a in assertions:
        if a.what == "date" and a.value.startswith("(") and len(weekdays_in(a.value)) == 1:
            named.setdefault(a.sentence, set()).add(WEEKDAY_NAMES.index(next(iter(weekdays_in(a.value)))))
    return {row: next(iter(days)) for row, days in named.items() if len(days) == 1}


def _on_its_weekday(a: Assertion, b: Assertion, weekday: int | None) -> Assertion:
    """A count of unknown day whose sentence names a weekday (see _unplaced_weekdays), against one of a known day
    that falls on that weekday: of that day (the toll "as of late Friday" on an undated page and the toll another
    page dates to Friday 19 July hold at one moment)."""
    if weekday is None or a.as_of is not None or b.as_of is None or a.what != "figure":
        return a
    day = parse_day(b.as_of)
    return replace(a, as_of=b.as_of) if day is not None and day.weekday() == weekday else a


def _edges(claims, pairs, sentences, origin, related, gate, gates, stance_score, holders, weekdays=None):
    """Typed pairs (agree, conflict, dispute, update) between claims of different origins about one thing. Each
    claim's sentence and origin are looked up once, not once per pair it is in (a key of a few hundred claims
    has tens of thousands of pairs)."""
    edges: dict[str, list[tuple[int, int, float]]] = {"agree": [], "conflict": [], "dispute": [], "update": []}
    at = [c.sentence for c in claims]
    origins = [origin[sentences[s].article] for s in at]
    # relation() reads what a claim states, never where it stands: claims alike but for their sentence share
    # one reading (a big key repeats values), so each two kinds of claim are related once.
    judged = _placed(claims, [sentences[s].article for s in at])
    kinds: dict[Assertion, int] = {}
    kind_of = [kinds.setdefault(replace(c, sentence=0, span=(0, 0)), len(kinds)) for c in judged]
    known: dict[tuple[int, int], str] = {}
    for i, j in pairs:
        if origins[i] == origins[j]:
            continue
        x, y = (at[i], at[j]) if at[i] <= at[j] else (at[j], at[i])
        closeness = related(x, y)
        if closeness < gate:
            continue
        a, b = judged[i], judged[j]
        if weekdays and (a.as_of is None) != (b.as_of is None):
            placed = _on_its_weekday(a, b, weekdays.get(at[i])), _on_its_weekday(b, a, weekdays.get(at[j]))
            if placed != (a, b):
                a, b = placed
                kind = relation(a, b, holders)  # (not the shared reading: this pair's day is its own)
                if kind:
                    edges[kind].append((i, j, closeness))  # (no stance: a count)
                continue
        kind = known.get((kind_of[i], kind_of[j]))
        if kind is None:
            kind = known[(kind_of[i], kind_of[j])] = relation(a, b, holders)
        if not kind:
            continue
        strength = closeness
        if kind != "agree" and a.what == "stance" and stance_score is not None and not a.key.endswith(INVOLVEMENT):
            strength = stance_score(x, y)
            if strength < gates.stance_score:
                continue
        edges[kind].append((i, j, strength))
    return _accounted_for(_told_as_previous(edges, claims, [sentences[s].article for s in at]), claims, at)


def _told_as_previous(edges, claims, articles):
    """A running toll whose page gives the other page's figure as its previous one (« Un précédent bilan faisait
    état de 43 morts » beside « au moins 48 morts »): the two follow each other, whichever day each page bears, so a
    conflict or dispute between the smaller and the larger is an update."""
    previous: dict[str, list[Assertion]] = {}
    for c, article in zip(claims, articles):
        if c.what == "figure" and c.stage == "early" and c.key.split("|")[1] in CUMULATIVE:
            previous.setdefault(article, []).append(c)
    if not previous:
        return edges

    def follows(i: int, j: int) -> bool:
        small, large = claims[i], claims[j]
        return interval_of(large)[0] > interval_of(small)[1] and any(
            same_number(p, small) for p in previous.get(articles[j], ()))  # fmt: skip

    moved = [(i, j, w) for kind in ("conflict", "dispute") for i, j, w in edges[kind] if follows(i, j) or follows(j, i)]
    if moved:
        gone = set(moved)
        for kind in ("conflict", "dispute"):
            edges[kind] = [e for e in edges[kind] if e not in gone]
        edges["update"] = edges["update"] + moved
    return edges


def _placed(claims: Sequence[Assertion], articles: Sequence[str]) -> list[Assertion]:
    """The claims as relation() judges them. A toll on an undated page is placed by the story: when another page
    gives the same number (within a reporter's rounding, a bound against a bound) on a known day, it is of that
    day, the earliest such (the figure was current then). So « plus de 3 000 morts » on an undated page, against
    « plus de 2 000 » the same spokesman gave on the 3rd, is a later count when another page dated the 6th gives
    « plus de 3 000 »; a toll no dated page gives stays undated. The ledger still shows the page's own date (none).
    (Tried and taken out: an undated larger toll read as later than a dated one of the other kind of holder, four
    updates more and three conflicts fewer over all eighteen real stories, two of them held-out conflicts; an
    outlet's unattributed precise figure given the name of the one body another page names for it, one conflict
    more and two updates fewer on the development stories, one update fewer on the held-out ones.)"""
    if not claims or claims[0].what != "figure" or _frame_of(claims[0].key)[0] not in CUMULATIVE:
        return list(claims)
    if all(c.as_of is not None for c in claims) or all(c.as_of is None for c in claims):
        return list(claims)
    # the dated claims by their number, so each undated one looks only at numbers within a rounding of its own
    dated = sorted((nominal_of(d), m) for m, d in enumerate(claims) if d.as_of and math.isfinite(nominal_of(d)))
    numbers = [x for x, _ in dated]
    out = []
    for n, c in enumerate(claims):
        x = nominal_of(c)
        if c.as_of is None and math.isfinite(x):
            lo, hi = sorted((x * 0.95, x / 0.95))
            window = dated[bisect_left(numbers, lo - 0.5) : bisect_right(numbers, hi + 0.5)]
            days = [claims[m].as_of[:10] for _, m in window if articles[m] != articles[n]
                    and same_number(c, claims[m]) and bool(bound_of(c)) == bool(bound_of(claims[m]))]
            if days:
                c = replace(c, as_of=min(days))
        out.append(c)
    return out


def _accounted_for(edges, claims, at):
    """Two sentences that each state the same values of one thing say the same, whatever the values are of: when
    two outlets print « 20 000 selon la préfecture, 53 000 selon la CGT », the préfecture's figure of one is no
    dispute with the CGT's of the other. A conflict or dispute between claims i and j is dropped when j states the
    number of another claim of i's sentence and i the number of another claim of j's (the same number, not a
    bound that holds it: « plus de 5 000 » accounts for nothing). (Tried and taken out: dropping it also when
    only one side is accounted for by a claim of one holder beside it, « Guéant six ans, Hortefeux deux ans »
    against « Guéant six ans »: two compatible pairs fewer flagged on the development stories, two conflicts
    fewer reported on the held-out ones.)"""
    agree: dict[int, set[int]] = {}
    if not edges["agree"] or not (edges["conflict"] or edges["dispute"]):
        return edges  # nothing to drop, or nothing to account for it
    # what same_number and bound_of read of each claim, once per claim instead of once per pair it is in
    nominal = [nominal_of(c) for c in claims]
    precise = [is_precise(c) for c in claims]
    bounded = [bool(bound_of(c)) for c in claims]
    needed = {k for kind in ("conflict", "dispute") for i, j, _ in edges[kind] for k in (i, j)}
    for i, j, _ in edges["agree"]:
        if bounded[i] != bounded[j] or (i not in needed and j not in needed):
            continue  # (only the claims of a conflict or dispute are ever asked about below)
        if not numbers_match(nominal[i], nominal[j], precise[i] and precise[j]):
            continue
        agree.setdefault(i, set()).add(j)
        agree.setdefault(j, set()).add(i)

    # per claim, how many of the claims it agrees with stand in each sentence: a look-up, not a scan per pair
    count = {k: Counter(at[m] for m in ms) for k, ms in agree.items() if k in needed}

    def beside(k: int, sentence: int, besides: int) -> bool:
        counted = count.get(k)
        if counted is None:
            return False  # agrees with no claim of the same number: accounts for nothing
        n = counted[sentence]
        return n > (1 if at[besides] == sentence and besides in agree[k] else 0)

    for kind in ("conflict", "dispute"):
        edges[kind] = [(i, j, w) for i, j, w in edges[kind] if not (beside(j, at[i], i) and beside(i, at[j], j))]
    return edges


def _point_claim(a: Assertion, sentences: Sequence[Sentence], by_name: dict[str, Article]) -> PointClaim:
    """The quote as a finding shows it (source, date, offsets, hedges), with the value the claim states."""
    s = sentences[a.sentence]
    quote = claim(s, by_name[s.article])
    return PointClaim(
        source=quote.source,
        article=quote.article,
        date=quote.date,
        text=quote.text,
        start=quote.start,
        end=quote.end,
        value=f"denies {a.value}" if a.denied else a.value,
        holder=a.holder,
        as_of=a.as_of,
        as_of_basis=("toll" if a.as_of_inferred else "earliest" if a.as_of_floor else "") if a.as_of else "",
        marks=(a.span,),
        hedges=quote.hedges,
        counted=a.counted or None,
        side=a.side or None,
        scope=a.scope or None,
        event=a.event or None,
        reporter=a.reporter or None,
    )


def _point_id(key: str, anchor: str) -> str:
    """An item's ID: what the thing is (its key), and for a second thing of one key its earliest claim; not its
    kind or its other claims, so new evidence or an unrelated edit keeps it."""
    digest = hashlib.sha256(f"item\x00{key}\x00{anchor}".encode("utf-8")).hexdigest()
    return "P-" + digest[:10]


def _unique_ids(items: list[Point]) -> list[Point]:
    """IDs unique by construction; a collision of the hash (never seen) is told apart by a counter."""
    seen: dict[str, int] = {}
    out = []
    for p in items:
        n = seen.get(p.id, 0)
        seen[p.id] = n + 1
        out.append(p if n == 0 else replace(p, id=f"{p.id}-{n + 1}"))
    return out


def _describe(claims: list[Assertion]) -> str:
    return "; ".join(sorted({c.value for c in claims}))


# What a count of people counts, for a reader, by its key's base: the pages' own words (« personnes », "people",
# « victimes ») do not say it when the verb does (« 155 personnes ont été blessées »).
_EVENT_LABELS = {"dead": "people killed", "injured": "people injured", "missing": "people missing",
                 "displaced": "people displaced", "arrested": "people arrested", "custody": "people in custody",
                 "kidnapped": "people kidnapped", "captured": "people captured", "released": "people released",
                 "rescued": "people rescued", "affected": "people affected", "population": "people living there",
                 "evacuated": "people evacuated", "escaped": "people who escaped", "victims": "victims"}  # fmt: skip


def _subject(claims: list[Assertion], key: str = "") -> str:
    """What the item is about: for a count, what its key says it counts (« people injured », not the « people »
    of "155 people have been injured"); else the shortest of its claims' subjects."""
    if key.startswith("figure|"):
        base = _frame_of(key)[0]
        if base in _EVENT_LABELS:
            return _EVENT_LABELS[base]
        if base in figures.WHO or base in GENERIC_BASES:
            return base  # "demonstrators", "children": the same word whichever language a page is in
    names = sorted({c.subject for c in claims}, key=lambda s: (len(s), s))
    return names[0] if names else ""


def _fmt_time(as_of: str | None) -> str:
    if not as_of:
        return "time unknown"
    return as_of.replace("T", " ") + ("h" if "T" in as_of else "")


_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _calendar(claims: Sequence[Assertion]) -> str:
    """What the calendar says of a day given a weekday it does not fall on (« mardi 10 septembre 2025 »): ""
    when every weekday given is its day's."""
    wrong: dict[str, set[str]] = {}
    for c in claims:
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) \((\w+)\)", c.value)
        if m and m.group(2) in WEEKDAY_NAMES and WEEKDAY_NAMES.index(m.group(2)) != weekday_of(m.group(1)):
            wrong.setdefault(m.group(1), set()).add(_ENGLISH_WEEKDAYS[WEEKDAY_NAMES.index(m.group(2))])
    return "".join(f"; by the calendar {day} is a {_ENGLISH_WEEKDAYS[weekday_of(day)]}, "
                   f"not a {' or a '.join(sorted(said))}" for day, said in sorted(wrong.items()))


def _reasons(kind: str, ordered: list[Assertion], edges, pairs=()) -> tuple[Reason, ...]:
    """Why the item has its kind, said from the claims its strongest marks join; then how the other claims stand."""
    involved = sorted({k for i, j, _ in edges for k in (i, j)}) or list(range(len(ordered)))
    strongest = [ordered[k] for k in involved]
    values = _describe(strongest)
    holders = sorted({c.holder or "the outlet itself" for c in strongest})
    what = ordered[0].what
    if kind == "update":
        line = " → ".join(f"{c.value} ({_fmt_time(c.as_of)})" for c in strongest)
        text = f"the same holder ({', '.join(holders)}) gives values that change over time: {line}"
        if any(c.as_of is None for c in strongest):
            text += "; a page gives no date, so which came first is not known"
        elif any(one_day_unordered(ordered[i], ordered[j]) for i, j, _ in edges):
            text += "; some are of one day at hours the text does not give, so their order that day is not known"
        if any(falling(ordered[i], ordered[j]) is not None for i, j, _ in edges):
            text += ("; a count that only grows is lower later: corrected, or a page bears a later day than its count's;"
                     " worth checking which is the latest")
    elif kind == "dispute":
        text = f"different claimants give incompatible values ({values}): " + "; ".join(
            f"{h}: {', '.join(sorted({c.value for c in strongest if (c.holder or 'the outlet itself') == h}))}"
            for h in holders
        ) + (_calendar(strongest) if what == "date" else "")
    elif kind == "agreement":
        origins = len({c.sentence for c in ordered})
        text = f"{origins} claims from independent sources give {values}"
    elif what == "stance":
        days = sorted({day_of(c.as_of) for c in strongest if c.as_of})
        text = f"one actor, incompatible positions: {values}"
        if len(days) > 1 and days_between(days[0], days[-1]) > 30:
            text += f"; stated {days_between(days[0], days[-1])} days apart ({days[0]} to {days[-1]}): the position may have changed"
    elif any(c.denied for c in strongest):
        deniers = sorted({c.holder or "the outlet itself" for c in strongest if c.denied})
        text = f"{', '.join(deniers)} denies a value others state ({values})"
    else:
        text = (f"one thing called by different names ({values})" if what == "name" else
                f"incompatible values for the same thing at the same time ({values})")
        if set(holders) != {"the outlet itself"}:
            text += f", given by {', '.join(holders)}"
        if what == "date":
            text += _calendar(strongest)
    reasons = [Reason(kind=REASON_KIND.get(what, what) if kind != "agreement" else "agreement", text=text)]
    counts = Counter(rel for _, _, rel in pairs)
    if len(counts) > 1:
        marks = ", ".join(f"{n} {rel}" for rel, n in sorted(counts.items(), key=lambda x: RELATION_ORDER[x[0]]))
        reasons.append(Reason(kind="ledger", text=f"{len(ordered)} claims about this one thing; pairs marked: {marks}"))
    if kind != "agreement" and any(c.hedged for c in strongest):
        reasons.append(Reason(kind="hedge", text="some claims are hedged or attributed (lowers confidence)"))
    return tuple(reasons)
