"""Where a run's corpus-wide state is kept: one record per corpus (the model and the paths checked) in the
cache's SQLite file, as a numpy archive read without pickle. A damaged or foreign record reads as no state: the
run is then cold, never wrong."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..records import Judgement, Reason
from . import clusters as cluster_memo
from . import edges as edge_memo
from . import graph as graph_state
from .graph import Graph

FORMAT = 1


@dataclass(frozen=True)
class CorpusState:
    """What one run leaves for the next on the same corpus. Rows are numbered as in `graph.keys`."""

    graph: Graph
    clusters: dict[str, np.ndarray] = field(default_factory=dict)  # component digest -> cluster labels
    facets: tuple[str, ...] = ()  # per row: its stance facets, comma-joined
    scorer: str = ""  # the scorer (name and code) the judgements are from
    baseline: float = 0.0  # relatedness is computed against it
    judged: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))  # (m, 2) rows a < b
    similarity: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))  # per judged pair
    judgements: tuple[Judgement, ...] = ()
    edges: dict = field(default_factory=dict)  # thing digest -> its marks (state/edges.py)
    grid: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.int16))  # per row: vector / GRID


def slot(model: str, where: str) -> str:
    """The record of one corpus, `corpus-version`: the same paths checked with the same model, by the same code
    (an upgraded checker starts its state afresh, and its state replaces the old code's)."""
    corpus = hashlib.sha256(f"{model}\x00{where}".encode("utf-8")).hexdigest()[:32]
    version = hashlib.sha256(f"corpus-v{FORMAT}\x00{_checker_code()}".encode("utf-8")).hexdigest()[:16]
    return f"{corpus}-{version}"


@lru_cache(maxsize=None)
def _checker_code() -> str:
    return code_digest(Path(__file__).resolve().parents[1], suffixes=(".py",))


def load(cache, key: str) -> CorpusState | None:
    blob = cache.get_state(key)
    if blob is None:
        return None
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        if int(arrays["format"][0]) != FORMAT:
            return None
        reasons = json.loads(arrays["reasons"].tobytes().decode("utf-8"))
        return CorpusState(
            graph=graph_state.from_arrays(arrays),
            clusters=cluster_memo.from_arrays(arrays),
            facets=tuple(arrays["facets"].tolist()),
            scorer=str(arrays["scorer"][0]),
            baseline=float(arrays["baseline"][0]),
            judged=arrays["judged"].astype(np.int64).reshape(-1, 2),
            similarity=arrays["pair_similarity"],
            judgements=_judgements(arrays["scores"], reasons),
            edges=edge_memo.from_arrays(arrays),
            grid=arrays["grid"] if "grid" in arrays else np.zeros((0, 0), dtype=np.int16),
        )
    except (OSError, ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError, EOFError, zipfile.BadZipFile):
        return None


def save(cache, key: str, state: CorpusState) -> None:
    arrays = graph_state.to_arrays(state.graph)
    arrays.update(cluster_memo.to_arrays(state.clusters))
    arrays.update(edge_memo.to_arrays(state.edges))
    reasons = {str(i): [[r.kind, r.text, r.weight] for r in j.reasons] for i, j in enumerate(state.judgements) if j.reasons}
    arrays.update(
        format=np.array([FORMAT]),
        facets=np.asarray(state.facets, dtype=str),
        scorer=np.asarray([state.scorer], dtype=str),
        baseline=np.array([state.baseline], dtype=np.float64),
        judged=state.judged.astype(np.int32).reshape(-1, 2),
        pair_similarity=np.asarray(state.similarity, dtype=np.float32),
        scores=np.array([j.score for j in state.judgements], dtype=np.float64),
        grid=np.asarray(state.grid, dtype=np.int16),
        reasons=np.frombuffer(json.dumps(reasons, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
    )
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    cache.put_state(key, buffer.getvalue())


def _judgements(scores: np.ndarray, reasons: dict[str, list]) -> tuple[Judgement, ...]:
    """Judgements from their scores and the reasons of those that have some; one record per bare score."""
    distinct, which = np.unique(np.asarray(scores, dtype=np.float64), return_inverse=True)
    bare = [Judgement(score=score) for score in distinct.tolist()]
    out = [bare[w] for w in which.ravel().tolist()]
    for i, given in reasons.items():  # (a few in a hundred: the rest are bare scores)
        if given:
            n = int(i)
            out[n] = Judgement(score=float(scores[n]), reasons=tuple(Reason(kind=k, text=t, weight=w) for k, t, w in given))
    return tuple(out)


def code_digest(*packages: Path, suffixes: tuple[str, ...] = (".py", ".json", ".safetensors", ".txt")) -> str:
    """A hash of the modules and data of `packages` (files with `suffixes`, by their path in the package): state
    kept by other code, or judgements of an upgraded scorer, are never recalled."""
    digest = hashlib.sha256()
    for package in packages:
        for f in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in suffixes):
            digest.update(str(f.relative_to(package)).encode() + b"\x00" + f.read_bytes())
    return digest.hexdigest()[:16]
