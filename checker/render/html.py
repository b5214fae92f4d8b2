"""The self-contained HTML report (`checker check … --html FILE.html`): the app's overview, items and item views
in one file that opens from file:// (a USB key, an email attachment) and loads nothing from anywhere.

It is read-only: verdicts chosen in it stay in the browser (localStorage) until "Download my verdicts" writes
them as a CSV that `checker review --import` takes into the store. The page cannot load a script file, so its
one script is inline, and the Content-Security-Policy (a <meta> tag) allows exactly that script and that style
sheet by their SHA-256 hashes: a script or style anywhere else in the page — in an article, say — does not run,
and nothing may be fetched (default-src 'none'). Deterministic: no clock, stable order, so two runs on the same
input give identical bytes.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Sequence

from ..records import Report, Verdict
from ..web import pages, pictures
from ..web.views import FileLinks, Filters, claim_views, header_counts, history_of, items


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    return (
        f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def render(report: Report, *, corpus: str = "", decisions: Sequence[Verdict] = ()) -> str:
    """The page; `decisions` (the store's history) lists who decided what on each item, newest first."""
    script, style = pages.asset("report.js"), pages.asset("app.css")
    # The two are inlined as they are: neither may close its element early.
    assert "</script" not in script.lower() and "</style" not in style.lower()
    links = FileLinks()
    everything = items(report)
    item_views = []
    for k, it in enumerate(everything):
        prev = everything[k - 1] if k > 0 else None
        next_ = everything[k + 1] if k + 1 < len(everything) else None
        history = history_of(decisions, it.id) or ([it.review] if it.review else [])
        item_views.append((it, claim_views(it, report), history, prev, next_))
    key = hashlib.sha1("\x1f".join([corpus, *(i.id for i in everything)]).encode("utf-8")).hexdigest()[:16]
    return pages.render(
        "report.html",
        csp=content_security_policy(script, style),
        css=style,
        js=script,
        corpus=corpus or ", ".join(report.sources),
        report=report,
        report_key=key,
        counts=header_counts(report),
        matrix=pictures.source_matrix(report, everything, links),
        timeline=pictures.timeline(report, everything, links),
        items=everything,
        item_views=item_views,
        links=links,
        filters=Filters(),
        sources=report.sources,
        reasons=sorted({k for i in everything for k in i.reason_kinds}),
    )

