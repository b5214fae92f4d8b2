"""Articles → syndication groups: the same wire story reprinted by several outlets is one source of evidence,
not several. Near-identical articles (word 5-gram Jaccard) from different sources are grouped; their sentences
are never paired with each other as if they were independent, and the report says which is a copy of which."""

from __future__ import annotations

import re
from typing import Sequence

from .records import Article

SHINGLE = 5
MIN_JACCARD = 0.5
HEAVY = 64  # a shingle in more articles than this is not expanded into all its pairs
ANCHORS = 4  # the earliest articles every member of a heavy posting is compared with


def _shingles(article: Article) -> set[int]:
    import zlib

    words = re.findall(r"\w+", " ".join(article.text[s:e] for s, e in article.spans).casefold())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def find_copies(articles: Sequence[Article], *, min_jaccard: float = MIN_JACCARD) -> list[tuple[str, str, float]]:
    """(copy, original, similarity) for near-identical articles of different sources: each copy once, against
    the earliest article it copies (dated first, then first by name).

    Only articles sharing a shingle are compared (an inverted index). A shingle found in more than HEAVY articles
    (a wire story reprinted everywhere, a licence footer) is not expanded into all its pairs: each of its
    articles is compared with the earliest few and with the one before it, and a pair's Jaccard is computed
    exactly wherever heavy shingles could change it. The cost follows the number of articles, not its square."""
    shingles = [_shingles(a) for a in articles]
    by_date = sorted(range(len(articles)), key=lambda i: (articles[i].date or "9999", articles[i].name))
    rank = {i: r for r, i in enumerate(by_date)}
    postings: dict[int, list[int]] = {}
    for i, sh in enumerate(shingles):
        for h in sh:
            postings.setdefault(h, []).append(i)
    shared: dict[tuple[int, int], int] = {}  # pair -> shingles shared through light postings
    heavy = [0] * len(articles)  # per article, how many of its shingles are heavy
    linked: set[tuple[int, int]] = set()  # pairs proposed by heavy postings
    for members in postings.values():
        if len(members) <= HEAVY:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    shared[(i, j)] = shared.get((i, j), 0) + 1
            continue
        ordered = sorted(members, key=rank.__getitem__)
        anchors = ordered[:ANCHORS]
        for pos, i in enumerate(ordered):
            heavy[i] += 1
            for j in anchors + ordered[max(0, pos - 1) : pos]:
                if j != i:
                    linked.add((min(i, j), max(i, j)))
    best: dict[int, tuple[int, float]] = {}  # copy -> (rank of its earliest original, similarity)
    for i, j in set(shared) | linked:
        if articles[i].source == articles[j].source:
            continue
        inter = shared.get((i, j), 0)
        size = len(shingles[i]) + len(shingles[j])
        if heavy[i] and heavy[j]:
            bound = inter + min(heavy[i], heavy[j])
            if bound < min_jaccard * (size - bound):
                continue  # even if every heavy shingle were shared the pair would not be a copy
            inter = len(shingles[i] & shingles[j])
        jac = inter / (size - inter)
        if jac >= min_jaccard:
            first, second = (i, j) if rank[i] < rank[j] else (j, i)
            if second not in best or rank[first] < best[second][0]:
                best[second] = (rank[first], round(jac, 3))
    out = [(rank[c], articles[c].name, articles[by_date[r]].name, sim) for c, (r, sim) in best.items()]
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
