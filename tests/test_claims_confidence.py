"""How sure the checker says it is about an item: the shipped confidence model, read the same way when a run
builds its items and when training reads them back from a report, and the order it gives the reviewer."""

from __future__ import annotations

import json

import pytest

from checker.claims import confidence as cf
from checker.claims.points import build_points
from checker.records import Article, Assertion, Sentence
from checker.render.jsonout import _point


def _run(rows):
    """rows: (article, language, key, text, value, low, high, holder) → the items of one run."""
    articles, sentences, assertions = {}, [], []
    for i, (name, language, key, text, value, low, high, holder) in enumerate(rows):
        articles.setdefault(name, Article(path=name, name=name, source=name.split(".")[0], text=text,
                                          spans=((0, len(text)),), date="2026-05-13", language=language))  # fmt: skip
        sentences.append(Sentence(index=i, article=name, source=name.split(".")[0], start=0, end=len(text), text=text))
        what = key.split("|")[0]
        assertions.append(Assertion(sentence=i, what=what, key=key, subject=key, value=value, span=(0, 5), low=low,
                                    high=high, holder=holder, as_of="2026-05-13T09", timed=True))  # fmt: skip
    found = list(articles.values())
    return build_points(assertions, sentences, found, {a.name: a.name for a in found}, lambda i, j: 0.5), found


TOLL = "figure|dead||"
DAY = "date|#quake"
ROWS = [
    ("a.md", "fr", TOLL, "Le séisme a fait 52 morts, selon la protection civile.", "52", 52, 52, "la protection civile"),
    ("b.md", "fr", TOLL, "Le séisme a fait 61 morts, selon la protection civile.", "61", 61, 61, "la protection civile"),
    ("c.md", "en", TOLL, "The quake killed 75 people, civil protection said.", "75", 75, 75, "civil protection"),
    ("d.md", "en", TOLL, "The quake killed 61 people, civil protection said.", "61", 61, 61, "civil protection"),
    ("e.md", "fr", TOLL, "Le bilan est de 80 morts, selon la protection civile.", "80", 80, 80, "la protection civile"),
    ("a.md", "fr", DAY, "Le séisme a eu lieu le 12 mai.", "2026-05-12", 20585, 20585, None),
    ("b.md", "fr", DAY, "Le séisme a eu lieu le 11 mai.", "2026-05-11", 20584, 20584, None),
]  # fmt: skip


def test_a_toll_five_outlets_dispute_in_two_languages_comes_before_a_day_two_outlets_give():
    points, _ = _run(ROWS)
    disputed = [p for p in points if p.kind != "agreement"]
    assert [p.what for p in disputed] == ["figure", "date"]  # the likelier discrepancy is read first
    toll, day = disputed
    assert 0.0 < day.score < toll.score < 1.0


def test_the_confidence_of_an_item_is_the_same_read_back_from_its_json():
    # training reads items from the reports (scripts/train_confidence.py): it must see what the run saw
    points, articles = _run(ROWS)
    languages = {a.name: a.language for a in articles}
    for p in points:
        if p.kind == "agreement":
            continue
        shape = cf.shape_of_json(json.loads(json.dumps(_point(p))), languages)
        assert cf.features(shape) == cf.features(
            cf.shape_of(p.kind, p.what, p.pairs, [(c.article, bool(c.holder), c.value) for c in p.claims], languages))
        assert round(cf.confidence(shape), 4) == p.score


def test_the_shipped_model_is_plain_numbers_with_its_command_and_scores():
    data = json.loads(cf.MODEL.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == cf.FEATURES and len(data["coefficients"]) == len(cf.FEATURES)
    assert data["command"].startswith("python scripts/train_confidence.py")
    assert data["cross_validation"]["roc_auc"] > 0.5 and data["cross_validation"]["stories"] >= 5


def test_a_model_fitted_on_other_features_is_refused_with_the_command_that_retrains_it(tmp_path):
    stale = tmp_path / "item_confidence.json"
    stale.write_text(json.dumps({"features": ["log_claims"], "coefficients": [1.0], "intercept": 0.0}))
    shape = cf.Shape("conflict", "figure", ("conflict",), ("a.md", "b.md"), (False, False), ("fr", "fr"), ("40", "52"))
    with pytest.raises(ValueError, match="train_confidence.py"):
        cf.confidence(shape, stale)
