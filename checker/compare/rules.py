"""The explainable scorer: French and English signals of conflict combined into a score with readable reasons.

Each signal that fires has a strength set a priori from how specific it is (an explicit stance reversal about the
same thing is strong; a bare negation mismatch is weak unless the two sentences say much the same otherwise).
Strengths combine as independent evidence, 1 − Π(1 − s). Hedges and attribution on either side are shown to the
reviewer and lower the score: a hedged claim is weaker evidence of a real conflict between sources.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..config import DEFAULT
from ..records import Judgement, Reason
from .protocol import PairInput
from ..reading.signals import (
    OPPOSED,
    NEGATED_STANCE,
    STANCE_WORDS,
    Signals,
    analyse,
    content_stems,
    is_english,
    overlap,
    same_days,
    window_after,
)

STANCE = 0.6
# Opposed stances with nothing in common in what follows them (« accepte le passeport » / « condamné à 18 mois »)
# are weak evidence unless the two sentences are close in topic: 0.3, up to 0.6 for the closest.
STANCE_BARE, STANCE_BARE_PER_RELATED = 0.3, 0.3
SAME_OBJECT = 0.25
CONDITIONS = 0.5
NEGATION_BASE, NEGATION_PER_OVERLAP = 0.2, 1.0
NUMBERS, NUMBERS_PER_OVERLAP, NUMBERS_MAX = 0.4, 0.5, 0.75
# A different date, like a different figure, weighs more the more the two sentences otherwise say the same.
DATES, DATES_PER_OVERLAP, DATES_MAX = 0.35, 0.5, 0.75
HEDGED, ATTRIBUTED = 0.9, 0.95
MIN_OVERLAP_NEGATION = 0.2
MIN_OVERLAP_FACTS = 0.15
# Across languages two sentences share few word stems even when they say the same thing, so the word overlap that
# gates negation, figures and dates is read from their relatedness instead: the lower quartile of the overlap that
# same-language pairs at that relatedness have (2,097 pairs of DACCORD-dev, RTE3-FR dev and MultiNLI dev;
# `python scripts/cross_language_overlap.py` prints the table). Points: (relatedness, overlap).
CROSS_LANGUAGE_OVERLAP = ((0.0, 0.0), (0.12, 0.037), (0.31, 0.088), (0.50, 0.160), (0.69, 0.274), (0.84, 0.443))
_CROSS_X, _CROSS_Y = (np.array(axis) for axis in zip(*CROSS_LANGUAGE_OVERLAP))
# Topical closeness scales the score between this floor and 1: opposed positions are often worded apart.
RELATED_FLOOR = 0.85


def _q(text: str) -> str:
    return f"« {text} »"


def _effective_stances(sig: Signals):
    """(kind, span) after negation: « ne tolère pas » counts as a refusal; « n'exige pas » drops out."""
    out = []
    for st in sig.stances:
        kind = NEGATED_STANCE[st.kind] if st.negated else st.kind
        if kind:
            out.append((kind, st.span))
    return out


def _shared_object(a: Signals, sa, b: Signals, sb) -> list[str]:
    """Content words common to what follows each trigger: the two stances are about the same thing."""
    wa, wb = window_after(a.text, sa), window_after(b.text, sb)
    shared = content_stems(wa) & content_stems(wb)
    words = []
    for w in wa.split():
        clean = w.strip(",;:«»()\"'’.").lower()
        if content_stems(clean) & shared and clean not in words:
            words.append(clean)
    return words[:3]


def stance_reason(a: Signals, b: Signals, relatedness: float = 1.0) -> Reason | None:
    best: Reason | None = None
    bare = STANCE_BARE + STANCE_BARE_PER_RELATED * max(0.0, min(1.0, relatedness))
    for ka, sa in _effective_stances(a):
        for kb, sb in _effective_stances(b):
            if (ka, kb) not in OPPOSED and (kb, ka) not in OPPOSED:
                continue
            shared = _shared_object(a, sa, b, sb)
            weight = (STANCE + SAME_OBJECT) if shared else bare
            about = f", both about {', '.join(_q(w) for w in shared)}" if shared else ""
            text = (
                f"incompatible stances: {_q(a.quote(sa))} ({STANCE_WORDS[ka]}) vs {_q(b.quote(sb))} "
                f"({STANCE_WORDS[kb]}){about}"
            )
            if best is None or weight > best.weight:
                best = Reason("stance", text, weight)
    return best


