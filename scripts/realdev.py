"""Real coverage as the development ground: stories of real outlets, kept locally, measured like the written folders.

    python scripts/realdev.py check  [ROOT]                  which excerpt files are present and identical
    python scripts/realdev.py freeze [ROOT] [STORY ...]      plain gold + excerpts -> SHA256SUMS, gold.hashed.tsv
    python scripts/realdev.py thaw   [ROOT] [STORY ...]      gold.hashed.tsv + excerpts -> plain gold.tsv
    python scripts/realdev.py put    [ROOT] STORY FILE < page one excerpt rebuilt from a stored page's text
    python scripts/realdev.py eval   [ROOT] [--split dev|own|fresh|all] [--misses] [--json] [-- checker options]

ROOT (default data/realdev) holds one folder per story:

    <story>/manifest.json      outlet, url, date, language, words and the query that found each excerpt (committed)
    <story>/SHA256SUMS         sha256 of each excerpt file, `sha256sum -c` format (committed)
    <story>/gold.hashed.tsv    the gold without its text: per pair the two files, sha1 and length of each
                               normalised sentence, kind and note (committed)
    <story>/excerpts/*.md      the articles, third-party text (never committed: .gitignore)
    <story>/gold.tsv           the plain gold, written by the reader or by `thaw` (never committed: .gitignore)

A sentence is hashed after the normalisation the scorer uses (scripts/devfolders.py `norm`: NFC, one kind of
apostrophe, white space collapsed): sha1 of its UTF-8 bytes and its length in characters. `thaw` finds it again
among the whitespace-bounded substrings of that length in its normalised excerpt file.

`manifest.json` may carry `"split": "own"`: a story kept unread while developing (its misses are not listed;
`eval` prints its rates apart from the development stories', the honest figure of what generalises); or
`"split": "fresh"`: a story built after the checker's rules were written, by a reader who never saw its output,
kept unread like an own story but measured apart, since the own stories' totals have guided many rounds.

`eval` runs `checker check` on each story's excerpts and prints the rates of scripts/devfolders.py (same
counting), plus the items worth reading (items holding both sentences of a gold conflict or update) and the
items sharing an ID with another item of the same report. Exit codes: 0 done, 1 a checker run or `check`
failed, 2 bad input (named on one line).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import re
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devfolders as dv  # noqa: E402  (the scoring of the written folders, shared)

ROOT = dv.ROOT
DEFAULT_ROOT = ROOT / "data" / "realdev"
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
HASHED = "gold.hashed.tsv"
EXCERPTS = "excerpts"
HASHED_COLUMNS = ["kind", "article_1", "sha1_1", "len_1", "article_2", "sha1_2", "len_2", "note"]
SPLITS = ("dev", "own", "fresh")
UNREAD = frozenset({"own", "fresh"})  # splits whose misses are never listed


class RealDevError(Exception):
    """Bad input: one line naming the file and what to do."""


def sentence_key(quote: str) -> tuple[str, int]:
    q = dv.norm(quote)
    return hashlib.sha1(q.encode("utf-8")).hexdigest(), len(q)


def find_by_key(text: str, sha1: str, length: int) -> list[str]:
    """Every whitespace-bounded substring of `text` (normalised) with that length and sha1."""
    text = dv.norm(text)
    found = []
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    for s in starts:
        e = s + length
        if e > len(text) or (e < len(text) and text[e] != " "):
            continue
        piece = text[s:e]
        if hashlib.sha1(piece.encode("utf-8")).hexdigest() == sha1:
            found.append(piece)
    return found


def stories(root: Path, names: list[str] | None = None) -> list[Path]:
    if not root.is_dir():
        raise RealDevError(f"{root}: not a folder; give the folder that holds the story folders (data/realdev)")
    found = sorted(p for p in root.iterdir() if p.is_dir() and (p / MANIFEST).is_file())
    if names:
        known = {p.name: p for p in found}
        missing = [n for n in names if n not in known]
        if missing:
            raise RealDevError(f"{root}: no story {', '.join(missing)} (a story folder holds a {MANIFEST})")
        found = [known[n] for n in names]
    if not found:
        raise RealDevError(f"{root}: no story folder with a {MANIFEST}")
    return found


def manifest(story: Path) -> dict:
    path = story / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RealDevError(f"{path}: not readable JSON ({exc}); fix or restore it from git") from exc
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise RealDevError(f"{path}: needs an object with an `articles` list")
    split = data.get("split", "dev")
    if split not in SPLITS:
        raise RealDevError(f"{path}: split {split!r} is not one of {', '.join(SPLITS)}")
    return data


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_sums(story: Path) -> dict[str, str]:
    path = story / SUMS
    if not path.is_file():
        raise RealDevError(f"{path}: missing; run `python scripts/realdev.py freeze {story.parent} {story.name}`")
    sums: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name.startswith(f"{EXCERPTS}/"):
            raise RealDevError(f"{path}:{n}: expected `SHA256  excerpts/FILE` (sha256sum format)")
        sums[name[len(EXCERPTS) + 1 :]] = digest
    return sums


# --- check -----------------------------------------------------------------------------------------------------


def check(story: Path) -> dict:
    """Per excerpt file of the sums: present and identical, different, or missing; plus files not in the sums."""
    sums = read_sums(story)
    folder = story / EXCERPTS
    present = {p.name for p in folder.glob("*") if p.is_file()} if folder.is_dir() else set()
    res = {"identical": [], "different": [], "missing": [], "extra": sorted(present - set(sums))}
    for name, digest in sorted(sums.items()):
        if name not in present:
            res["missing"].append(name)
        elif _sha256(folder / name) == digest:
            res["identical"].append(name)
        else:
            res["different"].append(name)
    return res


def hints(story: Path, names: list[str]) -> dict[str, str]:
    """What differs in each rebuilt excerpt named, to guide its repair: its word count against the manifest's, and
    how many of the gold sentences it holds are found (by hash) in it."""
    words = {a.get("file"): a.get("words") for a in manifest(story)["articles"]}
    rows = read_hashed(story)
    out = {}
    for name in names:
        text = (story / EXCERPTS / name).read_text(encoding="utf-8-sig")
        keys = _gold_keys(rows, name)
        found = sum(len(find_by_key(text, s, n)) == 1 for s, n in keys)
        out[name] = f"{len(_body(text).split())} words (frozen: {words.get(name)}), gold sentences found " \
                    f"{found}/{len(keys)}"
    return out


def _gold_keys(rows: list[list[str]], name: str) -> set[tuple[str, int]]:
    """The (sha1, length) of every gold sentence of excerpt `name` in a story's hashed gold rows."""
    return {(s, int(n)) for row in rows for a, s, n in ((row[1], row[2], row[3]), (row[4], row[5], row[6]))
            if a == name}


