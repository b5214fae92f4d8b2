"""The overview's pictures as SVG built here (no chart library, nothing loaded from elsewhere): the source x
source picture of conflicts and agreements, and the timeline of articles and of each point's claims.

Every text that comes from an article (source names, values, subjects) goes through `escape`; the SVG uses
presentation attributes only (no `style=`), so a Content-Security-Policy without 'unsafe-inline' allows it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import combinations
from typing import Sequence

from markupsafe import Markup, escape

from ..records import Report
from ..render import as_of_text
from .views import CONFLICT_KINDS, Filters, Item, Links

CONFLICT_FILL = "#c0392b"
AGREEMENT_FILL = "#1e8449"
EMPTY_FILL = "#f2f2f2"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def pair_counts(report: Report, items: Sequence[Item]) -> tuple[Counter, Counter]:
    """(conflicts, agreements) per pair of sources (a, b) with a < b."""
    conflicts: Counter = Counter()
    agreements: Counter = Counter()
    for it in items:
        target = conflicts if it.kind in CONFLICT_KINDS else agreements if it.kind == "agreement" else None
        if target is not None:
            for pair in combinations(it.sources, 2):
                target[pair] += 1
    for ag in report.agreements:
        a, b = sorted(c.source for c in ag.claims)
        if a != b:
            agreements[(a, b)] += 1
    return conflicts, agreements


def source_matrix(report: Report, items: Sequence[Item], links: Links) -> Markup:
    """Sources down and across; above the diagonal the conflicts of each pair, below it the agreements, each
    square a link to that pair's list."""
    sources = list(report.sources)
    n = len(sources)
    conflicts, agreements = pair_counts(report, items)
    cell = max(14, min(40, 560 // max(n, 1)))
    label_w = 230
    top = 26
    width, height = label_w + n * cell + 10, top + n * cell + 10
    most_c = max(conflicts.values(), default=1)
    most_a = max(agreements.values(), default=1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="matrix" fill="#333333" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="conflicts and agreements between each pair of sources">'
    ]
    for j in range(n):
        x = label_w + j * cell + cell / 2
        out.append(f'<text x="{x:.1f}" y="{top - 8}" text-anchor="middle" class="axis">{j + 1}</text>')
    for i, src in enumerate(sources):
        y = top + i * cell
        out.append(
            f'<text x="{label_w - 6}" y="{y + cell / 2 + 4:.1f}" text-anchor="end" class="axis">'
            f"<title>{escape(src)}</title>{i + 1}. {escape(_short(src, 30))}</text>"
        )
        for j, other in enumerate(sources):
            x = label_w + j * cell
            if i == j:
                out.append(f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="#ffffff" stroke="#cccccc"/>')
                continue
            pair = tuple(sorted((src, other)))
            upper = i < j
            count = (conflicts if upper else agreements)[pair]
            what = "conflict" if upper else "agreement"
            label = f"{src} × {other}: {count} {what}{'s' if count != 1 else ''}"
            if not count:
                out.append(
                    f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{EMPTY_FILL}">'
                    f"<title>{escape(label)}</title></rect>"
                )
                continue
            share = count / (most_c if upper else most_a)
            fill = CONFLICT_FILL if upper else AGREEMENT_FILL
            filters = Filters(kind="" if upper else "agreement", sources=pair)
            out.append(
                f'<a href="{escape(links.items(filters))}" class="cell {what}" data-pair="{escape(src)}">'
                f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{fill}" '
                f'fill-opacity="{0.2 + 0.8 * share:.2f}"><title>{escape(label)}</title></rect>'
            )
            if cell >= 18:
                colour = "#ffffff" if share > 0.5 else "#222222"
                out.append(
                    f'<text x="{x + cell / 2:.1f}" y="{y + cell / 2 + 4:.1f}" text-anchor="middle" '
                    f'fill="{colour}" class="count">{count}</text>'
                )
            out.append("</a>")
    out.append("</svg>")
    return Markup("".join(out))


def _day(value: str | None) -> float | None:
    """An ISO date, optionally with "T" and an hour, as a day number; None when it is not one."""
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
    hour = re.match(r"T(\d{1,2})", value[10:])
    return day + (int(hour.group(1)) / 24 if hour else 0.0)


def _label(day: float, span: float) -> str:
    """A tick's label: the date, with the hour when the axis covers only a few days."""
    date = dt.date.fromordinal(int(day)).isoformat()
    return f"{date[5:]} {round((day % 1) * 24):02d}h" if span <= 6 else date


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(value: str) -> list[float]:
    return [float(x.replace(",", ".")) for x in _NUMBER.findall(value)]


class _Axis:
    """Days to x, with an « undated » column at the right."""

    def __init__(self, days: Sequence[float], left: float, right: float, undated_x: float):
        lo, hi = (min(days), max(days)) if days else (0.0, 1.0)
        if hi - lo < 1:
            lo, hi = lo - 1, hi + 1
        self.lo, self.hi, self.left, self.right, self.undated_x = lo, hi, left, right, undated_x

    def x(self, day: float | None) -> float:
        if day is None:
            return self.undated_x
        return self.left + (day - self.lo) / (self.hi - self.lo) * (self.right - self.left)

    def ticks(self, y: float, bottom: float) -> list[str]:
        out = []
        for k in range(6):
            day = self.lo + (self.hi - self.lo) * k / 5
            x = self.x(day)
            out.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{bottom}" stroke="#e5e5e5"/>')
            out.append(f'<text x="{x:.1f}" y="{y - 4}" text-anchor="middle" class="axis">{_label(day, self.hi - self.lo)}</text>')
        out.append(
            f'<text x="{self.undated_x:.1f}" y="{y - 4}" text-anchor="middle" class="axis">no date</text>'
            f'<line x1="{self.undated_x:.1f}" y1="{y}" x2="{self.undated_x:.1f}" y2="{bottom}" stroke="#e5e5e5" '
            'stroke-dasharray="3 3"/>'
        )
        return out


def timeline(report: Report, items: Sequence[Item], links: Links, *, max_points: int = 8, max_findings: int = 30) -> Markup:
    """One lane per source with its articles at their dates (hollow: a date inferred from the text), the
    strongest findings as lines between the two articles, and below, each point's claims at their as-of time:
    one line per claimant, so a toll that evolves reads as a curve and disputed figures stand side by side."""
    sources = list(report.sources)
    article_day = {a.name: _day(a.date) for a in report.articles}
    inferred_day = {a.name: _day(a.date_inferred) for a in report.articles if _day(a.date) is None}  # (or its month only)
    points = [it for it in items if it.kind != "finding"][:max_points]
    findings = [it for it in items if it.kind == "finding"][:max_findings]

    def claim_day(c) -> float | None:
        return _day(getattr(c, "as_of", None)) or _day(c.date) or inferred_day.get(c.article)

    days = [d for d in list(article_day.values()) + list(inferred_day.values()) if d is not None]
    days += [d for p in points for c in p.claims if (d := claim_day(c)) is not None]
    label_w, lane = 230, 16
    width = 960
    axis = _Axis(days, label_w + 10, width - 110, width - 50)
    top = 30
    lanes_bottom = top + len(sources) * lane + 6
    panel_h = 96
    height = lanes_bottom + (30 + len(points) * (panel_h + 14) if points else 10)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" fill="#333333" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="articles and claims over time">'
    ]
    out += axis.ticks(top, lanes_bottom)
    lane_y = {s: top + i * lane + lane / 2 for i, s in enumerate(sources)}
    for s, y in lane_y.items():
        out.append(
            f'<text x="{label_w}" y="{y + 4:.1f}" text-anchor="end" class="axis"><title>{escape(s)}</title>'
            f"{escape(_short(s, 32))}</text>"
        )

    def article_xy(name: str, source: str) -> tuple[float, float]:
        day = article_day.get(name) or inferred_day.get(name)
        return axis.x(day), lane_y.get(source, top)

    for it in findings:
        (xa, ya), (xb, yb) = (article_xy(c.article, c.source) for c in it.claims[:2])
        out.append(
            f'<a href="{escape(links.item(it.id))}" class="finding-line"><line x1="{xa:.1f}" y1="{ya:.1f}" '
            f'x2="{xb:.1f}" y2="{yb:.1f}" stroke="{CONFLICT_FILL}" stroke-opacity="{0.25 + 0.6 * it.score:.2f}" '
            f'stroke-width="2"><title>{escape(it.id)} · score {it.score:.2f} · {escape(it.title)}</title></line></a>'
        )
    for a in sorted(report.articles, key=lambda a: a.name):
        x, y = article_xy(a.name, a.source)
        dated = article_day.get(a.name) is not None
        when = a.date or (f"≥ {a.date_inferred} (inferred)" if a.date_inferred else "no date")
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{"#34495e" if dated else "#ffffff"}" stroke="#34495e" '
            f'stroke-width="1.5"><title>{escape(a.name)} · {escape(a.source)} · {escape(when)}</title></circle>'
        )
    if points:
        y0 = lanes_bottom + 30
        out.append(f'<text x="10" y="{y0 - 10}" class="heading">Points: each claim at the time it holds</text>')
        for k, it in enumerate(points):
            out += _point_panel(it, axis, claim_day, links, y0 + k * (panel_h + 14), panel_h, label_w)
    out.append("</svg>")
    return Markup("".join(out))


def _point_panel(it: Item, axis: _Axis, claim_day, links: Links, y: float, h: float, label_w: float) -> list[str]:
    out = [
        f'<rect x="{axis.left - 6:.1f}" y="{y}" width="{axis.undated_x - axis.left + 30:.1f}" height="{h}" '
        f'fill="#fafafa" stroke="#e0e0e0"/>',
        f'<a href="{escape(links.item(it.id))}" class="point-title"><text x="{label_w - 34}" y="{y + 16}" '
        f'text-anchor="end" class="heading">{escape(_short(it.title, 28))}</text>'
        f'<text x="{label_w - 34}" y="{y + 30}" text-anchor="end" class="axis">{escape(it.kind)} · {escape(it.what)}'
        f"</text><title>{escape(it.id)}: {escape(it.title)}</title></a>",
    ]
    claims = list(it.claims)
    holders: dict[str, list] = {}
    for c in claims:
        holders.setdefault(getattr(c, "holder", None) or c.source, []).append(c)
    numeric = it.what == "figure" and all(_numbers(getattr(c, "value", "")) for c in claims)
    if numeric:
        values = [v for c in claims for v in _numbers(c.value)]
        lo, hi = min(values), max(values)
        if hi - lo < 1e-9:
            lo, hi = lo - 1, hi + 1

        def y_of(v: float) -> float:
            return y + h - 12 - (v - lo) / (hi - lo) * (h - 30)

        out.append(f'<text x="{axis.left - 9:.1f}" y="{y_of(hi) + 4:.1f}" text-anchor="end" class="axis">{_fmt(hi)}</text>')
        out.append(f'<text x="{axis.left - 9:.1f}" y="{y_of(lo) + 4:.1f}" text-anchor="end" class="axis">{_fmt(lo)}</text>')
    else:
        distinct = list(dict.fromkeys(getattr(c, "value", "") for c in claims))

        def y_of(v: str) -> float:  # type: ignore[misc]
            return y + 22 + distinct.index(v) * ((h - 34) / max(1, len(distinct) - 1) if len(distinct) > 1 else 0)

    labelled: set[tuple] = set()  # one label for claims that say the same at about the same place
    for g, (holder, group) in enumerate(holders.items()):
        colour = PALETTE[g % len(PALETTE)]
        shift = (g - (len(holders) - 1) / 2) * 12  # claimants side by side at one time
        pts = []
        for c in sorted(group, key=lambda c: (claim_day(c) is None, claim_day(c) or 0)):
            x = axis.x(claim_day(c)) + shift
            value = getattr(c, "value", "")
            when = as_of_text(c) if getattr(c, "as_of", None) else c.date or "time unknown"  # (a finding's claim has none)
            tip = f"{holder}: {value} · {when} · {c.source}"
            if numeric:
                nums = _numbers(value)
                cy = y_of(sum(nums) / len(nums))
                if len(nums) > 1:
                    out.append(f'<line x1="{x:.1f}" y1="{y_of(min(nums)):.1f}" x2="{x:.1f}" y2="{y_of(max(nums)):.1f}" '
                               f'stroke="{colour}" stroke-width="3"/>')  # fmt: skip
            else:
                cy = y_of(value)
            pts.append((x, cy))
            out.append(f'<circle cx="{x:.1f}" cy="{cy:.1f}" r="4.5" fill="{colour}"><title>{escape(tip)}</title></circle>')
            spot = (value, round(x / 60), round(cy / 12))
            if spot not in labelled:
                labelled.add(spot)
                out.append(f'<text x="{x + 7:.1f}" y="{cy - 6:.1f}" fill="{colour}" class="value">{escape(_short(value, 18))}</text>')
        if len(pts) > 1 and all(px != axis.undated_x + shift for px, _ in pts):
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in pts)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        if g < 4:  # who says it, under the point's name (the dot's tooltip always names them)
            out.append(
                f'<text x="{label_w - 34}" y="{y + 46 + 12 * g}" text-anchor="end" fill="{colour}" '
                f'class="legend">{escape(_short(holder, 30))}</text>'
            )
        elif g == 4:
            out.append(f'<text x="{label_w - 34}" y="{y + 46 + 12 * g}" text-anchor="end" class="legend">and others</text>')
    return out
