"""Judgements of candidate pairs recalled from the last run: a pair of the same two sentences at the same
cosine, judged by the same scorer (name and code) against the same corpus baseline, gets the judgement it got.
Only for scorers that judge each pair on its own (`pairwise`); the others are asked again every run."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..records import Judgement, Pair
from .store import CorpusState, code_digest

PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=None)
def _code() -> str:
    return code_digest(PACKAGE / "compare", PACKAGE / "reading", PACKAGE / "models")


class Judged:
    def __init__(self, previous: CorpusState | None, scorer, baseline: float, keys: Sequence[str]):
        pairwise = bool(getattr(scorer, "pairwise", False))
        self.scorer_id = f"{scorer.name}:{_code()}" if pairwise else ""
        self.n = len(keys)
        self.codes = np.zeros(0, dtype=np.int64)
        if previous is None or not pairwise or previous.scorer != self.scorer_id or previous.baseline != baseline:
            return
        if not len(previous.judged):
            return
        position = {k: i for i, k in enumerate(keys)}
        old_to_new = np.array([position.get(k, -1) for k in previous.graph.keys.tolist()], dtype=np.int64)
        a, b = old_to_new[previous.judged[:, 0]], old_to_new[previous.judged[:, 1]]
        both = (a >= 0) & (b >= 0)
        codes = a[both] * self.n + b[both]
        order = np.argsort(codes, kind="stable")
        self.codes = codes[order]
        self.similarity = np.asarray(previous.similarity, dtype=np.float32)[both][order]
        self.judgements = [previous.judgements[i] for i in np.flatnonzero(both)[order].tolist()]

    def recall(self, pairs: Sequence[Pair]) -> dict[int, Judgement]:
        """The pairs (by position) whose judgement the last run gave: same sentences, same cosine (a float32
        value, exact: neighbours.on_grid)."""
        if not len(self.codes) or not pairs:
            return {}
        codes = np.fromiter((p.a * self.n + p.b for p in pairs), dtype=np.int64, count=len(pairs))
        sims = np.fromiter((p.similarity for p in pairs), dtype=np.float32, count=len(pairs))
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        hit = (self.codes[at] == codes) & (self.similarity[at] == sims)
        return {i: self.judgements[j] for i, j in zip(np.flatnonzero(hit).tolist(), at[hit].tolist())}
