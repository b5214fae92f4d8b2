"""The fast embedding backend: multilingual-e5-small exported to ONNX, weights quantized to int8 (per channel),
run by ONNX Runtime with length-sorted batches.

Measured on the two-core machine (`checker bench`): 2.9-3.3× the plain fp32 `SentenceTransformer.encode`, with
embeddings at cosine ≥ 0.99 to fp32 (`checker bench` prints the sample check). Mean pooling and normalisation
are part of the exported graph, so the runtime needs only onnxruntime and the `tokenizers` library: no torch,
no transformers, which also keeps start-up and memory small.

The ONNX file is built once from the sentence-transformers folder (torch export, then ONNX Runtime's dynamic
quantization, then each token's activations given their own scale: rowquant.py, and the softmax NaN guards
that cannot change a vector taken out: graphtrim.py), written atomically with a completion marker next to it in
the cache. A sentence's vector depends on its own text only, not on the sentences
it is batched with (version 1 scaled the activations per batch, and did).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import ModelError
from ..fileio import build_folder_atomic, build_is_complete
from .e5build import default_model_path
from .graphtrim import drop_softmax_nan_guards
from .protocol import Progress
from .quiet import quiet_loading
from .rowquant import quantize_rows

FORMAT_VERSION = 5  # bump when the export recipe changes: the folder name and the cache key change with it
MARKER = "checker-build.json"
BACKEND = "onnx-int8"
PROMPT = "query: "  # e5 expects a role prefix; the sentence-transformers folder sets the same default prompt
MAX_TOKENS = 512


def onnx_folder(st_folder: Path) -> Path:
    return st_folder.parent / f"{st_folder.name}-{BACKEND}-v{FORMAT_VERSION}"


def is_complete(folder: Path) -> bool:
    return build_is_complete(folder, MARKER, FORMAT_VERSION, "model.onnx")


def build_onnx_folder(st_folder: Path, target: Path) -> Path:
    """Export the BERT encoder of `st_folder` with mean pooling and normalisation, quantize it to int8."""
    import shutil

    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import BertModel

    class Pooled(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    def fill(tmp: Path) -> None:
        with quiet_loading():  # transformers draws a "Loading weights" bar
            model = Pooled(BertModel.from_pretrained(str(st_folder)).eval())
        dummy = torch.ones(2, 8, dtype=torch.long)
        fp32 = tmp / "fp32.onnx"
        with torch.no_grad():
            torch.onnx.export(
                model,
                (dummy, dummy),
                str(fp32),
                input_names=["input_ids", "attention_mask"],
                output_names=["embedding"],
                dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                              "embedding": {0: "batch"}},
                opset_version=17,
                dynamo=False,
            )
        # Per-channel weights keep the vectors within cosine 0.99 of fp32; per-tensor ones (0.95) did not.
        quantize_dynamic(str(fp32), str(tmp / "dynamic.onnx"), weight_type=QuantType.QInt8, per_channel=True)
        fp32.unlink()
        model = onnx.load(str(tmp / "dynamic.onnx"))
        quantize_rows(model)  # each token its own scale: see rowquant.py
        drop_softmax_nan_guards(model)  # the same vectors, faster: see graphtrim.py
        onnx.save(model, str(tmp / "model.onnx"))
        (tmp / "dynamic.onnx").unlink()
        shutil.copy(st_folder / "tokenizer.json", tmp / "tokenizer.json")
        (tmp / MARKER).write_text(json.dumps({"format": FORMAT_VERSION, "from": st_folder.name}), encoding="utf-8")

    import logging
    import warnings

    loggers = [logging.getLogger("onnxruntime"), logging.getLogger()]
    levels = [lg.level for lg in loggers]
    for lg in loggers:  # the quantizer logs a pre-processing hint at WARNING on the root logger
        lg.setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer warnings about data-dependent branches fixed at export
        try:
            return build_folder_atomic(target, fill)
        finally:
            for lg, level in zip(loggers, levels):
                lg.setLevel(level)


# The build writes the fp32 export (about 470 MB) beside the cache and the quantizer a shape-inferred copy of it in
# the temporary folder; short of room, the copy is cut off and reads back as a corrupt model.
BUILD_NEEDS = 1_000_000_000


def _short_of_room(folder: Path) -> str | None:
    """Where the build would run out of disk, said as "N GB free in PLACE", or None when there is room."""
    import shutil
    import tempfile

    places = [folder.parent, Path(tempfile.gettempdir())]
    for place in places:
        try:
            free = shutil.disk_usage(place).free
        except OSError:
            continue
        if free < BUILD_NEEDS:
            return f"{free / 1e9:.1f} GB free in {place}"
    return None


def default_onnx_path() -> Path:
    st = default_model_path()
    folder = onnx_folder(st)
    if not is_complete(folder):
        short = _short_of_room(folder)
        if short:
            raise ModelError(f"building the {BACKEND} model needs about {BUILD_NEEDS / 1e9:.0f} GB of disk, {short}: "
                             "free some space and run again, or pass --backend torch")
        try:
            build_onnx_folder(st, folder)
        except ImportError as exc:  # pragma: no cover - a dependency
            raise ModelError(f"the {BACKEND} backend needs onnx and onnxruntime ({exc}); run `pip install -e .` "
                             "or pass --backend torch") from exc
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelError(_build_failed(folder, exc)) from exc
        except Exception as exc:  # the quantizer's protobuf DecodeError on a cut-off file is no builtin error
            if type(exc).__module__.split(".")[0] not in ("google", "onnx", "onnxruntime"):
                raise
            raise ModelError(_build_failed(folder, exc)) from exc
    return folder


def _build_failed(folder: Path, exc: BaseException) -> str:
    said = (str(exc).strip().splitlines() or [""])[0][:200]
    return (f"building the {BACKEND} model in {folder.parent} failed ({type(exc).__name__}: {said}); a full disk "
            "is the usual cause: free some space and run again, or pass --backend torch")


class OnnxEmbedder:
    """The default model through ONNX Runtime, int8. `name` differs from the fp32 model's, so the two never
    share cache entries."""

    def __init__(self, model_name: str, *, batch_size: int = 32, threads: int | None = None):
        self.name = f"{model_name}+{BACKEND}-v{FORMAT_VERSION}"
        self.batch_size = batch_size
        self.threads = threads  # None: $CHECKER_THREADS, else every core (up to 8), decided where it loads
        self._session = None
        self._tokenizer = None

    def _load(self):
        if self._session is None:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            folder = default_onnx_path()
            options = ort.SessionOptions()
            threads = self.threads or int(os.environ.get("CHECKER_THREADS") or min(os.cpu_count() or 1, 8))
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            # Threads that wait for work sleep instead of spinning: a spinning pool takes the cores from the run's
            # own thread (claims read while the encoder runs, embedding/ahead.py) and from other processes on a
            # shared machine, and the encoder then waits for its slowest thread; the vectors are the same.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self._session = ort.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
        return self._session

    def _tokenizer_loaded(self):
        """The tokenizer alone (the Ray driver needs it to form batches, not the model)."""
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            self._tokenizer = Tokenizer.from_file(str(default_onnx_path() / "tokenizer.json"))
            self._tokenizer.enable_truncation(MAX_TOKENS)
        return self._tokenizer

    @property
    def max_tokens(self) -> int:
        return MAX_TOKENS

    def groups(self, texts: Sequence[str]) -> list[np.ndarray]:
        """The positions of `texts` that encode() runs together, batch by batch. A text's vector does not depend
        on its batch beyond float rounding (activations are quantized token by token, rowquant.py); the Ray engine
        still sends these very batches to its workers, so its vectors are the local engine's bit for bit."""
        ids = self._token_ids(texts)
        return self._groups(ids)

    def _token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        return [e.ids for e in self._tokenizer_loaded().encode_batch([PROMPT + t for t in texts])]

    def _groups(self, ids: list[list[int]]) -> list[np.ndarray]:
        # Shortest first: each batch pads only to its own longest sentence. Ties keep input order (stable).
        order = np.argsort([len(x) for x in ids], kind="stable")
        return [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        session = self._load()
        dim = session.get_outputs()[0].shape[-1]
        out = np.zeros((len(texts), dim if isinstance(dim, int) else 384), dtype=np.float32)
        if not texts:
            return out
        ids = self._token_ids(texts)
        for number, rows in enumerate(self._groups(ids)):
            start = number * self.batch_size
            width = max(len(ids[r]) for r in rows)
            batch = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for k, r in enumerate(rows):
                batch[k, : len(ids[r])] = ids[r]
                mask[k, : len(ids[r])] = 1
            out[rows] = session.run(None, {"input_ids": batch, "attention_mask": mask})[0]
            if progress:
                progress(min(start + self.batch_size, len(texts)), len(texts))
        return out
