"""Shared fixtures: a deterministic fake embedder for stage tests, and the real model for the slow tests."""

from __future__ import annotations

import os
import re
import zlib
from pathlib import Path

import numpy as np
import pytest

# A reading the figure reader did not foresee leaves the sentence without figures, never crashes a user's run; the
# tests want a programming error to fail loudly instead (claims/figures.py).
os.environ.setdefault("CHECKER_STRICT", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class FakeEmbedder:
    """Bag of hashed word prefixes (crc32, never hash()): sentences sharing words are close. Deterministic."""

    name = "fake-bow-64"
    dim = 64

    def __init__(self):
        self.calls = 0

    def encode(self, texts, progress=None):
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, 0] = 1.0  # a shared component, like e5's narrow band
            for word in re.findall(r"\w+", text.lower()):
                if len(word) > 3:
                    out[i, 1 + zlib.crc32(word[:5].encode()) % (self.dim - 1)] += 1.0
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Three outlets; one demands, one tolerates; one agrees with the first on a date."""
    write(
        tmp_path,
        "alpha.txt",
        "Paris, 3 mars 2025 - Le gouvernement exige la fermeture immédiate de la centrale nucléaire de Fessenheim.\n"
        "La visite du ministre a eu lieu le 2 mars 2025 à Strasbourg devant les élus régionaux.\n"
        "Votre commentaire\n",
    )
    write(
        tmp_path,
        "beta.md",
        "---\nsource: Le Beta\ndate: 2025-03-04\n---\n"
        "Le gouvernement semble prêt à tolérer la centrale nucléaire de Fessenheim encore plusieurs années.\n\n"
        "La visite du ministre a eu lieu le 2 mars 2025 à Strasbourg devant les élus de la région.\n",
    )
    write(
        tmp_path,
        "gamma.txt",
        "Les agriculteurs de la vallée manifestent contre la sécheresse et le prix de l'eau cet été.\n",
    )
    return tmp_path


def reported_pairs(report):
    """Every pair of claims the report sets against each other, strongest item first: (item, claim, claim) for a
    finding's two claims and for each pair an item marks conflict or dispute."""
    out = []
    for f in report.findings:
        out.append((f, f.claims[0], f.claims[1]))
    for p in report.points:
        for i, j, rel in p.pairs:
            if rel in ("conflict", "dispute"):
                out.append((p, p.claims[i], p.claims[j]))
    return out


def reference_pair(report, first: str, second: str):
    """The strongest item (finding or ledger item) setting a claim whose text holds `first` against one holding
    `second`: (item, claim, claim), or None."""
    items = list(report.points) + list(report.findings)
    order = {id(x): n for n, x in enumerate(items)}
    found = [(item, a, b) if first in a.text else (item, b, a) for item, a, b in reported_pairs(report)
             if (first in a.text and second in b.text) or (first in b.text and second in a.text)]  # fmt: skip
    return min(found, key=lambda x: order[id(x[0])]) if found else None
