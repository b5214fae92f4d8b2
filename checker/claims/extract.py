"""Sentences → Assertion: the atomic claims of each sentence (figures, dates and weekdays, places and directions,
stances), each with its holder, its actor where it has one, and its as-of time.

Claims are read per article (the article's date anchors « mardi » and « hier », and a pronoun holder « il a
ajouté » is the previous sentence's holder), and cached by the article's text, date and sentence split, so an
unchanged article is not read again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from ..compare.signals import NEGATED_STANCE, analyse, stop_words
from ..records import Article, Assertion, Sentence
from . import actors, figures, places, when

VERSION = 1  # cached claims are keyed by it and by the code and data that read them (see _reader_digest)

# How a stance or condition reads as a position of its actor; opposed positions cannot both hold.
POSITIONS = {
    "demand": "demands / sets conditions",
    "conditional": "demands / sets conditions",
    "unconditional": "sets no conditions",
    "tolerate": "tolerates / accepts",
    "refuse": "refuses / rejects",
    "support": "supports",
}
OPPOSED_POSITIONS = frozenset(
    {
        frozenset({"demands / sets conditions", "sets no conditions"}),
        frozenset({"demands / sets conditions", "tolerates / accepts"}),
        frozenset({"refuses / rejects", "tolerates / accepts"}),
        frozenset({"refuses / rejects", "supports"}),
    }
)
_NOMINAL = re.compile(r"^(?:exigence|demande|refus|soutien|condition|ultimatum|rejet|demand|refusal|support)", re.I)
# « les deux pays », "the three suspects": a determiner before a small count names things, it does not count them.
_REFERENCE = re.compile(r"\b(?:les|des|ces|leurs|nos|vos|aux|the|these|those|its|their|both|all)\s+$", re.I)
# A figure's place: « 80 000 manifestants à Paris », "12 dead in Gao" (a capitalised name right after the figure),
# or « À Paris, la CGU a compté 450 000 manifestants », "In Lyon, police counted …" (the place opens the sentence).
_SCOPE_FIRST = re.compile(r"^\s*(?:à|a|en|dans|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?([A-ZÀ-Ý][\w'’\-]+)\s*,", re.I)
_SCOPE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:à|au|en|dans|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?([A-ZÀ-Ý][\w'’\-]+)")


def _parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _as_of(text: str, reference: dt.date | None) -> str | None:
    day, hour = when.as_of(text, reference)
    if day is None:
        return None
    return f"{day}T{min(int(hour), 23):02d}" if hour is not None else day  # midnight closes its day: 23h


_ZERO = re.compile(r"\b(?:aucune?|nul(?:le)?|pas\s+un(?:e)?)\b(?=\s+\w)", re.I)  # « aucun soldat » counts 0
_GMT = re.compile(r"\b(?:GMT|UTC|TU)\b")
_CAPITALISED = re.compile(r"\b([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)*)")
_WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Counted things one toll calls by several names: « 40 victimes » is a toll of the dead.
_SAME_BASE = {"victims": "dead"}
_NOT_DISPUTED = ("age",)


def _zeros(text: str) -> str:
    """« aucun soldat » read as « 00000 soldat »: the same length, so spans stay true."""
    return _ZERO.sub(lambda m: "0" * len(m.group()), text)


def _located(text: str, before: int) -> list[str]:
    """The named places a location statement is about: the capitalised names of the nearest clause before it that
    names any (« les villages de Tiembara et de Sonkoro, dans la région de … »), function words aside."""
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[;:.!?]\s|,\s(?!et\b|and\b)", text[:before])]
    ends = [before] + [start for start, _ in reversed(bounds)]
    starts = [end for _, end in reversed(bounds)] + [0]
    for start, end in zip(starts, ends):
        names = []
        for m in _CAPITALISED.finditer(text, start, end):
            words = [w for w in (re.sub(r"^[LlDd]['’]", "", w) for w in m.group(1).split())
                     if w[:1].isupper() and w.lower() not in stop_words()]  # « L'épicentre » is no name
            if words:
                names.append(" ".join(words))
        if names:
            return names
    return []


def sentence_claims(
    sentence: Sentence, reference: dt.date | None, previous: actors.Who | None
) -> tuple[list[Assertion], actors.Who | None]:
    """The claims of one sentence, and the holder the next sentence's « il a ajouté » or « le mouvement »
    points back to."""
    text = sentence.text
    holder = actors.holder(text)
    said = holder if holder is not None and holder.key != actors.ANAPHOR else None  # named in this sentence
    if holder is not None and holder.key == actors.ANAPHOR:
        holder = previous
    elif holder is None and previous is not None and re.match(
        r"\s*(?:il|elle|ils|elles|he|she|they)\s+\w+", text, re.I
    ):
        holder = previous
    hedged = bool(analyse(text).hedges)  # analyse is cached: the stances below read it too
    mentions = when.mentions(text, reference)
    as_of = _as_of(text, reference)
    timed = any(w.kind in ("date", "weekday", "time", "relative") for w in mentions)
    common = dict(sentence=sentence.index, holder=holder.name if holder else None, as_of=as_of, timed=timed,
                  hedged=hedged)  # fmt: skip
    out: list[Assertion] = []
    for f in figures.figures(_zeros(text)):
        if not f.concept or f.concept.startswith(_NOT_DISPUTED):
            continue  # a number without a counted thing, or someone's age, is no claim a reviewer compares
        if said is not None and said.span[0] <= f.span[0] < said.span[1]:
            continue  # « une mère de quatre enfants, a témoigné » describes who speaks
        if _REFERENCE.search(text[: f.span[0]]) and f.low == f.high and f.low <= 12:
            continue  # « les deux pays », "the three suspects": naming things already counted, not a count
        scope = ""
        m = _SCOPE.match(text[f.span[1] :]) or _SCOPE_FIRST.match(text[: f.span[0]])
        if m:
            scope = actors.fold(m.group(1))
        base, _, whose = f.concept.partition(":")
        base = _SAME_BASE.get(base, base)
        out.append(
            Assertion(
                what="figure",
                key="|".join(("figure", base, f.unit, scope)),
                subject=(f.noun or f.concept) + (f" ({m.group(1)})" if scope else ""),
                value=f.value,
                span=f.span,
                low=f.low,
                whose=whose,
                high=f.high,
                **common,
            )
        )
    for w in mentions:
        if w.kind == "time" and w.hour is not None:
            zone = " UTC" if _GMT.search(text[w.span[1] : w.span[1] + 12]) else ""
            value = f"{int(w.hour) % 24:02d}:{round((w.hour % 1) * 60):02d}{zone}"
            out.append(Assertion(what="time", key="time", subject="time of day", value=value, span=w.span,
                                 low=w.hour, high=w.hour, **common))  # fmt: skip
            continue
        if w.kind not in ("date", "weekday") or not (w.first or w.weekday is not None):
            continue
        if not w.first or w.first.startswith("--"):
            continue  # a weekday or a day that cannot be placed on the calendar
        if said is not None and w.span[1] <= said.span[0] and w.span[0] < 40:
            continue  # « Mercredi matin, la protection civile faisait état de … »: when it was said, not a claim
        value = w.first if w.first == w.last or not w.last else f"{w.first}..{w.last}"
        if w.weekday is not None:
            value = f"{value or ''} ({_WEEKDAY_NAMES[w.weekday]})".strip()
        first, last = _parse_day(w.first), _parse_day(w.last or w.first)
        out.append(
            Assertion(
                what="date",
                key="date",
                subject="date",
                value=value,
                span=w.span,
                low=float(first.toordinal()) if first else None,
                high=float(last.toordinal()) if last else None,
                **common,
            )
        )
    for p in places.places(text):
        located = [name for name in _located(text, p.span[0]) if actors.fold(name) != actors.fold(p.region or p.anchor or "")]
        if p.region:
            for name in located:
                out.append(Assertion(what="place", key=f"region|{actors.fold(name)}", subject=f"region of {name}",
                                     value=p.region, span=p.span, **common))  # fmt: skip
            continue
        if p.anchor and (p.direction or p.distance_km):
            value = " ".join(x for x in ((f"{p.distance_km:g} km" if p.distance_km else ""), p.direction or "") if x)
            for thing in [f"|{actors.fold(n)}" for n in located] or [""]:
                out.append(
                    Assertion(what="place", key=f"place|{actors.fold(p.anchor)}{thing}",
                              subject=f"position from {p.anchor}", value=value, span=p.span, low=p.distance_km,
                              high=p.distance_km, **common)  # fmt: skip
                )
    out.extend(_stances(text, common))
    return out, holder if holder is not None else previous


def _stances(text: str, common: dict) -> list[Assertion]:
    sig = analyse(text)
    found: list[tuple[str, tuple[int, int]]] = []
    for st in sig.stances:
        kind = NEGATED_STANCE[st.kind] if st.negated else st.kind
        if st.kind == "demand" and st.negated:
            kind = "unconditional"
        if kind:
            found.append((kind, st.span))
    found += [("conditional", s) for s in sig.conditional]
    found += [("unconditional", s) for s in sig.unconditional]
    out = []
    seen: set[tuple[str, str]] = set()
    for kind, span in sorted(found, key=lambda x: x[1]):
        nominal = bool(_NOMINAL.match(text[span[0] : span[1]]))
        who = actors.actor_of(text, span[0], nominal=nominal)
        if who is None:
            continue  # a stance is only compared with the same actor's: without one it is no claim
        actor = actors.country(who.key)
        position = POSITIONS[kind]
        if (actor, position) in seen:
            continue
        seen.add((actor, position))
        out.append(
            Assertion(
                what="stance",
                key=f"stance|{actor}",
                subject=who.name,
                value=position,
                span=span,
                actor=actor,
                **common,
            )
        )
    return out


def article_claims(article: Article, sentences: Sequence[Sentence]) -> list[Assertion]:
    """Every claim of one article's sentences, in sentence order."""
    reference = _parse_day(article.date or article.date_inferred)
    out: list[Assertion] = []
    previous = None
    for s in sentences:
        found, previous = sentence_claims(s, reference, previous)
        out.extend(found)
    return out


