"""Sentence-pair findings screened by the claims: a stance or negation pair is kept only about one actor."""

from __future__ import annotations

from checker.claims.screen import screen_findings
from checker.records import Assertion, Claim, Finding, Reason


def _finding(fid: str, a: str, b: str) -> Finding:
    return Finding(id=fid, score=0.7, topic="t", similarity=0.9,
                   claims=(Claim("A", "a.md", None, a, 0, len(a)), Claim("B", "b.md", None, b, 0, len(b))),
                   reasons=(Reason("stance", "incompatible stances", 0.85),))  # fmt: skip


def _stance(sentence: int, actor: str | None) -> Assertion:
    return Assertion(sentence=sentence, what="stance", key=f"stance|{actor}", subject=actor or "", value="supports",
                     span=(0, 5), actor=actor)  # fmt: skip


def test_a_stance_pair_needs_one_actor_on_both_sides_when_either_side_names_one():
    where = {("a.md", 0): 0, ("b.md", 0): 1}
    # « des rebelles soutenus par le pays voisin » against « le gouvernement dénonce une invasion »: one side's
    # actor is named, the other's is not the same: two actors, not one changing its mind
    named_one_side = _finding("F-1", "Les rebelles, soutenus par le pays voisin, avancent.", "Le gouvernement dénonce une invasion.")
    kept, removed = screen_findings([named_one_side], [_stance(0, "XX")], [], where)
    assert (kept, removed) == ([], 1)
    # the same actor on both sides stays a finding
    same = _finding("F-2", "Le pays voisin soutient les rebelles.", "Le pays voisin condamne les rebelles.")
    kept, _ = screen_findings([same], [_stance(0, "XX"), _stance(1, "XX")], [], where)
    assert kept == [same]
    # no actor read on either side: the scorer's stance pair is all there is, kept for the reviewer when both
    # sentences open on one subject
    unknown = _finding("F-3", "Le gouvernement exige la fin du contrat.",
                       "Le gouvernement semble prêt à tolérer cette présence.")
    kept, _ = screen_findings([unknown], [], [], where)
    assert kept == [unknown]
    # and dropped when nothing says they are about one actor (« La même source critique … son soutien envers un
    # candidat » against « c'était au tour du tribunal de condamner l'ancien candidat »)
    apart = _finding("F-4", "La même source critique également son soutien envers un seul candidat.",
                     "Cette fois-ci, c'était au tour du tribunal de Lorvane de condamner l'ancien candidat.")
    kept, removed = screen_findings([apart], [], [], where)
    assert (kept, removed) == ([], 1)


def _negation(fid: str, a: str, b: str) -> Finding:
    return Finding(id=fid, score=0.6, topic="t", similarity=0.9,
                   claims=(Claim("A", "a.md", None, a, 0, len(a)), Claim("B", "b.md", None, b, 0, len(b))),
                   reasons=(Reason("negation", "polarity", 0.6),))  # fmt: skip


def test_a_negation_pair_stays_only_when_a_named_actor_is_negated_and_the_other_side_names_it():
    where = {("a.md", 0): 0, ("b.md", 0): 1}
    # « aucun survivant » against « tuant les 62 personnes à bord »: one fact told two ways, nobody's denial
    survivors = _negation("F-1", "Il n'y a aucun survivant parmi les 62 personnes à bord de l'avion.",
                          "L'avion s'est écrasé vendredi, tuant les 62 personnes à bord.")
    assert screen_findings([survivors], [], [], where) == ([], 1)
    # "never claimed an attack this large" next to the claim: the negation is not the group's denial of the act
    history = _negation("F-2", "L'armée malienne a repris la ville mardi.",
                        "Les habitants disent que la ville n'a jamais été reprise par l'armée malienne.")
    assert screen_findings([history], [], [], where) == ([], 1)
    # the army itself says it did not do what the other page says it did: kept
    denial = _negation("F-3", "L'armée malienne n'a pas repris la ville mardi, selon un communiqué.",
                       "L'armée malienne a repris la ville mardi.")
    assert screen_findings([denial], [], [], where) == ([denial], 0)
    # in English too
    english = _negation("F-4", "The US government did not impose any condition.", "The US government imposed conditions.")
    assert screen_findings([english], [], [], where) == ([english], 0)
