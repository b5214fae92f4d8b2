"""The terminal report as rich renderables. Article text goes in as `Text`, never as markup, so brackets in an
article cannot be read as rich styles."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..records import Claim, Finding, Report
from ..review.store import precision_by_reason, review_counts
from . import languages

VERDICT_STYLE = {"confirmed": "bold green", "dismissed": "dim", "unsure": "bold yellow"}


def _claim_text(claim: Claim) -> Text:
    text = Text(claim.text)
    for s, e in claim.hedges:
        text.stylize("bold yellow underline", s, e)
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
        ("Model / scorer", f"{report.model} / {report.scorer}"),
    ]
    if report.reviewed:
        c = review_counts(report)
        rows.append(("Review", f"{c['confirmed']} confirmed, {c['dismissed']} dismissed, {c['unsure']} unsure, {c['open']} open"))
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
        v = f.review
        line = Text.assemble((v.verdict.upper(), VERDICT_STYLE[v.verdict]), f" by {v.reviewer} at {v.at}")
        if v.note:
            line.append("\nnote: ", style="bold")
            line.append(v.note)
        parts.append(line)
        border = {"confirmed": "green", "dismissed": "bright_black", "unsure": "yellow"}[v.verdict]
    return Panel(Group(*parts), title=title, title_align="left", border_style=border)


def review_extras(report: Report) -> list[RenderableType]:
    """Orphaned verdicts, damaged store lines and precision per reason kind."""
    out: list[RenderableType] = []
    if report.orphans:
        table = Table(title="Orphaned verdicts (their finding no longer appears; kept, not dropped)", expand=True)
        for col in ("id", "verdict", "note", "claims"):
            table.add_column(col)
        for v in report.orphans:
            table.add_row(v.id, v.verdict, Text(v.note), Text(" ⟷ ".join(v.claims)))
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
    parts: list[RenderableType] = [header(report)]
    extra = skipped(report)
    if extra is not None:
        parts.append(extra)
    if report.findings:
        parts.extend(finding(i, f) for i, f in enumerate(report.findings, 1))
    else:
        parts.append(Text(f"No conflict between sources scored {report.threshold:.2f} or more.", style="green"))
    parts.extend(review_extras(report))
    if show_agreements:
        agree = agreements(report)
        if agree is not None:
            parts.append(agree)
    return parts
