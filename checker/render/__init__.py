"""Renderers: a Report in, text or rich renderables out. They never print; only the CLI owns the console."""

from __future__ import annotations

from collections import Counter

from ..records import Report

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
