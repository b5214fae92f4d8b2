"""The benchmark's kept corpus and cache (`checker bench --keep`): a re-measure does not encode the corpus again,
but the ten new articles cost what they cost the first time."""

from __future__ import annotations

import checker.embedding.factory as factory
from checker.lab import bench

from .conftest import FakeEmbedder


class CountingEmbedder(FakeEmbedder):
    def __init__(self, log: list[int]):
        super().__init__()
        self.log = log

    def _load(self):
        return None

    def encode(self, texts, progress=None):
        self.log.append(len(texts))
        return super().encode(texts, progress)


def test_a_kept_bench_pays_the_new_articles_again(tmp_path, monkeypatch):
    first: list[int] = []
    second: list[int] = []
    logs = iter([first, second])
    monkeypatch.setattr(factory, "make_embedder", lambda *a, **k: CountingEmbedder(next(logs)))
    one = bench.run(12, plain=False, keep=tmp_path)
    two = bench.run(12, plain=False, keep=tmp_path)
    assert not one["cache_kept"] and two["cache_kept"]
    new = one["added_new_sentences"]
    assert new > 0 and first[-1] == new  # cold: the corpus, then the new articles' sentences
    assert second == [new]  # kept: nothing of the corpus encoded again, the new articles' sentences again
    assert two["added_rows_computed"] == one["added_rows_computed"]


def test_repeated_runs_each_pay_the_new_articles_and_the_median_is_reported(tmp_path, monkeypatch):
    log: list[int] = []
    monkeypatch.setattr(factory, "make_embedder", lambda *a, **k: CountingEmbedder(log))
    result = bench.run(12, plain=False, repeat=3)
    new = result["added_new_sentences"]
    assert log[1:] == [new, new, new]  # after the cold run: each addition encodes the new sentences again
    runs = result["added_seconds_runs"]
    assert len(runs) == 3 and result["added_seconds"] == sorted(runs)[1]
    assert len(result["warm_seconds_runs"]) == len(result["removed_seconds_runs"]) == 3
