"""Vectors → the similarity graph the later stages read, in one pass over row blocks:

- for each sentence, its `k` most similar sentences from *other* origins (sources, syndicated copies merged),
  most similar first: the pool candidate pairs are drawn from;
- the connected components of the graph linking sentences at cosine >= the topic threshold: clusters never
  cross them, so each component is clustered on its own.

Memory stays linear in the corpus (one block of similarities at a time, components merged block by block).
On large blocks the top-k selection uses torch (already installed for the models), 25x faster than numpy's
argpartition on two cores; small corpora never import it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BLOCK = 1024
_TORCH_FROM = 2_000_000  # similarity-block size (rows x columns) from which torch's top-k pays for its import


@dataclass(frozen=True)
class Neighbours:
    index: np.ndarray  # (n, k) int64: nearest other-origin rows, most similar first (ties by row), -1 = none
    similarity: np.ndarray  # (n, k) float32 cosines, -inf where index is -1
    components: np.ndarray  # (n,) int: component of the graph of links at >= the link threshold


def nearest(
    vectors: np.ndarray, origins: np.ndarray, *, k: int, link_threshold: float, progress=None
) -> Neighbours:
    """`origins`: one integer code per row; rows sharing a code are never each other's neighbours."""
    n = len(vectors)
    index = np.full((n, k), -1, dtype=np.int64)
    similarity = np.full((n, k), -np.inf, dtype=np.float32)
    components = np.arange(n)
    for start in range(0, n, BLOCK):
        stop = min(start + BLOCK, n)
        sims = vectors[start:stop] @ vectors.T
        # A hair below the threshold: float32 here, float64 distances in the clustering; a component one link
        # too generous changes nothing, one link too strict would split a cluster.
        rows, cols = np.nonzero(sims >= link_threshold - 1e-5)
        components = _merge(components, rows + start, cols)
        sims[origins[start:stop, None] == origins[None, :]] = -np.inf
        idx, val = _top_k(sims, k)
        index[start:stop, : idx.shape[1]] = np.where(np.isfinite(val), idx, -1)
        similarity[start:stop, : val.shape[1]] = val
        if progress:
            progress(stop, n)
    return Neighbours(index=index, similarity=similarity, components=_first_seen(components))


def _top_k(sims: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the k largest values and their columns, largest first, ties by column."""
    k = min(k, sims.shape[1])
    if sims.size >= _TORCH_FROM:
        import torch

        val_t, idx_t = torch.topk(torch.from_numpy(sims), k, dim=1)
        idx, val = idx_t.numpy(), val_t.numpy()
    else:
        idx = np.argpartition(sims, sims.shape[1] - k, axis=1)[:, -k:] if k < sims.shape[1] else np.tile(
            np.arange(sims.shape[1]), (len(sims), 1)
        )
        val = np.take_along_axis(sims, idx, axis=1)
    order = np.lexsort((idx, -val), axis=1)
    return np.take_along_axis(idx, order, axis=1), np.take_along_axis(val, order, axis=1)


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
