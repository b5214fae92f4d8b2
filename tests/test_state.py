"""Corpus-wide state kept between runs (checker/state): a run on a corpus that grew, changed or shrank computes
only what the change touches and gives exactly the report a cold run gives."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import checker.embedding.factory as embed_mod
from checker.cli import main
from checker.compare.factory import get_scorer
from checker.embedding.cache import EmbeddingCache
from checker.neighbours import nearest, on_grid
from checker.pipeline import check
from checker.render import jsonout, markdown
from checker.state import store
from checker.state.graph import update

from .conftest import FakeEmbedder, write

# A flood told by several outlets (written for this test): tolls that differ, a rising count, a stance, filler.
STORY = {
    "a.md": "---\nsource: Le Matin\ndate: 2026-05-13\n---\nMercredi matin, la protection civile faisait état de 52 "
            "morts et de 389 blessés dans la province inondée.\n\nLes secours fouillent encore les maisons "
            "emportées par la crue.\n\nLe gouvernement exige une enquête sur l'entretien des digues du fleuve.\n",
    "b.md": "---\nsource: Le Soir\ndate: 2026-05-13\n---\nMercredi matin, la protection civile faisait état de 61 "
            "morts et de 389 blessés dans la province inondée.\n\nDes tentes ont été dressées pour les familles "
            "sinistrées au bord du fleuve.\n\nLe gouvernement renonce à toute enquête sur les digues du fleuve.\n",
    "c.md": "---\nsource: La Veille\ndate: 2026-05-12\n---\nMardi soir, la protection civile faisait état de 27 "
            "morts et de 214 blessés dans la province inondée.\n\nLa crue a emporté trois ponts et coupé les "
            "routes de la vallée.\n",
    "d.md": "---\nsource: The Courier\ndate: 2026-05-13\n---\nCivil protection said on Wednesday that 58 people "
            "had died and 389 were injured in the flooded province.\n\nRescue teams are still searching the "
            "houses swept away by the river.\n",
    "e.md": "---\nsource: Le Phare\ndate: 2026-05-14\n---\nJeudi, la protection civile a relevé le bilan à 74 "
            "morts et 402 blessés dans la province inondée.\n\nLes écoles de la vallée resteront fermées toute "
            "la semaine.\n\nLes pompiers ont évacué 300 habitants du quartier du port.\n",
}  # fmt: skip
LATER = {
    "f.md": "---\nsource: Le Guetteur\ndate: 2026-05-14\n---\nJeudi soir, la protection civile faisait état de 80 "
            "morts et de 402 blessés dans la province inondée.\n\nLes pompiers pompent l'eau des caves du "
            "centre-ville.\n\nLes pompiers ont évacué 350 habitants du quartier du port.\n",
    "g.md": "---\nsource: The Herald\ndate: 2026-05-14\n---\nOn Thursday, civil protection raised the toll to 74 "
            "dead and 402 injured in the flooded province.\n\nSchools in the valley will stay shut all week.\n",
}  # fmt: skip

TOWNS = ["Albi", "Brest", "Colmar", "Dole", "Évreux", "Foix", "Gap", "Hyères", "Issoire", "Jarnac", "Laval",
         "Millau", "Nevers", "Orange", "Pau", "Rodez"]  # fmt: skip
GOODS = ["fromages", "pommes", "miel", "poissons", "fleurs", "olives", "noix", "volailles"]
SPORTS = ["rugby", "handball", "volley", "basket", "tennis", "judo", "football", "escrime"]
SEASONS = ["printemps", "été", "automne", "hiver"]
# Local news of other towns, the bulk of a desk's folder: what makes the corpus's baseline stable.
LOCAL = {
    f"local{i:02d}.md": f"---\nsource: La Gazette de {town}\ndate: 2026-05-1{i % 5}\n---\nLe marché de {town} "
    f"accueille des producteurs de {GOODS[i % 8]} chaque samedi matin.\n\nLa bibliothèque de {town} prolonge "
    f"ses horaires pendant les vacances de {SEASONS[i % 4]}.\n\nLe club de {SPORTS[i % 8]} de {town} a remporté "
    "le tournoi régional dimanche dernier.\n"
    for i, town in enumerate(TOWNS)
}


def folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        write(root, name, text)
    return root


def run(path: Path, cache: EmbeddingCache, computed: list | None = None):
    def progress(stage: str, done: int, total: int) -> None:
        if stage == "neighbours" and computed is not None:
            computed.append(total)

    return check([path], embedder=FakeEmbedder(), scorer=get_scorer("rules"), cache=cache, progress=progress)


def same_report(one, other) -> bool:
    return markdown.render(one) == markdown.render(other) and jsonout.render(one) == jsonout.render(other)


@pytest.mark.parametrize("seed", range(12))
def test_the_updated_graph_is_the_cold_graph(seed):
    """Rows removed, added between kept ones, repeated (tied cosines) and moved to another origin: the
    neighbours, cosines and components of the update are the cold computation's, bit for bit."""
    rng = np.random.default_rng(seed)
    n, dim, k = int(rng.integers(20, 200)), 12, int(rng.integers(1, 9))
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    vectors[rng.integers(0, n, 5)] = vectors[0]  # repeated sentences tie
    vectors = on_grid(vectors / np.linalg.norm(vectors, axis=1, keepdims=True))
    keys = [f"row{i}" for i in range(n)]
    origins = [f"outlet{rng.integers(0, 5)}" for _ in range(n)]
    threshold = float(rng.uniform(0.2, 0.6))
    first = update(None, keys, origins, np.unique(origins, return_inverse=True)[1], vectors, k=k, link_threshold=threshold)
    assert first.cold and first.computed_rows == n

    keep = rng.random(n) > 0.05
    added = int(rng.integers(1, 15))
    fresh = rng.standard_normal((added, dim)).astype(np.float32)
    fresh[0] = vectors[1]
    fresh = on_grid(fresh / np.linalg.norm(fresh, axis=1, keepdims=True))
    position = np.concatenate([np.flatnonzero(keep), rng.uniform(-1, n, added)])
    order = np.argsort(position, kind="stable")  # new rows land between kept ones; kept ones keep their order
    vectors2 = np.concatenate([vectors[keep], fresh])[order]
    keys2 = [([k_ for k_, m in zip(keys, keep) if m] + [f"new{i}" for i in range(added)])[i] for i in order]
    origins2 = [([o for o, m in zip(origins, keep) if m] + [f"outlet{rng.integers(0, 5)}" for _ in range(added)])[i] for i in order]
    origins2[3] = "syndicated:outlet1+outlet9"  # an article found to be a copy: its rows change origin
    codes2 = np.unique(origins2, return_inverse=True)[1]

    cold = nearest(vectors2, codes2, k=k, link_threshold=threshold)
    warm = update(first.graph, keys2, origins2, codes2, vectors2, k=k, link_threshold=threshold)
    assert not warm.cold and warm.computed_rows < len(keys2)
    assert np.array_equal(warm.near.index, cold.index)
    assert np.array_equal(warm.near.similarity, cold.similarity)
    assert np.array_equal(warm.near.components, cold.components)


