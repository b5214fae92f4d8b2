"""The gazetteer: one actor under its names (checker/claims/gazetteer.py, checker/data/actors.json).

Golden tables of phrases written for these tests; none is copied from a news article.
"""

from __future__ import annotations

import ast
import json
import time
from pathlib import Path

import pytest

from checker.claims import gazetteer
from checker.claims.gazetteer import Actor, find_actors, resolve


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.key, a.role, text[a.span[0] : a.span[1]]) for a in find_actors(text)]


# phrase -> (key, role) that resolve() gives
ALIASES = [
    # one country under its names, French and English
    ("Washington", "US", None),
    ("les États-Unis", "US", None),
    ("les Etats-Unis", "US", None),
    ("l'administration américaine", "US", "government"),
    ("le gouvernement américain", "US", "government"),
    ("la Maison Blanche", "US", "president"),
    ("la Maison-Blanche", "US", "president"),
    ("le département d'État", "US", "foreign-ministry"),
    ("le Pentagone", "US", "defence-ministry"),
    ("the US", "US", None),
    ("the U.S.", "US", None),
    ("the United States", "US", None),
    ("the USA", "US", None),
    ("America", "US", None),
    ("American officials", "US", "government"),
    ("US officials", "US", "government"),
    ("US forces", "US", "army"),
    ("the White House", "US", "president"),
    ("the State Department", "US", "foreign-ministry"),
    ("the U.S. State Department", "US", "foreign-ministry"),
    ("Bamako", "ML", None),
    ("le Mali", "ML", None),
    ("les autorités maliennes", "ML", "government"),
    ("le gouvernement malien", "ML", "government"),
    ("Malian authorities", "ML", "government"),
    ("Koulouba", "ML", "president"),
    ("Moscou", "RU", None),
    ("Moscow", "RU", None),
    ("la Russie", "RU", None),
    ("le Kremlin", "RU", "president"),
    ("Pékin", "CN", None),
    ("Beijing", "CN", None),
    ("Londres", "GB", None),
    ("le Royaume-Uni", "GB", None),
    ("the UK", "GB", None),
    ("Britain", "GB", None),
    ("Downing Street", "GB", "prime-minister"),
    ("l'Élysée", "FR", "president"),
    ("l'Elysée", "FR", "president"),
    ("Matignon", "FR", "prime-minister"),
    ("le Quai d'Orsay", "FR", "foreign-ministry"),
    ("la RDC", "CD", None),
    ("Kinshasa", "CD", None),
    ("Le Caire", "EG", None),
    ("Addis-Abeba", "ET", None),
    ("N'Djamena", "TD", None),
    ("Nuku’alofa", "TO", None),
    ("la Côte d’Ivoire", "CI", None),
    ("Ivory Coast", "CI", None),
    # organisations: French, English, acronyms
    ("l'ONU", "org:UN", None),
    ("l'Onu", "org:UN", None),
    ("les Nations unies", "org:UN", None),
    ("the UN", "org:UN", None),
    ("the United Nations", "org:UN", None),
    ("le Conseil de sécurité de l'ONU", "org:UN", "security-council"),
    ("the UN Security Council", "org:UN", "security-council"),
    ("l'OTAN", "org:NATO", None),
    ("NATO", "org:NATO", None),
    ("l'Union européenne", "org:EU", None),
    ("the EU", "org:EU", None),
    ("l'UA", "org:AU", None),
    ("the African Union", "org:AU", None),
    ("la Cedeao", "org:ECOWAS", None),
    ("ECOWAS", "org:ECOWAS", None),
    ("l'Alliance des États du Sahel", "org:AES", None),
    ("l'AES", "org:AES", None),
    ("l'OMS", "org:WHO", None),
    ("the World Health Organization", "org:WHO", None),
    ("le CICR", "org:ICRC", None),
    ("le Comité international de la Croix-Rouge", "org:ICRC", None),
    ("le HCR", "org:UNHCR", None),
    ("the UN refugee agency", "org:UNHCR", None),
    ("le PAM", "org:WFP", None),
    ("Médecins sans frontières", "org:MSF", None),
    ("Doctors Without Borders", "org:MSF", None),
    ("Reporters sans frontières", "org:RSF", None),
    ("Human Rights Watch", "org:HRW", None),
    ("Amnesty International", "org:Amnesty", None),
    ("le FMI", "org:IMF", None),
    ("the IMF", "org:IMF", None),
    ("la Banque mondiale", "org:WorldBank", None),
    ("the World Bank", "org:WorldBank", None),
    ("l'Opep", "org:OPEC", None),
    ("le G20", "org:G20", None),
    ("la Cour pénale internationale", "org:ICC", None),
]


