"""The markdown contradiction digest. Deterministic (no clock, stable order) and safe: article text is escaped
so that pipes, backticks, brackets, HTML and link syntax in a quote render as text."""

from __future__ import annotations

import re
from collections import Counter
from typing import Mapping, Sequence

from ..records import Claim, Point, PointClaim, Report, Verdict
from ..review.store import precision_by_reason, review_counts
from . import (
    agreement_points,
    as_of_text,
    claim_date,
    disputed_points,
    inferred_dates,
    item_title,
    language_name,
    languages,
    ledger,
    orphans_line,
    point_counts,
    update_points,
)

_ALWAYS = re.compile(r"([\\`*_{}\[\]<>|#~&$])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s)")


def escape(text: str) -> str:
    """Markdown-inert text: special characters backslash-escaped, list markers at the start neutralised."""
    text = " ".join(text.split())
    text = _ALWAYS.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _marked(text: str, marks: Sequence[tuple[int, int]], hedges: Sequence[tuple[int, int]]) -> str:
    """Escaped text with the value words in bold and the hedges in italics (spans index the raw text)."""
    style = [0] * len(text)  # 1 value, 2 hedge, 3 both
    for flag, spans in ((1, marks), (2, hedges)):
        for s, e in spans:
            for i in range(max(0, s), min(len(text), e)):
                style[i] |= flag
    pieces: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and style[j] == style[i]:
            j += 1
        raw = re.sub(r"\s+", " ", text[i:j])
        core = raw.strip(" ")
        if style[i] and core:
            wrap = {1: "**", 2: "*", 3: "***"}[style[i]]
            lead, trail = raw[: len(raw) - len(raw.lstrip(" "))], raw[len(raw.rstrip(" ")) :]
            pieces.append(lead + wrap + _ALWAYS.sub(r"\\\1", core) + wrap + trail)
        else:
            pieces.append(_ALWAYS.sub(r"\\\1", raw))
        i = j
    out = re.sub(" +", " ", "".join(pieces)).strip()
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], out)


def _review(v: Verdict) -> list[str]:
    lines = [f"**Review: {v.verdict}** by {escape(v.reviewer)} at {escape(v.at)}"]
    if v.note:
        lines += ["", f"Note: {escape(v.note)}"]
    return lines + [""]


def _point_claim(c: PointClaim, inferred: Mapping[str, str], *, holder: bool = True) -> list[str]:
    who = f" · holder: {escape(c.holder or 'the outlet itself')}" if holder else ""
    return [
        f"**{escape(c.source)}** · {escape(claim_date(c, inferred))} · `{c.article.replace('`', '')}` "
        f"(characters {c.start}–{c.end}){who} · as of: {escape(as_of_text(c))} · "
        f"value: **{escape(c.value)}**",
        "",
        f"> {_marked(c.text, c.marks, c.hedges)}",
        "",
    ]


def _why(p: Point) -> list[str]:
    lines = [f"Why {escape(p.kind)}:", ""] if p.reasons else []
    lines += [f"- **{escape(r.kind)}**: {escape(r.text)}" for r in p.reasons]
    return lines + ([""] if p.reasons else [])


