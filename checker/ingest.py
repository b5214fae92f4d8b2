"""Files → Article: read, decode, take front matter and dateline, join hard-wrapped lines, drop page furniture and
repeated paragraphs.

Every input file comes out either as an Article or as a Skipped record with the reason, so the report can
account for all of them.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from .errors import InputError
from .reading.signals import stop_words
from .records import Article, Skipped

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
LANGUAGES = ("fr", "en")  # what the segmenter, the signals and the scorer are built for
MIN_CHARS_FOR_LANGUAGE = 200  # shorter texts are too short to identify reliably: accepted as they are
OWN_FILES = {".checker-reviews.jsonl"}  # checker's own files kept beside the articles: not inputs
WESTERN_ENCODINGS = ("utf_8", "cp1252", "iso8859_15", "latin_1", "utf_16", "mac_roman", "cp850")

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

# A dateline opens the article: "Bamako, 16 septembre 2025 -", "16 septembre 2025 —", " date 2026-03-10".
_DATELINE_FR = re.compile(
    rf"^\s*(?:[A-ZÀ-Ý][\w'’\- ]{{0,40}},\s*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    rf"(\d{{1,2}})(?:er)?\s+({_MONTH_RE})\s+(\d{{4}})\s*(?:[-–—:]\s*|$)",
    re.IGNORECASE,
)
_DATELINE_ISO = re.compile(
    r"^\s*(?:date|publié le|published|mis à jour le|updated)\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b\s*", re.IGNORECASE
)

# Page furniture: lines that belong to the web page, not to the article.
_COMMENT_PROMPT = re.compile(
    r"^(?:votre commentaire|laisser un commentaire|laissez un commentaire|ajouter un commentaire|"
    r"\d+\s+commentaires?|commentaires?|réagir|réagissez|leave a (?:comment|reply)|\d+\s+comments?|comments?)"
    r"\s*:?$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(
    r"^(?:précédent|suivant|article précédent|article suivant|previous|next|previous article|next article|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|read also|read more|lire la suite|partager|share)"
    r"\s*:?$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:avec (?:les informations de|l['’]?afp|afp|reuters|agences?)\b.*|source\s*:.*|sources\s*:.*|"
    r"crédits? photo.*|photo\s*:.*|©.*)$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…»\"”)]\s*$")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(raw: bytes) -> str:
    """Bytes → text. Raises ValueError with the reason when the file is not text."""
    if b"\x00" in raw[:4096]:
        raise ValueError("binary file (contains NUL bytes), not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            from charset_normalizer import from_bytes
        except ImportError:  # pragma: no cover - charset-normalizer is a dependency
            raise ValueError("not UTF-8 text; save it as UTF-8") from None
        # French and English newsrooms: prefer a Western European reading of the bytes, or a short
        # Windows-1252 text is easily mistaken for a Baltic or Central European code page.
        results = list(from_bytes(raw))
        best = next((r for r in results if r.encoding in WESTERN_ENCODINGS), None)
        if best is None:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                if not results:
                    raise ValueError("not readable as text in any known encoding; save it as UTF-8") from None
                best = results[0]
        if best is not None:
            text = str(best)
    text = _normalise_newlines(text)
    clean = text.replace("\n", "").replace("\t", "").isprintable()  # one pass in C for the usual article
    printable = len(text) if clean else sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
    if text and printable / len(text) < 0.95:
        raise ValueError("mostly control characters, looks binary; save the article as plain text")
    return text


def parse_front_matter(text: str) -> tuple[dict, int, str | None]:
    """YAML front matter between `---` lines at the very top: (fields, offset where the body starts, warning)."""
    if not text.startswith("---\n"):
        return {}, 0, None
    end = text.find("\n---", 4)
    if end < 0:
        return {}, 0, "front matter opened with --- but never closed; read as plain text"
    after = text.find("\n", end + 4)
    body_start = len(text) if after < 0 else after + 1
    import yaml

    try:
        fields = yaml.load(text[4:end], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # libyaml: 10x
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        return {}, body_start, f"front matter is not valid YAML ({first}); ignored"
    if not isinstance(fields, dict):
        return {}, body_start, "front matter is not a mapping of fields; ignored"
    return {str(k).lower(): v for k, v in fields.items()}, body_start, None


def parse_dateline(line: str) -> tuple[str | None, int]:
    """(ISO date, length of the dateline prefix) from an article's first line, or (None, 0)."""
    m = _DATELINE_ISO.match(line)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return _iso(y, mo, d), m.end()
    m = _DATELINE_FR.match(line)
    if m:
        d, month, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        return _iso(y, month, d), m.end()
    return None, 0


