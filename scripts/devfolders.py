"""Score checker on the development folders (data/devfolders/): gold conflicts, updates and compatible pairs.

    python scripts/devfolders.py [FOLDER_ROOT] [--json] [--misses] [--keep-reports DIR] [-- extra checker args]

FOLDER_ROOT (default: data/devfolders) holds one folder per story, each with its articles and a gold.tsv (or is
itself such a folder). For each story the script runs `python -m checker check FOLDER --json TMP.json --quiet`
with the extra arguments given after `--` (e.g. `-- --scorer trained --threshold 0.3`), reads the JSON and prints:

- conflicts reported: gold `conflict` pairs whose two sentences appear together in one finding, or in one point of
  kind conflict/dispute where the two claims have different values (target >= 60 %);
- compatible flagged: gold `compatible` pairs that appear together in the same way (target <= 15 %);
- updates recognised: gold `update` pairs whose two sentences are both claims of one point of kind update
  (target >= 50 %);
- items to review: findings + points of kind conflict/dispute/update (target <= 40 per folder).

A claim matches a gold side when its `article` is the gold article and the gold quote is a substring of its
`text`, after normalising white space (non-breaking spaces included) and apostrophes on both sides. The gold files
are checked against the articles before anything runs: a quote not found (or found twice) in its article is an
error of the gold file, reported on one line with the file and line, exit code 2. A checker run that fails is
reported and gives exit code 1; missing the targets does not change the exit code.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = ROOT / "data" / "devfolders"
GOLD = "gold.tsv"
COLUMNS = ["kind", "article_1", "quote_1", "article_2", "quote_2", "note"]
KINDS = ("conflict", "update", "compatible")
CONFLICT_KINDS = ("conflict", "dispute")
REVIEW_KINDS = ("conflict", "dispute", "update")
MIN_QUOTE = 25
TARGETS = {"conflicts_reported": (">=", 0.60), "compatible_flagged": ("<=", 0.15),
           "updates_recognised": (">=", 0.50), "items_per_folder": ("<=", 40)}  # fmt: skip


class GoldError(Exception):
    """A gold file that does not match its articles: one line, naming the file and line."""


@dataclass(frozen=True)
class Pair:
    kind: str
    article_1: str
    quote_1: str
    article_2: str
    quote_2: str
    note: str
    line: int


@dataclass
class Story:
    name: str
    folder: Path
    pairs: list[Pair] = field(default_factory=list)


def norm(text: str) -> str:
    """Compare texts modulo Unicode composition, white space (NBSP, thin spaces, newlines) and apostrophes."""
    text = unicodedata.normalize("NFC", text)
    for ch in "’‘ʼ′`":
        text = text.replace(ch, "'")
    return " ".join(text.split())


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_gold(folder: Path) -> list[Pair]:
    """The gold pairs of one story, each quote checked against its article file."""
    path = folder / GOLD
    where = _display(path)
    texts: dict[str, str] = {}
    pairs: list[Pair] = []
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{where}: cannot be read as UTF-8 ({exc})") from exc
    rows = list(csv.reader(raw.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or [c.strip() for c in rows[0]] != COLUMNS:
        raise GoldError(f"{where}:1: header must be {' / '.join(COLUMNS)} (tab-separated)")
    for n, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(COLUMNS):
            raise GoldError(f"{where}:{n}: {len(row)} columns, expected {len(COLUMNS)} separated by tabs")
        kind, a1, q1, a2, q2, note = (c.strip() for c in row)
        if kind not in KINDS:
            raise GoldError(f"{where}:{n}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if a1 == a2:
            raise GoldError(f"{where}:{n}: both sides are from {a1}; a gold pair joins two different articles")
        for col, article, quote in (("quote_1", a1, q1), ("quote_2", a2, q2)):
            if article not in texts:
                file = folder / article
                if not file.is_file():
                    raise GoldError(f"{where}:{n}: article {article} does not exist in {_display(folder)}")
                texts[article] = norm(file.read_text(encoding="utf-8-sig"))
            q = norm(quote)
            if len(q) < MIN_QUOTE:
                raise GoldError(f"{where}:{n}: {col} is shorter than {MIN_QUOTE} characters: {quote!r}")
            found = texts[article].count(q)
            if found == 0:
                raise GoldError(f"{where}:{n}: {col} not found in {article}: {quote!r}")
            if found > 1:
                raise GoldError(f"{where}:{n}: {col} occurs {found} times in {article}; quote more of the sentence")
        pairs.append(Pair(kind, a1, q1, a2, q2, note, n))
    if not pairs:
        raise GoldError(f"{where}: no gold pair")
    return pairs


def find_stories(root: Path) -> list[Story]:
    if (root / GOLD).is_file():
        folders = [root]
    else:
        folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / GOLD).is_file())
    if not folders:
        raise GoldError(f"{_display(root)}: no story folder with a {GOLD}")
    return [Story(f.name, f, read_gold(f)) for f in folders]


def run_checker(folder: Path, out: Path, extra: list[str]) -> tuple[dict | None, str]:
    """Run `checker check` on one folder; (report, error message)."""
    out = out.resolve()
    cmd = [sys.executable, "-m", "checker", "check", str(folder.resolve()), "--json", str(out)]
    if "--quiet" not in extra:
        cmd.append("--quiet")
    cmd += extra
    out.unlink(missing_ok=True)  # never read a report left by an earlier run
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        return None, f"checker exited with {proc.returncode}: {lines[-1] if lines else 'no message'}"
    try:
        return json.loads(out.read_text(encoding="utf-8")), ""
    except (OSError, ValueError) as exc:
        return None, f"checker wrote no readable JSON ({exc})"


def _matches(claim: dict, article: str, quote: str) -> bool:
    name = str(claim.get("article") or "")
    if name != article and Path(name).name != article:
        return False
    return norm(quote) in norm(str(claim.get("text") or ""))


def _joined(claims: list[dict], pair: Pair) -> list[tuple[int, int]]:
    """Index pairs (i, j), i != j, where claim i matches side 1 and claim j side 2."""
    one = [i for i, c in enumerate(claims) if _matches(c, pair.article_1, pair.quote_1)]
    two = [j for j, c in enumerate(claims) if _matches(c, pair.article_2, pair.quote_2)]
    return [(i, j) for i in one for j in two if i != j]


def _value(claim: dict) -> str:
    return json.dumps(claim.get("value"), sort_keys=True, ensure_ascii=False)


def _marked(point: dict, i: int, j: int) -> str | None:
    """The relation an item marks between its claims i and j (`pairs`); None when the report has no marks."""
    if "pairs" not in point:
        return None
    for mark in point.get("pairs") or []:
        if {mark.get("a"), mark.get("b")} == {i, j}:
            return str(mark.get("relation"))
    return ""


def reported_together(report: dict, pair: Pair) -> bool:
    """In one finding, or in one item marked conflict or dispute between the two claims (reports before the
    marks: a conflict/dispute point with the two claims' values differing)."""
    for f in report.get("findings") or []:
        if _joined(f.get("claims") or [], pair):
            return True
    for p in report.get("points") or []:
        claims = p.get("claims") or []
        for i, j in _joined(claims, pair):
            mark = _marked(p, i, j)
            if mark is None:
                if p.get("kind") in CONFLICT_KINDS and _value(claims[i]) != _value(claims[j]):
                    return True
            elif mark in CONFLICT_KINDS:
                return True
    return False


def update_recognised(report: dict, pair: Pair) -> bool:
    """Both sentences in one item, marked as an update of one another (reports before the marks: in one update
    point)."""
    for p in report.get("points") or []:
        for i, j in _joined(p.get("claims") or [], pair):
            mark = _marked(p, i, j)
            if (mark is None and p.get("kind") == "update") or mark == "update":
                return True
    return False


def _frac(hit: int, total: int) -> float | None:
    return hit / total if total else None


def score(story: Story, report: dict) -> dict:
    points = report.get("points") or []
    findings = report.get("findings") or []
    by_kind: dict[str, int] = {}
    for p in points:
        by_kind[str(p.get("kind"))] = by_kind.get(str(p.get("kind")), 0) + 1
    res: dict = {"pairs": {k: sum(p.kind == k for p in story.pairs) for k in KINDS}}
    missed_conflicts, flagged_compatible, missed_updates = [], [], []
    hits = {"conflict": 0, "compatible": 0, "update": 0}
    for pair in story.pairs:
        if pair.kind == "update":
            ok = update_recognised(report, pair)
            hits["update"] += ok
            if not ok:
                missed_updates.append(pair)
        else:
            together = reported_together(report, pair)
            hits[pair.kind] += together
            if pair.kind == "conflict" and not together:
                missed_conflicts.append(pair)
            if pair.kind == "compatible" and together:
                flagged_compatible.append(pair)
    res["hits"] = hits
    res["conflicts_reported"] = _frac(hits["conflict"], res["pairs"]["conflict"])
    res["compatible_flagged"] = _frac(hits["compatible"], res["pairs"]["compatible"])
    res["updates_recognised"] = _frac(hits["update"], res["pairs"]["update"])
    res["findings"] = len(findings)
    res["points"] = len(points)
    res["points_by_kind"] = dict(sorted(by_kind.items()))
    res["items"] = len(findings) + sum(by_kind.get(k, 0) for k in REVIEW_KINDS)
    corpus = report.get("corpus") or {}
    res["articles_used"] = corpus.get("articles", len(report.get("articles") or []))
    res["skipped"] = [f"{Path(str(s.get('path'))).name}: {s.get('reason')}" for s in report.get("skipped") or []
                      if Path(str(s.get("path"))).name != GOLD]  # the gold file is not an article: skipping it is right
    res["missed_conflicts"] = [_pair_json(p) for p in missed_conflicts]
    res["missed_updates"] = [_pair_json(p) for p in missed_updates]
    res["flagged_compatible"] = [_pair_json(p) for p in flagged_compatible]
    return res


def _pair_json(p: Pair) -> dict:
    return {"line": p.line, "article_1": p.article_1, "quote_1": p.quote_1, "article_2": p.article_2,
            "quote_2": p.quote_2, "note": p.note}  # fmt: skip


def total(results: dict[str, dict]) -> dict:
    ok = [r for r in results.values() if "error" not in r]
    pairs = {k: sum(r["pairs"][k] for r in ok) for k in KINDS}
    hits = {k: sum(r["hits"][k] for r in ok) for k in KINDS}
    by_kind: dict[str, int] = {}
    for r in ok:
        for k, v in r["points_by_kind"].items():
            by_kind[k] = by_kind.get(k, 0) + v
    return {
        "folders": len(ok),
        "pairs": pairs,
        "hits": hits,
        "conflicts_reported": _frac(hits["conflict"], pairs["conflict"]),
        "compatible_flagged": _frac(hits["compatible"], pairs["compatible"]),
        "updates_recognised": _frac(hits["update"], pairs["update"]),
        "findings": sum(r["findings"] for r in ok),
        "points": sum(r["points"] for r in ok),
        "points_by_kind": dict(sorted(by_kind.items())),
        "items": sum(r["items"] for r in ok),
        "items_max_per_folder": max((r["items"] for r in ok), default=0),
    }


def meets(name: str, value: float | None) -> bool | None:
    if value is None:
        return None
    op, target = TARGETS[name]
    return value >= target if op == ">=" else value <= target


def _pct(hit: int, n: int, frac: float | None) -> str:
    return "   –" if frac is None else f"{hit:>2}/{n:<2} {100 * frac:5.1f} %"


def _mark(ok: bool | None) -> str:
    return {True: "ok", False: "MISS", None: "–"}[ok]


def print_table(results: dict[str, dict], tot: dict, extra: list[str]) -> None:
    print(f"checker on {len(results)} development folders" + (f" (checker args: {' '.join(extra)})" if extra else ""))
    head = f"{'folder':<16}{'conflicts reported':>22}{'compatible flagged':>22}{'updates recognised':>22}" \
           f"{'items':>8}  findings  points by kind"  # fmt: skip
    print(head)
    print(f"{'target':<16}{'>= 60 %':>22}{'<= 15 %':>22}{'>= 50 %':>22}{'<= 40':>8}")
    rows = list(results.items()) + [("TOTAL", tot)]
    for name, r in rows:
        if "error" in r:
            print(f"{name:<16}  ERROR: {r['error']}")
            continue
        if name == "TOTAL" and not r["folders"]:
            print(f"{name:<16}  no folder scored")
            continue
        cells = []
        for key, kind in (("conflicts_reported", "conflict"), ("compatible_flagged", "compatible"),
                          ("updates_recognised", "update")):  # fmt: skip
            cells.append(f"{_pct(r['hits'][kind], r['pairs'][kind], r[key])} {_mark(meets(key, r[key])):<4}")
        items = r["items_max_per_folder"] if name == "TOTAL" else r["items"]
        item_cell = f"{r['items']:>4} {_mark(meets('items_per_folder', items)):<4}"
        kinds = ", ".join(f"{k} {v}" for k, v in r["points_by_kind"].items()) or "none"
        print(f"{name:<16}{cells[0]:>22}{cells[1]:>22}{cells[2]:>22}{item_cell:>10}  {r['findings']:>8}  {kinds}")
    print("(items = findings + points of kind conflict/dispute/update; the TOTAL items mark is the worst folder's)")
    used = [f"{name} {r['articles_used']}" for name, r in results.items() if "error" not in r]
    if used:
        print("articles used: " + ", ".join(used))
    for name, r in results.items():
        if "error" not in r and r["skipped"]:
            print(f"{name}: {r['articles_used']} articles used; checker skipped {len(r['skipped'])} file(s): "
                  + "; ".join(r["skipped"]))


def print_misses(results: dict[str, dict]) -> None:
    for title, key in (("gold conflicts not reported", "missed_conflicts"), ("gold updates not recognised",
                       "missed_updates"), ("gold compatible pairs flagged", "flagged_compatible")):  # fmt: skip
        lines = []
        for name, r in results.items():
            for p in r.get(key, []):
                lines.append(f"  {name}/gold.tsv:{p['line']}  {p['note']}\n"
                             f"      {p['article_1']}: « {p['quote_1']} »\n"
                             f"      {p['article_2']}: « {p['quote_2']} »")  # fmt: skip
        print(f"\n{title}: {len(lines)}")
        for line in lines:
            print(line)


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(
        prog="devfolders.py",
        description="Run checker on the development folders and score it against their gold.tsv files.",
        epilog="Arguments after `--` go to `checker check` unchanged, e.g. `-- --scorer trained --threshold 0.3`.",
    )
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT_FOLDERS, metavar="FOLDER_ROOT",
                        help="folder of story folders, or one story folder (default: data/devfolders)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print one JSON object with all the numbers")
    parser.add_argument("--misses", action="store_true",
                        help="also list the gold conflicts not reported (then updates missed, compatibles flagged)")
    parser.add_argument("--keep-reports", type=Path, metavar="DIR", help="keep each folder's checker JSON in DIR")
    return parser.parse_args(argv), extra


