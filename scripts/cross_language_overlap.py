"""Print the table behind rules.CROSS_LANGUAGE_OVERLAP: how much word overlap same-language pairs have at a given
relatedness (the pipeline's corpus-relative similarity), pooled over the labelled French and English files.

    python scripts/cross_language_overlap.py

Across languages two sentences share few word stems even when they say the same thing; the rules then read the
overlap that gates negation, figures and dates from the pair's relatedness, using the lower quartile printed
here (a cautious guess: three same-language pairs in four at that relatedness share more words).
"""

from __future__ import annotations

import numpy as np

from checker.reading.signals import overlap
from checker.embedding.cache import EmbeddingCache
from checker.embedding.factory import make_embedder
from checker.lab.evaluate import pair_inputs
from checker.lab.labelled import read_labelled, sample

FILES = (("data/daccord/daccord-dev.tsv", 0), ("data/rte3-fr/rte3-fr-dev.tsv", 0),
         ("data/nli-en/mnli_dev/mnli_dev.tsv.gz", 800))  # fmt: skip
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def main() -> None:
    embedder = make_embedder()
    rel, ovl = [], []
    for path, n in FILES:
        data = read_labelled(path)
        data = sample(data, n) if n else data
        for p in pair_inputs(data, embedder, EmbeddingCache()):
            rel.append(p.relatedness)
            ovl.append(overlap(p.a, p.b))
    rel, ovl = np.array(rel), np.array(ovl)
    print(f"{len(rel)} same-language pairs; correlation of relatedness and overlap {np.corrcoef(rel, ovl)[0, 1]:.3f}")
    print("| relatedness | pairs | bin centre | overlap lower quartile | median |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for lo, hi in zip(BINS, BINS[1:]):
        m = (rel >= lo) & (rel < hi)
        print(f"| {lo:.1f}–{min(hi, 1.0):.1f} | {m.sum()} | {np.median(rel[m]):.2f} | {np.percentile(ovl[m], 25):.3f} | "
              f"{np.median(ovl[m]):.3f} |")


if __name__ == "__main__":
    main()
