"""The terminal report as rich renderables. Article text goes in as `Text`, never as markup, so brackets in an
article cannot be read as rich styles."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from typing import Mapping

from ..records import Claim, Finding, Point, PointClaim, Report, Verdict
from ..review.store import precision_by_reason, review_counts
from . import (
    agreement_points,
    as_of_text,
    claim_date,
    disputed_points,
    inferred_dates,
    item_title,
    languages,
    ledger,
    orphans_line,
    point_counts,
    update_points,
)

VERDICT_STYLE = {"confirmed": "bold green", "dismissed": "dim", "unsure": "bold yellow"}
VERDICT_BORDER = {"confirmed": "green", "dismissed": "bright_black", "unsure": "yellow"}
POINT_BORDER = {"conflict": "red", "dispute": "magenta", "update": "blue", "agreement": "green"}
MARK_STYLE = "bold magenta"
HEDGE_STYLE = "bold yellow underline"


def _claim_text(claim: Claim) -> Text:
    text = Text(claim.text)
    for s, e in claim.hedges:
        text.stylize(HEDGE_STYLE, s, e)
    return text


def _claim_header(claim: Claim) -> Text:
    date = claim.date or "date unknown"
    return Text.assemble((claim.source, "bold cyan"), f"  ·  {date}  ·  {claim.article} [{claim.start}:{claim.end}]")


def header(report: Report) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    multi = sum(1 for t in report.topics if len(t.members) > 1)
    rows = [
        ("Articles", f"{len(report.articles)} used, {len(report.skipped)} skipped"),
        ("Sources", ", ".join(report.sources)),
        ("Languages", languages(report)),
        ("Sentences", str(len(report.sentences))),
        ("Topics", f"{len(report.topics)} ({multi} with two or more sentences)"),
        ("Candidate pairs", f"{report.candidate_pairs} cross-source"),
        ("Findings", f"{len(report.findings)} at score ≥ {report.threshold:.2f}; {report.below_threshold} weaker "
         "(lower --threshold to see them)"),
        ("Points", point_counts(report)),
        ("Model / scorer", f"{report.model} / {report.scorer}"),
    ]
    if report.reviewed:
        c = review_counts(report)
        rows.append(("Review", f"{c['confirmed']} confirmed, {c['dismissed']} dismissed, {c['unsure']} unsure, {c['open']} open"))
        if report.orphans:
            rows.append(("Orphaned", orphans_line(report)))
    for key, value in rows:
        table.add_row(key, Text(value))
    return Panel(table, title="checker · source contradictions", border_style="blue")


def skipped(report: Report) -> RenderableType | None:
    if not report.skipped and not report.warnings and not report.copies:
        return None
    table = Table(title="Files not used, and warnings", show_header=True, header_style="bold", expand=True)
    table.add_column("file")
    table.add_column("reason")
    for s in report.skipped:
        table.add_row(Text(s.path), Text(s.reason, style="red"))
    for copy, original, sim in report.copies:
        table.add_row(Text(copy), Text(f"syndicated copy of {original} ({sim:.0%} shared wording): used, but never "
                                       "compared with it", style="yellow"))  # fmt: skip
    for w in report.warnings:
        name, _, msg = w.partition(": ")
        table.add_row(Text(name), Text(msg, style="yellow"))
    return table


def finding(rank: int, f: Finding) -> RenderableType:
    quotes = Table.grid(expand=True, padding=(0, 2))
    quotes.add_column(ratio=1)
    quotes.add_column(ratio=1)
    a, b = f.claims
    quotes.add_row(_claim_header(a), _claim_header(b))
    quotes.add_row(_claim_text(a), _claim_text(b))
    reasons = Text()
    for r in f.reasons:
        style = "yellow" if r.kind == "hedge" else "magenta"
        reasons.append(f"• {r.kind}: ", style=f"bold {style}")
        reasons.append(r.text + "\n")
    title = Text.assemble((f"#{rank}  {f.id}", "bold"), f"   score {f.score:.2f}   ", ("topic: ", "dim"), f.topic)
    parts = [quotes, Rule(style="dim"), reasons]
    border = "red"
    if f.review:
        parts.append(_verdict_line(f.review))
        border = VERDICT_BORDER[f.review.verdict]
    return Panel(Group(*parts), title=title, title_align="left", border_style=border)


def _verdict_line(v: Verdict) -> Text:
    line = Text.assemble((v.verdict.upper(), VERDICT_STYLE[v.verdict]), f" by {v.reviewer} at {v.at}")
    if v.note:
        line.append("\nnote: ", style="bold")
        line.append(v.note)
    return line


def _point_quote(claim: PointClaim) -> Text:
    """The quote with the words that state the value and the hedges highlighted."""
    text = Text(claim.text)
    for s, e in claim.marks:
        text.stylize(MARK_STYLE, s, e)
    for s, e in claim.hedges:
        text.stylize(HEDGE_STYLE, s, e)
    return text


def _point_claim(claim: PointClaim, inferred: Mapping[str, str], *, holder: bool = True) -> Text:
    """One claim of a point: where it is, who states it and when it holds, the value, then the quote."""
    out = Text.assemble(
        (claim.source, "bold cyan"),
        f"  ·  {claim_date(claim, inferred)}  ·  {claim.article} [{claim.start}:{claim.end}]\n",
    )
    if holder:
        out.append("holder: ", style="dim")
        out.append(claim.holder or "the outlet itself")
        out.append("  ·  ")
    out.append("as of: ", style="dim")
    out.append(as_of_text(claim))
    out.append("  ·  ")
    out.append("value: ", style="dim")
    out.append(claim.value, style=MARK_STYLE)
    out.append("\n")
    out.append_text(_point_quote(claim))
    return out


def _ledger_table(p: Point, inferred: Mapping[str, str]) -> Table:
    """The item as a ledger: every claim in time order with its as-of, value, holder, outlet and quote, and what
    it is marked against the claims above it."""
    table = Table(box=None, expand=True, padding=(0, 1), pad_edge=False, show_edge=False, header_style="bold dim")
    table.add_column("#", no_wrap=True)
    table.add_column("as of", no_wrap=True)
    table.add_column("value", style=MARK_STYLE, max_width=18, overflow="fold")
    table.add_column("who says it, where", ratio=1)
    for n, c, mark in ledger(p):
        where = Text.assemble(
            (c.holder or "the outlet itself", "bold"), "  ·  ", (c.source, "bold cyan"),
            f"  ·  {claim_date(c, inferred)}  ·  {c.article} [{c.start}:{c.end}]\n",
        )  # fmt: skip
        if c.reporter:
            where.append(f"reported by {c.reporter}\n", style="dim")
        if mark:
            where.append(mark + "\n", style="bold red" if mark.startswith("✗") else "bold")
        where.append_text(_point_quote(c))
        table.add_row(Text(str(n)), Text(as_of_text(c)), Text(c.value), where)
    return table


def point(rank: int, p: Point, *, inferred: Mapping[str, str] | None = None) -> RenderableType:
    """An item as a panel: its ledger (claims in time order, each marked against the others), then why its kind
    was chosen, and the verdict."""
    inferred = inferred or {}
    parts: list[RenderableType] = [_ledger_table(p, inferred)]
    reasons = Text()
    for r in p.reasons:
        style = "yellow" if r.kind == "hedge" else "magenta"
        reasons.append(f"• {r.kind}: ", style=f"bold {style}")
        reasons.append(r.text + "\n")
    parts += [Rule(style="dim"), reasons]
    title = Text.assemble(
        (f"#{rank}  {p.id}", "bold"), "   ", (p.kind, "bold"), f"   score {p.score:.2f}   ", (f"{p.what}: ", "dim"),
        item_title(p),
    )  # fmt: skip
    border = POINT_BORDER.get(p.kind, "red")
    if p.review:
        parts.append(_verdict_line(p.review))
        border = VERDICT_BORDER[p.review.verdict]
    return Panel(Group(*parts), title=title, title_align="left", border_style=border)


def review_extras(report: Report) -> list[RenderableType]:
    """Orphaned verdicts, damaged store lines and precision per reason kind."""
    out: list[RenderableType] = []
    if report.orphans:
        title = "Orphaned verdicts (their finding or point no longer appears; kept, not dropped)"
        table = Table(title=title, expand=True)
        for col in ("id", "verdict", "note", "claims"):
            table.add_column(col)
        for v in report.orphans:
            table.add_row(Text(v.id), Text(v.verdict), Text(v.note), Text(" ⟷ ".join(v.claims)))
        out.append(table)
    for w in report.review_warnings:
        out.append(Text(w, style="yellow"))
    rows = precision_by_reason(report)
    if rows:
        table = Table(title="Precision so far, by reason (reviewed findings)")
        for col in ("reason", "confirmed", "dismissed", "precision"):
            table.add_column(col, justify="left" if col == "reason" else "right")
        for kind, c, d in rows:
            table.add_row(kind, str(c), str(d), f"{c / (c + d):.0%}")
        out.append(table)
    return out


def point_agreements(report: Report) -> RenderableType | None:
    """Values that independent sources give alike."""
    points = agreement_points(report)
    if not points:
        return None
    inferred = inferred_dates(report)
    table = Table(title="Where sources give the same value", expand=True)
    table.add_column("what")
    table.add_column("value", style=MARK_STYLE, max_width=18, overflow="fold")
    table.add_column("claims", ratio=1)
    for p in points:
        claims = Text()
        for i, c in enumerate(p.claims):
            if i:
                claims.append("\n")
            claims.append(c.source, style="cyan")
            claims.append(f"  ·  {c.holder or 'the outlet itself'}  ·  as of {as_of_text(c)}  ·  "
                          f"{claim_date(c, inferred)}\n")  # fmt: skip
            claims.append_text(_point_quote(c))
        what = Text.assemble((p.id, "dim"), "\n", p.subject)
        if p.review:
            what.append("\n")
            what.append(p.review.verdict, style=VERDICT_STYLE[p.review.verdict])
        table.add_row(what, Text(_common_value(p)), claims)
    return table


def _common_value(p: Point) -> str:
    values = sorted({c.value for c in p.claims})
    return " / ".join(values)


def agreements(report: Report) -> RenderableType | None:
    if not report.agreements:
        return None
    table = Table(title="Where sources agree (closest cross-source pairs, no conflict signal)", expand=True)
    table.add_column("sim", justify="right")
    table.add_column("first source")
    table.add_column("second source")
    for a in report.agreements:
        x, y = a.claims
        table.add_row(
            f"{a.similarity:.2f}",
            Text.assemble((x.source + "\n", "cyan"), x.text),
            Text.assemble((y.source + "\n", "cyan"), y.text),
        )
    return table


def render(report: Report, *, show_agreements: bool = True) -> list[RenderableType]:
    """Header, disputed points (conflicts, disputes), findings, timelines of updates, review extras, agreements."""
    parts: list[RenderableType] = [header(report)]
    extra = skipped(report)
    if extra is not None:
        parts.append(extra)
    inferred = inferred_dates(report)
    disputed = disputed_points(report)
    if disputed:
        parts.append(Rule(Text("Disputed points, likeliest first: claims that cannot all hold"), style="red"))
        parts.extend(point(i, p, inferred=inferred) for i, p in enumerate(disputed, 1))
        parts.append(Rule(Text("Findings: pairs of sentences in conflict"), style="red"))
    if report.findings:
        parts.extend(finding(i, f) for i, f in enumerate(report.findings, 1))
    elif disputed:
        parts.append(Text(f"No other pair of sentences between sources scored {report.threshold:.2f} or more (pairs inside an item are folded into it).",
                          style="green"))  # fmt: skip
    else:
        parts.append(Text(f"No conflict between sources scored {report.threshold:.2f} or more.", style="green"))
    updates = update_points(report)
    if updates:
        parts.append(Rule(Text("Timelines: values that changed over time (updates, not contradictions)"), style="blue"))
        parts.extend(point(i, p, inferred=inferred) for i, p in enumerate(updates, 1))
    parts.extend(review_extras(report))
    if show_agreements:
        for agree in (point_agreements(report), agreements(report)):
            if agree is not None:
                parts.append(agree)
    return parts
