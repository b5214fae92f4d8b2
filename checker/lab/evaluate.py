"""`checker eval`: score every pair of a labelled file with a scorer and measure it."""

from __future__ import annotations

import numpy as np

from ..cluster import relatedness, similarity_baseline
from ..compare.protocol import PairInput, Scorer, judge_in_batches
from ..compare.stacked import MAX_MODEL_PAIRS
from ..embedding.cache import EmbeddingCache, embed
from ..embedding.protocol import Embedder
from .labelled import Labelled, metrics

# Within the trained scorer's cascade budget, so every pair of a batch reaches its cross-encoder.
EVAL_BATCH = min(1000, MAX_MODEL_PAIRS)


def pair_inputs(data: Labelled, embedder: Embedder, cache: EmbeddingCache | None = None) -> list[PairInput]:
    """The file's pairs with their cosine and relatedness, the baseline taken from the file's own sentences."""
    texts = sorted(set(data.premise) | set(data.hypothesis))
    pos = {t: i for i, t in enumerate(texts)}
    vectors = embed(texts, embedder, cache=cache)
    baseline = similarity_baseline(vectors, [str(i) for i in range(len(texts))])
    out = []
    for p, h in zip(data.premise, data.hypothesis):
        cos = float(vectors[pos[p]] @ vectors[pos[h]])
        out.append(PairInput(p, h, cos, relatedness(cos, baseline)))
    return out


def evaluate(data: Labelled, scorer: Scorer, embedder: Embedder, *, threshold: float, cache=None) -> dict:
    """Overall metrics for the contradiction class, and per genre where the file has one."""
    pairs = pair_inputs(data, embedder, cache)
    # A scorer that is not pairwise (the trained one) ranks a batch together and sends only its best pairs to
    # the cross-encoder (a cascade for big corpora). Here every pair should be read by the model: small batches.
    step = max(1, len(pairs) if getattr(scorer, "pairwise", True) else EVAL_BATCH)
    scores = np.array([j.score for j in judge_in_batches(scorer, pairs, step)])
    result = {"scorer": scorer.name, **metrics(data.y, scores, threshold)}
    genres = sorted({g for g in data.genre if g})
    if len(genres) > 1:
        g = np.array(data.genre)
        result["genres"] = {name: metrics(data.y[g == name], scores[g == name], threshold) for name in genres}
    return result
