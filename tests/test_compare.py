"""The explainable scorer on hand-made French pairs (none from the seeds); English pairs are in test_english."""

import pytest

from checker.compare.protocol import PairInput
from checker.compare.factory import get_scorer
from checker.reading.signals import analyse, facets
from checker.errors import CheckerError


def judge(a: str, b: str, relatedness: float = 0.5):
    return get_scorer("rules").judge([PairInput(a, b, 0.9, relatedness)])[0]


def kinds(j):
    return [r.kind for r in j.reasons]


def test_demand_versus_tolerate_on_the_same_object_is_a_conflict():
    j = judge(
        "Le syndicat exige la fermeture de l'usine chimique de Lyon.",
        "Le syndicat est prêt à tolérer l'usine chimique si les emplois sont maintenus.",
    )
    assert kinds(j)[0] == "stance"
    assert "usine" in j.reasons[0].text
    assert j.score >= 0.5


def test_conditions_versus_no_conditions():
    j = judge(
        "L'aide européenne est assortie de conditions strictes sur la gouvernance.",
        "L'Union verse son aide sans aucune condition sur la gouvernance.",
    )
    assert "conditions" in kinds(j)


def test_negation_on_shared_content():
    j = judge(
        "Le ministre a confirmé la hausse des impôts locaux pour 2025.",
        "Le ministre n'a pas confirmé la hausse des impôts locaux pour 2025.",
    )
    assert kinds(j) == ["negation"]
    assert "n'a pas" in j.reasons[0].text


def test_different_figures_for_the_same_count():
    j = judge("L'attaque a fait 12 morts dans le village selon la police.", "L'attaque a fait 40 morts dans le village.")
    assert "numbers" in kinds(j)


def test_same_date_is_not_a_conflict_and_different_date_is():
    same = judge("La visite a eu lieu le 2 février 2026 à Bamako.", "Lundi 2 février 2026, la visite a eu lieu à Bamako.")
    assert "dates" not in kinds(same)
    other = judge("La visite a eu lieu le 2 février 2026 à Bamako.", "La visite a eu lieu le 9 février 2026 à Bamako.")
    assert "dates" in kinds(other)
    assert other.score >= 0.5  # the one difference between two accounts of one visit is reported by default


def test_a_day_inside_the_other_claims_range_is_not_a_date_conflict():
    for span in ("du 1er au 5 mars 2022", "entre le 1er et le 5 mars 2022", "du 27 février au 5 mars 2022"):
        j = judge(f"Des centaines de migrants sont arrivés à Melilla {span}.",
                  "Des centaines de migrants sont arrivés à Melilla le 3 mars 2022.")  # fmt: skip
        assert "dates" not in kinds(j), span
    j = judge("Des centaines de migrants sont arrivés à Melilla du 1er au 5 mars 2022.",
              "Des centaines de migrants sont arrivés à Melilla le 9 mars 2022.")  # fmt: skip
    assert "dates" in kinds(j) and "« du 1er au 5 mars 2022 »" in j.reasons[0].text
    # two separate days are not a range
    two = judge("Le ministre s'est rendu à Gao le 2 et le 9 février.", "Le ministre s'est rendu à Gao le 5 février.")
    assert "dates" in kinds(two)


def test_planned_meeting_is_not_a_conflict():
    j = judge(
        "Le diplomate s'est rendu à Lyon pour rencontrer le maire et ses adjoints.",
        "Le diplomate devait s'entretenir avec le maire de Lyon.",
    )
    assert j.score == 0.0


def test_compatible_descriptions_are_not_a_conflict():
    j = judge(
        "Jean Martin, chef du service des affaires juridiques, a signé le texte.",
        "Jean Martin, haut fonctionnaire du service des affaires juridiques, a signé le texte.",
    )
    assert j.score == 0.0


def test_hedges_are_shown_and_lower_the_score():
    plain = judge("Le syndicat exige la fermeture de l'usine.", "Le syndicat accepte l'usine.")
    hedged = judge("Selon une source, le syndicat exige la fermeture de l'usine.", "Le syndicat semble accepter l'usine.")
    assert hedged.score < plain.score
    assert kinds(hedged)[-1] == "hedge" and "Selon une source" in hedged.reasons[-1].text


def test_negated_stance_flips():
    sig = analyse("Le gouvernement n'exige aucune contrepartie et ne tolère pas les retards.")
    assert {"unconditional", "refuse"} <= facets(sig)


