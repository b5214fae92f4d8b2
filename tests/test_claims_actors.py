"""Who says it, whose stance it is, and when it holds: holders, actors and as-of times on hand-made sentences,
and claims read from absurd input without a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.claims.actors import actor_of, holder, same_holder
from checker.claims.extract import article_claims, sentence_claims
from checker.records import Article, Sentence

HOLDERS = [
    ("Selon la protection civile, le séisme a fait 40 morts.", "la protection civile"),
    ("La protection civile a fait état de 52 morts mercredi matin.", "La protection civile"),
    ("Le bilan s'élève à 61 morts, a indiqué la protection civile.", "la protection civile"),
    ("D'après les organisateurs, 80 000 personnes ont défilé.", "les organisateurs"),
    ("The interior ministry said 821,000 people had taken part.", "The interior ministry"),
    ("According to the UN mission, at least 87 civilians were killed.", "the UN mission"),
    ("Le séisme a fait au moins 40 morts dans la province.", None),  # the outlet itself
    # a « selon » inside a relative clause attributes that clause only, not the sentence
    ("Washington veut contrer une menace qui, selon certaines données, progresse vers le sud.", None),
]


@pytest.mark.parametrize("text,expected", HOLDERS)
def test_holder_is_who_states_the_claim(text, expected):
    found = holder(text)
    assert (found.name if found else None) == expected


def test_the_same_body_under_two_names_is_one_holder():
    army_fr, army_en = holder("Selon l'armée, 62 assaillants ont été tués."), holder("The army said 62 attackers died.")
    spokesperson = holder("Quatre soldats ont été tués, a reconnu le porte-parole de l'armée.")
    assert army_fr.key == army_en.key == spokesperson.key
    acronym = holder("La Ligue des droits humains (LDH) a publié un rapport accablant.")
    assert acronym.key == holder("Selon la LDH, 113 civils ont été tués.").key
    assert same_holder("role:army", "ML:army") and not same_holder("role:army", "role:police")


ACTORS = [
    ("Selon des diplomates, les États-Unis exigent la fin du contrat.", "exigent", "US"),
    ("L'administration américaine semble prête à tolérer la présence russe.", "tolérer", "US"),
    ("En proposant des partenariats sans conditionnalité, Washington espère rétablir l'équilibre.", "sans", "US"),
    ("Rudolph Atallah a souligné que les États-Unis respectent la souveraineté du Mali et sont disposés à aider "
     "sans imposer de conditions.", "sans imposer", "US"),
    ("Le Mali insiste sur le respect de sa souveraineté.", "insiste", "ML"),
]  # fmt: skip


@pytest.mark.parametrize("text,trigger,expected", ACTORS)
def test_actor_is_whose_stance_it_is_not_any_country_named(text, trigger, expected):
    assert actor_of(text, text.index(trigger)).key == expected


def test_a_nominal_stance_takes_the_actor_of_its_noun_phrase():
    text = "Cette mesure était une exigence non négociable du gouvernement malien."
    assert actor_of(text, text.index("exigence"), nominal=True).key.startswith("ML")


def claims_of(text: str, day=dt.date(2026, 5, 14), previous=None):
    out, _ = sentence_claims(Sentence(0, "a.md", "A", 0, len(text), text), day, previous)
    return out


def test_as_of_is_the_time_the_sentence_names_else_the_article_date():
    timed = [c for c in claims_of("Mercredi matin, la protection civile faisait état de 52 morts.") if c.what == "figure"]
    assert timed[0].as_of == "2026-05-13T09" and timed[0].timed  # the Wednesday before the Thursday article
    plain = [c for c in claims_of("Le séisme a fait 74 morts selon la protection civile.") if c.what == "figure"]
    assert plain[0].as_of == "2026-05-14" and not plain[0].timed


def test_a_pronoun_holder_is_the_previous_sentence_s():
    first, who = sentence_claims(Sentence(0, "a.md", "A", 0, 60, "Selon la protection civile, le séisme a fait 40 morts."),
                                 dt.date(2026, 5, 14), None)  # fmt: skip
    second = claims_of("Elle a ajouté que 210 personnes ont été blessées.", previous=who)
    assert [c.holder for c in second if c.what == "figure"] == ["la protection civile"]


ABSURD = [
    "Le bilan est de 1,2,3,4,5 morts selon personne.",
    "Il y aurait 10^9999 manifestants et 99999999999999999999999999999999999999 blessés.",
    "Mille milliards de milliards de morts, le 45 février 2026, à 25 h 99.",
    "Le 31 avril, jeudi 30 février, à 99 km au nord-sud de .",
    "« » … — ; ; ,,, 0000 %%% ### 12/34/5678",
    "",
]


@pytest.mark.parametrize("text", ABSURD)
def test_absurd_figures_and_dates_make_no_claim_and_no_crash(text):
    claims = claims_of(text)
    for c in claims:
        assert c.what != "date" or c.low is None or 700000 < c.low < 800000  # a real calendar day when any
        assert c.what != "figure" or c.high is None or c.high == float("inf") or c.high < 1e12


def test_article_claims_of_an_undated_article_use_no_date():
    text = "Le séisme a fait 40 morts, selon la protection civile."
    article = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),))
    claims = article_claims(article, [Sentence(0, "a.md", "A", 0, len(text), text)])
    assert [c.as_of for c in claims if c.what == "figure"] == [None]


def test_holders_named_in_full_or_by_acronym_are_one_in_a_run():
    from checker.claims.holder_names import Holders

    holders = Holders(["La Ligue des droits humains (LDH)", "the Ligue des droits humains", "la LDH"])
    assert holders.key("the Ligue des droits humains") == holders.key("la LDH") == "ldh"


def test_a_person_named_in_full_is_the_same_holder_by_surname_unless_two_share_it():
    from checker.claims.holder_names import Holders

    one = Holders(["President Maria Valdes", "Maria Valdes", "Valdes"])
    assert one.key("Valdes") == one.key("Maria Valdes") == one.key("President Maria Valdes")
    two = Holders(["Lee Min-ho", "Lee Jae-won", "Lee"])
    assert two.key("Lee") not in (two.key("Lee Min-ho"), two.key("Lee Jae-won"))


@pytest.mark.parametrize("text,expected", [
    ("Dans un premier communiqué diffusé mercredi soir, l'armée a annoncé 50 morts.", "l'armée"),
    ("A day after the league said 113 civilians had been killed, publishing a list of names.", "the league"),
])  # fmt: skip
def test_no_holder_from_a_preposition_or_a_participle(text, expected):
    assert holder(text).name == expected


@pytest.mark.parametrize("text", [
    "Dans la vallée, deux morts et six disparus sont à déplorer après la crue.",
    "Le préfet a refusé de confirmer ce soir le bilan de 12 morts.",
    "The mayor declined to confirm a toll of 12 dead on Monday.",
])  # fmt: skip
def test_a_verb_in_the_infinitive_names_no_holder_and_keeps_its_count(text):
    """« … sont à déplorer », « a refusé de confirmer », "declined to confirm": nobody states the count, which stays a
    claim of the outlet (it used to be read as said by « six disparus sont à » and dropped as describing a speaker)."""
    assert holder(text) is None
    sentence = Sentence(index=0, article="a.md", source="A", start=0, end=len(text), text=text)
    found, _ = sentence_claims(sentence, dt.date(2024, 5, 20), None)
    assert any(c.what == "figure" and c.holder is None for c in found)


# One body named in French and English, with and without its country, in either word order: one holder key.
ONE_BODY = [
    ("le Croissant-Rouge libyen", "The Libyan Red Crescent aid organization", "la Croix-Rouge"),
    ("le ministère libyen de la Santé", "Libya's health ministry", "the Ministry of Health"),
    ("le commissaire de police de la ville", "une source policière", "police sources"),
    ("la police", "le ministère de l'Intérieur", "la préfecture"),
    ("l'ONU", "the United Nations", "l'Ocha"),
    ("l'agence publique turque de gestion des catastrophes", "la protection civile", "the civil defence"),
    ("la commission électorale", "the electoral commission", "la Commission nationale de recensement des votes"),
    ("le Conseil constitutionnel", "The country’s constitutional council",
     "the Constitutional Court"),
    ("le syndicat CGT", "la CGT", "La CGT"),
    ("le procureur général", "le parquet", "the prosecutor's office", "le procureur de la République"),
    # English puts the body last: the level before it does not make another body
    ("les autorités régionales", "regional authorities", "les autorités locales", "local officials"),
]  # fmt: skip


@pytest.mark.parametrize("names", ONE_BODY)
def test_one_body_under_its_names_is_one_holder(names):
    keys = [holder(f"Selon {name}, 40 personnes sont mortes.").key for name in names]
    assert all(same_holder(a, b) for a in keys for b in keys), keys


def test_the_ministry_named_bare_is_the_executive_that_a_named_ministry_is():
    key = lambda name: holder(f"Selon {name}, 40 personnes sont mortes.").key  # noqa: E731
    # « Le ministère indique … » after a sentence naming the health ministry: one holder, not a dispute
    assert same_holder(key("le ministère"), holder("A spokesperson for the Health Ministry said 40 people died.").key)
    assert not same_holder(key("le ministère"), key("l'armée"))


def test_state_media_speak_for_their_state():
    key = lambda name: holder(f"Selon {name}, 40 personnes sont mortes.").key  # noqa: E731
    assert same_holder(key("un média d'État"), key("le ministère de la Santé"))
    assert not same_holder(key("un média d'État"), key("l'armée"))


def test_bodies_that_differ_are_not_one_holder():
    key = lambda name: holder(f"Selon {name}, 40 personnes sont mortes.").key  # noqa: E731
    assert not same_holder(key("l'OMS"), key("l'Ocha"))  # two agencies of one organisation
    assert not same_holder(key("l'armée"), key("la police"))
    assert not same_holder(key("la Croix-Rouge libyenne"), key("la Croix-Rouge française"))
    assert not same_holder(key("le gouvernement"), key("l'ONU"))
    assert not same_holder(key("les hôpitaux"), key("le ministère de la Santé"))
    # a word before the body that names another side, not a level of it
    assert not same_holder(holder("Opposition officials said 40 people died.").key, key("le gouvernement"))


def test_a_title_before_a_name_is_the_same_person():
    from checker.claims.actors import who

    assert who("Le Dr Kessaly").key == who("Kessaly").key == "kessaly"
    assert who("M. Dorvan").key == who("Mr Dorvan").key == "dorvan"
    assert who("Mme la ministre").key == "mme la ministre"  # no name after the title: kept as written
    assert same_holder(who("Le Dr Kessaly").key, who("Kessaly").key)


# Who holds a figure when the words around the verb are more than a name: a day said beside the verb, a number
# inside a body's name, an adverb inside « fait état », a toll « établi par » a body, a long official title.
@pytest.mark.parametrize("text,expected", [
    ("Le bilan s'élève à 48 morts, a annoncé jeudi 12 juin la protection civile.", "la protection civile"),
    ("Les rebelles du M23 ont annoncé dimanche avoir pris la ville.", "Les rebelles du M23"),
    ("Le ministère fait également état de trois blessés parmi les secouristes.", "Le ministère"),
    ("Neuf personnes sont toujours disparues selon le dernier bilan établi par les autorités samedi 3 mai.",
     "les autorités"),
    ("At least 30 people died, according to the toll released by the health ministry on Friday.",
     "the health ministry"),
])  # fmt: skip
def test_holder_read_past_days_numbers_in_names_and_documents(text, expected):
    found = holder(text)
    assert found is not None and found.name == expected


def test_a_long_official_title_still_names_its_body():
    minister = holder("Le ministre de la Santé du gouvernement de la région du Nord de la Kalvarie a fait état "
                      "samedi soir d'un bilan de 212 morts.")  # fmt: skip
    assert minister is not None and minister.key.endswith("health-ministry")
    division = holder("La division des droits de l'homme de la mission des Nations unies au Kalvar a publié mardi "
                      "un rapport faisant état de 87 civils tués.")  # fmt: skip
    mission = holder("Selon la mission des Nations unies, au moins 40 civils ont été tués.")
    assert division is not None and division.key == mission.key  # one body: its division speaks for it
    english = holder("The human rights division of the United Nations mission in the country's north said 87 "
                     "civilians were killed.")  # fmt: skip
    assert english is not None and english.key == mission.key


@pytest.mark.parametrize("name,can", [
    ("a renchéri", False), ("ces derniers", False), ("has", False), ("Suite", False), ("il va falloir remettre", False),
    ("la protection civile", True), ("Le ministre de l'Intérieur", True), ("des sources policières", True),
    ("Officials", True), ("A Red Cross official", True), ("A spokesperson for the health ministry", True),
    ("a souligné", False), ("a dit", False), ("a police spokesman", True),
])  # fmt: skip
def test_a_holder_read_from_the_words_must_be_able_to_speak(name, can):
    from checker.claims.extract import speaks

    assert speaks(name) is can


def test_a_holder_s_name_stops_before_the_verb_read_on_with_it():
    from checker.claims.actors import who

    assert who("Officials still haven't").name == "Officials"
    assert who("The mayor will").name == "The mayor"


def test_what_a_verb_of_stating_names_after_it_is_no_holder_unless_it_can_speak():
    denounced = holder("Son principal adversaire, Jean Dupont, a dénoncé une « mascarade électorale ».")
    assert denounced is None or "mascarade" not in denounced.name
    assert holder("Au moins 40 morts, a précisé un responsable local.").name == "un responsable local"
    assert holder("At least 40 died, said Jean Dupont.").name == "Jean Dupont"


def test_a_state_s_disaster_agency_and_its_official_figures_are_the_executive_s_count():
    """The agency that keeps a disaster's toll is the state's: its count and the government's, or « les chiffres
    officiels », are one holder moving on, not two claimants; the army and an NGO stay apart."""
    key = lambda name: holder(f"Selon {name}, 40 personnes sont mortes.").key  # noqa: E731
    assert same_holder(key("l'agence de gestion des catastrophes"), key("les autorités"))
    assert same_holder(key("the National Disaster Management Authority"), key("the government"))
    assert same_holder(key("les chiffres officiels"), key("le gouvernement"))
    assert same_holder(holder("According to official figures, 40 people died.").key, key("les autorités"))
    assert not same_holder(key("la protection civile"), key("l'armée"))
    assert not same_holder(key("la protection civile"), key("Amnesty International"))


def test_an_english_body_named_before_its_head_noun_is_that_body():
    """"the state disaster management agency", "a senior police official": English puts the body noun last, the
    institution before it; an official of a party that is no institution stays its own holder."""
    key = lambda name: holder(f"According to {name}, 40 people died.").key  # noqa: E731
    assert same_holder(key("the state disaster management agency"), key("the civil protection"))
    assert same_holder(key("a senior police official"), key("the police"))
    assert not same_holder(key("an opposition party official"), key("the government"))


def test_figures_passed_on_with_no_owner_are_the_earlier_holder_s_not_a_claimant_of_their_own():
    """« Selon les derniers chiffres », « selon l'annonce faite à 18h », "the latest data": the figures someone gave,
    not someone; the holder is the one the page named before (« Selon les derniers » was read as a subject too)."""
    text = ("Le ministère de la Santé a fait état de 40 morts mardi. Selon les derniers chiffres, 52 personnes sont "
            "mortes. Selon l'annonce faite à 18h, quelque 153 morts ont été recensés.")
    page = Article(path="a.md", name="a.md", source="T", text=text, spans=((0, len(text)),), date="2031-05-05",
                   language="fr")
    sentences, start = [], 0
    for i, text in enumerate(("Le ministère de la Santé a fait état de 40 morts mardi.",
                              "Selon les derniers chiffres, 52 personnes sont mortes.",
                              "Selon l'annonce faite à 18h, quelque 153 morts ont été recensés.")):
        start = page.text.index(text)
        sentences.append(Sentence(i, "a.md", "T", start, start + len(text), text))
    holders = [c.holder for c in article_claims(page, sentences) if c.what == "figure"]
    assert holders == ["Le ministère de la Santé"] * 3
    # official figures stay the state's, and a ministry's figures the ministry's
    assert same_holder(holder("Selon les chiffres officiels, 40 personnes sont mortes.").key,
                       holder("Selon le gouvernement, 40 personnes sont mortes.").key)
    assert same_holder(holder("Selon les chiffres du ministère, 40 personnes sont mortes.").key,
                       holder("Selon le ministère, 40 personnes sont mortes.").key)
