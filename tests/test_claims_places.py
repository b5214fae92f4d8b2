"""Location statements read from sentences: golden tables in French and English (anchor, direction, distance,
region), names that are not directions, and which statements about one place conflict."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checker.claims.places import Place, conflicting, places

GOLDEN = [
    # (sentence, [(anchor, direction, distance_km, region), ...])
    ("Bweranga, à 60 km au nord de Lunzu, est un verrou.", [("Lunzu", "north", 60.0, None)]),
    ("Bweranga, située à 60 km au sud de Lunzu", [("Lunzu", "south", 60.0, None)]),
    ("à une soixantaine de kilomètres au nord de Lunzu", [("Lunzu", "north", 60.0, None)]),
    ("une vingtaine de kilomètres au nord-est de Bordj Ighzer", [("Bordj Ighzer", "north-east", 20.0, None)]),
    ("l'épicentre se situe à 18 km au nord-est de Bordj Ighzer", [("Bordj Ighzer", "north-east", 18.0, None)]),
    ("au nord-est de Kessa", [("Kessa", "north-east", None, None)]),
    ("à l'est de la RDC", [("RDC", "east", None, None)]),
    ("au nord de la ville de Kessa", [("Kessa", "north", None, None)]),
    ("dans le nord-ouest du pays", [("pays", "north-west", None, None)]),
    ("dans l'est du pays", [("pays", "east", None, None)]),
    ("l'armée est dans le centre du pays", [("pays", "centre", None, None)]),
    ("dans le nord-est de l'Algérie", [("Algérie", "north-east", None, None)]),
    ("leurs liaisons vers le nord de la province", [("province", "north", None, None)]),
    ("des colonnes se repliaient vers le sud", [(None, "south", None, None)]),
    # distance without a direction
    ("Tiembara se trouve à 45 km de Dabéré.", [("Dabéré", None, 45.0, None)]),
    ("The camp is 20 miles from Kessa.", [("Kessa", None, 32.2, None)]),
    # English
    ("30 km north of Kessa", [("Kessa", "north", 30.0, None)]),
    ("Lunzu is about 130 kilometers (80 miles) west of Kessa.", [("Kessa", "west", 130.0, None)]),  # a conversion between
    ("The town lies 20 miles south of the capital.", [("capital", "south", 32.2, None)]),
    ("in northern Kivara", [("Kivara", "north", None, None)]),
    ("in the north of the country", [("country", "north", None, None)]),
    ("in north-east Nigeria", [("Nigeria", "north-east", None, None)]),
    ("in eastern Algeria on Tuesday", [("Algeria", "east", None, None)]),
    # regions
    ("autour des villages, dans la région du Lobo", [(None, None, None, "Lobo")]),
    ("situé dans la région de la Haute-Siraba", [(None, None, None, "Haute-Siraba")]),
    ("Un séisme a frappé la wilaya de Bordj Ighzer.", [(None, None, None, "Bordj Ighzer")]),
    ("dans la province du Soum", [(None, None, None, "Soum")]),
    ("The villages lie in Namboré's Lobo region.", [(None, None, None, "Lobo")]),
    ("in Borno state", [(None, None, None, "Borno")]),
    ("in the province of Kandahar", [(None, None, None, "Kandahar")]),
    ("an operation in the north-western Lobo region", [(None, "north-west", None, "Lobo")]),
    # a direction and the region around it are one place
    ("au nord de la ville de Kessa, dans la région de Tombou", [("Kessa", "north", None, "Tombou")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", GOLDEN, ids=[g[0][:60] for g in GOLDEN])
def test_golden(text, expected):
    assert [(p.anchor, p.direction, p.distance_km, p.region) for p in places(text)] == expected


NO_PLACE = [
    "Le M23 contrôle le Nord-Kivu.",
    "in South Sudan and the West Bank",
    "L'Afrique du Sud et la Corée du Nord",
    "Le président est à Paris.",
    "Il est au courant.",
    "Le pays est divisé.",
    "À Lyon, la police a compté 22 000 manifestants, selon la préfecture du Rhône.",
    "Islamic State fighters attacked the town.",
    "Le réseau compte 30 km de routes.",
    "",
    "...!!!",
    "km km km à à de de of of",
]  # fmt: skip


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place(text):
    assert places(text) == ()


def test_span_quotes_the_sentence():
    text = "Le village, situé à 18 km au sud-ouest de Bordj Ighzer, a été détruit."
    (p,) = places(text)
    assert text[p.span[0] : p.span[1]] == "à 18 km au sud-ouest de Bordj Ighzer"


def _one(text: str) -> Place:
    (p,) = places(text)
    return p


CONFLICTS = [
    # (first, second, conflicting)
    ("à 60 km au nord de Lunzu", "à 60 km au sud de Lunzu", True),
    ("à 18 km au nord-est de Bordj Ighzer", "à 18 km au sud-ouest de Bordj Ighzer", True),
    ("au nord de Lunzu", "à l'est de Lunzu", True),
    ("au nord de Lunzu", "au nord-est de Lunzu", False),
    ("à 60 km au nord de Lunzu", "à une soixantaine de kilomètres au nord de Lunzu", False),
    ("à 18 km au nord-est de Bordj Ighzer", "une vingtaine de kilomètres au nord-est de Bordj Ighzer", False),
    ("à 30 km de Dabéré", "à 35 km de Dabéré", False),
    ("à 45 km de Dabéré", "à 120 km de Dabéré", True),
    ("à 18 km au nord-est de Bordj Ighzer", "à 35 km au nord-est de Bordj Ighzer", True),
    ("dans le nord du pays", "dans le sud du pays", True),
    ("30 km north of Kessa", "à 30 km au sud de Kessa", True),
    ("30 km north of Kessa", "à 30 km au nord de Kessa", False),
    # different anchors: not comparable
    ("au nord de Lunzu", "au sud de Kessa", False),
    # regions
    ("dans la région du Lobo", "dans la région de la Haute-Siraba", True),
    ("dans la région du Lobo", "The villages lie in Namboré's Lobo region.", False),
    ("dans la région de Tillabéri", "in Tillaberi region", False),
]  # fmt: skip


@pytest.mark.parametrize("a, b, expected", CONFLICTS, ids=[f"{c[0]} | {c[1]}" for c in CONFLICTS])
def test_conflicting(a, b, expected):
    pa, pb = _one(a), _one(b)
    assert conflicting(pa, pb) is expected
    assert conflicting(pb, pa) is expected


def test_two_places_seen_from_either_one_are_one_position_told_the_other_way_round():
    """« Vinhedo, à 80 km au nord-ouest de Sao Paulo » and "Sao Paulo, 80 km south-west of Vinhedo" place the two
    towns on one line: one key, the second's way turned round, so they disagree (north-west against north-east)."""
    from checker.claims.extract import article_claims
    from checker.records import Article, Sentence

    def position(text, lang="fr"):
        a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date="2031-03-08",
                    language=lang)  # fmt: skip
        return [(c.key, c.value, c.subject) for c in article_claims(a, [Sentence(0, "a.md", "A", 0, len(text), text)])
                if c.what == "place"]  # fmt: skip

    there = position("Vinhedo, ville située à 80 kilomètres au nord-ouest de Sao Paulo, est en deuil.")
    back = position("Les corps sont transportés à Sao Paulo, située à environ 80 km au sud-ouest de Vinhedo.")
    assert there == [("place|sao paulo|vinhedo", "80 km north-west", "position from Sao Paulo")]
    assert back == [("place|sao paulo|vinhedo", "80 km north-east", "position from Sao Paulo")]
    # told the right way round, the other town's position is the same one
    same = position("Les corps sont transportés à Sao Paulo, située à environ 80 km au sud-est de Vinhedo.")
    assert [(k, v) for k, v, _ in same] == [(k, v) for k, v, _ in there]


