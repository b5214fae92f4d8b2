"""Findings as a table for the spreadsheets newsrooms live in (CSV, XLSX), and verdicts edited there taken back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import InputError
from ..records import Finding, Report
from .store import VERDICTS, ReviewStore, Verdict, default_reviewer, now

COLUMNS = [
    "id", "score", "topic",
    "source_1", "article_1", "date_1", "claim_1",
    "source_2", "article_2", "date_2", "claim_2",
    "reasons", "verdict", "note", "reviewer", "reviewed_at",
]  # fmt: skip


def rows(report: Report) -> list[dict]:
    out = []
    for f in list(report.findings) + list(report.hidden):
        a, b = f.claims
        v = f.review
        out.append(
            {
                "id": f.id,
                "score": f.score,
                "topic": f.topic,
                "source_1": a.source, "article_1": a.article, "date_1": a.date or "", "claim_1": a.text,
                "source_2": b.source, "article_2": b.article, "date_2": b.date or "", "claim_2": b.text,
                "reasons": " | ".join(f"{r.kind}: {r.text}" for r in f.reasons),
                "verdict": v.verdict if v else "",
                "note": v.note if v else "",
                "reviewer": v.reviewer if v else "",
                "reviewed_at": v.at if v else "",
            }
        )  # fmt: skip
    return out


def _safe_cell(value):
    # A cell starting with = + - @ is run as a formula by spreadsheet programs: article text must stay text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


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
    """Take verdicts and notes from an edited CSV into the store. Returns (decisions added, messages)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it as UTF-8 CSV ({exc.__class__.__name__}); export it again as CSV UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "id" not in reader.fieldnames or "verdict" not in reader.fieldnames:
        raise InputError(f"{path}: needs at least the columns id and verdict (as written by `checker export --csv`)")
    known: dict[str, Finding] = {f.id: f for f in list(report.findings) + list(report.hidden)}
    added, messages = 0, []
    for number, row in enumerate(reader, 2):
        fid = (row.get("id") or "").strip()
        verdict = (row.get("verdict") or "").strip().lower()
        note = (row.get("note") or "").strip()
        if not fid or (not verdict and not note):
            continue
        if fid not in known:
            messages.append(f"{path}:{number}: unknown finding id {fid}; not imported")
            continue
        if verdict not in VERDICTS:
            messages.append(f"{path}:{number}: verdict {verdict!r} for {fid} is not one of {', '.join(VERDICTS)}; not imported")
            continue
        current = known[fid].review
        if current and current.verdict == verdict and note in ("", current.note):
            continue  # unchanged in the sheet
        f = known[fid]
        store.append(
            Verdict(fid, verdict, note, (row.get("reviewer") or "").strip() or reviewer or default_reviewer(), now(),
                    tuple(c.text for c in f.claims))  # fmt: skip
        )
        added += 1
    return added, messages
