"""Point kinds from hand-made claims: what a reviewer is told about figures stated by several outlets."""

from __future__ import annotations

import math

from checker.claims.points import build_points
from checker.claims.values import figures_agree
from checker.records import Article, Assertion, Sentence


def corpus(*rows):
    """rows: (article, text, value, low, high, holder, as_of) → articles, sentences, assertions."""
    articles, sentences, assertions = {}, [], []
    for i, (name, text, value, low, high, holder, as_of) in enumerate(rows):
        articles.setdefault(name, Article(path=name, name=name, source=name.split(".")[0], text=text, spans=((0, len(text)),), date="2026-05-13"))
        sentences.append(Sentence(index=i, article=name, source=name.split(".")[0], start=0, end=len(text), text=text))
        assertions.append(
            Assertion(sentence=i, what="figure", key="figure|dead||", subject="morts", value=value, span=(0, 5),
                      low=low, high=high, holder=holder, as_of=as_of, timed=True)  # fmt: skip
        )
    return list(articles.values()), sentences, assertions


def points_of(rows):
    articles, sentences, assertions = corpus(*rows)
    origin = {a.name: a.name for a in articles}
    return build_points(assertions, sentences, articles, origin, lambda i, j: 0.5)


def kinds(points):
    return sorted((p.kind, tuple(sorted(c.article for c in p.claims))) for p in points)


def test_same_holder_same_moment_different_values_is_a_conflict():
    points = points_of([
        ("a.md", "Mercredi matin, la protection civile faisait état de 52 morts.", "52", 52, 52, "la protection civile", "2026-05-13T09"),
        ("b.md", "Mercredi matin, la protection civile faisait état de 61 morts.", "61", 61, 61, "la protection civile", "2026-05-13T09"),
    ])  # fmt: skip
    assert kinds(points) == [("conflict", ("a.md", "b.md"))]
    assert "52" in points[0].reasons[0].text and "61" in points[0].reasons[0].text


