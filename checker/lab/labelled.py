"""Labelled pair files (DACCORD, RTE3-FR, English NLI) → one table, and the metrics `checker eval` prints."""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import DataError

THREE_CLASS = {"entailment": 0, "neutral": 1, "contradiction": 2}


@dataclass(frozen=True)
class Labelled:
    """Pairs with a binary target (1 = contradiction) and, where the file has it, the three-class label."""

    premise: tuple[str, ...]
    hypothesis: tuple[str, ...]
    y: np.ndarray  # 1 = contradiction, 0 = not
    label3: np.ndarray  # 0 entailment, 1 neutral, 2 contradiction, -1 unknown (binary files)
    group: tuple[str, ...]  # fact-check URL where given, else the row number
    genre: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.premise)


def _open(path: Path):
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return io.StringIO(raw.decode("utf-8-sig"))


def _clean(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1].replace('""', '"')
    return " ".join(text.split())


def read_labelled(path: Path) -> Labelled:
    """Read a TSV with `premise`, `hypothesis` and `label` (and optionally `label_text`, `url`, `genre`).

    `label` may be 1/0 (DACCORD: 1 = contradiction), 0/1/2 (NLI: 2 = contradiction) or the words
    entailment/neutral/contradiction; `label_text` = contradiction wins where present."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file; give a TSV with premise, hypothesis and label columns")
    try:
        csv.field_size_limit(10_000_000)
        reader = csv.DictReader(_open(path), delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
    except (UnicodeDecodeError, csv.Error, OSError) as exc:
        raise DataError(f"{path}: not a readable UTF-8 TSV ({exc}); save it as tab-separated UTF-8") from None
    fields = set(reader.fieldnames or ())
    missing = {"premise", "hypothesis", "label"} - fields
    if missing:
        raise DataError(f"{path}: missing column(s) {', '.join(sorted(missing))}; need premise, hypothesis, label")
    if not rows:
        raise DataError(f"{path}: no rows")
    labels = [r["label"].strip().lower() for r in rows]
    texts = [r.get("label_text", "").strip().lower() for r in rows]
    numeric = all(x.lstrip("-").isdigit() for x in labels)
    three = (not numeric) or max(int(x) for x in labels) == 2
    y, label3 = [], []
    for i, (lab, txt) in enumerate(zip(labels, texts)):
        if not numeric:
            if lab not in THREE_CLASS:
                raise DataError(f"{path}: row {i + 2} has label {lab!r}; use entailment/neutral/contradiction")
            l3 = THREE_CLASS[lab]
        elif three:
            l3 = int(lab)
        else:
            l3 = -1
        contradiction = (l3 == 2) if three else (lab == "1")
        if txt:
            contradiction = txt == "contradiction" or (contradiction and txt not in ("compatible", "compatibles"))
        y.append(int(contradiction))
        label3.append(l3)
    return Labelled(
        premise=tuple(_clean(r["premise"]) for r in rows),
        hypothesis=tuple(_clean(r["hypothesis"]) for r in rows),
        y=np.array(y, dtype=int),
        label3=np.array(label3, dtype=int),
        group=tuple((r.get("url") or "").strip() or f"row{i}" for i, r in enumerate(rows)),
        genre=tuple((r.get("genre") or r.get("task") or "").strip() for r in rows),
    )


def sample(data: Labelled, n: int, seed: int = 13) -> Labelled:
    """`n` rows drawn without replacement (seeded, so the same file gives the same sample), in file order."""
    if n <= 0:
        raise DataError(f"--sample must be a positive number of pairs, not {n}")
    if n >= len(data):
        return data
    idx = np.sort(np.random.default_rng(seed).choice(len(data), size=n, replace=False))
    return Labelled(
        premise=tuple(data.premise[i] for i in idx),
        hypothesis=tuple(data.hypothesis[i] for i in idx),
        y=data.y[idx],
        label3=data.label3[idx],
        group=tuple(data.group[i] for i in idx),
        genre=tuple(data.genre[i] for i in idx),
    )


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """Mean |accuracy − confidence| over equal-width probability bins, weighted by bin size."""
    y, p = np.asarray(y, float), np.asarray(p, float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() * abs(y[m].mean() - p[m].mean())
    return float(total / max(len(y), 1))


def metrics(y: np.ndarray, p: np.ndarray, threshold: float) -> dict:
    """Contradiction-class metrics at `threshold`, ROC-AUC, calibration error and the counts."""
    y = np.asarray(y, int)
    p = np.asarray(p, float)
    pred = (p >= threshold).astype(int)
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    tn = int(((pred == 0) & (y == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if 0 < y.sum() < len(y):
        from sklearn.metrics import roc_auc_score

        auc = float(roc_auc_score(y, p))
    else:
        auc = float("nan")
    return {
        "n": int(len(y)),
        "positives": int(y.sum()),
        "threshold": threshold,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round((tp + tn) / len(y), 4) if len(y) else 0.0,
        "roc_auc": round(auc, 4) if auc == auc else None,
        "ece": round(expected_calibration_error(y, p), 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }
