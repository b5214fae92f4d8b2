"""Format the JSON lines of `checker bench --seeds --articles 200 1000 --json` as the README's markdown tables.

    checker bench --seeds --articles 200 1000 --json > bench.jsonl && python scripts/bench_table.py bench.jsonl
"""

from __future__ import annotations

import json
import sys


def main(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    name = lambda r: "seeds (5 articles)" if r.get("corpus") else f"{r['articles']} articles ({r['french_articles']} French)"  # noqa: E731
    print("| corpus | sentences | cold s | warm s | +10 articles s | embed stage sent/s | plain encode sent/s | "
          "embed / plain | pairs / sentence | findings | points | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {name(r)} | {r['sentences']} | {r['seconds']} | {r['warm_seconds']} | {r.get('added_seconds', '–')} | "
              f"{r['embed_sentences_per_s']} | {r['plain_encode_sentences_per_s']} | {r['embed_vs_plain']}× | "
              f"{r['candidate_pairs_per_sentence']} | {r['findings']} | {r.get('points', '–')} | {r['peak_rss_mb']} |")
    print()
    stages = list(rows[0]["stages"])
    print("| stage | " + " | ".join(f"{name(r)} cold / warm s" for r in rows) + " |")
    print("| --- | " + " | ".join("---:" for _ in rows) + " |")
    for st in ["ingest", "sentences", "claims", "embeddings", "neighbours", "topics", "pairs", "compare", "points"]:
        if st in stages:
            print(f"| {st} | " + " | ".join(f"{r['stages'].get(st, 0)} / {r['warm_stages'].get(st, 0)}" for r in rows) + " |")
    print()
    for r in rows:
        print(f"{name(r)}: cosine to fp32 min {r['cosine_to_fp32_min']}, mean {r['cosine_to_fp32_mean']}")


if __name__ == "__main__":
    main(sys.argv[1])
