"""The records that flow one way through the pipeline: Article → Sentence → Topic → Pair → Finding → Report,
and beside the pairs, Sentence → Assertion → Point (the claims ledger).

All frozen. Vectors stay out of records: the embedding matrix is an ndarray whose rows line up with the
sentence list of the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Article:
    """One input file that is used. `text` is the decoded file text (newlines normalised); `spans` are the
    (start, end) character ranges of the paragraphs kept after page furniture and repeats were removed."""

    path: str  # as given on the command line, for messages
    name: str  # file name, the article's identity in reports
    source: str
    text: str
    spans: tuple[tuple[int, int], ...]
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd when known
    url: str | None = None
    language: str | None = None
    removed: tuple[str, ...] = ()  # what ingest removed, one short line each
    # When neither front matter nor dateline dates it: the latest day the text itself names (ISO), a lower bound
    # for the publication date, shown as inferred. None when the article is dated or names no day.
    date_inferred: str | None = None
    # When it is not dated to the day and every page dated to the day lies within one week: the last of those days,
    # against which its weekdays alone (« mardi matin », "on Sunday") are read, each naming one day of that week.
    weekdays_from: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input file that is not used, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; `text == article.text[start:end]`."""

    index: int  # row in the run's embedding matrix
    article: str  # Article.name
    source: str
    start: int
    end: int
    text: str
    part: int = 0  # 1, 2, … when an over-long sentence was cut into pieces the model can read whole


@dataclass(frozen=True)
class Topic:
    """A cluster of sentences about one subject, named by its top keywords."""

    index: int
    label: str
    keywords: tuple[str, ...]
    members: tuple[int, ...]  # sentence indices


class Pair(NamedTuple):
    """A candidate pair of sentences from different sources; `a < b` by sentence index. (A named tuple, not a
    frozen dataclass: a 10,000-article run makes close to a million, and a tuple is built four times faster.)"""

    a: int
    b: int
    similarity: float
    topic: int | None  # the shared topic, when both sentences are in one


@dataclass(frozen=True)
class Reason:
    """One explainable signal behind a score: a kind a reviewer can filter on, and a sentence that says it."""

    kind: str  # stance, conditions, negation, numbers, dates, hedge, model
    text: str
    weight: float = 0.0  # how much it moved the score; 0 for context such as hedges


@dataclass(frozen=True)
class Judgement:
    """A scorer's answer for one pair: a contradiction score in [0, 1] and the reasons."""

    score: float
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One side of a finding, quoted verbatim from its article."""

    source: str
    article: str
    date: str | None
    text: str
    start: int
    end: int
    hedges: tuple[tuple[int, int], ...] = ()  # spans inside `text` that hedge or attribute the claim


@dataclass(frozen=True)
class Verdict:
    """A reviewer's decision on a finding."""

    id: str
    verdict: str  # confirmed, dismissed, unsure
    note: str
    reviewer: str
    at: str  # ISO 8601, UTC
    claims: tuple[str, ...] = ()  # the two quotes when decided, so an orphaned verdict still says what it was


@dataclass(frozen=True)
class Finding:
    """A pair of claims from different sources that the scorer judges in conflict."""

    id: str
    score: float
    topic: str
    similarity: float
    claims: tuple[Claim, Claim]
    reasons: tuple[Reason, ...]
    review: Verdict | None = None


@dataclass(frozen=True)
class Assertion:
    """An atomic claim read from one sentence: a figure, a date, a weekday, a place or a stance, with whose
    stance or action it is (actor), who states it (holder) and when it holds (as_of)."""

    sentence: int  # Sentence.index
    what: str  # figure, date, weekday, place, stance
    key: str  # what it is about, normalised: claims with one key are about the same thing
    subject: str  # the same, for a reader: « morts », « date de l'annonce », « États-Unis : conditions »
    value: str  # the normalised value as text: "40", "≥ 40", "30–50", "≈ 2000", "2026-02-02", "mardi", "demand"
    span: tuple[int, int]  # the words inside the sentence that state the value
    low: float | None = None  # figures: the interval the words allow (« au moins 40 » is 40..inf); dates: days
    whose: str = ""  # figures: whose count it is when the words say (« 113 civils tués »: civilians)
    high: float | None = None
    actor: str | None = None  # normalised name of whose stance or action it is
    holder: str | None = None  # who states it (« selon la protection civile »); None: the outlet itself
    as_of: str | None = None  # ISO date, optionally "T" + hour, when the claim holds; None when unknown
    timed: bool = False  # as_of comes from a time the sentence names, not only from the article's date
    hedged: bool = False
    # The frame's qualifiers, read from the sentence's parse ("" when the sentence does not say):
    counted: str = ""  # what is counted or dated, for a reader: « morts », "people injured", « visite »
    side: str = ""  # whose side a count is (« côté Wagner », "Malian soldiers")
    scope: str = ""  # where it holds (« Paris »), or "part" for a part of a count (« dont 1 404 »)
    event: str = ""  # which occasion (« 2023-01-31 » for a day of protests, "previous" for an earlier one)
    reporter: str | None = None  # who only passes the claim on (« a rapporté BFM TV »); never its holder
    stage: str = ""  # "early" (« un premier bilan »), "late" (« un nouveau bilan ») or "revised" (« revu à la baisse »)
    denied: bool = False  # the holder denies the value (« le Croissant-Rouge a démenti un bilan de 11 300 morts »)
    about: tuple[str, ...] = ()  # dates: the nouns the day is of (« l'opération s'est déroulée le 3 »: opération);
    # names: how the name is given ("of": « l'hôpital de Koumac », "own": « le pont Morandi »; claims/names.py)
    beside: tuple[str, ...] = ()  # the death tolls its own sentence states: the moment of the story it was told at
    part: bool = False  # figures: a part of a count stated just before, whatever its scope (« dont 203 à Paris »)
    weekday_only: bool = False  # dates: the day read back from a weekday alone (« mercredi » on a page of the 28th)
    as_of_floor: bool = False  # as_of is only the earliest day its undated page can be (the latest day it names)
    as_of_inferred: bool = False  # as_of is the first day a dated page gave the toll its undated page gives


