"""Vectors → Topic: cluster the sentences of all articles together and name each cluster by its keywords.

e5 cosines sit in a narrow band, so the cut is relative to the corpus's own baseline (see config.topic_margin),
never a fixed 0.5. Agglomerative clustering with average linkage on cosine distance; the estimator is a parameter.
"""

from __future__ import annotations

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


def relative_threshold(baseline: float, margin: float) -> float:
    """The cosine a fraction `margin` of the way from the corpus baseline to 1.0."""
    return baseline + margin * (1.0 - baseline)


def cluster_labels(vectors: np.ndarray, *, threshold: float, estimator=None) -> np.ndarray:
    """Cluster label per row. Default: average-linkage agglomerative clustering cut at cosine `threshold`."""
    n = len(vectors)
    if n == 0:
        return np.zeros(0, dtype=int)
    if n == 1:
        return np.zeros(1, dtype=int)
    if estimator is None:
        from sklearn.cluster import AgglomerativeClustering

        estimator = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=1.0 - threshold
        )
    labels = np.asarray(estimator.fit_predict(vectors))
    # Renumber by first appearance so labels do not depend on the estimator's internal order.
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(x), len(order)) for x in labels], dtype=int)


def topic_keywords(docs: Sequence[str], top_n: int = 4) -> list[tuple[str, ...]]:
    """c-TF-IDF keywords per class document (BERTopic style), French stop words removed."""
    from sklearn.feature_extraction.text import CountVectorizer

    from .compare.signals import stop_words

    if not docs:
        return []
    vectorizer = CountVectorizer(
        stop_words=sorted(stop_words()),
        token_pattern=r"(?u)\b[^\W\d_][^\W\d_'’-]{2,}\b",
        lowercase=True,
    )
    import warnings

    try:
        with warnings.catch_warnings():
            # spaCy's list holds elided forms (« quelqu ») the token pattern never yields: harmless.
            warnings.simplefilter("ignore", UserWarning)
            counts = vectorizer.fit_transform(docs)
    except ValueError:  # only stop words
        return [() for _ in docs]
    counts = counts.toarray().astype(float)
    words = vectorizer.get_feature_names_out()
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0)
    avg = counts.sum() / len(docs)
    idf = np.log(1.0 + avg / np.maximum(counts.sum(axis=0), 1.0))
    scores = tf * idf
    out = []
    for row in scores:
        idx = [i for i in np.lexsort((words, -row)) if row[i] > 0][:top_n]
        out.append(tuple(str(words[i]) for i in idx))
    return out


def build_topics(sentences: Sequence[Sentence], labels: np.ndarray) -> list[Topic]:
    """Topics from cluster labels, in order of first sentence; named by c-TF-IDF keywords."""
    members: dict[int, list[int]] = {}
    for s, label in zip(sentences, labels):
        members.setdefault(int(label), []).append(s.index)
    keys = sorted(members)
    docs = [" ".join(sentences[i].text for i in members[k]) for k in keys]
    keywords = topic_keywords(docs)
    return [
        Topic(index=k, label=" · ".join(kw) if kw else f"topic {k}", keywords=kw, members=tuple(members[k]))
        for k, kw in zip(keys, keywords)
    ]
