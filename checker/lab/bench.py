"""`checker bench`: the whole pipeline on a corpus of real sentences at a requested size, timed per stage.

The corpus is built from text the repo ships (the seeds, DACCORD and RTE3-FR in French, then the English NLI
pairs when French runs out), as articles of ~25 sentences from 40 outlets. The pipeline runs cold (empty
embedding cache, model already built), then warm; the plain `SentenceTransformer.encode` of the same sentences
with the same model (fp32, default settings) is timed in the same run for the ratio.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCES_PER_ARTICLE = 25
OUTLETS = 40


def sentence_pool() -> list[str]:
    """Unique real sentences: French first (seeds, DACCORD, RTE3-FR), then English NLI."""
    from ..ingest import ingest
    from .labelled import read_labelled
    from ..segment import segment

    seen: set[str] = set()
    pool: list[str] = []

    def add(text: str) -> None:
        text = " ".join(text.split())
        if len(text.split()) >= 5 and text not in seen:
            seen.add(text)
            pool.append(text)

    articles, _ = ingest([ROOT / "seeds"])
    for s in segment(articles):
        add(s.text)
    french = [ROOT / "data/daccord/daccord-dev.tsv", ROOT / "data/rte3-fr/rte3-fr-dev.tsv"]
    for path in french:
        d = read_labelled(path)
        for text in d.premise + d.hypothesis:
            add(text)
    for path in sorted((ROOT / "data/nli-en").glob("*/*.tsv.gz")):
        d = read_labelled(path)
        for text in d.premise + d.hypothesis:
            add(text)
    return pool


ADDED = 10  # articles added to the cached corpus for the incremental timing


MIN_SENTENCES_PER_ARTICLE = 10


def sentences_per_article(articles: int, pool: list[str]) -> int:
    """SENTENCES_PER_ARTICLE, or fewer when the shipped sentences run out (10,000 articles of 25 sentences would
    need 250,000 distinct ones; the repo ships about 142,000): every sentence stays distinct, never repeated."""
    per = min(SENTENCES_PER_ARTICLE, len(pool) // (articles + ADDED))
    if per < MIN_SENTENCES_PER_ARTICLE:
        most = len(pool) // MIN_SENTENCES_PER_ARTICLE - ADDED
        raise ValueError(f"only {len(pool)} distinct sentences shipped; ask for at most {most} articles")
    return per


def held_back(articles: int) -> list[int]:
    """The ADDED articles of a corpus of articles + ADDED kept for the incremental timing: spread evenly over it,
    so the new articles are of the same text as the rest (the pool runs from French to English collections) and
    land between existing ones, as a desk's new articles on a story do."""
    total = articles + ADDED
    return [int((i + 0.5) * total / ADDED) for i in range(ADDED)]


def build_corpus(
    folder: Path, articles: int, pool: list[str], first: int = 0, per: int = SENTENCES_PER_ARTICLE,
    only: list[int] | None = None, skip: frozenset[int] = frozenset(),
) -> int:  # fmt: skip
    """Write `articles` files of `per` pool sentences each (numbered from `first`; `only` these numbers, none of
    `skip`); returns the French article count."""
    if (first + articles) * per > len(pool):
        raise ValueError(f"only {len(pool)} distinct sentences shipped; ask for fewer articles")
    french = 0
    for k in only if only is not None else range(first, first + articles):
        if k in skip:
            continue
        chunk = pool[k * per : (k + 1) * per]
        body = "\n".join(chunk)
        (folder / f"a{k:05d}.txt").write_text(
            f"---\nsource: Outlet {k % OUTLETS:02d}\ndate: 2025-{1 + k % 12:02d}-{1 + k % 28:02d}\n---\n{body}\n",
            encoding="utf-8",
        )
        french += any(ch in body for ch in "éèàç")
    return french


def _remove(folder: Path, numbers: list[int]) -> None:
    for k in numbers:
        (folder / f"a{k:05d}.txt").unlink(missing_ok=True)


_PER_TEXT = ("vectors", "splits", "claims", "parses", "languages")  # the cache's tables keyed by what was read


def _rows_of(cache_path: Path) -> dict[str, set[str]]:
    import sqlite3

    if not cache_path.exists():
        return {}
    with sqlite3.connect(cache_path) as db:
        return {t: {k for (k,) in db.execute(f"SELECT key FROM {t}")} for t in _PER_TEXT}


