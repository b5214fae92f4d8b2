"""Run the checker CLI with the deterministic fake embedder (for subprocess tests)."""

import sys

import checker.embedding.factory as embed_mod
from checker.cli import main

from tests.conftest import FakeEmbedder

embed_mod.make_embedder = lambda *a, **k: FakeEmbedder()
sys.exit(main(sys.argv[1:]))