def test_unknown_scorer_lists_the_choices():
    with pytest.raises(CheckerError, match="choose one of: trained, rules"):
        get_scorer("nli-magic")


def test_opposed_stance_words_about_unrelated_things_are_not_a_finding():
    bare = judge("Le maire accepte le nouveau marché couvert.", "Le tribunal a condamné le chauffeur à deux ans de prison.",
                 relatedness=0.0)  # fmt: skip
    assert kinds(bare) == ["stance"]  # shown below the threshold, for a reviewer who lowers it
    assert bare.score < 0.5
    same = judge("Le maire accepte le nouveau marché couvert.", "Le préfet condamne le nouveau marché couvert.", relatedness=0.0)
    assert same.score >= 0.5  # the same thing accepted and condemned: a conflict even when worded apart


def test_sans_before_a_noun_or_a_word_starting_with_ne_is_no_polarity():
    # « sans » qualifying a noun (« sans surprise », « sans gouvernement ») and a word that merely starts with
    # « ne » (« nettement plus ») negate nothing the other sentence says
    for a, b in (
        ("Le maire a été réélu dimanche, sans surprise, par le conseil municipal de la ville.",
         "Le maire a été réélu dimanche par le conseil municipal de la ville."),
        ("La région est sans gouvernement depuis la démission du président du conseil régional.",
         "Le président du conseil régional a annoncé la démission de son gouvernement."),
        ("Le cortège de jeudi était nettement plus fourni que celui de la semaine précédente à Lille.",
         "Le cortège de jeudi était plus fourni que celui de la semaine précédente à Lille."),
    ):
        assert "negation" not in kinds(judge(a, b)), a
    assert not analyse("Le ministre a été reçu sans surprise à la préfecture.").negations


def test_sans_and_without_before_an_action_still_negate():
    j = judge("Le préfet a fermé la route sans prévenir les habitants du village.",
              "Le préfet a fermé la route et a prévenu les habitants du village.")
    assert "negation" in kinds(j)
    assert analyse("Le cortège a défilé sans aucun incident.").negations
    assert analyse("The mayor closed the road without warning the villagers.").negations
    assert not analyse("The town is without power since the storm hit on Monday.").negations


def test_a_denial_of_what_the_other_sentence_states_is_a_finding():
    # French and English: one outlet states it happened, another that a body denies it
    for stated, denial in (
        ("La foule a fui après l'utilisation d'un canon à eau contre le cortège des agriculteurs, selon des témoins.",
         "La préfecture a nié samedi que les gendarmes aient utilisé un canon à eau contre le cortège des "
         "agriculteurs."),
        ("Witnesses said the guards fired rubber bullets at the striking miners near the gate.",
         "The mining company denied that its guards fired rubber bullets at the striking miners."),
    ):
        j = judge(stated, denial)
        assert kinds(j)[0] == "denial", stated
        assert j.score >= 0.5
        assert "canon" in j.reasons[0].text or "rubber" in j.reasons[0].text  # the reviewer sees what is denied


def test_a_denial_told_twice_a_confirmation_or_a_denial_of_something_else_is_no_finding():
    denial = "La préfecture a nié samedi que les gendarmes aient utilisé un canon à eau contre le cortège."
    for other in (
        "Les autorités ont démenti tout usage d'un canon à eau contre le cortège des agriculteurs.",  # both deny
        "Les gendarmes n'ont pas utilisé de canon à eau contre le cortège, selon la préfecture.",  # says it did not
        "Le cortège des agriculteurs a rejoint la place centrale en fin de matinée.",  # one word in common
    ):
        assert "denial" not in kinds(judge(other, denial)), other
    confirmed = "La préfecture n'a pas démenti que les gendarmes aient utilisé un canon à eau contre le cortège."
    stated = "Les gendarmes ont utilisé un canon à eau contre le cortège des agriculteurs samedi."
    assert "denial" not in kinds(judge(stated, confirmed))  # « n'a pas démenti »: no denial


def test_the_trained_scorers_features_keep_the_rules_score_it_was_fit_on():
    # the denial signal came after the shipped stacker was fit: its rule-score feature leaves it out
    import numpy as np
    from checker.compare.stacked import FEATURES, pair_features

    stated = "Witnesses said the guards fired rubber bullets at the striking miners near the gate."
    denial = "The mining company denied that its guards fired rubber bullets at the striking miners."
    assert judge(stated, denial).score >= 0.5
    row = pair_features(stated, denial, 0.9, 0.5, np.full(6, 0.5))
    assert row[FEATURES.index("rule_score")] == 0.0
