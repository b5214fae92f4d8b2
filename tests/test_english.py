"""English articles: the explainable scorer reads English stances, conditions, negation, figures, dates and
hedges too (hand-made pairs, none from the seeds), and an English folder run with the real model reports the
demand-versus-tolerance conflict while the corroborated visit stays out."""

from __future__ import annotations

import pytest

from checker.compare.factory import get_scorer
from checker.reading.signals import analyse
from checker.embedding.factory import make_embedder
from checker.pipeline import check

from .conftest import reference_pair, reported_pairs, write
from .test_compare import judge, kinds


def test_english_demand_versus_tolerate_is_a_conflict_about_the_same_thing():
    j = judge(
        "The union demands the closure of the chemical plant in Leeds.",
        "The union is ready to tolerate the chemical plant if jobs are kept.",
    )
    assert kinds(j)[0] == "stance" and "chemical" in j.reasons[0].text
    assert j.score >= 0.5


def test_english_negated_stance_and_conditions():
    j = judge("The council does not tolerate any delay to the tram works.", "The council accepts a delay to the tram works.")
    assert "stance" in kinds(j)  # « does not tolerate » is a refusal
    j = judge("Brussels pays the aid without any conditions on governance.", "Brussels attaches strict conditions to the aid.")
    assert "conditions" in kinds(j)


def test_english_negation_on_shared_content():
    j = judge("The minister confirmed the rise in local taxes for 2025.", "The minister did not confirm the rise in local taxes for 2025.")
    assert kinds(j) == ["negation"] and "did not" in j.reasons[0].text


def test_english_figures_read_with_english_separators():
    # 1,200 is twelve hundred in English (1,2 in French), 2.5 million two and a half million
    assert [n[0] for n in analyse("Officials said 1,200 soldiers and 2.5 million euros were sent.").numbers] == [1200.0, 2.5e6]
    j = judge("The attack killed 12 people in the village, police said.", "The attack killed 40 people in the village.")
    assert "numbers" in kinds(j)
    same = judge("The plant employs 1,200 workers in the town.", "The plant employs 1,200 workers in the town, a union said.")
    assert "numbers" not in kinds(same)


def test_english_dates_in_both_orders_and_hedges():
    same = judge("The visit took place on 2 February 2026 in Bamako.", "The visit took place on February 2, 2026 in Bamako.")
    assert "dates" not in kinds(same)
    other = judge("The visit took place on 2 February 2026 in Bamako.", "The visit took place on February 9, 2026 in Bamako.")
    assert "dates" in kinds(other)
    hedged = judge("The union reportedly demands the closure of the plant.", "The union tolerates the plant.")
    assert any(r.kind == "hedge" and "reportedly" in r.text for r in hedged.reasons)
    assert hedged.score < judge("The union demands the closure of the plant.", "The union tolerates the plant.").score


@pytest.mark.slow
def test_an_english_folder_reports_the_demand_versus_tolerance_conflict(tmp_path):
    write(tmp_path, "post.txt", "---\nsource: Daily Post\ndate: 2025-05-02\n---\n"
          "Washington demands that Mali end its contract with the Russian paramilitary group Africa Corps before any new aid.\n\n"
          "The State Department said the visit took place on 2 February 2026 in Bamako.\n")  # fmt: skip
    write(tmp_path, "herald.txt", "---\nsource: Morning Herald\ndate: 2025-05-03\n---\n"
          "The US administration appears ready to tolerate the Russian presence in Mali without any conditions.\n\n"
          "The State Department confirmed the visit to Bamako on February 2, 2026.\n")  # fmt: skip
    report = check([tmp_path], embedder=make_embedder(), scorer=get_scorer("rules"))
    found = reference_pair(report, "demands", "tolerate")
    assert found, "the English demand-versus-tolerance conflict must be reported"
    top = found[0]
    assert top is (list(report.points) + list(report.findings))[0]
    assert {r.kind for r in top.reasons} >= {"stance", "hedge"}
    assert not any("visit" in a.text or "visit" in b.text for _, a, b in reported_pairs(report))


def test_a_figure_that_is_the_only_difference_is_reported_at_the_default_threshold():
    j = judge("Officials said 300 soldiers were deployed to the border region last week.",
              "Officials said 1,200 soldiers were deployed to the border region last week.", relatedness=1.0)  # fmt: skip
    assert kinds(j)[0] == "numbers" and "« 300 » vs « 1,200 »" in j.reasons[0].text
    assert j.score >= 0.5  # attributed on both sides (« said »), still above the default threshold
    loose = judge("Officials said 300 soldiers were deployed to the border region last week.",
                  "About 1,200 soldiers guard the capital's airport since the coup, officials said.", relatedness=1.0)  # fmt: skip
    assert loose.score < j.score  # less shared wording, weaker evidence


def test_a_french_and_an_english_sentence_on_the_same_event_conflict_on_figures_and_polarity():
    # Across languages the two sentences share almost no words; their relatedness stands in for the overlap
    # that gates figures and negation, and "dead" counts the same thing as « morts ».
    figures = judge("Samedi, l'assaut a fait 12 morts à Gao.", "On Saturday the assault left 40 dead in Gao.", relatedness=0.7)
    assert kinds(figures) == ["numbers"] and "« 12 » vs « 40 »" in figures.reasons[0].text
    polarity = judge("Les autorités n'ont pas autorisé le rassemblement de dimanche.",
                     "The authorities authorised the demonstration on Sunday.", relatedness=0.7)  # fmt: skip
    assert kinds(polarity) == ["negation"] and "another language" in polarity.reasons[0].text
    # the same figure in both languages is no conflict; nor are figures in loosely related sentences
    assert judge("Samedi, l'assaut a fait 12 morts à Gao.", "On Saturday the assault left 12 dead in Gao.", relatedness=0.7).score == 0.0
    assert judge("Samedi, l'assaut a fait 12 morts à Gao.", "Floods left 40 dead in the south last year.", relatedness=0.2).score == 0.0