def cmd_check(root: Path, names: list[str] | None) -> int:
    bad = 0
    for story in stories(root, names):
        r = check(story)
        ok = not (r["different"] or r["missing"] or r["extra"])
        bad += not ok
        print(f"{story.name:<28} {len(r['identical']):>2} identical"
              + "".join(f", {len(r[k])} {k}: {' '.join(r[k])}" for k in ("different", "missing", "extra") if r[k]))
        for name, hint in hints(story, r["different"]).items():
            print(f"    {name}: {hint}")
    if bad:
        print(f"{bad} stories are not as frozen; rebuild the excerpts from each manifest's urls and queries "
              f"(README, Real coverage)", file=sys.stderr)
    return 1 if bad else 0


# --- put: one excerpt rebuilt from a stored page ------------------------------------------------------------------

# Lines of a stored page that are page furniture rather than the article (captions, credits, share and « Lire
# aussi » blocks, embedded posts) or too short to be a paragraph of it: the lines `put` tries leaving out.
_FURNITURE = re.compile(r"©|pic\.twitter|@\w|https?://|lire aussi|read more|publié le|mis à jour|^by |^par |^photo|"
                        r"abonn|newsletter|partager|share|advert|publicité|^\W*$", re.I)
_STORED_DATE = re.compile(r"^\s*date \d{4}(?:-\d\d){0,2}\s+")  # the stored copy's own date line, not the article's
MAX_FURNITURE = 14  # furniture-like lines tried in every combination (2**14 candidates at most)
# Sentences a stored copy runs together (« l'AFP.Les », "Aktau.Among", « Allemand.»Le », « sécurité".A », a
# heading's « - Températures glaciales -Le canton »): the frozen excerpt had a space or a paragraph there. Only after
# a lower-case letter, a digit, a bracket or a per cent sign, so "U.S.A" stays whole.
_GLUED = re.compile(r"((?<=[a-zà-ÿ0-9)%])[»\"”]?[.!?]+[»\"”]?|(?<= )-)(?=[«\"“]?[A-ZÀ-ÖØ-Þ])")
PAGES = "pages"  # the stored pages `put` was given, kept locally beside the excerpts (never committed)


