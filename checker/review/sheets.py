"""Findings and points as a table for the spreadsheets newsrooms live in (CSV, XLSX), and verdicts edited there
taken back.

One row per finding and one per point (`type` says which; `kind` is a point's conflict, dispute, update or
agreement). A finding's two claims fill claim_1 / claim_2 and their source, article and date columns; a point
has any number of claims, so they go into one `claims` cell, a line each: `source (holder, as of): « quote » =
value`. The columns of sheets exported before points existed are all still there, so old sheets import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import InputError
from ..records import Finding, Point, PointClaim, Report
from ..render import as_of_text
from .store import VERDICTS, ReviewStore, Verdict, default_reviewer, now

COLUMNS = [
    "id", "type", "kind", "score", "topic",
    "source_1", "article_1", "date_1", "claim_1",
    "source_2", "article_2", "date_2", "claim_2",
    "claims",
    "reasons", "verdict", "note", "reviewer", "reviewed_at",
]  # fmt: skip


def claim_line(c: PointClaim) -> str:
    """`source (holder, as of 2026-02-01): « quote » = value`; what is unknown is left out."""
    about = ", ".join(x for x in (c.holder, f"as of {as_of_text(c)}" if c.as_of else None) if x)
    return f"{c.source}{f' ({about})' if about else ''}: « {c.text} » = {c.value}"


def _verdict_cells(v: Verdict | None) -> dict:
    return {
        "verdict": v.verdict if v else "",
        "note": v.note if v else "",
        "reviewer": v.reviewer if v else "",
        "reviewed_at": v.at if v else "",
    }


def _point_row(p: Point) -> dict:
    empty = {k: "" for k in COLUMNS}
    return {
        **empty,
        "id": p.id,
        "type": "point",
        "kind": p.kind,
        "score": p.score,
        "topic": f"{p.what}: {p.subject}",
        "claims": "\n".join(claim_line(c) for c in p.claims),
        "reasons": " | ".join(f"{r.kind}: {r.text}" for r in p.reasons),
        **_verdict_cells(p.review),
    }


def rows(report: Report) -> list[dict]:
    """Points first (conflicts and disputes, updates, agreements), then findings, as the reports order them."""
    out = [_point_row(p) for p in list(report.points) + list(report.hidden_points)]
    for f in list(report.findings) + list(report.hidden):
        a, b = f.claims
        v = f.review
        out.append(
            {
                "id": f.id,
                "type": "finding",
                "kind": "",
                "score": f.score,
                "topic": f.topic,
                "source_1": a.source, "article_1": a.article, "date_1": a.date or "", "claim_1": a.text,
                "source_2": b.source, "article_2": b.article, "date_2": b.date or "", "claim_2": b.text,
                "claims": "",
                "reasons": " | ".join(f"{r.kind}: {r.text}" for r in f.reasons),
                **_verdict_cells(v),
            }
        )  # fmt: skip
    return out


_FORMULA = ("=", "+", "-", "@")


def _safe_cell(value):
    # A cell starting with = + - @ is run as a formula by spreadsheet programs: article text must stay text.
    if isinstance(value, str) and value[:1] in _FORMULA:
        return "'" + value
    return value


def _unsafe_cell(value: str) -> str:
    """A cell as it was before _safe_cell, so a note exported as `'- à revoir` comes back unchanged."""
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA else value


def to_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows(report):
        writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return buf.getvalue()


def write_xlsx(report: Report, path: Path) -> None:
    import os
    import tempfile

    import pandas as pd

    frame = pd.DataFrame([{k: _safe_cell(v) for k, v in r.items()} for r in rows(report)], columns=COLUMNS)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".xlsx")
    os.close(fd)
    try:
        frame.to_excel(tmp, index=False, sheet_name="findings")
        os.replace(tmp, path)
    except ImportError as exc:
        os.unlink(tmp)
        raise InputError("writing .xlsx needs openpyxl; run `pip install openpyxl` or use --csv") from exc


def import_verdicts(path: Path, report: Report, store: ReviewStore, *, reviewer: str | None = None) -> tuple[int, list[str]]:
    """Take verdicts and notes from an edited CSV (findings and points; sheets from before points too) into the
    store. Returns (decisions added, messages). Unchanged rows are skipped; a note without a verdict keeps the
    current verdict (unsure if there is none), and an emptied verdict cell never removes one."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it as UTF-8 CSV ({exc.__class__.__name__}); export it again as CSV UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "id" not in reader.fieldnames or "verdict" not in reader.fieldnames:
        raise InputError(f"{path}: needs at least the columns id and verdict (as written by `checker export --csv`)")
    items = list(report.findings) + list(report.hidden) + list(report.points) + list(report.hidden_points)
    known: dict[str, Finding | Point] = {x.id: x for x in items}
    added, messages = 0, []
    for number, row in enumerate(reader, 2):
        fid = _unsafe_cell((row.get("id") or "").strip())
        verdict = (row.get("verdict") or "").strip().lower()
        note = _unsafe_cell((row.get("note") or "").strip())
        if not fid or (not verdict and not note):
            continue
        if fid not in known:
            what = "point" if fid.startswith("P-") else "finding"
            messages.append(f"{path}:{number}: unknown {what} id {fid}; not imported")
            continue
        if not verdict:  # a note added in the sheet, verdict cell left empty
            verdict = known[fid].review.verdict if known[fid].review else "unsure"
        if verdict not in VERDICTS:
            messages.append(f"{path}:{number}: verdict {verdict!r} for {fid} is not one of {', '.join(VERDICTS)}; not imported")
            continue
        current = known[fid].review
        if current and current.verdict == verdict and note in ("", current.note):
            continue  # unchanged in the sheet
        who = _unsafe_cell((row.get("reviewer") or "").strip()) or reviewer or default_reviewer()
        store.append(Verdict(fid, verdict, note, who, now(), tuple(c.text for c in known[fid].claims)))
        added += 1
    return added, messages
