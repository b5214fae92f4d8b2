"""The Ray engine on a local Ray instance started in this process: the seeds give the same findings, points, IDs,
scores and digest as the local engine, and the work (embedding, claims, scoring) really ran in the Ray workers."""

from __future__ import annotations

import os

import pytest

from checker.compare.factory import get_scorer
from checker.embedding.factory import make_embedder
from checker.pipeline import check
from checker.render import markdown

from .conftest import SEEDS

pytestmark = pytest.mark.slow
ray = pytest.importorskip("ray")


def test_ray_engine_matches_the_local_engine_on_the_seeds():
    from checker.engine import RayEngine

    local = check([SEEDS], embedder=make_embedder(), scorer=get_scorer("rules"))
    with RayEngine(make_embedder(), get_scorer("rules"), address=None, workers=2) as engine:
        sent: list[str] = []
        real_map = engine.map
        engine.map = lambda method, batches, *a, **k: sent.append(method) or real_map(method, batches, *a, **k)
        distributed = check([SEEDS], embedder=engine.embedder, scorer=engine.scorer,  # no cache: all sent
                            claim_reader=engine.read_claims)  # fmt: skip
        pids = engine.worker_pids()
    assert len(set(pids)) == 2 and os.getpid() not in pids
    assert {"encode", "read_claims", "judge"} <= set(sent)  # embedding, claims and scoring ran in the workers
    assert distributed.points == local.points
    assert [f.id for f in distributed.findings] == [f.id for f in local.findings]
    assert [f.score for f in distributed.findings] == [f.score for f in local.findings]
    assert distributed.candidate_pairs == local.candidate_pairs
    assert markdown.render(distributed) == markdown.render(local)