@pytest.mark.parametrize("dense_limit", [None, 3])
def test_a_run_after_additions_an_edit_and_a_removal_is_the_cold_run(tmp_path, monkeypatch, dense_limit):
    """With a small dense limit, the big components are clustered piece by piece (cluster.pieces), as on a
    corpus of thousands of articles."""
    import checker.cluster as cluster

    cut: list[int] = []
    if dense_limit:
        monkeypatch.setattr(cluster, "DENSE_LIMIT", dense_limit)
        real = cluster.pieces
        monkeypatch.setattr(cluster, "pieces", lambda *a: cut.append(len(a[0])) or real(*a))
    corpus = folder(tmp_path / "c", STORY)
    kept = EmbeddingCache(tmp_path / "kept.sqlite")
    run(corpus, kept)
    folder(corpus, LATER)  # two more outlets
    write(corpus, "b.md", STORY["b.md"].replace("61 morts", "63 morts"))  # an edit
    (corpus / "c.md").unlink()  # a removal
    incremental = run(corpus, kept)
    cold = run(corpus, EmbeddingCache(tmp_path / "fresh.sqlite"))
    assert same_report(incremental, cold)
    assert {p.id for p in incremental.points} == {p.id for p in cold.points}
    assert not any(c.article == "c.md" for p in incremental.points for c in p.claims)
    assert bool(cut) == bool(dense_limit)  # the small limit did cut components into pieces


