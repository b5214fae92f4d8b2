"""Vectors → Topic: cluster the sentences of all articles together and name each cluster by its keywords.

e5 cosines sit in a narrow band, so the cut is relative to the corpus's own baseline (see config.topic_margin),
never a fixed 0.5. Agglomerative clustering with average linkage on cosine distance; the estimator is a parameter.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .records import Sentence, Topic

_SAMPLE = 20_000


def similarity_baseline(vectors: np.ndarray, groups: Sequence[str]) -> float:
    """Median cosine between sentences of different groups (articles): what 'unrelated' means in this corpus.
    Deterministic sample of at most 20,000 pairs, so it stays cheap at any size."""
    n = len(vectors)
    if n < 2:
        return 0.0
    rng = np.random.default_rng(0)
    i = rng.integers(0, n, size=_SAMPLE)
    j = rng.integers(0, n, size=_SAMPLE)
    g = np.asarray(groups)
    keep = g[i] != g[j]
    if not keep.any():
        keep = i != j
    if not keep.any():
        return 0.0
    sims = np.einsum("ij,ij->i", vectors[i[keep]], vectors[j[keep]])
    return float(np.median(sims))


BASELINE_STEP = 0.002  # the corpus baseline is a multiple of this (see stable_baseline)


def stable_baseline(vectors: np.ndarray, groups: Sequence[str], keys: Sequence[str]) -> float:
    """similarity_baseline for the pipeline, made stable as the corpus grows: the pairs are drawn from the rows
    in the order of their identities (`keys`, hashes: a random order that new rows do not reshuffle), row t with
    row t + d for d = 1, 2, … up to 20,000 pairs, and the median is rounded to a multiple of BASELINE_STEP. Ten
    new articles on a thousand change a few of the pairs and almost never the rounded value, so the thresholds,
    and everything the last run computed with them, still hold (state/)."""
    n = len(vectors)
    if n < 2:
        return 0.0
    order = np.argsort(np.array([int(k[:15], 16) for k in keys], dtype=np.int64), kind="stable")  # hex digests
    g = np.asarray(groups)[order]
    heads, tails, total = [], [], 0
    for d in range(1, n):
        a, b = np.arange(0, n - d), np.arange(d, n)
        keep = g[a] != g[b]
        heads.append(order[a[keep]])
        tails.append(order[b[keep]])
        total += int(keep.sum())
        if total >= _SAMPLE:
            break
    i, j = np.concatenate(heads)[:_SAMPLE], np.concatenate(tails)[:_SAMPLE]
    if not len(i):
        return 0.0
    median = float(np.median(np.einsum("ij,ij->i", vectors[i], vectors[j])))
    return round(round(median / BASELINE_STEP) * BASELINE_STEP, 6)


def relative_threshold(baseline: float, margin: float) -> float:
    """The cosine a fraction `margin` of the way from the corpus baseline to 1.0."""
    return baseline + margin * (1.0 - baseline)


# A component of the similarity graph larger than this is clustered in one pass (BIRCH) instead of with a dense
# distance matrix (25,000 sentences in one dense matrix would take 5 GB and minutes).
DENSE_LIMIT = 3000


def relatedness(similarity: float, baseline: float) -> float:
    """How related a pair is relative to the corpus: 0 at the baseline (or below), 1 for identical."""
    x = (float(similarity) - baseline) / max(1e-6, 1.0 - baseline)  # plain floats: called per candidate pair
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def relatedness_matrix(similarity: np.ndarray, baseline: float) -> np.ndarray:
    """`relatedness` of a whole matrix of similarities at once (the same sums, in float64)."""
    x = (np.asarray(similarity).astype(np.float64) - baseline) / max(1e-6, 1.0 - baseline)
    return np.clip(x, 0.0, 1.0)


def cluster_labels(
    vectors: np.ndarray,
    *,
    threshold: float,
    components: np.ndarray | None = None,
    memo=None,
    near: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Cluster label per row: average-linkage agglomerative clustering cut at cosine `threshold`.

    Average linkage only merges two clusters whose mean similarity reaches the threshold, so some pair across
    them does too: every cluster lies inside one connected component of the graph of pairs at >= `threshold`
    (`components`, from neighbours.nearest). Each component is clustered on its own, which gives the same
    clusters as clustering everything at once, at a fraction of the time and memory. A component larger than
    DENSE_LIMIT (a big corpus on one story) is clustered by BIRCH with the same criterion applied greedily in
    one pass: a cluster keeps a mean pairwise cosine of at least `threshold` (for unit vectors, a radius of
    sqrt(1 - threshold) around its centroid).

    With `near` (each row's nearest rows and their cosines, neighbours.Neighbours), a component larger than
    DENSE_LIMIT is first cut into pieces (`pieces`): the components of its nearest-neighbour links at stricter
    and stricter cosines, until each piece is small enough for the dense clustering. A cluster then never
    spans two pieces, so a big component gives somewhat finer clusters than one average-linkage run would, and
    each piece depends only on its own rows: when new sentences join a big component, only the pieces they
    touch are clustered again (BIRCH's one pass depends on every row and its order).

    `memo` (state/clusters.py) recalls the clusters of a component (or piece) whose rows and threshold are
    those of the last run instead of clustering it again: its clusters depend on nothing else."""
    n = len(vectors)
    if n <= 1:
        return np.zeros(n, dtype=int)
    if components is None:
        components = np.zeros(n, dtype=int)
    labels = np.zeros(n, dtype=int)
    next_label = 0
    groups = _groups(np.asarray(components))
    if near is not None and any(len(g) > DENSE_LIMIT for g in groups):
        groups = sorted(
            (piece for g in groups for piece in (pieces(g, near[0], near[1], threshold) if len(g) > DENSE_LIMIT else [g])),
            key=lambda g: int(g[0]),
        )
    alone = []
    for members in groups:
        if len(members) == 1:
            alone.append(members)
            continue
        if memo is not None:
            sub = memo.recall(members, threshold, lambda m=members: _cluster(vectors[m], threshold))
        else:
            sub = _cluster(vectors[members], threshold)
        labels[members] = sub + next_label
        next_label += int(sub.max()) + 1
    if alone:  # a row alone in its component is a cluster of its own
        rows = np.concatenate(alone)
        labels[rows] = next_label + np.arange(len(rows))
    # Renumber by first appearance so labels do not depend on the estimator's internal order.
    distinct, first, which = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(distinct), dtype=int)
    rank[np.argsort(first, kind="stable")] = np.arange(len(distinct))
    return rank[which.ravel()]


