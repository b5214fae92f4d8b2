"""How sure the checker is that an item holds a discrepancy a reader would mark: a logistic model over the item's
shape (how many outlets tell the thing, how its claims stand to each other, what kind of thing it is, whether its
claims are attributed, whether the outlets write in more than one language, how far apart its figures are). It
never reads the text.

The weights are plain numbers in checker/models/item_confidence.json, fitted on the real development stories' gold
by `python scripts/train_confidence.py data/realdev --calibrate own --check fresh` (which prints the scores it got;
README, "How good is it?"), the intercept then moved so that on stories the rules were never developed on (the own
held-out ones) the mean score is the share of items holding a reader's pair: an item's score is how likely an item
of that shape in a new story holds both sentences of a conflict or an update a reader would mark.
Agreements are not scored by it (what they show is not in dispute)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

MODEL = Path(__file__).resolve().parent.parent / "models" / "item_confidence.json"
WHATS = ("date", "time", "place", "name", "stance")  # one-hot against figures, the commonest
KINDS = ("dispute", "update")  # one-hot against conflicts
FEATURES = ("log_claims", "log_outlets", "share_disputed", "share_updates", "log_disputed", "log_updates",
            "share_attributed", "languages", "log_value_spread", *(f"what_{w}" for w in WHATS),
            *(f"kind_{k}" for k in KINDS))  # fmt: skip


@dataclass(frozen=True)
class Shape:
    """What the model reads of an item: its kind and what it is about, its marks' relations, and per claim the
    article, whether a holder is named, the article's language and the value as shown ("≥ 40", "54.8 %")."""

    kind: str
    what: str
    relations: tuple[str, ...]
    articles: tuple[str, ...]
    attributed: tuple[bool, ...]
    languages: tuple[str, ...]
    values: tuple[str, ...] = ()


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _spread(shape: Shape) -> float:
    """How many times its largest figure is its smallest, as a log: tolls a few apart are one count disputed, a
    thousandfold spread is more often two counts the words did not tell apart. 0 for other things."""
    if shape.what != "figure":
        return 0.0
    found = [float(m.group()) for m in map(_NUMBER.search, shape.values) if m]
    found = [x for x in found if x > 0]
    return math.log(max(found) / min(found)) if len(found) > 1 else 0.0


def features(shape: Shape) -> tuple[float, ...]:
    """The model's inputs, in the order of FEATURES."""
    n = max(1, len(shape.articles))
    marks = Counter(shape.relations)
    disputed = marks["conflict"] + marks["dispute"]
    total = max(1, sum(marks.values()))
    values = {
        "log_claims": math.log(n),
        "log_outlets": math.log(max(1, len(set(shape.articles)))),
        "share_disputed": disputed / total,
        "share_updates": marks["update"] / total,
        "log_disputed": math.log1p(disputed),
        "log_updates": math.log1p(marks["update"]),
        "share_attributed": sum(shape.attributed) / n,
        "languages": float(len({lang for lang in shape.languages if lang}) > 1),
        "log_value_spread": _spread(shape),
        **{f"what_{w}": float(shape.what == w) for w in WHATS},
        **{f"kind_{k}": float(shape.kind == k) for k in KINDS},
    }
    return tuple(values[name] for name in FEATURES)


def shape_of(kind: str, what: str, pairs: Sequence[tuple[int, int, str]],
             claims: Sequence[tuple[str, bool, str]], language_of: Mapping[str, str | None]) -> Shape:  # fmt: skip
    """The shape of an item from its marks (i, j, relation) and its claims (article, holder named?, value)."""
    return Shape(
        kind=kind,
        what=what,
        relations=tuple(rel for _, _, rel in pairs),
        articles=tuple(article for article, _, _ in claims),
        attributed=tuple(bool(held) for _, held, _ in claims),
        languages=tuple((language_of.get(article) or "")[:2].lower() for article, _, _ in claims),
        values=tuple(value for _, _, value in claims),
    )


def shape_of_json(item: Mapping, language_of: Mapping[str, str | None]) -> Shape:
    """The same shape read back from an item of a JSON report (training reads the reports of real stories)."""
    return shape_of(
        str(item.get("kind")),
        str(item.get("what")),
        [(int(p["a"]), int(p["b"]), str(p["relation"])) for p in item.get("pairs") or []],
        [(str(c.get("article")), bool(c.get("holder")), str(c.get("value") or "")) for c in item.get("claims") or []],
        language_of,
    )


@lru_cache(maxsize=4)
def _weights(path: Path = MODEL) -> tuple[tuple[float, ...], float]:
    """The model's coefficients in FEATURES order and its intercept. A file whose features differ from the code's
    was fitted for other inputs: an error, never a silent misreading."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError(f"{path}: fitted on features {names}, the code reads {FEATURES}; retrain it with `python "
                         f"scripts/train_confidence.py data/realdev --calibrate own --check fresh`")  # fmt: skip
    return tuple(float(w) for w in data["coefficients"]), float(data["intercept"])


def confidence(shape: Shape, path: Path = MODEL) -> float:
    """The probability, by the shipped model, that an item of this shape holds a discrepancy a reader marks."""
    weights, intercept = _weights(path)
    z = intercept + sum(w * x for w, x in zip(weights, features(shape)))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
