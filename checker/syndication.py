"""Articles → syndication groups: the same wire story reprinted by several outlets is one source of evidence,
not several. Near-identical articles (word 5-gram Jaccard) from different sources are grouped; their sentences
are never paired with each other as if they were independent, and the report says which is a copy of which."""

from __future__ import annotations

import re
from typing import Sequence

from .records import Article

SHINGLE = 5
MIN_JACCARD = 0.5


def _shingles(article: Article) -> set[int]:
    import zlib

    words = re.findall(r"\w+", " ".join(article.text[s:e] for s, e in article.spans).casefold())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def find_copies(articles: Sequence[Article], *, min_jaccard: float = MIN_JACCARD) -> list[tuple[str, str, float]]:
    """(copy, original, similarity) for near-identical articles of different sources. The original is the one
    dated first (then the first by name). Only articles sharing a shingle are compared (an inverted index), so
    the cost follows the shared text, not the square of the number of articles."""
    shingles = [_shingles(a) for a in articles]
    by_date = sorted(range(len(articles)), key=lambda i: (articles[i].date or "9999", articles[i].name))
    rank = {i: r for r, i in enumerate(by_date)}
    postings: dict[int, list[int]] = {}
    for i, sh in enumerate(shingles):
        for h in sh:
            postings.setdefault(h, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in postings.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared[(i, j)] = shared.get((i, j), 0) + 1
    out = []
    for (i, j), inter in shared.items():
        if articles[i].source == articles[j].source:
            continue
        jac = inter / (len(shingles[i]) + len(shingles[j]) - inter)
        if jac >= min_jaccard:
            first, second = (i, j) if rank[i] < rank[j] else (j, i)
            out.append((rank[first], rank[second], articles[second].name, articles[first].name, round(jac, 3)))
    return [item[2:] for item in sorted(out)]


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
