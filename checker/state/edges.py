"""The marks between the claims of one thing (claims/points.py `_edges`), recalled from the last run when the
thing is the same: the same claims (what each states, its sentence by identity, its origin and its holder's
key), the same claim pairs weighed, the same gate and corpus baseline. The marks depend on nothing else (the
sentences' cosines follow from their identities; the code is the same, or the state would not be read), so a
recalled thing's marks are what weighing it again would give. Weighing every pair of every thing is most of
the points stage; a run that adds a few articles touches a few things."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Callable, Mapping, Sequence

import numpy as np

KINDS = ("agree", "conflict", "dispute", "update")
Edges = dict[str, list[tuple[int, int, float]]]


class EdgeMemo:
    """Marks of things by a digest of what they depend on. `keys`: each sentence row's identity; `origins`: each
    row's origin (source, or group of syndicated copies)."""

    def __init__(
        self,
        keys: Sequence[str],
        origins: Sequence[str],
        baseline: float,
        known: Mapping[str, Edges] | None = None,
    ):
        self.keys, self.origins, self.baseline = keys, origins, baseline
        self.known = dict(known or {})
        self.used: dict[str, Edges] = {}
        self.computed = 0

    def recall(self, claims, pairs, gate: float, gates, holder_key: Callable, compute: Callable[[], Edges]) -> Edges:
        """`pairs`: the claim pairs weighed, None for every pair of the thing."""
        digest = hashlib.sha1(repr((float(gate), repr(gates), float(self.baseline), len(claims))).encode())
        for c in claims:
            row = c.sentence
            digest.update(
                f"{self.keys[row]}\x00{self.origins[row]}\x00{holder_key(c.holder)}\x00"
                f"{replace(c, sentence=0)!r}\x01".encode("utf-8")
            )
        digest.update(b"all" if pairs is None else np.asarray(pairs, dtype=np.int64).tobytes())
        key = digest.hexdigest()
        edges = self.known.get(key)
        if edges is None:
            edges = compute()
            self.computed += 1
        self.used[key] = edges
        return edges


def to_arrays(used: Mapping[str, Edges]) -> dict[str, np.ndarray]:
    keys = sorted(used)
    rows, strength, sizes = [], [], []
    for k in keys:
        n = 0
        for code, kind in enumerate(KINDS):
            for i, j, s in used[k].get(kind, ()):
                rows.append((code, i, j))
                strength.append(s)
                n += 1
        sizes.append(n)
    return {
        "edge_keys": np.asarray(keys, dtype=str),
        "edge_sizes": np.asarray(sizes, dtype=np.int64),
        "edge_rows": np.asarray(rows, dtype=np.int32).reshape(-1, 3),
        "edge_strength": np.asarray(strength, dtype=np.float64),
    }


def from_arrays(arrays: Mapping[str, np.ndarray]) -> dict[str, Edges]:
    if "edge_keys" not in arrays:
        return {}
    keys = arrays["edge_keys"].tolist()
    sizes = np.asarray(arrays["edge_sizes"], dtype=np.int64)
    rows = np.asarray(arrays["edge_rows"]).reshape(-1, 3)
    # each thing's marks are stored kind by kind (to_arrays): one slice per (thing, kind), its columns zipped
    # into tuples in one go rather than row by row
    thing = np.repeat(np.arange(len(keys)), sizes)
    starts = np.searchsorted(thing * len(KINDS) + rows[:, 0], np.arange(len(keys) * len(KINDS) + 1))
    first = rows[:, 1].tolist()
    second = rows[:, 2].tolist()
    strength = arrays["edge_strength"].tolist()
    out: dict[str, Edges] = {}
    for n, k in enumerate(keys):
        edges: Edges = {}
        for code, kind in enumerate(KINDS):
            lo, hi = int(starts[n * len(KINDS) + code]), int(starts[n * len(KINDS) + code + 1])
            edges[kind] = list(zip(first[lo:hi], second[lo:hi], strength[lo:hi]))
        out[k] = edges
    return out
