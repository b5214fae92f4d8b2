"""Pairs + judgements → Finding (conflicts) and Agreement (corroboration), ranked, with stable IDs."""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

import numpy as np

from .reading.signals import hedge_spans
from .records import Agreement, Article, Claim, Finding, Judgement, Pair, Sentence, Topic


# A section title (« Une approche diplomatique évolutive »): a few words and no closing punctuation. Two titles
# that match say nothing a reviewer can check, so they are left out of the agreements (never out of the findings:
# a headline can carry a claim that conflicts).
TITLE_MAX_WORDS = 6
_CLOSING = re.compile(r"[.!?…»\"”)]\s*$")


def is_title(text: str) -> bool:
    return len(text.split()) <= TITLE_MAX_WORDS and not _CLOSING.search(text)


def finding_id(a: Sentence, b: Sentence) -> str:
    """Stable across runs, run order and unrelated articles: a hash of the two claims and their articles only."""
    ends = sorted([(a.article, a.text), (b.article, b.text)])
    digest = hashlib.sha1("\x1f".join(f"{art}\x1e{text}" for art, text in ends).encode("utf-8")).hexdigest()
    return f"F-{digest[:10]}"


def claim(sentence: Sentence, article: Article) -> Claim:
    return Claim(
        source=sentence.source,
        article=sentence.article,
        date=article.date,
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        hedges=hedge_spans(sentence.text),
    )


def _topic_label(pair: Pair, topic_of: Sequence[int], topics: dict[int, Topic]) -> str:
    index = pair.topic if pair.topic is not None else topic_of[pair.a]
    return topics[index].label


def build_findings(
    pairs: Sequence[Pair],
    judgements: Sequence[Judgement],
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    topic_of: Sequence[int],
    topics: Sequence[Topic],
    *,
    threshold: float,
    keep: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Findings at or above `threshold`, plus any whose ID is in `keep` (already reviewed), strongest first
    (ties by ID, so the order is stable)."""
    by_name = {a.name: a for a in articles}
    by_index = {t.index: t for t in topics}
    out = []
    for pair, judgement in zip(pairs, judgements):
        if judgement.score < threshold and not keep:
            continue  # below the bar, and no reviewed ID to look for: no need to hash it
        sa, sb = sentences[pair.a], sentences[pair.b]
        fid = finding_id(sa, sb)
        if judgement.score < threshold and fid not in keep:
            continue
        out.append(
            Finding(
                id=fid,
                score=judgement.score,
                topic=_topic_label(pair, topic_of, by_index),
                similarity=round(pair.similarity, 4),
                claims=(claim(sa, by_name[sa.article]), claim(sb, by_name[sb.article])),
                reasons=judgement.reasons,
            )
        )
    out.sort(key=lambda f: (-f.score, f.id))
    return out


def build_agreements(
    pairs: Sequence[Pair],
    judgements: Sequence[Judgement],
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    topic_of: Sequence[int],
    topics: Sequence[Topic],
    *,
    min_similarity: float,
    limit: int,
    chosen: Sequence[Pair] | None = None,
) -> list[Agreement]:
    """The closest cross-source pairs with no conflict signal at all, section titles aside: what the sources
    agree on. `chosen`: those pairs (agreement_pairs), when the caller has them already."""
    by_name = {a.name: a for a in articles}
    by_index = {t.index: t for t in topics}
    if chosen is None:
        chosen = agreement_pairs(pairs, judgements, sentences, min_similarity=min_similarity, limit=limit)
    return [
        Agreement(
            similarity=round(p.similarity, 4),
            topic=_topic_label(p, topic_of, by_index),
            claims=(
                claim(sentences[p.a], by_name[sentences[p.a].article]),
                claim(sentences[p.b], by_name[sentences[p.b].article]),
            ),
        )
        for p in chosen
    ]


def agreement_pairs(
    pairs: Sequence[Pair], judgements: Sequence[Judgement], sentences: Sequence[Sentence], *, min_similarity: float,
    limit: int,
) -> list[Pair]:
    """The pairs build_agreements shows: the `limit` closest with no conflict signal, section titles aside."""
    titles: dict[int, bool] = {}

    def title(i: int) -> bool:
        if i not in titles:
            titles[i] = is_title(sentences[i].text)
        return titles[i]

    similarity = np.fromiter((p.similarity for p in pairs), dtype=np.float64, count=len(pairs))
    close = np.flatnonzero(similarity >= min_similarity)
    heads = np.fromiter((pairs[i].a for i in close.tolist()), dtype=np.int64, count=len(close))
    tails = np.fromiter((pairs[i].b for i in close.tolist()), dtype=np.int64, count=len(close))
    # closest first, then by (a, b): the pairs are walked in that order until `limit` are taken, so only those
    # looked at are checked (on a big corpus most candidate pairs are close)
    chosen: list[Pair] = []
    for i in close[np.lexsort((tails, heads, -similarity[close]))].tolist():
        if len(chosen) >= limit:
            break
        p, j = pairs[i], judgements[i]
        if j.score == 0.0 and not j.reasons and not (title(p.a) or title(p.b)):
            chosen.append(p)
    return chosen
