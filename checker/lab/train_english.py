"""Stage 1 of `checker train`: the e5 cross-encoder on English NLI, in rounds, checkpointed and resumable.

The shared paths and constants of both stages are here too.

The whole recipe, in order (`checker.lab.train`):

    checker train english   # stage 1: e5 cross-encoder on English NLI (checkpoints, resumes after a stop)
    checker train french    # stage 2: grouped CV on DACCORD-dev, stacking, calibration, final fit, RTE3-FR report
    checker train all       # both
    checker train stack     # refit only the stacker on the saved fold predictions (minutes)

Checkpoints go to `runs/` (safetensors + JSON, no pickle). The result is written to
`checker/models/contradiction.safetensors` (cross-encoder delta) and `checker/models/contradiction.json`
(stacker weights, calibration, training data, command and cross-validation scores).
"""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

import numpy as np

from .labelled import read_labelled

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
RUNS = ROOT / "runs"
MODELS = Path(__file__).resolve().parents[1] / "models"

SEED = 13
TRAINABLE_LAYERS = 6
# English rounds, each one epoch over its own pairs, a later round starting from the previous one's weights. Per
# file: the number of pairs drawn (seeded) from the rows earlier rounds did not use; 0 = all of them.
ENGLISH_ROUNDS = [
    {
        "nli-en/mnli_train_20k/mnli_train_20k.tsv.gz": 0,
        "nli-en/cad_snli/cad_snli.tsv.gz": 3000,
        "nli-en/cannot_negation/cannot_negation.tsv.gz": 2000,
    },
]
# Tried on 2026-11-22 and not shipped: a second round of 20,000 pairs (MNLI dev 10,000, CAD-SNLI 5,000, CANNOT
# 3,000, Breaking-NLI 2,000) moved DACCORD grouped-CV AUC from 0.706 to 0.711 (cross-encoder alone 0.708 ->
# 0.709) and RTE3-FR F1 from 0.167 to 0.189, within noise, while the seeds' reference conflict fell from first
# to third place behind 001 vs 002. Append it here to train it again.
# Also tried on 2026-11-22/23 and not shipped: all 12 layers trainable on 50,000 English pairs (MNLI 20k, SNLI 15k,
# CAD 8k, CANNOT 5k, Breaking 2k) with bf16 autocast and length-bucketed batches (2-3x faster), then the same
# French stage: MNLI dev three-way accuracy 0.639 -> 0.682, but DACCORD grouped-CV AUC 0.706 -> 0.694 stacked
# (cross-encoder alone 0.708 -> 0.714) and the seeds' reference conflict fell to third. Code in the history
# (commit "Tried: all 12 encoder layers trainable, …").
EN_BATCH, EN_LR, EN_CHECKPOINT_EVERY = 32, 3e-5, 40


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _english_pairs(number: int) -> tuple[list[str], list[str], np.ndarray]:
    """Round `number`'s pairs, shuffled. Earlier rounds' draws are replayed so no pair is seen twice."""
    used: dict[str, np.ndarray] = {}
    for r, mix in enumerate(ENGLISH_ROUNDS[:number], 1):
        rng = np.random.default_rng(SEED if r == 1 else [SEED, r])
        prem, hyp, lab = [], [], []
        for rel, take in mix.items():
            d = read_labelled(DATA / rel)
            free = np.setdiff1d(np.arange(len(d)), used.get(rel, np.zeros(0, dtype=int)))
            idx = np.sort(free[rng.choice(len(free), size=take, replace=False)]) if 0 < take < len(free) else free
            used[rel] = np.union1d(used.get(rel, np.zeros(0, dtype=int)), idx)
            prem += [d.premise[i] for i in idx]
            hyp += [d.hypothesis[i] for i in idx]
            lab += [int(d.label3[i]) for i in idx]
    order = rng.permutation(len(prem))
    return [prem[i] for i in order], [hyp[i] for i in order], np.array(lab)[order]


def _save_checkpoint(model, optimizer, step: int, path: Path) -> None:
    """Trainable weights and AdamW state as safetensors, progress as JSON; written then renamed."""
    import torch
    from safetensors.torch import save_file

    tensors = {f"param.{n}": p.detach().contiguous() for n, p in model.named_parameters() if p.requires_grad}
    state = optimizer.state_dict()
    for idx, st in state["state"].items():
        for key, value in st.items():
            tensors[f"opt.{idx}.{key}"] = (value if torch.is_tensor(value) else torch.tensor(value)).contiguous()
    tmp = path.with_suffix(".tmp")
    save_file(tensors, str(tmp), metadata={"step": str(step), "groups": json.dumps(state["param_groups"])})
    os.replace(tmp, path)


