"""What the pages show, computed from a Report: findings and points as one list of items, the filters and pages
of that list, and each claim in its paragraph with the words that matter marked. Shared by the local app and
the self-contained HTML report; nothing here knows about HTTP or HTML."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Iterable, Protocol, Sequence
from urllib.parse import quote, urlencode

from ..reading.signals import analyse
from ..records import Article, Claim, Finding, Point, PointClaim, Reason, Report, Verdict
from ..render import as_of_text, item_title, languages, ledger
from ..review.store import review_counts

ITEM_KINDS = ("finding", "conflict", "dispute", "update", "agreement")
CONFLICT_KINDS = ("finding", "conflict", "dispute")  # what the source x source picture counts as conflict
VERDICT_FILTERS = ("open", "confirmed", "dismissed", "unsure")
PAGE_SIZE = 50
# What the marks in a quote mean, in the order of the legend.
MARKS = {
    "value": "the value the point is about",
    "figure": "figure",
    "date": "date",
    "stance": "stance word",
    "condition": "condition",
    "negation": "negation",
    "hedge": "hedge or attribution",
}
CONTEXT_CHARS = 400  # of a long paragraph, this much is kept on each side of the claim


@dataclass(frozen=True)
class Item:
    """A finding or a point, as the list and the item view show it."""

    record: Finding | Point
    kind: str  # "finding", or the point's kind: conflict, dispute, update, agreement
    what: str  # findings: "sentences"; points: figure, date, weekday, place, stance
    title: str  # the finding's topic or the point's subject

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def score(self) -> float:
        return self.record.score

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self.record.reasons

    @property
    def claims(self) -> tuple[Claim | PointClaim, ...]:
        return self.record.claims

    @property
    def review(self) -> Verdict | None:
        return self.record.review

    @property
    def verdict(self) -> str:
        return self.review.verdict if self.review else "open"

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source for c in self.claims}))

    @property
    def reason_kinds(self) -> tuple[str, ...]:
        return tuple(sorted({r.kind for r in self.reasons}))


def items(report: Report) -> list[Item]:
    """Every finding and point, dismissed ones included, strongest first; agreements (nothing to decide) last."""
    out = [Item(f, "finding", "sentences", f.topic) for f in report.findings + report.hidden]
    out += [Item(p, p.kind, p.what, item_title(p)) for p in report.points + report.hidden_points]
    out.sort(key=lambda i: (i.kind == "agreement", -i.score, i.id))
    return out


@dataclass(frozen=True)
class Filters:
    """What the items list is narrowed to. Every field empty: everything."""

    kind: str = ""
    reason: str = ""
    sources: tuple[str, ...] = ()  # the item must involve every one of these
    verdict: str = ""
    min_score: float | None = None

    @classmethod
    def parse(cls, params: Iterable[tuple[str, str]]) -> Filters:
        """From query parameters; a malformed value raises ValueError with a message for the reader."""
        kind = reason = verdict = ""
        sources: list[str] = []
        min_score = None
        for key, value in params:
            value = value.strip()
            if key == "kind" and value:
                if value not in ITEM_KINDS:
                    raise ValueError(f"kind must be one of {', '.join(ITEM_KINDS)}; got {value[:40]!r}")
                kind = value
            elif key == "reason" and value:
                if len(value) > 40:
                    raise ValueError("reason is a reason kind such as stance, numbers, dates")
                reason = value
            elif key == "verdict" and value:
                if value not in VERDICT_FILTERS:
                    raise ValueError(f"verdict must be one of {', '.join(VERDICT_FILTERS)}; got {value[:40]!r}")
                verdict = value
            elif key == "source" and value:
                if len(value) > 300 or len(sources) >= 10:
                    raise ValueError("give at most 10 sources of at most 300 characters")
                if value not in sources:
                    sources.append(value)
            elif key == "min_score" and value:
                try:
                    min_score = float(value)
                except ValueError:
                    raise ValueError(f"min_score must be a number between 0 and 1; got {value[:40]!r}") from None
                if not 0.0 <= min_score <= 1.0:
                    raise ValueError(f"min_score must be between 0 and 1; got {value[:40]!r}")
        return cls(kind, reason, tuple(sources), verdict, min_score)

    def keep(self, item: Item) -> bool:
        return (
            (not self.kind or item.kind == self.kind)
            and (not self.reason or self.reason in item.reason_kinds)
            and (not self.verdict or item.verdict == self.verdict)
            and (self.min_score is None or item.score >= self.min_score)
            and all(s in item.sources for s in self.sources)
        )

    def params(self) -> list[tuple[str, str]]:
        out = [(k, v) for k, v in (("kind", self.kind), ("reason", self.reason), ("verdict", self.verdict)) if v]
        out += [("source", s) for s in self.sources]
        if self.min_score is not None:
            out.append(("min_score", f"{self.min_score:g}"))
        return out

    def query(self, page: int = 1) -> str:
        """The query string (without '?'), page included when not the first."""
        return urlencode(self.params() + ([("page", str(page))] if page > 1 else []))

    @property
    def active(self) -> bool:
        return bool(self.params())


def parse_page(params: Iterable[tuple[str, str]]) -> int:
    for key, value in params:
        if key == "page" and value.strip():
            try:
                number = int(value)
            except ValueError:
                raise ValueError(f"page must be a whole number; got {value[:20]!r}") from None
            if number < 1:
                raise ValueError("pages are numbered from 1")
            return number
    return 1


@dataclass(frozen=True)
class Page:
    items: list[Item]
    number: int
    pages: int
    total: int

    @property
    def first_rank(self) -> int:
        return (self.number - 1) * PAGE_SIZE + 1


def paginate(selected: Sequence[Item], number: int, size: int = PAGE_SIZE) -> Page:
    """One page of the selected items; a page past the last raises ValueError (an empty list has one page)."""
    pages = max(1, math.ceil(len(selected) / size))
    if number > pages:
        raise ValueError(f"there is no page {number}: {len(selected)} items make {pages} page(s)")
    return Page(list(selected[(number - 1) * size : number * size]), number, pages, len(selected))


def neighbours(selected: Sequence[Item], item_id: str) -> tuple[Item | None, Item | None]:
    """The items before and after `item_id` in the list (None at the ends or when it is not in the list)."""
    ids = [i.id for i in selected]
    if item_id not in ids:
        return None, (selected[0] if selected else None)
    k = ids.index(item_id)
    return (selected[k - 1] if k > 0 else None), (selected[k + 1] if k + 1 < len(selected) else None)


class Links(Protocol):
    """Where a page links to: the app's URLs or the anchors of the self-contained file."""

    def items(self, filters: Filters = Filters(), page: int = 1) -> str: ...

    def item(self, item_id: str, filters: Filters = Filters()) -> str: ...


