"""The agreements a report shows (findings.agreement_pairs): the closest candidate pairs that carry no conflict
signal, section titles aside, closest first; on a big corpus most pairs are close, so the pairs are walked in
that order and only those looked at are read."""

from __future__ import annotations

from checker.findings import agreement_pairs
from checker.records import Judgement, Pair, Reason, Sentence

TEXTS = [
    "La préfecture a compté 12 000 manifestants à Lyon samedi.",  # 0
    "Selon la préfecture, 12 000 personnes ont défilé à Lyon.",  # 1
    "Bilan provisoire",  # 2: a section title
    "The prefecture counted 12,000 marchers in Lyon on Saturday.",  # 3
    "Le cortège est parti de la place Bellecour en début d'après-midi.",  # 4
    "The march set off from Place Bellecour in the early afternoon.",  # 5
]
SENTENCES = [Sentence(i, f"a{i}.md", f"Outlet {i}", 0, len(t), t) for i, t in enumerate(TEXTS)]
QUIET = Judgement(score=0.0)
FLAGGED = Judgement(score=0.7, reasons=(Reason(kind="figures", text="12 000 vs 15 000", weight=1.0),))
HINTED = Judgement(score=0.0, reasons=(Reason(kind="negation", text="« ne … pas »", weight=0.1),))


def test_the_closest_quiet_pairs_come_first_and_titles_judged_pairs_and_far_pairs_stay_out():
    pairs = [Pair(0, 1, 0.93, None), Pair(0, 2, 0.99, None), Pair(0, 3, 0.95, None), Pair(1, 3, 0.95, None),
             Pair(3, 4, 0.97, None), Pair(4, 5, 0.91, None), Pair(1, 5, 0.40, None)]  # fmt: skip
    judgements = [QUIET, QUIET, QUIET, QUIET, FLAGGED, HINTED, QUIET]
    shown = agreement_pairs(pairs, judgements, SENTENCES, min_similarity=0.5, limit=10)
    # closest first, ties by sentence; the title (2), the flagged pair, the hinted one and the far one are not shown
    assert [(p.a, p.b) for p in shown] == [(0, 3), (1, 3), (0, 1)]
    assert [(p.a, p.b) for p in agreement_pairs(pairs, judgements, SENTENCES, min_similarity=0.5, limit=2)] == [(0, 3), (1, 3)]
    assert agreement_pairs(pairs, judgements, SENTENCES, min_similarity=0.5, limit=0) == []
    assert agreement_pairs([], [], SENTENCES, min_similarity=0.5, limit=5) == []
