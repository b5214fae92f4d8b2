"""The report as JSON: stable key order, no clock, so two runs on the same input give identical bytes."""

from __future__ import annotations

import json
from collections import Counter

from ..records import Claim, Point, PointClaim, Report, Verdict
from ..review.store import precision_by_reason, review_counts


def _review(v: Verdict | None) -> dict | None:
    if v is None:
        return None
    return {"verdict": v.verdict, "note": v.note, "reviewer": v.reviewer, "at": v.at}


def _claim(c: Claim) -> dict:
    return {
        "source": c.source,
        "article": c.article,
        "date": c.date,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "hedges": [c.text[s:e] for s, e in c.hedges],
    }


def _point_claim(c: PointClaim) -> dict:
    return {
        "article": c.article,
        "source": c.source,
        "date": c.date,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "value": c.value,
        "holder": c.holder,
        "as_of": c.as_of,
        "as_of_basis": c.as_of_basis or None,
        "counted": c.counted,
        "side": c.side,
        "scope": c.scope,
        "event": c.event,
        "reporter": c.reporter,
    }


def _reasons(reasons) -> list[dict]:
    return [{"kind": r.kind, "text": r.text, "weight": r.weight} for r in reasons]


def _point(p: Point) -> dict:
    return {
        "id": p.id,
        "kind": p.kind,
        "subject": p.subject,
        "what": p.what,
        "score": p.score,
        "reasons": _reasons(p.reasons),
        "claims": [_point_claim(c) for c in p.claims],
        "pairs": [{"a": i, "b": j, "relation": rel} for i, j, rel in p.pairs],
        "review": _review(p.review),
    }


def as_dict(report: Report) -> dict:
    per_article = Counter(s.article for s in report.sentences)
    return {
        "corpus": {
            "articles": len(report.articles),
            "skipped": len(report.skipped),
            "sources": list(report.sources),
            "sentences": len(report.sentences),
            "topics": len(report.topics),
            "candidate_pairs": report.candidate_pairs,
            "below_threshold": report.below_threshold,
            "threshold": report.threshold,
            "model": report.model,
            "scorer": report.scorer,
        },
        "articles": [
            {
                "article": a.name,
                "path": a.path,
                "source": a.source,
                "date": a.date,
                "date_inferred": a.date_inferred,
                "language": a.language,
                "title": a.title,
                "url": a.url,
                "sentences": per_article[a.name],
                "removed": list(a.removed),
            }
            for a in report.articles
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "warnings": list(report.warnings),
        "copies": [{"article": c, "copy_of": o, "similarity": sim} for c, o, sim in report.copies],
        "findings": [
            {
                "id": f.id,
                "score": f.score,
                "topic": f.topic,
                "similarity": f.similarity,
                "reasons": _reasons(f.reasons),
                "claims": [_claim(c) for c in f.claims],
                "review": _review(f.review),
            }
            for f in report.findings
        ],
        "points": [_point(p) for p in report.points],
        "review": {
            "counts": review_counts(report),
            "dismissed_not_shown": [f.id for f in report.hidden],
            "dismissed_points_not_shown": [p.id for p in report.hidden_points],
            "orphans": [{"id": v.id, **_review(v), "claims": list(v.claims)} for v in report.orphans],
            "precision_by_reason": [
                {"reason": k, "confirmed": c, "dismissed": d} for k, c, d in precision_by_reason(report)
            ],
            "warnings": list(report.review_warnings),
        },
        "agreements": [
            {"similarity": a.similarity, "topic": a.topic, "claims": [_claim(c) for c in a.claims]}
            for a in report.agreements
        ],
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"
