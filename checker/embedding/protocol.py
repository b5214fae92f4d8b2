"""The Embedder protocol: texts in, an (n, dim) float32 array of unit vectors out, rows in input order."""

from __future__ import annotations

from typing import Callable, Protocol, Sequence

import numpy as np

from ..errors import ModelError

Progress = Callable[[int, int], None]


class Embedder(Protocol):
    """Texts in, an (n, dim) float32 array of unit vectors out, rows in input order."""

    name: str  # identifies the model in the cache and in reports

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray: ...


def check_embeddings_shape(vectors: np.ndarray, n: int) -> None:
    if vectors.ndim != 2 or vectors.shape[0] != n:
        raise ModelError(f"the embedding backend returned shape {vectors.shape} for {n} texts")
