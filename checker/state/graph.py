"""The similarity graph of the last run, kept and updated instead of recomputed.

A run keeps, per sentence row: its identity (article, span and text), its origin, its k nearest other-origin rows
with their cosines, and its component of the graph of links at or above the topic threshold. The next run on the
same corpus, grown, edited or trimmed, computes only:

- the rows of new sentences (and of sentences whose origin changed: an article found to be a copy), against all:
  their nearest lists and their links, which join components;
- the rows whose nearest list held a sentence that is gone;
- for every other row, whether a new sentence enters its nearest list (a merge, from the new rows' cosines);
- the links among the rows of a component that lost a sentence (it may have split); the other components hold.

Cosines are exact (neighbours.on_grid) and rows keep their relative order, so the result is the cold run's, bit
for bit: same lists, same ties, same components. No link list is kept (tens of millions at 10,000 articles). When the threshold, k, or the row order changed,
or most of the corpus is new, the graph is made cold.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from ..neighbours import BLOCK, Neighbours, components_of, link_floor, nearest, top_rows
from ..records import Sentence


_TORCH_JOB = 50_000_000  # cosines (rows x corpus) from which the update's top-k uses torch, import included


@dataclass(frozen=True)
class Graph:
    """What one run leaves for the next: rows by identity, their nearest lists and links (row numbers of that
    run)."""

    keys: np.ndarray  # (n,) str: row_key of each sentence row
    origins: np.ndarray  # (n,) str: the row's independent origin (source, or group of syndicated copies)
    index: np.ndarray  # (n, k) nearest other-origin rows, -1 = none
    similarity: np.ndarray  # (n, k) their cosines, -inf where none
    components: np.ndarray  # (n,) component of the graph of links at >= the link threshold
    k: int
    link_threshold: float


@dataclass(frozen=True)
class Update:
    """The graph of this run, and how much of it was computed rather than kept."""

    near: Neighbours
    graph: Graph
    computed_rows: int  # rows whose cosines against the whole corpus were computed this run
    cold: bool


def row_key(sentence: Sentence) -> str:
    """A sentence row's identity across runs: its article, where it stands, and its text."""
    raw = f"{sentence.article}\x00{sentence.start}\x00{sentence.end}\x00{sentence.part}\x00{sentence.text}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def update(
    previous: Graph | None,
    keys: list[str],
    origins: list[str],
    codes: np.ndarray,
    vectors: np.ndarray,
    *,
    k: int,
    link_threshold: float,
    progress=None,
) -> Update:
    """The neighbours of `vectors` (rows identified by `keys`, of `origins`, origin `codes` as integers), from
    `previous` where it still holds."""
    n = len(keys)
    key_arr = np.asarray(keys, dtype=str)
    origin_arr = np.asarray(origins, dtype=str)
    plan = _plan(previous, key_arr, origin_arr, k, link_threshold)
    if plan is None:
        if progress:
            progress(0, n)
        near = nearest(vectors, codes, k=k, link_threshold=link_threshold, progress=progress)
        graph = Graph(key_arr, origin_arr, near.index, near.similarity, near.components, k, link_threshold)
        return Update(near=near, graph=graph, computed_rows=n, cold=True)
    old_to_new = plan
    assert previous is not None
    kept_old = np.flatnonzero(old_to_new >= 0)
    kept_new = old_to_new[kept_old]
    is_new = np.ones(n, dtype=bool)
    is_new[kept_new] = False
    added = np.flatnonzero(is_new)

    index = np.full((n, k), -1, dtype=np.int64)
    similarity = np.full((n, k), -np.inf, dtype=np.float32)
    old_lists = previous.index[kept_old].astype(np.int64)
    mapped = np.where(old_lists >= 0, old_to_new[np.maximum(old_lists, 0)], -1)
    stale = ((old_lists >= 0) & (mapped < 0)).any(axis=1)  # a nearest sentence is gone: recompute the row
    kept_similarity = previous.similarity[kept_old]
    index[kept_new] = mapped
    similarity[kept_new] = kept_similarity
    redo = np.union1d(added, kept_new[stale])
    index[redo] = -1
    similarity[redo] = -np.inf

    # Components: an old one that lost no row holds whole (tied to its first kept row); one that lost rows is
    # linked again among its kept rows; new rows link to anything.
    old_component = previous.components
    broken = np.zeros(int(old_component.max(initial=-1)) + 1, dtype=bool)
    broken[old_component[old_to_new < 0]] = True
    component = np.full(n, -1, dtype=np.int64)
    component[kept_new] = old_component[kept_old]
    whole = (component >= 0) & ~broken[np.maximum(component, 0)]
    rows_whole = np.flatnonzero(whole)
    _, first, member_of = np.unique(component[rows_whole], return_index=True, return_inverse=True)
    links = [np.stack([rows_whole, rows_whole[first][member_of.ravel()]], axis=1)]  # each row to its first one
    floor = link_floor(link_threshold)
    split = np.flatnonzero((component >= 0) & ~whole)
    if len(split):
        links.extend(_relinked(split, component, kept_new, mapped, kept_similarity, vectors, floor))

    merge_rows = np.setdiff1d(np.flatnonzero(~is_new), redo, assume_unique=True)  # kept rows not recomputed
    if progress:
        progress(0, len(redo))
    for start in range(0, len(redo), BLOCK):
        rows = redo[start : start + BLOCK]
        sims = vectors[rows] @ vectors.T
        fresh = is_new[rows]
        r, c = np.nonzero(sims[fresh] >= floor)
        links.append(np.stack([rows[fresh][r], c], axis=1))
        if fresh.any() and len(merge_rows):
            _merge_columns(index, similarity, merge_rows, rows[fresh], sims[fresh][:, merge_rows].T, codes, k)
        sims[codes[rows][:, None] == codes[None, :]] = -np.inf
        top_rows(sims, k, index, similarity, rows, torch_ok=len(redo) * n >= _TORCH_JOB)
        if progress:
            progress(min(start + BLOCK, len(redo)), len(redo))
    components = components_of(n, np.concatenate(links).astype(np.int64).reshape(-1, 2))
    near = Neighbours(index=index, similarity=similarity, components=components)
    graph = Graph(key_arr, origin_arr, index, similarity, components, k, link_threshold)
    return Update(near=near, graph=graph, computed_rows=len(redo), cold=False)