class AppLinks:
    def items(self, filters: Filters = Filters(), page: int = 1) -> str:
        q = filters.query(page)
        return "/items" + (f"?{q}" if q else "")

    def item(self, item_id: str, filters: Filters = Filters()) -> str:
        q = filters.query()
        return f"/items/{quote(item_id, safe='')}" + (f"?{q}" if q else "")


class FileLinks:
    def items(self, filters: Filters = Filters(), page: int = 1) -> str:
        q = filters.query(page)
        return "#items" + (f"?{q}" if q else "")

    def item(self, item_id: str, filters: Filters = Filters()) -> str:
        return f"#item-{quote(item_id, safe='')}"


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text and the marks that cover it (CSS classes; "claim" for the quoted claim)."""

    text: str
    marks: str


@dataclass(frozen=True)
class ClaimView:
    claim: Claim | PointClaim
    pieces: tuple[Piece, ...]
    date: str  # the article date, an inferred lower bound, or « date unknown »
    number: int = 0  # its row in the item's ledger (1, 2, …), 0 for a finding's claim
    mark: str = ""  # what it is marked against the claims above it: « ✗ conflicts with 1 (Alpha) »

    @property
    def qualifiers(self) -> str:
        """« side Wagner · scope paris · event 2023-01-31 · reported by BFM TV », what the frame read."""
        c = self.claim
        parts = [f"{label} {getattr(c, name)}" for label, name in (("side", "side"), ("scope", "scope"),
                 ("event", "event"), ("reported by", "reporter")) if getattr(c, name, None)]  # fmt: skip
        return " · ".join(parts)

    @property
    def value(self) -> str | None:
        return getattr(self.claim, "value", None)

    @property
    def holder(self) -> str | None:
        return getattr(self.claim, "holder", None)

    @property
    def as_of(self) -> str | None:
        """When the claim holds, « … (inferred) » for an undated page's inferred day; None when unknown."""
        if getattr(self.claim, "as_of", None) is None:
            return None
        return as_of_text(self.claim)


def claim_marks(claim: Claim | PointClaim) -> list[tuple[int, int, str]]:
    """Spans inside the claim's text with the kind of word they are, read by the same rules that score it."""
    sig = analyse(claim.text)
    spans = [(s, e, "hedge") for s, e in tuple(claim.hedges) + sig.hedges + sig.attributions]
    spans += [(st.span[0], st.span[1], "stance") for st in sig.stances]
    spans += [(n[2][0], n[2][1], "figure") for n in sig.numbers]
    spans += [(d[3][0], d[3][1], "date") for d in sig.dates]
    spans += [(s, e, "negation") for s, e in sig.negations]
    spans += [(s, e, "condition") for s, e in sig.conditional + sig.unconditional]
    spans += [(s, e, "value") for s, e in getattr(claim, "marks", ())]
    return [(s, e, k) for s, e, k in spans if 0 <= s < e <= len(claim.text)]


