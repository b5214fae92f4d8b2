"""Format the JSON lines of `checker bench --seeds --articles 200 1000 --json` (and `--articles 10000 --json
--no-plain`) as the README's markdown tables.

    checker bench --seeds --articles 200 1000 --json > bench.jsonl && python scripts/bench_table.py bench.jsonl
"""

from __future__ import annotations

import json
import sys


def main(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    def name(r: dict) -> str:
        if r.get("corpus"):
            return "seeds (5 articles)"
        per = r.get("sentences_per_article", 25)
        return f"{r['articles']} articles ({r['french_articles']} French{'' if per == 25 else f', {per} sentences each'})"

    print("| corpus | sentences | cold s | warm s | +10 articles s | −10 articles s | rows computed cold / warm / +10 | embed stage sent/s | "
          "plain encode sent/s | pairs / sentence | findings | points | peak RSS MB | with parse workers MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        computed = f"{r.get('rows_computed', '–')} / {r.get('warm_rows_computed', '–')} / {r.get('added_rows_computed', '–')}"
        print(f"| {name(r)} | {r['sentences']} | {r['seconds']} | {r['warm_seconds']} | {r.get('added_seconds', '–')} | "
              f"{r.get('removed_seconds', '–')} | "
              f"{computed} | {r['embed_sentences_per_s']} | {r.get('plain_encode_sentences_per_s', '–')} | "
              f"{r['candidate_pairs_per_sentence']} | {r['findings']} | {r.get('points', '–')} | {r['peak_rss_mb']} | "
              f"{r.get('peak_with_workers_mb', '–')} |")
    print()
    print("| stage | " + " | ".join(f"{name(r)} cold / warm / +10 / −10 s (cold ms per article)" for r in rows) + " |")
    print("| --- | " + " | ".join("---:" for _ in rows) + " |")
    stages = ["ingest", "sentences", "claims", "embeddings", "neighbours", "topics", "pairs", "compare", "state", "points"]
    for st in stages:
        cells = []
        for r in rows:
            per = 1000.0 * r["stages"].get(st, 0) / max(r["articles"], 1)
            cells.append(f"{r['stages'].get(st, 0)} / {r['warm_stages'].get(st, 0)} / "
                         f"{r.get('added_stages', {}).get(st, '–')} / {r.get('removed_stages', {}).get(st, '–')} "
                         f"({per:.1f})")  # fmt: skip
        print(f"| {st} | " + " | ".join(cells) + " |")
    print()
    for r in rows:
        if "cosine_to_fp32_min" in r:
            print(f"{name(r)}: cosine to fp32 min {r['cosine_to_fp32_min']}, mean {r['cosine_to_fp32_mean']}")


if __name__ == "__main__":
    main(sys.argv[1])