# Each step of `pieces` links rows at a cosine this fraction of the way from the last step's cosine to 1.0.
PIECE_STEP = 0.25
PIECE_LEVELS = 12


def pieces(members: np.ndarray, index: np.ndarray, similarity: np.ndarray, threshold: float) -> list[np.ndarray]:
    """A big component's rows (`members`, ascending) cut into pieces of at most DENSE_LIMIT rows: the connected
    components of the links to each row's nearest rows (`index`, `similarity`) at a cosine PIECE_STEP of the way
    from `threshold` to 1.0, a piece still too big cut again further up. A piece still too big after
    PIECE_LEVELS steps (thousands of near-identical sentences) stays whole. Pieces are sorted by first row; a
    piece's rows are ascending. Depends only on the rows' nearest-neighbour lists, so an incremental graph
    (state/graph.py) gives the cold run's pieces."""
    from .neighbours import components_of, link_floor

    out: list[np.ndarray] = []
    todo = [(np.asarray(members), float(threshold), 0)]
    position = np.full(len(index), -1, dtype=np.int64)
    while todo:
        rows, cut, level = todo.pop()
        if len(rows) <= DENSE_LIMIT or level >= PIECE_LEVELS:
            out.append(rows)
            continue
        cut = cut + PIECE_STEP * (1.0 - cut)
        position[rows] = np.arange(len(rows))
        idx, sim = index[rows], similarity[rows]
        other = np.where(idx >= 0, position[np.maximum(idx, 0)], -1)
        head, slot = np.nonzero((other >= 0) & (sim >= link_floor(cut)))
        position[rows] = -1
        links = np.stack([head, other[head, slot]], axis=1)
        todo.extend((rows[g], cut, level + 1) for g in _groups(components_of(len(rows), links)))
    return sorted(out, key=lambda g: int(g[0]))


