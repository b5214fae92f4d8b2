"""Undated pages dated by what the other pages of the story say: a page that gives no day of its own and names
none in its text, but gives a toll (« 157 morts ») that pages dated to the day gave, was written when that toll
was current. Its claims then hold from the first day a dated page gave it: « 119 morts » on a page dated Saturday
and an undated « 157 morts » that Sunday's pages give are a toll that went on, not two counts of one moment.

Only a toll that only grows dates a page (the dead, victims, cases: the missing and the injured in care fall and
rise, a crowd's size comes back from day to day), only by the largest value the page gives of it (the latest it
knew: « 37 morts, contre 30 lundi » is of the day 37 was given, not of Monday), and only from ten on (a toll of two
or three dead is given for days). The day found is shown as inferred (`Assertion.as_of_inferred`), never as the
page's own.

A page that says how long after an event it tells (« Deux semaines après l'explosion, la police a annoncé … »,
"Two days after the crash, officials said …") is no older than that many days after the day the story's pages
give that event (« l'explosion s'est produite le samedi 6 juillet »): its claims of no known time, or of an
earlier day only its text's latest named day gave, hold from then on, shown as « ≥ … (inferred) »."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import Sequence

from ..reading.events import DISASTER_KINDS, SOME_INCIDENT, event_word
from ..records import Article, Assertion, Sentence
from .actors import fold
from .extract import dated_to_the_day, parse_day
from .marks import ONLY_GROWING

SMALLEST = 10  # a toll below this is given for days on end: it dates nothing


def _toll(a: Assertion) -> bool:
    return (a.what == "figure" and a.key.split("|")[1] in ONLY_GROWING and not a.denied and a.low is not None
            and a.low >= SMALLEST)  # fmt: skip


def dated_by_their_tolls(
    assertions: Sequence[Assertion], sentences: Sequence[Sentence], articles: Sequence[Article]
) -> list[Assertion]:
    """The claims, those of figures with no known time on a page not dated to the day given the first day a page
    dated to the day gave the largest toll that page gives (the latest such day over its tolls). Deterministic:
    the day found does not depend on the order of the claims."""
    dated = {a.name for a in articles if dated_to_the_day(a)}
    first: dict[tuple[str, str], str] = {}  # (key, value) → the first day a dated page gave it
    largest: dict[tuple[str, str], Assertion] = {}  # (page, key) → the undated page's largest value of that toll
    for a in assertions:
        if not _toll(a):
            continue
        page = sentences[a.sentence].article
        if page in dated and a.as_of is not None:
            day = a.as_of[:10]
            first[a.key, a.value] = min(first.get((a.key, a.value), day), day)
        elif page not in dated and a.as_of is None:
            best = largest.get((page, a.key))
            if best is None or (a.low, a.value) > (best.low, best.value):
                largest[page, a.key] = a
    days: dict[str, str] = {}
    for (page, key), a in largest.items():
        day = first.get((key, a.value))
        if day is not None:
            days[page] = max(days.get(page, day), day)
    if not days:
        return list(assertions)
    return [replace(a, as_of=days[page], as_of_inferred=True)
            if a.what == "figure" and a.as_of is None and (page := sentences[a.sentence].article) in days else a
            for a in assertions]  # fmt: skip


# Durations after an event that date a page (« deux semaines après »): days and weeks, up to two months; a month
# or a year after is too loose a day to order counts by.
_DAYS = {"days": 1, "weeks": 7}
_LONGEST = 60
# What a story calls its disaster without saying which (« le drame »), as a duration's event word is written (folded).
_SOME_INCIDENT = frozenset(fold(word) for word in SOME_INCIDENT)


def _event_days(assertions: Sequence[Assertion]) -> dict[str, str]:
    """Each event word the story's pages date (the words a date claim is of, « explosion », « séisme ») and each
    kind of event (« séisme » and "earthquake": quake) → the day most of its date claims give (the earliest on a
    tie): what the pages say that event's day is."""
    days: dict[str, Counter] = {}
    for a in assertions:
        if a.what != "date" or a.key.startswith("date|recalled") or parse_day(a.value[:10]) is None:
            continue
        if len(a.value) > 10 and a.value[10] not in " (":
            continue  # a span of days (« du 3 au 5 »): no one day
        kind = a.key.split("|")[1] if a.key.count("|") else ""  # « date|#quake »: the day of a quake
        names = {fold(w) for w in a.about} | {event_word(w) for w in a.about} | {kind[1:] if kind[:1] == "#" else ""}
        for name in names - {"", "said"}:
            days.setdefault(name, Counter())[a.value[:10]] += 1
    return {name: min(c, key=lambda d: (-c[d], d)) for name, c in days.items()}


def _elapsed_day(a: Assertion, events: dict[str, str]) -> str | None:
    """The day a duration after an event names (« deux semaines après l'explosion » and the explosion's day), None
    when it names none the story dates."""
    bits = a.key.split("|")
    if a.what != "figure" or bits[1] != "duration" or bits[2] not in _DAYS or a.low is None or a.low != a.high:
        return None
    since = next((b[len("since="):] for b in bits[4:] if b.startswith("since=")), "")
    start = events.get(fold(since)) or events.get(event_word(since) or "-")
    if start is None and fold(since) in _SOME_INCIDENT:  # « dix jours après le drame »: the one disaster the story
        kinds = [kind for kind in DISASTER_KINDS if kind in events]  # dates, when it dates one kind of it
        start = events[kinds[0]] if len(kinds) == 1 else None
    days = a.low * _DAYS[bits[2]]
    if start is None or not 0 < days <= _LONGEST:
        return None
    return (dt.date.fromisoformat(start) + dt.timedelta(days=int(days))).isoformat()


def dated_by_elapsed_time(
    assertions: Sequence[Assertion], sentences: Sequence[Sentence], articles: Sequence[Article]
) -> list[Assertion]:
    """The claims, the figures of a page not dated to the day held from the latest day its durations after an
    event name (see the module), when they had no time or an earlier day only the page's text gave."""
    dated = {a.name for a in articles if dated_to_the_day(a)}
    events: dict[str, str] | None = None
    days: dict[str, str] = {}
    for a in assertions:
        page = sentences[a.sentence].article
        if page in dated or a.what != "figure" or "since=" not in a.key:
            continue
        events = _event_days(assertions) if events is None else events
        day = _elapsed_day(a, events)
        if day is not None:
            days[page] = max(days.get(page, day), day)
    if not days:
        return list(assertions)
    out = []
    for a in assertions:
        day = days.get(sentences[a.sentence].article)
        if day and a.what == "figure" and (a.as_of is None or a.as_of_floor and a.as_of[:10] < day):
            a = replace(a, as_of=day, as_of_floor=True)
        out.append(a)
    return out