def _iso(y: int, m: int, d: int) -> str | None:
    import datetime as dt

    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


# A line that ends mid-sentence: not on a full stop, a clause mark, a closing quote or bracket.
_OPEN_END = re.compile(r"[^.!?…:;»\"”)\]\s]\s*$")
# Lines of a hard-wrapped file (wire copy cut at 60 characters): so many ending mid-sentence on a next line in
# lower case (at least this many, and this share of the long lines) that every line ending mid-sentence goes on
# the next, whatever the next begins with ("rival\nAlgeria", "some\n40 business").
_HARD_WRAPPED = 4
_HARD_SHARE = 0.25
_QUOTE_END = re.compile(r"\w\s?[»”\"]\s*$")  # a line ending on a quotation closed right after a word
_WRAP_LINE = 30  # shorter lines (menus, captions: "search icon", "top logo") say nothing of the file's wrapping


def unwrap(text: str, start: int) -> str:
    """text with the line breaks that cut a sentence (a hard-wrapped paragraph) turned into spaces, so a wrapped
    paragraph is one paragraph; the same length, so every offset holds. A line is continued on the next when it
    ends mid-sentence on a comma or a function word (« qui », "the") and the next begins in lower case; in a
    hard-wrapped file, whenever it ends mid-sentence. A line ending on a closed quotation goes on when the next
    begins in lower case (« … s'est désintégré" ⏎ lors du choc »). A blank line always ends a paragraph; a headline
    (no final full stop) followed by a byline in lower case (« par X ») stays apart, ending on a content word."""
    lines = text[start:].split("\n")
    wraps = {i for i in range(len(lines) - 1) if _continues(lines[i], lines[i + 1])}
    lower = [line.lstrip()[:1].islower() for line in lines]  # lines that begin in lower case
    hard = sum(len(lines[i].strip()) >= _WRAP_LINE and lower[i + 1] for i in wraps)
    hard_wrapped = hard >= max(_HARD_WRAPPED, _HARD_SHARE * sum(len(line.strip()) >= _WRAP_LINE for line in lines))
    stops = stop_words()
    chars = list(text)
    pos = start
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        lower_next = lower[i + 1]
        if i in wraps:
            words = line.split()
            last = words[-1].casefold() if words else ""
            joined = hard_wrapped or lower_next and (line.rstrip().endswith(",") or last in stops)
        else:  # « a "heurté une montagne et s'est désintégré" ⏎ lors du choc »: a quotation the sentence goes on after
            joined = lower_next and bool(_QUOTE_END.search(line))
        if joined:
            chars[pos] = " "
        pos += 1
    return "".join(chars)


