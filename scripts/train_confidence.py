"""Fit the item confidence (checker/claims/confidence.py) on the real development stories' gold; print its scores.

    python scripts/train_confidence.py [ROOT] [--calibrate own] [--check fresh] [--reports DIR] [--dry-run] [--out FILE]

ROOT (default data/realdev) as for scripts/realdev.py. Runs `checker check` on every development story whose
excerpts are rebuilt (README, "Real coverage"; a story missing some is measured on the gold pairs still found,
as `realdev.py eval --partial` does), reads the shape of each conflict, dispute and update item, labels it by the
gold (does it hold both sentences of a conflict or an update a reader marked: the "worth reading" of
`realdev.py eval`), and fits a logistic regression (L2, C = 0.3). Printed: 5-fold cross-validation grouped by
story on the development stories, and with --check the final model on other splits, which it is never fitted on
(their rates only, as eval prints them). `--calibrate SPLIT` then moves the intercept alone so that the model's
mean probability on that split's items is the share of them holding a reader's pair: the rules were developed on
the development stories, whose items are right more often than a new story's, so a probability fitted there runs
high on stories the rules never saw; the coefficients, and so the order, stay the development stories'. A split
used to calibrate is not one the scores after --check are "never fitted on". Writes
checker/models/item_confidence.json unless --dry-run.
`--reports DIR` reads the reports `realdev.py eval --keep-reports DIR` kept instead of running the checker
(they must come from the same code). `--out FILE` writes the model elsewhere than the shipped file. Retrain whenever
the rules change which items are built.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devfolders as dv  # noqa: E402
import realdev as rd  # noqa: E402

sys.path.insert(0, str(dv.ROOT))
from checker.claims import confidence as cf  # noqa: E402
from checker.lab.labelled import expected_calibration_error  # noqa: E402

C = 0.3
FOLDS = 5
KINDS = ("conflict", "dispute", "update")
KIND_FIRST = {"conflict": 0, "dispute": 0, "update": 1}  # the report's order: disputed things before timelines


def rows_of(root: Path, split: str, reports: Path | None, tmp: Path) -> list[dict]:
    """One row per conflict, dispute or update item of the split's stories: story, kind, id, features, label."""
    rows = []
    for story in rd.stories(root):
        if not (story / rd.SUMS).is_file():
            print(f"{story.name}: not frozen yet, left out", file=sys.stderr)
            continue
        if rd.manifest(story).get("split", "dev") != split:
            continue
        found = rd.check(story)
        if not (found["identical"] or found["different"]):
            print(f"{story.name}: no excerpt rebuilt, left out", file=sys.stderr)
            continue
        lines = rd._thawed(story, [])
        gold = tmp / f"{story.name}.gold.tsv"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        marked = [p for p in rd.load_story(story, gold).pairs if p.kind in ("conflict", "update")]
        if reports is not None:
            report = json.loads((reports / f"{story.name}.json").read_text(encoding="utf-8"))
        else:
            report, error = dv.run_checker(story / rd.EXCERPTS, tmp / f"{story.name}.json", [])
            if report is None:
                raise SystemExit(f"{story.name}: {error}")
        languages = {a["article"]: a.get("language") for a in report.get("articles") or []}
        for item in report.get("points") or []:
            if item.get("kind") not in KINDS:
                continue
            rows.append({"story": story.name, "kind": item["kind"], "id": item["id"],
                         "x": cf.features(cf.shape_of_json(item, languages)),
                         "y": any(dv._joined(item.get("claims") or [], p) for p in marked)})  # fmt: skip
    return rows


def _first_three(rows: list[dict], p: np.ndarray, by_model: bool) -> float:
    """Per story, the share of its first three items that hold a reader's pair; averaged over the stories. By the
    model: kind first, then the probability (the report's order); else kind first, then the ID (no score)."""
    stories: dict[str, list[tuple]] = {}
    for row, prob in zip(rows, p):
        key = (KIND_FIRST[row["kind"]], -prob if by_model else 0.0, row["id"])
        stories.setdefault(row["story"], []).append((key, row["y"]))
    shares = [np.mean([y for _, y in sorted(items)[:3]]) for items in stories.values()]
    return float(np.mean(shares))


def scores(rows: list[dict], p: np.ndarray) -> dict:
    from sklearn.metrics import brier_score_loss, roc_auc_score

    y = np.array([r["y"] for r in rows], dtype=float)
    return {"stories": len({r["story"] for r in rows}), "items": len(rows), "held_a_reader_pair": round(y.mean(), 3),
            "mean_confidence": round(float(p.mean()), 3),
            "roc_auc": round(float(roc_auc_score(y, p)), 3) if 0 < y.sum() < len(y) else None,
            "brier": round(float(brier_score_loss(y, p)), 3), "ece_4_bins": round(expected_calibration_error(y, p, bins=4), 3),
            "first_three_worth_reading": round(_first_three(rows, p, True), 3),
            "first_three_worth_reading_without_score": round(_first_three(rows, p, False), 3)}  # fmt: skip


