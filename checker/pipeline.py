"""The whole check, one stage after another. The imports below are the architecture:

ingest → segment → claims → embed → neighbours → cluster → pair → compare → findings → points → Report

The claims ledger reads each sentence's figures, dates, places and stances (with holder, actor and as-of time)
beside the sentence pairs, and lays claims about one thing out as points; the sentence-pair findings are then
kept for what the points do not carry (stances of one actor, denials, negation).

With a cache, the corpus-wide stages (neighbours, clusters, pair judgements) start from what the last run on the
same corpus kept (state/) and compute only what the added, edited or removed articles touch; the report is the
one a cold run gives.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .claims.extract import (dated_to_the_day, day_mentions, extract, inferred_date, last_dated_day, named_days_of,
                             story_week, story_window)
from .claims.points import build_points
from .claims.screen import fold_into_items, screen_findings
from .cluster import (build_topics, cluster_labels, relatedness, relatedness_matrix, relative_threshold,
                      stable_baseline)
from .compare.protocol import PairInput, Scorer, judge_in_batches
from .compare.rules import judge_one
from .reading.signals import OPPOSED_FACETS, analyse, facets
from .config import DEFAULT, Config
from .embedding.cache import EmbeddingCache, embed
from .embedding.protocol import Embedder
from .errors import InputError
from .findings import agreement_pairs, build_agreements, build_findings, finding_id
from .ingest import ingest
from .pair import cross_source_pairs, origin_codes
from .records import Article, Report, Skipped
from .segment import segment
from .state.graph import row_key
from .state.kept import Kept
from .syndication import find_copies, origin_groups

StageProgress = Callable[[str, int, int], None]  # (stage, done, total)
COMPARE_CHUNK = 5000


def _names(paths: Sequence[Path]) -> str:
    return ", ".join(str(p) for p in paths)


def _shown_topics(pairs, judgements, sentences, topic_of, threshold, agreeing, keep) -> set[int]:
    """The topics a finding or an agreement of this run is in (findings.build_findings, build_agreements): only
    they are named, the c-TF-IDF of every topic of a big corpus being most of the topics stage."""
    shown = [p for p, j in zip(pairs, judgements) if j.score >= threshold or (keep and finding_id(sentences[p.a], sentences[p.b]) in keep)]
    shown += agreeing
    return {p.topic if p.topic is not None else topic_of[p.a] for p in shown}


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector off for the run, as it was after: a run builds a few hundred thousand records that
    live to its end (pairs, judgements, claims), and each full collection walks them all again, a fifth of a
    warm run's time at 1,000 articles; the run leaves next to no cyclic garbage (a few hundred objects), which
    the collector takes once it is back on. Reference counting still frees everything else at once."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def check_articles(
    articles: Sequence[Article],
    skipped: Sequence[Skipped],
    *,
    embedder: Embedder,
    scorer: Scorer,
    config: Config = DEFAULT,
    cache: EmbeddingCache | None = None,
    progress: StageProgress | None = None,
    where: str = "the input",
    keep_ids: frozenset[str] = frozenset(),
    claim_reader=None,
) -> Report:
    """Run every stage after ingest on articles already read. `claim_reader` reads the claims of a batch of
    articles elsewhere (the Ray engine's workers); by default they are read here."""
    report = progress or (lambda stage, done, total: None)
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        more = f" ({reasons})" if reasons else ""
        raise InputError(f"no usable article in {where}{more}; give .txt, .md or .html articles from at least two sources")
    report("sentences", 0, len(articles))
    sentences = segment(
        articles, min_words=config.min_words, cache=cache, progress=lambda d, t: report("sentences", d, t)
    )
    report("sentences", len(articles), len(articles))
    with_sentences = {s.article for s in sentences}
    empty = [a for a in articles if a.name not in with_sentences]
    if empty:
        skipped = list(skipped) + [
            Skipped(a.path, f"no sentence of {config.min_words} words or more; nothing to compare") for a in empty
        ]
        articles = [a for a in articles if a.name in with_sentences]
        if not articles:
            raise InputError(f"no sentence of {config.min_words} words or more in {where}; are these articles?")
    sources = sorted({a.source for a in articles})
    if len(sources) < 2:
        raise InputError(
            f"need articles from at least two sources to compare; got 1 ({sources[0]}) with sentences in {where}: "
            "add another outlet's article, or give each file its own `source:` in front matter"
        )
    by_article: dict[str, list] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    mentioned = {a.name: day_mentions(by_article.get(a.name, [])) for a in articles if not dated_to_the_day(a)}
    named = {name: named_days_of(days) for name, days in mentioned.items()}
    window = story_window([a.date for a in articles if a.date], [d for days in named.values() for d in days])
    if window is not None:  # days named without their year, placed in the story's span
        named = {name: named_days_of(days, window) for name, days in mentioned.items()}
    until = last_dated_day([a.date for a in articles if a.date])
    week = story_week([a.date for a in articles if a.date])
    articles = [_with_inferred_date(a, named.get(a.name, ()), window, until, week) for a in articles]
    report("claims", 0, len(articles))
    assertions = extract(
        articles, sentences, cache=cache, progress=lambda d, t: report("claims", d, t), reader=claim_reader,
        window=window,
    )
    report("claims", len(articles), len(articles))
    copies = find_copies(articles)
    origin = origin_groups(articles, copies)
    if len(set(origin.values())) < 2:
        raise InputError(
            f"the articles in {where} are copies of one story ({', '.join(sorted(a.name for a in articles))}); "
            "need independent articles from at least two sources"
        )
    texts = [s.text for s in sentences]
    keys = [row_key(s) for s in sentences]
    kept = Kept(cache, embedder.name, where)  # what the last run on this corpus left (state/)
    report("embeddings", 0, len(texts))

    def encode(rows: list[int]):
        return embed([texts[i] for i in rows], embedder, cache=cache, progress=lambda d, t: report("embeddings", d, t))

    # on the grid: exact cosines, the same whichever block computes them (neighbours.on_grid); kept rows' vectors
    # come from the state in one piece
    vectors = kept.vectors(keys, encode)
    report("embeddings", len(texts), len(texts))

    baseline = stable_baseline(vectors, [s.article for s in sentences], keys)
    topic_threshold = relative_threshold(baseline, config.topic_margin)
    origins = [origin[s.article] for s in sentences]
    graph = kept.graph(
        keys,
        origins,
        origin_codes(origins),
        vectors,
        k=config.pool,
        link_threshold=topic_threshold,
        progress=lambda d, t: report("neighbours", d, t),
    )
    near = graph.near
    report("topics", 0, 1)
    labels = cluster_labels(
        vectors,
        threshold=topic_threshold,
        components=near.components,
        memo=kept.clusters(keys),
        near=(near.index, near.similarity),
    )
    report("topics", 1, 1)

    report("pairs", 0, 1)
    facet_names = kept.facets(keys, texts, lambda t: ",".join(sorted(facets(analyse(t)))))
    pairs = cross_source_pairs(
        sentences,
        vectors,
        labels,
        threshold=relative_threshold(baseline, config.pair_margin),
        neighbours=config.neighbours,
        facets=_facet_sets(facet_names),
        opposed=frozenset(OPPOSED_FACETS),
        facet_threshold=baseline,
        origins=origins,
        near=near,
    )
    report("pairs", 1, 1)
    known = kept.judged(scorer, baseline, keys).recall(pairs)  # the last run's judgements of the same pairs
    todo = [i for i in range(len(pairs)) if i not in known]
    inputs = [
        PairInput(
            a=sentences[pairs[i].a].text,
            b=sentences[pairs[i].b].text,
            similarity=pairs[i].similarity,
            relatedness=relatedness(pairs[i].similarity, baseline),
        )
        for i in todo
    ]
    report("compare", 0, len(inputs))
    # A pairwise scorer is fed in chunks so the progress bar moves; one that weighs pairs against each other
    # (the trained scorer's cascade) gets them all at once, never recalled.
    chunk = COMPARE_CHUNK if getattr(scorer, "pairwise", False) else max(len(inputs), 1)
    fresh = judge_in_batches(scorer, inputs, chunk, lambda done: report("compare", done, len(inputs)))
    known.update(zip(todo, fresh))
    judgements = [known[i] for i in range(len(pairs))]
    report("compare", len(inputs), len(inputs))

    topic_of = [int(x) for x in labels]
    agreement_min = relative_threshold(baseline, config.agreement_margin)
    agreeing = agreement_pairs(pairs, judgements, sentences, min_similarity=agreement_min, limit=config.max_agreements)
    topics = build_topics(sentences, labels, named=_shown_topics(pairs, judgements, sentences, topic_of, config.threshold, agreeing, keep_ids))
    findings = build_findings(
        pairs, judgements, sentences, articles, topic_of, topics, threshold=config.threshold, keep=keep_ids
    )
    agreements = build_agreements(
        pairs,
        judgements,
        sentences,
        articles,
        topic_of,
        topics,
        min_similarity=agreement_min,
        chosen=agreeing,
        limit=config.max_agreements,
    )
    report("points", 0, 1)
    # the candidate pairs between two sentences holding claims, the only ones the points use (a tenth of them)
    claimed = np.zeros(len(sentences), dtype=bool)
    claimed[[a.sentence for a in assertions]] = True
    heads = np.fromiter((p.a for p in pairs), dtype=np.int64, count=len(pairs))
    tails = np.fromiter((p.b for p in pairs), dtype=np.int64, count=len(pairs))
    both = claimed[heads] & claimed[tails]
    pair_set = frozenset(zip(heads[both].tolist(), tails[both].tolist()))

    closeness: dict[tuple[int, int], float] = {}
    rows = list(vectors)  # one view per sentence, made once instead of two per pair

    def related(i: int, j: int) -> float:
        """How related two sentences are, remembered: the points ask it for ~10^5 pairs, some twice. `ndarray.dot`
        of two rows is the same single-precision dot product as `@` (numpy's dot of two vectors), called faster."""
        r = closeness.get((i, j))
        if r is None:
            r = closeness[(i, j)] = relatedness(float(rows[i].dot(rows[j])), baseline)
        return r

    def related_block(at: Sequence[int]) -> np.ndarray:
        """`related` for every two of the sentence rows `at`, at once: one matrix product instead of a call a pair."""
        sub = vectors[list(at)]
        return relatedness_matrix(sub @ sub.T, baseline)

    def stance_score(i: int, j: int) -> float:
        sim = float(vectors[i] @ vectors[j])
        judged = judge_one(PairInput(texts[i], texts[j], sim, relatedness(sim, baseline)))
        return judged.score if any(r.kind in ("stance", "conditions") for r in judged.reasons) else 0.0

    def nearest_within(rows: Sequence[int], k: int) -> list[list[int]]:
        """For each of `rows`, the positions (in `rows`) of its k most similar other rows, in blocks."""
        sub = vectors[list(rows)]
        out: list[list[int]] = []
        for start in range(0, len(rows), 1024):
            sims = sub[start : start + 1024] @ sub.T
            for offset, row in enumerate(sims):
                row[start + offset] = -2.0
                top = np.argpartition(-row, min(k, len(row) - 1))[:k] if len(row) > 1 else []
                out.append(sorted(int(t) for t in top if row[t] > -2.0))
        return out

    origin_of_article = {a.name: origin[a.name] for a in articles}
    points = build_points(
        assertions,
        sentences,
        articles,
        origin_of_article,
        related,
        gates=config.gates,
        candidates=pair_set,
        stance_score=stance_score,
        nearest=nearest_within,
        max_agreements=config.max_agreements,
        memo=kept.edges(keys, origins, baseline),
        related_block=related_block,
    )
    sentence_of = {(s.article, s.start): s.index for s in sentences}
    screened, _ = screen_findings(findings, assertions, points, sentence_of, keep=keep_ids)
    shown = set(screened)  # a set: `not in` the list compared every finding with every one kept
    points = fold_into_items([f for f in findings if f not in shown], points, sentence_of)
    findings = screened
    report("points", 1, 1)
    kept.leave(
        facets=facet_names,
        baseline=baseline,
        pairs=pairs,
        judgements=judgements,
        asked=len(inputs),
        progress=lambda d, t: report("state", d, t),
    )
    warnings = [f"{a.name}: {line}" for a in articles for line in a.removed if "ignored" in line]
    per_source: dict[str, list[str]] = {}
    for a in articles:
        per_source.setdefault(a.source, []).append(a.name)
    for src, names in sorted(per_source.items()):
        if len(names) > 1:
            warnings.append(f"{src}: {len(names)} articles from this source ({', '.join(names)}); never compared with each other")
    split = {}
    for s in sentences:
        if s.part:
            split[s.article] = split.get(s.article, 0) + 1
    for name, n in sorted(split.items()):
        warnings.append(f"{name}: {n} pieces of over-long sentences (longer than the model reads at once) checked separately")
    return Report(
        articles=tuple(articles),
        skipped=tuple(skipped),
        sentences=tuple(sentences),
        topics=tuple(topics),
        findings=tuple(findings),
        agreements=tuple(agreements),
        points=tuple(points),
        candidate_pairs=len(pairs),
        below_threshold=sum(1 for j in judgements if 0.0 < j.score < config.threshold) - sum(
            1 for f in findings if f.score < config.threshold
        ),
        threshold=config.threshold,
        model=embedder.name,
        scorer=scorer.name,
        warnings=tuple(warnings),
        copies=tuple(copies),
    )


def _facet_sets(names: Sequence[str]) -> list[frozenset[str]]:
    """Each sentence's facets ("demand,deny" or "") as a set; one set per distinct string (most are empty)."""
    sets: dict[str, frozenset[str]] = {"": frozenset()}
    return [sets.get(f) or sets.setdefault(f, frozenset(f.split(","))) for f in names]


def _with_inferred_date(article: Article, days, window, until=None, week=None) -> Article:
    inferred = inferred_date(article, days, window, until)
    if inferred:
        article = replace(article, date_inferred=inferred)
    if week and not dated_to_the_day(article) and not inferred:  # (an inferred day is only a lower bound: tried as
        # the reference of its weekdays too, one conflict fewer and one compatible pair more flagged on development)
        article = replace(article, weekdays_from=week)
    return article


def check(
    paths: Sequence[Path],
    *,
    embedder: Embedder,
    scorer: Scorer,
    config: Config = DEFAULT,
    cache: EmbeddingCache | None = None,
    progress: StageProgress | None = None,
    keep_ids: frozenset[str] = frozenset(),
    claim_reader=None,
) -> Report:
    """Read the articles at `paths` and check them against each other. Findings whose IDs are in `keep_ids`
    (already reviewed) are kept even below the threshold."""
    with _no_cycle_collection():
        articles, skipped = ingest(paths, progress=(lambda d, t: progress("files", d, t)) if progress else None, cache=cache)
        return check_articles(
            articles,
            skipped,
            embedder=embedder,
            scorer=scorer,
            config=config,
            cache=cache,
            progress=progress,
            where=_names(paths),
            keep_ids=keep_ids,
            claim_reader=claim_reader,
        )
