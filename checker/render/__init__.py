"""Renderers: a Report in, text or rich renderables out. They never print; only the CLI owns the console."""

from __future__ import annotations

from collections import Counter
from typing import Mapping

from ..records import Point, PointClaim, Report, time_order

_LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def language_name(code: str | None) -> str:
    """« French », « English », or the code itself; « not detected » for a text too short to tell."""
    if not code:
        return "not detected"
    return _LANGUAGE_NAMES.get(code.lower()[:2], code)


def languages(report: Report) -> str:
    """The used articles by language, most first: « French 5 » or « French 4, English 1 »."""
    counts = Counter(language_name(a.language) for a in report.articles)
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


DISPUTED_KINDS = ("conflict", "dispute")
POINT_KINDS = ("conflict", "dispute", "update", "agreement")


def disputed_points(report: Report) -> list[Point]:
    """Conflicts and disputes (and any kind this version does not know, so nothing is hidden), in report order:
    strongest first, as the pipeline and the review store order them."""
    return [p for p in report.points if p.kind not in ("update", "agreement")]


def update_points(report: Report) -> list[Point]:
    return [p for p in report.points if p.kind == "update"]


def agreement_points(report: Report) -> list[Point]:
    return [p for p in report.points if p.kind == "agreement"]


def point_counts(report: Report) -> str:
    """« 1 conflict, 2 dispute, 0 update, 3 agreement », plus the dismissed points not shown."""
    counts = Counter(p.kind for p in report.points)
    known = [f"{counts[k]} {k}" for k in POINT_KINDS]
    known += [f"{n} {k}" for k, n in sorted(counts.items()) if k not in POINT_KINDS]
    text = ", ".join(known)
    if report.hidden_points:
        text += f" ({len(report.hidden_points)} dismissed not shown)"
    return text


def inferred_dates(report: Report) -> dict[str, str]:
    """Article name → the inferred lower bound of its date, for the articles that have one."""
    return {a.name: a.date_inferred for a in report.articles if a.date_inferred and not a.date}


def claim_date(claim: PointClaim, inferred: Mapping[str, str]) -> str:
    """The claim's article date; an inferred one as « ≥ 2026-02-02 (inferred) »; « date unknown » otherwise."""
    guess = inferred.get(claim.article)
    if guess and claim.date in (None, guess):
        return f"≥ {guess} (inferred)"
    return claim.date or "date unknown"


def as_of_text(claim: PointClaim) -> str:
    """When the claim holds, for a reader: its day and hour; for an undated page, « ≥ 2026-02-02 (inferred) » from
    the latest day its text names, « ≈ 2026-02-02 (inferred) » from the toll it shares with dated pages
    (claims/undated.py); « unknown » when nothing says."""
    if not claim.as_of:
        return "unknown"
    basis = claim.as_of_basis
    return f"{'≥' if basis == 'earliest' else '≈'} {claim.as_of} (inferred)" if basis else claim.as_of


def holder_name(claim: PointClaim) -> str:
    """Who states the claim: the holder named in the text, or the outlet itself."""
    return claim.holder or f"{claim.source} (the outlet itself)"


def by_holder(point: Point) -> list[tuple[str, list[PointClaim]]]:
    """The point's claims grouped by who states them, in order of first appearance."""
    groups: dict[str, list[PointClaim]] = {}
    for c in point.claims:
        groups.setdefault(holder_name(c), []).append(c)
    return list(groups.items())


def timeline(point: Point) -> list[PointClaim]:
    """The claims in as-of order (unknown times last), ties by article date, article and position."""
    return sorted(point.claims, key=lambda c: (c.as_of is None, c.as_of or "", c.date or "", c.article, c.start, c.end))


_MARK_WORDS = {
    "conflict": "✗ conflicts with",
    "dispute": "dispute with",
    "update": "update of",
    "agreement": "= agrees with",
}


def ledger(point: Point) -> list[tuple[int, PointClaim, str]]:
    """The item's claims in time order, numbered from 1, each with what it is marked against the claims before it
    (« ✗ conflicts with 2 (Outlet C) », « update of 1 », « dispute with 1, 3 »), strongest mark first."""
    order = sorted(range(len(point.claims)), key=lambda k: (time_order(point.claims[k]), k))
    number = {k: n for n, k in enumerate(order, 1)}
    marks: dict[int, dict[str, list[int]]] = {}
    for i, j, rel in point.pairs:
        later, earlier = (i, j) if number[i] > number[j] else (j, i)
        marks.setdefault(later, {}).setdefault(rel, []).append(earlier)
    out = []
    for k in order:
        words = []
        for rel in ("conflict", "dispute", "update", "agreement"):
            others = sorted(number[o] for o in marks.get(k, {}).get(rel, []))
            if others:
                named = ", ".join(f"{n} ({point.claims[order[n - 1]].source})" if len(others) <= 2 else str(n)
                                  for n in others)  # fmt: skip
                words.append(f"{_MARK_WORDS.get(rel, rel)} {named}")
        out.append((number[k], point.claims[k], "; ".join(words)))
    return out


def item_title(point: Point) -> str:
    """What the thing is: « morts · side Wagner · Paris · event 2023-01-31 » (qualifiers the claims agree on)."""
    parts = [point.subject]
    for label, values in (("side", {c.side for c in point.claims}), ("scope", {c.scope for c in point.claims}),
                          ("event", {c.event for c in point.claims})):  # fmt: skip
        known = sorted(v for v in values if v)
        if len(known) == 1 and known[0] != "part":
            parts.append(f"{label} {known[0]}")
        elif known == ["part"]:
            parts.append("a part of a count")
    return " · ".join(parts)


def orphans_line(report: Report) -> str:
    """« 2 verdicts refer to items no longer shown … » with where to see them; "" when there are none."""
    n = len(report.orphans)
    if not n:
        return ""
    return (f"{n} verdict{'s' if n != 1 else ''} refer{'' if n != 1 else 's'} to items no longer shown (kept, never "
            "dropped): listed under « Orphaned verdicts » at the end of this report, and in `checker check FOLDER "
            "--json FILE` under review.orphans")
