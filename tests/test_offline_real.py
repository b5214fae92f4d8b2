"""With the real model: no network at run time, and a half-built model folder is detected and rebuilt."""

from __future__ import annotations

import socket

import pytest

from checker import e5build
from checker.compare import get_scorer
from checker.embed import SentenceTransformerEmbedder, default_model_path
from checker.pipeline import check

from .conftest import SEEDS

pytestmark = pytest.mark.slow


def test_pipeline_makes_no_network_connection(monkeypatch):
    default_model_path()  # built beforehand, as on an installed machine

    def refuse(*args, **kwargs):
        raise AssertionError(f"network connection attempted: {args[1:] if len(args) > 1 else kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    report = check([SEEDS], embedder=SentenceTransformerEmbedder(), scorer=get_scorer("rules"))
    assert report.findings


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
