"""What a sentence calls one thing of the story (claims/names.py), French and English, on sentences written for
these tests: the kind and the name, how it is given, lists and indefinites that name no one thing, and when two
names call one thing."""

from __future__ import annotations

import pytest

from checker.claims.names import comparable, names, same_name, several


def read(text):
    return [(n.kind, n.name, n.given) for n in names(text)]


@pytest.mark.parametrize("text, expected", [
    ("Le feu a ravagé la discothèque « Aurora » vers deux heures.", [("venue", "Aurora", "own")]),
    ('Les secours sont arrivés à la boîte de nuit "Aurora" à Velden.', [("venue", "Aurora", "own")]),
    ("The blaze gutted the Aurora nightclub in Velden on Sunday.", [("venue", "Aurora", "own")]),
    ("Le camion est tombé dans la rivière Sorna, au sud de la ville.", [("river", "Sorna", "own")]),
    ("Two cars plunged into the Sorna River overnight.", [("river", "Sorna", "own")]),
    ("Les blessés ont été évacués vers l'hôpital de Brenne après l'accident.", [("hospital", "Brenne", "of")]),
    ("They were taken to the hospital of Brenne by helicopter.", [("hospital", "Brenne", "of")]),
    ("Le cortège est parti de la gare du Nord à 14 heures.", [("station", "Nord", "of")]),
    ("La coulée de boue a enseveli le village de Talvo dans la nuit.", [("village", "Talvo", "of")]),
    ("The landslide buried Talvo village before dawn.", [("village", "Talvo", "own")]),
    ("Un médecin de l'hôpital Anna Weller Memorial a témoigné.", [("hospital", "Anna Weller Memorial", "own")]),
])  # fmt: skip
def test_a_thing_of_a_kind_is_read_with_its_name_and_how_the_name_is_given(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Les blessés ont été répartis entre les hôpitaux de Brenne, Sollac et Virey.",  # a plural noun: several
    "Three died at Brenne Hospital, Sollac Hospital and Virey Hospital.",  # a list of names
    "Le village de Talvo et celui de Marn ont été évacués.",  # two villages
    "Une victime a été soignée dans un hôpital de Brenne.",  # some hospital, not the one of the story
    "Hospital officials said the toll would rise.",  # a capital opening the sentence is no name
    "Le niveau de la rivière a monté de deux mètres.",  # no name at all
])  # fmt: skip
def test_lists_indefinites_and_nameless_nouns_name_no_one_thing(text):
    assert read(text) == []


def test_a_town_known_to_the_gazetteer_before_the_noun_is_where_the_thing_is():
    assert read("Gunmen attacked a concert hall in the suburbs; the Moscow concert hall burned.") == [
        ("venue", "Moscow", "of")]


@pytest.mark.parametrize("a, b", [
    ("Kočani", "Kocani"), ("Aurora", "Aurora Club"), ("Auror", "Aurora"), ("Lang Nu", "Nu"),
    ("SRN", "Swaroop Rani Nehru"), ("Guaiba", "Guiaba"),
])  # fmt: skip
def test_spellings_initials_and_shorter_forms_call_one_thing(a, b):
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize("a, b", [("Aurora", "Palace"), ("Sorna", "Serpa Nova"), ("Nord", "Est"), ("Brenne", "Virey")])
def test_different_names_call_different_things(a, b):
    assert not same_name(a, b)


def test_a_town_and_an_own_name_are_not_two_names_for_one_thing():
    assert not comparable("of", "own")  # « le pont de Velden » and « le pont Arvelle » can both be true
    assert comparable("own", "own") and comparable("of", "of")


def test_three_names_given_one_way_are_several_things():
    assert several([("Sorna", "own"), ("Velt", "own"), ("Orbe", "own")])
    assert not several([("Sorna", "own"), ("Velt", "own"), ("Sorna", "own"), ("Velden", "of")])
    assert not several([("Aurora", "own"), ("Aurora Club", "own"), ("Palace", "own")])