@pytest.mark.parametrize(("phrase", "key", "role"), ALIASES)
def test_aliases_resolve_to_one_actor(phrase, key, role):
    actor = resolve(phrase)
    assert actor is not None, phrase
    assert (actor.key, actor.role) == (key, role)


INSTITUTIONS = [
    ("l'armée malienne", "ML", "army"),
    ("les forces armées maliennes", "ML", "army"),
    ("les soldats maliens", "ML", "army"),
    ("l'état-major burkinabè", "BF", "army"),
    ("la junte malienne", "ML", "government"),
    ("les autorités de transition maliennes", "ML", "government"),
    ("l'Autorité palestinienne", "PS", "government"),
    ("le président russe", "RU", "president"),
    ("le chef de l'État malien", "ML", "president"),
    ("le président de la République du Niger", "NE", "president"),
    ("la présidence nigériane", "NG", "president"),
    ("le Premier ministre britannique", "GB", "prime-minister"),
    ("la diplomatie française", "FR", "foreign-ministry"),
    ("le chef de la diplomatie russe", "RU", "foreign-ministry"),
    ("le ministère malien des Affaires étrangères", "ML", "foreign-ministry"),
    ("le ministre malien de la Défense", "ML", "defence-ministry"),
    ("le ministère des Affaires étrangères du Mali", "ML", "foreign-ministry"),
    ("le ministère de la Santé ivoirien", "CI", "health-ministry"),
    ("un ministre algérien", "DZ", "ministry"),
    ("la police sénégalaise", "SN", "police"),
    ("la gendarmerie nigérienne", "NE", "police"),
    ("la justice française", "FR", "justice"),
    ("l'ambassade des États-Unis", "US", "embassy"),
    ("l'ambassade de France", "FR", "embassy"),
    ("l'ambassadeur américain", "US", "embassy"),
    ("les services de renseignement marocains", "MA", "intelligence"),
    ("les autorités de Bamako", "ML", "government"),
    ("le parlement ukrainien", "UA", "parliament"),
    ("la télévision d'État malienne", "ML", "state-media"),
    ("the Malian army", "ML", "army"),
    ("Russian troops", "RU", "army"),
    ("the French government", "FR", "government"),
    ("the Russian foreign ministry", "RU", "foreign-ministry"),
    ("Russia's foreign ministry", "RU", "foreign-ministry"),
    ("the government of Mali", "ML", "government"),
    ("the Mali government", "ML", "government"),
    ("the US Congress", "US", "parliament"),
    ("the Nigerian police", "NG", "police"),
    ("Chadian transitional authorities", "TD", "government"),
    ("NATO forces", "org:NATO", "army"),
    ("les forces de l'Otan", "org:NATO", "army"),
]


@pytest.mark.parametrize(("phrase", "key", "role"), INSTITUTIONS)
def test_institution_and_demonym_give_country_and_role(phrase, key, role):
    actor = resolve(phrase)
    assert actor is not None, phrase
    assert (actor.key, actor.role) == (key, role)


def test_role_phrase_spans_the_institution_and_the_country():
    assert _found("Hier, le ministre malien des Affaires étrangères a parlé.") == [
        ("ML", "foreign-ministry", "ministre malien des Affaires étrangères")
    ]
    assert _found("Selon l'armée malienne, le bilan est lourd.") == [("ML", "army", "armée malienne")]