def test_same_holder_later_value_is_an_update_shown_in_time_order():
    points = points_of([
        ("b.md", "Mercredi matin, la protection civile faisait état de 52 morts.", "52", 52, 52, "la protection civile", "2026-05-13T09"),
        ("a.md", "Mardi soir, la protection civile faisait état de 27 morts.", "27", 27, 27, "la protection civile", "2026-05-12T20"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["update"]
    assert [c.value for c in points[0].claims] == ["27", "52"]  # the timeline, earliest first


def test_a_toll_lower_on_a_later_day_is_shown_as_a_step_of_the_timeline_that_fell():
    points = points_of([
        ("a.md", "Mardi soir, les autorités faisaient état de 43 morts.", "43", 43, 43, "les autorités", "2026-05-12T20"),
        ("b.md", "Jeudi, les autorités faisaient état de 40 morts.", "40", 40, 40, "les autorités", "2026-05-14T12"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["update"]
    assert [c.value for c in points[0].claims] == ["43", "40"]
    assert "lower later" in points[0].reasons[0].text  # the reviewer is told the count fell, not that it grew


def test_different_claimants_are_a_dispute():
    points = points_of([
        ("a.md", "L'armée affirme que 30 assaillants ont été tués.", "30", 30, 30, "l'armée", "2026-05-13"),
        ("b.md", "Selon une ONG locale, 120 civils ont été tués.", "120", 120, 120, "une ONG locale", "2026-05-13"),
    ])  # fmt: skip
    assert kinds(points) == [("dispute", ("a.md", "b.md"))]


def test_same_value_from_two_sources_is_an_agreement_and_no_conflict():
    points = points_of([
        ("a.md", "Le bilan s'établit à 74 morts selon la protection civile.", "74", 74, 74, "la protection civile", "2026-05-14"),
        ("b.md", "La protection civile a publié un bilan de 74 morts.", "74", 74, 74, "la protection civile", "2026-05-14"),
    ])  # fmt: skip
    assert kinds(points) == [("agreement", ("a.md", "b.md"))]


def test_at_least_and_rounding_are_compatible():
    at_least_50 = Assertion(0, "figure", "k", "s", "≥ 50", (0, 1), low=50, high=math.inf)
    fifty_two = Assertion(1, "figure", "k", "s", "52", (0, 1), low=52, high=52)
    near_2000 = Assertion(2, "figure", "k", "s", "≈ 2000", (0, 1), low=1900, high=2000)
    exact_1978 = Assertion(3, "figure", "k", "s", "1978", (0, 1), low=1978, high=1978)
    forty = Assertion(4, "figure", "k", "s", "40", (0, 1), low=40, high=40)
    assert figures_agree(at_least_50, fifty_two)
    assert figures_agree(near_2000, exact_1978)
    assert not figures_agree(forty, fifty_two)
    assert not figures_agree(at_least_50, forty)


def test_a_ceiling_and_a_floor_at_the_same_value_conflict_unless_both_allow_it():
    up_to = Assertion(0, "figure", "k", "s", "≤ 10000000000 €", (0, 1), low=0, high=1e10)
    more_than = Assertion(1, "figure", "k", "s", "> 10000000000 €", (0, 1), low=1e10, high=math.inf)
    at_least = Assertion(2, "figure", "k", "s", "≥ 10000000000 €", (0, 1), low=1e10, high=math.inf)
    more_than_9 = Assertion(3, "figure", "k", "s", "> 9000000000 €", (0, 1), low=9e9, high=math.inf)
    assert not figures_agree(up_to, more_than)  # « jusqu'à 10 milliards » and "more than 10 billion"
    assert figures_agree(up_to, at_least)  # exactly 10 billion is both
    assert figures_agree(up_to, more_than_9)


def test_claims_of_one_origin_are_never_compared():
    articles, sentences, assertions = corpus(
        ("a.md", "Le séisme a fait 40 morts.", "40", 40, 40, None, "2026-05-13"),
        ("b.md", "Le séisme a fait 52 morts.", "52", 52, 52, None, "2026-05-13"),
    )
    same_origin = {"a.md": "a.md", "b.md": "a.md"}  # b copies a (syndication)
    assert build_points(assertions, sentences, articles, same_origin, lambda i, j: 0.5) == []


def test_unrelated_sentences_make_no_point():
    articles, sentences, assertions = corpus(
        ("a.md", "Le séisme a fait 40 morts.", "40", 40, 40, None, "2026-05-13"),
        ("b.md", "L'accident de car de l'an dernier avait fait 12 morts.", "12", 12, 12, None, "2026-05-13"),
    )
    origin = {a.name: a.name for a in articles}
    assert build_points(assertions, sentences, articles, origin, lambda i, j: -0.2) == []


def test_point_id_survives_an_unrelated_article_and_new_evidence():
    rows = [
        ("a.md", "Mercredi matin, la protection civile faisait état de 52 morts.", "52", 52, 52, "la protection civile", "2026-05-13T09"),
        ("b.md", "Mercredi matin, la protection civile faisait état de 61 morts.", "61", 61, 61, "la protection civile", "2026-05-13T09"),
    ]  # fmt: skip
    before = points_of(rows)
    after = points_of(rows + [
        ("c.md", "Mercredi matin, selon la protection civile, 58 morts étaient recensés.", "58", 58, 58, "la protection civile", "2026-05-13T10"),
    ])  # fmt: skip
    assert [p.id for p in before if p.kind == "conflict"] == [p.id for p in after if p.kind == "conflict"]
    assert len(after[0].claims) == 3


def test_a_big_key_pairs_by_candidates_and_by_the_nearest_claims_of_its_key():
    from checker.config import Gates

    articles, sentences, assertions = corpus(
        ("a.md", "Mercredi matin, la protection civile faisait état de 52 morts.", "52", 52, 52, "la protection civile", "2026-05-13T09"),
        ("b.md", "Mercredi matin, la protection civile faisait état de 61 morts.", "61", 61, 61, "la protection civile", "2026-05-13T09"),
    )  # fmt: skip
    origin = {a.name: a.name for a in articles}
    big = Gates(exhaustive=1)  # as if the key had thousands of claims: no longer every pair

    def nearest(rows, k):
        return [[j for j in range(len(rows)) if j != i][:k] for i in range(len(rows))]

    assert build_points(assertions, sentences, articles, origin, lambda i, j: 0.5, gates=big) == []
    by_key = build_points(assertions, sentences, articles, origin, lambda i, j: 0.5, gates=big, nearest=nearest)
    by_candidate = build_points(assertions, sentences, articles, origin, lambda i, j: 0.5, gates=big,
                                candidates=frozenset({(0, 1)}))  # fmt: skip
    assert [p.kind for p in by_key] == [p.kind for p in by_candidate] == ["conflict"]


def test_a_larger_count_of_one_holder_later_is_an_update_even_when_both_hold():
    points = points_of([
        ("a.md", "Vendredi, l'agence comptait plus de 1 200 déplacés.", "> 1200", 1201, math.inf, "l'agence", "2026-03-06"),
        ("b.md", "Mercredi, l'agence comptait 3 400 déplacés.", "3400", 3400, 3400, "l'agence", "2026-03-11"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["update"]


def _keyed(rows):
    """rows: (article, text, value, key) → articles, sentences, one exact figure claim per sentence."""
    articles = [Article(path=n, name=n, source=n, text=t, spans=((0, len(t)),), date="2031-03-07") for n, t, _, _ in rows]
    sentences = [Sentence(i, n, n, 0, len(t), t) for i, (n, t, _, _) in enumerate(rows)]
    assertions = [Assertion(i, "figure", k, "x", v, (0, 1), low=float(v), high=float(v), as_of="2031-03-07")
                  for i, (_, _, v, k) in enumerate(rows)]  # fmt: skip
    return articles, sentences, assertions


def _built(rows, close):
    """The items of `rows` (see _keyed) with `close[(i, j)]` the relatedness of sentences i < j."""
    articles, sentences, assertions = _keyed(rows)
    return build_points(assertions, sentences, articles, {n: n for n, *_ in rows}, lambda i, j: close[(i, j)])


def test_a_count_of_unknown_people_joins_the_known_count_of_a_related_sentence():
    rows = [
        ("a.md", "La préfecture a recensé 806 000 manifestants dans le pays.", "806000", "figure|demonstrators||"),
        ("b.md", "Selon la CGT, 1,5 million de personnes étaient dans la rue.", "1500000", "figure|people||"),
        ("c.md", "Selon l'hôpital, 12 personnes ont été soignées.", "12", "figure|people||"),
    ]  # fmt: skip
    points = _built(rows, {(0, 1): 0.7, (0, 2): 0.1, (1, 2): 0.1})
    demo = [p for p in points if {c.article for c in p.claims} == {"a.md", "b.md"}]
    assert len(demo) == 1 and demo[0].kind == "conflict"  # the outlets' own counts, one moment, two values
    assert not any("c.md" in {c.article for c in p.claims} for p in points)  # unrelated: stays apart


def test_counts_of_unknown_people_are_one_thing_only_from_related_sentences():
    """« 28 personnes » says nothing of what the people did: two such counts are compared only when their sentences
    are about the same thing, not as one count because both count people."""
    rows = [
        ("a.md", "Le gîte de Vallorne accueillait 28 personnes au moment de l'incendie.", "28", "figure|people||"),
        ("b.md", "Au moment du feu, 31 personnes se trouvaient dans le gîte de Vallorne.", "31", "figure|people||"),
        ("c.md", "Une veillée a réuni 300 personnes dimanche soir devant la mairie.", "300", "figure|people||"),
    ]  # fmt: skip
    points = _built(rows, {(0, 1): 0.7, (0, 2): 0.05, (1, 2): 0.1})
    assert [sorted(c.article for c in p.claims) for p in points] == [["a.md", "b.md"]]
    assert points[0].kind == "conflict"  # the gîte's occupants, told two ways; the vigil is another count


def test_a_weekday_the_calendar_cannot_place_is_no_time_apart():
    from checker.claims.marks import same_moment

    placed = Assertion(0, "figure", "k", "s", "4", (0, 1), low=4, high=4, as_of="2031-07-15", timed=True)
    unplaced = Assertion(1, "figure", "k", "s", "5", (0, 1), low=5, high=5, as_of=None, timed=True)
    assert same_moment(placed, unplaced)


def _article_dated(rows, key=None):
    """points_of for claims dated by their pages only (no time named in the sentence); `key`: another counted thing
    than the dead."""
    from dataclasses import replace

    articles, sentences, assertions = corpus(*rows)
    assertions = [replace(a, timed=False, key=key or a.key) for a in assertions]
    return build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)


def test_a_toll_a_day_later_and_larger_is_an_update_and_smaller_a_conflict():
    rising = _article_dated([
        ("a.md", "Les hôpitaux comptaient au moins 17 morts.", "≥ 17", 17, math.inf, "les hôpitaux", "2026-05-11"),
        ("b.md", "Le bilan dépasse désormais les 100 morts.", "> 100", 101, math.inf, None, "2026-05-12"),
    ])  # fmt: skip
    assert [p.kind for p in rising] == ["update"]
    falling = _article_dated([
        ("a.md", "Le bilan était de 90 morts.", "90", 90, 90, None, "2026-05-11"),
        ("b.md", "Le bilan est de 60 morts.", "60", 60, 60, None, "2026-05-12"),
    ])  # fmt: skip
    assert [p.kind for p in falling] == ["conflict"]  # pages a day apart may report one moment: not moving on


def test_an_undated_toll_is_an_update_of_the_same_kind_of_holder_only():
    # two outlets' own tolls, one page undated: which came first is unknown, the count moved on (and says so)
    own = points_of([
        ("a.md", "Le séisme a fait 455 morts.", "455", 455, 455, None, "2026-05-11"),
        ("b.md", "Le séisme a fait plus de 500 morts.", "> 500", 501, math.inf, None, None),
    ])  # fmt: skip
    assert [p.kind for p in own] == ["update"]
    assert "not known" in own[0].reasons[0].text
    # a named authority against an outlet that names none, one undated: nothing says they are one count moving on
    named = points_of([
        ("a.md", "Selon le ministère, 3 252 personnes sont mortes.", "3252", 3252, 3252, "le ministère", None),
        ("b.md", "Les inondations ont fait 11 300 morts.", "11300", 11300, 11300, None, "2026-05-12"),
    ])  # fmt: skip
    assert [p.kind for p in named] == ["conflict"]


def test_two_lone_values_an_order_of_size_apart_are_two_things_unless_their_digits_slipped():
    def kinds_of(rows, key):
        return [p.kind for p in _article_dated(rows, key)]

    length = "figure|distance|km|"
    apart = [("a.md", "Le navire mesure 300 mètres de long.", "300 m", 0.3, 0.3, None, "2026-05-11"),
             ("b.md", "La brèche fait 15 mètres de large.", "15 m", 0.015, 0.015, None, "2026-05-11")]
    assert kinds_of(apart, length) == []  # a ship's length and a gap's width: no item to review
    # a third value near one of them: the key holds one thing told several ways, and the item stays
    third = [*apart, ("c.md", "Le navire, long de 290 mètres, a heurté le pilier.", "290 m", 0.29, 0.29, None,
                      "2026-05-11")]  # fmt: skip
    assert kinds_of(third, length) == ["conflict"]
    # a third value that marks nothing against either (an order of size, « des dizaines de milliers », on the first
    # value's page and within reach of the other's) does not make the two far values one thing
    vague = [("a.md", "Plus d'un million de maisons ont été détruites.", "> 1000000", 1_000_000, math.inf, None,
              "2026-05-11"),
             ("a.md", "Des dizaines de milliers de maisons sont inhabitables.", "≈ 20000–99999", 20_000, 99_999, None,
              "2026-05-11"),
             ("b.md", "Quelque 60 000 maisons ont été détruites.", "≈ 60000", 54_000, 66_000, None, "2026-05-11")]
    assert kinds_of(vague, "figure|destroyed||") == []
    # the same digits a few zeros apart: a slip worth a reviewer's eye, not two things
    slip = [("a.md", "Quelque 8 000 policiers ont été déployés.", "8000", 8000, 8000, None, "2026-05-11"),
            ("b.md", "Some 80,000 police officers were deployed.", "80000", 80000, 80000, None, "2026-05-11")]
    assert kinds_of(slip, "figure|police||") == ["conflict"]
    # counts of people stay compared however far apart: a first toll of 5 and one of 230 that day, the toll moving
    toll = [("a.md", "Le séisme a fait 5 morts.", "5", 5, 5, None, "2026-05-11"),
            ("b.md", "Le séisme a fait 230 morts.", "230", 230, 230, None, "2026-05-11")]
    assert kinds_of(toll, "figure|dead||") == ["update"]


def test_two_parts_of_one_unchanged_toll_told_days_apart_are_one_report_in_conflict():
    """« au moins 87 civils, dont 21 enfants, ont été tués » and, two days later, "at least 87 civilians were killed,
    including 12 children": the same toll, so the same report; its part cannot be 21 and 12 (not a count that fell)."""
    texts = [("a.md", "Au moins 87 civils, dont 21 enfants, ont été tués.", "2026-05-10"),
             ("b.md", "At least 87 civilians were killed, including 12 children.", "2026-05-12")]
    articles = [Article(path=n, name=n, source=n, text=t, spans=((0, len(t)),), date=d) for n, t, d in texts]
    sentences = [Sentence(index=i, article=n, source=n, start=0, end=len(t), text=t) for i, (n, t, _) in enumerate(texts)]
    claims = []
    for i, (_, _, day) in enumerate(texts):
        claims.append(Assertion(sentence=i, what="figure", key="figure|dead||", subject="morts", value="≥ 87",
                                span=(0, 5), low=87, high=math.inf, as_of=day))
    for i, n in ((0, 21), (1, 12)):
        claims.append(Assertion(sentence=i, what="figure", key="figure|dead||part", subject="morts", value=str(n),
                                span=(10, 15), low=n, high=n, as_of=texts[i][2], part=True, scope="part"))
    points = build_points(claims, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    parts = [p for p in points if {c.value for c in p.claims} == {"21", "12"}]
    assert [p.kind for p in parts] == ["conflict"]


def test_a_part_of_the_dead_told_beside_two_tolls_grew_with_the_toll():
    """« 97 femmes et 54 hommes » among 151 dead in the morning, « 97 femmes et 56 hommes » among 153 in the
    afternoon: the count of men went on with the toll, an update; told beside one toll, 54 and 56 conflict."""
    def men_told(tolls):
        texts = [(f"{k}.md", f"Le bilan est de {toll} morts, dont {men} hommes.", "2026-05-10")
                 for k, (toll, men) in zip("ab", tolls)]
        articles = [Article(path=n, name=n, source=n, text=t, spans=((0, len(t)),), date=d) for n, t, d in texts]
        sentences = [Sentence(index=i, article=n, source=n, start=0, end=len(t), text=t)
                     for i, (n, t, _) in enumerate(texts)]  # fmt: skip
        claims = []
        for i, (toll, men) in enumerate(tolls):
            claims.append(Assertion(sentence=i, what="figure", key="figure|dead||", subject="morts", value=str(toll),
                                    span=(16, 19), low=toll, high=toll, as_of="2026-05-10"))
            claims.append(Assertion(sentence=i, what="figure", key="figure|men||part", subject="hommes",
                                    value=str(men), span=(31, 33), low=men, high=men,
                                    as_of="2026-05-10", part=True, scope="part"))  # fmt: skip
        points = build_points(claims, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
        return [p.kind for p in points if {c.value for c in p.claims} == {"54", "56"}]

    assert men_told([(151, 54), (153, 56)]) == ["update"]
    assert men_told([(151, 54), (151, 56)]) == ["conflict"]
    assert men_told([(151, 56), (153, 54)]) == ["conflict"]  # fewer men among more dead: not the count going on


def test_a_delegation_told_differently_on_two_days_pages_is_a_conflict_not_an_update():
    from dataclasses import replace

    rows = [("a.md", "Neuf ministres sont du voyage.", "9", 9, 9, None, "2026-05-11"),
            ("b.md", "Le président voyage avec une douzaine de ministres.", "≈ 12", 12, 12, None, "2026-05-13")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    assertions = [replace(a, key="figure|ministers||", timed=False) for a in assertions]
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["conflict"]  # a delegation does not grow like a toll
    named = [replace(a, holder="l'Élysée") for a in assertions]
    points = build_points(named, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["update"]  # one body giving two values on two days revised its figure


def test_a_value_one_source_denies_conflicts_with_the_same_value_stated():
    from dataclasses import replace

    rows = [("a.md", "Le Croissant-Rouge a démenti un bilan de 11 300 morts.", "11300", 11300, 11300, "le Croissant-Rouge", "2026-05-13"),
            ("b.md", "Selon le Croissant-Rouge, les inondations ont fait 11 300 morts.", "11300", 11300, 11300, "le Croissant-Rouge", "2026-05-13"),
            ("c.md", "Le ministère fait état de 3 252 morts.", "3252", 3252, 3252, "le ministère", "2026-05-13")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    assertions = [replace(assertions[0], denied=True), *assertions[1:]]
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert len(points) == 1
    item = points[0]
    marks = {(item.claims[i].article, item.claims[j].article): rel for i, j, rel in item.pairs}
    assert marks[("a.md", "b.md")] == "conflict"  # the denial against the figure attributed to the denier
    assert ("a.md", "c.md") not in marks  # denying 11 300 says nothing against 3 252
    assert item.claims[0].value == "denies 11300" and "denies" in item.reasons[0].text


def test_an_explicit_bound_does_not_hold_a_precise_count_below_it():
    more_than_250 = Assertion(0, "figure", "k", "s", "> 250", (0, 1), low=250, high=math.inf)
    assert not figures_agree(more_than_250, Assertion(1, "figure", "k", "s", "245", (0, 1), low=245, high=245))
    assert figures_agree(more_than_250, Assertion(2, "figure", "k", "s", "263", (0, 1), low=263, high=263))
    more_than_500k = Assertion(3, "figure", "k", "s", "> 500000", (0, 1), low=500000, high=math.inf)
    assert figures_agree(more_than_500k, Assertion(4, "figure", "k", "s", "500000", (0, 1), low=500000, high=500000))


def test_a_round_floor_holds_a_higher_floor_told_more_closely_but_two_counted_floors_are_two_tolls():
    def floor(n, sign=">"):
        return Assertion(n, "figure", "k", "s", f"{sign} {n}", (0, 1), low=n, high=math.inf)

    assert figures_agree(floor(3000), floor(2900, "≥"))  # "more than 3,000" and "at least 2,900": one count
    assert figures_agree(floor(100), floor(150))  # « plus de 100 maisons », « plus de 150 »
    assert figures_agree(floor(90), floor(97, "≥"))
    assert not figures_agree(floor(100), floor(300))  # three times the floor: another count
    assert not figures_agree(floor(64, "≥"), floor(75, "≥"))  # « au moins 64 », « au moins 75 »: two counted tolls


def test_days_of_recalled_history_make_no_item():
    from dataclasses import replace

    rows = [("a.md", "La précédente grève avait eu lieu le 22 mars 2018.", "2018-03-22", 0, 0, None, "2031-03-07"),
            ("b.md", "La dernière grève date du 7 novembre 2018.", "2018-11-07", 0, 0, None, "2031-03-07")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    assertions = [replace(a, what="date", key="date|recalled", low=None, high=None) for a in assertions]
    assert build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9) == []


def test_the_day_of_a_statement_and_the_day_of_an_event_are_two_dates():
    from dataclasses import replace

    rows = [("a.md", "Les rebelles ont annoncé dimanche avoir pris la ville.", "(dimanche)", 0, 0, None, None),
            ("b.md", "Les rebelles ont annoncé lundi avoir pris la ville.", "(lundi)", 0, 0, None, None),
            ("c.md", "L'attaque de samedi a fait 40 morts.", "(samedi)", 0, 0, None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    said = ["annoncer", "annoncer", "attaque"]
    holders = ["Les rebelles", "Les rebelles", None]  # who announced it, as the sentences name them
    assertions = [replace(a, what="date", key="date", low=None, high=None, counted=c, holder=h)
                  for a, c, h in zip(assertions, said, holders)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {(p.claims[i].article, p.claims[j].article): rel for p in points for i, j, rel in p.pairs}
    assert marks.get(("a.md", "b.md")) == "conflict"  # one announcement, two days
    assert ("a.md", "c.md") not in marks and ("b.md", "c.md") not in marks  # the attack's day is another date


def test_a_country_is_one_scope_in_either_language():
    from dataclasses import replace

    rows = [("a.md", "En Turquie, le bilan atteint 14 014 morts.", "14014", 14014, 14014, "l'AFAD", "2026-05-13"),
            ("b.md", "In Turkey, the toll stands at 12 391 dead.", "12391", 12391, 12391, "l'AFAD", "2026-05-13"),
            ("c.md", "Au Kestria voisin, 3 000 morts.", "3000", 3000, 3000, "l'AFAD", "2026-05-13")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    scoped = [replace(assertions[0], key="figure|dead||turquie"), replace(assertions[1], key="figure|dead||turkey"),
              replace(assertions[2], key="figure|dead||kestria")]  # fmt: skip
    points = build_points(scoped, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    assert [(p.kind, sorted(c.article for c in p.claims)) for p in points] == [("conflict", ["a.md", "b.md"])]


def test_two_precise_tolls_close_to_each_other_are_two_counts():
    points = _article_dated([
        ("a.md", "Les secouristes ont recensé 2 166 morts.", "2166", 2166, 2166, None, None),
        ("b.md", "Le bilan s'établit à 2 274 morts.", "2274", 2274, 2274, None, "2026-05-14"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["update"]  # 5 % apart but both precise: the count moved on
    near = _article_dated([
        ("a.md", "Près de 2 200 morts.", "≈ 2200", 2090, 2310, None, None),
        ("b.md", "Le bilan s'établit à 2 166 morts.", "2166", 2166, 2166, None, "2026-05-14"),
    ])  # fmt: skip
    assert [p.kind for p in near] == ["agreement"]  # a rounding of the precise count


def test_a_rising_toll_from_one_body_named_in_two_languages_is_an_update_not_a_dispute():
    # the same national Red Cross society, named in French and in English, two days apart
    points = points_of([
        ("a.md", "La Croix-Rouge française a fait état de 14 morts mardi.", "14", 14, 14, "La Croix-Rouge française", "2026-05-12"),
        ("b.md", "The French Red Cross said 37 people had died.", "37", 37, 37, "The French Red Cross", "2026-05-13"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["update"]
    # a police commissioner and « une source policière » are the police; the UN and its humanitarian office one body
    for first, second in (("le commissaire de police de la ville", "une source policière"),
                          ("the UN", "l'Ocha"),
                          ("l'agence nationale de gestion des catastrophes", "the disaster management authority"),
                          ("le ministère de la Santé", "the health ministry")):  # fmt: skip
        points = points_of([
            ("a.md", "Le bilan était de 204 morts jeudi.", "204", 204, 204, first, "2026-05-12"),
            ("b.md", "The toll rose to 279 dead on Saturday.", "279", 279, 279, second, "2026-05-14"),
        ])  # fmt: skip
        assert [p.kind for p in points] == ["update"], (first, second)


def _toll_kinds(first: str, second: str) -> list[str]:
    """The kinds of the items a six-dead toll `first` gives on Monday and an eight-dead one `second` gives on
    Wednesday make."""
    points = points_of([
        ("a.md", "Le bilan était de 6 morts lundi.", "6", 6, 6, first, "2026-05-11"),
        ("b.md", "The toll rose to 8 dead on Wednesday.", "8", 8, 8, second, "2026-05-13"),
    ])  # fmt: skip
    return [p.kind for p in points]


def test_a_toll_the_bodies_of_one_state_keep_between_them_is_an_update_not_a_dispute():
    # the town hall on Monday, the prosecutor on Wednesday; the civil protection, then the police; the local
    # authorities and the army: one official toll moving on, not two claimants disagreeing
    for first, second in (("la mairie", "le parquet"), ("the civil protection agency", "the police"),
                          ("les autorités locales", "the army")):  # fmt: skip
        assert _toll_kinds(first, second) == ["update"], (first, second)
    # a state body against a non-governmental count, two states' bodies, or a hospital's own count: still a dispute
    for first, second in (("la mairie", "l'ONG Amnesty"), ("les autorités russes", "the Ukrainian army"),
                          ("la préfecture", "l'hôpital de la ville")):  # fmt: skip
        assert _toll_kinds(first, second) == ["dispute"], (first, second)


def test_a_person_one_page_names_with_their_office_holds_that_offices_count_where_another_names_them_bare():
    # « le maire Jean Dorval » on Monday and « Jean Dorval » on Wednesday are one holder: the toll moved on
    assert _toll_kinds("le maire Jean Dorval", "Jean Dorval") == ["update"]
    assert _toll_kinds("Interior Minister Ana Kovač", "Ana Kovač") == ["update"]  # English capitalises the office
    # a name no page gives an office stays a person of their own, apart from another person
    assert _toll_kinds("Jean Dorval", "Ana Kovač") == ["dispute"]


def test_two_bodies_named_apart_stay_a_dispute():
    # the army and the Red Cross, or two UN agencies, are different claimants: their counts are disputed
    for first, second in (("l'armée", "la Croix-Rouge"), ("the WHO", "l'Ocha"), ("la police", "les syndicats")):
        points = points_of([
            ("a.md", "Le bilan était de 204 morts jeudi.", "204", 204, 204, first, "2026-05-12"),
            ("b.md", "The toll rose to 279 dead on Saturday.", "279", 279, 279, second, "2026-05-14"),
        ])  # fmt: skip
        assert [p.kind for p in points] == ["dispute"], (first, second)


def test_an_age_is_never_a_rounding():
    count_70 = Assertion(0, "figure", "figure|dead||", "s", "≈ 70", (0, 1), low=70, high=70)
    count_69 = Assertion(1, "figure", "figure|dead||", "s", "69", (0, 1), low=69, high=69)
    assert figures_agree(count_70, count_69)  # « près de 70 morts » may hold 69
    exact_70 = Assertion(2, "figure", "figure|dead||", "s", "70", (0, 1), low=70, high=70)
    assert not figures_agree(exact_70, count_69)  # « 70 morts » said exactly is another count than 69
    age_70 = Assertion(0, "figure", "figure|age|years||side=role:president", "s", "≈ 70 years", (0, 1), low=70, high=70)
    age_69 = Assertion(1, "figure", "figure|age|years||side=role:president", "s", "69 years", (0, 1), low=69, high=69)
    assert not figures_agree(age_70, age_69)  # « 70 ans » against "69-year-old": two ages for one person
    assert figures_agree(age_70, age_70)


def test_one_holder_two_tolls_on_one_day_without_both_hours_is_an_update_in_unknown_order():
    from dataclasses import replace

    articles, sentences, assertions = corpus(
        ("a.md", "Selon le gouverneur, le bilan provisoire est de 40 morts.", "40", 40, 40, "le gouverneur", "2026-05-12"),
        ("b.md", "Ce matin, le gouverneur a fait état d'au moins 95 morts.", "≥ 95", 95, math.inf, "le gouverneur", "2026-05-12T09"),
    )  # fmt: skip
    assertions = [replace(assertions[0], timed=False), assertions[1]]  # the first has only its page's day
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["update"]
    assert "order that day is not known" in points[0].reasons[0].text
    # both at hours the text gives, one hour apart: one moment, two values, a conflict
    both = points_of([
        ("a.md", "À 9 heures, le gouverneur faisait état de 40 morts.", "40", 40, 40, "le gouverneur", "2026-05-12T09"),
        ("b.md", "À 9 heures, the governor reported 95 dead.", "95", 95, 95, "le gouverneur", "2026-05-12T09"),
    ])  # fmt: skip
    assert [p.kind for p in both] == ["conflict"]


def test_one_named_body_counting_demonstrators_twice_on_an_undated_page_is_an_update():
    from dataclasses import replace

    articles, sentences, assertions = corpus(
        ("a.md", "En début d'après-midi, la police comptait 120 000 manifestants.", "120000", 120000, 120000, "la police", "2026-05-12T14"),
        ("b.md", "Plus de 90 000 personnes défilaient selon la police.", "> 90000", 90001, math.inf, "la police", None),
    )  # fmt: skip
    assertions = [replace(a, key="figure|demonstrators||") for a in assertions]
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["update"]  # the floor does not "hold" the other count: the count moved on
    # the outlets' own counts of a march (no body named), one page undated: nothing says the count moved on
    own = [replace(a, holder=None) for a in assertions]
    points = build_points(own, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["agreement"]


def test_a_day_whose_event_the_parse_does_not_find_is_not_set_against_another_event_s_day():
    """« Le FPE affirme contrôler la ville depuis samedi 14 février » (what the day dates: unknown) against « a
    déclaré dimanche 15 février le porte-parole »: nothing says they date one thing, so no date dispute; two days
    whose words are both unknown are still compared, and an unknown word's day against a known one's on the same
    weekday still conflicts (« samedi 14 février » against « samedi 15 février »)."""
    from dataclasses import replace

    rows = [("a.md", "Le FPE affirme contrôler la ville depuis samedi 14 février.", "2026-02-14 (samedi)", 0, 0, None, None),
            ("b.md", "La ville est sous contrôle, a déclaré dimanche 15 février le porte-parole.", "2026-02-15 (dimanche)",
             0, 0, None, None),
            ("c.md", "Les communications étaient coupées dimanche 15 février.", "2026-02-15 (dimanche)", 0, 0, None, None),
            ("d.md", "Le FPE affirme contrôler la ville depuis samedi 15 février.", "2026-02-15 (samedi)", 0, 0, None,
             None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    dated = ["date", "déclarer", "date", "contrôler"]
    days = [(20498.0, 20498.0), (20499.0, 20499.0), (20499.0, 20499.0), (20499.0, 20499.0)]
    assertions = [replace(a, what="date", key="date", low=lo, high=hi, counted=c)
                  for a, c, (lo, hi) in zip(assertions, dated, days)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {frozenset((p.claims[i].article, p.claims[j].article)): rel for p in points for i, j, rel in p.pairs}
    assert frozenset(("a.md", "b.md")) not in marks  # a day of unknown event against a statement's day
    assert marks.get(frozenset(("a.md", "c.md"))) == "conflict"  # both unknown: compared as before
    assert marks.get(frozenset(("a.md", "d.md"))) == "conflict"  # one Saturday dated the 14th and the 15th


def test_days_of_two_events_are_not_compared_but_one_weekday_dated_two_ways_is():
    from dataclasses import replace

    rows = [("a.md", "Les enquêteurs ont retrouvé dimanche la seconde boîte noire.", "(dimanche)", 0, 0, None, None),
            ("b.md", "Les sauveteurs ont retiré samedi la queue de l'appareil.", "(samedi)", 0, 0, None, None),
            ("c.md", "The attack of Tuesday 16 September left many dead.", "2025-09-16 (mardi)", 0, 0, None, None),
            ("d.md", "Ce mardi 17 septembre, des assaillants ont réussi à entrer dans la ville.", "2025-09-17 (mardi)", 0, 0,
             None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    dated = ["retrouver", "retirer", "attack", "réussir"]
    days = [(None, None), (None, None), (20347.0, 20347.0), (20348.0, 20348.0)]
    assertions = [replace(a, what="date", key="date", low=lo, high=hi, counted=c)
                  for a, c, (lo, hi) in zip(assertions, dated, days)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {(p.claims[i].article, p.claims[j].article): rel for p in points for i, j, rel in p.pairs}
    assert ("a.md", "b.md") not in marks and ("b.md", "a.md") not in marks  # two events, two days: nothing to compare
    assert marks.get(("c.md", "d.md")) == "conflict"  # one Tuesday dated the 16th and the 17th


def test_one_day_given_two_weekdays_is_a_conflict_and_the_reason_says_which_the_calendar_gives():
    from dataclasses import replace

    rows = [("a.md", "Le mardi 10 septembre 2025, la France a été le théâtre d'une grève.", "2025-09-10 (mardi)", 0, 0,
             None, None),
            ("b.md", "La France a connu ce mercredi 10 septembre 2025 une journée de grève.", "2025-09-10 (mercredi)", 0,
             0, None, None),
            ("c.md", "Les sauveteurs ont retiré mercredi 10 septembre 2025 la queue de l'appareil.",
             "2025-09-10 (mercredi)", 0, 0, None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    dated = ["théâtre", "connaître", "retirer"]
    assertions = [replace(a, what="date", key="date", low=20341.0, high=20341.0, counted=c)
                  for a, c in zip(assertions, dated)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {frozenset((p.claims[i].article, p.claims[j].article)): rel for p in points for i, j, rel in p.pairs}
    assert marks.get(frozenset(("a.md", "b.md"))) == "conflict"  # 10 September 2025: a Tuesday or a Wednesday
    assert marks.get(frozenset(("b.md", "c.md"))) not in ("conflict", "dispute")  # one day, one weekday
    # the reason tells the reviewer which weekday the calendar gives that day
    reasons = [r.text for p in points if p.kind == "conflict" for r in p.reasons]
    assert any(t.endswith("by the calendar 2025-09-10 is a Wednesday, not a Tuesday") for t in reasons), reasons


def test_two_claimants_giving_one_day_two_weekdays_are_told_what_the_calendar_says():
    from dataclasses import replace

    rows = [("a.md", "Le mardi 10 septembre 2025, la grève a commencé, selon la police.", "2025-09-10 (mardi)", 0, 0,
             "la police", None),
            ("b.md", "La grève a commencé ce mercredi 10 septembre 2025, selon le syndicat.", "2025-09-10 (mercredi)", 0,
             0, "le syndicat", None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    assertions = [replace(a, what="date", key="date|#start", low=20341.0, high=20341.0, counted="commencer")
                  for a in assertions]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    disputes = [p for p in points if p.kind == "dispute"]
    assert disputes and disputes[0].reasons[0].text.endswith("by the calendar 2025-09-10 is a Wednesday, not a Tuesday")


def test_days_whose_key_names_the_event_are_compared_however_each_side_words_it():
    """A verdict's day keyed as such (claims/extract.py) by both sides is one occasion, whatever verb dates it (« a
    été condamné » / "the ruling, delivered"), as is the year a thing came into use."""
    from dataclasses import replace

    rows = [("a.md", "The ruling was delivered on Wednesday in Paris.", "2025-09-24 (mercredi)", 0, 0, None, None),
            ("b.md", "L'ancien ministre a été condamné ce jeudi 25 septembre.", "2025-09-25 (jeudi)", 0, 0, None, None),
            ("c.md", "The aircraft made its commercial debut in 2009.", "2009", 0, 0, None, None),
            ("d.md", "L'appareil est entré en service commercial en 2011.", "2011", 0, 0, None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    keys = ["date|#verdict", "date|#verdict", "date|inception", "date|inception"]
    dated = ["deliver", "condamner", "debut", "entrée en service"]
    days = [(20355.0, 20355.0), (20356.0, 20356.0), (14245.0, 14609.0), (14975.0, 15339.0)]
    assertions = [replace(a, what="date", key=k, low=lo, high=hi, counted=c)
                  for a, k, c, (lo, hi) in zip(assertions, keys, dated, days)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {(p.claims[i].article, p.claims[j].article): rel for p in points for i, j, rel in p.pairs}
    assert marks.get(("a.md", "b.md")) == "conflict"  # one verdict, Wednesday against Thursday
    assert marks.get(("c.md", "d.md")) == "conflict"  # one debut, 2009 against 2011


def test_a_toll_on_an_undated_page_is_placed_by_a_dated_page_giving_the_same_number():
    rows = [
        ("a.md", "Le porte-parole du gouvernement fait état de plus de 2 000 morts.", "> 2000", 2001, math.inf,
         "le porte-parole du gouvernement", "2026-02-03"),
        ("b.md", "« Nous parlons de plus de 3 000 morts », a-t-il déclaré.", "> 3000", 3001, math.inf, None, None),
    ]  # fmt: skip
    alone = _article_dated(rows)
    assert [p.kind for p in alone] == ["conflict"]  # a named body against an undated page: nothing orders them
    placed = _article_dated(rows + [
        ("c.md", "Le bilan dépasse les 3 000 morts, selon les autorités.", "> 3000", 3001, math.inf, None, "2026-02-06"),
    ])  # fmt: skip
    marks = {(p.claims[i].article, p.claims[j].article): rel for p in placed for i, j, rel in p.pairs}
    assert marks.get(("a.md", "b.md")) == "update"  # more than 3,000 was the count of the 6th: later than the 3rd
    (item,) = placed
    assert next(c for c in item.claims if c.article == "b.md").as_of is None  # the page's own date stays unknown


def test_a_count_that_does_not_only_grow_moves_between_days_only_when_the_text_dates_both():
    from dataclasses import replace

    rows = [("a.md", "À Nantes, la police a compté 14 000 manifestants.", "14000", 14000, 14000, "la police", "2026-05-12"),
            ("b.md", "In Nantes, police counted 19,000 marchers.", "19000", 19000, 19000, "la police", "2026-05-13")]
    articles, sentences, assertions = corpus(*rows)
    paged = [replace(a, key="figure|demonstrators||", timed=False) for a in assertions]
    points = build_points(paged, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["conflict"]  # two pages a day apart printing one body's count of one march
    dated = [replace(a, key="figure|demonstrators||", timed=True) for a in assertions]
    points = build_points(dated, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["update"]  # the text dates each count: the body revised it the next day
    tolls = [replace(a, timed=False) for a in assertions]  # a toll only grows: a day later and larger moved on
    points = build_points(tolls, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [p.kind for p in points] == ["update"]


def test_days_of_one_thing_told_by_two_verbs_are_compared():
    from dataclasses import replace

    rows = [("a.md", "Le sommet s'est tenu le 4 mai.", "2026-05-04", 0, 0, None, None),
            ("b.md", "Le sommet a eu lieu le 5 mai.", "2026-05-05", 0, 0, None, None),
            ("c.md", "Le pont a été inauguré le 6 mai.", "2026-05-06", 0, 0, None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    told = [("tenir", ("sommet",)), ("avoir", ("sommet",)), ("inaugurer", ("pont",))]
    days = [20577.0, 20578.0, 20579.0]
    assertions = [replace(a, what="date", key="date", low=d, high=d, counted=c, about=about)
                  for a, (c, about), d in zip(assertions, told, days)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {frozenset((p.claims[i].article, p.claims[j].article)): rel for p in points for i, j, rel in p.pairs}
    assert marks.get(frozenset(("a.md", "b.md"))) == "conflict"  # one summit, two days
    assert frozenset(("a.md", "c.md")) not in marks and frozenset(("b.md", "c.md")) not in marks  # two events


def _claim(value, low, high, holder=None, as_of=None, stage="", key="figure|dead||"):
    return Assertion(sentence=0, what="figure", key=key, subject="morts", value=value, span=(0, 5), low=low,
                     high=high, holder=holder, as_of=as_of, stage=stage)  # fmt: skip


def test_two_precise_floors_a_little_apart_do_not_agree_by_rounding():
    from checker.claims.marks import relation

    assert not figures_agree(_claim("≥ 64", 64, math.inf), _claim("≥ 63", 63, math.inf))  # two floors, one moment
    assert relation(_claim("≥ 64", 64, math.inf, as_of="2031-02-27"), _claim("≥ 63", 63, math.inf, as_of="2031-02-27")) \
        == "conflict"
    # a round figure is still a reporter's rounding of a precise one, and round floors stay within 2 %
    assert figures_agree(_claim("25000", 25000, 25000), _claim("25200", 25200, 25200))
    assert figures_agree(_claim("≥ 3000", 3000, math.inf), _claim("≥ 3050", 3050, math.inf))


def test_two_undated_counts_one_holder_gives_moved_on_only_if_the_count_only_grows():
    """Neither side says when: two death tolls of one holder are two stages of a toll that only grows (an update in
    unknown order); two counts of the missing (found alive or dead, they fall) or of demonstrators are not."""
    from checker.claims.marks import relation

    assert relation(_claim("32", 32, 32), _claim("38", 38, 38)) == "update"
    missing = "figure|missing||"
    assert relation(_claim("12", 12, 12, key=missing), _claim("10", 10, 10, key=missing)) == "conflict"
    marchers = "figure|demonstrators||"
    assert relation(_claim("217000", 217000, 217000, holder="la police", key=marchers),
                    _claim("250000", 250000, 250000, holder="la police", key=marchers)) == "conflict"
    # one side dated and the other not: the undated one may be either side of it, as before
    assert relation(_claim("12", 12, 12, key=missing, as_of="2031-03-02"), _claim("10", 10, 10, key=missing)) == "update"

def test_two_ranges_told_agree_only_when_both_ends_do():
    """« entre 275 000 et 375 000 » and « de 275 000 à 325 000 »: one count's two estimates, not a rounding; a range
    still holds a rounding of its ends, and an order of size (« des dizaines ») is no range told."""
    assert not figures_agree(_claim("275000–375000", 275000, 375000), _claim("275000–325000", 275000, 325000))
    assert figures_agree(_claim("275000–375000", 275000, 375000), _claim("275000–375000", 275000, 375000))
    assert figures_agree(_claim("275000–370000", 275000, 370000), _claim("275000–375000", 275000, 375000))
    assert figures_agree(_claim("≈ 20–99", 20, 99), _claim("40–50", 40, 50))  # « des dizaines »: an order of size
    assert figures_agree(_claim("40–50", 40, 50), _claim("45", 45, 45))  # a count inside a range told

def test_a_toll_lower_days_later_is_a_step_unless_its_words_say_it_is_the_latest():
    from checker.claims.marks import relation

    early = _claim("5500", 5500, 5500, holder="les autorités sanitaires", as_of="2031-09-14")
    later = _claim("3252", 3252, 3252, holder="les autorités sanitaires", as_of="2031-09-16")
    # by the days alone: the toll's next step (a page dated after its count was current, or a correction)
    assert relation(early, later) == "update"
    # « selon le dernier bilan »: the later's own words say it is the latest, and it is lower
    assert relation(early, _claim("3252", 3252, 3252, holder="les autorités sanitaires", as_of="2031-09-16",
                                  stage="late")) == "conflict"  # fmt: skip
    # pages a day apart may report one moment: lower there is a conflict
    assert relation(early, _claim("3252", 3252, 3252, holder="les autorités sanitaires", as_of="2031-09-15")) \
        == "conflict"
    assert relation(_claim("27", 27, 27, holder="X", as_of="2031-09-14"), _claim("52", 52, 52, holder="X",
                    as_of="2031-09-16")) == "update"  # fmt: skip  (it grew: the count went on)
    # the order from the words when a side has no day: « un premier bilan » / « un dernier bilan »
    assert relation(_claim("5500", 5500, 5500, holder="X", stage="early"), _claim("3252", 3252, 3252, holder="X",
                    stage="late")) == "conflict"  # fmt: skip
    # the words order them against the days (« le dernier bilan » on a page dated earlier): the order is unknown
    assert relation(_claim("44374", 44374, 44374, holder="X", as_of="2031-02-06", stage="late"),
                    _claim("44218", 44218, 44218, holder="X", as_of="2031-02-24")) == "update"
    # said revised down (« revu à la baisse », "revised down"): an update
    assert relation(early, _claim("3252", 3252, 3252, holder="les autorités sanitaires", as_of="2031-09-16",
                                  stage="revised")) == "update"  # fmt: skip
    # counts that may fall (the missing, found alive or dead) stay updates
    key = "figure|missing||"
    assert relation(_claim("30", 30, 30, holder="X", as_of="2031-09-14", key=key),
                    _claim("21", 21, 21, holder="X", as_of="2031-09-16", key=key)) == "update"


def test_stage_words_for_a_count_revised_down_and_a_previous_one():
    from checker.reading.frames import stage_of

    assert stage_of("Le bilan des victimes au sol a été revu à la baisse par les autorités.") == "revised"
    assert stage_of("The ministry revised down the number of dead to 19.") == "revised"
    assert stage_of("Health officials had previously put the toll at 300.") == "early"
    assert stage_of("Le préfet avait auparavant évoqué 40 morts.") == "early"


def test_two_bodies_speaking_on_their_own_days_are_no_date_dispute():
    from dataclasses import replace

    rows = [("a.md", "A ministry official said on Saturday that 60 people were missing.", "2031-03-08 (samedi)", 0, 0,
             "A ministry official", None),
            ("b.md", "The army said on Saturday that seven people were still missing.", "2031-03-29 (samedi)", 0, 0, "The army", None),
            ("c.md", "Les cloches ont sonné ce mardi à la mémoire des victimes.", "2031-03-11 (mardi)", 0, 0, None, None),
            ("d.md", "Un nouveau bilan a été publié jeudi par l'agence de santé.", "2031-03-13 (jeudi)", 0, 0, None, None),
            ("e.md", "L'agence a annoncé mardi un nouveau bilan de la crue.", "2031-03-11 (mardi)", 0, 0, "l'agence", None),
            ("f.md", "L'agence a annoncé vendredi un nouveau bilan de la crue.", "2031-03-14 (vendredi)", 0, 0, "l'agence", None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    said = ["say", "say", "date", "publier", "annoncer", "annoncer"]
    days = [739318, 739339, 739321, 739323, 739321, 739324]
    assertions = [replace(a, what="date", key="date", low=float(d), high=float(d), counted=c)
                  for a, c, d in zip(assertions, said, days)]  # fmt: skip
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {(p.claims[i].article, p.claims[j].article): rel for p in points for i, j, rel in p.pairs}
    assert ("a.md", "b.md") not in marks  # the ministry on one Saturday, the army on another: no dispute
    assert marks.get(("e.md", "f.md")) == "conflict"  # one body's announcement told on two days stays a conflict


def test_two_lengths_of_different_things_are_not_compared():
    from dataclasses import replace

    rows = [("a.md", "Après une enquête de sept jours, les ONG publient leur rapport.", "7 days", 7, 7, None, "2026-05-13"),
            ("b.md", "Le gouvernement a décrété trois jours de deuil national.", "3 days", 3, 3, None, "2026-05-13"),
            ("c.md", "L'enquête a duré cinq jours selon les ONG.", "5 days", 5, 5, None, "2026-05-13")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    abouts = [("enquete",), ("deuil",), ()]
    assertions = [replace(a, key="figure|duration|days|", about=x) for a, x in zip(assertions, abouts)]
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    marks = {(p.claims[i].article, p.claims[j].article): rel for p in points for i, j, rel in p.pairs}
    assert ("a.md", "b.md") not in marks  # an inquiry's length and a mourning's
    assert marks.get(("a.md", "c.md")) == "conflict"  # a length whose thing is unread is still compared


def test_two_counts_said_exactly_differ_by_more_than_a_rounding():
    # 80 survivors against 81, 230 passengers against 232: two counts; a round count still holds its rounding
    def exact(n):
        return Assertion(0, "figure", "figure|survivors||", "s", str(n), (0, 1), low=n, high=n)
    assert not figures_agree(exact(80), exact(81))
    assert not figures_agree(exact(230), exact(232))
    assert figures_agree(exact(2000), exact(1978)) and figures_agree(exact(25000), exact(25200))
    near_80 = Assertion(1, "figure", "figure|survivors||", "s", "≈ 80", (0, 1), low=80, high=80)
    assert figures_agree(near_80, exact(81))


def test_lengths_below_one_unit_are_not_one_rounding():
    # 300 metres of coast against about a hundred (0.3 km against 0.1 km): the floor of one unit is for counts
    metres_300 = Assertion(0, "figure", "figure|distance|km|", "s", "0.3 km", (0, 1), low=0.3, high=0.3)
    metres_100 = Assertion(1, "figure", "figure|distance|km|", "s", "≈ 0.1 km", (0, 1), low=0.1, high=0.1)
    assert not figures_agree(metres_300, metres_100)
    assert figures_agree(metres_300, Assertion(2, "figure", "figure|distance|km|", "s", "0.3 km", (0, 1), low=0.3, high=0.3))
    count_30 = Assertion(3, "figure", "figure|dead||", "s", "30", (0, 1), low=30, high=30)
    assert figures_agree(count_30, Assertion(4, "figure", "figure|dead||", "s", "30", (0, 1), low=30, high=30))


def test_two_closest_days_stay_one_thing_when_a_looser_neighbour_pulls_one_away():
    # A « annoncé dimanche » and C « annoncé ce lundi » are closely related; B is close to A only, D loosely to C:
    # complete linkage would join C to D and part it from A; days are grouped by average linkage
    from checker.claims.points import _same_thing

    close = {(0, 1): 0.60, (0, 2): 0.58, (1, 2): 0.30, (2, 3): 0.40, (0, 3): 0.10, (1, 3): 0.10}
    days = [Assertion(i, "date", "date", "date", v, (0, 1)) for i, v in enumerate(["(dimanche)", "2031-05-12", "(lundi)", "(mardi)"])]
    groups = _same_thing(days, lambda i, j: close[(i, j)], 0.35, "average")
    assert [sorted(d.sentence for d in g) for g in groups] == [[0, 1, 2], [3]]
    assert [sorted(d.sentence for d in g) for g in _same_thing(days, lambda i, j: close[(i, j)], 0.35)] == [[0, 1], [2, 3]]


def test_things_split_from_a_relatedness_matrix_as_from_pairs_asked_one_by_one():
    # the pipeline gives the points every two sentences' relatedness at once (a matrix); the groups must be those
    # the same relatedness asked pair by pair gives, claims of one sentence together
    import numpy as np

    from checker.claims.points import _same_thing

    close = {(0, 1): 0.60, (0, 2): 0.58, (1, 2): 0.30, (2, 3): 0.40, (0, 3): 0.10, (1, 3): 0.10}
    days = [Assertion(i, "date", "date", "date", v, (0, 1)) for i, v in
            enumerate(["(dimanche)", "2031-05-12", "(lundi)", "(mardi)"])] + [Assertion(3, "date", "date", "date", "2031-05-14", (5, 9))]

    def block(rows):
        return np.array([[1.0 if a == b else close[(min(a, b), max(a, b))] for b in rows] for a in rows])

    for method in ("average", "complete"):
        one_by_one = _same_thing(days, lambda i, j: close[(i, j)], 0.35, method)
        at_once = _same_thing(days, lambda i, j: 1 / 0, 0.35, method, block)  # the pairs are never asked
        assert at_once == one_by_one and any(len({d.sentence for d in g}) < len(g) for g in at_once)


def test_a_spokesperson_named_beside_the_body_speaks_for_it_in_the_whole_run():
    # one page gives the count as Ilse Varrow's, another names her as the ministry's spokeswoman: one holder, whose
    # later count is an update, not a dispute between two claimants
    points = points_of([
        ("a.md", "Selon Ilse Varrow, porte-parole du ministère de la Santé, l'épidémie a fait 410 morts.", "410", 410,
         410, "Ilse Varrow", "2026-05-02"),
        ("b.md", "Le ministère de la Santé fait désormais état de 520 morts.", "520", 520, 520,
         "Le ministère de la Santé", "2026-05-03"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["update"]
    points = points_of([
        ("a.md", "Ilse Varrow, une habitante du quartier, a compté 410 morts.", "410", 410, 410, "Ilse Varrow",
         "2026-05-02"),
        ("b.md", "Le ministère de la Santé fait désormais état de 520 morts.", "520", 520, 520,
         "Le ministère de la Santé", "2026-05-03"),
    ])  # fmt: skip
    assert [p.kind for p in points] == ["dispute"]  # a neighbour speaks for nobody


def test_a_count_worded_later_and_larger_is_an_update_whoever_gave_the_earlier():
    from dataclasses import replace

    from checker.claims.marks import relation

    # « 135 morts selon le collectif » on the 4th, then « le bilan passe désormais à plus de 150 morts », undated
    earlier = _claim("135", 135, 135, holder="le collectif des ONG", as_of="2031-12-04")
    later = _claim("> 150", 150, math.inf, stage="late")
    assert relation(earlier, later) == "update" and relation(later, earlier) == "update"
    # "the toll has risen to 64" against an unattributed 62 of no known day
    assert relation(_claim("62", 62, 62), _claim("64", 64, 64, holder="the coastguard", stage="late")) == "update"
    # worded later but smaller: a cumulative toll that falls, no update
    assert relation(earlier, _claim("120", 120, 120, stage="late")) != "update"
    # both given at one hour the texts name: two counts of one moment, whatever the words
    at_eight = dict(as_of="2031-12-04T20")
    assert relation(replace(earlier, timed=True, **at_eight), replace(later, timed=True, **at_eight)) == "conflict"
    # « un bilan provisoire » (no stage: a provisional toll is often the latest of its evening) against an unworded
    # toll: the words do not say which came first; « un premier bilan » (early) does
    assert relation(_claim("27", 27, 27, holder="X"), _claim("≥ 40", 40, math.inf)) == "conflict"
    assert relation(_claim("27", 27, 27, holder="X", stage="early"), _claim("≥ 40", 40, math.inf)) == "update"
    # a floor passed by a later floor above it (« au moins 119 morts », then « au moins 157, selon un nouveau bilan
    # samedi des autorités »): the toll went on; a later floor within the first says nothing of growth
    floor = _claim("≥ 119", 119, math.inf, as_of="2031-12-04")
    new_toll = replace(_claim("≥ 157", 157, math.inf, holder="les autorités", as_of="2031-12-04", stage="late"),
                       timed=True)  # « samedi »: the day the text names
    assert relation(floor, new_toll) == "update"
    assert relation(floor, replace(new_toll, value="≥ 110", low=110)) != "update"
    # not a count that only runs on (a number of provinces, aircraft): unchanged
    key = "figure|provin||"
    assert relation(_claim("25", 25, 25, holder="X", as_of="2031-12-04", key=key),
                    _claim("26", 26, 26, stage="late", key=key)) != "update"  # fmt: skip


def test_claimants_who_disagree_on_who_is_behind_an_act_are_a_dispute():
    from checker.claims.extract import INVOLVED, NOT_INVOLVED
    from checker.claims.marks import relation

    def said(value, holder):
        return Assertion(0, "stance", "stance|PT|involved", "Portugal: behind the act?", value, (0, 1), actor="PT",
                         holder=holder)

    # a minister says Portugal is behind the attack, Lisbon's spokesman denies it: two claimants disagree
    minister, spokesman = said(INVOLVED, "le ministre espagnol"), said(NOT_INVOLVED, "le porte-parole portugais")
    assert relation(minister, spokesman) == "dispute"
    assert relation(said(INVOLVED, "the minister"), said(INVOLVED, "the police")) == "agree"
    assert relation(said(INVOLVED, None), said(NOT_INVOLVED, None)) == "conflict"  # two outlets' own words


def test_another_body_s_larger_toll_days_later_is_the_count_gone_on():
    from dataclasses import replace

    from checker.claims.marks import relation

    ministry = _claim("612", 612, 612, holder="le ministère de la Santé", as_of="2031-02-01")
    un_later = _claim("790", 790, 790, holder="l'ONU", as_of="2031-02-05")
    assert relation(ministry, un_later) == "update" and relation(un_later, ministry) == "update"
    # within two days, two bodies' tolls are rival counts of one moment
    assert relation(ministry, replace(un_later, as_of="2031-02-03")) == "dispute"
    # smaller days later: not the count gone on
    assert relation(ministry, replace(un_later, value="500", low=500, high=500)) == "dispute"
    # the dead called otherwise (fighters by the army, civilians by an NGO): their dispute, whatever the days
    army = replace(ministry, holder="l'armée", whose="fighters")
    ngo = replace(un_later, holder="une ONG", whose="civilians")
    assert relation(army, ngo) == "dispute"


def test_a_toll_told_by_who_the_victims_were_is_the_bare_toll_but_a_part_is_another_count():
    from dataclasses import replace

    from checker.claims.marks import relation

    bare = replace(_claim("62", 62, 62, holder="les garde-côtes", as_of="2031-02-26T18"), timed=True)
    migrants = replace(bare, value="59", low=59, high=59, whose="migrants")
    assert relation(migrants, bare) == "conflict"  # « 59 migrants sont morts » against « 62 morts », one hour
    assert relation(replace(migrants, whose="children"), bare) == ""  # « dont 12 enfants »: a part of it


def test_a_named_body_s_toll_and_an_outlet_s_own_on_one_day_moved_on_unless_the_count_may_fall():
    """« Selon le ministère de la Santé, 10 morts » and an outlet's own « 15 décès confirmés » the same day, neither
    saying when that day: a toll only grows, so the two are that day's toll at two hours (the real stories' readers
    called such pairs updates). A count that may fall (the injured leave hospital) stays two counts that disagree."""
    rows = [("a.md", "Selon le ministère de la Santé, 10 morts sont confirmés.", "10", 10, 10, "le ministère de la Santé",
             "2026-05-12"),
            ("b.md", "15 décès sont confirmés et une centaine de blessés sont recensés.", "15", 15, 15, None,
             "2026-05-12")]  # fmt: skip
    assert [p.kind for p in _article_dated(rows)] == ["update"]
    assert [p.kind for p in _article_dated(rows, "figure|injured||")] == ["conflict"]
    # a sentence that says when that day it was given: both may hold at that moment
    assert [p.kind for p in points_of(rows)] == ["conflict"]
    own = [(name, text, value, low, high, None, as_of) for name, text, value, low, high, _, as_of in rows]
    # two outlets' own counts that day, in unknown order: moved on
    assert [p.kind for p in _article_dated(own, "figure|injured||")] == ["update"]


def test_a_night_from_one_day_to_the_next_is_either_day_on_an_undated_page():
    from checker.claims.marks import relation

    def day(value):
        return Assertion(sentence=0, what="date", key="date", subject="date", value=value, span=(0, 5))

    night = day("(mardi–mercredi)")  # « dans la nuit de mardi à mercredi »
    assert relation(night, day("(mercredi)")) == "agree" and relation(night, day("(mardi)")) == "agree"
    assert relation(night, day("(jeudi)")) == "conflict"
    assert relation(day("(mardi)"), day("(mercredi)")) == "conflict"


def test_a_floor_then_a_count_well_above_it_is_the_toll_gone_on():
    from dataclasses import replace

    from checker.claims.marks import relation

    floor = _claim("≥ 43", 43, math.inf)  # an undated page's own « au moins 43 morts »
    later = _claim("46", 46, 46, holder="les pompiers", as_of="2031-03-02")  # the fire service's 46 on Thursday
    assert relation(floor, later) == "update" and relation(later, floor) == "update"
    assert relation(floor, replace(later, value="44", low=44, high=44)) == "agree"  # within a rounding of the floor
    at_one_hour = dict(as_of="2031-03-02T18", timed=True)
    assert relation(replace(floor, **at_one_hour), replace(later, **at_one_hour)) == "agree"  # both true at 18h
    that_day = replace(later, as_of="2031-03-02", timed=True)  # "in the pre-dawn stampede": the day, no hour
    assert relation(replace(floor, **at_one_hour), that_day) == "update"  # nothing says both hold at 18h
    assert relation(replace(floor, as_of="2031-03-03"), later) == "agree"  # the larger came first: the floor adds nothing
    assert relation(replace(floor, holder="une ONG"), later) != "update"  # another claimant: not its count gone on


def test_an_agency_named_with_what_it_is_is_the_agency_named_alone():
    from checker.claims.holder_names import Holders

    keys = Holders()
    assert keys.key("The Kestrel news agency") == keys.key("l'agence Kestrel") == keys.key("Kestrel")
    assert keys.key("the KNA agency") == keys.key("KNA")
    assert keys.key("the news agency") != keys.key("news")  # no name: nothing to join
    assert keys.key("the health agency") != keys.key("health")


def test_unnamed_sources_are_nobody_in_particular():
    """« selon des sources », "sources said": no one the reader could name; one outlet's own toll against it is not
    two claimants, and a later larger toll of theirs on an undated page is the count gone on."""
    from checker.claims.holder_names import Holders
    from checker.claims.marks import relation

    assert Holders().key("des sources") is None and Holders().key("sources") is None
    assert Holders().key("des sources policières") is not None
    assert relation(_claim("38", 38, 38), _claim("≥ 43", 43, math.inf, holder="des sources")) == "update"


def test_a_city_is_one_scope_under_its_french_and_english_names():
    from dataclasses import replace

    rows = [("a.md", "À Thessalonique, 15 000 manifestants selon la police.", "15000", 15000, 15000, "la police",
             "2026-03-08"),
            ("b.md", "In Thessaloniki, 21,000 demonstrators marched, police said.", "21000", 21000, 21000, "police",
             "2026-03-08"),
            ("c.md", "À Thessalie, 3 000 manifestants.", "3000", 3000, 3000, "la police", "2026-03-08"),
            ("d.md", "Des marches ont eu lieu partout.", "", 0, 0, None, "2026-03-08"),
            ("e.md", "Le mouvement continue.", "", 0, 0, None, "2026-03-08")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    scoped = [replace(assertions[0], key="figure|demonstrators||thessalonique"),
              replace(assertions[1], key="figure|demonstrators||thessaloniki"),
              replace(assertions[2], key="figure|demonstrators||thessalie")]  # fmt: skip
    # (d.md and e.md name no city: the city is not the whole story's place)
    points = build_points(scoped, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    assert [(p.kind, sorted(c.article for c in p.claims)) for p in points] == [("conflict", ["a.md", "b.md"])]


def test_two_cities_one_sentence_sets_apart_are_parts_of_the_story_however_often_named():
    """Every page names Varna and Kelso, so either could be the story's own place; a sentence giving one count for
    each (« 30 000 à Varna et 15 000 à Kelso ») says they are two places of it: their counts are never one."""
    from dataclasses import replace

    both = "Ils étaient 30 000 à Varna et 15 000 à Kelso, selon la police."
    rows = [("a.md", both, "30000", 30000, 30000, "la police", "2026-03-08"),
            ("a.md", both, "15000", 15000, 15000, "la police", "2026-03-08"),
            ("b.md", "À Kelso, 15 000 manifestants selon la police ; Varna défilait aussi.", "15000", 15000, 15000,
             "la police", "2026-03-08"),
            ("c.md", "À Varna, 30 000 manifestants selon la police ; Kelso aussi.", "30000", 30000, 30000,
             "la police", "2026-03-08")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    places = ["varna", "kelso", "kelso", "varna"]
    scoped = [replace(a, key=f"figure|demonstrators||{place}", sentence=0 if i < 2 else a.sentence)
              for i, (a, place) in enumerate(zip(assertions, places))]
    points = build_points(scoped, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    assert not [p for p in points if p.kind in ("conflict", "dispute")]  # Varna's 30 000 never against Kelso's 15 000
    assert sorted(sorted(c.article for c in p.claims) for p in points) == [["a.md", "b.md"], ["a.md", "c.md"]]


def test_a_city_one_sentence_sets_apart_under_one_name_is_set_apart_under_the_other_too():
    """« 30 000 à Varna et 15 000 à Thessalonique » sets the city apart from Varna; an English page's "In
    Thessaloniki, 21,000" names it the other way. However often the pages name it, its counts stay its own: the
    English count is the city's, in dispute with the French one, not the whole story's."""
    from dataclasses import replace

    both = "Ils étaient 30 000 à Varna et 15 000 à Thessalonique, selon la police."
    rows = [("a.md", both, "30000", 30000, 30000, "la police", "2026-03-08"),
            ("a.md", both, "15000", 15000, 15000, "la police", "2026-03-08"),
            ("b.md", "In Thessaloniki, 21,000 demonstrators marched, police said.", "21000", 21000, 21000, "police",
             "2026-03-08"),
            ("c.md", "Les cortèges de Thessaloniki et de Varna ont défilé.", "", 0, 0, None, "2026-03-08"),
            ("d.md", "Thessaloniki and Varna marched all day.", "", 0, 0, None, "2026-03-08")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    places = ["varna", "thessalonique", "thessaloniki"]
    scoped = [replace(a, key=f"figure|demonstrators||{place}", sentence=0 if i < 2 else a.sentence)
              for i, (a, place) in enumerate(zip(assertions, places))]
    points = build_points(scoped, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    disputed = [sorted(c.value for c in p.claims) for p in points if p.kind in ("conflict", "dispute")]
    assert disputed == [["15000", "21000"]]  # the city's two counts; Varna's 30 000 against neither

def test_a_part_placed_in_the_story_s_own_city_stays_a_part_of_the_count():
    """« 473 interpellations, dont 203 à Paris » in a story every page of which names Paris: Paris says nothing that
    tells counts apart, but « dont » still makes 203 a part of the 473, never a rival count of it."""
    from dataclasses import replace

    rows = [("a.md", "Le ministère a fait état de 473 interpellations, dont 203 à Paris.", "473", 473, 473,
             "le ministère", "2026-03-08"),
            ("a.md", "Le ministère a fait état de 473 interpellations, dont 203 à Paris.", "203", 203, 203,
             "le ministère", "2026-03-08"),
            ("b.md", "À Paris, la police a procédé à 470 interpellations sur la journée.", "470", 470, 470,
             "la police", "2026-03-08")]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    whole, part, other = assertions
    claims = [replace(whole, key="figure|arrested||"), replace(part, key="figure|arrested||paris", part=True, sentence=0),
              replace(other, key="figure|arrested||")]
    points = build_points(claims, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.9)
    assert not any("203" in {c.value for c in p.claims} and len(p.claims) > 1 for p in points)  # the part stands alone


def test_a_fixed_measure_told_differently_on_two_days_is_a_conflict_not_an_update():
    """A bridge's height, a quake's depth: the thing does not change while the story unfolds."""
    from checker.claims.marks import relation

    key = "figure|distance|km|"
    day_one = _claim("0.05 km", 0.05, 0.05, as_of="2031-08-14", key=key)
    day_two = _claim("0.045 km", 0.045, 0.045, holder="la protection civile", as_of="2031-08-15", key=key)
    assert relation(day_one, day_two) == "conflict"
    # a toll on two days is still a count moving on
    assert relation(_claim("38", 38, 38, as_of="2031-08-14"), _claim("43", 43, 43, as_of="2031-08-15")) == "update"


def test_unqualified_counts_of_people_a_hundred_times_apart_are_not_one_count():
    from dataclasses import replace

    articles, sentences, assertions = corpus(
        ("a.md", "La ville compte quelque 300 000 habitants.", "≈ 300000", 240000, 360000, None, "2026-05-13"),
        ("b.md", "Le pays compte environ 100 millions d'habitants.", "≈ 100000000", 8e7, 1.2e8, None, "2026-05-13"),
        ("c.md", "Le pays, fort de 150 millions d'habitants, est touché.", "150000000", 1.5e8, 1.5e8, None,
         "2026-05-13"),
    )  # fmt: skip
    assertions = [replace(a, key="figure|inhabitants||", subject="habitants") for a in assertions]
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    marked = {(p.claims[i].value, p.claims[j].value): rel for p in points for i, j, rel in p.pairs}
    assert all("300000" not in pair[0] + pair[1] for pair in marked)  # the town's count is no rival of the country's
    assert set(marked.values()) == {"conflict"}  # the two counts of the country still disagree


def test_a_first_toll_then_a_larger_one_from_another_body_is_an_update_not_an_agreement():
    from dataclasses import replace

    articles, sentences, assertions = corpus(
        ("a.md", "Au moins 15 personnes ont péri, selon un premier bilan de sources médicales.", "≥ 15", 15, math.inf,
         "des sources médicales", "2026-05-13"),
        ("b.md", "Le responsable de la police a confirmé 30 décès.", "30", 30, 30, "le responsable de la police",
         "2026-05-13"),
    )  # fmt: skip
    assertions = [replace(assertions[0], stage="early"), assertions[1]]
    points = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [rel for p in points for _, _, rel in p.pairs] == ["update"]  # the count went on; both still hold
    unworded = build_points([replace(assertions[0], stage=""), assertions[1]], sentences, articles,
                            {a.name: a.name for a in articles}, lambda i, j: 0.5)  # fmt: skip
    assert [rel for p in unworded for _, _, rel in p.pairs] == ["agreement"]  # nothing says which came first


def test_clock_times_agree_where_the_hours_their_words_allow_meet():
    def time(n, value, low, high):
        return Assertion(n, "time", "time", "time of day", value, (0, 1), low=low, high=high)

    about_half_past, at_36, about_noon = time(0, "≈ 11:30", 11.25, 11.75), time(1, "11:36", 11.6, 11.6), time(
        2, "≈ 12:00", 11.5, 12.5)
    small_hours, afternoon = time(3, "01:30–02:30", 1.5, 2.5), time(4, "≈ 14:00", 13.5, 14.5)
    from checker.claims.values import claims_agree as _agree

    assert _agree(about_half_past, at_36) and _agree(about_half_past, about_noon)  # roundings of one moment
    assert _agree(small_hours, time(5, "02:30", 2.5, 2.5))  # the end of the range
    assert not _agree(small_hours, afternoon)  # the small hours against the afternoon: two moments
    assert not _agree(time(6, "14:30", 14.5, 14.5), time(7, "15:00", 15.0, 15.0))  # two exact times


def test_two_times_a_reporter_rounds_differently_are_two_times():
    """« vers trois heures » against « vers 2 h 30 » (a reporter who knew half past would say so), and 11:46
    against 11:47, both told to the minute: two times. "Around 11:30" still holds 11:36, « à 14 h » 14:04."""
    from checker.claims.values import claims_agree as _agree
    from checker.claims.when import hour_span

    def time(n, value, hour, lead="", to_the_minute=False):
        low, high = hour_span(hour, lead, to_the_minute) or (hour, hour)
        return Assertion(n, "time", "time", "time of day", value, (0, 1), low=low, high=high)

    assert not _agree(time(0, "≈ 03:00", 3.0, "vers"), time(1, "≈ 02:30", 2.5, "vers", True))
    assert not _agree(time(2, "≈ 20:00", 20.0, "vers"), time(3, "≈ 20:30", 20.5, "around", True))
    assert _agree(time(4, "≈ 11:30", 11.5, "around", True), time(5, "11:36", 11.6))
    assert not _agree(time(6, "23:46", 23 + 46 / 60), time(7, "23:47", 23 + 47 / 60))
    assert _agree(time(8, "14:00", 14.0), time(9, "14:04", 14 + 4 / 60))  # a round hour may round a few minutes
    # "around 00:46", told to a minute no one rounds to, is not 00:40; « vers 22h22 » is not 22:15
    assert not _agree(time(10, "≈ 00:46", 46 / 60, "around", True), time(11, "00:40", 40 / 60))
    assert not _agree(time(12, "≈ 22:22", 22 + 22 / 60, "vers", True), time(13, "22:15", 22.25))
    assert _agree(time(14, "≈ 22:22", 22 + 22 / 60, "vers", True), time(15, "22:20", 22 + 20 / 60))
    assert _agree(time(16, "≈ 14:00", 14.0, "vers"), time(17, "14:20", 14 + 20 / 60))  # « vers 14 h » may be 14:20


def test_a_recalled_year_is_not_another_day_of_the_story():
    """« 197 000 manifestants ce mercredi 10 septembre », « près de 250 000 selon la CGT » (no day named) and « 290 000
    en 2018 » (a recalled occasion): the count naming no day is of the one day the story names, not left apart."""
    from checker.claims.points import _one_day_when_one_named

    def count(n, key, value):
        return Assertion(n, "figure", key, "manifestants", str(value), (0, 1), low=value, high=value)

    groups = {"figure|demonstrators||": [count(0, "figure|demonstrators||", 250000)],
              "figure|demonstrators|||event=2025-09-10": [count(1, "figure|demonstrators|||event=2025-09-10", 197000)],
              "figure|demonstrators|||event=recalled 2018": [count(2, "figure|demonstrators|||event=recalled 2018", 290000)]}  # fmt: skip
    _one_day_when_one_named(groups)
    assert sorted(a.low for a in groups["figure|demonstrators||"]) == [197000, 250000]
    assert [a.low for a in groups["figure|demonstrators|||event=recalled 2018"]] == [290000]


def test_an_event_s_hour_naming_no_day_is_of_the_one_day_the_story_names_for_that_hour():
    """« à 0h40 a eu lieu l'effondrement » and "collapsed at around 00:46 on Sunday (April 9)": one collapse's hour;
    with two days named for collapses, the hour naming none stays apart."""
    from checker.claims.points import _one_day_when_one_named

    def hour(n, key, h):
        return Assertion(n, "time", key, "time of day", f"{h:05.2f}", (0, 1), low=h, high=h)

    groups = {"time|#collapse": [hour(0, "time|#collapse", 0.67)],
              "time|#collapse@2031-04-09": [hour(1, "time|#collapse@2031-04-09", 0.77)]}
    _one_day_when_one_named(groups)
    assert list(groups) == ["time|#collapse"] and [a.sentence for a in groups["time|#collapse"]] == [0, 1]
    two = {"time|#collapse": [hour(0, "time|#collapse", 0.67)],
           "time|#collapse@2031-04-09": [hour(1, "time|#collapse@2031-04-09", 0.77)],
           "time|#collapse@2031-04-12": [hour(2, "time|#collapse@2031-04-12", 9.5)]}
    _one_day_when_one_named(two)
    assert sorted(two) == ["time|#collapse", "time|#collapse@2031-04-09", "time|#collapse@2031-04-12"]


def test_the_hour_of_the_accident_is_the_hour_of_the_one_incident_the_story_names():
    """« l'accident survenu à 22h15 » in a story whose hours name one crush (« vers 22h22, … se sont bousculés »): the
    crush's hour; in a story naming a collapse and a blast, or none, an hour of unknown event."""
    from checker.claims.points import _the_one_incident

    def hour(n, key, h):
        return Assertion(n, "time", key, "time of day", f"{h:05.2f}", (0, 1), low=h, high=h, event=key[5:])

    groups = {"time|#incident": [hour(0, "time|#incident", 22.25)], "time|#crush": [hour(1, "time|#crush", 22.37)]}
    _the_one_incident(groups)
    assert list(groups) == ["time|#crush"] and [a.event for a in groups["time|#crush"]] == ["#crush", "#crush"]
    two = {"time|#incident@2031-04-09": [hour(0, "time|#incident@2031-04-09", 3.0)],
           "time|#collapse": [hour(1, "time|#collapse", 3.2)], "time|#blast": [hour(2, "time|#blast", 2.9)]}
    _the_one_incident(two)
    assert sorted(two) == ["time", "time|#blast", "time|#collapse"] and two["time"][0].event == ""

def test_one_country_s_people_among_the_dead_are_one_count_however_worded():
    """« dont quatre Ukrainiens » (a part of the dead) and « cinq Ukrainiens … sont morts » (read as Ukrainians): one
    count of one country's dead, four against five."""
    from checker.claims.points import _nationals_among_the_dead

    among = Assertion(0, "figure", "figure|dead||part", "Ukrainiens", "4", (0, 1), low=4, high=4, whose="nationals-UA")
    listed = Assertion(1, "figure", "figure|nationals-UA||", "Ukrainiens", "5", (0, 1), low=5, high=5)
    toll = Assertion(2, "figure", "figure|dead||", "morts", "21", (0, 1), low=21, high=21)
    children = Assertion(3, "figure", "figure|dead||part", "enfants", "2", (0, 1), low=2, high=2, whose="children")
    read = _nationals_among_the_dead([among, listed, toll, children])
    assert read[0].key == read[1].key == "figure|nationals-UA||" and read[0].whose == ""
    assert [a.key for a in read[2:]] == ["figure|dead||", "figure|dead||part"]  # the toll and other parts stay

def test_the_days_two_unnamed_speakers_spoke_are_not_one_statement_dated_two_ways():
    """« A Red Cross official said Wednesday … » and « a ministry official said on Saturday … »: two statements, not
    one dated twice; the same named body said to speak on two days is one statement in dispute."""
    from dataclasses import replace

    rows = [("a.md", "An official said Wednesday that at least 100 people were killed.", "2020-08-05 (mercredi)", 0, 0, None, None),
            ("b.md", "An official said on Saturday that more than 60 people are missing.", "2020-08-08 (samedi)", 0, 0, None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    days = [20305.0, 20308.0]
    unnamed = [replace(a, what="date", key="date", low=d, high=d, counted="say", holder=None)
               for a, d in zip(assertions, days)]  # fmt: skip
    origin = {a.name: a.name for a in articles}
    assert [p.kind for p in build_points(unnamed, sentences, articles, origin, lambda i, j: 0.9)] == []
    named = [replace(a, holder="the Lebanese Health Ministry") for a in unnamed]
    assert [p.kind for p in build_points(named, sentences, articles, origin, lambda i, j: 0.9)] == ["conflict"]


def test_one_body_announcing_two_things_on_two_days_is_not_one_statement():
    from dataclasses import replace

    rows = [("a.md", "Le gouvernement a annoncé jeudi que le bilan était de 38 morts.", "(jeudi)", 0, 0, None, None),
            ("b.md", "Le gouvernement a annoncé samedi la découverte d'un corps.", "(samedi)", 0, 0, None, None)]  # fmt: skip
    articles, sentences, assertions = corpus(*rows)
    dated = [replace(a, what="date", key="date", low=None, high=None, counted="annoncer", holder="Le gouvernement",
                     about=about) for a, about in zip(assertions, [("bilan",), ("découverte",)])]  # fmt: skip
    origin = {a.name: a.name for a in articles}
    assert [p.kind for p in build_points(dated, sentences, articles, origin, lambda i, j: 0.9)] == []
    same = [replace(a, about=("bilan",)) for a in dated]  # the same announcement dated two ways
    assert [p.kind for p in build_points(same, sentences, articles, origin, lambda i, j: 0.9)] == ["conflict"]


def test_a_count_naming_the_occasion_s_only_day_is_compared_with_counts_naming_none():
    """« Le scrutin, tenu le 12 octobre, a enregistré 57,76 % » against « la participation était de 46,31 % »: the
    story names one day for its turnout, so a turnout naming none is of that day. With two days named (two protest
    days), a count naming none stays apart from both."""
    from dataclasses import replace

    articles, sentences, assertions = corpus(
        ("a.md", "Le scrutin, tenu le 12 octobre, a enregistré une participation de 57,76 %.", "57.76 %", 57.76, 57.76,
         None, "2031-10-13"),
        ("b.md", "Le taux de participation officiel était de 46,31 %.", "46.31 %", 46.31, 46.31, None, "2031-10-13"),
    )  # fmt: skip
    one_day = [replace(assertions[0], key="figure|turnout|%||event=2031-10-12"),
               replace(assertions[1], key="figure|turnout|%|")]  # fmt: skip
    points = build_points(one_day, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    assert [(p.kind, sorted(c.article for c in p.claims)) for p in points] == [("conflict", ["a.md", "b.md"])]

    articles, sentences, assertions = corpus(
        ("a.md", "Le 12 octobre, 57 000 manifestants ont défilé.", "57000", 57000, 57000, None, "2031-10-20"),
        ("b.md", "Le 19 octobre, 46 000 manifestants ont défilé.", "46000", 46000, 46000, None, "2031-10-20"),
        ("c.md", "On a compté 30 000 manifestants.", "30000", 30000, 30000, None, "2031-10-20"),
    )  # fmt: skip
    two_days = [replace(assertions[0], key="figure|demonstrators||event=2031-10-12"),
                replace(assertions[1], key="figure|demonstrators||event=2031-10-19"),
                replace(assertions[2], key="figure|demonstrators||")]  # fmt: skip
    assert build_points(two_days, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5) == []


def test_nearly_a_number_and_more_than_it_do_not_agree():
    """« près de 5 000 interventions » is under 5 000, « plus de 5 000 » over it; « environ 5 000 » holds both."""
    from checker.claims.figures import figures as read_figures

    def claim(text):
        f = read_figures(text)[0]
        return _claim(f.value, f.low, f.high, key="figure|interventions||")

    nearly, more, about = claim("près de 5 000 interventions"), claim("plus de 5 000 interventions"), claim(
        "environ 5 000 interventions")
    assert not figures_agree(nearly, more) and not figures_agree(more, nearly)
    assert not figures_agree(claim("nearly 5,000 calls"), claim("at least 5,000 calls"))
    assert figures_agree(about, more) and figures_agree(nearly, about)
    assert figures_agree(nearly, claim("4 900 interventions"))


def test_a_floor_one_day_and_a_count_above_it_the_next_is_the_toll_gone_on_whoever_gave_them():
    """« au moins 78 morts » from the Red Cross on Sunday, 83 from the authorities on Monday: not a rival count nor
    the same one, the toll went on."""
    from checker.claims.marks import relation

    sunday = _claim("≥ 78", 78, math.inf, holder="la Croix-Rouge", as_of="2031-05-05")
    monday = _claim("83", 83, 83, holder="les autorités régionales", as_of="2031-05-06")
    assert relation(sunday, monday) == relation(monday, sunday) == "update"
    # the same floor and count on one day still agree; a count below the floor a day later is no toll gone on
    assert relation(sunday, replace_as_of(monday, "2031-05-05")) == "agree"
    assert relation(sunday, _claim("70", 70, 70, holder="les autorités régionales", as_of="2031-05-06")) != "update"


def replace_as_of(claim, as_of):
    from dataclasses import replace

    return replace(claim, as_of=as_of)


def test_a_count_of_unknown_people_far_from_every_value_of_a_related_count_is_not_that_count():
    """« Près de 70 000 personnes ont été chassées de chez elles » beside « une soixantaine de morts »: related
    sentences, but a thousand times apart, so the 70 000 is no rival toll of the dead."""
    rows = [
        ("a.md", "Près de 70 000 personnes ont été chassées de chez elles, et une soixantaine de morts.", "70000",
         "figure|people||"),
        ("b.md", "Les inondations ont fait 56 morts selon la défense civile.", "56", "figure|dead||"),
        ("c.md", "Les inondations ont fait 57 morts.", "57", "figure|dead||"),
    ]  # fmt: skip
    articles, sentences, assertions = _keyed(rows)
    points = build_points(assertions, sentences, articles, {n: n for n, *_ in rows}, lambda i, j: 0.8)
    assert not any("70000" in {c.value for c in p.claims} for p in points)


def test_a_count_of_unknown_people_an_order_of_size_from_a_toll_is_the_crowd_not_the_toll():
    """« 650 personnes se trouvaient dans la discothèque » beside tolls of 59 and 62 dead: the crowd, ten times the
    toll, is not a rival count of the dead; « 61 personnes ont péri » is the toll told another way."""
    rows = [
        ("a.md", "Les autorités ont indiqué que 650 personnes se trouvaient dans la discothèque.", "650",
         "figure|people||"),
        ("b.md", "L'incendie de la discothèque a fait 59 morts selon les autorités.", "59", "figure|dead||"),
        ("c.md", "L'incendie de la discothèque a fait 62 morts.", "62", "figure|dead||"),
        ("d.md", "Dans la discothèque, 61 personnes ont péri selon les autorités.", "61", "figure|people||"),
    ]  # fmt: skip
    articles, sentences, assertions = _keyed(rows)
    points = build_points(assertions, sentences, articles, {n: n for n, *_ in rows}, lambda i, j: 0.8)
    dead = [p for p in points if "59" in {c.value for c in p.claims}]
    assert len(dead) == 1 and {c.value for c in dead[0].claims} == {"59", "61", "62"}


def test_counts_told_beside_one_death_toll_are_of_one_moment_whatever_day_each_page_bears():
    """« 143 morts et 131 disparus » on one page, "143 dead, with 125 people missing" on another dated two weeks
    earlier: one bulletin, so 131 against 125 missing is a conflict, not the count gone down."""
    from dataclasses import replace

    rows = [
        ("a.md", "Le bilan s'élève à 143 morts et 131 disparus.", "143", "figure|dead||"),
        ("a.md", "Le bilan s'élève à 143 morts et 131 disparus.", "131", "figure|missing||"),
        ("b.md", "The death toll rose to 143, with 125 people missing.", "143", "figure|dead||"),
        ("b.md", "The death toll rose to 143, with 125 people missing.", "125", "figure|missing||"),
    ]  # fmt: skip
    articles, sentences, assertions = _keyed(rows)
    one = {0: 0, 1: 0, 2: 2, 3: 2}  # two sentences, two claims each
    assertions = [replace(a, sentence=one[i], as_of=("2031-05-12" if i < 2 else "2031-04-29")) for i, a in
                  enumerate(assertions)]  # fmt: skip
    points = build_points(assertions, sentences[:3], [articles[0], articles[2]], {"a.md": "a.md", "b.md": "b.md"},
                          lambda i, j: 0.8)  # fmt: skip
    missing = next(p for p in points if {c.value for c in p.claims} == {"131", "125"})
    assert missing.kind == "conflict"


def test_a_share_to_the_unit_rounds_a_share_to_the_tenth_but_two_shares_to_the_tenth_stay_apart():
    def share(value: float) -> Assertion:
        return Assertion(sentence=0, what="figure", key="figure|votes|%|", subject="%", value=f"{value:g} %",
                         span=(0, 1), low=value, high=value)

    assert figures_agree(share(51), share(51.2)) and figures_agree(share(52), share(51.95))  # the winner's 51 %
    assert not figures_agree(share(42.6), share(42.45))  # two counts to the tenth: two results
    assert not figures_agree(share(51), share(51.6))  # 51.6 % rounds to 52 %


def test_a_bound_does_not_hold_a_decimal_said_below_it():
    """« plus de 50 % » of turnout against 49,8 %: the bound is the point of the claim, no rounding joins them."""
    share = "figure|turnout|%|"
    over_half = _claim("> 50 %", 50, math.inf, key=share)
    assert not figures_agree(over_half, _claim("49.8 %", 49.8, 49.8, key=share))
    assert figures_agree(over_half, _claim("50.3 %", 50.3, 50.3, key=share))
    assert figures_agree(_claim("≥ 40 %", 40, math.inf, key=share), _claim("40 %", 40, 40, key=share))


def _toll_pages(first_text: str, spans_a: list[tuple[int, int]], floor: bool = False):
    """a.md (the page of `first_text`, its sentences at `spans_a`: a toll, then the injured) dated the 12th and b.md
    « 60 morts et 145 blessés » dated the 13th."""
    from dataclasses import replace

    second = "Le bilan est de 60 morts et 145 blessés."
    a = Article(path="a.md", name="a.md", source="A", text=first_text, spans=((0, len(first_text)),), date="2031-05-12")
    b = Article(path="b.md", name="b.md", source="B", text=second, spans=((0, len(second)),), date="2031-05-13")
    sentences = [Sentence(i, "a.md", "A", s, e, first_text[s:e]) for i, (s, e) in enumerate(spans_a)]
    sentences.append(Sentence(len(sentences), "b.md", "B", 0, len(second), second))
    last_a, last_b = len(spans_a) - 1, len(sentences) - 1
    dead_a = Assertion(0, "figure", "figure|dead||", "x", "≥ 60" if floor else "60", (0, 1), low=60.0,
                       high=math.inf if floor else 60.0)  # fmt: skip
    claims = [dead_a, Assertion(last_a, "figure", "figure|injured||", "x", "115", (0, 1), low=115.0, high=115.0),
              Assertion(last_b, "figure", "figure|dead||", "x", "60", (0, 1), low=60.0, high=60.0),
              Assertion(last_b, "figure", "figure|injured||", "x", "145", (0, 1), low=145.0, high=145.0)]  # fmt: skip
    claims = [replace(c, as_of="2031-05-12" if c.sentence <= last_a else "2031-05-13") for c in claims]
    points = build_points(claims, sentences, [a, b], {"a.md": "a.md", "b.md": "b.md"}, lambda i, j: 0.8)
    return next(p for p in points if {c.value for c in p.claims} == {"115", "145"})


def test_the_injured_beside_a_floor_toll_are_of_the_moment_of_that_toll():
    """« Au moins 60 personnes ont été tuées et 115 blessées » on the 12th, « 60 morts et 145 blessés » on the 13th:
    the same toll of sixty, so 115 against 145 injured is one moment told two ways, not the count moving on."""
    text = "Au moins 60 personnes ont été tuées et 115 blessées."
    assert _toll_pages(text, [(0, len(text))], floor=True).kind == "conflict"


def test_the_toll_of_the_sentence_before_in_one_paragraph_anchors_a_count():
    """« Le bilan s'élève à 60 morts. On compte aussi 115 blessés. »: the injured are of that toll's moment; after a
    paragraph break they are not, and a day later 145 injured is the count moving on."""
    one = "Le bilan s'élève à 60 morts. On compte aussi 115 blessés."
    assert _toll_pages(one, [(0, 28), (29, len(one))]).kind == "conflict"
    two = "Le bilan s'élève à 60 morts.\n\nOn compte aussi 115 blessés."
    assert _toll_pages(two, [(0, 28), (30, len(two))]).kind == "update"


def test_a_count_of_an_unplaced_weekday_holds_on_the_day_another_page_dates_to_that_weekday():
    """"At least 16 dead on Friday" on an undated page and « au moins 10 morts » dated Friday 10 October: one
    Friday, so two tolls of one moment disagree; against a count dated Thursday the Friday one is later."""
    texts = [("a.md", "At least 16 people were dead on Friday."), ("b.md", "Le bilan est d'au moins 10 morts.")]
    articles = [Article(path=n, name=n, source=n, text=t, spans=((0, len(t)),)) for n, t in texts]
    sentences = [Sentence(i, n, n, 0, len(t), t) for i, (n, t) in enumerate(texts)]

    def run(day: str):
        claims = [Assertion(0, "figure", "figure|dead||", "x", "≥ 16", (0, 1), low=16.0, high=math.inf, timed=True),
                  Assertion(0, "date", "date", "date", "(vendredi)", (0, 1), timed=True),
                  Assertion(1, "figure", "figure|dead||", "x", "≥ 10", (0, 1), low=10.0, high=math.inf, as_of=day,
                            timed=True)]  # fmt: skip
        points = build_points(claims, sentences, articles, {"a.md": "a.md", "b.md": "b.md"}, lambda i, j: 0.8)
        return next(p for p in points if {c.value for c in p.claims} == {"≥ 16", "≥ 10"})

    assert run("2031-10-10").kind == "conflict"  # Friday 10 October 2031: one moment, two floors
    assert run("2031-10-09").kind == "update"  # a Thursday: the Friday count came later


def test_an_order_of_size_disputes_no_count_within_its_reach_but_does_one_far_beyond_it():
    """« des dizaines de tracteurs » against « 18 tracteurs »: an order of size, not a rival count; the army's
    « quelques morts » against « plus de 70 morts » still disagree."""
    near = points_of([
        ("a.md", "Des dizaines de tracteurs bloquaient l'autoroute mercredi matin.", "≈ 20–99", 20, 99, None, "2026-05-13T09"),
        ("b.md", "Mercredi matin, 18 tracteurs bloquaient l'autoroute.", "18", 18, 18, None, "2026-05-13T09"),
    ])  # fmt: skip
    assert [p.kind for p in near if p.kind in ("conflict", "dispute")] == []
    far = points_of([
        ("a.md", "L'attaque a fait quelques morts, a déclaré l'état-major mercredi.", "≈ 2–9", 2, 9, "l'état-major", "2026-05-13T09"),
        ("b.md", "L'attaque a fait plus de 70 morts, selon l'état-major mercredi.", "> 70", 70, math.inf, "l'état-major", "2026-05-13T09"),
    ])  # fmt: skip
    assert [p.kind for p in far] == ["conflict"]


def test_a_page_giving_the_other_page_s_toll_as_its_previous_one_makes_the_two_an_update():
    from dataclasses import replace

    from checker.reading.frames import stage_of

    assert stage_of("Un précédent bilan faisait état de 43 morts.") == "early"
    assert stage_of("A previous toll of 43 was given on Sunday morning.") == "early"
    rows = [
        ("a.md", "L'ouragan a fait 43 morts, selon un bilan des autorités dimanche.", "43", 43, 43, "les autorités",
         "2026-05-10"),
        ("b.md", "L'ouragan a fait au moins 48 morts dimanche, selon les autorités.", "≥ 48", 48, math.inf,
         "les autorités", "2026-05-10"),
    ]  # fmt: skip
    one_day = points_of(rows)
    assert [p.kind for p in one_day] == ["conflict"]  # one body, one day, two tolls, nothing orders them
    articles, sentences, assertions = corpus(*rows, ("b.md", "Un précédent bilan faisait état de 43 morts.", "43", 43,
                                                     43, "les autorités", "2026-05-10"))  # fmt: skip
    assertions[2] = replace(assertions[2], stage="early")
    told = build_points(assertions, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    marks = {frozenset((p.claims[i].value, p.claims[j].value, p.claims[i].article, p.claims[j].article)): rel
             for p in told for i, j, rel in p.pairs}  # fmt: skip
    assert marks.get(frozenset(("43", "≥ 48", "a.md", "b.md"))) == "update"  # b gives a's 43 as its previous toll
    assert marks.get(frozenset(("43", "a.md", "b.md"))) == "agreement"


def test_a_claimant_s_toll_and_an_outlet_s_own_a_step_apart_with_one_time_unknown_are_the_toll_gone_on():
    """The coast guard's 62 dead (no time given) and an outlet's own 64 the next evening: one toll a step further
    on, not a claimant disputing the outlet. Far apart (62 against 150), nothing says the one became the other; and
    counts that may fall (the missing) are not ordered that way."""
    from checker.claims.marks import relation

    coast_guard = _claim("62", 62, 62, holder="les garde-côtes")
    assert relation(coast_guard, _claim("64", 64, 64, as_of="2031-02-27")) == "update"
    assert relation(coast_guard, _claim("150", 150, 150, as_of="2031-02-27")) != "update"
    missing = "figure|missing||"
    assert relation(_claim("62", 62, 62, holder="les garde-côtes", key=missing),
                    _claim("64", 64, 64, as_of="2031-02-27", key=missing)) != "update"


def test_a_toll_raised_twice_on_one_named_day_is_a_timeline_not_a_conflict():
    from dataclasses import replace as _replace

    from checker.claims.marks import relation
    from checker.reading.frames import stage_of

    assert stage_of("Le bilan a été relevé à 22 morts, a indiqué mardi un responsable des secours.") == "late"
    assert stage_of("The toll was raised to 30 on Tuesday, officials said.") == "late"
    # « a été relevé à 13 morts … a indiqué mardi » and « relevé à 22 morts … mardi »: one body's toll, both on the
    # Tuesday its sentences name, no hour given: it went on that day
    holder = "un responsable des secours"
    first = _replace(_claim("13", 13, 13, holder=holder, as_of="2031-12-05", stage="late"), timed=True)
    then = _replace(_claim("22", 22, 22, holder=holder, as_of="2031-12-05", stage="late"), timed=True)
    assert relation(first, then) == "update"
    # the same two counts with nothing saying either came later stay one moment told two ways
    assert relation(_replace(first, stage=""), _replace(then, stage="")) == "conflict"
    # and at two hours the texts give, the same hour, they are one moment whatever the words
    assert relation(_replace(first, as_of="2031-12-05T09"), _replace(then, as_of="2031-12-05T09")) == "conflict"


def test_a_weekday_read_back_a_week_from_a_named_date_is_no_conflict():
    import datetime as dt

    from checker.claims.marks import relation

    def day(value, iso, weekday_only=False, counted="produire"):
        n = float(dt.date.fromisoformat(iso).toordinal())
        return Assertion(0, "date", "date", "date", value, (0, 1), low=n, high=n, counted=counted,
                         weekday_only=weekday_only)

    # « s'est produit mercredi » on a page of Thursday 11 April (read as the 10th) against « ce mercredi 3 avril »:
    # the page's Wednesday may be the week before's
    named = day("2031-04-02 (mercredi)", "2031-04-02")
    assert relation(day("2031-04-09 (mercredi)", "2031-04-09", weekday_only=True), named) == ""
    # both dates named: two Wednesdays a week apart for one event disagree
    assert relation(day("2031-04-09 (mercredi)", "2031-04-09"), named) == "conflict"
    # a weekday alone a day off the named date (another weekday) still disagrees
    assert relation(day("2031-04-03 (jeudi)", "2031-04-03", weekday_only=True), named) == "conflict"


def test_an_undated_page_s_count_is_not_placed_on_the_last_day_it_names_against_a_count_weeks_later():
    """An undated page names only the night of the fire (« dans la nuit du 15 au 16 mars ») and gives 62 dead; a
    page of 8 April gives 61. The undated page is no older than 16 March, but may be weeks younger: 62 is not a
    toll that fell, it may be the later one (an update). Against a count of 17 March (a day after), the page is
    taken as of its day: 66 then is the count gone on from its 62, 50 a toll that fell."""
    from dataclasses import replace

    from checker.claims.extract import article_claims
    from checker.claims.marks import relation

    def counts(text, date):
        a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date=date,
                    language="fr", date_inferred="2031-03-16" if date is None else None)  # fmt: skip
        sentences, start = [], 0
        for i, part in enumerate(text.split("\n")):
            sentences.append(Sentence(i, "a.md", "A", start, start + len(part), part))
            start += len(part) + 1
        return [c for c in article_claims(a, sentences) if c.key == "figure|dead||"]

    (undated,) = counts("L'incendie s'est déclaré dans la nuit du 15 au 16 mars.\nLe bilan s'élève à 62 morts.", None)
    assert undated.as_of == "2031-03-16" and undated.as_of_floor
    (later,) = counts("Le bilan s'élève à 61 morts.", "2031-04-08")
    assert relation(undated, later) == "update"
    (next_day,) = counts("Le bilan s'élève à 66 morts.", "2031-03-17")
    assert relation(undated, next_day) == "update"
    fell = replace(next_day, value="50", low=50.0, high=50.0)
    assert relation(undated, fell) == "conflict"  # a day after its page's last named day, 50 is a toll that fell


def test_one_person_s_age_is_one_thing_whether_a_page_gives_the_first_name_or_the_full_name():
    """« Marc et Lise, 82 et 86 ans » on one page, « Anna Kessel et Marc Lorain, âgés de 85 et 81 ans » on
    another: Marc is Marc Lorain (the run names him in full), so 82 against 81 is one age told two ways, a
    conflict; « sa fille Lina 14 ans » and « leur fille de 12 ans »: the daughter is Lina."""
    from dataclasses import replace

    from checker.claims.extract import article_claims

    texts = ["Parmi les victimes, il y a le couple historique du quartier: Marc et Lise, 82 et 86 ans.",
             "Il s'agit d'Anna Kessel et de Marc Lorain, âgés de 85 et 81 ans.",
             "Hommage à Nadia Kessel 35 ans et sa fille Lina 14 ans.",
             "Le couple et leur fille de 12 ans se trouvaient sur le barrage."]  # fmt: skip
    articles, sentences, claims = [], [], []
    for i, text in enumerate(texts):
        name = f"{'abcd'[i]}.md"
        article = Article(path=name, name=name, source=name[0], text=text, spans=((0, len(text)),),
                          date="2031-04-10", language="fr")  # fmt: skip
        sentence = Sentence(i, name, name[0], 0, len(text), text)
        articles.append(article)
        sentences.append(sentence)
        claims += [replace(c, sentence=i) for c in article_claims(article, [sentence]) if "age" in c.key]
    items = build_points(claims, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    values = {frozenset(c.value for c in p.claims): p.kind for p in items}
    assert values.get(frozenset({"82 years", "81 years"})) == "conflict"
    assert values.get(frozenset({"14 years", "12 years"})) == "conflict"