def _condition_triggers(sig: Signals):
    conditional = list(sig.conditional) + [s.span for s in sig.stances if s.kind == "demand" and not s.negated]
    unconditional = list(sig.unconditional) + [s.span for s in sig.stances if s.kind == "demand" and s.negated]
    return conditional, unconditional


def conditions_reason(a: Signals, b: Signals) -> Reason | None:
    ca, ua = _condition_triggers(a)
    cb, ub = _condition_triggers(b)
    best: Reason | None = None
    for cond_sig, conds, free_sig, frees, flip in ((a, ca, b, ub, False), (b, cb, a, ua, True)):
        for sc in conds:
            for su in frees:
                shared = _shared_object(cond_sig, sc, free_sig, su)
                weight = CONDITIONS + (SAME_OBJECT if shared else 0.0)
                first, second = (free_sig.quote(su), cond_sig.quote(sc)) if flip else (cond_sig.quote(sc), free_sig.quote(su))
                kinds = ("no conditions", "conditions") if flip else ("conditions", "no conditions")
                about = f", both about {', '.join(_q(w) for w in shared)}" if shared else ""
                text = f"{kinds[0]} vs {kinds[1]}: {_q(first)} vs {_q(second)}{about}"
                if best is None or weight > best.weight:
                    best = Reason("conditions", text, weight)
    return best


def negation_reason(a: Signals, b: Signals, shared: float) -> Reason | None:
    def plain_negations(sig: Signals):
        used = list(sig.unconditional)
        return [n for n in sig.negations if not any(s <= n[0] and n[1] <= e for s, e in used)]

    na, nb = plain_negations(a), plain_negations(b)
    if bool(na) == bool(nb) or shared < MIN_OVERLAP_NEGATION:
        return None
    neg_sig, negs, side = (a, na, "first") if na else (b, nb, "second")
    common = sorted(content_stems(a.text) & content_stems(b.text))[:4]
    on = f"on shared words ({', '.join(common)})" if common else "on the same content in another language"
    weight = min(0.75, NEGATION_BASE + NEGATION_PER_OVERLAP * shared)
    return Reason("negation", f"polarity: {_q(neg_sig.quote(negs[0]))} negates the {side} claim only, {on}", weight)


def numbers_reason(a: Signals, b: Signals, shared: float) -> Reason | None:
    if shared < MIN_OVERLAP_FACTS:
        return None
    for va, ua, spa in a.numbers:
        same_unit = [(vb, spb) for vb, ub, spb in b.numbers if ub == ua]
        if not same_unit or any(abs(va - vb) <= 0.1 * max(abs(va), abs(vb)) for vb, _ in same_unit):
            continue
        vb, spb = same_unit[0]
        # The more the two sentences say otherwise the same, the more the figures are the one difference.
        weight = min(NUMBERS_MAX, NUMBERS + NUMBERS_PER_OVERLAP * shared)
        return Reason("numbers", f"different figures: {_q(a.quote(spa))} vs {_q(b.quote(spb))}", weight)
    return None


def dates_reason(a: Signals, b: Signals, shared: float) -> Reason | None:
    if not a.dates or not b.dates or shared < MIN_OVERLAP_FACTS:
        return None
    if any(same_days(da, db) for da in a.dates for db in b.dates):
        return None  # the two claims share a day (or one falls in the other's range): no date conflict
    weight = min(DATES_MAX, DATES + DATES_PER_OVERLAP * shared)
    return Reason("dates", f"different dates: {_q(a.quote(a.dates[0][3]))} vs {_q(b.quote(b.dates[0][3]))}", weight)


# A denial's weight grows with the words it shares with the statement it denies; three at least, so a denial of
# anything about the story (« la police nie toute violence contre les grévistes ») does not meet every sentence
# naming the strikers.
DENIAL, DENIAL_PER_SHARED, DENIAL_MAX = 0.3, 0.15, 0.75
DENIAL_MIN_SHARED = 3


