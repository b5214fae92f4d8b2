"""The clusters of each component of the similarity graph, recalled from the last run when the component is
the same rows at the same threshold (cluster.cluster_labels asks), computed otherwise. A component's clusters
depend only on its rows' vectors and the threshold, so a recalled one is what clustering it again would give."""

from __future__ import annotations

import hashlib
from typing import Callable, Mapping, Sequence

import numpy as np


class ClusterMemo:
    """Components' cluster labels by the identities of their rows (`keys`, one per corpus row)."""

    def __init__(self, keys: Sequence[str], known: Mapping[str, np.ndarray] | None = None):
        self.keys = keys
        self.known = dict(known or {})
        self.used: dict[str, np.ndarray] = {}
        self.computed = 0

    def recall(self, members: np.ndarray, threshold: float, compute: Callable[[], np.ndarray]) -> np.ndarray:
        digest = hashlib.sha1(repr(float(threshold)).encode())
        for m in members.tolist():
            digest.update(self.keys[m].encode() + b"\x00")
        key = digest.hexdigest()
        sub = self.known.get(key)
        if sub is None or len(sub) != len(members):
            sub = np.asarray(compute(), dtype=np.int64)
            self.computed += 1
        self.used[key] = sub
        return sub


def to_arrays(used: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    keys = sorted(used)
    sizes = np.array([len(used[k]) for k in keys], dtype=np.int64)
    labels = np.concatenate([used[k] for k in keys]).astype(np.int32) if keys else np.zeros(0, dtype=np.int32)
    return {"cluster_keys": np.asarray(keys, dtype=str), "cluster_sizes": sizes, "cluster_labels": labels}


def from_arrays(arrays: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    keys = arrays["cluster_keys"].tolist()
    bounds = np.concatenate([[0], np.cumsum(arrays["cluster_sizes"])])
    labels = arrays["cluster_labels"].astype(np.int64)
    return {k: labels[bounds[i] : bounds[i + 1]] for i, k in enumerate(keys)}