def _forget(cache_path: Path, rows: dict[str, set[str]]) -> None:
    import sqlite3

    with sqlite3.connect(cache_path) as db:
        for table, keys in rows.items():
            db.executemany(f"DELETE FROM {table} WHERE key = ?", [(k,) for k in sorted(keys)])


def _reset_peak_rss() -> None:
    """Linux: reset the process's peak RSS, so each size is measured on its own in one bench run."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _proc_mb(path: str, field: str) -> float | None:
    """A kB field of a /proc file (« VmHWM: 2048 kB ») in MB, None where Linux does not give it."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024.0
    except (OSError, ValueError):
        pass
    return None


def _pss_mb(pid: int) -> float:
    """A process's proportional set size: its private pages plus its share of pages it shares (Linux)."""
    return _proc_mb(f"/proc/{pid}/smaps_rollup", "Pss") or 0.0


def _tree_pss_mb() -> float:
    """The memory this process and its children hold together: each page once (PSS summed)."""
    me = os.getpid()
    pids = [me]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == me:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return sum(_pss_mb(pid) for pid in pids)


class _TreeMemory:
    """Samples `_tree_pss_mb` every half second while the split and the parse run: their worker processes
    (workers.py) are forked and share the main process's pages, so neither the main process's peak nor the sum
    of the workers' RSS says what the machine holds; the summed PSS does."""

    def __init__(self):
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._thread = None

    def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, _tree_pss_mb())
            if self._stop.wait(0.5):
                return


