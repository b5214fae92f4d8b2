"""Clusters → candidate pairs: sentences from *different* sources about the same thing.

For each sentence, the nearest other-source sentences that share its topic or are close enough in their own
right, taken from its neighbour pool (neighbours.py); at most `neighbours` per sentence, so the number of pairs
grows linearly with the corpus.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .neighbours import Neighbours, nearest
from .records import Pair, Sentence

FACET_BLOCK = 256  # positioned sentences whose cosines with their opposed columns are computed at once

def cross_source_pairs(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    labels: np.ndarray,
    *,
    threshold: float,
    neighbours: int,
    facets: Sequence[frozenset[str]] | None = None,
    opposed: frozenset[tuple[str, str]] = frozenset(),
    facet_threshold: float = 0.0,
    origins: Sequence[str] | None = None,
    near: Neighbours | None = None,
    pool: int = 32,
) -> list[Pair]:
    """Candidate pairs (a < b), sorted by (a, b).

    From each sentence's nearest other-origin sentences (`near`, computed here when not given, `pool` of
    them), the first `neighbours` that share its topic or are at least `threshold` similar. Besides, a sentence
    that takes a position (a facet such as « demand ») is paired with the nearest other-source sentences taking
    an opposed position, when they are at least `facet_threshold` similar: two sources that contradict each
    other often word it quite differently. `origins` (one per sentence) replaces the source when deciding what
    counts as independent: syndicated copies share one."""
    n = len(sentences)
    if n < 2:
        return []
    codes = origin_codes(origins if origins is not None else [s.source for s in sentences])
    if near is None:
        near = nearest(vectors, codes, k=pool, link_threshold=np.inf)
    labels = np.asarray(labels)
    in_topic = np.bincount(labels)[labels] > 1  # the sentence's topic has other members
    idx, sim = near.index, near.similarity
    found = idx >= 0
    same_topic = (labels[np.where(found, idx, 0)] == labels[:, None]) & in_topic[:, None]
    ok = found & (same_topic | (sim >= threshold))
    ok &= np.cumsum(ok, axis=1) <= neighbours  # the first `neighbours` eligible ones, nearest first
    rows, slots = np.nonzero(ok)
    heads, tails, sims = [rows], [idx[rows, slots]], [sim[rows, slots]]
    if facets is not None:
        opposite = _OpposedColumns(facets, opposed)
        by_set: dict[frozenset[str], list[int]] = {}
        for i, fs in enumerate(facets):
            if fs:
                by_set.setdefault(fs, []).append(i)
        # the sentences of one facet set against their opposed columns a block at a time (one product of
        # matrices, not one per sentence: at 10,000 articles a matrix-vector product per positioned sentence
        # was most of the stage); the cosines are the same (exact sums on the grid: neighbours.on_grid)
        for fs, members in by_set.items():
            every = opposite.of(fs)
            if not len(every):
                continue
            every_codes = codes[every]
            for start in range(0, len(members), FACET_BLOCK):
                block = members[start : start + FACET_BLOCK]
                block_sims = vectors[block] @ vectors[every].T
                for i, row in zip(block, block_sims):
                    keep = (row >= facet_threshold) & (every_codes != codes[i])
                    cols, col_sims = every[keep], row[keep]
                    chosen = np.lexsort((cols, -col_sims))[:neighbours]
                    heads.append(np.full(len(chosen), i))
                    tails.append(cols[chosen])
                    sims.append(col_sims[chosen])
    return _unique_pairs(np.concatenate(heads), np.concatenate(tails), np.concatenate(sims), labels)


def origin_codes(origins: Sequence[str]) -> np.ndarray:
    """One integer per sentence; equal for sentences of the same origin."""
    return np.unique(np.asarray(list(origins)), return_inverse=True)[1].ravel()


def _unique_pairs(heads: np.ndarray, tails: np.ndarray, sims: np.ndarray, labels: np.ndarray) -> list[Pair]:
    """One Pair per unordered (a, b), sorted; its similarity as computed from a's side."""
    a, b = np.minimum(heads, tails), np.maximum(heads, tails)
    order = np.lexsort((heads != a, b, a))
    a, b, sims = a[order], b[order], sims[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    a, b, sims = a[first], b[first], sims[first]
    topic = np.where(labels[a] == labels[b], labels[a], -1)  # labels are >= 0
    topics = [t if t >= 0 else None for t in topic.tolist()]
    return list(map(Pair, a.tolist(), b.tolist(), sims.astype(np.float64).tolist(), topics))


class _OpposedColumns:
    """The sentences taking a position opposed to a given set of facets (few: only positioned sentences are
    candidates), one index array per distinct facet set."""

    def __init__(self, facets: Sequence[frozenset[str]], opposed: frozenset[tuple[str, str]]):
        self.holders: dict[str, list[int]] = {}
        for i, fs in enumerate(facets):
            for f in fs:
                self.holders.setdefault(f, []).append(i)
        self.partners = {f: {b for x, y in opposed for a, b in ((x, y), (y, x)) if a == f} for f in self.holders}
        self._memo: dict[frozenset[str], np.ndarray] = {}

    def of(self, fs: frozenset[str]) -> np.ndarray:
        if fs not in self._memo:
            cols = {j for f in fs for g in self.partners.get(f, ()) for j in self.holders.get(g, ())}
            self._memo[fs] = np.array(sorted(cols), dtype=np.int64)
        return self._memo[fs]
