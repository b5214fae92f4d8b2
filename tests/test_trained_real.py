"""The shipped trained scorer (`--scorer trained`): small, documented, loads without pickle, and on the seeds
puts the reference conflict on top with the cross-encoder's reading among its reasons, while compatible pairs
stay out."""

from __future__ import annotations

import json
import pickle

import pytest

from checker.compare.factory import get_scorer
from checker.compare.stacked import FEATURES, MODEL_DIR
from checker.embedding.factory import make_embedder
from checker.pipeline import check

from .conftest import SEEDS, reference_pair

pytestmark = pytest.mark.slow


def test_shipped_model_is_small_safe_and_documented():
    weights, meta = MODEL_DIR / "contradiction.safetensors", MODEL_DIR / "contradiction.json"
    assert weights.stat().st_size < 30_000_000
    assert weights.read_bytes()[:8] != b"\x80\x04\x95"  # not a pickle stream
    data = json.loads(meta.read_text())
    assert data["features"] == FEATURES
    assert data["command"] == "checker train all"
    assert "daccord_dev_grouped_cv" in data["scores"] and "rte3_fr_dev" in data["scores"]


def test_artifact_loads_without_pickle(monkeypatch):
    import torch

    def refuse(*args, **kwargs):
        raise AssertionError("pickle used to load the model")

    monkeypatch.setattr(torch, "load", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    scorer = get_scorer("trained")
    assert scorer.metadata["trainable_layers"] >= 1


@pytest.fixture(scope="module")
def trained_report():
    return check([SEEDS], embedder=make_embedder(), scorer=get_scorer("trained"))


def test_seeds_reference_conflict_on_top_with_model_reasons(trained_report):
    best = (list(trained_report.points) + list(trained_report.findings))[0]
    item, demand, tolerance = reference_pair(trained_report, "exigent", "tolérer la présence russe")
    assert item is best, "001's demand vs 004's tolerance must lead"
    assert demand.article.startswith("001") and tolerance.article.startswith("004")
    assert best.score < 0.95  # a calibrated probability, not a saturated one
    kinds = [r.kind for r in best.reasons]
    assert "model" in kinds and ("stance" in kinds or "conditions" in kinds)
    assert any("Selon des sources diplomatiques" in r.text for r in best.reasons if r.kind == "hedge")


def test_seeds_compatible_pairs_stay_out_with_the_trained_scorer(trained_report):
    for f in trained_report.findings:
        texts = " || ".join(c.text for c in f.claims)
        assert not ("chef du Bureau" in texts and "haut fonctionnaire" in texts)
        assert "devait s’entretenir" not in texts
        assert sum("2 février 2026" in c.text for c in f.claims) < 2
