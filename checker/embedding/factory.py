"""Pick an embedding backend by explicit name; the backends themselves are imported only when chosen."""

from __future__ import annotations

from ..config import BACKENDS, DEFAULT_MODEL
from ..errors import ModelError
from .protocol import Embedder


def make_embedder(model: str = DEFAULT_MODEL, backend: str = "auto", *, batch_size: int = 32) -> Embedder:
    """The embedder for `model`: the default model runs int8 through ONNX Runtime unless `backend` is "torch"
    (fp32 sentence-transformers); any other model runs through sentence-transformers."""
    if backend not in BACKENDS:
        raise ModelError(f"unknown embedding backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if model == DEFAULT_MODEL and backend in ("auto", "onnx-int8"):
        from .onnx_backend import OnnxEmbedder

        return OnnxEmbedder(model, batch_size=batch_size)
    if backend == "onnx-int8":
        raise ModelError(f"the onnx-int8 backend is built for {DEFAULT_MODEL} only; use --backend torch with --model")
    from .torch_backend import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model, batch_size=batch_size)
