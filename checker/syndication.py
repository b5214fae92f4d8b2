"""Articles → syndication groups: the same wire story reprinted by several outlets is one source of evidence,
not several. Near-identical articles (word 5-gram Jaccard) from different sources are grouped; their sentences
are never paired with each other as if they were independent, and the report says which is a copy of which."""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .records import Article

SHINGLE = 5
MIN_JACCARD = 0.5
HEAVY = 64  # a shingle in more articles than this is not expanded into all its pairs
ANCHORS = 4  # the earliest articles every member of a heavy posting is compared with


_PRIME = np.uint64(1_000_003)


def _shingles(article: Article, vocabulary: dict[str, int]) -> np.ndarray:
    """The article's word 5-grams as sorted unique 64-bit hashes (each word's crc32, remembered in `vocabulary`
    across articles, folded in a polynomial)."""
    import zlib

    words = re.findall(r"\w+", " ".join(article.text[s:e] for s, e in article.spans).casefold())
    if len(words) < SHINGLE:
        return np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint64) if words else np.zeros(0, np.uint64)
    for w in set(words).difference(vocabulary):
        vocabulary[w] = zlib.crc32(w.encode())
    h = np.array([vocabulary[w] for w in words], dtype=np.uint64)
    m = len(words) - SHINGLE + 1
    out = np.zeros(m, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE):
            out = out * _PRIME + h[j : j + m]
    return np.unique(out)


def find_copies(articles: Sequence[Article], *, min_jaccard: float = MIN_JACCARD) -> list[tuple[str, str, float]]:
    """(copy, original, similarity) for near-identical articles of different sources: each copy once, against
    the earliest article it copies (dated first, then first by name).

    Only articles sharing a shingle are compared (an inverted index, as a sparse product). A shingle found in
    more than HEAVY articles (a wire story reprinted everywhere, a licence footer) is not expanded into all its
    pairs: each of its articles is compared with the earliest few and with the one before it, and a pair's
    Jaccard is computed exactly wherever heavy shingles could change it. The cost follows the number of
    articles, not its square."""
    from scipy.sparse import coo_matrix, triu

    n = len(articles)
    vocabulary: dict[str, int] = {}
    shingles = [_shingles(a, vocabulary) for a in articles]
    sizes = np.array([len(sh) for sh in shingles], dtype=np.int64)
    by_date = sorted(range(n), key=lambda i: (articles[i].date or "9999", articles[i].name))
    rank = np.empty(n, dtype=np.int64)
    rank[by_date] = np.arange(n)
    if n < 2 or not sizes.sum():
        return []
    owner = np.repeat(np.arange(n), sizes)
    _, posting, count = np.unique(np.concatenate(shingles), return_inverse=True, return_counts=True)
    posting = posting.ravel()
    light = count[posting] <= HEAVY
    # pairs sharing light shingles, with how many: the upper triangle of (articles x shingles) times its transpose
    m = coo_matrix(
        (np.ones(int(light.sum()), dtype=np.int32), (owner[light], posting[light])), shape=(n, len(count))
    ).tocsr()
    shared = triu(m @ m.T, k=1).tocoo()
    pair_i, pair_j, inter = shared.row.astype(np.int64), shared.col.astype(np.int64), shared.data.astype(np.int64)
    # heavy shingles: each member against the earliest ANCHORS members and the member before it (by rank)
    heavy = np.bincount(owner[~light], minlength=n)
    hp, ho = posting[~light], owner[~light]
    order = np.lexsort((rank[ho], hp))
    hp, ho = hp[order], ho[order]
    starts = np.flatnonzero(np.r_[True, hp[1:] != hp[:-1]])
    start_of = np.repeat(starts, np.diff(np.r_[starts, len(hp)]))  # per member, where its shingle's run starts
    pos = np.arange(len(hp)) - start_of
    links = [np.stack([ho[1:][pos[1:] > 0], ho[:-1][pos[1:] > 0]], axis=1)]  # the member before
    for a in range(ANCHORS):
        anchor = start_of + a
        ok = (pos > a) & (anchor < len(hp))
        links.append(np.stack([ho[ok], ho[np.minimum(anchor, len(hp) - 1)][ok]], axis=1))
    linked = np.concatenate(links)
    linked = np.unique(np.sort(linked, axis=1), axis=0) if len(linked) else linked
    code = pair_i * n + pair_j
    extra = linked[:, 0] * n + linked[:, 1]
    extra = np.setdiff1d(extra, code)
    pair_i = np.concatenate([pair_i, extra // n])
    pair_j = np.concatenate([pair_j, extra % n])
    inter = np.concatenate([inter, np.zeros(len(extra), dtype=np.int64)])
    source = np.array([a.source for a in articles], dtype=object)
    keep = source[pair_i] != source[pair_j]
    pair_i, pair_j, inter = pair_i[keep], pair_j[keep], inter[keep]
    size = sizes[pair_i] + sizes[pair_j]
    both = (heavy[pair_i] > 0) & (heavy[pair_j] > 0)
    bound = inter + np.minimum(heavy[pair_i], heavy[pair_j])
    maybe = ~both | (bound >= min_jaccard * (size - bound))  # else: not a copy even if every heavy one were shared
    pair_i, pair_j, inter, size, both = pair_i[maybe], pair_j[maybe], inter[maybe], size[maybe], both[maybe]
    for x in np.flatnonzero(both):
        inter[x] = len(np.intersect1d(shingles[pair_i[x]], shingles[pair_j[x]], assume_unique=True))
    jac = inter / (size - inter)
    best: dict[int, tuple[int, float]] = {}  # copy -> (rank of its earliest original, similarity)
    for x in np.flatnonzero(jac >= min_jaccard):
        i, j = int(pair_i[x]), int(pair_j[x])
        first, second = (i, j) if rank[i] < rank[j] else (j, i)
        if second not in best or rank[first] < best[second][0]:
            best[second] = (int(rank[first]), round(float(jac[x]), 3))
    out = [(int(rank[c]), articles[c].name, articles[by_date[r]].name, sim) for c, (r, sim) in best.items()]
    return [item[1:] for item in sorted(out)]


def origin_groups(articles: Sequence[Article], copies: Sequence[tuple[str, str, float]]) -> dict[str, str]:
    """Article name → the key of its independent origin: its source, or the source group of its copies."""
    parent = {a.name: a.name for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for copy, original, _ in copies:
        parent[root(copy)] = root(original)
    members: dict[str, list[str]] = {}
    for a in articles:
        members.setdefault(root(a.name), []).append(a.name)
    by_name = {a.name: a for a in articles}
    out = {}
    for a in articles:
        group = members[root(a.name)]
        out[a.name] = a.source if len(group) == 1 else "syndicated:" + "+".join(sorted(by_name[n].source for n in group))
    return out
