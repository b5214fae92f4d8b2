"""With the real model: no network at run time, and a half-built model folder is detected and rebuilt."""

from __future__ import annotations

import socket

import pytest

from checker.embedding import e5build
from checker.compare.factory import get_scorer
import numpy as np

from checker.embedding.torch_backend import SentenceTransformerEmbedder
from checker.embedding.e5build import default_model_path
from checker.embedding.factory import make_embedder
from checker.pipeline import check

from .conftest import SEEDS, reference_pair

pytestmark = pytest.mark.slow


def test_pipeline_makes_no_network_connection(monkeypatch):
    default_model_path()  # built beforehand, as on an installed machine

    def refuse(*args, **kwargs):
        raise AssertionError(f"network connection attempted: {args[1:] if len(args) > 1 else kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    report = check([SEEDS], embedder=make_embedder(), scorer=get_scorer("rules"))
    assert reference_pair(report, "exigent", "tolérer la présence russe")


def test_partial_model_folder_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path))
    folder = tmp_path / "models" / f"multilingual-e5-small-v{e5build.FORMAT_VERSION}"
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{")  # an interrupted build: no completion marker
    assert not e5build.is_complete(folder)
    built = default_model_path()
    assert built == folder and e5build.is_complete(folder)
    vectors = SentenceTransformerEmbedder().encode(["Une phrase en français.", "Une autre phrase."])
    assert vectors.shape == (2, 384)


def test_fast_backend_ranks_like_fp32_and_finds_the_same_conflict():
    from checker.ingest import ingest
    from checker.segment import segment

    articles, _ = ingest([SEEDS])
    texts = [s.text for s in segment(articles)]
    fast = make_embedder(backend="onnx-int8")
    plain = make_embedder(backend="torch")
    cosines = np.einsum("ij,ij->i", fast.encode(texts), plain.encode(texts))
    assert cosines.min() >= 0.99
    tops = [reference_pair(check([SEEDS], embedder=e, scorer=get_scorer("rules")), "exigent", "tolérer")[0].id
            for e in (fast, plain)]  # fmt: skip
    assert tops[0] == tops[1]


def test_a_sentence_reads_the_same_whatever_it_is_encoded_with():
    """Two machines with different cache histories encode a sentence among different sentences; the report must
    not depend on that. The int8 model scales activations token by token, so the vector is the sentence's own."""
    from checker.ingest import ingest
    from checker.segment import segment

    articles, _ = ingest([SEEDS])
    texts = [s.text for s in segment(articles)][:12]
    fast = make_embedder(backend="onnx-int8")
    together = fast.encode(texts)
    alone = np.vstack([fast.encode([t]) for t in texts])
    loud = fast.encode([texts[0], "ALERTE !!! " * 300])[0]  # a long, odd batch-mate
    assert np.abs(together - alone).max() < 1e-5
    assert np.abs(loud - alone[0]).max() < 1e-5