def _relinked(split, component, rows, lists, sims, vectors, floor) -> list[np.ndarray]:
    """Links enough to give `split` (the kept rows of components that lost rows) the components all their links
    would: the kept nearest-list links at or above the floor between two such rows (their cosines kept exact),
    and every link of the rows outside the biggest piece those leave in each old component. A link between two
    pieces has an end outside the biggest one, so the components come out the same; only the rows of the small
    pieces are compared with the component's rows, not every row with every row (a 10,000-article corpus has one
    component of ~100,000 rows: relinking it whole was a cold run's work)."""
    n = len(component)
    inside = np.zeros(n, dtype=bool)
    inside[split] = True
    held = inside[rows]
    lists, sims, rows = lists[held], sims[held], rows[held]
    r, c = np.nonzero((lists >= 0) & (sims >= floor))
    a, b = rows[r], lists[r, c]
    near = np.stack([a, b], axis=1)[inside[b]]
    piece = components_of(n, near) if len(near) else np.arange(n)
    comp, own = component[split], piece[split]
    pairs, counts = np.unique(np.stack([comp, own], axis=1), axis=0, return_counts=True)
    order = np.lexsort((pairs[:, 1], -counts, pairs[:, 0]))  # per old component: biggest piece first, ties by label
    ranked = pairs[order]
    biggest = ranked[np.unique(ranked[:, 0], return_index=True)[1]]
    big = np.full(int(comp.max()) + 1, -1, dtype=np.int64)
    big[biggest[:, 0]] = biggest[:, 1]
    small = split[own != big[comp]]
    out = [near]
    for start in range(0, len(small), BLOCK):
        block = small[start : start + BLOCK]
        r, c = np.nonzero(vectors[block] @ vectors[split].T >= floor)
        out.append(np.stack([block[r], split[c]], axis=1))
    return out