def _ledger(p: Point, inferred: Mapping[str, str]) -> list[str]:
    """The item's claims in time order, a row each, with what each is marked against the claims above it."""
    lines = ["| # | as of | value | holder | source | marked | quote |",
             "| --- | --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for n, c, mark in ledger(p):
        who = escape(c.holder or "the outlet itself") + (f" (reported by {escape(c.reporter)})" if c.reporter else "")
        lines.append(
            f"| {n} | {escape(as_of_text(c))} | {escape(c.value)} | {who} "
            f"| {escape(c.source)} · {escape(claim_date(c, inferred))} · {escape(c.article)} "
            f"(characters {c.start}–{c.end}) | {escape(mark)} | {_marked(c.text, c.marks, c.hedges)} |"
        )
    return lines + [""]


def _disputed(rank: int, p: Point, inferred: Mapping[str, str]) -> list[str]:
    lines = [f"### {rank}. {p.id} — {escape(p.kind)} — score {p.score:.2f}", "",
             f"What: {escape(item_title(p))} ({escape(p.what)})", ""]  # fmt: skip
    lines += _ledger(p, inferred)
    lines += _why(p)
    return lines + (_review(p.review) if p.review else [])


def _update(p: Point, inferred: Mapping[str, str]) -> list[str]:
    lines = [f"### {p.id} — {escape(item_title(p))} ({escape(p.what)})", ""]
    lines += _ledger(p, inferred)
    lines += _why(p)
    return lines + (_review(p.review) if p.review else [])


def _claim(claim: Claim) -> list[str]:
    date = claim.date or "date unknown"
    return [
        f"**{escape(claim.source)}** · {escape(date)} · `{claim.article.replace('`', '')}` "
        f"(characters {claim.start}–{claim.end})",
        "",
        f"> {escape(claim.text)}",
        "",
    ]


def render(report: Report) -> str:
    lines: list[str] = ["# Contradiction digest", ""]
    multi = sum(1 for t in report.topics if len(t.members) > 1)
    lines += [
        f"- **Articles:** {len(report.articles)} used, {len(report.skipped)} skipped",
        f"- **Sources:** {len(report.sources)}; **languages:** {languages(report)}",
        f"- **Sentences:** {len(report.sentences)}; **topics:** {len(report.topics)} ({multi} with two or more sentences)",
        f"- **Candidate pairs compared:** {report.candidate_pairs}",
        f"- **Findings:** {len(report.findings)} at score ≥ {report.threshold:.2f} "
        f"({report.below_threshold} weaker candidates below it)",
        f"- **Embedding model:** {escape(report.model)}; **scorer:** {escape(report.scorer)}",
    ]
    if report.reviewed:
        c = review_counts(report)
        lines.append(
            f"- **Review:** {c['confirmed']} confirmed / {c['dismissed']} dismissed / {c['unsure']} unsure / "
            f"{c['open']} open" + (f" ({len(report.hidden)} dismissed not shown)" if report.hidden else "")
        )
        if report.orphans:
            lines.append(f"- **Orphaned:** {escape(orphans_line(report))}")
    lines.append(f"- **Points:** {point_counts(report)}")
    lines.append("")
    inferred = inferred_dates(report)
    disputed = disputed_points(report)
    if disputed:
        lines += ["## Disputed points", "",
                  "Claims about one thing that cannot all hold: a conflict (incompatible values for the same thing "
                  "at the same time) or a dispute (different claimants disagree). Likeliest first: an item's score is "
                  "the checker's confidence that a reader would mark it, from a model fitted on readers' marks of real "
                  "stories (checker/models/README.md).", ""]  # fmt: skip
        for rank, p in enumerate(disputed, 1):
            lines += _disputed(rank, p, inferred)
    lines += ["## Findings", ""]
    if not report.findings:
        lines += [f"No {'pair of sentences' if disputed else 'conflict'} between sources scored "
                  f"{report.threshold:.2f} or more.", ""]  # fmt: skip
    for rank, f in enumerate(report.findings, 1):
        lines += [f"### {rank}. {f.id} — score {f.score:.2f}", "", f"Topic: {escape(f.topic)}", ""]
        for claim in f.claims:
            lines += _claim(claim)
        lines.append("Why:")
        lines.append("")
        lines += [f"- **{r.kind}**: {escape(r.text)}" for r in f.reasons]
        lines.append("")
        if f.review:
            lines += _review(f.review)
    updates = update_points(report)
    if updates:
        lines += ["## Timelines", "", "One holder's value changing over time: an update, not a contradiction.", ""]
        for p in updates:
            lines += _update(p, inferred)
    agreeing = agreement_points(report)
    if report.agreements or agreeing:
        lines += ["## Where the sources agree", ""]
    if agreeing:
        lines += ["Values that independent sources give alike.", ""]
        for p in agreeing:
            values = " / ".join(sorted({escape(c.value) for c in p.claims}))
            quotes = " — ".join(
                f"**{escape(c.source)}** “{_marked(c.text, c.marks, c.hedges)}”" for c in p.claims
            )
            verdict = f" (review: {p.review.verdict})" if p.review else ""
            lines.append(f"- {p.id}: {escape(p.subject)} ({escape(p.what)}) = **{values}**{verdict}: {quotes}")
        lines.append("")
    if report.agreements:
        lines += ["Closest cross-source pairs with no conflict signal.", ""]
        for a in report.agreements:
            x, y = a.claims
            lines += [
                f"- similarity {a.similarity:.2f}: **{escape(x.source)}** “{escape(x.text)}” — "
                f"**{escape(y.source)}** “{escape(y.text)}”"
            ]
        lines.append("")
    if report.orphans:
        lines += ["## Orphaned verdicts", "", "Their finding or point no longer appears (articles changed); kept, not "
                  "dropped.", ""]  # fmt: skip
        lines += ["| id | verdict | note | claims |", "| --- | --- | --- | --- |"]
        for v in report.orphans:
            lines.append(f"| {v.id} | {v.verdict} | {escape(v.note)} | {escape(' ⟷ '.join(v.claims))} |")
        lines.append("")
    precision = precision_by_reason(report)
    if precision:
        lines += ["## Precision so far, by reason", "", "| reason | confirmed | dismissed | precision |", "| --- | ---: | ---: | ---: |"]
        lines += [f"| {k} | {c} | {d} | {c / (c + d):.0%} |" for k, c, d in precision]
        lines.append("")
    for w in report.review_warnings:
        lines += [f"Warning: {escape(w)}", ""]
    per_article = Counter(s.article for s in report.sentences)
    lines += ["## Sources", "", "| source | article | date | language | sentences |", "| --- | --- | --- | --- | ---: |"]
    for a in sorted(report.articles, key=lambda a: (a.source, a.name)):
        date = a.date or (f"≥ {a.date_inferred} (inferred)" if a.date_inferred else "—")
        lines.append(
            f"| {escape(a.source)} | {escape(a.name)} | {escape(date)} | {escape(language_name(a.language))} "
            f"| {per_article[a.name]} |"
        )
    lines.append("")
    if report.skipped or report.warnings or report.copies:
        lines += ["## Files not used, and warnings", "", "| file | reason |", "| --- | --- |"]
        lines += [f"| {escape(s.path)} | {escape(s.reason)} |" for s in report.skipped]
        lines += [
            f"| {escape(c)} | syndicated copy of {escape(o)} ({sim:.0%} shared wording): used, never compared with it |"
            for c, o, sim in report.copies
        ]
        for w in report.warnings:
            name, _, msg = w.partition(": ")
            lines.append(f"| {escape(name)} | warning: {escape(msg)} |")
        lines.append("")
    return "\n".join(lines)
