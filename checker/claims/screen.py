"""Findings, screened by what the claims ledger knows: the sentence pairs stay for what is not a figure, a date
or a place (stances, denials, negation), and a stance or negation conflict needs one actor on both sides."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..reading.signals import NEGATION, stop_words
from ..records import Assertion, Finding, Point
from . import gazetteer
from .points import in_report_order

LEDGER_KINDS = {"numbers", "dates"}  # reasons the points now carry, with holder and time
STANCE_KINDS = {"stance", "conditions"}
NEGATION_KINDS = {"negation"}


def screen_findings(
    findings: Sequence[Finding],
    assertions: Sequence[Assertion],
    points: Sequence[Point],
    sentence_of: dict[tuple[str, int], int],
    *,
    keep: frozenset[str] = frozenset(),
) -> tuple[list[Finding], int]:
    """The findings a reviewer still needs, and how many were left to the points or dropped: a pair whose only
    evidence is figures or dates (the points lay those out with holder and time), a pair both of whose sentences
    are in one figure, date or place point, and a pair not about one actor. A stance pair whose two sides name
    different actors (« les États-Unis … sans conditions » against « le Mali insiste »), or one side an actor and
    the other none (« des rebelles soutenus par le pays voisin » against « le gouvernement dénonce une invasion »),
    is dropped; when neither side names one, the pair stays only if both sentences open on one word before their
    first clause break, where a stance's subject stands (« Le gouvernement exige … », « Le gouvernement semble
    prêt à tolérer … »): the scorer's pair is all there is. A negation pair stays only when the negated
    statement is a named actor's and the other sentence names that actor (« l'armée n'a pas repris la ville »
    against « l'armée a repris la ville »): « Il n'y a aucun survivant » against « tuant les 62 personnes à bord »
    says one thing two ways. On the 61 real development stories this drops 18 findings: 17 false alarms and one
    pair a reader marks an update, which the items miss too (`python scripts/realdev.py eval --split dev`).
    Reviewed findings (`keep`) always stay."""
    actors_of: dict[int, set[str]] = {}
    for a in assertions:
        if a.what == "stance" and a.actor:
            actors_of.setdefault(a.sentence, set()).add(a.actor)
    in_points = _items_by_sentence(points, sentence_of)  # a finding inside one item is folded into it
    out, removed = [], 0
    for f in findings:
        if f.id in keep:
            out.append(f)
            continue
        a, b = (sentence_of.get((c.article, c.start)) for c in f.claims)
        kinds = {r.kind for r in f.reasons if r.weight > 0}
        if kinds and kinds <= LEDGER_KINDS:
            removed += 1
            continue
        if a != b and in_points.get(a, set()) & in_points.get(b, set()):
            removed += 1  # folded into the item that holds both sentences (fold_into_items carries its reasons)
            continue
        if kinds & STANCE_KINDS and not kinds - STANCE_KINDS - {"hedge"}:
            ta, tb = actors_of.get(a, set()), actors_of.get(b, set())
            if (ta or tb) and not ta & tb:
                removed += 1
                continue
            if not (ta or tb) and not _opening(f.claims[0].text) & _opening(f.claims[1].text):
                removed += 1  # no actor named, and the two sentences do not open on one (« La même source critique
                continue  # … son soutien envers un candidat » against « c'était au tour du tribunal de condamner »)
        if kinds & NEGATION_KINDS and not kinds & STANCE_KINDS and not _one_actor_denies(*(c.text for c in f.claims)):
            removed += 1
            continue
        out.append(f)
    return out, removed


def _one_actor_denies(first: str, second: str) -> bool:
    """Whether a negation in one sentence is said of a named actor, its subject right before it (« les FARDC ne
    laisseront pas », "the army did not"), that the other sentence names too."""
    for text, other in ((first, second), (second, first)):
        named = {a.key for a in gazetteer.find_actors(other)}
        if not named:
            continue
        for m in NEGATION.finditer(text):
            subject = _subject_before(text, m.start())
            if subject is not None and subject in named:
                return True
    return False


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _opening(text: str) -> set[str]:
    """The words a sentence opens on before its first clause break, its first eight at most: where its subject,
    the actor of a stance, stands (« Le gouvernement exige … », « Le gouvernement semble prêt à tolérer … »)."""
    head = _CLAUSE_BREAK.split(text, maxsplit=1)[0]
    words = [w.lower() for w in _WORD.findall(head)][:8]
    return {w for w in words if len(w) >= 4 and w not in stop_words()}  # (spaCy's stop words and ours)


_CLAUSE_BREAK = re.compile(r"[,;:.!?«»()\"]|\b(?:que|qu['’]|qui|dont|où|that|which|who|after|après|when|quand)\b", re.I)


def _subject_before(text: str, position: int) -> str | None:
    """The actor named as the subject of the verb a negation at `position` stands beside: the last actor before it
    with nothing but a few words between (no clause break), else None."""
    before = [a for a in gazetteer.find_actors(text[:position]) if a.span[1] <= position]
    if not before:
        return None
    last = before[-1]
    between = text[last.span[1] : position]
    if len(between) > 40 or _CLAUSE_BREAK.search(between):
        return None
    return last.key


def _items_by_sentence(points: Sequence[Point], sentence_of: dict[tuple[str, int], int]) -> dict[int, set[int]]:
    """Sentence → the positions of the items (not agreements) it is a claim of: a finding's two sentences find
    their items here instead of every finding scanning every item."""
    out: dict[int, set[int]] = {}
    for number, p in enumerate(points):
        if p.kind == "agreement":
            continue
        for c in p.claims:
            if (c.article, c.start) in sentence_of:
                out.setdefault(sentence_of[(c.article, c.start)], set()).add(number)
    return out


def fold_into_items(
    findings: Sequence[Finding], points: Sequence[Point], sentence_of: dict[tuple[str, int], int]
) -> list[Point]:
    """Items that hold both sentences of a sentence-pair finding take the finding's reasons (the scorer's signals,
    the hedges quoted), so folding a finding into its item loses nothing; an item keeps its own score (its
    confidence, claims/confidence.py: the scorer's score is on another scale); items stay in report order
    (conflicts and disputes first, likeliest first)."""
    items_of = _items_by_sentence(points, sentence_of)
    out = list(points)
    for f in findings:
        a, b = (sentence_of.get((c.article, c.start)) for c in f.claims)
        if a is None or b is None or a == b:
            continue
        for n in sorted(items_of.get(a, set()) & items_of.get(b, set())):
            p = out[n]
            seen = {(r.kind, r.text) for r in p.reasons}
            extra = tuple(r for r in f.reasons if (r.kind, r.text) not in seen)
            out[n] = replace(p, reasons=p.reasons + extra)
    return in_report_order(out)