def test_new_articles_cost_their_own_sentences_only(tmp_path, monkeypatch):
    """On a big corpus ten new articles leave the corpus baseline where it was (cluster.stable_baseline); here,
    on a small one, it is held there, as it would be."""
    monkeypatch.setattr("checker.pipeline.stable_baseline", lambda *a: 0.25)
    corpus = folder(tmp_path / "c", {**STORY, **LOCAL})
    kept = EmbeddingCache(tmp_path / "kept.sqlite")
    before = run(corpus, kept)
    folder(corpus, LATER)
    computed: list[int] = []
    looked_up: list[int] = []
    real_get = EmbeddingCache.get
    monkeypatch.setattr(EmbeddingCache, "get", lambda self, m, texts: looked_up.append(len(texts)) or real_get(self, m, texts))
    incremental = run(corpus, kept, computed)
    monkeypatch.setattr(EmbeddingCache, "get", real_get)
    assert same_report(incremental, run(corpus, EmbeddingCache(tmp_path / "fresh.sqlite")))
    new = len(incremental.sentences) - len(before.sentences)
    assert new > 0 and computed[-1] == new  # the similarity rows of the new sentences, nothing else
    assert looked_up == [new]  # the kept sentences' vectors come from the state, not one look-up each


def test_a_warm_run_recomputes_nothing_and_gives_the_same_report(tmp_path):
    corpus = folder(tmp_path / "c", STORY)
    kept = EmbeddingCache(tmp_path / "kept.sqlite")
    first = run(corpus, kept)
    computed: list[int] = []
    second = run(corpus, kept, computed)
    assert same_report(first, second)
    assert computed == [0]


def test_a_damaged_state_is_a_cold_run(tmp_path):
    corpus = folder(tmp_path / "c", STORY)
    kept = EmbeddingCache(tmp_path / "kept.sqlite")
    first = run(corpus, kept)
    (state,) = kept.state_folder().glob("*.npz")
    whole = state.read_bytes()
    state.write_bytes(b"not an archive")
    assert same_report(run(corpus, kept), first)
    state.write_bytes(whole[: len(whole) // 2])  # cut short (a full disk)
    assert same_report(run(corpus, kept), first)


def test_one_state_per_corpus_and_a_new_version_replaces_the_old(tmp_path, monkeypatch):
    one, two = folder(tmp_path / "one", STORY), folder(tmp_path / "two", STORY)
    kept = EmbeddingCache(tmp_path / "kept.sqlite")
    run(one, kept)
    run(two, kept)
    assert len(list(kept.state_folder().glob("*.npz"))) == 2
    monkeypatch.setattr(store, "_checker_code", lambda: "an upgraded checker")
    run(one, kept)
    states = sorted(kept.state_folder().iterdir())
    assert len(states) == 2 and all(p.suffix == ".npz" for p in states)  # the old version's state is gone


@pytest.fixture
def fake_model(monkeypatch, tmp_path):
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))


def test_a_removed_article_takes_its_items_with_it_and_their_verdicts_are_listed(fake_model, tmp_path):
    corpus = folder(tmp_path / "c", {**STORY, **LATER})
    out, digest = tmp_path / "r.json", tmp_path / "d.md"
    assert main(["check", str(corpus), "--quiet", "--json", str(out)]) == 0
    before = json.loads(out.read_text())
    evacuated = next(p for p in before["points"] if {c["value"] for c in p["claims"]} == {"300", "350"})
    assert main(["review", str(corpus), "--set", evacuated["id"], "confirmed", "--note", "300 ou 350 ?"]) == 0
    (corpus / "f.md").unlink()  # the only other outlet with a count of the evacuated
    assert main(["check", str(corpus), "--quiet", "--json", str(out), "--digest", str(digest)]) == 0
    after = json.loads(out.read_text())
    assert all(c["article"] != "f.md" for p in after["points"] for c in p["claims"])
    assert all(c["article"] != "f.md" for f in after["findings"] for c in f["claims"])
    assert evacuated["id"] not in {p["id"] for p in after["points"]}
    assert [(o["id"], o["note"]) for o in after["review"]["orphans"]] == [(evacuated["id"], "300 ou 350 ?")]
    assert "1 verdict refers to items no longer shown" in digest.read_text()
    cold = tmp_path / "cold.json"
    assert main(["check", str(corpus), "--quiet", "--no-cache", "--json", str(cold)]) == 0
    assert json.loads(cold.read_text())["points"] == after["points"]  # what a run without kept state gives