@dataclass(frozen=True)
class PointClaim:
    """One claim of a point, quoted verbatim from its article, with the value it states."""

    source: str
    article: str
    date: str | None
    text: str
    start: int
    end: int
    value: str
    holder: str | None = None
    as_of: str | None = None
    marks: tuple[tuple[int, int], ...] = ()  # spans inside `text` that state the value
    hedges: tuple[tuple[int, int], ...] = ()
    counted: str | None = None  # the frame's qualifiers (None when the sentence does not say)
    side: str | None = None
    scope: str | None = None
    event: str | None = None
    reporter: str | None = None
    # How as_of was found when not read from the claim's sentence or page date but inferred for its undated page:
    # "earliest" (the latest day its text names: the page is no older), "toll" (the first day a page dated to the
    # day gave the toll it gives, claims/undated.py); "" when read
    as_of_basis: str = ""


def time_order(claim: PointClaim) -> tuple:
    """How an item's ledger orders its claims: by as-of time (unknown last), then article date, then article."""
    return (claim.as_of is None, claim.as_of or "", claim.date or "", claim.article)


@dataclass(frozen=True)
class Point:
    """One thing (a counted thing with its side, scope and event; an event's date, time or place; one actor's
    stance) and every claim sources make about it: an item of the ledger, one per thing. Its kind is the strongest
    relation between its claims: `conflict` (incompatible values, same holder or the outlets' own statements, same
    time), `dispute` (different claimants disagree), `update` (one holder's value changing over time) or
    `agreement` (independent sources give the same value)."""

    id: str
    kind: str  # conflict, dispute, update, agreement
    what: str  # figure, date, weekday, place, stance
    subject: str
    # conflict, dispute, update: the checker's confidence that a reader would mark it (claims/confidence.py);
    # agreement: how widely it is corroborated (outlets / 5, at most 1)
    score: float
    reasons: tuple[Reason, ...]
    claims: tuple[PointClaim, ...]
    review: Verdict | None = None
    # How its claims stand to each other, pair by pair: (i, j, relation) with i < j indices into `claims` and
    # relation conflict, dispute, update or agreement. The point's kind is its strongest relation.
    pairs: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class Agreement:
    """Two sources that say the same thing (corroboration), shown so the reviewer sees what is not in dispute."""

    similarity: float
    topic: str
    claims: tuple[Claim, Claim]


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    sentences: tuple[Sentence, ...]
    topics: tuple[Topic, ...]
    findings: tuple[Finding, ...]
    agreements: tuple[Agreement, ...] = ()
    points: tuple[Point, ...] = ()  # the claims ledger: conflicts and disputes first, then updates, agreements
    candidate_pairs: int = 0
    below_threshold: int = 0  # pairs with some conflict signal that scored under the threshold
    threshold: float = 0.5
    model: str = ""
    scorer: str = ""
    warnings: tuple[str, ...] = field(default=())
    copies: tuple[tuple[str, str, float], ...] = ()  # (copy, original, similarity): syndicated articles
    # Filled in when the review store is applied (review.with_reviews):
    reviewed: bool = False
    hidden: tuple[Finding, ...] = ()  # dismissed findings not shown
    hidden_points: tuple[Point, ...] = ()  # dismissed points not shown
    orphans: tuple[Verdict, ...] = ()  # verdicts whose finding no longer appears
    review_warnings: tuple[str, ...] = ()  # damaged lines of the store

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({a.source for a in self.articles}))
