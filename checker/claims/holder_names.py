"""Who holds a claim, under their many names: one key per holder (the gazetteer's actor, an institution's role, or
the name as written), aliases (« l'AFP » and « l'agence AFP »), a speaker's office read from their title ("Interior
Minister Pance Toskovski": the interior ministry) and the body a person speaks for."""

from __future__ import annotations

import re

from . import actors

class Holders:
    """One key per holder, whatever it is called: the gazetteer's actor, an institution's role, or the folded name;
    a body a run introduces with its acronym (« la Ligue des droits humains (LDH) ») is that acronym everywhere in
    the run, also where it is named in full without it."""

    def __init__(self, names=(), texts=()):
        names = list(names)
        self.aliases = holder_aliases(names)
        self.aliases.update((k, v) for k, v in spoken_for(names, texts).items() if k not in self.aliases)
        self.aliases.update((k, v) for k, v in titled_names(names).items() if k not in self.aliases)
        self._keys: dict[str, str] = {}  # a name is read once per run, not once per pair it is in
        self.aliases.update((k, v) for k, v in surnames(names, self.key).items() if k not in self.aliases)
        self._keys = {}  # (the full names' keys were read to alias their surnames: read again with those aliases)

    def key(self, name: str | None) -> str | None:
        if not name or _BARE_SOURCES.fullmatch(name.strip()):
            return None  # « selon des sources », "sources said": nobody named
        if name not in self._keys:
            found = actors.who(name)
            agency = _AGENCY.fullmatch(name.strip())
            if agency and (found is None or found.key == found.key.lower()):  # an agency the gazetteer does not know
                bare = default = actors.fold(agency.group("a") or agency.group("b"))
            else:
                bare, default = _bare(name), found.key if found else actors.fold(name)
            self._keys[name] = self.aliases.get(bare, default)
        return self._keys[name]


# An agency or outlet named by its acronym with what it is (« l'agence AFP », "the AFP news agency", "the Anadolu
# agency"): the acronym, as where it is named alone.
_AGENCY = re.compile(r"(?i:(?:l['’]|the\s+)?(?:agence(?:\s+de\s+presse)?|news\s+agency)\s+)(?P<a>[A-Z][A-Za-z]{1,11})"
                     r"|(?i:the\s+)?(?P<b>[A-Z][A-Za-z]{1,11})(?i:\s+(?:news\s+)?agency)")
_BARE_SOURCES = re.compile(r"(?:(?:des|les|de|d['’]|une|un|plusieurs|certaines|some|several|the)\s+)?sources?", re.I)


def _bare(name: str) -> str:
    return actors.fold(re.sub(r"\([^)]*\)", " ", re.sub(r"^(?:les|le|la|l['’]|the)\s*", "", name, flags=re.I)))


def holder_aliases(names) -> dict[str, str]:
    """Full names of the bodies a run introduces with an acronym in parentheses, mapped to that acronym."""
    out = {}
    for name in sorted(set(names)):
        m = re.search(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9\-]{1,11})\)", name or "")
        if m:
            out[_bare(name)] = actors.fold(m.group(1))
    return out


_TITLED = r"(?:(?:dr|docteur|doctor|pr|professeur|professor|prof|m|mme|mr|mrs|ms|gen|g[ée]n[ée]ral)\.?\s+)?"


def spoken_for(names, texts) -> dict[str, str]:
    """Named people a run places beside the body or office they speak for, mapped to its key: « Stéphane Dujarric,
    porte-parole de l'ONU, … », "DR Congo's Minister of Health, Dr Roger Kamba, said …". A figure one page gives
    as Kamba's and another as the health minister's is one holder's. Only an apposition between commas says so
    (the words up to the next comma, or back to the previous one), in a sentence that holds a claim with a holder."""
    people = sorted({n for n in names if n and actors.body_key(n) is None and actors.who(n) is not None
                     and re.match(r"[A-ZÀ-Ý]", actors._TITLE.sub("", actors._ARTICLE.sub("", n)))})
    out: dict[str, str] = {}
    if not people:
        return out
    anyone = re.compile("|".join(re.escape(n) for n in sorted(people, key=len, reverse=True)))
    for text in sorted(set(texts)):
        if not anyone.search(text):
            continue  # names none of them (most sentences): the same as asking each name, at once
        for n in people:
            if n not in text or _bare(n) in out:
                continue
            name = re.escape(actors._TITLE.sub("", actors._ARTICLE.sub("", n)))
            after = re.search(rf"\b{name},\s+([^,;:.!?«»\"()]{{3,80}})(?=[,;:.!?)]|$)", text)
            before = re.search(rf"(?:^|[,;:«\"(])\s*([^,;:.!?«»\"()]{{3,80}}),\s+{_TITLED}{name}\b", text, re.I)
            for m in (after, before):
                body = actors.body_key(m.group(1)) if m else None
                if body:
                    out[_bare(n)] = body
                    break
    return out


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’\-]*\.?$")


def titled_names(names) -> dict[str, str]:
    """Named people a run gives with their office before the name (« le maire Vincenzo Voce », "Interior Minister
    Pance Toskovski", "West Java Governor Ridwan Kamil"), mapped to that office's key: where another page names
    them bare (« a déclaré Vincenzo Voce »), theirs is the office's count. Measured on the real stories
    (`python scripts/realdev.py eval`): development +2 updates, nothing else moved."""
    out: dict[str, str] = {}
    for n in sorted({n for n in names if n}):
        words = actors._ARTICLE.sub("", n.strip()).split()
        for cut in range(1, len(words) - 1):
            person = words[cut:]
            if len(person) < 2 or not all(_NAME_WORD.match(w) for w in person):
                continue
            title = words[:cut]
            key = next((k for k in (actors.body_key(" ".join(title[-t:])) for t in range(min(3, len(title)), 0, -1))
                        if k), None)  # the office is in the title's last words ("West Java Governor": governor;
            # English capitalises the title too: "Interior Minister Pance Toskovski" is tried from the left)
            if key and actors.body_key(" ".join(person)) is None:
                out.setdefault(_bare(" ".join(person)), key)
                break  # (the titled name itself keeps the key the actors read of it: aliasing it too, as
                # "Senior police officer X" to the police, lost a development conflict and found nothing)
    return out


def surnames(names, key) -> dict[str, str]:
    """A person a run names in full (« Nicolas Maduro », "President Nicolas Maduro") is the same holder where a page
    calls them by their surname alone ("Maduro told supporters"), unless two people the run names share it; `key`
    gives the full name's key (its office's, when the run titles it)."""
    found: dict[str, set[str]] = {}
    for n in sorted({n for n in names if n}):
        words = actors._ARTICLE.sub("", actors._TITLE.sub("", n.strip())).split()
        person = []
        for w in reversed(words):  # the capitalised words the name ends with
            if not _NAME_WORD.match(w):
                break
            person.insert(0, w)
        if len(person) < 2 or actors.body_key(" ".join(person)) is not None:
            continue
        k = key(n)
        if k:
            found.setdefault(actors.fold(person[-1]), set()).add(k)
    return {surname: next(iter(keys)) for surname, keys in found.items() if len(keys) == 1}