def test_things_are_weighed_again_only_where_new_claims_join(tmp_path, monkeypatch):
    """The marks of a thing (claims/points.py) are recalled when its claims are the last run's: a warm run weighs
    none, and an added article that speaks of some things (the port evacuation, not the tolls' first day)
    re-weighs those alone, with the cold run's report."""
    import checker.state.kept as kept
    from checker.state.edges import EdgeMemo

    memos: list[EdgeMemo] = []

    class Spy(EdgeMemo):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            memos.append(self)

    monkeypatch.setattr(kept, "EdgeMemo", Spy)
    monkeypatch.setattr("checker.pipeline.stable_baseline", lambda *a: 0.25)
    corpus = folder(tmp_path / "c", {**STORY, **LOCAL})
    kept = EmbeddingCache(tmp_path / "kept.sqlite")
    run(corpus, kept)
    assert memos[-1].computed == len(memos[-1].used) > 0  # cold: every thing weighed
    run(corpus, kept)
    assert memos[-1].computed == 0 and len(memos[-1].used) == len(memos[0].used)  # warm: none
    write(corpus, "h.md", "---\nsource: Le Veilleur\ndate: 2026-05-14\n---\nLes pompiers ont évacué 320 habitants "
          "du quartier du port.\n")  # fmt: skip
    grown = run(corpus, kept)
    assert 0 < memos[-1].computed < len(memos[-1].used)
    assert same_report(grown, run(corpus, EmbeddingCache(tmp_path / "fresh.sqlite")))


def test_a_component_that_loses_its_middle_row_splits_as_a_cold_run_would():
    """A chain of sentences each close to the next is one component; removing the middle one leaves two, and
    removing an end leaves one: the update relinks only what the kept nearest lists leave apart."""
    angles = np.linspace(0.0, 1.2, 13)  # neighbours 0.1 rad apart: cosine 0.995; two apart 0.98
    vectors = on_grid(np.stack([np.cos(angles), np.sin(angles), np.zeros_like(angles)], axis=1).astype(np.float32))
    keys = [f"row{i}" for i in range(13)]
    origins = [f"outlet{i % 3}" for i in range(13)]
    threshold = 0.99  # only next neighbours are linked
    first = update(None, keys, origins, np.unique(origins, return_inverse=True)[1], vectors, k=2, link_threshold=threshold)
    assert len(set(first.near.components.tolist())) == 1
    for gone in (6, 12):
        kept = [i for i in range(13) if i != gone]
        keys2, origins2 = [keys[i] for i in kept], [origins[i] for i in kept]
        codes2 = np.unique(origins2, return_inverse=True)[1]
        warm = update(first.graph, keys2, origins2, codes2, vectors[kept], k=2, link_threshold=threshold)
        cold = nearest(vectors[kept], codes2, k=2, link_threshold=threshold)
        assert not warm.cold
        assert np.array_equal(warm.near.components, cold.components)
        assert len(set(warm.near.components.tolist())) == (2 if gone == 6 else 1)


def test_kept_marks_read_back_as_they_were_left():
    """The marks of each thing (state/edges.py) come back from the archive as computed: every kind listed, in
    order, a thing with no marks and a kind with none included."""
    from checker.state.edges import KINDS, from_arrays, to_arrays

    used = {
        "toll": {"agree": [(0, 1, 0.91)], "conflict": [(0, 2, 0.8), (1, 2, 0.75)], "dispute": [], "update": [(2, 3, 0.6)]},
        "date": {"agree": [], "conflict": [], "dispute": [], "update": []},
        "stance": {"dispute": [(4, 7, 0.66)]},
    }
    back = from_arrays(to_arrays(used))
    assert back == {k: {kind: list(v.get(kind, [])) for kind in KINDS} for k, v in used.items()}
    assert from_arrays(to_arrays({})) == {}