def _peak_rss_mb() -> float:
    peak = _proc_mb("/proc/self/status", "VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


COSINE_SAMPLE = 500


def run(
    articles: int,
    *,
    scorer_name: str = "rules",
    backend: str = "auto",
    plain: bool = True,
    folder: Path | None = None,
    keep: Path | None = None,
    repeat: int = 1,
) -> dict:
    """Time the pipeline on `articles` generated articles, or on an existing `folder` of articles. `keep`: a
    folder where the generated corpus and its cache stay between bench runs (a 10,000-article cache takes 40
    minutes to fill: a re-measure of the warm and incremental runs need not pay it again); the first run is then
    cold only for what the kept cache does not hold, and says so (`cache_kept`). `repeat`: the warm run, the ten
    articles added and the ten taken out again are run that many times (each addition paying its own reading
    again), and the run of median time is reported, beside every run's total: one run on a shared machine moves by
    a second either way."""
    from ..compare.factory import get_scorer
    from ..config import DEFAULT
    from ..embedding.cache import EmbeddingCache
    from ..embedding.factory import make_embedder
    from ..pipeline import check

    _reset_peak_rss()
    embedder = make_embedder(DEFAULT.model, backend)
    embedder._load()  # built and loaded beforehand: the benchmark times the pipeline, not the one-off build
    result: dict = {"articles": articles, "scorer": scorer_name, "embedder": embedder.name}
    with tempfile.TemporaryDirectory() as tmp:
        generated = folder is None
        home = Path(tmp) if keep is None else keep / f"bench-{articles}"
        result["cache_kept"] = keep is not None and (home / "cache.sqlite").exists()
        if generated:
            folder = home / "corpus"
            folder.mkdir(parents=True, exist_ok=True)
            pool = sentence_pool()
            per = sentences_per_article(articles, pool)
            result["sentences_per_article"] = per
            later = held_back(articles)
            _remove(folder, later)  # (a kept corpus left by a stopped run)
            result["french_articles"] = build_corpus(folder, articles + ADDED, pool, per=per, skip=frozenset(later))
        else:
            result["articles"] = len([p for p in folder.iterdir() if p.is_file()])
            result["french_articles"] = result["articles"]
            result["corpus"] = str(folder)
        scorer = get_scorer(scorer_name)

        def timed(cache_path: Path, tree: _TreeMemory | None = None) -> tuple[dict, object]:
            marks: dict[str, list[float]] = {}
            rows: list[int] = []

            def progress(stage: str, done: int, total: int) -> None:
                now = time.perf_counter()
                if tree is not None and stage in ("sentences", "claims"):
                    tree.start()  # the reading stages, where worker processes run
                elif tree is not None:
                    tree.stop()
                marks.setdefault(stage, [now, now])[1] = now
                if stage == "neighbours":
                    rows.append(total)  # the last total: similarity rows computed this run (state/graph.py)

            cache = EmbeddingCache(cache_path)
            t0 = time.perf_counter()
            report = check([folder], embedder=embedder, scorer=scorer, cache=cache, progress=progress)
            total = time.perf_counter() - t0
            cache.close()
            # Each stage from the end of the one before to its own end, so the stages add up to the total (what
            # runs between two progress reports, such as loading the kept state, counts in the stage after it).
            stages, previous = {}, marks["sentences"][0]
            stages["ingest"] = round(previous - t0, 2)  # reading files: up to the first stage
            for name, (_, end) in sorted(marks.items(), key=lambda kv: kv[1][0]):
                if name != "files":
                    stages[name] = round(end - previous, 2)
                    previous = end
            if tree is not None:
                tree.stop()
            return {"seconds": round(total, 2), "stages": stages, "rows": rows[-1] if rows else 0}, report

        cache_path = home / "cache.sqlite"
        reading = _TreeMemory()
        cold, report = timed(cache_path, reading)
        warms, addeds, removeds = [], [], []
        for _ in range(max(repeat, 1)):
            warms.append(timed(cache_path)[0])
            if not generated:
                continue
            build_corpus(folder, articles + ADDED, pool, per=per, only=later)  # new articles: only they should cost
            before = _rows_of(cache_path)
            added, added_report = timed(cache_path)
            after = _rows_of(cache_path)
            addeds.append(added)
            _remove(folder, later)  # and taken out again: what a desk dropping articles pays
            removeds.append(timed(cache_path)[0])
            # the cache forgets what the new articles brought, so the next repeat (or bench run) pays it again
            _forget(cache_path, {table: after[table] - before.get(table, set()) for table in after})
        warm = _median_run(warms)
        if generated:
            added, removed = _median_run(addeds), _median_run(removeds)
            result["added_articles"] = ADDED
            result["added_seconds"] = added["seconds"]
            result["added_stages"] = added["stages"]
            result["added_rows_computed"] = added["rows"]
            result["added_new_sentences"] = len(added_report.sentences) - len(report.sentences)
            result["removed_seconds"] = removed["seconds"]
            result["removed_stages"] = removed["stages"]
            result["removed_rows_computed"] = removed["rows"]
            if repeat > 1:
                result["repeats"] = repeat
                result["warm_seconds_runs"] = [r["seconds"] for r in warms]
                result["added_seconds_runs"] = [r["seconds"] for r in addeds]
                result["removed_seconds_runs"] = [r["seconds"] for r in removeds]
                result["added_stages_runs"] = [r["stages"] for r in addeds]
        n = len(report.sentences)
        result.update(
            sentences=n,
            seconds=cold["seconds"],
            sentences_per_s=round(n / cold["seconds"], 1),
            stages=cold["stages"],
            embed_sentences_per_s=round(n / max(cold["stages"].get("embeddings", 1e-9), 1e-9), 1),
            warm_seconds=warm["seconds"],
            warm_stages=warm["stages"],
            rows_computed=cold["rows"],
            warm_rows_computed=warm["rows"],
            candidate_pairs=report.candidate_pairs,
            candidate_pairs_per_sentence=round(report.candidate_pairs / max(n, 1), 2),
            findings=len(report.findings),
            points=len(report.points),
            topics=len(report.topics),
        )
        result["peak_rss_mb"] = round(_peak_rss_mb(), 1)  # the pipeline's own peak, before the plain model loads
        # The split and the parse of a big corpus run in forked workers (workers.py), which the main process's
        # peak does not count: the whole process tree, sampled while they run, each shared page once.
        result["peak_with_workers_mb"] = round(max(result["peak_rss_mb"], reading.peak), 1)
        if plain:
            result.update(_plain_encode(embedder, [s.text for s in report.sentences]))
            result["embed_vs_plain"] = round(result["embed_sentences_per_s"] / result["plain_encode_sentences_per_s"], 2)
            result["pipeline_vs_plain"] = round(result["sentences_per_s"] / result["plain_encode_sentences_per_s"], 2)
    return result


def _median_run(runs: list[dict]) -> dict:
    """The run of median total time (the lower middle one of an even number): its stages add up to its total."""
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]


