"""Calibrate the relative topic and pairing margins on DACCORD (data/daccord/daccord-dev.tsv).

Sentences of one fact-check (same `url`) are about one topic; sentences of different fact-checks are not. For
each margin m, the cut is baseline + m·(1 − baseline), where the baseline is the median cross-fact-check cosine
(the same rule the pipeline applies to a corpus). Prints precision / recall / F1 of "same topic" per margin for
the e5 model, so the values in checker/config.py can be checked or re-derived:

    python scripts/calibrate_topics.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.cluster import relative_threshold, similarity_baseline  # noqa: E402
from checker.embedding.cache import EmbeddingCache, embed  # noqa: E402
from checker.embedding.torch_backend import SentenceTransformerEmbedder  # noqa: E402


def main() -> None:
    rows = list(csv.DictReader(open(ROOT / "data/daccord/daccord-dev.tsv", encoding="utf-8"), delimiter="\t"))
    seen, texts, groups = set(), [], []
    for r in rows:
        for t in (r["premise"].strip().strip('"').strip(), r["hypothesis"].strip()):
            if t and t not in seen:
                seen.add(t)
                texts.append(t)
                groups.append(r["url"])
    vectors = embed(texts, SentenceTransformerEmbedder(), cache=EmbeddingCache())
    g = np.array(groups)
    sims = vectors @ vectors.T
    iu = np.triu_indices(len(texts), 1)
    same = (g[:, None] == g[None, :])[iu]
    s = sims[iu]
    base = similarity_baseline(vectors, groups)
    print(f"{len(texts)} sentences, {len(set(groups))} fact-checks; baseline cosine {base:.3f}")
    print("margin  cut    precision  recall  F1")
    for m in np.arange(0.1, 0.65, 0.05):
        cut = relative_threshold(base, m)
        pred = s >= cut
        tp = int((pred & same).sum())
        p = tp / max(pred.sum(), 1)
        r = tp / max(same.sum(), 1)
        f1 = 2 * p * r / max(p + r, 1e-9)
        print(f"{m:.2f}    {cut:.3f}  {p:.3f}      {r:.3f}   {f1:.3f}")


if __name__ == "__main__":
    main()
