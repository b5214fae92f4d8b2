"""The review store: every verdict a fact-checker records, append-only on disk.

One JSON object per line, appended and flushed (fsync) after each decision, so a crash or Ctrl-C loses nothing
already decided. The latest decision for a finding wins; the history stays in the file. A damaged line is
reported and skipped when reading, and never removed from the file.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from filelock import lock_descriptor, unlock_descriptor

from ..errors import InputError
from ..records import Finding, Point, Report, Verdict

VERDICTS = ("confirmed", "dismissed", "unsure")
STORE_NAME = ".checker-reviews.jsonl"
LOCK_TIMEOUT = 10.0  # seconds a writer waits for another to finish its line


def _lock(fd: int, path: Path) -> None:
    """Take the store's write lock (filelock's flock / LockFileEx on the open file), waiting at most LOCK_TIMEOUT."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    while not lock_descriptor(fd, blocking=False):
        if time.monotonic() > deadline:
            raise InputError(f"the review store {path} is held by another writer for more than {LOCK_TIMEOUT:.0f} s; "
                             "nothing was recorded, try again")  # fmt: skip
        time.sleep(0.02)


def default_store_path(paths: Sequence[Path]) -> Path:
    """Next to the corpus: inside the folder given, or beside the first file."""
    first = Path(paths[0])
    return (first if first.is_dir() else first.parent) / STORE_NAME


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return os.environ.get("USER", "reviewer")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class ReviewStore:
    def __init__(self, path: Path):
        self.path = Path(path)

    def append(self, verdict: Verdict) -> None:
        if verdict.verdict not in VERDICTS:
            raise InputError(f"unknown verdict {verdict.verdict!r}; use one of: {', '.join(VERDICTS)}")
        line = json.dumps(
            {
                "id": verdict.id,
                "verdict": verdict.verdict,
                "note": verdict.note,
                "reviewer": verdict.reviewer,
                "at": verdict.at,
                "claims": list(verdict.claims),
            },
            ensure_ascii=False,
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                # Writers in other processes (the browser app, `checker review --set`, an import) take turns on
                # a lock of the store file itself (no lock file to leave beside the articles): the fresh-line
                # check and the write must not interleave with another writer's.
                _lock(fh.fileno(), self.path)
                try:
                    # Append mode never rewrites what is there; a half-written last line (crash mid-write) is the
                    # only possible damage, and the reader skips it. Start on a fresh line if the file does not
                    # end with one.
                    needs_newline = os.fstat(fh.fileno()).st_size > 0 and not self._ends_with_newline()
                    fh.write(("\n" if needs_newline else "") + line + "\n")
                    fh.flush()
                    os.fsync(fh.fileno())
                finally:
                    unlock_descriptor(fh.fileno())
        except OSError as exc:
            raise InputError(f"cannot write the review store {self.path} ({exc.strerror or exc}); nothing was recorded") from None

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    def history(self) -> tuple[list[Verdict], list[str]]:
        """All decisions in file order, and one message per damaged line."""
        if not self.path.exists():
            return [], []
        decisions, damaged = [], []
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    v = Verdict(
                        id=str(obj["id"]),
                        verdict=str(obj["verdict"]),
                        note=str(obj.get("note") or ""),
                        reviewer=str(obj.get("reviewer") or ""),
                        at=str(obj.get("at") or ""),
                        claims=tuple(str(c) for c in obj.get("claims") or ()),
                    )
                    if v.verdict not in VERDICTS:
                        raise ValueError(f"unknown verdict {v.verdict!r}")
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    damaged.append(f"{self.path}:{number}: damaged line skipped ({exc.__class__.__name__}); it stays in the file")
                    continue
                decisions.append(v)
        return decisions, damaged

    def current(self) -> tuple[dict[str, Verdict], list[str]]:
        """The latest verdict per finding. A later decision without a note keeps the earlier note."""
        decisions, damaged = self.history()
        latest: dict[str, Verdict] = {}
        for v in decisions:
            prev = latest.get(v.id)
            if prev is not None and not v.note and prev.note:
                v = replace(v, note=prev.note)
            latest[v.id] = v
        return latest, damaged


def decide(
    store: ReviewStore, finding: Finding | Point, verdict: str, *, note: str = "", reviewer: str | None = None
) -> Verdict:
    """Record a verdict on a finding or a point (both have an `id` and quoted `claims`)."""
    v = Verdict(
        id=finding.id,
        verdict=verdict,
        note=note,
        reviewer=reviewer or default_reviewer(),
        at=now(),
        claims=tuple(c.text for c in finding.claims),
    )
    store.append(v)
    return v


_RANK = {"confirmed": 0, None: 1, "unsure": 1, "dismissed": 2}
POINT_KIND_ORDER = {"conflict": 0, "dispute": 0, "update": 1, "agreement": 2}


def _reviewed(items, verdicts: dict[str, Verdict], show_dismissed: bool) -> tuple[list, list]:
    """Items with their verdicts, confirmed first then by score; dismissed ones apart unless asked."""
    items = [replace(x, review=verdicts.get(x.id)) for x in items]
    items.sort(key=lambda x: (_RANK[x.review.verdict if x.review else None], -x.score, x.id))
    hidden = [] if show_dismissed else [x for x in items if x.review and x.review.verdict == "dismissed"]
    return [x for x in items if x not in hidden], hidden


def with_reviews(report: Report, verdicts: dict[str, Verdict], damaged: Iterable[str] = (), *, show_dismissed: bool = False) -> Report:
    """The report with each finding's and point's verdict, confirmed first, dismissed hidden unless asked,
    orphans listed. Points keep their kind order (conflicts and disputes, updates, agreements)."""
    present = {f.id for f in report.findings} | {p.id for p in report.points}
    findings, hidden = _reviewed(report.findings, verdicts, show_dismissed)
    points, hidden_points = _reviewed(report.points, verdicts, show_dismissed)
    order = {p.id: i for i, p in enumerate(report.points)}
    points.sort(key=lambda p: (POINT_KIND_ORDER.get(p.kind, 9), _RANK[p.review.verdict if p.review else None], order[p.id]))
    orphans = tuple(v for k, v in sorted(verdicts.items()) if k not in present)
    return replace(
        report,
        findings=tuple(findings),
        hidden=tuple(hidden),
        points=tuple(points),
        hidden_points=tuple(hidden_points),
        orphans=orphans,
        review_warnings=tuple(damaged),
        reviewed=True,
    )



def review_counts(report: Report) -> dict[str, int]:
    """Verdicts over everything a reviewer is asked to decide: findings and the points that are not agreements."""
    counts = {"confirmed": 0, "dismissed": 0, "unsure": 0, "open": 0}
    for item in report.findings + tuple(p for p in report.points if p.kind != "agreement"):
        counts[item.review.verdict if item.review else "open"] += 1
    counts["dismissed"] += len(report.hidden) + len(report.hidden_points)
    return counts


def precision_by_reason(report: Report) -> list[tuple[str, int, int]]:
    """Per reason kind: (kind, confirmed, dismissed) among reviewed findings, so the team sees which signals hold."""
    table: dict[str, list[int]] = {}
    for f in report.findings + report.hidden:
        if not f.review or f.review.verdict not in ("confirmed", "dismissed"):
            continue
        for kind in sorted({r.kind for r in f.reasons if r.kind != "hedge"}):
            row = table.setdefault(kind, [0, 0])
            row[0 if f.review.verdict == "confirmed" else 1] += 1
    return [(k, c, d) for k, (c, d) in sorted(table.items())]