def _continues(line: str, following: str) -> bool:
    return bool(_OPEN_END.search(line)) and bool(following.strip()) and bool(line.strip())


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Non-empty lines of text[start:] as (start, end) spans with surrounding white space trimmed."""
    spans = []
    pos = start
    for line in text[start:].split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if e > s:
            spans.append((s, e))
        pos += len(line) + 1
    return spans


def _key(paragraph: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", paragraph).casefold().split())


def remove_furniture(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[str]]:
    """Drop comment prompts, previous/next navigation with its teaser headlines, credit lines, trailing
    signatures and repeated paragraphs. Returns the kept spans and one line per removal."""
    kept: list[tuple[int, int]] = []
    removed: list[str] = []
    seen: set[str] = set()
    skip_teaser = False
    for s, e in spans:
        line = text[s:e]
        if _NAVIGATION.match(line):
            removed.append(f"navigation: {line!r}")
            skip_teaser = True
            continue
        if skip_teaser:
            # The headline of another story that follows a previous/next link.
            skip_teaser = False
            if len(line) <= 200 and not _TERMINAL.search(line):
                removed.append(f"teaser of another story: {line[:60]!r}")
                continue
        if _COMMENT_PROMPT.match(line):
            removed.append(f"comment prompt: {line!r}")
            continue
        key = _key(line)
        if key in seen:
            removed.append(f"repeated paragraph: {line[:60]!r}")
            continue
        seen.add(key)
        kept.append((s, e))
    # Credit lines and short unpunctuated signatures at the end (e.g. "AK12", "Avec AFP").
    while kept:
        s, e = kept[-1]
        line = text[s:e]
        words = line.split()
        if _CREDIT.match(line) or (len(words) <= 3 and len(line) <= 40 and not _TERMINAL.search(line)):
            removed.append(f"trailing signature or credit: {line!r}")
            kept.pop()
            continue
        break
    return kept, removed


def read_article(path: Path, display: str | None = None, language_of=None) -> Article | Skipped:
    """One file → Article, or Skipped with the reason. Never raises for bad content. `language_of(text)` tells
    the language of a text without front-matter language (default: detect_language)."""
    display = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Skipped(display, f"cannot be read ({exc.strerror or exc}); check its permissions")
    if not raw.strip():
        return Skipped(display, "empty file")
    try:
        text = decode(raw)
    except ValueError as exc:
        return Skipped(display, str(exc))
    if path.suffix.lower() in HTML_SUFFIXES:
        extracted = html_article(text)
        if extracted is None:
            return Skipped(display, "web page with no article text found (menus and scripts only?)")
        text, fields = extracted
        body_start, removed = 0, ["web page: article text and metadata extracted, menus/scripts/comments dropped"]
    else:
        fields, body_start, warning = parse_front_matter(text)
        removed = [warning] if warning else []
    text = unwrap(text, body_start)
    spans = _paragraphs(text, body_start)
    date = None
    if spans:
        s, e = spans[0]
        date, prefix = parse_dateline(text[s:e])
        if prefix:
            removed.append(f"dateline: {text[s:s + prefix].strip()!r}")
            spans[0] = (s + prefix, e)
            spans = _paragraphs(text, spans[0][0])  # re-trim the first paragraph after its prefix
    spans, furniture = remove_furniture(text, spans)
    removed.extend(furniture)
    if not spans:
        return Skipped(display, "no article text (only page furniture or white space)")
    fm_date = fields.get("date")
    if fm_date is not None:
        parsed = _parse_any_date(str(fm_date))
        if parsed:
            date = parsed
        else:
            removed.append(f"front matter date {fm_date!r} not understood (use YYYY-MM-DD, or YYYY-MM for a month); "
                           "ignored")
    language = _opt(fields.get("language"))
    if language is None:
        language = (language_of or detect_language)(" ".join(text[s:e] for s, e in spans))
    if language is not None and language.lower()[:2] not in LANGUAGES:
        return Skipped(
            display,
            f"language {language!r} detected; checker compares French and English articles "
            "(set `language: fr` in front matter if this is wrong)",
        )
    return Article(
        path=display,
        name=path.name,
        source=str(fields.get("source") or path.stem).strip(),
        text=text,
        spans=tuple(spans),
        title=_opt(fields.get("title")),
        date=date,
        url=_opt(fields.get("url")),
        language=language,
        removed=tuple(removed),
    )


def html_article(page: str) -> tuple[str, dict] | None:
    """Main text and metadata (title, date, outlet, url) of a saved web page, with trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    if not body:
        return None
    fields = {k: data.get(k) for k in ("title", "date", "url") if data.get(k)}
    if data.get("sitename"):
        fields["source"] = data["sitename"]
    return _normalise_newlines(body) + "\n", fields


# Function words that settle French or English at a glance; the others (Spanish, Italian, German, Portuguese)
# keep a Romance or Germanic neighbour from passing for French or English. Anything unclear goes to langdetect.
_MARKERS = {
    "fr": {"le", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "pas", "au", "aux", "sur", "avec",
           "ont", "cette", "sont", "été", "mais", "ses", "leur", "nous", "il", "elle"},
    "en": {"the", "and", "of", "to", "is", "that", "for", "was", "with", "are", "this", "have", "has", "from",
           "by", "were", "which", "their", "it", "its", "be", "been", "not", "but", "they"},
    "other": {"el", "los", "las", "del", "por", "con", "una", "es", "y", "della", "di", "che", "per", "und", "der",
              "die", "das", "ist", "não", "uma", "com", "para", "em", "um", "het", "een", "van"},
}  # fmt: skip


