import numpy as np
from sklearn.datasets import make_blobs

from checker.cluster import build_topics, cluster_labels, relative_threshold, similarity_baseline, topic_keywords
from checker.pair import cross_source_pairs
from checker.records import Sentence


def unit(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def sentences(n, sources):
    return [Sentence(i, f"a{sources[i]}.txt", f"s{sources[i]}", 0, 1, f"texte {i}") for i in range(n)]


def test_blobs_cluster_into_their_topics():
    x, y = make_blobs(n_samples=60, centers=3, n_features=16, cluster_std=0.3, random_state=0)
    v = unit(x + 5.0)
    labels = cluster_labels(v, threshold=0.995)
    # every found cluster is pure
    for label in set(labels):
        assert len(set(y[labels == label])) == 1
    assert len(set(labels)) <= 6


def test_relative_threshold_sits_between_baseline_and_one():
    rng = np.random.default_rng(1)
    v = unit(rng.normal(size=(50, 8)) + 3)
    base = similarity_baseline(v, [str(i % 5) for i in range(50)])
    assert base < relative_threshold(base, 0.4) < 1.0


def test_pairs_are_cross_source_and_bounded():
    rng = np.random.default_rng(0)
    n = 300
    v = unit(rng.normal(size=(n, 16)) + 2)
    srcs = [i % 4 for i in range(n)]
    sents = sentences(n, srcs)
    labels = np.zeros(n, dtype=int)  # one big topic: the neighbour cap must still hold
    pairs = cross_source_pairs(sents, v, labels, threshold=0.0, neighbours=5)
    assert all(sents[p.a].source != sents[p.b].source for p in pairs)
    assert all(p.a < p.b for p in pairs)
    assert len(pairs) <= 5 * n
    assert len({(p.a, p.b) for p in pairs}) == len(pairs)


def test_opposed_positions_are_paired_even_when_worded_apart():
    v = unit(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.6, 0.0, 0.8], [0.0, 0.6, 0.8]]))
    sents = sentences(4, [0, 1, 0, 1])
    labels = np.arange(4)
    facets = [frozenset({"demand"}), frozenset({"tolerate"}), frozenset(), frozenset()]
    plain = cross_source_pairs(sents, v, labels, threshold=0.99, neighbours=3)
    assert (0, 1) not in {(p.a, p.b) for p in plain}
    with_facets = cross_source_pairs(
        sents, v, labels, threshold=0.99, neighbours=3, facets=facets,
        opposed=frozenset({("demand", "tolerate")}), facet_threshold=-1.0,
    )  # fmt: skip
    assert (0, 1) in {(p.a, p.b) for p in with_facets}


def test_topic_keywords_skip_french_stop_words():
    kws = topic_keywords(["le pétrole et le gaz de la mer du Nord", "les vaccins contre la grippe"])
    assert "pétrole" in kws[0] and "vaccins" in kws[1]
    assert not {"le", "la", "et", "de", "les"} & set(kws[0] + kws[1])


def test_topics_cover_every_sentence_once():
    sents = sentences(5, [0, 1, 0, 1, 2])
    topics = build_topics(sents, np.array([0, 0, 1, 1, 2]))
    assert sorted(i for t in topics for i in t.members) == [0, 1, 2, 3, 4]


def _chain_of_blobs(rng, blobs, size, dim=24):
    """Blobs of near-identical directions, each blob a little turned from the one before: one connected
    component at a loose threshold, several at stricter ones."""
    base = rng.normal(size=dim)
    step = rng.normal(size=dim)
    rows = [unit(base + 0.35 * b * step + 0.05 * rng.normal(size=(size, dim))) for b in range(blobs)]
    return unit(np.concatenate(rows)).astype(np.float32)


def test_a_big_component_is_clustered_piece_by_piece(monkeypatch):
    import checker.cluster as cl
    from checker.neighbours import nearest
    from checker.state.clusters import ClusterMemo

    monkeypatch.setattr(cl, "DENSE_LIMIT", 30)
    rng = np.random.default_rng(3)
    v = _chain_of_blobs(rng, blobs=6, size=20)
    n = len(v)
    origins = np.arange(n) % 4
    threshold = 0.80
    near = nearest(v, origins, k=8, link_threshold=threshold)
    assert len(set(near.components.tolist())) == 1  # one component, bigger than the limit
    parts = cl.pieces(np.arange(n), near.index, near.similarity, threshold)
    assert sorted(np.concatenate(parts).tolist()) == list(range(n))  # every row in exactly one piece
    assert all(len(p) <= 30 for p in parts) and len(parts) > 1
    memo = ClusterMemo([f"r{i}" for i in range(n)])
    labels = cl.cluster_labels(v, threshold=threshold, components=near.components, memo=memo, near=(near.index, near.similarity))
    for piece in parts:  # a cluster never spans two pieces
        inside = set(labels[piece].tolist())
        assert not inside & set(np.delete(labels, piece).tolist())
    for label in set(labels.tolist()):  # and keeps the clustering's criterion: mean pairwise cosine >= threshold
        rows = v[labels == label]
        if len(rows) > 1:
            sims = rows @ rows.T
            assert (sims.sum() - len(rows)) / (len(rows) * (len(rows) - 1)) >= threshold - 1e-4
    # A new sentence joining the last blob: only the piece it joins is clustered again.
    grown = np.concatenate([v, unit(v[-1:] + 0.01 * rng.normal(size=(1, v.shape[1]))).astype(np.float32)])
    near2 = nearest(grown, np.append(origins, 1), k=8, link_threshold=threshold)
    again = ClusterMemo([f"r{i}" for i in range(n + 1)], memo.used)
    labels2 = cl.cluster_labels(grown, threshold=threshold, components=near2.components, memo=again, near=(near2.index, near2.similarity))
    assert again.computed == 1
    fresh = cl.cluster_labels(grown, threshold=threshold, components=near2.components, near=(near2.index, near2.similarity))
    assert labels2.tolist() == fresh.tolist()
