"""The trained scorer: the French-tuned e5 NLI cross-encoder, both directions, stacked with the explainable
signals by a logistic regression fit on out-of-fold predictions. Its output is a calibrated probability of
contradiction; its reasons are the explainable ones plus what the cross-encoder said.

Shipped as `checker/models/contradiction.safetensors` (the cross-encoder's trained layers) and
`contradiction.json` (stacker weights, training data, command and cross-validation scores): no pickle.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Sequence

import numpy as np

from ..config import DEFAULT
from ..errors import ModelError
from ..records import Judgement, Reason
from .protocol import PairInput
from .rules import judge_one
from ..reading.signals import analyse, overlap

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
FEATURES = [
    "nli_contradiction_ab",
    "nli_contradiction_ba",
    "nli_contradiction_max",
    "nli_entailment_max",
    "nli_neutral_mean",
    "relatedness",
    "rule_score",
    "negation",
    "overlap",
    "numbers",
    "dates",
    "stance",
    "conditions",
    "hedged_sides",
    "length_ratio",
]
NLI_COLUMNS = 5  # the first five features come from the cross-encoder; the rest are cheap
CHEAP_FEATURES = FEATURES[NLI_COLUMNS:]
# The cross-encoder reads ~30 pairs/s on two cores. Above this many candidate pairs, a cheap stacker (the same
# features without the cross-encoder) ranks them and only the best go to the cross-encoder: a cascade.
MAX_MODEL_PAIRS = 1500


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def pair_features(a: str, b: str, cosine: float, relatedness: float, nli: np.ndarray) -> np.ndarray:
    """One row of FEATURES. `nli` holds the 3 probabilities a→b then the 3 of b→a."""
    # (without the denial signal: the shipped stacker and its cross-validated scores were fit on the rules' score
    # before it, and `checker.lab.train_french` refits on these same features)
    judgement = judge_one(PairInput(a, b, cosine, relatedness), denials=False)
    kinds = {r.kind for r in judgement.reasons}
    hedged = sum(1 for s in (analyse(a), analyse(b)) if s.hedges)
    return np.array(
        [
            _logit(nli[2]),
            _logit(nli[5]),
            _logit(max(nli[2], nli[5])),
            _logit(max(nli[0], nli[3])),
            _logit((nli[1] + nli[4]) / 2),
            relatedness,
            judgement.score,
            float("negation" in kinds),
            overlap(a, b),
            float("numbers" in kinds),
            float("dates" in kinds),
            float("stance" in kinds),
            float("conditions" in kinds),
            float(hedged),
            math.log((len(a) + 1) / (len(b) + 1)),
        ],
        dtype=np.float64,
    )


def fit_stacker(X: np.ndarray, y: np.ndarray, C: float = 0.5) -> dict:
    """Logistic regression, returned as plain JSON-able numbers. Continuous features are standardised; 0/1
    signals are not: a signal present in 2 % of the training pairs would be blown up fifty-fold by
    standardising, its weight with it, and saturate every pair that shows it (stance conflicts scored 0.98)."""
    from sklearn.linear_model import LogisticRegression

    binary = np.all((X == 0) | (X == 1), axis=0)
    mean = np.where(binary, 0.0, X.mean(axis=0))
    scale = np.where(binary, 1.0, X.std(axis=0))
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000)
    lr.fit((X - mean) / scale, y)
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "coef": lr.coef_[0].tolist(),
        "intercept": float(lr.intercept_[0]),
    }


def stacker_predict(stacker: dict, X: np.ndarray) -> np.ndarray:
    z = ((X - np.array(stacker["mean"])) / np.array(stacker["scale"])) @ np.array(stacker["coef"])
    z = z + stacker["intercept"]
    return 1.0 / (1.0 + np.exp(-z))


class TrainedScorer:
    """Cross-encoder + explainable signals, stacked and calibrated. Loads lazily on first use."""

    name = "trained"
    pairwise = False  # the cascade ranks all pairs of a batch before running the cross-encoder on the best
    # Its probability is calibrated on DACCORD, where half the pairs contradict; among a real folder's candidate
    # pairs far fewer do, and at 0.5 it reported some 30 findings a story (up to 84 items in one folder) for a few
    # more conflicts (4 in 11 development stories, 15 in the 46 own held-out). At 0.8 it reports the rules' rates
    # and no folder shows more than 15 items (README "How good is it?", twenty-seventh round).
    threshold = DEFAULT.trained_threshold

    def __init__(self, model_dir: Path = MODEL_DIR):
        self.model_dir = Path(model_dir)
        self._loaded = None

    def _load(self):
        if self._loaded is None:
            from .crossenc import load_delta

            meta_path = self.model_dir / "contradiction.json"
            if not meta_path.is_file():
                raise ModelError(f"{meta_path} is missing; rebuild it with `checker train all`")
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("features") != FEATURES:
                raise ModelError(f"{meta_path} was trained with other features; rebuild it with `checker train all`")
            model, tok, _ = load_delta(self.model_dir / "contradiction.safetensors")
            self._loaded = (model, tok, meta)
        return self._loaded

    @property
    def metadata(self) -> dict:
        return self._load()[2]

    def probabilities(self, pairs: Sequence[PairInput], max_model_pairs: int = MAX_MODEL_PAIRS):
        """(probability of contradiction, cross-encoder probabilities or NaN where the cascade skipped it)."""
        from .crossenc import predict

        model, tok, meta = self._load()
        n = len(pairs)
        nli = np.full((n, 6), np.nan)
        if n == 0:
            return np.zeros(0), nli
        X = np.vstack([pair_features(p.a, p.b, p.similarity, p.relatedness, np.full(6, 0.5)) for p in pairs])
        cheap = stacker_predict(meta["cheap_stacker"], X[:, NLI_COLUMNS:])
        chosen = np.arange(n) if n <= max_model_pairs else np.sort(np.argsort(-cheap, kind="stable")[:max_model_pairs])
        a = [pairs[i].a for i in chosen]
        b = [pairs[i].b for i in chosen]
        nli[chosen] = np.hstack([predict(model, tok, a, b), predict(model, tok, b, a)])
        probs = cheap.copy()
        for row, i in enumerate(chosen):
            X[i] = pair_features(pairs[i].a, pairs[i].b, pairs[i].similarity, pairs[i].relatedness, nli[i])
        probs[chosen] = stacker_predict(meta["stacker"], X[chosen])
        return probs, nli

    def judge(self, pairs: Sequence[PairInput]) -> list[Judgement]:
        probs, nli = self.probabilities(pairs)
        out = []
        for p, prob, row in zip(pairs, probs, nli):
            rules = judge_one(p)
            if np.isnan(row[0]):
                model_reason = Reason("model", "cross-encoder not run (ranked below the cascade's budget)", 0.0)
            else:
                model_reason = Reason(
                    "model",
                    f"NLI cross-encoder: contradiction {row[2]:.2f} (first→second), {row[5]:.2f} (second→first); "
                    f"entailment {max(row[0], row[3]):.2f}",
                    round(float(max(row[2], row[5])), 4),
                )
            reasons = [r for r in rules.reasons if r.kind != "hedge"] + [model_reason]
            reasons += [r for r in rules.reasons if r.kind == "hedge"]
            out.append(Judgement(round(float(prob), 4), tuple(reasons)))
        return out