def _load_checkpoint(model, optimizer, path: Path) -> int:
    import torch
    from safetensors import safe_open
    from safetensors.torch import load_file

    tensors = load_file(str(path))
    with safe_open(str(path), framework="pt") as f:
        meta = f.metadata()
    own = dict(model.named_parameters())
    with torch.no_grad():
        for key, value in tensors.items():
            if key.startswith("param."):
                own[key[6:]].copy_(value)
    state: dict = {"state": {}, "param_groups": json.loads(meta["groups"])}
    for key, value in tensors.items():
        if key.startswith("opt."):
            _, idx, name = key.split(".", 2)
            state["state"].setdefault(int(idx), {})[name] = value
    optimizer.load_state_dict(state)
    return int(meta["step"])


def _lr_at(step: int, total: int, peak: float) -> float:
    warm = max(1, int(0.06 * total))
    if step < warm:
        return peak * (step + 1) / warm
    return peak * max(0.0, (total - step) / max(1, total - warm))


def train_english() -> Path:
    """Stage 1: three-way NLI on English pairs, round after round (ENGLISH_ROUNDS); each round resumes from its
    checkpoint. Returns the last round's weights."""
    previous = None
    for number, mix in enumerate(ENGLISH_ROUNDS, 1):
        previous = _english_round(number, mix, previous)
    return previous


def english_round_path(number: int) -> Path:
    return RUNS / ("english.safetensors" if number == 1 else f"english{number}.safetensors")


def _english_round(number: int, mix: dict, previous: Path | None) -> Path:
    import torch

    from ..compare.crossenc import MAX_LENGTH, build_model, load_delta, save_delta

    torch.manual_seed(SEED + number - 1)
    torch.set_num_threads(os.cpu_count() or 2)
    RUNS.mkdir(exist_ok=True)
    done = english_round_path(number)
    if done.exists():
        log(f"english round {number} already done: {done}")
        return done
    prem, hyp, lab = _english_pairs(number)
    model, tok = load_delta(previous)[:2] if previous else build_model(TRAINABLE_LAYERS)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=EN_LR, weight_decay=0.01)
    total = math.ceil(len(prem) / EN_BATCH)
    ckpt = done.with_suffix(".ckpt.safetensors") if number > 1 else RUNS / "english.ckpt.safetensors"
    step = _load_checkpoint(model, opt, ckpt) if ckpt.exists() else 0
    log(f"english round {number}: {len(prem)} pairs, {total} steps, resuming at step {step}")
    model.train()
    t0, seen, correct, loss_sum = time.time(), 0, 0, 0.0
    while step < total:
        sl = slice(step * EN_BATCH, (step + 1) * EN_BATCH)
        enc = tok(prem[sl], hyp[sl], truncation=True, max_length=MAX_LENGTH, padding=True, return_tensors="pt")
        target = torch.tensor(lab[sl], dtype=torch.long)
        for group in opt.param_groups:
            group["lr"] = _lr_at(step, total, EN_LR)
        logits = model(enc["input_ids"], enc["attention_mask"])
        loss = torch.nn.functional.cross_entropy(logits, target)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad()
        step += 1
        seen += len(target)
        correct += int((logits.argmax(-1) == target).sum())
        loss_sum += float(loss) * len(target)
        if step % EN_CHECKPOINT_EVERY == 0 or step == total:
            _save_checkpoint(model, opt, step, ckpt)
            rate = seen / (time.time() - t0)
            log(f"english round {number} step {step}/{total} loss {loss_sum / seen:.3f} acc {correct / seen:.3f} "
                f"({rate:.1f} pairs/s)")  # fmt: skip
            t0, seen, correct, loss_sum = time.time(), 0, 0, 0.0
    save_delta(model, done, {"trainable_layers": TRAINABLE_LAYERS, "stage": f"english round {number}",
                             "pairs": len(prem), "mix": mix})  # fmt: skip
    log(f"english round {number} written to {done}")
    return done
