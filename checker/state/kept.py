"""One run's dealings with the kept state, behind one object: what the last run on the same corpus left (read
once), the memos each stage recalls from, and the record this run leaves for the next (`leave`: not written
when nothing changed, so a warm run on an unchanged corpus leaves the state as it found it)."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from ..records import Judgement, Pair
from . import store
from .clusters import ClusterMemo
from .edges import EdgeMemo
from .graph import Update, update
from .judged import Judged
from .store import CorpusState


class Kept:
    def __init__(self, cache, model: str, where: str):
        self.cache = cache
        self.slot = store.slot(model, where) if cache is not None else ""
        self.previous: CorpusState | None = store.load(cache, self.slot) if cache is not None else None
        self._graph: Update | None = None
        self._clusters: ClusterMemo | None = None
        self._judged: Judged | None = None
        self._edges: EdgeMemo | None = None

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
        )  # fmt: skip
        if unchanged:
            return
        if progress:
            progress(0, 1)
        store.save(self.cache, self.slot, CorpusState(
            graph=graph.graph, clusters=clusters.used if clusters else {}, facets=tuple(facets),
            scorer=judged.scorer_id if judged else "", baseline=baseline,
            judged=np.array([(p.a, p.b) for p in pairs], dtype=np.int64).reshape(-1, 2),
            similarity=np.array([p.similarity for p in pairs], dtype=np.float32), judgements=tuple(judgements),
            edges=edges.used if edges else {},
        ))  # fmt: skip
        if progress:
            progress(1, 1)