def front_matter(article: dict) -> str:
    """The excerpt's front matter as `freeze` saw it: source, date (no line when the manifest has none), url,
    language."""
    return (f"---\nsource: {article['outlet']}\n" + (f"date: {article['date']}\n" if article.get("date") else "")
            + f"url: {article['url']}\nlanguage: {article['language']}\n---\n")  # fmt: skip


def _cut(body: str, words: int | None) -> str:
    """The body up to its `words`-th word: a stored copy goes on where the frozen excerpt stopped."""
    if words is None:
        return body
    for n, m in enumerate(re.finditer(r"\S+", body), 1):
        if n == words:
            return body[: m.end()]
    return body


def put_candidates(page: str, article: dict):
    """Every text `put` tries for one excerpt, the likeliest first: the stored page's lines as paragraphs (blank line
    between them, or none), as stored or with the sentences it runs together set apart (by a space, French spacing
    inside « », or as paragraphs of their own), with no line, one, two or three lines left out, or any set of its
    furniture-like lines; cut at the frozen word count; with or without a blank line after the front matter (the
    earliest stories have one). The variants are tried in turn, lines left out alike. Yields (text, lines left
    out)."""
    lines = [line.strip() for line in _STORED_DATE.sub("", page.replace("\r", "")).split("\n") if line.strip()]
    variants = [lines]
    for apart in (lambda m: m[1] + " ", lambda m: m[1] + "\n", lambda m: m[1].replace("»", " »") + " "):
        variant = [part for line in lines for part in _GLUED.sub(apart, line).split("\n")]
        if variant not in variants:
            variants.append(variant)
    head = front_matter(article)
    tries = [_tries(head, variant, article.get("words")) for variant in variants]
    for batch in itertools.zip_longest(*tries):
        yield from (t for t in batch if t is not None)


def _tries(head: str, lines: list[str], words: int | None):
    k = len(lines)
    drops: list[tuple[int, ...]] = [()] + [(i,) for i in range(k)] + list(itertools.combinations(range(k), 2))
    if k <= 40:
        drops += list(itertools.combinations(range(k), 3))
    furniture = [i for i, line in enumerate(lines) if _FURNITURE.search(line) or len(line.split()) < 12]
    if len(furniture) <= MAX_FURNITURE:
        seen = set(drops)
        drops += [c for r in range(1, len(furniture) + 1) for c in itertools.combinations(furniture, r) if c not in seen]
    for dropped in drops:
        kept = [line for i, line in enumerate(lines) if i not in dropped]
        for sep, gap in (("\n\n", ""), ("\n", ""), ("\n\n", "\n")):
            yield head + gap + _cut(sep.join(kept), words) + "\n", tuple(lines[i] for i in dropped)