def _denied(text: str, span: tuple[int, int], words: int = 30) -> str:
    """The denial verb and what it governs: the words after it to the end of its clause, `words` at most."""
    governed = window_after(text, span, words)
    return text[span[0] : span[1]] + (" " + governed if governed else "")


def denial_reason(a: Signals, b: Signals) -> Reason | None:
    """One sentence denies what the other states (« la préfecture a nié que les gendarmes aient tiré des grenades
    sur le cortège » against « des grenades ont été tirées sur le cortège, selon des témoins »): the words the denial
    governs are the other sentence's too, and the other neither denies nor negates anything (two outlets telling
    the denial, or a statement that something did not happen, are not at odds with it)."""
    best: Reason | None = None
    for deny, other in ((a, b), (b, a)):
        if not deny.denials or other.denials or other.negations:
            continue
        theirs = content_stems(other.text)
        for span in deny.denials:
            denied = _denied(deny.text, span)
            words = [w for w in denied.split()[1:] if content_stems(w) & theirs]
            shared = content_stems(" ".join(words))
            if len(shared) < DENIAL_MIN_SHARED:
                continue
            weight = min(DENIAL_MAX, DENIAL + DENIAL_PER_SHARED * len(shared))
            about = ", ".join(_q(w.strip(",;:«»()\"'’.")) for w in list(dict.fromkeys(words))[:3])
            text = f"denial: {_q(denied)} against what the other sentence states, both about {about}"
            if best is None or weight > best.weight:
                best = Reason("denial", text, weight)
    return best


def hedge_reason(a: Signals, b: Signals) -> tuple[Reason | None, float]:
    parts, factor = [], 1.0
    for label, sig in (("first", a), ("second", b)):
        if sig.hedges:
            parts.append(f"{label} claim hedged: {', '.join(_q(sig.quote(h)) for h in sig.hedges)}")
            factor *= HEDGED
        elif sig.attributions:
            parts.append(f"{label} claim attributed: {', '.join(_q(sig.quote(h)) for h in sig.attributions)}")
            factor *= ATTRIBUTED
    if not parts:
        return None, 1.0
    return Reason("hedge", "; ".join(parts) + " (lowers confidence)", 0.0), factor


def shared_content(pair: PairInput) -> float:
    """How much the two sentences say the same, 0–1: their word overlap, or across languages (one English, one
    not) the overlap same-language pairs typically have at this relatedness, whichever is larger."""
    shared = overlap(pair.a, pair.b)
    if is_english(pair.a) != is_english(pair.b):
        shared = max(shared, float(np.interp(pair.relatedness, _CROSS_X, _CROSS_Y)))
    return shared


def judge_one(pair: PairInput, denials: bool = True) -> Judgement:
    """The rules' score and reasons for one pair; `denials=False` leaves the denial signal out (the trained scorer's
    stacker was fit on the rules' score before it existed, and keeps reading that score)."""
    a, b = analyse(pair.a), analyse(pair.b)
    shared = shared_content(pair)
    reasons = [
        r
        for r in (
            stance_reason(a, b, pair.relatedness),
            conditions_reason(a, b),
            negation_reason(a, b, shared),
            numbers_reason(a, b, shared),
            dates_reason(a, b, shared),
            denial_reason(a, b) if denials else None,
        )
        if r is not None
    ]
    if not reasons:
        return Judgement(0.0, ())
    evidence = 1.0
    for r in reasons:
        evidence *= 1.0 - r.weight
    evidence = 1.0 - evidence
    hedge, factor = hedge_reason(a, b)
    score = evidence * (RELATED_FLOOR + (1.0 - RELATED_FLOOR) * max(0.0, min(1.0, pair.relatedness))) * factor
    reasons.sort(key=lambda r: -r.weight)
    if hedge:
        reasons.append(hedge)
    return Judgement(round(score, 4), tuple(reasons))


class RuleScorer:
    """Explainable signals only; fast (thousands of pairs per second), no model."""

    name = "rules"
    pairwise = True  # each pair judged on its own: batches can be split across workers
    threshold = DEFAULT.threshold

    def judge(self, pairs: Sequence[PairInput]) -> list[Judgement]:
        return [judge_one(p) for p in pairs]