def main(argv: list[str] | None = None) -> int:
    args, extra = parse_args(sys.argv[1:] if argv is None else argv)
    if not args.root.is_dir():
        print(f"devfolders: {args.root} is not a folder", file=sys.stderr)
        return 2
    try:
        stories = find_stories(args.root)
    except GoldError as exc:
        print(f"devfolders: gold error: {exc}", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    failed = False
    with tempfile.TemporaryDirectory(prefix="devfolders-") as tmp:
        out_dir = args.keep_reports or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for story in stories:
            if not args.json:
                print(f"checking {story.name} …", file=sys.stderr, flush=True)
            report, error = run_checker(story.folder, out_dir / f"{story.name}.json", extra)
            if report is None:
                results[story.name] = {"error": error}
                failed = True
                continue
            results[story.name] = score(story, report)
    tot = total(results)
    if args.json:
        obj = {"root": _display(args.root), "checker_args": extra,
               "targets": {k: f"{op} {v}" for k, (op, v) in TARGETS.items()},
               "folders": results, "total": tot}  # fmt: skip
        if not args.misses:
            for r in results.values():
                for key in ("missed_conflicts", "missed_updates", "flagged_compatible"):
                    r.pop(key, None)
        print(json.dumps(obj, ensure_ascii=False, indent=2))
    else:
        print_table(results, tot, extra)
        if args.misses:
            print_misses(results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