def put(story: Path, name: str, page: str) -> tuple[bool, str]:
    """Write excerpts/`name` of `story` from a stored page's text: the first candidate whose sha256 is the frozen
    one, else the plainest candidate holding the most gold sentences (it may still thaw). Returns (identical, what
    was done)."""
    article = next((a for a in manifest(story)["articles"] if a.get("file") == name), None)
    if article is None:
        raise RealDevError(f"{story / MANIFEST}: no excerpt {name!r}; name one of its articles' files")
    target = read_sums(story).get(name)
    (story / EXCERPTS).mkdir(exist_ok=True)
    out = story / EXCERPTS / name
    (story / PAGES).mkdir(exist_ok=True)  # kept so that a better repair can be tried again without searching
    (story / PAGES / (name + ".txt")).write_text(page, encoding="utf-8")
    first = None
    for text, dropped in put_candidates(page, article):
        first = first or text
        if _sha256_text(text) == target:
            out.write_text(text, encoding="utf-8")
            return True, "identical" + (f", leaving out {len(dropped)} line(s) of the page" if dropped else "")
    keys = _gold_keys(read_hashed(story), name)
    best = max(((sum(len(find_by_key(t, h, n)) == 1 for h, n in keys), -len(d), t)
                for t, d in itertools.islice(put_candidates(page, article), 0, 12 * (1 + len(page.splitlines())))),
               default=(0, 0, first or ""))  # fmt: skip
    out.write_text(best[2], encoding="utf-8")
    return False, f"not identical: the plainest try written, gold sentences found {best[0]}/{len(keys)}"


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cmd_put(root: Path, story: str, name: str, page: str) -> int:
    identical, said = put(root / story, name, page)
    print(f"{story}/{name}: {said}")
    return 0 if identical else 1


# --- freeze / thaw ---------------------------------------------------------------------------------------------


def freeze(story: Path) -> dict:
    """Write SHA256SUMS, gold.hashed.tsv and the word counts of the manifest from the excerpts and the plain gold."""
    folder = story / EXCERPTS
    files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if not files:
        raise RealDevError(f"{folder}: no excerpt files to freeze")
    gold = story / dv.GOLD
    if not gold.is_file():
        raise RealDevError(f"{gold}: no plain gold to freeze (run `thaw` first if the story was frozen before)")
    pairs = _checked_gold(files, gold)
    (story / SUMS).write_text("".join(f"{_sha256(p)}  {EXCERPTS}/{p.name}\n" for p in files), encoding="utf-8")
    rows = ["\t".join(HASHED_COLUMNS)]
    for p in pairs:
        s1, n1 = sentence_key(p.quote_1)
        s2, n2 = sentence_key(p.quote_2)
        rows.append("\t".join([p.kind, p.article_1, s1, str(n1), p.article_2, s2, str(n2), " ".join(p.note.split())]))
    (story / HASHED).write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = manifest(story)
    words = {p.name: len(_body(p.read_text(encoding="utf-8")).split()) for p in files}
    for a in data["articles"]:
        if a.get("file") in words:
            a["words"] = words[a["file"]]
    listed = {a.get("file") for a in data["articles"]}
    unlisted = sorted(set(words) - listed)
    if unlisted:
        raise RealDevError(f"{story / MANIFEST}: excerpt files not listed in `articles`: {', '.join(unlisted)}")
    (story / MANIFEST).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"files": len(files), "pairs": {k: sum(p.kind == k for p in pairs) for k in dv.KINDS}}


