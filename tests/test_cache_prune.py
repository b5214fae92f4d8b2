"""`checker cache`: what an upgrade leaves behind in the cache folder is shown, and --prune removes it without
touching what this version reads."""

from __future__ import annotations

import os
import sqlite3
import time

import numpy as np

from checker.cli import main
from checker.embedding import housekeeping
from checker.embedding.cache import EmbeddingCache

CURRENT = sorted(housekeeping.current_vector_models())[0]


def _old_cache(path, rows):
    """A cache file as checker wrote it before vectors recorded their model."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE vectors (key TEXT PRIMARY KEY, dim INTEGER, vec BLOB)")
    db.executemany("INSERT INTO vectors VALUES (?, ?, ?)",
                   [(EmbeddingCache.key(m, t), 3, np.full(3, v, np.float32).tobytes()) for m, t, v in rows])  # fmt: skip
    db.commit()
    db.close()


def test_an_old_cache_keeps_its_vectors_and_records_the_model_of_those_read_again(tmp_path):
    path = tmp_path / "embeddings.sqlite"
    _old_cache(path, [(CURRENT, "read again", 1.0), (CURRENT, "never read", 2.0), ("model-v3", "old", 3.0)])
    cache = EmbeddingCache(path)
    found = cache.get(CURRENT, ["read again"])
    assert np.allclose(found[0], 1.0)
    assert cache.vector_counts() == {None: 2, CURRENT: 1}
    cache.close()


def test_prune_drops_other_models_vectors_and_keeps_the_current_ones(tmp_path):
    path = tmp_path / "embeddings.sqlite"
    _old_cache(path, [(CURRENT, "read again", 1.0), ("model-v3", "old", 3.0), ("mine", "kept by name", 4.0)])
    cache = EmbeddingCache(path)
    cache.get(CURRENT, ["read again"])
    cache.put(CURRENT, ["new"], np.ones((1, 3), np.float32))
    cache.put("mine", ["kept by name"], np.full((1, 3), 4.0, np.float32))
    cache.close()
    done = housekeeping.prune(tmp_path, keep_models={"mine"})
    assert done.vectors == 1
    cache = EmbeddingCache(path)
    assert set(cache.get(CURRENT, ["read again", "new"])) == {0, 1}
    assert set(cache.get("mine", ["kept by name"])) == {0}
    assert cache.get("model-v3", ["old"]) == {}
    cache.close()


def test_prune_removes_older_builds_and_interrupted_ones_but_never_a_folder_it_did_not_write(tmp_path):
    models = tmp_path / "models"
    current = housekeeping._current_folders()
    for name in [*current, "multilingual-e5-small-v0", "multilingual-e5-small-v1-onnx-int8-v3", "my-own-model",
                 ".building-old", ".building-live"]:  # fmt: skip
        (models / name).mkdir(parents=True)
        (models / name / "model.onnx").write_bytes(b"x" * 1000)
    long_ago = time.time() - 2 * housekeeping.HALF_BUILT_AGE
    os.utime(models / ".building-old", (long_ago, long_ago))
    done = housekeeping.prune(tmp_path)
    assert sorted(done.folders) == [".building-old", "multilingual-e5-small-v0", "multilingual-e5-small-v1-onnx-int8-v3"]
    assert done.freed >= 3000
    assert sorted(p.name for p in models.iterdir()) == sorted([*current, "my-own-model", ".building-live"])


def test_the_command_shows_the_folder_and_prunes_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path))
    _old_cache(tmp_path / "embeddings.sqlite", [("model-v3", "old", 3.0)])
    (tmp_path / "models" / "multilingual-e5-small-v1-onnx-int8-v3").mkdir(parents=True)
    assert main(["cache"]) == 0
    shown = capsys.readouterr().out
    assert "unrecorded  1" in shown and "--prune removes it" in shown
    assert main(["cache", "--prune"]) == 0
    shown = capsys.readouterr().out
    assert "removed 1 vectors" in shown and "multilingual-e5-small-v1-onnx-int8-v3" in shown.splitlines()[0]
    assert "unrecorded" not in shown and not (tmp_path / "models" / "multilingual-e5-small-v1-onnx-int8-v3").exists()