def _paragraph(claim: Claim | PointClaim, article: Article | None) -> tuple[str, int, bool, bool]:
    """The paragraph that holds the claim, its offset in the article, and whether it was cut before or after
    (a long paragraph keeps CONTEXT_CHARS on each side of the claim)."""
    if article is None or article.text[claim.start : claim.end] != claim.text:
        return claim.text, claim.start, False, False
    start, end = claim.start, claim.end
    for s, e in article.spans:
        if s <= claim.start and claim.end <= e:
            start, end = s, e
            break
    cut_before = claim.start - start > CONTEXT_CHARS
    if cut_before:
        cut = article.text.rfind(" ", start, claim.start - CONTEXT_CHARS)
        start = cut + 1 if cut > start else claim.start - CONTEXT_CHARS
    cut_after = end - claim.end > CONTEXT_CHARS
    if cut_after:
        cut = article.text.find(" ", claim.end + CONTEXT_CHARS, end)
        end = cut if cut != -1 else claim.end + CONTEXT_CHARS
    return article.text[start:end], start, cut_before, cut_after


def claim_view(claim: Claim | PointClaim, article: Article | None) -> ClaimView:
    text, base, cut_before, cut_after = _paragraph(claim, article)
    spans = [(claim.start - base, claim.end - base, "claim")]
    spans += [(claim.start - base + s, claim.start - base + e, k) for s, e, k in claim_marks(claim)]
    cuts = sorted({0, len(text)} | {max(0, min(len(text), x)) for s, e, _ in spans for x in (s, e)})
    pieces: list[Piece] = [Piece("… ", "cut")] if cut_before else []
    for a, b in zip(cuts, cuts[1:]):
        marks = " ".join(sorted({k for s, e, k in spans if s <= a and b <= e}, key=_mark_order))
        if pieces and pieces[-1].marks == marks:
            pieces[-1] = Piece(pieces[-1].text + text[a:b], marks)
        else:
            pieces.append(Piece(text[a:b], marks))
    if cut_after:
        pieces.append(Piece(" …", "cut"))
    return ClaimView(claim, tuple(pieces), date_label(claim, article))


def _mark_order(mark: str) -> int:
    return -1 if mark == "claim" else list(MARKS).index(mark)


def date_label(claim: Claim | PointClaim, article: Article | None) -> str:
    if claim.date:
        return claim.date
    if article is not None and article.date_inferred:
        return f"≥ {article.date_inferred} (inferred)"
    return "date unknown"


def claim_views(item: Item, report: Report) -> list[ClaimView]:
    """A finding's two claims, or an item's ledger: its claims in time order, each with its mark."""
    by_name = {a.name: a for a in report.articles}
    point = item.record if isinstance(item.record, Point) else None
    if point is None or not point.pairs:
        return [claim_view(c, by_name.get(c.article)) for c in item.claims]
    return [replace(claim_view(c, by_name.get(c.article)), number=n, mark=mark) for n, c, mark in ledger(point)]


def history_of(decisions: Sequence[Verdict], item_id: str) -> list[Verdict]:
    """Every decision on one item, newest first."""
    return [v for v in reversed(decisions) if v.id == item_id]


def header_counts(report: Report) -> list[tuple[str, str]]:
    """The overview's header: what was read, compared and found, and where the review stands."""
    multi = sum(1 for t in report.topics if len(t.members) > 1)
    points = ", ".join(f"{sum(p.kind == k for p in report.points)} {k}" for k in ITEM_KINDS[1:])
    rows = [
        ("Articles", f"{len(report.articles)} used, {len(report.skipped)} skipped"),
        ("Sources", str(len(report.sources))),
        ("Languages", languages(report) or "none"),
        ("Sentences", str(len(report.sentences))),
        ("Topics", f"{len(report.topics)} ({multi} with two or more sentences)"),
        ("Candidate pairs", f"{report.candidate_pairs} cross-source"),
        ("Findings", f"{len(report.findings) + len(report.hidden)} at score ≥ {report.threshold:.2f} or reviewed; "
                     f"{report.below_threshold} weaker"),
        ("Points", points if report.points or report.hidden_points else "none in this report"),
        ("Model / scorer", f"{report.model} / {report.scorer}"),
    ]  # fmt: skip
    if report.reviewed:
        c = review_counts(report)
        rows.append(("Review", f"{c['confirmed']} confirmed, {c['dismissed']} dismissed, {c['unsure']} unsure, {c['open']} open"))
    return rows
