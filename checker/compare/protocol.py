"""The Scorer protocol: what every contradiction scorer takes and returns.

A scorer takes a batch of claim pairs and returns, for each, a contradiction score in [0, 1] with the reasons
a reviewer can read. Backends are picked by explicit name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from ..records import Judgement


@dataclass(frozen=True)
class PairInput:
    """What a scorer sees of a candidate pair: both texts, their cosine, and how related they are relative to
    the corpus (0 = as related as two random sentences of the corpus, 1 = identical)."""

    a: str
    b: str
    similarity: float = 0.0
    relatedness: float = 0.0


class Scorer(Protocol):
    name: str
    pairwise: bool  # True when a pair's judgement does not depend on the other pairs of the batch
    threshold: float  # the score its findings are reported at unless `--threshold` says otherwise

    def judge(self, pairs: Sequence[PairInput]) -> list[Judgement]:
        """One Judgement per pair, in order."""


def judge_in_batches(
    scorer: Scorer, pairs: Sequence[PairInput], size: int, progress: Callable[[int], None] | None = None
) -> list[Judgement]:
    """`scorer.judge` over consecutive batches of `size` pairs, judgements in pair order; `progress(done)` after
    each batch."""
    judgements: list[Judgement] = []
    for start in range(0, len(pairs), size):
        judgements += scorer.judge(pairs[start : start + size])
        if progress:
            progress(min(start + size, len(pairs)))
    return judgements