def test_the_capital_named_after_its_noun_is_the_anchor():
    """"west of the capital Kathmandu", « au nord de la capitale, Bamako »: the capital's name is the anchor; a
    capitalised word that names no place after it ("the capital Monday") leaves the common noun."""
    assert _one("Jajarkot is about 500 kilometers west of the capital Kathmandu.").anchor == "Kathmandu"
    assert _one("L'attaque a eu lieu à 40 km au nord de la capitale, Bamako, selon l'armée.").anchor == "Bamako"
    assert _one("The convoy was hit 20 miles south of the capital Monday, police said.").anchor == "capital"


def _positions(texts, related):
    """The place claims of one-sentence pages (name, language, text) dated 4 November 2023, and their items."""
    from checker.claims.extract import article_claims
    from checker.claims.points import build_points
    from checker.records import Article, Sentence

    articles, sentences, claims = [], [], []
    for i, (name, lang, text) in enumerate(texts):
        article = Article(path=name, name=name, source=name[0], text=text, spans=((0, len(text)),),
                          date="2023-11-04", language=lang)  # fmt: skip
        sentence = Sentence(i, name, name[0], 0, len(text), text)
        articles.append(article)
        sentences.append(sentence)
        claims += [replace(c, sentence=i) for c in article_claims(article, [sentence]) if c.what == "place"]
    return claims, build_points(claims, sentences, articles, {a.name: a.name for a in articles}, related)