def inferred_date(article: Article, sentences: Sequence[Sentence]) -> str | None:
    """An undated article is no older than the latest full date (with a year) its text names."""
    if article.date:
        return None
    days = [
        w.last or w.first
        for s in sentences
        for w in when.mentions(s.text, None)
        if w.kind == "date" and (w.last or w.first) and len(w.last or w.first) == 10
    ]
    return max(days) if days else None


@lru_cache(maxsize=1)
def _reader_digest() -> str:
    """A hash of the modules and data that read claims: an upgraded checker never serves stale cached claims."""
    package = Path(__file__).resolve().parent
    files = sorted(package.glob("*.py")) + sorted((package.parent / "data").glob("*"))
    files.append(package.parent / "compare" / "signals.py")
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\x00" + f.read_bytes())
    return digest.hexdigest()[:16]


def _cache_key(article: Article, sentences: Sequence[Sentence]) -> str:
    spans = ",".join(f"{s.start}:{s.end}" for s in sentences)
    raw = f"claims-v{VERSION}-{_reader_digest()}\x00{article.date}\x00{article.date_inferred}\x00{spans}\x00{article.text}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _to_row(a: Assertion, first_index: int) -> dict:
    row = asdict(a)
    row["sentence"] -= first_index
    return row


def _from_row(row: dict, first_index: int) -> Assertion:
    row = dict(row)
    row["sentence"] += first_index
    row["span"] = tuple(row["span"])
    return Assertion(**row)


