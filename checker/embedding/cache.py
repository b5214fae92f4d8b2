"""The on-disk cache keyed by (model, text), and `embed`, which reads and fills it around a backend."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from ..config import cache_dir
from .protocol import Embedder, Progress, check_embeddings_shape


DERIVED_TABLES = ("splits", "claims", "parses", "languages")
CACHE_FILE = "embeddings.sqlite"  # in the cache folder (config.cache_dir)


class EmbeddingCache:
    """Vectors on disk keyed by (model, text), in SQLite: a second run on the same folder does not encode again.
    The same file keeps each article's sentence split (keyed by the splitter and the article's text), so a warm
    run does not load spaCy either, its language, its claims and parses. The corpus-wide state a run leaves for the
    next (state/store.py) is kept beside it, one file per corpus checked (`get_state`).

    A damaged cache file is moved aside and started afresh rather than failing the run.
    """

    def __init__(self, path: Path | None = None):
        self.path = path or cache_dir() / CACHE_FILE
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
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, vec BLOB, model TEXT)")
        if "model" not in {row[1] for row in db.execute("PRAGMA table_info(vectors)")}:
            with db:  # caches written before the model was recorded: their rows get it when next read (get)
                db.execute("ALTER TABLE vectors ADD COLUMN model TEXT")
        for table in DERIVED_TABLES:
            db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, rows TEXT)")
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corpus'").fetchone():
            with db:  # states were rows of this table before they were files (put_state): tens of MB each
                db.execute("DROP TABLE corpus")
        db.execute("SELECT count(*) FROM vectors").fetchone()
        return db

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha256(f"{model}\x00{text}".encode("utf-8")).hexdigest()

    def get(self, model: str, texts: Sequence[str]) -> dict[int, np.ndarray]:
        db = self._connect()
        found: dict[int, np.ndarray] = {}
        keys = [self.key(model, t) for t in texts]
        unrecorded: list[str] = []
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            rows = db.execute(
                f"SELECT key, dim, vec, model IS NULL FROM vectors WHERE key IN ({','.join('?' * len(batch))})", batch
            ).fetchall()
            by_key = {k: (d, v) for k, d, v, _ in rows}
            unrecorded += [k for k, _, _, unknown in rows if unknown]
            for offset, k in enumerate(batch):
                if k in by_key:
                    dim, blob = by_key[k]
                    vec = np.frombuffer(blob, dtype=np.float32)
                    if vec.shape == (dim,):
                        found[start + offset] = vec
        if unrecorded:  # a row written before the model was recorded, read by its model: record it (see prune)
            with db:
                db.executemany("UPDATE vectors SET model = ? WHERE key = ?", [(model, k) for k in unrecorded])
        return found

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        db = self._connect()
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (key, dim, vec, model) VALUES (?, ?, ?, ?)",
                [
                    (self.key(model, t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes(), model)
                    for t, v in zip(texts, vectors)
                ],
            )

    def vector_counts(self) -> dict[str | None, int]:
        """How many vectors the cache holds per model (None: written before the model was recorded, never read
        since)."""
        rows = self._connect().execute("SELECT model, count(*) FROM vectors GROUP BY model ORDER BY model")
        return dict(rows.fetchall())

    def table_counts(self) -> dict[str, int]:
        """Rows per table of derived text (splits, claims, parses, languages)."""
        db = self._connect()
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DERIVED_TABLES}

    def drop_vectors_except(self, models: set[str]) -> int:
        """Delete every vector not of one of `models` (unrecorded ones included) and compact the file, unless
        another run holds it (then the space is reused by later vectors instead). Returns how many were deleted."""
        db = self._connect()
        keep = sorted(models)
        with db:
            gone = db.execute(
                f"DELETE FROM vectors WHERE model IS NULL OR model NOT IN ({','.join('?' * len(keep))})", keep
            ).rowcount
        try:
            db.execute("VACUUM")
        except sqlite3.OperationalError:  # another run is writing: compacting waits for a later prune
            pass
        return gone

    def get_splits(self, keys: Sequence[str]) -> dict[str, list]:
        """Cached sentence splits by key (see segment.split_key); missing keys are absent."""
        return self._get_json("splits", keys)

    def put_splits(self, splits: dict[str, list]) -> None:
        self._put_json("splits", splits)

    def get_claims(self, keys: Sequence[str]) -> dict[str, list]:
        """Cached claims of articles by key (see claims.extract); missing keys are absent."""
        return self._get_json("claims", keys)

    def put_claims(self, claims: dict[str, list]) -> None:
        self._put_json("claims", claims)

    def get_parses(self, keys: Sequence[str]) -> dict[str, list]:
        """Cached sentence parses (token rows) by key (see reading.parse.key); missing keys are absent."""
        return self._get_json("parses", keys)

    def put_parses(self, parses: dict[str, list]) -> None:
        self._put_json("parses", parses)

    def get_languages(self, keys: Sequence[str]) -> dict[str, list]:
        """Cached languages of article texts by key (see ingest.language_key); missing keys are absent."""
        return self._get_json("languages", keys)

    def languages_if_few(self, limit: int) -> dict[str, str] | None:
        """Every remembered language (its JSON row, by key) when the cache holds at most `limit` of them; else
        None (ask per key)."""
        rows = self._connect().execute("SELECT key, rows FROM languages LIMIT ?", (limit + 1,)).fetchall()
        return None if len(rows) > limit else dict(rows)

    def put_languages(self, languages: dict[str, list]) -> None:
        self._put_json("languages", languages)

    def state_folder(self) -> Path:
        return self.path.with_name(self.path.stem + "-state")

    def get_state(self, key: str) -> bytes | None:
        """The corpus-wide state a run left for the next (state/store.py), or None. `key` is `corpus-version`."""
        try:
            return (self.state_folder() / f"{key}.npz").read_bytes()
        except OSError:
            return None

    def put_state(self, key: str, blob: bytes) -> None:
        """Keep a corpus's state (`key`: `corpus-version`), replacing the states of the corpus's other versions.
        A file, not a row: a state is tens of megabytes rewritten whole by every run that changed it, which
        SQLite journals page by page (0.3 s at 1,000 articles, against 0.02 s for a file). Written under another
        name and renamed, so a reader (another run on the same corpus) sees the old state or the new one whole."""
        folder = self.state_folder()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{key}.npz"
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        corpus = key.split("-")[0]
        for old in folder.glob(f"{corpus}-*.npz"):
            if old != target:
                old.unlink(missing_ok=True)

    def _get_json(self, table: str, keys: Sequence[str]) -> dict[str, list]:
        import json

        db = self._connect()
        found: dict[str, list] = {}
        for start in range(0, len(keys), 500):
            batch = list(keys[start : start + 500])
            rows = db.execute(f"SELECT * FROM {table} WHERE key IN ({','.join('?' * len(batch))})", batch)
            found.update((k, json.loads(v)) for k, v in rows.fetchall())
        return found

    def _put_json(self, table: str, values: dict[str, list]) -> None:
        import json

        db = self._connect()
        with db:
            db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)",
                           [(k, json.dumps(v, separators=(",", ":"), ensure_ascii=False)) for k, v in values.items()])  # fmt: skip

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
    if cached:
        rows = np.fromiter(cached, dtype=np.int64, count=len(cached))
        out[rows] = np.stack(list(cached.values()))
    if fresh is not None:
        out[missing] = fresh
    return out
