"""Vectors → the similarity graph the later stages read, in one pass over row blocks:

- for each sentence, its `k` most similar sentences from *other* origins (sources, syndicated copies merged),
  most similar first: the pool candidate pairs are drawn from;
- the connected components of the graph linking sentences at cosine >= the topic threshold: clusters never
  cross them, so each component is clustered on its own.

Memory stays linear in the corpus (one block of similarities at a time, components merged block by block).
On large blocks the top-k selection uses torch (already installed for the models), 25x faster than numpy's
argpartition on two cores; small corpora never import it.

Similarities are exact: vectors are first put on a grid of 2^-11 (`on_grid`), so a cosine is a sum of products
of multiples of 2^-22 that float32 holds without rounding, in any order. A similarity is then the same number
whichever block, matrix shape or library computes it, and an incremental run (state/graph.py), which computes
only the rows of new sentences, gets the cold run's numbers bit for bit. Ties in the top k go to the lower row
whatever selects them (numpy or torch).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BLOCK = 1024
GRID = 2.0**-11  # vector components are multiples of this: a cosine is an exact float32 sum (see on_grid)
_TORCH_FROM = 2_000_000  # similarity-block size (rows x columns) from which torch's top-k pays for its import


@dataclass(frozen=True)
class Neighbours:
    index: np.ndarray  # (n, k) int64: nearest other-origin rows, most similar first (ties by row), -1 = none
    similarity: np.ndarray  # (n, k) float32 cosines, -inf where index is -1
    components: np.ndarray  # (n,) int: component of the graph of links at >= the link threshold


def on_grid(vectors: np.ndarray, *, copy: bool = True) -> np.ndarray:
    """The vectors with each component rounded to a multiple of GRID (2^-11): cosines move by about 10^-4, far
    below what the int8 model itself moves them, and become exact sums (|q_i q_j| <= 2^22 for unit vectors, so
    every partial sum of 384 products is an integer multiple of 2^-22 below 2^24 of them)."""
    # rounded in place (2^11 and 2^-11 scale exactly): a copy unless the caller hands over its own float32 array
    v = np.array(vectors, dtype=np.float32) if copy else np.asarray(vectors, dtype=np.float32)
    np.multiply(v, np.float32(1.0 / GRID), out=v)
    np.rint(v, out=v)
    np.multiply(v, np.float32(GRID), out=v)
    return v


def link_floor(link_threshold: float) -> float:
    """The cosine from which two rows are linked. A hair below the threshold: float32 here, float64 distances
    in the clustering; a component one link too generous changes nothing, one link too strict would split a
    cluster."""
    return link_threshold - 1e-5


def nearest(
    vectors: np.ndarray, origins: np.ndarray, *, k: int, link_threshold: float, progress=None
) -> Neighbours:
    """`origins`: one integer code per row; rows sharing a code are never each other's neighbours."""
    n = len(vectors)
    index = np.full((n, k), -1, dtype=np.int64)
    similarity = np.full((n, k), -np.inf, dtype=np.float32)
    components = np.arange(n)
    floor = link_floor(link_threshold)
    for start in range(0, n, BLOCK):
        stop = min(start + BLOCK, n)
        sims = vectors[start:stop] @ vectors.T
        # links are symmetric: each is found once, in the block of its lower row (half the scan)
        rows, cols = np.nonzero(sims[:, start:] >= floor)
        components = _merge(components, rows + start, cols + start)
        sims[origins[start:stop, None] == origins[None, :]] = -np.inf
        top_rows(sims, k, index, similarity, np.arange(start, stop))
        if progress:
            progress(stop, n)
    return Neighbours(index=index, similarity=similarity, components=_first_seen(components))


def top_rows(
    sims: np.ndarray, k: int, index: np.ndarray, similarity: np.ndarray, rows: np.ndarray, torch_ok: bool = True
) -> None:
    """Write the top k of each row of `sims` (other-origin cosines, -inf masked) into `rows` of `index` and
    `similarity`; -1 where a row has fewer than k candidates. `torch_ok`: the job is big enough to pay for
    importing torch (a few new rows are not)."""
    idx, val = _top_k(sims, k, torch_ok)
    index[rows, : idx.shape[1]] = np.where(np.isfinite(val), idx, -1)
    similarity[rows, : val.shape[1]] = val


def _top_k(sims: np.ndarray, k: int, torch_ok: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the k largest values and their columns, largest first, ties by column: of values tied at the
    k-th place, the lowest columns, whichever routine selected them."""
    k = min(k, sims.shape[1])
    if k == 0:
        return np.zeros((len(sims), 0), dtype=np.int64), np.zeros((len(sims), 0), dtype=np.float32)
    if sims.size >= _TORCH_FROM and torch_ok:
        import torch

        val_t, idx_t = torch.topk(torch.from_numpy(sims), k, dim=1)
        idx, val = idx_t.numpy().astype(np.int64), val_t.numpy()
    else:
        idx = np.argpartition(sims, sims.shape[1] - k, axis=1)[:, -k:] if k < sims.shape[1] else np.tile(
            np.arange(sims.shape[1]), (len(sims), 1)
        )
        val = np.take_along_axis(sims, idx, axis=1)
    order = np.lexsort((idx, -val), axis=1)
    idx, val = np.take_along_axis(idx, order, axis=1), np.take_along_axis(val, order, axis=1)
    if k < sims.shape[1]:
        last = val[:, -1]
        finite = np.isfinite(last)
        tied = (sims == last[:, None]).sum(axis=1) > (val == last[:, None]).sum(axis=1)
        for r in np.flatnonzero(tied & finite):  # rare: equal cosines (repeated sentences) cut at the k-th place
            cand = np.flatnonzero(sims[r] >= last[r])
            best = cand[np.lexsort((cand, -sims[r, cand]))][:k]
            idx[r], val[r] = best, sims[r, best]
    return idx, val


def _merge(components: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Components after adding the links (rows, cols): the current partition (each row linked to the first
    row of its component) plus the new links, solved by scipy."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(components)
    _, first = np.unique(components, return_index=True)  # labels run 0..m-1: first[label] is a member row
    r = np.concatenate([np.arange(n), rows])
    c = np.concatenate([first[components], cols])
    graph = coo_matrix((np.ones(len(r), dtype=np.int8), (r, c)), shape=(n, n)).tocsr()
    return connected_components(graph, directed=False)[1]


def _first_seen(labels: np.ndarray) -> np.ndarray:
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=int)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inverse]


def components_of(n: int, links: np.ndarray) -> np.ndarray:
    """Components of the graph of `links` (pairs of rows) over n rows, numbered by first row: what nearest()
    gives for the same links."""
    return _first_seen(_merge(np.arange(n), links[:, 0], links[:, 1]))