def extract(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    *,
    cache=None,
    progress: Callable[[int, int], None] | None = None,
    reader: Callable[[list[tuple[Article, list[Sentence]]]], list[list[Assertion]]] | None = None,
) -> list[Assertion]:
    """The claims of all sentences, article by article, read from the cache where the article is unchanged.
    `reader` reads a batch of (article, sentences) elsewhere (the Ray engine's workers)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    todo = [(a, by_article.get(a.name, [])) for a in articles]
    keys = [_cache_key(a, ss) for a, ss in todo]
    cached = cache.get_claims(keys) if cache is not None and hasattr(cache, "get_claims") else {}
    missing = [i for i, k in enumerate(keys) if k not in cached]
    fresh: dict[int, list[Assertion]] = {}
    batch = [todo[i] for i in missing]
    if batch:
        results = reader(batch) if reader else [article_claims(a, ss) for a, ss in batch]
        for i, found in zip(missing, results):
            fresh[i] = found
    if cache is not None and hasattr(cache, "put_claims") and fresh:
        cache.put_claims(
            {keys[i]: [_to_row(a, todo[i][1][0].index) for a in found] for i, found in fresh.items() if todo[i][1]}
        )
    out: list[Assertion] = []
    for i, (article, ss) in enumerate(todo):
        if i in fresh:
            out.extend(fresh[i])
        elif ss:
            out.extend(_from_row(row, ss[0].index) for row in cached[keys[i]])
        if progress:
            progress(i + 1, len(todo))
    return out