def fit(rows: list[dict]):
    from sklearn.linear_model import LogisticRegression

    x = np.array([r["x"] for r in rows]); y = np.array([r["y"] for r in rows])  # noqa: E702
    return LogisticRegression(C=C, max_iter=5000).fit(x, y)


def cross_validated(rows: list[dict]) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    x = np.array([r["x"] for r in rows]); y = np.array([r["y"] for r in rows])  # noqa: E702
    groups = [r["story"] for r in rows]
    p = np.zeros(len(rows))
    for train, test in GroupKFold(FOLDS).split(x, y, groups):
        p[test] = fit([rows[i] for i in train]).predict_proba(x[test])[:, 1]
    return p


def probabilities(model, rows: list[dict]) -> np.ndarray:
    """The model's probability that each row's item holds a reader's pair."""
    return model.predict_proba(np.array([r["x"] for r in rows]))[:, 1]


def base_rate_shift(rows: list[dict], model) -> float:
    """The shift of the intercept (in log-odds) that makes the mean probability on `rows` their share of items
    holding a reader's pair (bisection: the mean probability only grows with the shift)."""
    logits = model.decision_function(np.array([r["x"] for r in rows]))
    target = float(np.mean([r["y"] for r in rows]))
    low, high = -10.0, 10.0
    for _ in range(60):
        mid = (low + high) / 2
        if float(np.mean(1 / (1 + np.exp(-(logits + mid))))) > target:
            high = mid
        else:
            low = mid
    return (low + high) / 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", type=Path, default=rd.DEFAULT_ROOT)
    ap.add_argument("--check", nargs="*", default=[], choices=[s for s in rd.SPLITS if s != "dev"])
    ap.add_argument("--calibrate", choices=[s for s in rd.SPLITS if s != "dev"],
                    help="move the intercept so the mean probability on this split is its share of items worth reading")
    ap.add_argument("--reports", type=Path, help="reports kept by `realdev.py eval --keep-reports` (same code)")
    ap.add_argument("--dry-run", action="store_true", help="print the scores, write no model")
    ap.add_argument("--out", type=Path, default=cf.MODEL, help="where to write the model (default: the shipped file)")
    args = ap.parse_args(argv)
    if args.calibrate and args.calibrate in args.check:
        ap.error(f"--check {args.calibrate}: that split calibrates the model, it is not held out from it")
    calibrated = {}
    with tempfile.TemporaryDirectory(prefix="confidence-") as tmp:
        rows = rows_of(args.root, "dev", args.reports, Path(tmp))
        if len({r["story"] for r in rows}) < FOLDS:
            raise SystemExit(f"{args.root}: fewer than {FOLDS} development stories with items; rebuild their excerpts")
        cv = scores(rows, cross_validated(rows))
        model = fit(rows)
        if args.calibrate:
            chosen = rows_of(args.root, args.calibrate, args.reports, Path(tmp))
            if not chosen:
                raise SystemExit(f"--calibrate {args.calibrate}: no story of that split has items")
            before = scores(chosen, probabilities(model, chosen))
            shift = base_rate_shift(chosen, model)
            model.intercept_ = model.intercept_ + shift
            after = scores(chosen, probabilities(model, chosen))
            calibrated = {"split": args.calibrate, "intercept_shift": round(shift, 6), "before": before, "after": after}
        held = {}
        for split in args.check:
            other = rows_of(args.root, split, args.reports, Path(tmp))
            if other:
                held[split] = scores(other, probabilities(model, other))
    print(f"development stories, {FOLDS}-fold cross-validation grouped by story: {json.dumps(cv)}")
    if calibrated:
        print(f"{calibrated['split']} stories, intercept moved by {calibrated['intercept_shift']:+.3f}: before "
              f"{json.dumps(calibrated['before'])}, after {json.dumps(calibrated['after'])}")
    for split, s in held.items():
        print(f"{split} stories (never fitted on), final model: {json.dumps(s)}")
    out = {
        "model": "logistic regression (L2, C = 0.3) over the item's shape; checker/claims/confidence.py",
        "features": list(cf.FEATURES),
        "coefficients": [round(float(w), 6) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "label": "the item holds both sentences of a conflict or an update a reader marked (realdev.py eval's "
                 "worth reading)",
        "trained_on": f"the real development stories of {dv._display(args.root)} ({cv['stories']} stories, "
                      f"{cv['items']} conflict, dispute and update items)",
        "command": " ".join(["python scripts/train_confidence.py data/realdev",
                             *([f"--calibrate {args.calibrate}"] if args.calibrate else []),
                             *([f"--check {' '.join(args.check)}"] if args.check else [])]),  # as it was run
        "cross_validation": cv,
        "calibrated_on": calibrated or None,
        "never_fitted_on": held,
    }
    if not args.dry_run:
        args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {dv._display(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