def _plan(previous: Graph | None, keys: np.ndarray, origins: np.ndarray, k: int, link_threshold: float):
    """Old row -> new row (-1: gone or changed origin), or None when the graph is to be made cold."""
    if previous is None or previous.k != k or previous.link_threshold != link_threshold:
        return None
    position = {key: i for i, key in enumerate(keys.tolist())}
    if len(position) != len(keys):
        return None  # two rows with one identity: nothing to key on
    old_to_new = np.array([position.get(key, -1) for key in previous.keys.tolist()], dtype=np.int64)
    found = old_to_new >= 0
    changed = found.copy()
    changed[found] = origins[old_to_new[found]] != previous.origins[found]
    old_to_new[changed] = -1
    kept = old_to_new[old_to_new >= 0]
    if len(kept) * 2 < len(keys) or (len(kept) > 1 and (np.diff(kept) <= 0).any()):
        return None  # mostly new, or rows reordered: ties would no longer break the same way
    return old_to_new


def _merge_columns(index, similarity, rows, cols, sims, codes, k) -> None:
    """Let new columns `cols` (cosines `sims`, one row per `rows`) into the nearest lists of `rows`: a column
    enters where it beats the k-th, or ties it from a lower row. Only the (row, column) cosines that reach the
    row's k-th are sorted in with the row's list."""
    sims = np.array(sims, dtype=np.float32)
    sims[codes[rows][:, None] == codes[cols][None, :]] = -np.inf
    kth = similarity[rows, -1]
    hit_row, hit_col = np.nonzero((sims >= kth[:, None]) & np.isfinite(sims))
    if not len(hit_row):
        return
    need = np.unique(hit_row)
    r = rows[need]
    m = len(r)
    slot = np.full(len(rows), -1, dtype=np.int64)
    slot[need] = np.arange(m)
    every_row = np.concatenate([np.repeat(np.arange(m), k), slot[hit_row]])
    every_idx = np.concatenate(
        [np.where(index[r] >= 0, index[r], np.iinfo(np.int64).max).ravel(), cols[hit_col].astype(np.int64)]
    )
    every_val = np.concatenate([similarity[r].ravel(), sims[hit_row, hit_col]])
    order = np.lexsort((every_idx, -every_val, every_row))  # by row, most similar first, ties by column
    starts = np.searchsorted(every_row[order], np.arange(m))
    rank = np.arange(len(order)) - starts[every_row[order]]
    kept = order[rank < k]  # each row has at least its k old entries: exactly k kept per row, in row order
    idx, val = every_idx[kept].reshape(m, k), every_val[kept].reshape(m, k)
    index[r] = np.where(np.isfinite(val), idx, -1)
    similarity[r] = val


def to_arrays(graph: Graph) -> dict[str, np.ndarray]:
    return {
        "keys": graph.keys,
        "origins": graph.origins,
        "index": graph.index.astype(np.int32),
        "similarity": graph.similarity,
        "components": graph.components.astype(np.int32),
        "k": np.array([graph.k]),
        "link_threshold": np.array([graph.link_threshold], dtype=np.float64),
    }


def from_arrays(arrays: dict[str, np.ndarray]) -> Graph:
    return Graph(
        keys=arrays["keys"],
        origins=arrays["origins"],
        index=arrays["index"].astype(np.int64),
        similarity=arrays["similarity"],
        components=arrays["components"].astype(np.int64),
        k=int(arrays["k"][0]),
        link_threshold=float(arrays["link_threshold"][0]),
    )