def test_one_place_spelled_two_ways_across_languages_is_one_position_in_dispute():
    """« à quelque 500 kilomètres au sud de Katmandou » (a French page) and "about 500 kilometers west of the
    capital Kathmandu" (an English one), however unrelated their sentences: one position of Jajarkot, told two
    ways, in one item marked conflict. Niger and Nigeria, which only share a stem, stay two places."""
    texts = [("a.md", "fr", "Le séisme a frappé le district de Jajarkot, à quelque 500 kilomètres au sud de Katmandou."),
             ("b.md", "en", "Jajarkot is about 500 kilometers west of the capital Kathmandu."),
             ("c.md", "fr", "Le convoi a été attaqué à 60 km au nord de Niger, près de la frontière."),
             ("d.md", "en", "The convoy was attacked 60 km south of Nigeria, near the border.")]  # fmt: skip
    def related(i, j):  # the two positions of Jajarkot unrelated as sentences, the two convoy sentences close
        return 0.5 if {i, j} == {2, 3} else 0.0

    _, items = _positions(texts, related)
    positions = [p for p in items if {c.article for c in p.claims} == {"a.md", "b.md"}]
    assert [p.kind for p in positions] == ["conflict"]  # south of Kathmandu against west of it
    assert not [p for p in items if {c.article for c in p.claims} == {"c.md", "d.md"}]


def test_who_states_a_position_is_not_the_place_it_places_and_a_near_place_s_compass_point_is_exact():
    """« L'US Geological Survey (USGS) a indiqué que l'épicentre se trouvait à 18 km au sud de Kessa » places no
    named thing (the survey says it), nor does « selon l'USGS, le séisme s'est produit à 18 km au sud-est de la
    ville de Kessa » or "about 18km south of Lorvia's Kessa city": one position of Kessa, told by three pages.
    Eighteen kilometres south and south-east are fourteen kilometres apart: a conflict, where "about 500 km
    west" and « 500 km au sud-ouest » of a capital stay a rounding of one direction."""
    texts = [("a.md", "fr", "L'US Geological Survey (USGS) a indiqué que l'épicentre du séisme se trouvait à 18 "
                            "kilomètres au sud de la ville de Kessa."),
             ("b.md", "fr", "Selon l'US Geological Survey, le séisme s'est produit à 18 kilomètres au sud-est de la "
                            "ville de Kessa."),
             ("c.md", "en", "The epicentre was located about 18km south of Lorvia's Kessa city, said the US "
                            "Geological Survey."),
             ("d.md", "fr", "Le village de Dabéré se trouve à 500 kilomètres à l'ouest de Lunzu."),
             ("e.md", "en", "Dabere is about 500 kilometres south-west of Lunzu.")]  # fmt: skip
    claims, items = _positions(texts, lambda i, j: 0.5)
    assert [c.key for c in claims[:3]] == ["place|kessa"] * 3
    kessa = [p for p in items if {c.article for c in p.claims} >= {"a.md", "b.md"}]
    assert [p.kind for p in kessa] == ["conflict"]
    assert not [p for p in items if p.kind == "conflict" and {c.article for c in p.claims} == {"d.md", "e.md"}]


def test_the_last_place_named_before_a_position_is_the_one_it_places_with_those_listed_with_it():
    """"a black SUV crashed into the market in central Lunzu, 140km south-west of Kessa" places Lunzu, not the SUV;
    « les villages de Tiembara et de Sonkoro, à 40 km au nord de Dabéré » places both villages."""
    from checker.claims.extract import article_claims
    from checker.records import Article, Sentence

    def keys(text, lang):
        a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date="2031-03-08",
                    language=lang)  # fmt: skip
        return [c.key for c in article_claims(a, [Sentence(0, "a.md", "A", 0, len(text), text)])
                if c.key.startswith("place|") and "km" in c.value]  # fmt: skip

    assert keys("A black SUV crashed into the Winter Fair in central Lunzu, 140km south-west of Kessa.", "en") == [
        "place|kessa|lunzu"]
    assert keys("Les villages de Tiembara et de Sonkoro, à 40 km au nord de Dabéré, sont vides.", "fr") == [
        "place|dabere|tiembara", "place|dabere|sonkoro"]
