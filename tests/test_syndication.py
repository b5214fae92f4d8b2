"""Syndicated copies: a wire story reprinted by many outlets is found, each copy listed once against the
earliest article, and text that only a licence footer shares is not a copy."""

from __future__ import annotations

import random

from checker.records import Article
from checker.syndication import HEAVY, find_copies, origin_groups

FOOTER = "Cet article est publié sous licence et toute reproduction est interdite sans l'accord de la rédaction."


def _words(seed: int, n: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(f"mot{rng.randrange(3000)}" for _ in range(n)) + "."


def _article(i: int, body: str, day: int) -> Article:
    text = body + "\n\n" + FOOTER
    return Article(f"a{i}", f"a{i:03d}.txt", f"Source {i}", text, ((0, len(text)),), date=f"2025-03-{day:02d}")


def test_each_copy_is_listed_once_against_the_earliest_article():
    wire = _words(1)
    arts = [_article(0, wire, 5), _article(1, wire + " Mis à jour.", 3), _article(2, wire, 7), _article(3, _words(2), 1)]
    copies = find_copies(arts)
    assert [(c, o) for c, o, _ in copies] == [("a000.txt", "a001.txt"), ("a002.txt", "a001.txt")]
    groups = origin_groups(arts, copies)
    assert groups["a000.txt"] == groups["a001.txt"] == groups["a002.txt"] != groups["a003.txt"]


def test_a_story_reprinted_everywhere_is_found_without_listing_every_pair():
    wire = _words(7)
    n_copies = HEAVY + 20  # every shingle of the wire story is in more than HEAVY articles
    arts = [_article(i, wire, 1 + i % 28) for i in range(n_copies)]
    arts += [_article(n_copies + k, _words(100 + k), 2) for k in range(HEAVY + 5)]  # share only the footer
    copies = find_copies(arts)
    earliest = min(arts[:n_copies], key=lambda a: (a.date, a.name)).name
    assert len(copies) == n_copies - 1
    assert {o for _, o, _ in copies} == {earliest}
    assert {c for c, _, _ in copies} == {a.name for a in arts[:n_copies]} - {earliest}
    groups = origin_groups(arts, copies)
    assert len({groups[a.name] for a in arts[n_copies:]}) == HEAVY + 5  # the footer makes nobody a copy
