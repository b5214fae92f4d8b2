"""Renderers: a Report in, text or rich renderables out. They never print; only the CLI owns the console."""

from __future__ import annotations

from collections import Counter
from typing import Mapping

from ..records import Point, PointClaim, Report

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
