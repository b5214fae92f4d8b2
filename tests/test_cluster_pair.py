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
