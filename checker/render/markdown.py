"""The markdown contradiction digest. Deterministic (no clock, stable order) and safe: article text is escaped
so that pipes, backticks, brackets, HTML and link syntax in a quote render as text."""

from __future__ import annotations

import re
from collections import Counter

from ..records import Claim, Report
from ..review.store import precision_by_reason, review_counts
from . import language_name, languages

_ALWAYS = re.compile(r"([\\`*_{}\[\]<>|#~&$])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s)")


def escape(text: str) -> str:
    """Markdown-inert text: special characters backslash-escaped, list markers at the start neutralised."""
    text = " ".join(text.split())
    text = _ALWAYS.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


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
    lines += ["", "## Findings", ""]
    if not report.findings:
        lines += [f"No conflict between sources scored {report.threshold:.2f} or more.", ""]
    for rank, f in enumerate(report.findings, 1):
        lines += [f"### {rank}. {f.id} — score {f.score:.2f}", "", f"Topic: {escape(f.topic)}", ""]
        for claim in f.claims:
            lines += _claim(claim)
        lines.append("Why:")
        lines.append("")
        lines += [f"- **{r.kind}**: {escape(r.text)}" for r in f.reasons]
        lines.append("")
        if f.review:
            v = f.review
            lines.append(f"**Review: {v.verdict}** by {escape(v.reviewer)} at {escape(v.at)}")
            if v.note:
                lines += ["", f"Note: {escape(v.note)}"]
            lines.append("")
    if report.agreements:
        lines += ["## Where the sources agree", "", "Closest cross-source pairs with no conflict signal.", ""]
        for a in report.agreements:
            x, y = a.claims
            lines += [
                f"- similarity {a.similarity:.2f}: **{escape(x.source)}** “{escape(x.text)}” — "
                f"**{escape(y.source)}** “{escape(y.text)}”"
            ]
        lines.append("")
    if report.orphans:
        lines += ["## Orphaned verdicts", "", "Their finding no longer appears (articles changed); kept, not dropped.", ""]
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
        lines.append(
            f"| {escape(a.source)} | {escape(a.name)} | {escape(a.date or '—')} | {escape(language_name(a.language))} "
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
