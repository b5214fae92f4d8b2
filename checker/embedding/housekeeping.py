"""What checker's cache folder holds, and pruning what this version no longer reads.

An upgrade that changes the model build (a new format version) leaves the old built model folder (about 120 MB)
and the old model's vectors behind: the vector keys hash the model's name with the text, so they are never read
again. `checker cache` shows the folder; `checker cache --prune` removes those, and nothing this version reads.
"""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from ..config import DEFAULT_MODEL, cache_dir
from . import e5build, onnx_backend
from .cache import CACHE_FILE, EmbeddingCache

HALF_BUILT_AGE = 3600.0  # a `.building-*` folder older than this (seconds) is an interrupted build, not a live one


@dataclass(frozen=True)
class Folder:
    name: str
    size: int  # bytes
    state: str  # "current" (this version reads it), "stale" (an older build: prune removes it), "foreign" (kept)


@dataclass(frozen=True)
class CacheUsage:
    root: Path
    file_size: int  # the SQLite file, bytes
    vectors: dict[str | None, int]  # per model name; None: written before the model was recorded, unread since
    tables: dict[str, int]  # rows of derived text per table
    states: int  # corpus states kept for incremental runs
    states_size: int
    models: tuple[Folder, ...]


@dataclass(frozen=True)
class Pruned:
    vectors: int
    folders: tuple[str, ...]
    freed: int  # bytes


def current_vector_models() -> set[str]:
    """The embedder names whose vectors this version reads for the default model: int8 and fp32 (--backend torch)."""
    return {onnx_backend.OnnxEmbedder(DEFAULT_MODEL).name, DEFAULT_MODEL}


def _current_folders() -> set[str]:
    st = f"{DEFAULT_MODEL}-v{e5build.FORMAT_VERSION}"
    return {st, onnx_backend.onnx_folder(Path(st)).name}


def _ours(name: str) -> bool:
    """A folder name this program's builds write (any version): the only kind prune may remove."""
    st = re.escape(DEFAULT_MODEL) + r"-v\d+"
    return bool(re.fullmatch(st + "(-" + re.escape(onnx_backend.BACKEND) + r"-v\d+)?", name))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _model_folders(root: Path) -> list[Path]:
    folder = root / "models"
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def usage(root: Path | None = None) -> CacheUsage:
    root = root or cache_dir()
    cache = EmbeddingCache(root / CACHE_FILE)
    exists = cache.path.is_file()
    try:
        vectors = cache.vector_counts() if exists else {}
        tables = cache.table_counts() if exists else {}
    finally:
        cache.close()
    states = sorted(cache.state_folder().glob("*.npz")) if cache.state_folder().is_dir() else []
    current, stale = _current_folders(), set(stale_folders(root))
    models = tuple(Folder(p.name, _size(p), "current" if p.name in current else "stale" if p in stale else "foreign")
                   for p in _model_folders(root))  # fmt: skip
    return CacheUsage(root, cache.path.stat().st_size if exists else 0, vectors, tables, len(states),
                      sum(p.stat().st_size for p in states), models)  # fmt: skip


def stale_folders(root: Path, now: float | None = None) -> list[Path]:
    """Model folders of other build versions, and builds interrupted over an hour ago; never a folder of a name
    this program does not write."""
    now = time.time() if now is None else now
    current = _current_folders()
    stale = []
    for p in _model_folders(root):
        if p.name.startswith(".building-"):
            if now - p.stat().st_mtime > HALF_BUILT_AGE:
                stale.append(p)
        elif _ours(p.name) and p.name not in current:
            stale.append(p)
    return stale


def prune(root: Path | None = None, keep_models: set[str] = frozenset(), now: float | None = None) -> Pruned:
    """Remove the stale model folders and every vector not of the default model as this version builds it (or of
    one of `keep_models`), then compact the file. Splits, claims, parses and corpus states are kept."""
    root = root or cache_dir()
    folders = stale_folders(root, now)
    freed = 0
    for p in folders:
        freed += _size(p)
        shutil.rmtree(p, ignore_errors=True)
    gone = 0
    path = root / CACHE_FILE
    if path.is_file():
        before = path.stat().st_size
        cache = EmbeddingCache(path)
        try:
            gone = cache.drop_vectors_except(current_vector_models() | set(keep_models))
        finally:
            cache.close()
        freed += max(0, before - path.stat().st_size)
    return Pruned(gone, tuple(p.name for p in folders), freed)