def _checked_gold(files: list[Path], gold: Path) -> list[dv.Pair]:
    """The plain gold's pairs, every quote checked against its excerpt (found once, long enough) by devfolders'
    read_gold, which reads the articles beside gold.tsv: both are copied into a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="realdev-") as tmp:
        view = Path(tmp)
        for p in files:
            (view / p.name).write_bytes(p.read_bytes())
        (view / dv.GOLD).write_bytes(gold.read_bytes())
        try:
            return dv.read_gold(view)
        except dv.GoldError as exc:
            raise RealDevError(f"{gold}: {str(exc).split(': ', 1)[-1]}") from exc


def _body(text: str) -> str:
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        return text[4:].split("\n---\n", 1)[1]
    return text


def read_hashed(story: Path) -> list[list[str]]:
    path = story / HASHED
    if not path.is_file():
        raise RealDevError(f"{path}: missing; restore it from git")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != HASHED_COLUMNS:
        raise RealDevError(f"{path}:1: header must be {' / '.join(HASHED_COLUMNS)}")
    out = []
    for n, row in enumerate(rows[1:], 2):
        if len(row) != len(HASHED_COLUMNS):
            raise RealDevError(f"{path}:{n}: {len(row)} columns, expected {len(HASHED_COLUMNS)}")
        out.append(row)
    return out


def thaw(story: Path) -> int:
    """Write the plain gold.tsv from gold.hashed.tsv and the excerpts; the number of pairs written."""
    lines = _thawed(story)
    (story / dv.GOLD).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def _thawed(story: Path, left_out: list[int] | None = None) -> list[str]:
    """The plain gold's lines (header first), each sentence found once in its excerpt by its hash. With `left_out`
    (a list), a pair whose sentence is not found once, or whose excerpt is missing, is left out and its line number
    added there, rather than stopping."""
    rows = read_hashed(story)
    texts: dict[str, str] = {}
    lines = ["\t".join(dv.COLUMNS)]
    for n, (kind, a1, s1, n1, a2, s2, n2, note) in enumerate(rows, 2):
        quotes = []
        for article, sha1, length in ((a1, s1, n1), (a2, s2, n2)):
            if article not in texts:
                path = story / EXCERPTS / article
                if not path.is_file() and left_out is not None:
                    texts[article] = ""  # a page the stored copies no longer hold: its pairs are left out
                elif not path.is_file():
                    raise RealDevError(f"{story / HASHED}:{n}: excerpt {article} is missing; rebuild it from the "
                                       f"manifest's url (README, Real coverage), then `check`")
                else:
                    texts[article] = path.read_text(encoding="utf-8-sig")
            found = find_by_key(texts[article], sha1, int(length))
            if len(found) != 1 and left_out is not None:
                left_out.append(n)
                break
            if len(found) != 1:
                what = "not found" if not found else f"found {len(found)} times"
                raise RealDevError(f"{story / HASHED}:{n}: the sentence of {article} is {what}; the excerpt is not "
                                   f"the frozen one (`check` tells)")
            quotes.append(found[0])
        if len(quotes) == 2:
            lines.append("\t".join([kind, a1, quotes[0], a2, quotes[1], note]))
    return lines


def cmd_freeze(root: Path, names: list[str] | None) -> int:
    for story in stories(root, names):
        r = freeze(story)
        print(f"{story.name:<28} frozen: {r['files']} excerpts, " + ", ".join(f"{v} {k}" for k, v in r["pairs"].items()))
    return 0


def cmd_thaw(root: Path, names: list[str] | None) -> int:
    for story in stories(root, names):
        print(f"{story.name:<28} thawed: {thaw(story)} gold pairs -> {story.name}/{dv.GOLD}")
    return 0


# --- eval ------------------------------------------------------------------------------------------------------


def _items(report: dict) -> list[dict]:
    """The items a reviewer reads: findings at threshold plus conflict, dispute and update points."""
    return list(report.get("findings") or []) + [
        p for p in report.get("points") or [] if p.get("kind") in dv.REVIEW_KINDS
    ]


def extra_rates(story: dv.Story, report: dict) -> dict:
    items = _items(report)
    marked = [p for p in story.pairs if p.kind in ("conflict", "update")]
    worth = sum(any(dv._joined(it.get("claims") or [], p) for p in marked) for it in items)
    ids = [str(x.get("id")) for x in list(report.get("findings") or []) + list(report.get("points") or [])]
    shared = sum(ids.count(i) > 1 for i in ids)
    return {"items_worth_reading": worth, "items_shared_id": shared}


def load_story(story: Path, gold: Path | None = None) -> dv.Story:
    gold = gold or story / dv.GOLD
    if not gold.is_file():
        raise RealDevError(f"{gold}: missing; run `python scripts/realdev.py thaw` first")
    return dv.Story(story.name, story / EXCERPTS, _checked_gold(sorted((story / EXCERPTS).glob("*")), gold))


def _sum(results: dict[str, dict]) -> dict:
    tot = dv.total(results)
    ok = [r for r in results.values() if "error" not in r]
    tot["items_worth_reading"] = sum(r["items_worth_reading"] for r in ok)
    tot["items_shared_id"] = sum(r["items_shared_id"] for r in ok)
    return tot


def print_group(title: str, results: dict[str, dict], tot: dict) -> None:
    print(f"\n{title}")
    head = (f"{'story':<24}{'conflicts reported':>20}{'compatible flagged':>20}{'updates recognised':>20}"
            f"{'items':>7}{'worth reading':>15}{'shared IDs':>12}")
    print(head)
    print(f"{'target (issue 18)':<24}{'>= 70 %':>20}{'<= 10 %':>20}{'>= 60 %':>20}{'<= 15':>7}{'>= 50 %':>15}{'0':>12}")
    for name, r in list(results.items()) + [("TOTAL", tot)]:
        if "error" in r:
            print(f"{name:<24}  ERROR: {r['error']}")
            continue
        if name == "TOTAL" and not r["folders"]:
            continue
        cells = [dv._pct(r["hits"][k], r["pairs"][k], r[key]) for key, k in
                 (("conflicts_reported", "conflict"), ("compatible_flagged", "compatible"),
                  ("updates_recognised", "update"))]
        worth = f"{r['items_worth_reading']}/{r['items']}" + (
            f" {100 * r['items_worth_reading'] / r['items']:3.0f} %" if r["items"] else "")
        items = f"{r['items']}" if name != "TOTAL" else f"≤{r['items_max_per_folder']}"
        print(f"{name:<24}{cells[0]:>20}{cells[1]:>20}{cells[2]:>20}{items:>7}{worth:>15}{r['items_shared_id']:>12}")


def claims_read(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """Per article file, (sentence text, one line per claim the checker reads from it): what --misses shows."""
    sys.path.insert(0, str(ROOT))
    from checker.claims.extract import extract
    from checker.embedding.cache import EmbeddingCache
    from checker.ingest import ingest
    from checker.segment import segment

    articles, _ = ingest([folder])
    cache = EmbeddingCache()
    sentences = segment(articles, cache=cache)
    by_sentence: dict[int, list[str]] = {}
    for a in extract(articles, sentences, cache=cache):
        quals = ", ".join(f"{k} {v}" for k, v in (("holder", a.holder), ("reporter", a.reporter), ("as of", a.as_of),
                          ("side", a.side), ("scope", a.scope), ("event", a.event)) if v)  # fmt: skip
        by_sentence.setdefault(a.sentence, []).append(f"{a.what} {a.counted or a.subject} = {a.value}"
                                                      + (f" ({quals})" if quals else ""))  # fmt: skip
    out: dict[str, list[tuple[str, str]]] = {}
    for s in sentences:
        out.setdefault(s.article, []).append((s.text, "; ".join(by_sentence.get(s.index, [])) or "no claim"))
    return out


def print_misses(results: dict[str, dict], folders: dict[str, Path]) -> None:
    """Each missed gold pair with the claims the checker read from both sentences."""
    for title, key in (("gold conflicts not reported", "missed_conflicts"), ("gold updates not recognised",
                       "missed_updates"), ("gold compatible pairs flagged", "flagged_compatible")):  # fmt: skip
        rows = [(name, p) for name, r in results.items() for p in r.get(key, [])]
        print(f"\n{title}: {len(rows)}")
        read: dict[str, dict] = {}
        for name, p in rows:
            if name not in read:
                read[name] = claims_read(folders[name])
            print(f"  {name}/gold.tsv:{p['line']}  {p['note']}")
            for side in ("1", "2"):
                article, quote = p[f"article_{side}"], dv.norm(p[f"quote_{side}"])
                found = [c for t, c in read[name].get(article, []) if quote in dv.norm(t) or dv.norm(t) in quote]
                print(f"      {article}: « {p[f'quote_{side}']} »")
                print(f"          read: {' | '.join(found) if found else 'sentence not found in the split'}")


def cmd_eval(root: Path, names: list[str] | None, split: str, misses: bool, as_json: bool, extra: list[str],
             keep: Path | None, partial: bool = False) -> int:  # fmt: skip
    chosen = [s for s in stories(root, names) if split == "all" or manifest(s).get("split", "dev") == split]
    unfrozen = [s.name for s in chosen if not (s / SUMS).is_file()]
    if unfrozen:
        print(f"not frozen yet, left out: {', '.join(unfrozen)}", file=sys.stderr)
        chosen = [s for s in chosen if s.name not in unfrozen]
    if not chosen:
        raise RealDevError(f"{root}: no story of split {split!r}")
    rebuilt: dict[str, int] = {}
    shortened: dict[str, list[str]] = {}  # --partial: a story's gold lines when some pairs are left out
    left_out: dict[str, str] = {}
    unmeasured: list[Path] = []  # --partial: stories with no excerpt or no gold pair left to measure
    for story in chosen:
        r = check(story)
        if r["missing"] and not partial:
            raise RealDevError(f"{story}: {len(r['missing'])} excerpts missing; rebuild them (README, Real coverage) "
                               f"and run `python scripts/realdev.py check`, or measure it without them (--partial)")
        if not (r["identical"] or r["different"]):
            print(f"{story.name}: no excerpt rebuilt, not measured (README, Real coverage)", file=sys.stderr)
            unmeasured.append(story)
            continue
        if r["different"] or r["missing"]:
            # A copy rebuilt from the stored pages that differs from the frozen one (white space, an apostrophe)
            # is still measured when every gold sentence is found in it once; the output says which stories.
            lost: list[int] = []
            try:
                lines = _thawed(story, lost if partial else None)
            except RealDevError as exc:
                raise RealDevError(f"{story}: excerpts not as frozen and the gold is not found in them ({exc}); "
                                   f"run `python scripts/realdev.py check`") from exc
            if r["different"]:
                rebuilt[story.name] = len(r["different"])
            if lost:
                shortened[story.name] = lines
            if lost or r["missing"]:
                left_out[story.name] = f"{len(lost)} of {len(lost) + len(lines) - 1} pairs" + (
                    f", {len(r['missing'])} of {len(r['missing']) + len(r['identical']) + len(r['different'])} "
                    f"excerpts missing" if r["missing"] else "")
            if len(lines) == 1:  # every pair left out: nothing to measure
                print(f"{story.name}: every gold pair left out, not measured", file=sys.stderr)
                unmeasured.append(story)
    chosen = [s for s in chosen if s not in unmeasured]
    if not chosen:
        raise RealDevError(f"{root}: no story of split {split!r} with its excerpts rebuilt")
    groups: dict[str, dict[str, dict]] = {s: {} for s in SPLITS}
    failed = False
    with tempfile.TemporaryDirectory(prefix="realdev-") as tmp:
        out_dir = keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for path in chosen:
            gold = None
            if path.name in shortened:
                gold = Path(tmp) / f"{path.name}.gold.tsv"
                gold.write_text("\n".join(shortened[path.name]) + "\n", encoding="utf-8")
            story = load_story(path, gold)
            group = manifest(path).get("split", "dev")
            if not as_json:
                print(f"checking {story.name} …", file=sys.stderr, flush=True)
            report, error = dv.run_checker(story.folder, out_dir / f"{story.name}.json", extra)
            if report is None:
                groups[group][story.name] = {"error": error}
                failed = True
                continue
            res = dv.score(story, report)
            res.update(extra_rates(story, report))
            if group in UNREAD:  # kept unread: rates only
                for key in ("missed_conflicts", "missed_updates", "flagged_compatible"):
                    res.pop(key, None)
            groups[group][story.name] = res
    totals = {g: _sum(r) for g, r in groups.items() if r}
    if as_json:
        if not misses:
            for res in groups.values():
                for r in res.values():
                    for key in ("missed_conflicts", "missed_updates", "flagged_compatible"):
                        r.pop(key, None)
        print(json.dumps({"root": dv._display(root), "checker_args": extra, "rebuilt": rebuilt, "left_out": left_out,
                          "not_measured": [s.name for s in unmeasured],
                          "stories": groups,
                          "total": totals},
                         ensure_ascii=False, indent=2))
        return 1 if failed else 0
    print(f"checker on {len(chosen)} real stories" + (f" (checker args: {' '.join(extra)})" if extra else ""))
    if rebuilt:
        print("rebuilt copies, not byte-identical to the frozen excerpts but holding every gold sentence: "
              + ", ".join(f"{name} ({n} files)" for name, n in sorted(rebuilt.items()) if name not in left_out))
    if left_out:
        print("measured on the gold pairs still found (--partial; the rebuilt copies lost a sentence of the others, "
              "or an excerpt): " + ", ".join(f"{name} ({_said(n)})" for name, n in sorted(left_out.items())))
    if unmeasured:
        print("not measured (--partial; no excerpt rebuilt): " + ", ".join(s.name for s in unmeasured))
    titles = {"dev": "development stories (read while developing)",
              "own": "own held-out stories (kept unread while developing)",
              "fresh": "fresh held-out stories (built after the rules, never read: what an unseen story gets)"}
    for group, res in groups.items():
        if res:
            print_group(titles[group], res, totals[group])
    if len(totals) > 1:
        print_group("all real stories", {}, _sum({k: v for res in groups.values() for k, v in res.items()}))
    print("(items = findings + conflict/dispute/update items; worth reading = items holding both sentences of a gold "
          "conflict or update; shared IDs = items whose ID another item of the report carries)")
    if misses:
        print_misses(groups["dev"], {p.name: p / EXCERPTS for p in chosen})
    return 1 if failed else 0


def _said(left: str) -> str:
    """« 8 of 22 pairs, 3 of 12 excerpts missing » as the output says it: « 8 of 22 pairs left out, 3 of 12 excerpts
    missing »."""
    pairs, _, missing = left.partition(", ")
    return f"{pairs} left out" + (f", {missing}" if missing else "")


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(prog="realdev.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_ in (("check", "which excerpt files are present and identical"),
                        ("freeze", "write SHA256SUMS and gold.hashed.tsv from the excerpts and the plain gold"),
                        ("thaw", "write the plain gold.tsv from gold.hashed.tsv and the excerpts")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT)
        p.add_argument("story", nargs="*", help="story folder names (default: all)")
    p = sub.add_parser("put", help="rebuild one excerpt from a stored page's text on standard input")
    p.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT)
    p.add_argument("story", help="the story folder's name")
    p.add_argument("file", help="the excerpt's file name, as in the manifest")
    p = sub.add_parser("eval", help="run checker on the stories and print the rates",
                       epilog="Arguments after `--` go to `checker check` unchanged.")
    p.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT)
    p.add_argument("story", nargs="*", help="story folder names (default: all)")
    p.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    p.add_argument("--misses", action="store_true", help="list the development stories' misses with their claims")
    p.add_argument("--json", action="store_true")
    p.add_argument("--keep-reports", type=Path, metavar="DIR")
    p.add_argument("--partial", action="store_true", help="measure a story whose rebuilt copies lost a gold "
                   "sentence on the pairs still found (and say how many are left out), rather than stop")
    return parser.parse_args(argv), extra


def main(argv: list[str] | None = None) -> int:
    args, extra = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "check":
            return cmd_check(args.root, args.story)
        if args.command == "freeze":
            return cmd_freeze(args.root, args.story)
        if args.command == "thaw":
            return cmd_thaw(args.root, args.story)
        if args.command == "put":
            return cmd_put(args.root, args.story, args.file, sys.stdin.read())
        return cmd_eval(args.root, args.story, args.split, args.misses, args.json, extra, args.keep_reports,
                        args.partial)
    except RealDevError as exc:
        print(f"realdev: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