def _cluster(part: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster labels (0..) of one component's rows."""
    if len(part) > DENSE_LIMIT:
        from sklearn.cluster import Birch

        birch = Birch(threshold=float(np.sqrt(max(1.0 - threshold, 1e-6))), n_clusters=None)
        return np.asarray(birch.fit_predict(part))
    return _average_linkage(part, threshold)


def _groups(components: np.ndarray) -> list[np.ndarray]:
    """Row indices of each component, components in order of their first row."""
    order = np.argsort(components, kind="stable")
    bounds = np.flatnonzero(np.diff(components[order])) + 1
    return sorted(np.split(order, bounds), key=lambda g: int(g[0]))


def _average_linkage(part: np.ndarray, threshold: float) -> np.ndarray:
    """Average-linkage clusters on cosine distance, keeping the merges closer than 1 - `threshold` (what
    scikit-learn's AgglomerativeClustering(distance_threshold=...) computes, through the same scipy linkage,
    without importing scikit-learn: a second off a warm run)."""
    from scipy.cluster.hierarchy import fcluster, linkage

    tree = linkage(part, method="average", metric="cosine")
    below = np.nextafter(1.0 - threshold, -np.inf)  # strictly closer than the cut, as scikit-learn does
    return fcluster(tree, t=below, criterion="distance") - 1


_TOKEN = re.compile(r"(?u)\b[^\W\d_][^\W\d_'’-]{2,}\b")  # words of three letters or more


def topic_keywords(
    docs: Sequence[str], top_n: int = 4, only: Sequence[int] | None = None
) -> list[tuple[str, ...]]:
    """c-TF-IDF keywords per class document (BERTopic style), French stop words removed. With `only`, the
    keywords of those documents alone (the others get none): the corpus counts are read from one pass over all
    the text, the per-document scores computed only where asked, each the same number the full run gives."""
    from collections import Counter

    from .reading.signals import stop_words

    if not docs:
        return []
    stops = stop_words()
    totals = Counter(w for w in _TOKEN.findall("\n".join(docs).lower()) if w not in stops)
    vocabulary = sorted(totals)
    if not vocabulary:  # only stop words
        return [() for _ in docs]
    column = {w: i for i, w in enumerate(vocabulary)}
    words = np.array(vocabulary, dtype=object)
    column_sums = np.array([float(totals[w]) for w in vocabulary])
    avg = float(sum(totals.values())) / len(docs)
    idf = np.log(1.0 + avg / np.maximum(column_sums, 1.0))
    wanted = range(len(docs)) if only is None else sorted(set(only))
    out: list[tuple[str, ...]] = [()] * len(docs)
    for r in wanted:
        bag = Counter(w for w in _TOKEN.findall(docs[r].lower()) if w not in stops)
        if not bag:
            continue
        idx = np.array(sorted(column[w] for w in bag), dtype=np.int64)
        data = np.array([float(bag[vocabulary[i]]) for i in idx])
        scores = data / max(float(data.sum()), 1.0) * idf[idx]
        order = np.lexsort((words[idx], -scores))[:top_n]
        out[r] = tuple(str(words[idx[i]]) for i in order if scores[i] > 0)
    return out


def build_topics(sentences: Sequence[Sentence], labels: np.ndarray, named: Sequence[int] | None = None) -> list[Topic]:
    """Topics from cluster labels, in order of first sentence; named by c-TF-IDF keywords. With `named` (topic
    labels), only those topics are named (a report shows the names of the topics its findings are in); the others
    keep their members and a placeholder name."""
    members: dict[int, list[int]] = {}
    for s, label in zip(sentences, labels):
        members.setdefault(int(label), []).append(s.index)
    keys = sorted(members)
    docs = [" ".join(sentences[i].text for i in members[k]) for k in keys]
    position = {k: r for r, k in enumerate(keys)}
    keywords = topic_keywords(docs, only=None if named is None else [position[k] for k in named if k in position])
    return [
        Topic(index=k, label=" · ".join(kw) if kw else f"topic {k}", keywords=kw, members=tuple(members[k]))
        for k, kw in zip(keys, keywords)
    ]
