"""One run's dealings with the kept state, behind one object: what the last run on the same corpus left (read
once), the memos each stage recalls from, and the record this run leaves for the next (`leave`: not written
when nothing changed, so a warm run on an unchanged corpus leaves the state as it found it)."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from ..neighbours import GRID, on_grid
from ..records import Judgement, Pair
from . import store
from .clusters import ClusterMemo
from .edges import EdgeMemo
from .graph import Update, update
from .judged import Judged
from .store import CorpusState


def _steps(vectors: np.ndarray) -> np.ndarray | None:
    """Vectors on the grid as whole numbers of grid steps (int16: unit vectors stay within ±2^11 steps), or None
    when they do not fit."""
    if not vectors.size or vectors.ndim != 2 or float(np.abs(vectors).max()) >= 16:
        return None
    return np.rint(vectors * np.float32(1.0 / GRID)).astype(np.int16)


class Kept:
    def __init__(self, cache, model: str, where: str):
        self.cache = cache
        self.slot = store.slot(model, where) if cache is not None else ""
        self.previous: CorpusState | None = store.load(cache, self.slot) if cache is not None else None
        self._graph: Update | None = None
        self._clusters: ClusterMemo | None = None
        self._judged: Judged | None = None
        self._edges: EdgeMemo | None = None
        self._grid: np.ndarray | None = None

    def vectors(self, keys: Sequence[str], compute: Callable[[list[int]], np.ndarray]) -> np.ndarray:
        """Each row's vector on the grid (neighbours.on_grid): the last run's where the row is the same sentence,
        kept in the state as whole multiples of the grid (int16, exact) and read in one piece, not looked up
        sentence by sentence in the embedding cache (142,000 look-ups at 10,000 articles); `compute(rows)` gives
        the others' vectors (the embedding stage: cache, then the encoder)."""
        previous, n = self.previous, len(keys)
        old = previous.grid if previous is not None and len(previous.grid) == len(previous.graph.keys) > 0 else None
        if old is not None:
            position = dict(zip(previous.graph.keys.tolist(), range(len(old))))
            where = np.fromiter((position.get(k, -1) for k in keys), dtype=np.int64, count=n)
            missing = np.flatnonzero(where < 0)
            fresh = on_grid(compute(missing.tolist()), copy=False) if len(missing) else None
            steps = _steps(fresh) if fresh is not None else None
            if fresh is None or (steps is not None and steps.shape[1] == old.shape[1]):
                grid = old[where] if fresh is None else np.empty((n, old.shape[1]), dtype=np.int16)
                if fresh is not None:
                    have = np.flatnonzero(where >= 0)
                    grid[have] = old[where[have]]
                    grid[missing] = steps
                self._grid = grid
                out = grid.astype(np.float32)
                out *= np.float32(GRID)  # (exact: whole multiples of a power of two)
                return out
        out = on_grid(compute(list(range(n))), copy=False)
        self._grid = _steps(out) if self.cache is not None else None  # (kept only where there is a state)
        return out

    def graph(self, keys, origins, codes, vectors, *, k: int, link_threshold: float, progress=None) -> Update:
        """The similarity graph (state/graph.py), from the last run's where it holds."""
        self._graph = update(
            self.previous.graph if self.previous else None, keys, origins, codes, vectors,
            k=k, link_threshold=link_threshold, progress=progress,
        )  # fmt: skip
        return self._graph

    def clusters(self, keys: Sequence[str]) -> ClusterMemo:
        self._clusters = ClusterMemo(keys, self.previous.clusters if self.previous else None)
        return self._clusters

    def facets(self, keys: Sequence[str], texts: Sequence[str], read: Callable[[str], str]) -> list[str]:
        """Each row's stance facets (comma-joined), the last run's where the row is the same sentence."""
        previous = self.previous
        known = (
            dict(zip(previous.graph.keys.tolist(), previous.facets))
            if previous and len(previous.facets) == len(previous.graph.keys)
            else {}
        )
        return [known[k] if k in known else read(t) for k, t in zip(keys, texts)]

    def judged(self, scorer, baseline: float, keys: Sequence[str]) -> Judged:
        self._judged = Judged(self.previous, scorer, baseline, keys)
        return self._judged

    def edges(self, keys: Sequence[str], origins: Sequence[str], baseline: float) -> EdgeMemo:
        self._edges = EdgeMemo(keys, origins, baseline, self.previous.edges if self.previous else None)
        return self._edges

    def leave(
        self,
        *,
        facets: Sequence[str],
        baseline: float,
        pairs: Sequence[Pair],
        judgements: Sequence[Judgement],
        asked: int,
        progress=None,
    ) -> None:
        """Save what this run computed for the next one. `asked`: how many pairs the scorer judged this run."""
        if self.cache is None or self._graph is None:
            return
        previous, graph, clusters, judged, edges = self.previous, self._graph, self._clusters, self._judged, self._edges
        unchanged = (
            previous is not None and not graph.cold and graph.computed_rows == 0 and not asked
            and (clusters is None or clusters.computed == 0) and (edges is None or (edges.computed == 0 and len(edges.used) == len(previous.edges)))
            and len(graph.graph.keys) == len(previous.graph.keys) and len(pairs) == len(previous.judged)
            and (judged is None or judged.scorer_id == previous.scorer)
            and (self._grid is None or len(previous.grid) == len(self._grid))
        )  # fmt: skip
        if unchanged:
            return
        if progress:
            progress(0, 1)
        store.save(self.cache, self.slot, CorpusState(
            graph=graph.graph, clusters=clusters.used if clusters else {}, facets=tuple(facets),
            scorer=judged.scorer_id if judged else "", baseline=baseline,
            judged=np.fromiter((x for p in pairs for x in (p.a, p.b)), dtype=np.int64, count=2 * len(pairs)).reshape(-1, 2),
            similarity=np.fromiter((p.similarity for p in pairs), dtype=np.float32, count=len(pairs)),
            judgements=tuple(judgements),
            edges=edges.used if edges else {},
            grid=self._grid if self._grid is not None and len(self._grid) == len(graph.graph.keys) else np.zeros((0, 0), dtype=np.int16),
        ))  # fmt: skip
        if progress:
            progress(1, 1)
