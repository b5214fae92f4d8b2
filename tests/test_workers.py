"""A big batch of spaCy work spread over processes gives what one process gives, in the same order: the same
sentence cuts and the same parse trees, so a cold run on a big corpus reports what a small run would."""

from __future__ import annotations

import pytest

from checker import workers
from checker.ingest import read_article
from checker.reading.parse import available, parse_all
from checker.segment import segment

from .conftest import write


def _square_all(xs: list[int]) -> list[int]:
    return [x * x for x in xs]


def test_processes_only_for_a_big_batch():
    assert workers.processes_for(10) == 1
    assert 1 <= workers.processes_for(50_000) <= workers.MAX_PROCESSES


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_chunks_come_back_in_order(monkeypatch, start):
    monkeypatch.setattr(workers, "processes_for", lambda n: 2)
    monkeypatch.setattr(workers, "start_method", lambda: start)  # spawn: how macOS and Windows start them
    items = list(range(2503))
    assert workers.map_chunks(_square_all, items) == [x * x for x in items]


_PARAGRAPHS = [
    "Le bilan s'élève à 2 012 morts, a indiqué jeudi la protection civile. M. Dupont a démenti. « Nous ne savons "
    "pas encore », a-t-il dit.",
    "Selon les organisateurs, 81.000 personnes ont défilé à Paris le 5 décembre. La police en a compté 65 000.",
    "The ministry said 1.28 million people had been displaced. Reuters could not verify the figure on Monday.",
    "Les secours ont retrouvé trois survivants. Dr. Martin, sur place, parle de 400 blessés dont 40 graves.",
]


def _same_both_ways(monkeypatch, run):
    one = run()
    monkeypatch.setattr(workers, "processes_for", lambda n: 2)
    return one, run()


def test_sentence_cuts_are_the_same_over_two_processes(tmp_path, monkeypatch):
    articles = []
    for n in range(30):
        body = "\n\n".join(_PARAGRAPHS[n % 4 :] + _PARAGRAPHS[: n % 4])
        path = write(tmp_path, f"a{n:02d}.md", f"---\nsource: S{n % 3}\n---\n{body}\n")
        articles.append(read_article(path))
    one, two = _same_both_ways(monkeypatch, lambda: [(s.article, s.start, s.end) for s in segment(articles)])
    assert one == two and len(one) > 100


@pytest.mark.skipif(not (available("fr") and available("en")), reason="spaCy models not installed")
def test_parses_are_the_same_over_two_processes(monkeypatch):
    items = [("en" if "ministry" in p else "fr", sentence + f" ({n})") for n in range(20) for p in _PARAGRAPHS
             for sentence in p.split(". ")]  # fmt: skip
    one, two = _same_both_ways(monkeypatch, lambda: [p.tokens for p in parse_all(items)])
    assert one == two and len(one) == len(items)
    assert {p.lang for p in parse_all(items[:8])} == {"fr", "en"}