BOUNDARIES = [
    ("La Somalie a répondu.", [("SO", None, "Somalie")]),
    ("Somalia replied.", [("SO", None, "Somalia")]),
    ("Les forces somaliennes et maliennes.", [("SO", "army", "forces somaliennes"), ("ML", None, "maliennes")]),
    ("Le Niger et le Nigeria sont voisins.", [("NE", None, "Niger"), ("NG", None, "Nigeria")]),
    ("Des soldats nigériens et nigérians.", [("NE", "army", "soldats nigériens"), ("NG", None, "nigérians")]),
    ("Nigerien and Nigerian troops.", [("NE", None, "Nigerien"), ("NG", "army", "Nigerian troops")]),
    ("La Guinée, la Guinée-Bissau et la Guinée équatoriale.",
     [("GN", None, "Guinée"), ("GW", None, "Guinée-Bissau"), ("GQ", None, "Guinée équatoriale")]),
    ("Guinea, Guinea-Bissau and Equatorial Guinea.",
     [("GN", None, "Guinea"), ("GW", None, "Guinea-Bissau"), ("GQ", None, "Equatorial Guinea")]),
    ("La Papouasie-Nouvelle-Guinée vote.", [("PG", None, "Papouasie-Nouvelle-Guinée")]),
    ("Le Soudan et le Soudan du Sud.", [("SD", None, "Soudan"), ("SS", None, "Soudan du Sud")]),
    ("L'Irlande et l'Irlande du Nord.", [("IE", None, "Irlande"), ("GB", None, "Irlande du Nord")]),
    ("Une malienne, un Maliens, Malimba.", [("ML", None, "malienne"), ("ML", None, "Maliens")]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_names_match_whole_words_longest_first(text, expected):
    assert _found(text) == expected


CASE_AND_FALSE_HITS = [
    ("Let us know, said the US envoy.", [("US", "foreign-ministry", "US envoy")]),
    ("Tell us more about it.", []),
    ("Us and them.", []),
    ("Give us the US figures.", [("US", None, "US")]),
    ("Il a mis du sucre dans son café.", []),
    ("La ville de Sucre est la capitale constitutionnelle.", [("BO", None, "Sucre")]),
    ("the chad of a punched ballot", []),
    ("Chad closed its border.", [("TD", None, "Chad")]),
    ("He read the Washington Post.", []),
    ("A statue of George Washington.", []),
    ("Radio France et Air France.", []),
    ("Elle vit en Île-de-France.", []),
    ("La réunion a duré trois heures.", []),
    ("Il est parti à La Réunion.", [("RE", None, "La Réunion")]),
    ("une coopération franco-malienne", []),
    ("des militants pro-russes", []),
    ("l'océan Indien", []),
    ("en Amérique latine", []),
    ("ETATS-UNIS et etats-unis", [("US", None, "ETATS-UNIS")]),
    ("Le coup d'État a échoué.", []),
    ("un État australien", [("AU", None, "australien")]),  # a state of a federation, not its government
    ("l'État américain du Kansas", [("US", None, "américain")]),
    ("l'État malien", [("ML", "government", "État malien")]),
]


@pytest.mark.parametrize(("text", "expected"), CASE_AND_FALSE_HITS)
def test_case_and_ordinary_words(text, expected):
    assert _found(text) == expected


ELISION = [
    ("l'Algérie", "DZ", "Algérie"),
    ("l’Algérie", "DZ", "Algérie"),
    ("d'Iran", "IR", "Iran"),
    ("du Mali", "ML", "Mali"),
    ("aux États-Unis", "US", "États-Unis"),
    ("des Etats Unis", "US", "Etats Unis"),
    ("au Caire", "EG", "Caire"),
    ("de La Havane", "CU", "La Havane"),
    ("en Côte-d'Ivoire", "CI", "Côte-d'Ivoire"),
    ("à Washington D.C.", "US", "Washington D.C."),
]


@pytest.mark.parametrize(("text", "key", "words"), ELISION)
def test_elision_and_articles_stay_out_of_the_span(text, key, words):
    assert _found(text) == [(key, None, words)]


def test_demonym_alone_is_the_country():
    assert _found("La présence russe inquiète.") == [("RU", None, "russe")]
    assert _found("Les Américains ont voté.") == [("US", None, "Américains")]
    assert _found("The Malians voted.") == [("ML", None, "Malians")]
    assert _found("Des experts onusiens.") == [("org:UN", None, "onusiens")]


def test_two_actors_in_order_with_display_names_in_the_text_language():
    text = "Bamako a rappelé son ambassadeur après les propos de l'administration américaine."
    assert find_actors(text) == (
        Actor("ML", None, "Mali", (0, 6)),
        Actor("US", "government", "États-Unis", (text.index("administration"), len(text) - 1)),
    )
    english = "Moscow said the UN had no mandate."
    assert find_actors(english) == (
        Actor("RU", None, "Russia", (0, 6)),
        Actor("org:UN", None, "UN", (16, 18)),
    )
    # a form both languages share takes the language of the sentence
    assert [a.name for a in find_actors("Le Mali et la France.")] == ["Mali", "France"]
    assert [a.name for a in find_actors("Mali and Russia.")] == ["Mali", "Russia"]
    assert [a.name for a in find_actors("L'Ukraine et la Russie")] == ["Ukraine", "Russie"]
    assert [a.name for a in find_actors("the talks between Turkey and Germany")] == ["Türkiye", "Germany"]


def test_a_seat_beside_its_country_is_one_mention():
    assert _found("le Pentagone américain a démenti") == [("US", "defence-ministry", "Pentagone américain")]
    assert _found("le Conseil de sécurité des Nations unies") == [
        ("org:UN", "security-council", "Conseil de sécurité des Nations unies")
    ]


RESOLVE_NONE = [
    "un habitant de Bamako",
    "un journaliste américain",
    "us",
    "la protection civile",
    "le ministre de la Défense",
    "les autorités",
]


@pytest.mark.parametrize("phrase", RESOLVE_NONE)
def test_resolve_refuses_a_phrase_that_only_mentions_an_actor(phrase):
    assert resolve(phrase) is None


def test_resolve_takes_a_spokesperson_and_modifiers_as_the_actor_they_speak_for():
    assert resolve("l'administration américaine actuelle").role == "government"
    assert resolve("le porte-parole du gouvernement malien").key == "ML"
    assert resolve("a spokesman for the State Department").role == "foreign-ministry"
    assert resolve("les nouvelles autorités maliennes").key == "ML"
    assert resolve("senior US officials").key == "US"


def test_every_un_member_has_names_in_both_languages_and_a_capital():
    data = json.loads(gazetteer.DATA.read_text(encoding="utf-8"))
    members = {k: a for k, a in data["actors"].items() if a.get("un_member")}
    assert len(members) == 193
    for key, actor in members.items():
        assert actor["fr"] and actor["en"] and actor["names"]["en"], key
        assert actor["names"]["fr"] or actor["fr"] in data["unmatched"], key  # « Dominique » is a first name
        assert actor["capital"]["fr"] and actor["capital"]["en"], key
    with_demonyms = [k for k, a in members.items() if a.get("demonyms", {}).get("fr")]
    assert len(with_demonyms) >= 120
    for key in ("US", "ML", "FR", "RU", "GB", "CN", "DZ", "NE", "NG", "BF"):
        assert len(data["actors"][key]["demonyms"]["fr"]) >= 2, key


def test_every_capital_resolves_to_its_country():
    data = json.loads(gazetteer.DATA.read_text(encoding="utf-8"))
    for key, actor in data["actors"].items():
        for lang in ("fr", "en"):
            for capital in actor.get("capitals", {}).get(lang, []):
                found = find_actors(f"Selon {capital}, rien.")
                assert [(a.key, a.role) for a in found] == [(key, None)], (capital, found)


def test_no_entity_is_named_in_the_code():
    """Every name lives in the data: no string in the module's code is an actor's name."""
    tree = ast.parse(Path(gazetteer.__file__).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(node) is not None
    }
    strings = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]
    assert strings
    for string in strings:
        assert find_actors(string) == (), string


def test_25000_sentences_in_under_3_seconds():
    sentences = [text for text, _ in BOUNDARIES + CASE_AND_FALSE_HITS] + [
        "Le ministre malien des Affaires étrangères a reçu l'ambassadeur de France à Bamako mardi, selon un "
        "communiqué publié par la présidence, qui évoque aussi l'ONU et la Cedeao.",
        "US officials said the Malian army and Russian forces had been seen near the border with Niger on Sunday, "
        "according to a statement.",
        "La réunion s'est tenue sans incident dans la matinée et les participants sont repartis chez eux.",
    ]
    corpus = (sentences * (25_000 // len(sentences) + 1))[:25_000]
    gazetteer._gazetteer()
    start = time.perf_counter()
    for sentence in corpus:
        find_actors(sentence)
    assert time.perf_counter() - start < 3.0


def test_a_spelling_names_one_actor_only():
    g = gazetteer._gazetteer()
    for index in (g.names, g.demonyms):
        for entries in index.by_first.values():
            for seq, forms in entries:
                assert len({f.key for f in forms}) == 1, (seq, {f.key for f in forms})