def _quick_language(text: str) -> str | None:
    """fr or en when function words make it plain (most articles: 100x faster than langdetect), else None."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 30:
        return None
    hits = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    best, second = sorted(hits.values(), reverse=True)[:2]
    lang = max(hits, key=hits.get)
    if lang != "other" and best >= 0.15 * len(words) and best >= 4 * second:
        return lang
    return None


def detect_language(text: str) -> str | None:
    """ISO code of the text's language (deterministic), or None when the text is too short to tell."""
    if len(text) < MIN_CHARS_FOR_LANGUAGE:
        return None
    quick = _quick_language(text[:2000])
    if quick:
        return quick
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:2000])  # a few paragraphs settle the language; whole books only cost time
    except LangDetectException:
        return None


def _opt(value) -> str | None:
    return None if value is None else str(value).strip() or None


def _parse_any_date(value: str) -> str | None:
    m = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        return _iso(*(int(g) for g in m.groups()))
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", value)  # a page dated to its month only: « 2024-09 »
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    date, _ = parse_dateline(value + " -")
    return date


def list_inputs(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Expand folders (recursively, sorted) into files. Raises InputError for a path that does not exist."""
    files: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and f.name not in OWN_FILES and not any(part.startswith(".") for part in rel.parts[:-1]):
                    files.append((f, str(f)))
        elif p.is_file():
            files.append((p, str(p)))
        else:
            raise InputError(f"{p}: no such file or folder; give a folder of .txt/.md articles")
    return files


def ingest(paths: Iterable[Path], progress=None, cache=None) -> tuple[list[Article], list[Skipped]]:
    """Read every input file. Files that are not .txt/.md are skipped with that reason. `progress(done, total)`
    is called as files are read. With a `cache`, the language detected for a text is remembered."""
    languages = _RememberedLanguages(cache) if cache is not None else None
    try:
        return _ingest(paths, progress, languages)
    finally:
        if languages is not None:
            languages.save()


LANGUAGES_AT_ONCE = 100_000  # a cache remembering up to this many texts' languages is read in one query


class _RememberedLanguages:
    """detect_language, with what it found for a text kept in the cache (langdetect takes ~20 ms an article)."""

    def __init__(self, cache):
        self.cache = cache
        self.new: dict[str, list] = {}
        self.known = cache.languages_if_few(LANGUAGES_AT_ONCE)  # one query, not one per article; None: too many

    def __call__(self, text: str) -> str | None:
        sample = text[:2000] if len(text) >= MIN_CHARS_FOR_LANGUAGE else ""
        if not sample:
            return None
        key = hashlib.sha256(f"language-v1\x00{sample}".encode("utf-8")).hexdigest()
        if key in self.new:
            return self.new[key][0]
        if self.known is not None:
            if key in self.known:
                return json.loads(self.known[key])[0]
        else:
            found = self.cache.get_languages([key])
            if key in found:
                return found[key][0]
        language = detect_language(text)
        self.new[key] = [language]
        return language

    def save(self) -> None:
        if self.new:
            self.cache.put_languages(self.new)


def _ingest(paths, progress, language_of) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    inputs = list_inputs(paths)
    for done, (path, display) in enumerate(inputs, 1):
        if progress and (done % 50 == 0 or done == len(inputs)):
            progress(done, len(inputs))
        if path.name.startswith("."):
            skipped.append(Skipped(display, "hidden file, not read; rename it without the leading dot to include it"))
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            skipped.append(Skipped(display, f"not an article file ({path.suffix or 'no extension'}); use .txt or .md"))
            continue
        result = read_article(path, display, language_of)
        (articles if isinstance(result, Article) else skipped).append(result)
    names = [a.name for a in articles]
    if len(set(names)) != len(names):
        # Articles are identified by file name in reports; keep that unique by using the relative path.
        articles = [a if names.count(a.name) == 1 else _renamed(a) for a in articles]
    return articles, skipped


def _renamed(a: Article) -> Article:
    from dataclasses import replace

    return replace(a, name=a.path)
