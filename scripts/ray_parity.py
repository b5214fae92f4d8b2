"""Does `--engine ray` give the local engine's report on a benchmark corpus? Cold runs of both, each with its own
fresh cache, then the digest and the JSON compared byte for byte; times printed.

    python scripts/ray_parity.py 200 1000        # corpus sizes in articles (checker bench's corpus)
    python scripts/ray_parity.py 1000 --address auto   # on a running Ray cluster

Exit code 0 when every size gives identical reports, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.compare.factory import get_scorer  # noqa: E402
from checker.config import DEFAULT  # noqa: E402
from checker.embedding.cache import EmbeddingCache  # noqa: E402
from checker.embedding.factory import make_embedder  # noqa: E402
from checker.lab.bench import build_corpus, sentence_pool, sentences_per_article  # noqa: E402
from checker.pipeline import check  # noqa: E402
from checker.render import jsonout, markdown  # noqa: E402


def one_run(folder: Path, cache: Path, engine: str, address: str | None) -> tuple[str, str, float]:
    embedder, scorer = make_embedder(DEFAULT.model, "auto"), get_scorer("rules")
    ray = None
    if engine == "ray":
        from checker.engine import RayEngine

        ray = RayEngine(embedder, scorer, address=address)
        embedder, scorer = ray.embedder, ray.scorer
    t0 = time.perf_counter()
    try:
        report = check([folder], embedder=embedder, scorer=scorer, cache=EmbeddingCache(cache),
                       claim_reader=ray.read_claims if ray else None)  # fmt: skip
    finally:
        if ray:
            ray.close()
    return markdown.render(report), jsonout.render(report), time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=int, nargs="+")
    parser.add_argument("--address", default=None, help="Ray cluster address (default: a local instance)")
    parser.add_argument("--keep", type=Path, default=None, help="write both reports here when they differ")
    args = parser.parse_args()
    pool = sentence_pool()
    same_everywhere = True
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            folder.mkdir()
            build_corpus(folder, n, pool, per=sentences_per_article(n, pool))
            digest_l, json_l, secs_l = one_run(folder, Path(tmp) / "local.sqlite", "local", None)
            digest_r, json_r, secs_r = one_run(folder, Path(tmp) / "ray.sqlite", "ray", args.address)
        same = digest_l == digest_r and json_l == json_r
        same_everywhere &= same
        if not same and args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name, text in (("local.md", digest_l), ("ray.md", digest_r), ("local.json", json_l), ("ray.json", json_r)):
                (args.keep / f"{n}-{name}").write_text(text, encoding="utf-8")
        short = lambda text: hashlib.sha256(text.encode()).hexdigest()[:12]  # noqa: E731
        print(f"{n} articles: local {secs_l:.1f} s, ray {secs_r:.1f} s; digest {short(digest_l)} / {short(digest_r)}, "
              f"JSON {short(json_l)} / {short(json_r)}: {'identical' if same else 'DIFFERENT'}")  # fmt: skip
    return 0 if same_everywhere else 1


if __name__ == "__main__":
    sys.exit(main())
