"""Clusters → candidate pairs: sentences from *different* sources about the same thing.

For each sentence, the nearest other-source sentences that share its topic or are close enough in their own
right; at most `neighbours` per sentence, so the number of pairs grows linearly with the corpus. Similarities are
computed in row blocks so memory stays bounded too.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .records import Pair, Sentence

_BLOCK = 1024


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
) -> list[Pair]:
    """Candidate pairs (a < b), sorted by (a, b).

    Besides nearest neighbours, a sentence that takes a position (a facet such as « demand ») is paired with
    the nearest other-source sentences taking an opposed position, when they are at least `facet_threshold`
    similar: two sources that contradict each other often word it quite differently. `origins` (one per
    sentence) replaces the source when deciding what counts as independent: syndicated copies share one."""
    n = len(sentences)
    if n < 2:
        return []
    sources = np.array(list(origins) if origins is not None else [s.source for s in sentences])
    labels = np.asarray(labels)
    topic_sizes = np.bincount(labels)
    found: dict[tuple[int, int], Pair] = {}
    facet_masks: dict[str, np.ndarray] = {}
    if facets is not None:
        for name in sorted({f for fs in facets for f in fs}):
            facet_masks[name] = np.array([name in fs for fs in facets])
    partners = {a: {b for x, y in opposed for a2, b in ((x, y), (y, x)) if a2 == a} for a in facet_masks}
    for start in range(0, n, _BLOCK):
        stop = min(start + _BLOCK, n)
        sims = vectors[start:stop] @ vectors.T
        for r in range(stop - start):
            i = start + r
            row = sims[r]
            same_topic = (labels == labels[i]) & (topic_sizes[labels[i]] > 1)
            ok = (sources != sources[i]) & (same_topic | (row >= threshold))
            chosen = _top(np.flatnonzero(ok), row, neighbours)
            if facets is not None and facets[i]:
                opposite = np.zeros(n, dtype=bool)
                for f in facets[i]:
                    for g in partners.get(f, ()):
                        if g in facet_masks:
                            opposite |= facet_masks[g]
                ok = opposite & (sources != sources[i]) & (row >= facet_threshold)
                chosen = np.concatenate([chosen, _top(np.flatnonzero(ok), row, neighbours)])
            for j in chosen:
                a, b = (i, int(j)) if i < j else (int(j), i)
                if (a, b) not in found:
                    topic = int(labels[a]) if labels[a] == labels[b] else None
                    found[(a, b)] = Pair(a=a, b=b, similarity=float(row[j]), topic=topic)
    return [found[k] for k in sorted(found)]


def _top(idx: np.ndarray, row: np.ndarray, k: int) -> np.ndarray:
    """The k most similar of `idx`; ties broken by index so the result is deterministic."""
    if idx.size == 0:
        return idx
    return idx[np.lexsort((idx, -row[idx]))][:k]