def _plain_encode(embedder, texts: list[str]) -> dict:
    """Time the plain fp32 `SentenceTransformer.encode` (default settings) of the same sentences, and compare a
    deterministic sample of the pipeline's vectors with fp32 ones: the ranking must not change."""
    import numpy as np
    from sentence_transformers import SentenceTransformer

    from ..embedding.e5build import default_model_path
    from ..embedding.quiet import quiet_loading

    with quiet_loading():
        st = SentenceTransformer(str(default_model_path()), device="cpu")
    t0 = time.perf_counter()
    reference = st.encode(texts)
    secs = time.perf_counter() - t0
    sample = sorted(np.random.default_rng(0).choice(len(texts), size=min(COSINE_SAMPLE, len(texts)), replace=False))
    ours = embedder.encode([texts[i] for i in sample])
    ref = reference[sample] / np.linalg.norm(reference[sample], axis=1, keepdims=True)
    cosines = np.einsum("ij,ij->i", ours, ref)
    return {
        "plain_encode_seconds": round(secs, 2),
        "plain_encode_sentences_per_s": round(len(texts) / secs, 1),
        "cosine_to_fp32_min": round(float(cosines.min()), 4),
        "cosine_to_fp32_mean": round(float(cosines.mean()), 4),
    }


def format_table(result: dict) -> str:
    lines = [
        f"articles {result['articles']} ({result['french_articles']} French) · sentences {result['sentences']} · "
        f"scorer {result['scorer']} · embedder {result['embedder']}",
        f"cold: {result['seconds']} s ({result['sentences_per_s']} sentences/s) · warm: {result['warm_seconds']} s",
        "stage         cold s   warm s  +new s  -new s   cold ms/article",
    ]
    if result.get("cache_kept"):
        lines.insert(1, "(cache kept from an earlier bench run: the first run is cold only for what it did not hold)")
    added, removed = result.get("added_stages", {}), result.get("removed_stages", {})
    for stage, secs in result["stages"].items():
        per = 1000.0 * secs / max(result["articles"], 1)
        lines.append(f"{stage:<12} {secs:>7}  {result['warm_stages'].get(stage, 0):>7} {added.get(stage, '–'):>7}"
                     f" {removed.get(stage, '–'):>7}   {per:>9.2f}")  # fmt: skip
    if "sentences_per_article" in result and result["sentences_per_article"] != SENTENCES_PER_ARTICLE:
        lines.append(f"(articles of {result['sentences_per_article']} sentences: the shipped text runs out at "
                     f"{SENTENCES_PER_ARTICLE} an article)")  # fmt: skip
    lines.append(f"similarity rows computed: cold {result.get('rows_computed', '–')}, warm "
                 f"{result.get('warm_rows_computed', '–')}, +new {result.get('added_rows_computed', '–')}")  # fmt: skip
    if result.get("repeats", 1) > 1:
        lines.append(f"medians of {result['repeats']} runs: warm {result['warm_seconds_runs']} s, +new "
                     f"{result['added_seconds_runs']} s, -new {result['removed_seconds_runs']} s")  # fmt: skip
    if "added_seconds" in result:
        lines.append(
            f"+{result['added_articles']} new articles ({result['added_new_sentences']} sentences) on the cached "
            f"corpus: {result['added_seconds']} s (warm {result['warm_seconds']} s); the same taken out again: "
            f"{result['removed_seconds']} s ({result['removed_rows_computed']} similarity rows computed)"
        )
    lines.append(
        f"candidate pairs {result['candidate_pairs']} ({result['candidate_pairs_per_sentence']} per sentence) · "
        f"findings {result['findings']} · points {result.get('points', 0)} · topics {result['topics']} · peak RSS {result['peak_rss_mb']} MB"
        f" (with the parse workers {result.get('peak_with_workers_mb', result['peak_rss_mb'])} MB)"
    )
    if "plain_encode_sentences_per_s" in result:
        lines.append(
            f"plain SentenceTransformer.encode: {result['plain_encode_sentences_per_s']} sentences/s · "
            f"pipeline embedding stage {result['embed_sentences_per_s']} sentences/s "
            f"(×{result['embed_vs_plain']}) · whole pipeline ×{result['pipeline_vs_plain']}"
        )
        lines.append(
            f"{result['embedder']} vs fp32 on {COSINE_SAMPLE} sentences: cosine min {result['cosine_to_fp32_min']}, "
            f"mean {result['cosine_to_fp32_mean']}"
        )
    return "\n".join(lines)


def main(
    articles: int, *, as_json: bool, scorer: str = "rules", plain: bool = True, folder: Path | None = None,
    backend: str = "auto", keep: Path | None = None, repeat: int = 1,
) -> int:
    result = run(articles, scorer_name=scorer, backend=backend, plain=plain, folder=folder, keep=keep, repeat=repeat)
    print(json.dumps(result, sort_keys=True) if as_json else format_table(result))
    return 0

