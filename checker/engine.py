"""Where the heavy work runs. `local`: in this process. `ray`: embedding, claim extraction (per batch of
articles) and pair scoring go as batches to a pool of Ray actors, each holding its own copy of the embedding
model and the scorer, loaded once per actor.

The Ray engine wraps the local embedder and scorer behind the same Embedder and Scorer protocols, so the
pipeline does not know where it runs: the cache, the clustering, the pairing and the report stay on this
machine, and results are the ones the local engine gives (same model, same batches' maths, reassembled in
input order). Only texts missing from the embedding cache are sent.

Ray is imported only when the ray engine is asked for; it is an optional dependency (`pip install -e '.[ray]'`).
"""

from __future__ import annotations

import logging
import os
from typing import Sequence

import numpy as np

from .compare.protocol import PairInput, Scorer
from .embedding.protocol import Embedder, Progress
from .errors import CheckerError
from .records import Article, Assertion, Judgement, Sentence

EMBED_BATCH = 256  # texts per task: big enough to amortise the round trip, small enough to spread the work
JUDGE_BATCH = 2000  # pairs per task
CLAIM_BATCH = 16  # articles per task (only articles missing from the claims cache are sent)


class _Worker:
    """One Ray actor: its own copies of the embedder and the scorer, loaded on first use."""

    def __init__(self, embedder, scorer, threads: int):
        os.environ["CHECKER_THREADS"] = str(threads)
        self.embedder = embedder
        self.scorer = scorer

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.embedder.encode(texts)

    def judge(self, pairs: list[PairInput]) -> list[Judgement]:
        return self.scorer.judge(pairs)

    def read_claims(self, batch: list[tuple[Article, list[Sentence]]], window=None) -> list[list[Assertion]]:
        from .claims.extract import article_claims

        return [article_claims(article, sentences, window=window) for article, sentences in batch]

    def pid(self) -> int:
        return os.getpid()


class RayEngine:
    """A pool of `workers` actors on the Ray cluster at `address` ("auto" for a running cluster, None to start
    a local one in this process). Use as a context manager, or call close()."""

    def __init__(self, embedder: Embedder, scorer: Scorer, *, address: str | None = None, workers: int | None = None,
                 cpus_per_worker: int = 1):  # fmt: skip
        try:
            import ray
            from ray.util import ActorPool
        except ImportError as exc:
            raise CheckerError("the ray engine needs Ray: run `pip install -e '.[ray]'`, or use --engine local") from exc
        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            try:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
            except ConnectionError as exc:
                raise CheckerError(f"cannot reach the Ray cluster at {address!r} ({exc}); start it with "
                                   "`ray start --head`, or give its address with --ray-address") from exc  # fmt: skip
        cpus = int(ray.cluster_resources().get("CPU", 1))
        workers = workers or max(1, cpus // cpus_per_worker)
        actor = ray.remote(num_cpus=cpus_per_worker)(_Worker)
        self.actors = [actor.remote(embedder, scorer, cpus_per_worker) for _ in range(workers)]
        self._pool = ActorPool(self.actors)
        self.embedder = _RayEmbedder(self, embedder)
        self.scorer = _RayScorer(self, scorer)

    def map(self, method: str, batches: list, progress=None, total: int = 0, packed: bool = False) -> list:
        """`packed`: each batch is a tuple of arguments whose first is the list of items."""
        out, done = [], 0
        call = (lambda a, b: getattr(a, method).remote(*b)) if packed else (lambda a, b: getattr(a, method).remote(b))
        for result, batch in zip(self._pool.map(call, batches), batches):
            out.append(result)
            done += len(batch[0] if packed else batch)
            if progress:
                progress(done, total)
        return out

    def read_claims(self, batch: list[tuple[Article, list[Sentence]]], window=None) -> list[list[Assertion]]:
        """The claims of each (article, sentences), read by the workers, in input order; `window` is the story's
        span of days (claims.extract.story_window)."""
        batches = [(batch[i : i + CLAIM_BATCH], window) for i in range(0, len(batch), CLAIM_BATCH)]
        return [found for part in self.map("read_claims", batches, packed=True) for found in part]

    def worker_pids(self) -> list[int]:
        return self._ray.get([a.pid.remote() for a in self.actors])

    def close(self) -> None:
        for a in self.actors:
            self._ray.kill(a)
        self.actors = []
        if self._started:
            self._ray.shutdown()

    def __enter__(self) -> "RayEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _RayEmbedder:
    def __init__(self, engine: RayEngine, local: Embedder):
        self.engine = engine
        self.local = local
        self.name = local.name  # the same model: the same cache entries as a local run

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        groups = self.local.groups(texts) if hasattr(self.local, "groups") else None
        if groups is None:  # a backend whose batches are runs of the input (sentence-transformers: 8 x 32 texts)
            batches = [texts[i : i + EMBED_BATCH] for i in range(0, len(texts), EMBED_BATCH)]
            return np.vstack(self.engine.map("encode", batches, progress, len(texts))).astype(np.float32)
        # The backend's own batches, whole, several to a task and in its order, so each worker runs exactly the
        # batches this machine would run: a text's vector depends on its batch (onnx_backend.groups).
        per_task = max(1, EMBED_BATCH // max(len(groups[0]), 1))
        tasks = [np.concatenate(groups[i : i + per_task]) for i in range(0, len(groups), per_task)]
        parts = self.engine.map("encode", [[texts[r] for r in rows] for rows in tasks], progress, len(texts))
        out = np.zeros((len(texts), parts[0].shape[1]), dtype=np.float32)
        for rows, vectors in zip(tasks, parts):
            out[rows] = vectors
        return out


class _RayScorer:
    def __init__(self, engine: RayEngine, local: Scorer):
        self.engine = engine
        self.name = local.name
        # A scorer whose judgement of a pair depends on the other pairs (the trained scorer's cascade ranks all
        # pairs before running its model on the best) is sent whole, as one task, so results do not change.
        self.pairwise = getattr(local, "pairwise", False)
        self.threshold = local.threshold
        self.batch = JUDGE_BATCH if self.pairwise else None

    def judge(self, pairs: Sequence[PairInput]) -> list[Judgement]:
        pairs = list(pairs)
        if not pairs:
            return []
        size = self.batch or len(pairs)
        batches = [pairs[i : i + size] for i in range(0, len(pairs), size)]
        return [j for part in self.engine.map("judge", batches) for j in part]
