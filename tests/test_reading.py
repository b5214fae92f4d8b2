"""The reading layer on sentences written for it, French and English: numbers glued into one token, and the
qualifiers of a value read from the parse (side, scope as a place or a part, event, holder against the reporter
who only passes a claim on); what the sentence does not say stays unknown."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker.claims.extract import article_claims
from checker.reading.glue import glue
from checker.reading.parse import available
from checker.records import Article, Sentence

pytestmark = pytest.mark.skipif(not (available("fr") and available("en")), reason="spaCy models not installed")


def claims(text: str, lang: str = "fr", date: str = "2031-03-08", window=None):
    a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date=date, language=lang)
    return article_claims(a, [Sentence(0, "a.md", "A", 0, len(text), text)], window=window)


def figures(text: str, lang: str = "fr", **kw):
    return [c for c in claims(text, lang, **kw) if c.what == "figure"]


def test_numbers_are_glued_into_one_token_of_the_same_length():
    for text in ("Il a fait 2 012 morts.", "On compte 81.000 manifestants.", "1,28 million de personnes",
                 "1\u202f200 blessés", "3,5 milliards d'euros"):  # fmt: skip
        glued = glue(text)
        assert len(glued) == len(text)
    assert glue("Il a fait 2 012 morts.") == "Il a fait 2_012 morts."
    assert glue("1,28 million de personnes") == "1,28_million de personnes"
    assert glue("le 12 mai 2031") == "le 12 mai 2031"  # a day and a year are two numbers


def test_two_sides_in_one_sentence_are_two_things():
    found = figures("L'embuscade a fait 31 morts côté rebelles et 12 morts côté gendarmerie, selon un bilan de l'armée.")
    assert [(c.value, c.side) for c in found] == [("31", "rebelles"), ("12", "gendarmerie")]
    assert found[0].key != found[1].key  # never compared as one count
    assert all(c.holder and "armée" in c.holder for c in found)


def test_a_discourse_marker_is_no_side_and_no_part_of_the_holder():
    found = figures("Le syndicat de son côté a fait état de 90 000 grévistes, a rapporté Radio Est.")
    assert found[0].side == "" and found[0].holder == "Le syndicat"
    assert found[0].reporter and "Radio" in found[0].reporter  # the reporter passes it on, it does not hold it


def test_the_camp_an_impersonal_on_speaks_for_holds_its_figure():
    union = figures("Côté CGT, on annonce que 90.000 personnes ont défilé entre la gare et le port.")
    assert [(c.value, c.holder, c.side) for c in union] == [("90000", "CGT", "")]  # the camp says it, it is no side
    assert figures("Du côté des syndicats, on parle de 40 000 manifestants.")[0].holder == "syndicats"
    assert figures("On dénombre 40 000 manifestants dans les rues de Lorvane.")[0].holder is None  # no camp named


def test_people_aboard_or_carried_are_passengers_and_what_is_carried_is_not():
    assert [(c.value, c.key.split("|")[1]) for c in figures("Le bateau avait 180 personnes à bord.")] == [
        ("180", "passengers")]
    en = figures("Survivors said the boat was carrying about 170 people.", "en")
    assert [(c.key.split("|")[1], c.whose) for c in en] == [("passengers", "")]
    same = figures("The airline said the jet was carrying 230 passengers and 12 crew members.", "en")[0]
    assert (same.key.split("|")[1], same.whose) == ("passengers", "")  # not passengers who are passengers
    assert [c.key.split("|")[1] for c in figures("Le camion transportait 20 tonnes de riz.")] == ["weight"]
    assert figures("Les 180 personnes à bord ont été secourues.")[0].key.split("|")[1] == "rescued"


def test_people_who_live_somewhere_are_its_population_and_it_is_not_a_count_of_unknown_people():
    assert [(c.value, c.key.split("|")[1]) for c in figures("Les autorités estiment que quelque 7 949 personnes vivaient "
                                                            "dans le village de Tarn-Ouest.")] == [("≈ 7949", "population")]
    en = figures("The mayor said the village is home to 3,895 people.", "en")
    assert [(c.value, c.key.split("|")[1]) for c in en] == [("3895", "population")]
    assert figures("Quelque 200 personnes ont été tuées dans le village.")[0].key.split("|")[1] == "dead"
    # who they are says more than where they live: 3,000 migrants stay migrants
    assert figures("Some 3,000 migrants lived in the camp.", "en")[0].key.split("|")[1] == "migrants"


def test_an_earlier_occasion_is_read_only_where_the_word_qualifies_the_occasion():
    from checker.reading.frames import event_of

    assert event_of("Lors de la précédente journée de mobilisation, 1,2 million de personnes avaient défilé.") == "previous"
    assert event_of("The previous day of protests drew 1.2 million people.") == "previous"
    assert event_of("La mobilisation précédente avait réuni 800 000 personnes.") == "previous"
    # « Earlier » is earlier than the writing, not an earlier day: the toll it gives is the story's own
    assert event_of("Earlier, during the day, at least 30 people were killed as protests raged, taking the toll to 75.") == ""


def test_an_earlier_occasion_belongs_to_the_value_it_stands_with_and_a_first_round_is_this_vote_s():
    now, before = figures("L'autorité électorale a annoncé une participation de 27,7 % contre 45 % il y a cinq ans "
                          "lors du précédent scrutin.")
    assert (now.value, now.event, before.value, before.event) == ("27.7 %", "", "45 %", "previous")
    # an occasion named before the sentence's first value sets the occasion of every value after it
    both = figures("Lors de la précédente journée de mobilisation, 1,2 million de personnes avaient défilé, dont "
                   "400 000 à Paris.")
    assert [f.event for f in both] == ["previous", "previous"]
    # « dès le premier tour »: the round this vote was won in, not an earlier vote
    won = figures("Le président sortant a obtenu 89,2 % des suffrages dès le premier tour.")
    assert won[0].event == ""
    en = figures("Turnout was 27.7 percent, far fewer than the 49 percent who voted in the last presidential race.", "en")
    assert [(f.value, f.event) for f in en] == [("27.7 %", ""), ("49 %", "previous")]
    # "the previous day" alone is the day before, not an earlier day of protests
    rose = figures("The death toll rose to 143, the civil defence said, up from 136 the previous day, while another "
                   "131 people remain unaccounted for.", "en")
    assert [(f.value, f.event) for f in rose if f.value != "136"] == [("143", ""), ("131", "")]
    assert [f.event for f in figures("The previous day of protests drew 1.2 million people.", "en")] == ["previous"]


def test_towns_and_municipalities_are_what_is_counted():
    fr, en = figures("Les inondations ont touché 340 villes de l'État."), figures(
        "Flooding hit 446 towns across the state, where survivors were rescued from floodwaters.", "en")
    assert [f.key.split("|")[1] for f in fr + en] == ["municipalities", "municipalities"]


def test_the_incumbent_is_the_president_whose_age_two_pages_give():
    fr = figures("Le président sortant, âgé de 93 ans, obtient 53,66 % des suffrages.")
    en = figures("The council said on Monday the 92-year-old incumbent had secured 53.66 percent of the vote.", "en")
    ages = [c for c in fr + en if c.key.split("|")[1] == "age"]
    assert [c.value for c in ages] == ["93 years", "92 years"] and ages[0].key == ages[1].key  # one person's age


def test_a_count_named_before_what_it_includes_gives_its_part_what_happened_to_them():
    en = figures("As of 6am Saturday, the dead included five children, the regional ministry said.", "en")
    assert [(c.value, c.key.split("|")[1], c.whose, c.scope) for c in en] == [("5", "dead", "children", "part")]
    fr = figures("Parmi les morts figurent trois enfants, selon les enquêteurs.")
    assert [(c.value, c.key.split("|")[1], c.whose, c.scope) for c in fr] == [("3", "dead", "children", "part")]
    hurt = figures("Among the injured were 10 police officers.", "en")[0]
    assert (hurt.key.split("|")[1], hurt.scope) == ("injured", "part")
    # the whole the part is listed after stays whole
    assert figures("Le bilan fait état de 40 morts, dont au moins 12 enfants.")[0].scope == ""


def test_what_a_count_grew_by_is_kept_apart_from_the_count():
    grew = figures("Le séisme a fait 10 nouveaux blessés, selon un responsable.")
    assert [(c.value, c.key.split("|")[1], c.scope) for c in grew] == [("10", "injured", "added")]
    assert figures("Deux morts supplémentaires ont été recensés.")[0].scope == "added"
    assert figures("More than 1,000 new cases were recorded.", "en")[0].scope == "added"
    assert figures("More than 1,000 cases were recorded.", "en")[0].scope == ""
    assert figures("Some 40 New York firefighters were injured.", "en")[0].scope == ""  # a name, not "new"
    # "further" and "additional" count besides the dead, not on top of an earlier count of the missing
    besides = figures("The Secretary General says a further 10,100 are reported missing in the coastal city.", "en")
    assert [(c.key.split("|")[1], c.scope) for c in besides] == [("missing", "")]
    # bodies found "more" since the last count are what the toll grew by; the toll they bring it to is the toll
    found = figures("Eleven more bodies have been discovered, bringing the death toll to 22.", "en")
    assert [(c.value, c.key.split("|")[1], c.scope) for c in found] == [("11", "dead", "added"), ("22", "dead", "")]
    assert figures("Eleven more people were killed on Tuesday.", "en")[0].scope == ""  # no bodies found: a count


def test_a_list_of_counts_by_place_or_claimant_counts_the_same_thing_each_time():
    """« Les manifestants étaient 25 000 à Paris, 10 000 à Marseille et 6 000 à Lyon »: three counts of
    demonstrators, each of its town; « 16 000 à Paris selon la police, 25 000 selon la CGT »: both of Paris."""
    towns = figures("Les manifestants étaient 25 000 à Paris, 10 000 à Marseille et 6000 à Lyon, selon la CGT.")
    assert [(c.value, c.key.split("|")[1], c.scope, c.holder) for c in towns] == [
        ("25000", "demonstrators", "paris", "la CGT"), ("10000", "demonstrators", "marseille", "la CGT"),
        ("6000", "demonstrators", "lyon", "la CGT")]
    for text in ("À Paris, les manifestants étaient 16 000 selon la police, 25 000 selon la CGT.",
                 "Les manifestants étaient 16 000 à Paris selon la police et 25 000 selon la CGT."):
        both = figures(text)
        assert [(c.value, c.key.split("|")[1], c.scope, c.holder) for c in both] == [
            ("16000", "demonstrators", "paris", "la police"), ("25000", "demonstrators", "paris", "la CGT")], text
    # a number after a word that says what it is is no item of the list
    assert [c.value for c in figures("Les manifestants étaient 25 000 à Paris, dont 300 policiers blessés.")
            if c.key.split("|")[1] == "demonstrators"] == ["25000"]
    # each claimant's count of a place it does not name keeps no place it was not given
    apart = figures("Ils étaient 16 000 selon les syndicats, 12 000 selon la police.")
    assert [(c.value, c.scope, c.holder) for c in apart] == [("16000", "", "les syndicats"), ("12000", "", "la police")]


def test_people_who_joined_a_march_are_demonstrators():
    en = figures("More than 20,000 people joined rallies in Kestrel, the second city.", "en")
    assert [(c.value, c.key.split("|")[1]) for c in en] == [("> 20000", "demonstrators")]
    assert figures("Quelque 5 000 personnes ont rejoint le cortège.")[0].key.split("|")[1] == "demonstrators"
    assert figures("Some 300 people joined the company last year.", "en")[0].key.split("|")[1] != "demonstrators"


def test_what_a_verb_of_stating_names_after_it_is_its_speaker_only_if_it_can_speak():
    said = figures("Quarante personnes sont mortes, a indiqué une source policière.")
    assert said[0].holder == "une source policière"  # the inverted subject of « a indiqué »
    denounced = figures("Arrivé deuxième avec 35,19 %, son principal adversaire, Marc Orvain, a dénoncé une "
                        "“mascarade électorale”.")
    assert not any("mascarade" in (c.holder or "") for c in denounced)  # what he denounced says nothing


def test_a_count_a_pronoun_stands_for_counts_what_the_number_before_it_named():
    found = figures("Le ministère a revu à la baisse le nombre de personnes portées disparues, indiquant qu'il était "
                    "désormais de 21.")
    assert [(c.value, c.key.split("|")[1]) for c in found] == [("21", "missing")]
    assert figures("Le match a repris et il était de nouveau de 2.") == []  # no count named before: nothing


def test_a_night_names_both_its_days():
    days = [c.value for c in claims("Au moins 15 personnes sont mortes dans la nuit de mardi à mercredi.", date=None)
            if c.what == "date"]
    assert days == ["(mardi–mercredi)"]


def test_scope_named_after_a_division_noun():
    # « dans la province de X », « celle de Y », "in the province of X", "X state": where the count holds, as « à X »
    tolls = figures("Le séisme a fait 45 morts dans la province de Vendaro, 12 dans celle de Bastelle et 3 à Orvane.")
    assert [(c.value, c.scope) for c in tolls] == [("45", "vendaro"), ("12", "bastelle"), ("3", "orvane")]
    assert figures("Les crues ont fait 12 morts dans le département de l'Orvane.")[0].scope == "orvane"
    assert figures("Au moins 12 personnes sont mortes dans la préfecture de Tessane.")[0].scope == "tessane"
    english = figures("The quake killed 45 people in the province of Vendaro and 12 in Bastelle state.", "en")
    assert [(c.value, c.scope) for c in english] == [("45", "vendaro"), ("12", "bastelle")]
    # where people were taken from is no scope of the count
    assert figures("Quelque 12 000 personnes ont été évacuées de la région de Vendaro.")[0].scope == ""


def test_a_value_given_as_the_previous_one_is_an_earlier_step():
    # « contre 30 la veille », "up from 136", "rose to 143 from 136": the count's old value, not a second count of now
    now, before = figures("Le bilan s'est alourdi à 45 morts, contre 30 la veille.")
    assert (now.value, now.stage, before.value, before.stage) == ("45", "late", "30", "early")
    now, before = figures("The death toll rose to 143 on Sunday, up from 136 a day earlier.", "en")
    assert (now.stage, before.value, before.stage) == ("late", "136", "early")
    assert [c.stage for c in figures("The toll rose to 143 from 136.", "en")] == ["late", "early"]
    # a bare old value counts what the new one counts, "the previous day" is no counted noun
    now, before = figures("The death toll rose to 143 on Sunday, up from 136 the previous day.", "en")
    assert (before.value, before.key.split("|")[1], before.stage) == ("136", "dead", "early")
    now, before = figures("The toll rose to 143, the civil defense agency said on Sunday, up from 136 in the previous "
                          "day.", "en")  # (a bare number the parse cannot place: the old value's cue places it)
    assert (before.value, before.key.split("|")[1], before.stage) == ("136", "dead", "early")
    # another count, or two claimants' counts, are no old values
    assert [c.stage for c in figures("The number of evacuees rose to 3,000 from 30 villages.", "en")] == ["late", "late"]
    assert all(c.stage == "" for c in figures("On compte 45 000 manifestants à Paris, contre 120 000 à Lyon."))


def test_english_reporter_is_not_the_holder():
    found = figures("At least 40 people were killed in the blast, the health ministry said, Kestrel News reported.", "en")
    assert found[0].holder == "the health ministry" and found[0].reporter == "Kestrel News"


def test_scope_a_place_and_a_part():
    national, city = figures("La préfecture a compté 1,3 million de marcheurs, 75.000 à Lorvane.")
    assert (national.value, national.scope) == ("1300000", "") and (city.value, city.scope) == ("75000", "lorvane")
    total, injured, part = figures("La crue a fait au moins 212 morts et 530 blessés, dont 41 sont dans un état grave.")
    assert part.scope == "part" and injured.scope == "" and part.key != injured.key
    whole, placed = figures("Le ministère a fait état de 473 interpellations, dont 203 à Lorvane.")
    assert (placed.scope, placed.part) == ("lorvane", True) and not whole.part  # a part, and where it holds
    # "among them" lists parts in English as « dont » does in French, each one after the first too
    aboard, pilots, crew = figures("Some 242 people were aboard, among them two pilots and ten cabin crew.", "en")
    assert (pilots.part, crew.part, aboard.part) == (True, True, False)
    # a common noun of place says where something happened, not which count: no scope
    found = figures("Jusqu'ici, six corps ont été récupérés dans la mer de boue, selon les secours.")
    rescued = figures("Deux pêcheurs ont été secourus en mer.")
    assert [(f.value, f.scope) for f in found + rescued] == [("6", ""), ("2", "")]


def test_who_speaks_after_the_occasion_of_a_statement_holds_it():
    # « a déclaré dans un communiqué X », « a indiqué lors d'une conférence de presse à Lorvane le général X »: the
    # inverted subject stands after where it was said, and the parser hangs it on that occasion's noun
    release = figures("Le bilan est de 229 morts, a déclaré dans un communiqué Habtamu Fetena.")
    briefing = figures("Cinq gendarmes ont été blessés, a indiqué lors d'une conférence de presse à Lorvane le général "
                       "Yann Latil.")
    assert release[0].holder == "Habtamu Fetena" and briefing[0].holder == "le général Yann Latil"
    # what is said of the occasion is no speaker (« de presse », « à Lorvane »)
    assert figures("Le bilan est de 12 morts, a annoncé dans un communiqué de presse la préfecture.")[0].holder == (
        "la préfecture")


def test_a_count_for_the_rest_of_the_country_is_not_the_capital_count_before_it():
    capital, rest = figures("Selon la police, 75.000 personnes se sont rassemblées à Lorvane, et 140.000 en province.")
    assert (capital.scope, rest.scope) == ("lorvane", "rest of the country")  # not both « lorvane »
    told = figures("175 000 personnes ont été recensées dans les défilés en régions, 75 000 personnes à Lorvane.")
    assert [f.scope for f in told] == ["rest of the country", "lorvane"]
    # « en région parisienne » is a place: the capital's region, not the rest of the country
    whole, region = figures("La police a procédé à 470 interpellations, dont 203 en région parisienne.")
    assert region.scope != "rest of the country"
    # the ellipsis still shares what its own words do not say: « 16 000 à Lorvane selon la police, 25 000 selon la CGT »
    police, union = figures("Il y avait 16 000 manifestants à Lorvane selon la police, 25 000 selon la CGT.")
    assert (police.scope, union.scope) == ("lorvane", "lorvane")


def test_a_weekday_opening_the_sentence_is_not_the_place_a_position_is_about():
    read = claims("On Thursday, the minister visited a flooded district in south-eastern Kestria.", "en")
    assert [c.key for c in read if c.what == "place"] == ["place|kestria"]


def test_an_earlier_occasion_and_a_day_of_participation_are_events():
    before = figures("Lors de la précédente journée de mobilisation, la préfecture avait recensé 900 000 manifestants.")
    assert before[0].event == "previous"
    day = figures("Selon la préfecture, 806 000 personnes ont manifesté jeudi dans tout le pays.")
    assert day[0].key.startswith("figure|demonstrators") and day[0].event == "2031-03-06"  # the Thursday before


def test_what_the_sentence_does_not_say_stays_unknown():
    found = figures("Le bilan s'élève à 57 morts.")
    assert (found[0].holder, found[0].side, found[0].scope, found[0].event, found[0].reporter) == (None, "", "", "", None)


def test_an_age_is_a_claim_about_one_person_only():
    biya = figures("Le doyen Amadou Kessel, 91 ans, a prêté serment.")
    assert biya and biya[0].side == "Kessel" and "kessel" in biya[0].key
    assert figures("Il y a 91 ans, la ville était fondée.") == []  # no bearer: no claim


def test_a_document_gives_way_to_the_body_behind_it():
    found = figures("D'après les derniers chiffres publiés par le ministère de la Santé, 118 personnes sont mortes.")
    assert found[0].holder == "le ministère de la Santé"


def test_a_day_recalled_from_history_is_not_the_story_s_date():
    window = (dt.date(2031, 1, 1), dt.date(2031, 4, 1))
    recalled = claims("Le séisme du 12 mars 1987 avait fait 300 morts.", window=window)
    date = next(c for c in recalled if c.what == "date")
    assert date.key == "date|recalled"
    toll = next(c for c in recalled if c.what == "figure")
    assert toll.event.startswith("recalled 1987")  # the toll of another event, not this story's


def test_each_value_its_own_claimant_and_an_opening_place_scopes_them_all():
    police, union = figures("À Lorvane, 20 000 manifestants selon la préfecture, 53 000 selon la CGT.")
    assert (police.value, police.holder, police.scope) == ("20000", "la préfecture", "lorvane")
    assert (union.value, union.holder, union.scope) == ("53000", "la CGT", "lorvane")
    # a headline without a verb: the parser hangs both « selon » on the noun; each value keeps the one after it
    cgt, police = figures("Marches contre la réforme : 640.000 participants selon la CGT, 215.000 selon la police")
    assert [(c.value, c.holder) for c in (cgt, police)] == [("640000", "la CGT"), ("215000", "la police")]
    assert {c.key.split("|")[1] for c in (cgt, police)} == {"demonstrators"}  # participants in a march


def test_how_many_rallies_is_one_count_however_a_page_calls_them():
    fr = figures("161 rassemblements ont eu lieu samedi dans tout le pays, selon la préfecture.")
    en = figures("The union said there were 182 demonstrations across the country on Saturday.", "en")
    marchers = figures("Au total, 640.000 personnes ont défilé dans 145 cortèges, selon les syndicats.")
    assert [c.key.split("|")[1] for c in fr + en] == ["rallies", "rallies"]
    assert [(c.value, c.key.split("|")[1]) for c in marchers] == [("640000", "demonstrators"), ("145", "rallies")]
    voters = figures("Plus de 2 millions de participants ont voté au premier tour de l'élection.")
    assert [c.key.split("|")[1] for c in voters] == ["voters"]


def test_what_a_value_counts_is_read_on_the_tree_when_the_next_words_do_not_say():
    toll = figures("Le nombre des morts s'élève désormais à 2.800, selon une source hospitalière.")
    assert [(c.value, c.key.split("|")[1]) for c in toll] == [("2800", "dead")]
    march = figures("A Lorvane, les manifestants étaient 13 000 selon la police et plus de 15 000 selon les syndicats.")
    assert [(c.value, c.key.split("|")[1]) for c in march] == [("13000", "demonstrators"), ("> 15000", "demonstrators")]
    told = figures("Of the 212 aboard, there are 211 confirmed fatalities, the airline says.", "en")
    assert ("211", "dead") in [(c.value, c.key.split("|")[1]) for c in told]
    cases = figures("The minister said 1,372 new suspected cases were reported, bringing the number of suspected "
                    "cases to 17,801.", "en")  # fmt: skip
    assert [c.value for c in cases] == ["17801"]  # new cases add to the count: they are not the count


def test_a_sum_or_share_is_for_the_year_it_names():
    shares = figures("Le gouvernement vise un déficit de 5,4 % en 2032, de 4,6 % en 2033 et de 2,8 % d'ici 2036.")
    assert [(c.value, c.event) for c in shares] == [("5.4 %", "2032"), ("4.6 %", "2033"), ("2.8 %", "by 2036")]
    assert len({c.key for c in shares}) == 3  # three years, three things: never compared as one deficit
    this_year = figures("La France affiche un déficit de 5,4 % cette année, contre 5,8 % l'an dernier.", date="2032-07-15")
    assert [(c.value, c.event) for c in this_year] == [("5.4 %", "2032"), ("5.8 %", "2031")]
    record = figures("The death toll rose to 215 on Thursday, the deadliest storm to hit the coast since Varda in 2005.",
                     "en", date="2031-10-04")  # fmt: skip
    assert [(c.value, c.event) for c in record] == [("215", "")]  # the year it is measured against is not its own


def test_a_population_and_places_that_are_not_the_value_s_scope():
    town = figures("Entire districts of Kestrel, with a population of at least 120,000, were swept away.", "en")
    assert [(c.value, c.key.split("|")[1]) for c in town] == [("≥ 120000", "inhabitants")]
    share = figures("Il devance Jean Morvan, qui totalise 36,19 %, grâce à une forte mobilisation dans le Nord du pays.")
    assert [(c.value, c.scope) for c in share] == [("36.19 %", "")]  # where the mobilisation was, not the share
    everywhere = figures("Au moins 806 000 personnes sont descendues dans la rue jeudi partout en Kestrie.")
    assert [(c.value, c.scope) for c in everywhere] == [("≥ 806000", "")]  # the whole country
    quake = figures("La première secousse, d'une magnitude de 7,8, s'est produite à 04h17 locales.")
    assert [(c.value, c.scope) for c in quake] == [("7.8", "")]  # a time is no place
    abroad = figures("The death toll from the fire has risen to 61 after a second injured victim died in Varnia, "
                     "authorities said.", "en")  # fmt: skip
    assert [(c.value, c.key.split("|")[1], c.scope) for c in abroad] == [("61", "dead", "")]  # where one victim died
    at_home = figures("The death toll has risen to 61 in Varnia, authorities said.", "en")
    assert [(c.value, c.scope) for c in at_home] == [("61", "varnia")]  # (the toll's own place is still its scope)


def test_a_volcano_entering_eruption_starts_at_the_hour_its_eruption_began():
    entered = times("Le volcan Kerak, situé au nord de l'île, est entré en éruption dimanche vers 14h54.")
    began = times("L'éruption du Kerak avait commencé dimanche à 14h50.")
    en = times("The Kerak eruption began at 2:54 p.m. on Sunday.", "en")
    assert [c.key for c in entered] == [c.key for c in began] == [c.key for c in en] == ["time|#start"]


def test_a_denied_figure_is_read_as_denied_and_a_denial_denied_is_not():
    denied = figures("Le Croissant-Rouge a démenti dimanche un bilan de 11.300 morts que lui attribuait l'ONU.")
    assert [(c.value, c.denied) for c in denied] == [("11300", True)]
    assert [c.denied for c in figures("Le ministère n'a pas démenti le bilan de 300 morts.")] == [False]
    assert [c.denied for c in figures("The army denied that 40 civilians were killed.", "en")] == [True]
    assert [c.denied for c in figures("The army said 40 civilians were killed.", "en")] == [False]


def test_a_day_named_without_its_year_dates_an_undated_article_inside_the_story_only():
    from checker.claims.extract import named_days

    text = "Au moins 806 000 personnes sont descendues dans la rue jeudi 5 décembre partout en Kestrie."
    s = [Sentence(0, "a.md", "A", 0, len(text), text)]
    assert named_days(s) == []  # no year: nothing to date by
    assert named_days(s, (dt.date(2030, 11, 1), dt.date(2031, 1, 10))) == ["2030-12-05"]  # a Thursday in 2030
    wrong_weekday = "Le vendredi 5 décembre, la grève a continué."
    assert named_days([Sentence(0, "a.md", "A", 0, len(wrong_weekday), wrong_weekday)],
                      (dt.date(2030, 11, 1), dt.date(2031, 1, 10))) == []  # fmt: skip


def test_figures_released_by_someone_are_theirs():
    found = figures("D'après des chiffres en constante évolution, communiqués ce matin par le président kestrien Jan "
                    "Morvan, au moins 912 personnes ont été tuées.")  # fmt: skip
    assert found[0].holder and "président" in found[0].holder
    assert figures("Selon les chiffres publiés par le ministère, 300 personnes sont mortes.")[0].holder == "le ministère"


def test_a_day_is_the_day_of_what_it_hangs_on():
    found = [c for c in claims("L'attaque de mardi a fait 70 morts selon un bilan publié jeudi.") if c.what == "date"]
    assert [c.counted for c in found] == ["attaque", "publier"]


def test_a_hyphenated_holder_is_read_whole_and_joins_its_other_names():
    from checker.claims.actors import same_holder, who

    found = figures("Une source au sein du Croissant-Rouge namboréen a affirmé que le nombre des victimes s'élevait à 312.")
    assert [c.holder for c in found] == ["Croissant-Rouge"]  # not « Croissant », cut at the hyphen
    assert same_holder(who(found[0].holder).key, who("the Libyan Red Crescent").key)


def test_an_age_is_keyed_by_its_bearer_named_beside_it_or_by_the_office_described():
    # one survivor whose age two outlets give differently: both ages are his, so they are compared
    beside = figures("Selon la presse, Dupont, 31 ans, a pu sortir de l'épave.")
    national = figures("« Je suis vivant », a confié à la radio Jean Paul Dupont, un Français d'origine belge de 33 ans.")
    assert [c.key for c in beside] == [c.key for c in national] == ["figure|age|years||side=dupont"]
    # an office described two ways is one bearer; a name inside a clause on it is not the bearer
    office = figures("The crowd watched as the 68-year-old former head of state arrived at the prison.", "en")
    leader = figures("The 67-year-old leader, convicted for his role in a scheme run by Jean Dupont, left the prison.", "en")
    assert [c.key for c in office] == [c.key for c in leader] == ["figure|age|years||side=role:president"]
    # a sentence of years is no age
    assert [c.key for c in figures("Un Français a été condamné à une peine de 5 ans.")] == ["figure|duration|years|"]


def times(text: str, lang: str = "fr"):
    return [c for c in claims(text, lang) if c.what == "time"]


def test_an_hour_is_the_hour_of_what_it_hangs_on_and_a_statement_s_hour_is_apart():
    fr = times("Le ministre est sorti de l'hôpital de Lorvane vers 16 heures, sous escorte.")
    en = times("The minister left the Lorvane hospital just before 15:00 local time.", "en")
    assert fr[0].key == en[0].key == "time|#departure"  # one thing, in either language
    said = times("Dans un communiqué publié peu après 19h30, le club a confirmé la signature.")
    start = times("La cérémonie commencera à 19 heures au stade.")
    assert said[0].key == "time|said" and start[0].key == "time|#start"  # never compared with each other


def test_an_hour_joined_to_its_day_is_a_time_claim_too():
    fr = claims("Le ferry a quitté le port de Lorvane mardi à 13h40 avant de chavirer.")
    en = claims("The ferry left the Lorvane harbour on Tuesday at 1:40 p.m. before it capsized.", "en")
    for read in (fr, en):
        assert [(c.key, c.value) for c in read if c.what == "time"] == [("time|#departure", "13:40")]
        assert any(c.what == "date" and "mardi" in c.value for c in read)  # the day stays a claim of its own
    evening = claims("Mardi soir, le ministère a annoncé 40 morts.")
    assert not [c for c in evening if c.what == "time"]  # « soir » is a part of the day, not a time the text states


def test_an_hour_on_another_clock_is_its_own_thing():
    local, other = times("Le ferry a quitté le port à 13h40, heure locale (10h40 à Lorvane).")
    assert local.key == "time|#departure" and other.key != local.key and "lorvane" in other.value


def test_an_hour_on_the_reader_s_clock_is_not_the_event_s_own():
    both = times("Il était environ 21 heures (heure locale), hier soir (3h du matin en heure française) quand "
                 "l'avion est entré en collision avec l'hélicoptère.")
    local, french = both
    assert french.key.endswith("zone=francaise") and local.key != french.key  # two clocks: never a conflict
    assert "zone" not in times("Le séisme s'est produit à 3h du matin heure locale.")[0].key


def test_the_year_a_thing_came_into_use_is_a_claim_even_as_history():
    en = [c for c in claims("It is the first loss of a Kestrel 500 since its commercial debut in 2009.", "en")
          if c.what == "date"]
    fr = [c for c in claims("C'est la première perte d'un Kestrel 500 depuis sa mise en service en 2011.") if c.what == "date"]
    assert en[0].key == fr[0].key == "date|inception" and (en[0].value, fr[0].value) == ("2009", "2011")
    assert not [c for c in claims("Le musée a accueilli 2011 visiteurs en 2009.") if c.key == "date|inception"]


def routes(text: str, lang: str = "fr"):
    return [(c.key, c.value) for c in claims(text, lang) if c.key.startswith("route|")]


def test_where_a_journey_comes_from_or_goes_to():
    assert routes("Le ferry en provenance de Lorvane a chaviré au large.") == [("route|lorvane", "from")]
    assert routes("Le ferry, qui naviguait à destination de Lorvane, a chaviré.") == [("route|lorvane", "to")]
    assert routes("The ferry was bound for Lorvane when it capsized.", "en") == [("route|lorvane", "to")]
    assert routes("Le ministre est arrivé de Lorvane lundi.") == []  # no vehicle: not a journey the story follows


def test_a_thing_named_by_a_code_is_keyed_by_it():
    right = [c for c in claims("Selon le plan, le siège 14C se trouve au deuxième rang, à droite de l'appareil.")
             if c.key.startswith("lateral|")]
    left = [c for c in claims("He was sitting in seat 14C, on the left side of the plane.", "en") if c.key.startswith("lateral|")]
    assert right[0].key == left[0].key == "lateral|#14c" and (right[0].value, left[0].value) == ("right", "left")
    west = [c for c in claims("Deux lignées circulent: la lignée 2b, dans l'ouest du pays.") if c.what == "place"]
    assert any(c.key.endswith("|#2b") and c.value == "west" for c in west)


def test_a_value_is_never_its_own_holder_and_a_relative_side_is_no_side():
    claimed = figures("Dans un message, le groupe avait revendiqué « une centaine » de personnes tuées ou blessées.")
    assert [(c.value, c.key.split("|")[1]) for c in claimed] == [("≈ 100", "dead")]
    enemy = figures("Le groupe affirme avoir fait des centaines de morts dans le camp adverse.")
    assert enemy[0].side == "" and "side=" not in enemy[0].key  # « adverse » names nobody


def test_those_who_killed_are_not_the_dead():
    found = figures("A few dozen gunmen had killed 30 villagers, the governor said.", "en")
    assert [c.key.split("|")[1] for c in found if c.value == "≈ 20–99"] != ["dead"]
    assert any(c.value == "30" and c.key.split("|")[1] == "dead" for c in found)


def test_a_day_before_a_relaying_agency_is_the_claimant_s():
    found = [c for c in claims("Les rebelles ont annoncé dimanche avoir pris Kestral, ont rapporté les agences.")
             if c.what == "date"]
    assert found and "dimanche" in found[0].value


def test_a_province_opening_the_sentence_scopes_its_count_and_displaced_people():
    found = figures("Dans la province du Kestral, près de 600 cas ont été enregistrés depuis janvier.")
    assert found[0].scope == "kestral"
    moved = figures("Plus de 70 personnes sont mortes et 4 000 autres ont été forcées de se déplacer.")
    assert [c.key.split("|")[1] for c in moved] == ["dead", "displaced"]


def test_confirmed_or_suspected_after_a_number_are_cases():
    found = figures("Le pays compte la plupart des cas recensés, avec 16 800 suspectés ou confirmés.")
    assert [c.key.split("|")[1] for c in found] == ["cases"]


def test_the_day_of_a_verdict_is_one_thing_in_either_language():
    en = [c for c in claims("The ruling, delivered by the Lorvane court on Wednesday, was the first of its kind.", "en")
          if c.what == "date"]
    fr = [c for c in claims("L'ancien ministre a été condamné ce jeudi 12 mars 2031 à trois ans de prison.") if c.what == "date"]
    assert en[0].key == fr[0].key == "date|#verdict"
    other = [c for c in claims("Le ministre a inauguré l'usine ce jeudi 12 mars 2031.") if c.what == "date"]
    assert other[0].key == "date"  # a day of anything else is compared only between sentences that say the same


def test_the_hour_of_an_event_on_a_named_day_is_that_day_s():
    one = times("Le 5 mars 2031, le cortège est parti vers 14 heures de la gare.")
    two = times("Le 12 mars 2031, le cortège est parti vers 13 heures de la gare.")
    assert one[0].key != two[0].key and one[0].key.startswith("time|#departure")


def test_crew_addresses_parts_in_a_list_and_a_place_opening_a_value_s_clause():
    crew = figures("À bord se trouvaient 212 personnes, dont deux pilotes et dix membres d'équipage.")
    assert [(c.value, c.key.split("|")[1], c.scope) for c in crew] == [("212", "people", ""), ("2", "people", "part"),
                                                                       ("10", "crew", "part")]  # fmt: skip
    assert not figures("Ils ont défilé devant le 4 boulevard Kestral.")  # an address, not four marchers
    two = figures("En Kestrie, le bilan est d'au moins 5 951 morts, alors qu'en Lorvanie, il atteint 44 374 victimes.")
    assert [c.scope for c in two] == ["kestrie", "lorvanie"]


def test_net_and_gross_asked_and_decided_and_whose_prison_term_are_different_things():
    net, gross = figures("Il touchera 15 millions d'euros net par an, contre 35 millions d'euros bruts à Lorvane.")
    assert "basis=net" in net.key and "basis=gross" in gross.key and net.key != gross.key
    asked = figures("Le parquet avait requis 300 000 euros d'amende contre l'ancien ministre.")
    decided = figures("L'ancien ministre est frappé d'une amende de 100 000 euros.")
    assert asked[0].key.endswith("asked") and asked[0].key != decided[0].key
    a, b = figures("Jean Kessel a écopé de six ans de prison, tandis que Paul Marnier a été condamné à deux ans.")
    assert a.key != b.key and "kessel" in a.key and "marnier" in b.key


def test_a_day_of_what_happened_when_the_event_did_is_the_event_s_day():
    en = [c for c in claims("At least 40 people were killed on Wednesday when the ferry sank and the plane crashed.", "en")
          if c.what == "date"]
    fr = [c for c in claims("Trois personnes ont été tuées mardi lorsque l'avion s'est écrasé.") if c.what == "date"]
    assert fr[0].key == "date|#crash" and "mardi" in fr[0].value
    assert en and en[0].what == "date"  # (the parse may hang the when-clause on either verb: the day stays read)
    derailed = [c for c in claims("Le funiculaire a déraillé mercredi en fin d'après-midi.") if c.what == "date"]
    crashed = [c for c in claims("The funicular derailed and crashed on Tuesday evening.", "en") if c.what == "date"]
    assert [c.key for c in derailed] == [c.key for c in crashed] == ["date|#crash"]  # a train's crash, two days


def test_the_hour_a_shock_was_recorded_is_when_it_happened_not_when_someone_spoke():
    recorded = times("La secousse a été enregistrée à 15h37 heure locale.")
    happened = times("La secousse s'est produite à 14h37 heure locale.")
    # compared with each other (the quake's hour), not set apart as statements
    assert recorded[0].key == happened[0].key == "time|#quake"


def _article(text: str, lang: str, date: str):
    """An article of several sentences (split at ". "), with its claims."""
    parts, start = [], 0
    for piece in text.split(". "):
        end = start + len(piece) + (1 if not piece.endswith(".") else 0)
        parts.append(Sentence(len(parts), "a.md", "A", start, min(end, len(text)), text[start:min(end, len(text))]))
        start = end + 1
    a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date=date, language=lang)
    return parts, article_claims(a, parts)


def test_the_same_statement_named_again_is_of_that_statements_time():
    text = ("At least 30 people died, the fire service said on Monday morning. "
            "The same update put the number of injured at 112.")
    sentences, found = _article(text, "en", "2031-03-11")
    first, injured = [c for c in found if c.what == "figure"][:2]
    assert injured.value == "112" and injured.sentence == 1
    assert injured.as_of == first.as_of and injured.timed and first.as_of != "2031-03-11"
    text = ("Selon le communiqué de l'armée du 8 mars, 40 rebelles ont été tués. "
            "Le même communiqué faisait état de trois soldats tués.")
    _, found = _article(text, "fr", "2031-03-12")
    soldiers = next(c for c in found if c.what == "figure" and c.sentence == 1)
    assert soldiers.as_of == "2031-03-08" and soldiers.timed  # the communiqué's day, not the page's
    text = "Selon l'armée, 40 rebelles ont été tués mardi. Un nouveau bilan fait état de trois soldats tués."
    _, found = _article(text, "fr", "2031-03-12")
    later = next(c for c in found if c.what == "figure" and c.sentence == 1)
    assert later.as_of == "2031-03-12" and not later.timed  # a new statement: of the page's day


def test_a_day_is_of_the_thing_its_verb_tells_whatever_the_verb():
    def things(text, lang="fr"):
        return [c.about for c in claims(text, lang) if c.what == "date"]

    assert things("Le sommet s'est tenu le 4 mai à Dakar.") == [("sommet",)]
    assert things("Le sommet a eu lieu le 5 mai.") == [("sommet",)]  # « avoir lieu »: the verb's own object
    assert things("La CGT appelle à une nouvelle grève le jeudi 14 mai.") == [("grève",)]
    assert things("Le ministre a inauguré le pont le 3 juin.") == [("pont",)]  # who acted is not what happened
    assert things("The bridge was opened on 3 June.", "en") == [("bridge",)]
    assert things("Le Real Madrid a présenté lundi sa recrue.") == [("recrue",)]


def kinds(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    """(value, what it counts) for each figure of a sentence."""
    return [(c.value, c.key.split("|")[1]) for c in figures(text, lang)]


def test_what_happened_to_people_counted_is_read_from_what_the_parse_says_of_them():
    # the participle, the relative clause, the adjective, the verb of which they are the subject, in both languages
    assert kinds("Selon la préfecture, 412 personnes ont été interpellées dans la nuit de samedi.") == [("412", "arrested")]
    assert kinds("The governor said that nine people were still missing on Friday.", "en") == [("9", "missing")]
    assert ("3000", "injured") in kinds("The minister said 40 of the 3,000 people who were injured are in a critical state.", "en")
    assert kinds("Officials said 57 people survived the sinking of the ferry.", "en") == [("57", "survivors")]
    assert kinds("Some 46 people were found dead in the village, officials said.", "en") == [("≈ 46", "dead")]
    assert kinds("À ce stade, 58 personnes ont été récupérées en vie par les sauveteurs.") == [("58", "survivors")]
    assert kinds("Le nombre de personnes disparues s'élève désormais à douze, a indiqué le porte-parole.") == [("12", "missing")]
    assert kinds("Vers minuit, 27 personnes étaient en garde à vue, a indiqué le parquet.") == [("27", "custody")]  # held, not arrested (a count apart)
    # a noun or a phrase that says it: the death of, cost the lives of, the arrests included
    assert kinds("La tempête a coûté la vie à 38 personnes, selon un bilan officiel.") == [("38", "dead")]
    assert kinds("La coulée de boue a causé la mort de 1.200 personnes en une nuit.") == [("1200", "dead")]
    assert kinds("Saturday night's arrests included 64 people in the northern port.", "en") == [("64", "arrested")]
    assert kinds("Le bilan fait état de 90 victimes dont 71 cas de décès.")[1] == ("71", "dead")
    # who is counted keeps whose it is when the verb says what happened to them
    police = figures("Dans la nuit, 215 policiers ou gendarmes ont été blessés.")
    assert police[0].key.split("|")[1] == "injured" and police[0].whose == "police"


def test_what_the_counted_did_to_others_or_what_others_did_is_not_what_happened_to_them():
    assert kinds("Trente hommes armés ont attaqué le village.") == [("30", "fighters")]
    assert kinds("Parmi les 180 personnes à bord, une seule a survécu.") == [("180", "passengers")]  # aboard, not survivors
    assert kinds("The ferry was carrying about 170 people.", "en") == [("≈ 170", "passengers")]  # aboard


def test_a_holder_is_who_states_not_any_subject_of_a_verb_of_stating():
    # the subject of a passive is what is stated; its agent, when named, is who states it
    assert figures("L'effort demandé est annoncé à 12 milliards d'euros.")[0].holder is None
    assert figures("The damage was estimated at more than 2 billion dollars.", "en")[0].holder is None
    agent = figures("Au total, 4 312 véhicules incendiés ont été recensés par le ministère de l'Intérieur.")
    assert agent[0].holder and "ministère" in agent[0].holder
    # a verb of counting or recording has a thing or an occasion for subject: no holder; a body or a name holds
    assert figures("Le vote, tenu le 3 mai, a enregistré un taux de participation de 61,2 %.")[0].holder is None
    assert figures("Le syndicat Sud a compté 12 000 manifestants à Lorvane.")[0].holder == "Le syndicat Sud"
    # a figure in a clause on the subject is not what that subject states
    crush = figures("La bousculade, qui a coûté la vie à 41 personnes, a été suivie d'une enquête dont les "
                    "familles évoquent des résultats décevants.")
    assert crush[0].holder is None
    # a document keeps the body it comes from even when the value dates it
    memo = [c for c in claims("Un communiqué de l'armée diffusé à 9h30 précise que la situation est calme.")
            if c.what == "time"]
    assert memo and memo[0].holder and "armée" in memo[0].holder


def test_the_homeless_the_buried_the_infected_and_the_vaccinated_are_what_the_predicate_says():
    assert kinds("Le bilan fait état de 12 000 personnes sans domicile après la crue.")[0][1] == "displaced"
    assert kinds("Au total, 2 100 personnes ont été enterrées, selon les autorités.") == [("2100", "dead")]
    assert kinds("Depuis janvier, près de 700 personnes ont été infectées dans la ville.")[0][1] == "cases"
    assert kinds("À ce jour, plus de 31 000 personnes ont été vaccinées.") == [("> 31000", "vaccinated")]


def test_a_document_s_author_is_someone_who_can_state_it_not_what_it_is_about():
    blast = figures("Selon un bilan provisoire de l'explosion, 41 personnes ont été tuées.")
    assert blast[0].holder != "l'explosion"  # (the document itself at most, never what it is about)
    ministry = figures("Selon un bilan du ministère de la Santé, 41 personnes ont été tuées.")
    assert ministry[0].holder and "ministère" in ministry[0].holder
    vice = figures("D'après les chiffres dévoilés par le vice-président, le bilan est de 284 morts.")
    assert vice[0].holder and "vice-président" in vice[0].holder


def test_a_count_with_no_noun_of_its_own_counts_what_the_coordinated_count_before_it_counts():
    # a clause coordinated with the previous count's, however long that clause is (« et 430 ont été dénombrés »)
    first, second = figures("Selon l'agence, 1.250 corps ont été dégagés des décombres dans la vallée à ce stade, "
                            "et 430 ont été dénombrés dans la ville voisine.")
    assert (first.key, second.key) == ("figure|dead||", "figure|dead||") and second.value == "430"
    first, second = figures("The mayor said 1,200 bodies had been pulled from the rubble of the old town by Tuesday "
                            "evening, while 380 were found in the villages.", "en")
    assert second.value == "380" and second.key.startswith("figure|dead|")
    # « N autres » / "N others" followed by a verb: the same people as before
    found = figures("Le porte-parole a indiqué que 2.000 corps avaient été retrouvés dans les rues de la capitale et "
                    "que 900 autres étaient conservés à la morgue.")
    assert [c.value for c in found] == ["2000", "900"] and all(c.key.startswith("figure|dead|") for c in found)
    found = figures("Police said 300 bodies were recovered from the river banks near the old bridge, and 150 others "
                    "were still held at the city morgue.", "en")
    assert [c.value for c in found] == ["300", "150"] and all(c.key.startswith("figure|dead|") for c in found)
    # a verb that says what happened to them still wins over the inherited count
    arrested, released = figures("La police a interpellé 300 personnes dans la capitale au cours de la nuit, et 1200 ont "
                                 "été libérées ensuite.")
    assert arrested.key.startswith("figure|arrested|") and not released.key.startswith("figure|arrested|")
    # without a coordinator, a far bare number is not the same count; a duration is never inherited
    assert [c.value for c in figures("Les secours ont dégagé 1.250 corps des décombres dans la vallée avant l'aube "
                                     "d'aujourd'hui ; on en attend 430 selon le maire de la ville voisine.")] == ["1250"]
    assert [c.value for c in figures("24 heures plus tôt, le chiffre grimpait à 612.")] == ["24 hours"]


def test_a_source_the_speaker_cites_holds_the_value_and_the_speaker_passes_it_on():
    found = figures("About 6,000 people were injured, the Kestrel television channel said on Saturday citing the "
                    "health ministry.", "en")
    assert (found[0].holder, found[0].reporter) == ("the health ministry", "the Kestrel television channel")
    found = figures("Au moins 6 000 personnes ont été blessées, a indiqué la chaîne Kestrel TV, citant le ministère "
                    "de la Santé.")
    assert found[0].holder == "le ministère de la Santé" and "Kestrel" in found[0].reporter
    found = figures("Le bilan s'élève à 77 morts, selon l'agence Kestrel qui se réfère à une source sécuritaire.")
    assert found[0].holder == "une source sécuritaire" and "Kestrel" in found[0].reporter
    found = figures("La crue a fait au moins 900 morts dans la ville, selon un nouveau bilan publié samedi soir par une "
                    "agence de l'ONU, citant le Croissant-Rouge.")
    assert found[0].holder == "le Croissant-Rouge" and found[0].reporter == "une agence de l'ONU"
    # what is cited must be someone: « citant le nombre de quartiers détruits » leaves the mayor the holder
    found = figures("Le maire a évoqué 40 morts à la chaîne Kestrel TV, citant le nombre de quartiers détruits par "
                    "les eaux.")
    assert found[0].holder == "Le maire" and not found[0].reporter


def test_a_speech_verb_set_between_commas_after_the_value_holds_it_with_its_inverted_subject():
    found = figures("L'épidémie a causé 548 décès depuis janvier dans le pays, touchant désormais toutes les régions, "
                    "a annoncé le ministre de la Santé, Paul Kestrel, ce jeudi.")
    assert found[0].holder == "le ministre de la Santé"
    assert figures("La crue a fait 120 morts dans la vallée, a indiqué la préfecture.")[0].holder == "la préfecture"


def test_an_inverted_speaker_holds_the_figure_whatever_the_parser_hung_before_the_comma():
    # the toll is what the agency says, not who says it; a date between the verb and the speaker is no speaker
    toll = figures("Le bilan du tremblement de terre qui a frappé lundi l'île de Kelvara a été porté à 321 morts, a "
                   "annoncé dimanche l'agence nationale de gestion des catastrophes.")
    assert [(f.value, f.holder) for f in toll] == [("321", "l'agence nationale de gestion des catastrophes")]
    later = figures("Le bilan a été relevé à 268 morts, a annoncé mardi 22 novembre Tarmidi, le chef de l'agence "
                    "de secours.")
    assert [f.holder for f in later] == ["Tarmidi"]


def test_an_inverted_pronoun_after_the_speech_verb_points_back_to_the_previous_holder():
    first = "Le chef de l'opposition, Paul Kestrel, a déclaré mardi que le scrutin avait été truqué."
    second = "« Tout le monde sait que j'ai obtenu 65 % des voix », a-t-il déclaré à la radio."
    text = first + " " + second
    a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date="2031-03-08",
                language="fr")
    sentences = [Sentence(0, "a.md", "A", 0, len(first), first),
                 Sentence(1, "a.md", "A", len(first) + 1, len(text), second)]  # fmt: skip
    found = [c for c in article_claims(a, sentences) if c.what == "figure"]
    assert [(c.value, c.holder) for c in found] == [("65 %", "Le chef de l'opposition")]


def test_a_duration_between_two_events_is_keyed_by_what_it_is_counted_from():
    # « quatre jours après le crash » and « dans un délai de 30 jours » are times between events, not one length:
    # two different things; « un mandat de sept ans », « en cinq ans » stay lengths
    after = figures("Quatre jours après le crash, l'identification des victimes se poursuit à Lyon.")
    deadline = figures("Le rapport doit être produit dans un délai de 30 jours, selon les règles de l'aviation.")
    assert [c.value for c in after] == ["4 days"] and [c.value for c in deadline] == ["30 days"]
    assert after[0].key != deadline[0].key and "since=crash" in after[0].key
    length = figures("Le président entame un nouveau mandat de sept ans à la tête du pays.")
    plan = figures("Le gouvernement prévoit 40 milliards d'euros d'économies en cinq ans.")
    assert all("since=" not in c.key for c in length + plan)
    later = figures("The prime minister only traveled to the scene of the flood 11 days later.", "en")
    after_en = figures("The rebel leader had claimed victory two days after the election.", "en")
    assert "since=travel" in later[0].key and "since=election" in after_en[0].key
    # « après 16 heures de quête »: how long the search lasted, the length "an 18-hour search" gives
    search = figures("Les secours ont suspendu mardi soir les recherches, après 16 heures de quête dans le fleuve.")
    effort = figures("The Coast Guard ended an 18-hour search-and-rescue effort on Tuesday evening.", "en")
    assert [c.value for c in search] == ["16 hours"] and search[0].key == effort[0].key


def test_an_age_said_before_whose_it_is_or_of_a_player_is_an_age():
    found = figures("Le joueur de 25 ans gagnera 15 millions d'euros par saison au club.")
    assert [c.key.split("|")[1] for c in found][:1] == ["age"]
    assert [c.key.split("|")[1] for c in figures("À 92 ans, le doyen Amadou Kessel a remporté le scrutin.")][:1] == ["age"]


def test_a_ratio_is_no_count_and_how_often_is_of_what_it_says():
    # « deux fois plus grosse », "three times larger" compare two things; « six fois le championnat » and « la coupe
    # quatre fois » are how often two different things happened
    assert figures("La marche de jeudi a été deux fois plus grosse que celle de mars à Lyon.") == []
    assert figures("The crowd on Thursday was three times larger than in March, the organisers said.", "en") == []
    often = figures("Avec son club, il a remporté six fois le championnat et a gagné la coupe quatre fois.")
    assert [c.value for c in often] == ["6", "4"] and often[0].key != often[1].key


def test_a_swiss_grouped_number_and_a_count_foreseen():
    # « 85'000 » is eighty-five thousand (not 85 and 0); a crowd expected is another thing than the crowd that came
    expected = figures("Avec quelque 85'000 spectateurs attendus, la rencontre devrait battre le record du stade.")
    came = figures("Plus de 80 000 spectateurs étaient présents au stade mardi soir pour la fête.")
    assert [c.value for c in expected] == ["≈ 85000"] and expected[0].key != came[0].key
    assert "expected" in figures("Some 85,000 fans are expected at the stadium on Tuesday evening.", "en")[0].key


def test_a_fine_is_someone_s_as_a_prison_term_is():
    # each defendant's fine is their own thing; a name standing beside a common noun (« l'avocat Luc Bernard »,
    # « l'intermédiaire Paul Lemoine ») says whose
    one = figures("Jean Durand a été condamné à trois ans de prison et 200 000 euros d'amende par le tribunal.")
    two = figures("Enfin, l'avocat Luc Bernard a été condamné à dix-huit mois de prison et 100 000 euros d'amende.")
    assert all("side=durand" in c.key for c in one) and "side=bernard" in two[-1].key
    assert "side=lemoine" in figures("L'intermédiaire Paul Lemoine a été condamné à six ans de prison.")[0].key
    assert "side=" not in figures("Le budget de la ville prévoit 200 000 euros pour la voirie en 2031.")[0].key


def test_a_count_of_another_year_than_the_story_s_is_another_occasion():
    # « 3,8 millions de voix en 2011 … 2,47 millions cette année »: three elections; the story's own year says nothing
    found = figures("D'un peu moins de 3,8 millions de voix en 2011, le président est tombé à 2,52 millions de voix "
                    "en 2018 et à 2,47 millions de voix cette année.")
    assert [c.event for c in found] == ["2011", "2018", ""]
    assert figures("La crue a fait 2 000 morts en 2031 selon le ministère de l'Intérieur.")[0].event == ""
    assert figures("Lors de la présentation du joueur en 2019, 50 000 fans étaient présents au stade.")[0].event == "2019"


def test_a_number_naming_a_set_picked_from_is_no_count():
    # « aucun de ses coprévenus », « aucune des 17 personnes », "none of the 17 people": a set counted elsewhere;
    # « aucun soldat n'a été tué » still counts none
    assert figures("Il ne doit parler à aucun de ses coprévenus, ni à aucune des 17 personnes liées à l'enquête.") == []
    assert figures("He may not contact any of the 17 people linked to the inquiry, the court said.", "en") == []
    assert [c.value for c in figures("Aucun soldat n'a été tué dans l'attaque de mardi, selon l'armée.")] == ["0"]


def test_a_noun_qualifying_the_counted_one_is_not_what_is_counted():
    # "ten police stations" counts stations; "45,000 police officers" still counts police
    found = figures("In addition, ten police stations and six town halls were targeted overnight, the ministry said.", "en")
    assert found[0].key.split("|")[1] == "station"
    assert figures("About 45,000 police officers were deployed across the country on Friday.", "en")[0].key.split("|")[1] == "police"


def test_a_length_is_of_what_the_parse_says():
    # « une enquête de sept jours », « trois jours de deuil », « cinq ans d'inéligibilité »: lengths of different
    # things; « une durée de cinq ans » says nothing of what; a prison term is one thing however named
    assert figures("Après une enquête de sept jours, les ONG font état de 140 morts.")[0].about == ("enquete",)
    assert figures("Le gouvernement a décrété trois jours de deuil national dimanche.")[0].about == ("deuil",)
    asked = figures("Le parquet avait requis sept ans de prison et cinq ans d'inéligibilité contre lui.")
    assert [c.about for c in asked] == [("prison",), ("ineligibilite",)]
    assert figures("Il s'est engagé pour une durée de cinq ans avec le club madrilène.")[0].about == ()


def test_a_place_in_a_sentence_about_another_year_is_that_year_s_event():
    then = [c for c in claims("Pour rappel, en 2010, un car s'était renversé dans le sud du Portugal.") if c.what == "place"]
    now = [c for c in claims("Le car s'est renversé jeudi dans le nord du Portugal, selon la police.") if c.what == "place"]
    assert then and now and then[0].key != now[0].key and "recalled 2010" in then[0].key


def test_a_length_after_the_article_is_read_and_a_pronoun_is_not_whose_count_it_is():
    # "the 30-foot trawler": a length (the article does not make it a thing counted elsewhere, as in "the three
    # suspects"); « celles portées disparues » counts the missing, the pronoun standing for people said before
    boat = figures("Coastguards spotted the 30-foot trawler late on Friday off Port Aldane.", "en")
    assert [(c.value, c.key.split("|")[1]) for c in boat] == [("9.144 m", "distance")]
    assert figures("Le chalutier de 9 mètres a été aperçu vendredi soir.")[0].value == "9 m"
    assert figures("They named the three suspects on Monday.", "en") == []
    # …but a whole set said with its size counts it, whichever language
    assert [f.value for f in figures("All 12 people on the ground floor were able to leave the building.", "en")] == ["12"]
    assert [f.value for f in figures("Tous les douze passagers ont été évacués vers l'hôpital.")] == ["12"]
    missing = figures("La Croix-Rouge estime à près de 4 000 celles portées disparues à Valdorne.")
    assert [(c.value, c.key.split("|")[1], c.whose) for c in missing] == [("≈ 4000", "missing", "")]


def test_days_counted_since_an_event_date_it_from_the_page_s_day():
    # « incarcéré depuis vingt jours » on a page of 8 March is the day he was jailed, give or take a day: it
    # disagrees with « incarcéré le 25 janvier » and agrees with « incarcéré le 16 février »
    since = [c for c in claims("Le maire de Valdorne est incarcéré depuis vingt jours pour corruption.") if c.what == "date"]
    assert [(c.value, c.counted) for c in since] == [("2031-02-15..2031-02-17", "incarcérer")]
    assert [c for c in claims("Le maire est incarcéré depuis vingt jours.", date=None) if c.what == "date"] == []


def test_a_body_reporting_its_own_figures_holds_them_a_news_outlet_passes_them_on():
    found = figures("The health ministry has reported 35 new deaths, pushing the total number of deaths to 610 since "
                    "January.", "en")
    assert all(c.holder == "The health ministry" and not c.reporter for c in found)
    found = figures("Le ministère de la Santé a rapporté 1.200 nouveaux cas dans la province.")
    assert found[0].holder == "Le ministère de la Santé" and not found[0].reporter
    found = figures("Kestrel News reported that 40 people were killed.", "en")
    assert found[0].holder is None and found[0].reporter == "Kestrel News"
    found = figures("State media reported 1,347 deaths and 2,295 injured.", "en")
    assert all(c.holder is None and c.reporter == "State media" for c in found)


def test_who_a_quoting_outlet_quotes_as_saying_holds_the_figure():
    found = figures("Channel 9 quoted the Varo police as saying on Monday night that the toll had risen to 64.", "en")
    assert found[0].holder == "the Varo police" and found[0].reporter == "Channel 9"
    found = figures("The agency cited local officials as saying 40 people were killed.", "en")
    assert found[0].holder == "local officials" and found[0].reporter == "The agency"


def test_the_figure_a_sentence_names_only_as_le_chiffre_is_the_count_the_article_gave_last():
    first = "Ce samedi matin, la préfecture a indiqué avoir procédé à 312 interpellations."
    second = "24 heures plus tôt, le chiffre grimpait à 280, selon la même source."
    text = f"{first} {second}"
    a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date="2031-03-08", language="fr")
    sentences = [Sentence(0, "a.md", "A", 0, len(first), first),
                 Sentence(1, "a.md", "A", len(first) + 1, len(text), second)]  # fmt: skip
    found = [c for c in article_claims(a, sentences) if c.what == "figure" and "duration" not in c.key]
    assert [(c.key.split("|")[1], c.value, c.sentence) for c in found] == [("arrested", "312", 0), ("arrested", "280", 1)]
    # « le nombre de … » says what it counts itself
    assert figures("Le chiffre de 40 000 visiteurs a été atteint.")[0].key.split("|")[1] != "arrested"


def test_sources_a_count_is_built_from_hold_it_when_they_say_whose_they_are():
    found = figures("Plus de 5 100 manifestants ont défilé, selon un décompte AFP à partir de sources policières.")
    assert found[0].holder == "sources policières"
    found = figures("Selon un bilan établi à partir de sources hospitalières, 40 personnes ont été tuées.")
    assert found[0].holder == "sources hospitalières"


def test_a_count_to_be_deplored_is_said_by_nobody_it_names():
    # « 62 morts sont à déplorer »: the dead are not who speaks; the figure is kept
    found = figures("Après la tempête, 62 morts sont à déplorer dans la vallée de la Varo.")
    assert [(c.value, c.holder) for c in found] == [("62", None)]


def test_corpses_are_counted_as_the_dead_as_bodies_are():
    assert figures("Au total, 43 cadavres ont été retrouvés le long du littoral de la Varo.")[0].key.split("|")[1] == "dead"
    assert figures("Rescuers found 43 corpses along the Varo coast.", "en")[0].key.split("|")[1] == "dead"


def stances(text: str, lang: str = "fr"):
    return [(c.actor, c.value) for c in claims(text, lang) if c.what == "stance"]


def test_a_stance_is_its_verb_s_subject_s_not_a_country_named_in_what_it_is_about():
    # the spokesman denounces a « Rwandan invasion »: a stance of the spokesman's government, never Rwanda's
    fr = stances("Le porte-parole du gouvernement a dénoncé ce qu'il appelle une invasion rwandaise de la Varo.")
    en = stances("The government spokesman denounced what he called a Rwandan invasion of the Varo.", "en")
    assert fr and en and all(actor != "RW" for actor, _ in fr + en)
    assert ("role:government", "refuses / rejects") in fr
    # a country as the subject is still the actor; « les États-Unis exigent » stays the United States'
    assert stances("Le Mali rejette la proposition de la Varo.") == [("ML", "refuses / rejects")]
    assert stances("Mali rejected the proposal of the Varo mission.", "en") == [("ML", "refuses / rejects")]
    assert ("US", "demands / sets conditions") in stances("Selon des diplomates, les États-Unis exigent la fin du contrat.")
    # an infinitive takes the subject of the word it hangs on
    assert stances("L'administration américaine semble prête à tolérer la présence russe.") == [("US", "tolerates / accepts")]


def test_a_sentence_someone_received_is_no_stance_of_theirs():
    # « condamné à cinq ans » is a penalty the former president received, not a refusal of France's
    assert stances("L'ancien président français a été condamné à cinq ans de prison ferme.") == []
    assert stances("The former French president was condemned to five years in prison.", "en") == []


def test_a_stance_under_a_refusal_is_a_refusal():
    # « refuse de tolérer » / "refuses to accept" take one position, not a refusal and an acceptance that oppose
    assert stances("Le Mali refuse de tolérer la présence de troupes étrangères dans la Varo.") == [("ML", "refuses / rejects")]
    assert stances("Mali refuses to accept foreign troops in the Varo.", "en") == [("ML", "refuses / rejects")]
    # refusing to demand sets no conditions; accepting to support is still support
    assert ("ML", "sets no conditions") in stances("Le Mali refuse d'exiger le départ des troupes de la Varo.")
    assert ("ML", "supports") in stances("Le Mali accepte de soutenir la mission dans la Varo.")


def test_who_is_behind_an_act_is_read_with_its_denials():
    # one actor said to be behind an attack, and the same actor's involvement denied, in French and English
    said = "Selon le ministre, les services secrets du Portugal sont directement impliqués dans l'attaque."
    assert stances(said) == [("PT", "behind it")]
    assert stances("Le ministre affirme que le Portugal et l'Espagne ont orchestré l'attaque de la Varo.") == [
        ("PT", "behind it"), ("ES", "behind it")]
    assert stances("« Le Portugal n'a pas le moindre lien avec l'attaque », a répondu son porte-parole.") == [
        ("PT", "not behind it")]
    assert stances("Il n'y a aucune preuve de l'implication du Portugal dans l'attaque de la Varo.") == [
        ("PT", "not behind it")]
    assert stances("Lisbon denied any involvement in the attack on the Varo bridge.", "en") == [("PT", "not behind it")]
    assert stances("Officials in Madrid said Portugal was behind the attack on the Varo bridge.", "en") == [
        ("PT", "behind it")]
    # « des responsables » are officials, not culprits
    assert stances("Des responsables portugais ont visité la Varo après l'attaque.") == []


def test_a_toll_holds_on_the_page_s_day_not_on_the_day_of_the_event_it_counts():
    # the day dates the attack (« survenue mardi », « de lundi »), not when the toll was counted
    late = [c for c in figures("Le bilan de l'explosion survenue mardi s'élève désormais à 143 morts, selon la police.",
                                date="2031-03-14") if c.value == "143"][0]
    assert late.as_of == "2031-03-14"
    english = [c for c in figures("The toll from Monday's earthquake has risen to 2,310, officials said.", lang="en",
                                   date="2031-03-14") if c.value == "2310"][0]
    assert english.as_of == "2031-03-14"
    # however the parser hangs a participle saying when the act took place, its day is the act's
    carried = [c for c in figures("Perpétrée mardi soir, l'attaque a fait trois morts et quatre blessés graves.",
                                  date="2031-03-14") if c.value == "3"][0]
    assert carried.as_of == "2031-03-14"
    # a day the count itself hangs on stays its day, and so does a statement's (« un bilan publié mardi »)
    stated = [c for c in figures("Mardi, l'explosion a fait 60 morts.", date="2031-03-14") if c.value == "60"][0]
    assert stated.as_of == "2031-03-11"
    published = [c for c in figures("Un bilan publié mardi faisait état de 60 morts.", date="2031-03-14")
                 if c.value == "60"][0]
    assert published.as_of == "2031-03-11"
    # what measures the event itself (a magnitude) holds on the event's day
    quake = [c for c in figures("Le séisme de mardi, d'une magnitude de 7,6, a frappé le sud.", date="2031-03-14")
             if c.value == "7.6"][0]
    assert quake.as_of == "2031-03-11"


def test_a_toll_is_not_dated_by_its_event_however_the_parser_hangs_the_event_s_clause():
    # a relative clause the parser hangs on « bilan » rather than on the explosion it describes: the toll holds on
    # the day its own verb gives, not on the day of the blast
    hung = [c for c in figures("Le bilan de l'explosion qui a dévasté mardi 11 mars un entrepôt du port s'est alourdi "
                               "ce jeudi 13 mars à 52 morts, a annoncé la préfecture.", date="2031-03-14")
            if c.value == "52"][0]
    assert hung.as_of == "2031-03-13"
    # « survenu » read as the complement of « confirmé »: still the accident's day, so the toll holds on the page's
    confirmed = [c for c in figures("Les autorités ont confirmé que l'accident survenu lundi 10 mars au col a fait "
                                    "douze morts.", date="2031-03-14") if c.value == "12"][0]
    assert confirmed.as_of == "2031-03-14"
    # the day of the event a count came after is the event's; the day the count moved on is the count's
    after = [c for c in figures("Forty-one people have died after an earthquake struck the valley on Monday.",
                                lang="en", date="2031-03-14") if c.value == "41"][0]
    assert after.as_of == "2031-03-14"
    rose = [c for c in figures("The death toll rose to at least 41 after rescuers recovered more bodies on Wednesday.",
                               lang="en", date="2031-03-14") if "41" in c.value][0]
    assert rose.as_of == "2031-03-12"


def test_a_toll_is_not_dated_by_the_day_of_its_event_hung_on_the_clause_s_object():
    # « vendredi dernier » hung by the parser on « le pays », the object of the clause that describes the quake: the
    # quake's day, so the tolls hold on the day the report gives; the quake's magnitude stays of its own day
    found = figures("La province est la plus touchée par le séisme de magnitude 7,4 qui a frappé le pays vendredi "
                    "dernier, avec 812 morts et 1 045 blessés, a rapporté vendredi le quotidien officiel.",
                    date="2031-03-21")
    assert {c.value: c.as_of for c in found} == {"7.4": "2031-03-14", "812": "2031-03-21", "1045": "2031-03-21"}


def test_the_day_a_count_runs_from_is_not_when_it_holds():
    since = figures("Quelque 10 000 répliques ont été enregistrées depuis le 6 mars, selon l'agence.", date="2031-03-14")
    assert [c.as_of for c in since] == ["2031-03-14"]
    english = figures("Since Monday, 200 people have been arrested, police said.", lang="en", date="2031-03-14")
    assert [c.as_of for c in english] == ["2031-03-14"]


def test_a_count_said_in_the_passive_is_a_claim_not_a_speaker():
    """« Quatre morts sont recensés », "three victims were recorded": the count is what is stated; the words
    before the verb used to be read as who speaks, and the count dropped as describing them."""
    found = figures("Quatre morts sont recensés dans l'île après deux nuits d'émeutes.")
    assert (found[0].value, found[0].holder, found[0].key.split("|")[1]) == ("4", None, "dead")
    assert [c.value for c in figures("Dans la région, trois victimes ont été déplorées après la crue.")] == ["3"]


def test_a_duration_is_the_length_of_what_lasted_or_was_done_that_long():
    from checker.claims.marks import relation

    shots = figures("Selon des témoins, les tirs ont duré environ trois heures.")
    raids = figures("Le groupe armé affirme avoir mené des assauts pendant neuf heures.")
    assert shots[0].about and raids[0].about and shots[0].about != raids[0].about
    assert relation(shots[0], raids[0]) == ""  # two lengths of two things
    again = figures("Les tirs ont duré près de cinq heures, selon la police.")
    assert relation(shots[0], again[0]) in ("conflict", "dispute")


def test_an_update_or_bulletin_gives_way_to_the_council_that_issued_it():
    found = figures("Le bilan s'est alourdi à 1 644 morts, selon la dernière mise à jour communiquée samedi par le "
                    "conseil militaire au pouvoir.")
    assert found[0].holder == "le conseil militaire"
    found = figures("Le bilan atteint 40 morts selon le dernier bulletin de la protection civile.")
    assert found[0].holder == "la protection civile"


def test_a_provisional_toll_is_not_placed_before_a_toll_said_to_have_risen():
    """« le bilan provisoire » says the count may still change, not that it came first: against another page's
    « s'est alourdi à », a larger provisional toll is not a toll that fell."""
    from checker.reading.frames import stage_of

    assert stage_of("Selon les autorités, le bilan provisoire s'élève à 2 056 morts.") == ""
    assert stage_of("Un premier bilan faisait état de 40 morts.") == "early"
    assert stage_of("The toll has risen to 64.") == "late"


def test_the_day_of_a_start_a_stop_a_visit_or_a_vote_is_keyed_by_that_event_in_either_language():
    def days(text, lang="fr"):
        return [c.key for c in claims(text, lang) if c.what == "date"]

    assert days("Les manifestations ont commencé le 2 mars dans la capitale.") == ["date|#start"]
    assert days("The protests began on 4 March in the capital.", "en") == ["date|#start"]
    assert days("Les recherches ont été suspendues le 6 mars, faute de survivants.") == ["date|#stop"]
    assert days("The ballot was held on 12 March.", "en") == days("Le scrutin s'est tenu le 12 mars.") == ["date|#vote"]



def test_the_hour_of_a_quake_is_one_thing_in_either_language():
    fr = times("Le séisme s'est produit à 12h50 heure locale, selon l'institut géologique.")
    en = times("The quake struck at 12:50 local time, the geological survey said.", "en")
    assert fr[0].key == en[0].key == "time|#quake"


def test_the_hour_of_a_collapse_a_crush_or_a_blast_is_one_thing_in_either_language():
    fr = times("Cette nuit à 0h40 a eu lieu l'effondrement d'un immeuble de la rue des Tilleuls.")
    en = times("The building on Linden Street collapsed at around 00:46, the fire service said.", "en")
    assert fr[0].key == en[0].key == "time|#collapse"
    crush = times("Vers 22h20, des centaines de jeunes se sont bousculés dans une ruelle de Lorvane.")
    assert [c.key for c in crush] == ["time|#crush"]
    blast = times("L'explosion s'est produite à 18h08 dans le port de Lorvane.")
    assert [c.key for c in blast] == ["time|#blast"]
    # a vote's hours are its opening and its closing, not one thing: no event in the key
    polls = times("Les bureaux de vote ont ouvert à 8h dans tout le pays.")
    assert [c.key for c in polls] == ["time"]


def test_the_hour_of_the_accident_is_of_some_incident_and_its_day_is_not():
    assert [c.key for c in times("Il y a eu 151 morts dans l'accident survenu à 22h15 à Lorvane.")] == ["time|#incident"]
    assert [c.key for c in times("The incident occurred around 2 pm in the old town.", "en")] == ["time|#incident"]
    # a story's days of « le drame » are many: the day stays a day of unknown event
    days = [c.key for c in claims("Le drame survenu mardi 4 mars a fait 12 morts.") if c.what == "date"]
    assert days == ["date"]

def test_a_count_out_of_a_count_just_named_is_a_part_of_it():
    fr = figures("Sur les 60 blessés, 36 sont actuellement soignés à l'hôpital de Lorvane.")
    assert [(c.value, c.key) for c in fr] == [("60", "figure|injured||"), ("36", "figure|injured||part")]
    en = figures("Of the 85 injured, 53 remain in hospital.", "en")
    assert [(c.value, c.key) for c in en] == [("85", "figure|injured||"), ("53", "figure|injured||part")]
    # two counts told one after the other are not a whole and its part
    two = figures("Le séisme a fait 60 blessés, 36 morts selon le ministère.")
    assert [c.key for c in two] == ["figure|injured||", "figure|dead||"]

def test_people_aboard_who_died_are_counted_as_dead():
    found = figures("Huit autres personnes, présentes à bord, sont également décédées.")
    assert [(c.value, c.key.split("|")[1]) for c in found] == [("8", "dead")]
    assert [c.key.split("|")[1] for c in figures("Les 180 personnes présentes à bord étaient des touristes.")] == [
        "passengers"]


def test_a_speech_verb_the_parser_leaves_in_the_present_still_names_its_holder():
    # the parser lemmatises « indique » as « indique »: the speaker is read all the same
    found = figures("Dans le cadre des manifestations débutées lundi, la police indique qu'environ 14 307 prisonniers "
                    "se sont évadés de différentes prisons.")  # fmt: skip
    assert [(f.value, f.holder) for f in found] == [("≈ 14307", "la police")]


def test_according_to_in_the_value_s_own_clause_holds_it_before_a_verb_above():
    found = figures("Ce projet est contesté par des milliers d'étudiants et a déclenché des affrontements, faisant "
                    "151 morts, selon l'AFP.")  # fmt: skip
    assert [(f.value, f.holder) for f in found] == [("151", "l'AFP")]  # not the students who contest the project
    english = figures("The protests spread to every district, leaving 40 dead according to the police.", "en")
    assert [(f.value, f.holder) for f in english] == [("40", "the police")]


def test_a_statement_made_past_an_incise_is_its_maker_s():
    found = figures("Le ministère de l'Intérieur fait, quant à lui, état d'un premier bilan de 11 morts.")
    assert [(f.value, f.holder) for f in found] == [("11", "Le ministère de l'Intérieur")]


def test_people_in_a_serious_state_treated_or_injured_are_the_injured():
    assert [f.key.split("|")[1] for f in figures("Dix autres personnes se trouvent dans un état critique.")] == [
        "injured"]  # fmt: skip
    treated = figures("Le secrétaire a précisé que « 72 personnes étaient décédées et 191 personnes actuellement "
                      "soignées ».")  # fmt: skip
    assert [(f.value, f.key.split("|")[1]) for f in treated] == [("72", "dead"), ("191", "injured")]
    english = figures("The junta reported that over 3,900 individuals sustained injuries in the earthquake.", "en")
    assert [(f.value, f.key.split("|")[1]) for f in english] == [("> 3900", "injured")]
    assert [f.key.split("|")[1] for f in figures("Dix personnes se trouvent dans un état stable à l'hôtel.")] == [
        "people"]  # a state that is no hurt says nothing  # fmt: skip


def test_numbers_after_a_count_without_their_own_noun_count_what_it_counts():
    found = figures("Les pluies ont provoqué la mort de cinq personnes en Autriche, sept en Pologne et trois en "
                    "Roumanie.")  # fmt: skip
    assert [(f.value, f.key.split("|")[1], f.scope) for f in found] == [
        ("5", "dead", "autriche"), ("7", "dead", "pologne"), ("3", "dead", "roumanie")]  # fmt: skip


def test_an_opening_citing_names_the_source_not_the_verb_it_hangs_on():
    found = figures("Citing hospital officials, the Daily Courier reported that eight people died at the central "
                    "hospital.", "en")  # fmt: skip
    assert [(f.value, f.holder) for f in found] == [("8", "hospital officials")]  # not "reported"


def test_a_place_of_several_words_is_named_whole():
    found = figures("Five people were killed in Gaza City and two in Khan Younis.", "en")
    assert [(f.value, f.scope) for f in found] == [("5", "gaza city"), ("2", "khan younis")]  # not "city", "younis"


def test_prisoners_who_escaped_are_a_count_of_their_own():
    escaped = figures("La police indique qu'environ 14 300 prisonniers se sont évadés de différentes prisons.")
    held = figures("La prison centrale compte 3 000 prisonniers.")
    assert [f.key.split("|")[1] for f in escaped] == ["escaped"] and [f.key.split("|")[1] for f in held] != ["escaped"]
    assert [f.key.split("|")[1] for f in figures("About 13,500 prisoners had escaped, police said.", "en")] == ["escaped"]


def test_a_toll_put_forward_by_someone_is_theirs_not_the_clause_speaker_s():
    found = figures("Les ONG parlent de 135 morts, contre un bilan officiel de 56 morts avancé par le gouvernement.")
    assert [(f.value, f.holder) for f in found] == [("135", None), ("56", "le gouvernement")]
    # a report about a place is no report by that place (« un rapport sur l'opération dans la région du Lobo »)
    about = claims("La Ligue a publié lundi un rapport sur l'opération menée dans la région du Lobo, qui a fait 40 morts.")
    assert all(c.holder != "Lobo" for c in about)


def test_a_disaster_that_claimed_lives_states_nothing():
    assert [c.holder for c in figures("The fire claimed the lives of 40 people.", "en")] == [None]
    assert [c.holder for c in figures("The ministry said the fire claimed the lives of 40 people.", "en")] == [
        "The ministry"]


def test_a_speech_verb_after_the_clause_holds_its_figures_however_the_parser_hangs_it():
    # the parser makes « a indiqué » a second root and the speaker an apposition of the addressee
    assert [c.holder for c in figures("Au moins 40 personnes ont été tuées, a indiqué à l'AFP un responsable local.")] == [
        "un responsable local"]
    assert [c.holder for c in figures("Le bilan s'élève à 40 morts, a précisé le maire à la presse.")] == ["le maire"]
    assert [c.holder for c in figures("Les autorités font état de 40 morts et de 120 blessés.")] == ["Les autorités"] * 2


def test_those_held_in_custody_are_counted_apart_from_arrests():
    found = figures("La police a procédé à 1 311 interpellations, dont 500 gardes à vue.")
    assert [(c.value, c.key.split("|")[1]) for c in found] == [("1311", "arrested"), ("500", "custody")]
    held = figures("À 18 heures, 60 personnes étaient en garde à vue, a indiqué le parquet.")
    assert [(c.value, c.key.split("|")[1], c.holder) for c in held] == [("60", "custody", "le parquet")]


def test_a_crowd_estimated_at_a_number_counts_who_was_there():
    assert [(c.value, c.key.split("|")[1], c.holder) for c in figures(
        "Organisers estimated the crowd at 100,000 during the protest.", "en")] == [("100000", "demonstrators", "Organisers")]
    assert [c.key.split("|")[1] for c in figures("Les organisateurs ont estimé la foule à 100 000.")] == ["participants"]
    # a crowd a car drove into is not what the number counts: the injured are any injured, comparable with others'
    rammed = figures("L'homme a foncé dans une foule sur un marché de Noël et en a blessé plus de 300.")
    assert [(c.value, c.key.split("|")[1], c.whose) for c in rammed] == [("> 300", "injured", "")]


def test_people_a_pronoun_counts_are_read():
    listed = figures("Ils étaient aussi au moins 15 000 à Clermont, 10 500 à Tours, toujours selon la police.")
    assert [(c.value, c.key.split("|")[1], c.scope, c.holder) for c in listed] == [
        ("≥ 15000", "people", "clermont", "la police"), ("10500", "people", "tours", "la police")]
    assert figures("Ils étaient 20 000 à défiler à Lyon selon la préfecture.")[0].key.split("|")[1] == "demonstrators"
    union = figures("De son côté, la CGT en a décompté plus de 1,5 million dans toute la France.")
    assert [(c.value, c.key.split("|")[1], c.holder) for c in union] == [("> 1500000", "people", "la CGT")]
    assert figures("La police en a saisi 30 lors de la perquisition.") == []  # « en » of a thing: unknown, unread


def test_a_measure_and_the_values_it_moved_between():
    fr = figures("Selon le HCR, le nombre des déplacés a presque doublé en une semaine, passant de 230 000 à plus de 400 000.")
    assert [(c.value, c.key.split("|")[1]) for c in fr] == [("230000", "displaced"), ("> 400000", "displaced")]
    en = figures("The number of displaced people nearly doubled, rising from 230,000 to more than 400,000.", "en")
    assert [c.value for c in en] == ["230000", "> 400000"]


def test_indian_english_scales_and_people_who_showed_up():
    assert [c.value for c in figures("An estimated 1.75 crore people had gathered at the river.", "en")] == ["≈ 17500000"]
    came = figures("The ministry said that 339,000 people showed up in the streets.", "en")
    assert [c.key.split("|")[1] for c in came] == ["demonstrators"]


def test_an_age_set_bare_between_commas_after_a_name_is_that_person_s_age():
    found = figures("Biya, 92, took office in 1982 and has held power ever since.", "en")
    assert [(c.value, c.key.split("|")[1], c.side) for c in found] == [("92 years", "age", "Biya")]
    assert "event" not in found[0].key  # the age is now, not in 1982
    assert [c.key.split("|")[1] for c in figures("In Kestria, 40 people were killed.", "en")] == ["dead"]


def test_people_who_took_refuge_are_displaced_and_a_fatality_estimate_is_a_toll():
    assert [c.key.split("|")[1] for c in figures("Some 3,000 people took refuge in schools.", "en")] == ["displaced"]
    assert figures("Au moins 40 000 personnes ont dû se réfugier dans des écoles.")[0].key.split("|")[1] == "displaced"
    assert [(c.value, c.key.split("|")[1]) for c in figures(
        "Initial fatality estimates of 294 were revised downward.", "en")] == [("294", "dead")]


def test_a_dash_after_a_toll_lists_who_it_counts():
    found = figures("Outre ces six morts - deux gendarmes et quatre civils, on compte des centaines de blessés.")
    assert ("2", "dead") in [(c.value, c.key.split("|")[1]) for c in found]  # dead gendarmes, not gendarmes sent


def test_a_part_knows_the_whole_it_is_a_part_of():
    early = figures("Cinquante-neuf migrants, dont 12 enfants, sont morts dans la nuit.")
    late = figures("At least 94 people died, including 35 minors.", "en")
    assert early[1].about == ("part of 59",) and late[1].about == ("part of ≥ 94",)
    from checker.claims.marks import relation

    assert relation(early[1], late[1]) == ""  # parts of two tolls: not one count told two ways
    same = figures("Au moins 94 morts, dont 30 enfants, selon le dernier bilan.")
    assert relation(same[1], late[1]) != ""  # parts of one toll are compared


def test_a_group_word_with_no_one_named_before_it_is_the_holder_as_written():
    assert [c.holder for c in figures("The rebels claimed that 40 soldiers were killed.", "en")] == ["The rebels"]
    assert [c.holder for c in figures("Selon le bilan, 40 personnes sont mortes.")] == [None]  # a document: no one


def test_each_value_of_a_list_estimated_by_several_bodies_is_its_own_body_s():
    fr = figures("Sa magnitude a été estimée à 7,5 par l'Agence météorologique japonaise (JMA), à 7,4 par l'institut "
                 "américain d'études géologiques (USGS) et à 7,2 par l'agence météorologique de Taïwan.")
    assert [(f.value, f.key.split("|")[1], f.holder) for f in fr] == [
        ("7.5", "magnitude", "l'Agence météorologique japonaise"),
        ("7.4", "magnitude", "l'institut américain d'études géologiques"),
        ("7.2", "magnitude", "l'agence météorologique de Taïwan")]
    en = figures("The quake's magnitude was put at 7.4 by the USGS and at 7.2 by Taiwan's weather agency.", "en")
    assert [(f.value, f.holder) for f in en] == [("7.4", "the USGS"), ("7.2", "Taiwan's weather agency")]
    # the agent of a deed is who did it, never who states the count
    deed = figures("Selon l'ONU, 12 civils ont été tués par des jihadistes et 3 par l'armée.")
    assert {f.holder for f in deed} == {"l'ONU"}
    # « puis » says when, it is not what is counted
    assert [f.key.split("|")[1] for f in figures("La magnitude a été estimée à 7,5 puis à 7,4.")] == ["magnitude"] * 2


def test_what_happened_is_read_after_the_number_whatever_words_follow():
    """The words after a bare number were cut at the first place its seventh word occurs as letters (« le » inside
    « blessées »), so the verb after it went unread and the number took the previous count's concept."""
    both = figures("Au moins quatre personnes sont mortes et plus de 200 ont été blessées dans l'attentat sur le "
                   "marché de Noël de la ville.")
    assert [(f.value, f.key.split("|")[1]) for f in both] == [("≥ 4", "dead"), ("> 200", "injured")]


def test_a_source_an_agency_cites_holds_its_figure_and_an_inverted_speaker_after_a_time_phrase_is_read():
    cited = figures("Plus de 3 000 agriculteurs étaient mobilisés, avec près de 2 000 engins, selon une source "
                    "policière citée par l'AFP.")
    assert {f.holder for f in cited} == {"une source policière"}  # the agency passes it on
    told = figures("Il y a en France plus de 100 points de blocage et 10 000 manifestants, chiffrait dans la matinée "
                   "le ministre de l'Intérieur, Gérald Darmanin, sur France 2.")
    assert ("10000", "le ministre de l'Intérieur") in [(f.value, f.holder) for f in told]


def test_ages_told_beside_a_name_by_a_trade_or_with_an_adverb_are_read_and_whose_they_are():
    named = figures("Des milliers de personnes ont rendu hommage à Alexandra Sonac 35 ans et sa fille Camille 14 ans.")
    assert [(f.value, f.side) for f in named if f.key.split("|")[1] == "age"] == [("35 years", "Sonac"), ("14 years", "Camille")]
    told = figures("Alexandra Sonac, éleveuse bovine de 32 ans, et sa fille Camille, âgée de seulement 12 ans, ont été "
                   "percutées par une voiture.")
    assert [(f.value, f.key.split("|")[1], f.side) for f in told] == [("32 years", "age", "Sonac"), ("12 years", "age", "Camille")]
    # where she died is not whose age it is; a number inside a name stays none
    died = figures("Une agricultrice de 35 ans a été tuée sur un barrage routier dans l'Ariège.")
    assert [(f.value, f.scope) for f in died] == [("35 years", "")]
    assert figures("Le Boeing 737 a décollé de Paris avec du retard.") == []


def test_a_building_s_storeys_are_counted_in_either_language():
    en = figures("Firefighters searched for six people trapped in the five-story residential building.", "en")
    fr = figures("Le bâtiment de quatre étages situé au 17 de la rue s'est effondré dans la nuit.")
    assert [(f.value, f.key.split("|")[1]) for f in en + fr if f.key.split("|")[1] == "floors"] == [("5", "floors"),
                                                                                                    ("4", "floors")]
    assert figures("The three suspects were arrested on Sunday.", "en") == []  # a set counted elsewhere, no count


def test_a_universal_time_in_brackets_is_its_own_not_the_local_time_s_before_it():
    read = claims("Le pont s'est effondré aux alentours de 13h30 (05h30 GMT) mardi.")
    assert [c.value for c in read if c.what == "time"] == ["≈ 13:30", "05:30 UTC"]
    assert [c.value for c in claims("L'attaque a eu lieu à 08h09 GMT.") if c.what == "time"] == ["08:09 UTC"]


def test_what_a_citing_verb_cites_is_a_holder_only_when_it_can_speak():
    reason = figures("Citant la température glaciale de l'eau, les secours ont suspendu les recherches de six personnes.")
    assert all(f.holder != "la température glaciale de l'eau" for f in reason)
    cited = figures("Citing hospital officials, the paper reported that 40 people died.", "en")
    assert [f.holder for f in cited] == ["hospital officials"]
    # an opening citing before a speaker who says, not reports: still the cited source's, the speaker passes it on
    said = figures("Citing police sources, the Kestrel agency said 40 people had been killed.", "en")
    assert [(f.holder, f.reporter) for f in said] == [("police sources", "the Kestrel agency")]
    quoting = figures("Quoting a senior official, the Kestrel channel reported 40 people dead.", "en")
    assert [f.holder for f in quoting] == ["a senior official"]


def test_a_share_of_the_electorate_that_voted_is_a_turnout():
    en = figures("When polling stations closed, only 2.7 million voters, 27.7 percent of the electorate, had cast ballots.", "en")
    fr = figures("Seuls 27,7 % des inscrits ont voté.")
    assert [(f.value, f.key.split("|")[1]) for f in en + fr if f.value.endswith("%")] == [("27.7 %", "turnout"),
                                                                                         ("27.7 %", "turnout")]
    opinion = figures("Some 45 percent of voters said they trusted the government.", "en")
    assert [f.key.split("|")[1] for f in opinion] != ["turnout"]  # a share of voters who say something is no turnout


def test_a_share_in_per_cent_is_read_and_per_cent_names_no_one():
    shares = figures("Okafor won 42.6 per cent of the total votes, while Brandt got 38.8 per cent.", "en")
    assert [(c.value, c.key, c.holder) for c in shares][:1] == [("42.6 %", "figure|votes|%|", None)]
    assert [c.value for c in shares] == ["42.6 %", "38.8 %"]  # « cent » is no hundred here
    turnout = figures("Turnout was 49.6 per cent, the electoral commission said.", "en")
    assert [(c.value, c.key, c.holder) for c in turnout] == [("49.6 %", "figure|turnout|%|", "the electoral commission")]
    # "per" naming someone still gives the figure to them
    toll = figures("At least 56 people died, per the regional health ministry.", "en")
    assert [(c.value, c.holder) for c in toll] == [("≥ 56", "the regional health ministry")]


def test_a_fire_that_broke_out_is_no_statement_and_its_hour_in_words_is_read():
    found = times("Le site Kestrel a rapporté que l'incendie s'est déclaré vers trois heures du matin (02h00 GMT).")
    assert [(c.key, c.value) for c in found] == [("time|#start", "≈ 03:00"), ("time|#start", "02:00 UTC")]
    assert all(c.holder != "l'incendie" for c in found)  # the fire is no speaker
    broke = times("Le feu a éclaté vers 2 h 30 du matin lors d'un concert, a indiqué le ministre de l'Intérieur.")
    assert [(c.key, c.value, c.holder) for c in broke] == [("time|#start", "≈ 02:30", "le ministre de l'Intérieur")]
    # « du matin » after an hour says which 2 o'clock, not a vague morning of its own
    quake = times("Un séisme de magnitude 5,6 a secoué la région le 3 mars dernier à 2 heures du matin.")
    assert [c.value for c in quake] == ["02:00"]


def test_an_altitude_in_feet_is_a_distance_in_either_language():
    fr = figures("L'hélicoptère volait à une altitude approximative de 400 pieds avant le crash.")
    en = figures("The helicopter was flying at 300 feet at the time of the crash.", "en")
    assert [c.key for c in fr] == [c.key for c in en] == ["figure|distance|km|"]
    assert [c.value for c in fr + en] == ["121.92 m", "91.44 m"]
    assert [c.key for c in figures("Il est reparti sur ses deux pieds.")] != ["figure|distance|km|"]


def test_a_speaker_hung_on_whom_it_was_said_to_holds_the_figure():
    found = figures("Au moins 41 personnes ont péri, ont affirmé mardi à l'AFP les pompiers.")
    assert [(c.value, c.holder) for c in found] == [("≥ 41", "les pompiers")]  # not the agency it was told to
    # the parser making the dead the subject of the speech verb: the count is what is said, the firemen say it
    found = figures("Sur la côte, 41 morts sont à déplorer, ont déclaré mardi à l'AFP les pompiers.")
    assert [(c.value, c.holder) for c in found] == [("41", "les pompiers")]


def test_people_held_in_detention_are_the_arrested():
    assert [c.key for c in figures("Trente-quatre personnes sont toujours en détention, dont un ancien ministre.")] == [
        "figure|arrested||"]


def test_a_turnout_named_by_the_clause_subject_far_before_its_value_is_a_turnout():
    found = figures("Le taux de participation au second tour de l'élection présidentielle s'est élevé à plus de 50 %.")
    assert [(c.key, c.value) for c in found] == [("figure|turnout|%|", "> 50 %")]
    en = figures("Turnout in the run-off between the two candidates stood at 49.8 percent.", "en")
    assert [c.key for c in en] == ["figure|turnout|%|"]
    # a share of the votes stays one
    assert [c.key for c in figures("Le candidat a obtenu 38 % des voix.")] == ["figure|votes|%|"]
    # the value in a participle clause on the turnout's sentence
    low = figures("La participation électorale a été remarquablement basse, atteignant seulement 43,48 %.")
    assert [c.key for c in low] == ["figure|turnout|%|"]


def test_an_hour_a_quake_rocked_a_region_is_the_quake_s_hour():
    en = times("The earthquake rocked the western hills at 11:46 Friday night.", "en")
    fr = times("Le séisme s'est produit à 23h47 vendredi soir.")
    assert [(c.key, c.value) for c in en] == [("time|#quake", "23:46")]
    assert [c.key for c in fr] == ["time|#quake"]  # one thing: compared


def test_a_toll_obtained_by_an_agency_from_a_body_is_that_body_s():
    found = figures("Le séisme a fait neuf morts, selon le dernier bilan obtenu mercredi par l'AFP auprès du Bureau "
                    "national de gestion des catastrophes.")
    assert [(c.value, c.holder) for c in found] == [("9", "Bureau national de gestion des catastrophes")]
    # an agency's own tally stays the agency's
    assert [c.holder for c in figures("Selon un décompte de l'AFP, 201 personnes sont mortes.")] == ["l'AFP"]


def test_what_an_agency_learnt_from_a_body_is_that_body_s_and_a_death_added_to_a_toll_says_nothing():
    """« a appris l'AFP de sources sécuritaires » / « auprès de la gendarmerie » / « l'APS du ministère »: who
    the agency learnt it from holds the figure; « un nouveau décès s'est ajouté » is no one adding a word."""
    cases = {
        "Les attaques ont fait plus de 70 morts, a appris jeudi l'AFP de sources sécuritaires.": "sources sécuritaires",
        "Trois gendarmes ont été blessés, a appris l'AFP auprès de la gendarmerie.": "la gendarmerie",
        "Un nouveau décès s'est ajouté samedi, portant le bilan à 16 morts, a appris l'APS du ministère de "
        "l'Intérieur.": "ministère de l'Intérieur",
    }
    for text, holder in cases.items():
        assert {c.holder for c in figures(text)} == {holder}, text
    assert {c.holder for c in figures("Un nouveau décès s'est ajouté samedi, portant le bilan à 16 morts.")} == {None}
    assert {c.holder for c in figures("Il a appris lundi que 40 personnes sont mortes.")} == {None}


def test_a_small_number_far_from_what_it_counts_is_read_on_the_tree():
    """A toll under a hundred whose counted noun stands far before it (« the number of people killed in days of
    clashes between … has now risen to 15 ») is the dead; a small number the tree gives nothing to stays unread."""
    text = ("The number of people killed in days of clashes between the police and supporters of the opposition "
            "leader has now risen to 15, the government said Saturday.")
    assert [(c.key, c.value) for c in figures(text, "en")] == [("figure|dead||", "15")]
    assert all(c.key.split("|")[1] != "dead" for c in figures("Clashes went on in 15 districts on Saturday.", "en"))
    assert figures("Le match a été arrêté à la 15e minute, puis repris.") == []


def test_a_length_says_which_dimension_it_measures_and_is_compared_only_with_the_same_or_an_unsaid_one():
    """« long de 300m pour 48m de largeur, 24,8 mètres de hauteur »: a length, a width and a height of one ship,
    never one measure told three ways; "229 metres long" is its length, « un navire de près de 300 mètres » any."""
    from checker.claims.marks import relation

    ship = figures("Il est long de 300m pour 48m de largeur et mesure 24,8 mètres de hauteur.")
    assert [(c.value, c.about) for c in ship] == [("300 m", ("dimension length",)), ("48 m", ("dimension width",)),
                                                  ("24.8 m", ("dimension height",))]  # fmt: skip
    (long,) = figures("The Dali, a ship 229 metres long, left Baltimore at 1 a.m.", "en")
    (unsaid,) = figures("L'équipage est resté à bord du navire de près de 300 mètres.")
    assert relation(long, ship[2]) == "" and relation(long, ship[0]) == "conflict"
    assert relation(ship[0], unsaid) == "agree" and relation(ship[2], unsaid) == "conflict"


def test_counts_listed_among_a_numbered_toll_are_its_parts():
    """« parmi les 153 morts, il y avait 97 femmes et 56 hommes »: both are parts of the 153, not tolls of their own."""
    found = figures("Les autorités ont indiqué que parmi les 153 morts, il y avait 97 femmes et 56 hommes.")
    assert [(c.value, c.scope) for c in found] == [("153", ""), ("97", "part"), ("56", "part")]
    en = figures("Among the 153 dead were 97 women and 56 men, the authorities said.", "en")
    assert [(c.value, c.scope) for c in en] == [("153", ""), ("97", "part"), ("56", "part")]
    # without a whole they are counted among, two counts stay two counts
    assert [c.scope for c in figures("Il y avait 300 personnes dans la salle et 12 morts.")] == ["", ""]


def test_a_place_named_with_du_is_its_whole_name():
    """« en Caroline du Sud » and « en Caroline du Nord » are two scopes, not one « Caroline »."""
    found = figures("Au moins 24 personnes ont péri en Caroline du Sud, 17 en Géorgie et dix en Caroline du Nord.")
    assert [(c.key, c.value) for c in found] == [("figure|dead||caroline du sud", "≥ 24"), ("figure|dead||georgie", "17"),
                                                 ("figure|dead||caroline du nord", "10")]  # fmt: skip


def test_the_day_a_count_runs_since_is_not_when_it_holds():
    """« tuées depuis que les manifestations ont éclaté le 21 octobre », "killed since protests erupted on October
    21": the day the count began, not the day it was given; what erupted on a day started then."""
    fr = claims("Plus de 110 personnes ont été tuées depuis que les manifestations ont éclaté le 21 octobre.",
                date="2031-12-27")
    en = claims("More than 110 people have been killed since protests erupted on October 21.", "en", date="2031-12-27")
    for found in (fr, en):
        assert [(c.value, c.as_of) for c in found if c.what == "figure"] == [("> 110", "2031-12-27")]
        assert [(c.key, c.value) for c in found if c.what == "date"] == [("date|#start", "2031-10-21")]


def test_an_event_a_toll_is_of_is_not_who_gives_it():
    """« un bilan du premier séisme »: the quake is what the toll counts, not its author ("premier" is no prime
    minister here); « un bilan du ministère » still names the ministry."""
    quake = figures("Un bilan toujours provisoire du premier séisme fait état de 1.498 morts.")
    assert [(c.value, c.holder) for c in quake] == [("1498", None)]
    ministry = figures("Un bilan du ministère de la Santé fait état de 1.498 morts.")
    assert [c.holder for c in ministry] == ["ministère de la Santé"]


def test_an_english_verb_s_particle_says_its_event():
    """"took off at 11:46" is the departure « est parti à 11h56 » dates: one thing, two hours; "broke out" a start."""
    took = [c for c in claims("The plane took off from Cascavel at 11:46 a.m. local time.", "en") if c.what == "time"]
    left = [c for c in claims("L'avion est parti à 11h56 de Cascavel.") if c.what == "time"]
    assert [c.key for c in took] == [c.key for c in left] == ["time|#departure"]
    broke = [c for c in claims("The fire broke out at 3 a.m.", "en") if c.what == "time"]
    assert [c.key for c in broke] == ["time|#start"]
    took_a_day = [c for c in claims("The minister took the train at 9 a.m.", "en") if c.what == "time"]
    assert [c.key for c in took_a_day] == ["time"]  # no particle: no departure


def test_protests_that_broke_out_on_a_day_started_that_day():
    broke = [c for c in claims("Les manifestations ont éclaté le 24 octobre après la proclamation des résultats.")
             if c.what == "date"]
    began = [c for c in claims("Les manifestations ont commencé le 21 octobre.") if c.what == "date"]
    assert [c.key for c in broke] == [c.key for c in began] == ["date|#start"]  # one thing: two days for it


def test_people_in_custody_are_the_arrested_also_when_their_number_is_hyphenated_words():
    for text in ("34 people remain in custody, including a former minister.",
                 "Thirty-four people remain in custody, including a former minister."):
        assert [(c.key, c.value) for c in figures(text, "en")] == [("figure|arrested||", "34")]


def test_the_day_of_what_a_turnout_is_compared_with_is_not_its_own():
    compared = figures("The run-off turnout was 49.6 per cent, higher than the historic low of the June 28 first round.", "en")
    assert [(c.key, c.value) for c in compared] == [("figure|turnout|%|", "49.6 %")]  # no event of 28 June
    own = figures("Le taux de participation au scrutin du 28 juin a atteint 40 %.")
    assert [c.key for c in own] == ["figure|turnout|%||event=2030-06-28"]


def test_a_second_clock_in_brackets_is_another_zone_and_never_the_events_hour():
    """« vers 23h30 heure locale (22h30 HB) », « à 4h17 (2h17 en Algérie) »: the bracketed hour is the same moment
    on another clock, kept apart from the local hour it would otherwise contradict."""
    for text, local, other in (("L'accident s'est produit vers 23h30 heure locale mardi (22h30 HB).", "≈ 23:30", "22:30 hb"),
                               ("Le séisme s'est produit à 4h17 (2h17 en Algérie).", "04:17", "02:17 algerie")):
        times = {c.value: c.key for c in claims(text) if c.what == "time"}
        assert set(times) == {local, other}
        assert times[local] != times[other] and "zone=" in times[other]


def test_a_day_without_its_year_on_a_page_without_its_day_is_placed_in_the_storys_span():
    """« le 24 octobre » on a page dated to its month only: the one 24 October of the story's span is that day,
    a claim to compare with another page's « le 21 octobre »; with no span to place it in, it stays no claim."""
    import datetime as dt

    text = "Les manifestations ont éclaté le 24 octobre après la proclamation des résultats."
    window = (dt.date(2024, 9, 1), dt.date(2025, 1, 15))
    days = [c.value for c in claims(text, date="2024-12", window=window) if c.what == "date"]
    assert days == ["2024-10-24"]
    assert [c for c in claims(text, date="2024-12") if c.what == "date"] == []


def test_a_storms_landfall_is_one_event_in_either_language():
    """« a touché terre jeudi soir » and "made landfall late Wednesday night": the day of one landfall, told two
    ways, not two unrelated days."""
    fr = [c for c in claims("Helene avait touché terre dans le nord-ouest de la Floride jeudi soir.", date="2024-09-27")
          if c.what == "date"]
    en = [c for c in claims("Hurricane Helene made landfall in the Florida Big Bend region late Wednesday night.", "en",
                            date="2024-09-27") if c.what == "date"]  # fmt: skip
    assert [c.key for c in fr] == [c.key for c in en] == ["date|#landfall"]
    assert (fr[0].value, en[0].value) == ("2024-09-26 (jeudi)", "2024-09-25 (mercredi)")
    dated = [c for c in claims("The Category 4 storm devastated the coast after it made landfall on Sept. 26 in the "
                               "bay.", "en", date="2024-10-15") if c.what == "date"]  # fmt: skip
    assert [(c.key, c.value) for c in dated] == [("date|#landfall", "2024-09-26")]  # (landfall read as its predicate)
    struck = [c for c in claims("L'ouragan a frappé la Floride mercredi soir avec des vents violents.", date="2024-09-27")
              if c.what == "date"]  # fmt: skip
    assert [c.key for c in struck] == ["date|#landfall"]  # a storm striking a coast reaches land
    attacked = [c for c in claims("Les rebelles ont frappé la Floride mercredi soir avec des armes lourdes.", date="2024-09-27")
                if c.what == "date"]  # fmt: skip
    assert [c.key for c in attacked] != ["date|#landfall"]  # (rebels striking a town are no storm)


def test_a_crowd_pressing_forward_is_the_crush_at_its_hour():
    """« vers 23h10, la foule s'est ruée vers la sortie », "at 11:10 p.m. the crowd surged toward the gates" and « la
    bousculade a eu lieu vers 23h05 »: three hours of one crush, compared; a crowd that gathered, or police pushing a
    cordon, is not it."""
    keys = [[c.key for c in claims(text, lang) if c.what == "time"] for text, lang in (
        ("Vers 23h10, la foule s'est ruée vers la sortie nord du stade municipal.", "fr"),
        ("At 11:10 p.m. the crowd surged toward the north gates of the municipal stadium.", "en"),
        ("La bousculade a eu lieu vers 23h05 devant la sortie nord du stade municipal.", "fr"))]
    assert keys == [["time|#crush"]] * 3
    for text, lang in (("Vers 20h00, la foule s'est rassemblée devant la mairie.", "fr"),
                       ("At around 8 p.m. police pushed the cordon back toward the square.", "en")):
        assert [c.key for c in claims(text, lang) if c.what == "time"] != ["time|#crush"], text


def test_what_took_place_is_the_event_the_day_is_of():
    """« a eu lieu l'effondrement », « la collision à basse altitude qui a eu lieu … », "the stampede took place":
    the day is the event's, whichever way round the sentence puts it."""
    cases = [("Dans la nuit de samedi à dimanche a eu lieu l’effondrement d’un immeuble.", "fr", "date|#collapse"),
             ("Les images montrent la collision à basse altitude qui a eu lieu mercredi soir.", "fr", "date|#collision"),
             ("The stampede took place on Wednesday near the river.", "en", "date|#crush")]
    for text, lang, key in cases:
        assert [c.key for c in claims(text, lang) if c.what == "date"] == [key], text


def test_the_day_polls_opened_and_the_day_of_a_vote_before_its_announcement_are_the_votes_day():
    """« Les bureaux de vote ont ouvert vendredi 5 juin », "polls opened on Friday": the vote's day; « À l'issue du
    vote vendredi 5 juillet, les autorités ont annoncé … »: a day heading the sentence is the vote's, not when the
    authorities spoke."""
    opened = [c for c in claims("Les bureaux de vote ont ouvert vendredi 5 juillet à 8h.", date="2024-07-06")
              if c.what == "date"]
    polls = [c for c in claims("Polls opened on Friday at 8 am.", "en", date="2024-07-06") if c.what == "date"]
    after = [c for c in claims("À l’issue du vote vendredi 5 juillet, les autorités électorales ont annoncé la victoire "
                               "de Pezeshkian.", date="2024-07-06") if c.what == "date"]  # fmt: skip
    assert [(c.key, c.value) for c in opened + polls + after] == [("date|#vote", "2024-07-05 (vendredi)")] * 3


def test_a_crowd_that_reached_a_number_is_counted():
    found = figures("Police said the crowd reached 107,000 at the peak of the protest.", lang="en")
    assert [(c.value, c.key, c.holder) for c in found] == [("107000", "figure|demonstrators||", "Police")]
    assert [c.key for c in figures("Selon les organisateurs, 300 000 personnes sont descendues dans les rues de "
                                   "Vesoul pour protester.")] == ["figure|demonstrators||"]
    # a crowd a number only follows is not counted by it
    assert [c.key for c in figures("Le camion a foncé dans la foule, faisant 84 morts.")] == ["figure|dead||"]


def test_foreigners_are_one_count_in_either_language():
    # « 22 étrangers », "19 non-Korean nationals", "foreign nationals": people of other countries, one concept
    assert [c.whose for c in figures("Parmi les victimes figurent 22 étrangers.")] == ["foreigners"]
    english = figures("The death toll includes 19 non-Korean nationals.", lang="en")
    assert [(c.value, c.key) for c in english] == [("19", "figure|foreigners||")]
    # one country's people stay that country's
    assert [c.key for c in figures("Les 53 Britanniques à bord ont été identifiés.")] == ["figure|nationals-GB||"]


def test_people_a_march_brings_together_are_its_demonstrators():
    for text, lang in (("La manifestation a réuni 30 000 personnes selon la police.", "fr"),
                       ("Le cortège, regroupant de 75 000 à 90 000 personnes selon les organisateurs, a rejoint la place.",
                        "fr"),
                       ("The march drew 30,000 people, police said.", "en")):  # fmt: skip
        assert [c.key for c in figures(text, lang)] == ["figure|demonstrators||"], text
    # people a fire reaches, or a gathering that is no protest, are not
    assert [c.key for c in figures("L'incendie a touché 300 personnes.")] == ["figure|affected||"]
    assert [c.key for c in figures("Le concert a réuni 30 000 personnes.")] == ["figure|people||"]


def test_a_number_that_ends_a_name_counts_nothing():
    # « Coordination rurale 70 » is a union's name (its department's number), not seventy farmers
    found = figures("Le convoi compte dix tracteurs et une quinzaine d'agriculteurs du syndicat Coordination rurale 70, "
                    "partis de Vesoul lundi soir.")
    assert [(c.value, c.counted) for c in found] == [("10", "tracteurs"), ("≈ 15", "agriculteurs")]
    # a number with its own noun after a name is still a count
    assert [c.value for c in figures("Le syndicat Coordination rurale a réuni 70 agriculteurs à Vesoul.")] == ["70"]


def test_a_phrase_on_the_verb_says_what_a_count_of_people_counts():
    # homes left, a hospital reached; the sought are the missing, a hospital is no boat
    assert kinds("Près de 9 000 personnes ont été chassées de leurs domiciles par la crue.") == [("≈ 9000", "displaced")]
    assert kinds("More than 4,000 people fled their homes as the river rose.", "en") == [("> 4000", "displaced")]
    assert kinds("Douze personnes ont été transportées à l'hôpital de la ville.") == [("12", "injured")]
    assert kinds("Officials said 70 people were taken to hospital after the collapse.", "en") == [("70", "injured")]
    assert kinds("Trois personnes sont mortes à l'hôpital dans la nuit.") == [("3", "dead")]  # where they died
    assert kinds("Quinze personnes travaillaient à l'hôpital ce soir-là.") == [("15", "people")]  # where they work
    assert kinds("Six personnes sont toujours recherchées dans les décombres.") == [("6", "missing")]


def test_a_count_that_is_a_part_of_another_kind_of_count_is_the_whole_of_its_own_kind():
    found = figures("The police chief said 90 people were taken to the hospital, of whom 30 died.", "en")
    assert [(f.value, f.key) for f in found] == [("90", "figure|injured||"), ("30", "figure|dead||")]
    found = figures("La police a interpellé 540 personnes, dont 211 ont été placées en garde à vue.")
    assert [(f.value, f.key) for f in found] == [("540", "figure|arrested||"), ("211", "figure|custody||")]
    found = figures("Sur les 60 blessés, 36 sont toujours hospitalisés.")  # a part of its own kind stays a part
    assert [(f.value, f.key) for f in found] == [("60", "figure|injured||"), ("36", "figure|injured||part")]


def test_a_french_sentence_opening_on_an_unaccented_a_reads_its_place():
    assert glue("A Velmora, 30 000 personnes.", "fr") == "À Velmora, 30 000 personnes.".replace("30 000", "30_000")
    assert glue("A Velmora rally.", "en") == "A Velmora rally."  # English "A" is an article
    found = figures("A Velmora, au moins 30.000 personnes étaient rassemblées dans le centre-ville.")
    assert [(f.key.split("|")[1], f.scope) for f in found] == [("demonstrators", "velmora")]


def test_how_far_a_vehicle_fell_is_its_fall_s_height_in_either_language():
    french = figures("Le car a chuté de 10 mètres depuis le viaduc.")
    english = figures("The coach plunged almost 15m from the viaduct onto the tracks.", "en")
    assert [f.about for f in french] == [("dimension height",)] == [f.about for f in english]
    assert [f.about for f in figures("Un obus est tombé à 15 km de la ville.") if f.what == "figure"] == []


def test_the_place_of_a_gathering_those_counted_joined_is_where_they_are_counted():
    joined = figures("The ministry said 16,000 people participated in the demonstrations in Velmora.", "en")
    assert [f.scope for f in joined] == ["velmora"]
    elsewhere = figures("Grâce à une forte mobilisation dans le Nord, 300 personnes ont été évacuées.")
    assert [f.scope for f in elsewhere] == [""]  # where something else happened


def test_an_agency_that_relays_or_reports_a_document_is_not_its_author():
    # « relayé par », « rapporté par » pass a toll on, as « cité par » does: the agency is no holder of it
    for text in ("Un bilan officiel relayé par l'AFP fait état de 40 morts.",
                 "Le bilan de 40 morts, rapporté par l'AFP, a été confirmé."):
        assert [f.holder for f in figures(text)] == [None]


def test_the_number_of_those_counted_is_never_who_speaks():
    # "confirmed" after "the number of climbers" says what happened to them; no one named states the toll
    found = [c for c in claims("The number of climbers confirmed dead after the eruption on Sunday has risen to 23.",
                               "en") if c.what == "figure"]
    assert [(c.value, c.key.split("|")[1], c.holder) for c in found] == [("23", "dead", None)]


def test_a_day_read_back_from_its_weekday_alone_is_marked_so():
    alone = [c for c in claims("Un séisme s'est produit mercredi au large de l'île.", date="2031-04-10") if c.what == "date"]
    named = [c for c in claims("Un séisme s'est produit ce mercredi 2 avril au large de l'île.", date="2031-04-10")
             if c.what == "date"]
    assert [(c.value, c.weekday_only) for c in alone] == [("2031-04-09 (mercredi)", True)]
    assert [(c.value, c.weekday_only) for c in named] == [("2031-04-02 (mercredi)", False)]


def test_people_suspected_are_suspects_not_the_dead_of_the_same_sentence():
    found = [c for c in claims("Plus de vingt personnes sont soupçonnées dans l'enquête, mais une quinzaine ont été "
                               "interpellées, les autres étant hospitalisés ou morts dans l'incendie.") if c.what == "figure"]
    assert [(c.value, c.key.split("|")[1]) for c in found][:1] == [("> 20", "suspects")]
    english = [c for c in claims("More than 20 people are suspected in the investigation.", "en") if c.what == "figure"]
    assert [c.key.split("|")[1] for c in english] == ["suspects"]


def test_people_trapped_are_a_count_of_their_own_not_a_toll():
    found = [c for c in claims("Au moins 70 personnes sont toujours bloquées dans le parc après le séisme.")
             if c.what == "figure"]
    assert [(c.value, c.key.split("|")[1]) for c in found] == [("≥ 70", "trapped")]
    english = [c for c in claims("Some 40 people were trapped in the rubble after the quake.", "en") if c.what == "figure"]
    assert [c.key.split("|")[1] for c in english] == ["trapped"]


def test_a_number_standing_for_people_counts_what_its_verb_or_state_says_as_a_part():
    """« Neuf d'entre eux sont dans un état grave », "Nine of them were in critical condition", "Of those, 12 were
    hospitalised": a part of the count before, of the injured; « 145 blessés, dont 60 dans un état grave » too."""
    for text, lang in (("Neuf d'entre eux seraient dans un état grave.", "fr"),
                       ("Nine of them were in critical condition.", "en"),
                       ("Of those, 9 were hospitalised.", "en")):  # fmt: skip
        (found,) = figures(text, lang)
        assert (found.value, found.key, found.part) == ("9", "figure|injured||part", True), text
    (people,) = figures("Six people are in a serious condition.", "en")
    assert people.key == "figure|injured||"


def test_a_range_whose_thousands_are_written_once_counts_thousands_at_both_ends():
    """« dont 65 à 250.000 à Lorvane », « entre 40 et 60 000 »: thousands at both ends; « de 1 à 100 000 » (the
    first bound far below) and « passé de 30 à 50 000 » (a change) are not ranges of thousands."""
    (whole, city) = figures("Entre 806.000 et 1,5 million de manifestants ont été comptés, dont 65 à 250.000 à "
                            "Lorvane.")
    assert (city.low, city.high, city.value) == (65000.0, 250000.0, "65000–250000")
    (between,) = figures("Ils étaient entre 40 et 60 000 manifestants selon les organisateurs.")
    assert (between.low, between.high) == (40000.0, 60000.0)
    (wide,) = figures("De 1 à 100 000 personnes pourraient être touchées.")
    assert wide.low == 1.0
    was, changed = figures("Le bilan est passé de 30 à 50 000 morts.")  # the count's old value, as written
    assert (was.value, was.stage, changed.value) == ("30", "early", "50000")


def test_who_states_a_figure_whatever_the_words_around_the_name():
    """"the Kessa-based weather centre said" and "The Lunzu-headquartered carrier said" are their whole names, the
    speaker of a sentence the parser cut in two at its comma too; « Citant la température de l'eau du fleuve
    Dabéré, … » cites something that cannot speak: no holder rather than a temperature."""
    said = claims("The storm slammed into the coast at around 12:25 a.m. local time with winds of 165 mph, the "
                  "Kessa-based National Weather Centre said.", "en")  # fmt: skip
    (hour,) = [c for c in said if c.what == "time"]
    assert hour.holder == "the Kessa-based National Weather Centre"
    carried = figures("The Lunzu-headquartered carrier said that the plane was carrying 230 passengers.", "en")
    assert [f.holder for f in carried] == ["The Lunzu-headquartered carrier"]
    cited = figures("Citant la température glaciale de l'eau du fleuve Dabéré et le temps écoulé depuis "
                    "l'effondrement, aux alentours de 13h30, les garde-côtes et la police de l'Etat de Kessa ont "
                    "déclaré qu'il n'y avait plus aucun espoir de retrouver six ouvriers en vie.")  # fmt: skip
    assert [f.value for f in cited] == ["6"] and "température" not in (cited[0].holder or "")


def test_two_people_named_then_aged_in_order_have_each_their_age():
    """« Anna Kessel et de Marc Lorain, âgés de 85 et 81 ans », « le couple Jacques et Anne-Marie, respectivement
    âgés de 72 et 74 ans », « Marc et Lise, 82 et 86 ans » (no « âgés »: still ages, not durations): each age is
    the person's named in the same place of the list, not all of them the last name's."""
    sides = [(f.key, f.value) for f in figures("Il s'agit d'Anna Kessel et de Marc Lorain, âgés de 85 et 81 ans, "
                                               "et de Marion Blox et de Mickaël Lequeux, âgés de 31 et 28 ans.")]
    assert sides == [("figure|age|years||side=kessel", "85 years"), ("figure|age|years||side=lorain", "81 years"),
                     ("figure|age|years||side=blox", "31 years"), ("figure|age|years||side=lequeux", "28 years")]
    couple = figures("On apprenait le décès du couple Jacques et Anne-Marie, respectivement âgés de 72 et 74 ans.")
    assert [f.key.split("side=")[1] for f in couple] == ["jacques", "anne marie"]
    bare = figures("Parmi les victimes, il y a le couple historique du quartier: Marc et Lise, 82 et 86 ans.")
    assert [f.key for f in bare] == ["figure|age|years||side=marc", "figure|age|years||side=lise"]
    assert "duration" not in {f.subject for f in bare}


def test_a_toll_told_by_its_newest_death_is_counted():
    """« une septième personne a succombé », « un 9e mort », "a fourth body was pulled out", "the body of a fifth
    victim": the toll has reached seven, nine, four, five. « La troisième victime était une infirmière » describes one
    of the dead, and « une troisième personne a été blessée » is no death: neither counts the dead."""
    for text, lang, value in (
        ("Une septième personne a succombé à ses blessures, selon la préfecture.", "fr", "7"),
        ("La mairie a fait état d'un 9e mort, un pompier emporté par la crue.", "fr", "9"),
        ("Firefighters on Tuesday pulled a fourth body from the flooded tunnel.", "en", "4"),
        ("Searchers found the body of a fifth victim near the dam on Sunday.", "en", "5"),
    ):
        found = [(c.value, c.key.split("|")[1]) for c in figures(text, lang)]
        assert (value, "dead") in found, text
    for text in ("La troisième victime était une infirmière du quartier de la gare.",
                 "Une troisième personne a été blessée mardi soir près de la gare."):
        assert not [c for c in figures(text) if c.key.split("|")[1] == "dead"], text


def test_none_told_by_ni_and_a_death_of_some_of_them_are_counts_of_the_dead():
    """« n'a fait ni victimes ni blessés »: none dead; « la préfecture a annoncé la mort de sept d'entre eux », "caused
    the deaths of 7 of them": seven dead, whoever « eux » are, and no part of another toll."""
    none = [(c.value, c.key.split("|")[1]) for c in figures("L'éboulement n'a fait ni victimes ni blessés.")]
    assert ("0", "dead") in none
    for text, lang in (("Mardi, la préfecture a annoncé la mort de sept d'entre eux.", "fr"),
                       ("The fumes caused the deaths of 7 of them, the fire service said on Monday.", "en")):
        found = [c for c in figures(text, lang) if c.value == "7"]
        assert [c.key for c in found] == ["figure|dead||"], text  # all the dead the page tells, not a part of a toll
    part = figures("Parmi les 150 blessés, vingt d'entre eux sont dans un état grave.")
    assert [c.key for c in part if c.value == "20"] == ["figure|injured||part"]  # (the whole is in the sentence)


def test_bodies_are_the_dead_whatever_is_said_of_them():
    """« deux corps calcinés ont été découverts », "four bodies burned beyond recognition": counts of the dead, not of
    things burned, and of no one's in particular."""
    for text, lang, value in (("Deux corps calcinés ont été découverts dans la grange du domaine.", "fr", "2"),
                              ("Four bodies burned beyond recognition were found in the barn.", "en", "4")):
        assert [(c.value, c.key, c.whose) for c in figures(text, lang)] == [(value, "figure|dead||", "")], text


def test_the_whole_a_none_is_taken_from_is_counted_as_itself():
    """« Des 22 membres d'équipage, aucun n'a été blessé »: 22 crew and none of them hurt, never 22 injured against
    none injured in one sentence."""
    found = figures("Des 22 membres d'équipage du cargo Vendrel, aucun n'a été blessé.")
    assert ("22", "crew") in [(c.value, c.key.split("|")[1]) for c in found]
    assert not [c for c in found if c.key.split("|")[1] == "injured" and c.value == "22"]
    english = figures("Of the 22 crew members of the freighter Vendrel, none was injured.", "en")
    assert ("22", "crew") in [(c.value, c.key.split("|")[1]) for c in english]


def test_the_whole_a_none_is_taken_from_told_before_it_is_counted():
    """« aucun des 22 membres d'équipage n'a été blessé », « aucun survivant parmi les cinq passagers », "none of
    the 22 crew members was hurt": the whole is counted (22 crew, 5 passengers) though « aucun des » names a set,
    and never as what the verb says of none of them (22 injured)."""
    for text, lang, value, base in (
        ("Selon la compagnie du Vendrel, aucun des 22 membres d'équipage ne souffre de blessures.", "fr", "22", "crew"),
        ("Les plongeurs n'ont trouvé aucun survivant parmi les cinq passagers du bateau.", "fr", "5", "passengers"),
        ("The Vendrel's owner said none of the 22 crew members suffered injuries.", "en", "22", "crew"),
        ("Divers found no survivors among the five passengers of the boat.", "en", "5", "passengers"),
    ):
        found = [(c.value, c.key.split("|")[1]) for c in figures(text, lang)]
        assert (value, base) in found, text
        assert ("22", "injured") not in found
    assert not figures("L'un des 40 otages a été libéré mardi.")  # (one of a set: still no count of it)


def test_a_counting_verb_the_parser_hangs_on_its_subject_still_names_who_counts():
    # the parser reads « Les secouristes dénombrent … » as a noun phrase, the verb a clause on « secouristes »
    found = figures("Les secouristes dénombrent déjà au moins quarante morts.")
    assert [(f.value, f.holder) for f in found] == [("≥ 40", "Les secouristes")]
    counted = figures("La préfecture comptabilise 7 000 manifestants.")
    assert [(f.value, f.holder) for f in counted] == [("7000", "La préfecture")]
    # a participle on its noun is a clause, not a predicate: the people it qualifies state nothing
    assert [f.holder for f in figures("Les familles évacuées comptent 300 enfants.")] == [None]


def test_a_toll_of_the_injured_or_the_missing_counts_them_whatever_noun_the_value_has():
    assert [f.key.split("|")[1] for f in figures("Le bilan des blessés s'élève à 230 personnes.")] == ["injured"]
    assert [f.key.split("|")[1] for f in figures("Le bilan des disparus est passé à 45 personnes.")] == ["missing"]
    assert [f.key.split("|")[1] for f in figures("Le nombre de disparus est désormais de six personnes.")] == [
        "missing"]  # fmt: skip
    # a toll that names no one is the dead's, as before
    assert [f.key.split("|")[1] for f in figures("Le bilan s'élève à 230 personnes.")] == ["dead"]


def article(*sentences: str, lang: str = "fr"):
    """The claims of one article made of these sentences, in order (a holder can carry from one to the next)."""
    text, rows, at = " ".join(sentences), [], 0
    for n, s in enumerate(sentences):
        rows.append(Sentence(n, "a.md", "A", at, at + len(s), s))
        at += len(s) + 1
    a = Article(path="a.md", name="a.md", source="A", text=text, spans=((0, len(text)),), date="2031-03-08",
                language=lang)
    return article_claims(a, rows)


def test_a_holder_is_named_whole_however_the_parser_cuts_its_words():
    red = figures("Selon le Croissant-Rouge malien, 12 personnes ont péri dans les crues.")
    assert red[0].holder.startswith("le Croissant-Rouge")  # not « le Croissant- »
    union = figures("The hard-left Farmers' Union put the number of protesters at 15,000.", "en")
    assert union[0].holder.startswith("hard-left")  # not "-left …"
    aside = figures("Les hôpitaux débordent - 300 blessés selon les autorités- depuis la secousse.")
    assert [c.holder for c in aside if c.value == "300"] == ["les autorités"]  # the dash closes the aside


def test_a_wire_dateline_is_not_who_speaks():
    found = figures("SAO PAULO (AP) — Officials in Brazil said Monday that at least 30 people died in the landslide.",
                    "en")
    assert {c.holder for c in found} == {"Officials"}  # not "SAO PAULO"


def test_a_clause_is_never_taken_for_a_holder():
    quoted = article("Le maire s'est rendu sur place.", "« Je veux saluer les secours.",
                     "Il y a 29 morts recensés à cette heure », a-t-il déclaré.")
    said = article("La gravité des blessures n'a pas été précisée.",
                   "Un premier bilan faisait état de quatre morts et de 60 blessés.")
    for found in (quoted, said):
        holders = {c.holder for c in found if c.what == "figure"}
        assert not any(h and re.search(r"\b(?:veux|été|n'a)\b", h) for h in holders), holders


def test_a_verb_right_before_a_number_says_what_that_number_counts_not_the_one_before():
    en = figures("The flood claimed the lives of 12 people and injured 30 others.", "en")
    assert [(c.value, c.key.split("|")[1]) for c in en] == [("12", "dead"), ("30", "injured")]
    fr = figures("La tempête, qui a coûté la vie à onze personnes et en a grièvement blessé vingt-trois autres, a "
                 "touché la côte mardi.")
    assert [(c.value, c.key.split("|")[1]) for c in fr] == [("11", "dead"), ("23", "injured")]
    same = figures("Dix-sept personnes ont été blessées, 3 grièvement.")
    assert [c.key.split("|")[1] for c in same] == ["injured", "injured"]


def base(found) -> list[str]:
    return [c.key.split("|")[1] for c in found]


def test_survivors_are_one_count_whether_a_noun_or_a_verb_says_it():
    told = [figures("On compte 12 survivants parmi les passagers."), figures("Douze rescapés ont été retrouvés."),
            figures("There were 12 survivors.", "en"), figures("12 personnes ont survécu au naufrage."),
            figures("12 people survived the crash.", "en")]
    assert {c.key for found in told for c in found} == {"figure|survivors||"}


def test_people_who_drowned_or_succumbed_are_dead_and_what_drowns_others_is_not_counted():
    assert base(figures("27 migrants drowned when the dinghy capsized off Varela.", "en")) == ["dead"]
    assert base(figures("Nine people succumbed to their injuries overnight.", "en")) == ["dead"]
    assert base(figures("The flood drowned 27 people in the valley.", "en")) == ["dead"]  # its object is counted


def test_what_a_verb_did_to_people_the_lexicon_does_not_know_is_what_is_counted():
    assert base(figures("Rescuers were able to save around 75 climbers.", "en")) == ["rescued"]
    assert base(figures("Les secours ont sauvé 75 alpinistes sur le glacier.")) == ["rescued"]
    assert base(figures("La police a évacué 300 curistes.")) == ["displaced"]
    assert base(figures("The storm flattened 40 barns.", "en")) != ["rescued"]  # things stay what they are


def test_a_first_person_count_of_a_march_counts_people_in_each_place():
    found = figures("« Nous étions 25.000 à Lorvane, 10.000 à Quessy », s'est félicitée la syndicaliste.")
    assert [(c.value, c.scope) for c in found] == [("25000", "lorvane"), ("10000", "quessy")]
    assert set(base(found)) == {"people"}


def test_ages_are_read_as_ages_in_lists_ranges_and_with_a_group_s_copula():
    listed = figures("Parmi les victimes figurent Odile, 66 ans, et Bettina, 88 ans.")
    assert [(c.value, c.side) for c in listed] == [("66 years", "Odile"), ("88 years", "Bettina")]
    assert base(listed) == ["age", "age"]
    minors = figures("Il s'agit pour la plupart de mineurs âgés de 14 à 18 ans.")
    assert [(c.value, base([c])[0]) for c in minors] == [("14–18 years", "age")]  # not a duration
    group = figures("Les victimes étaient âgées de 20 à 35 ans.")
    assert base(group) == ["age"] and group[0].side
    assert base(figures("Il purge une peine de 5 ans de prison.")) == ["duration"]  # a sentence is no age


def test_who_states_a_figure_with_words_between_the_auxiliary_and_the_participle_holds_it():
    found = figures("Le centre national QSZ a de son côté fait état d'une magnitude de 5,7.")
    assert [(c.value, c.holder) for c in found] == [("5.7", "Le centre national QSZ")]  # not « état »
    assert [c.holder for c in figures("La préfecture a de son côté fait état de 40 blessés.")] == ["La préfecture"]


def test_who_revises_a_figure_holds_the_new_one():
    en = figures("The survey later downgraded the magnitude to 7.5.", "en")
    assert [(c.value, c.holder) for c in en] == [("7.5", "The survey")]
    fr = figures("Le ministère a révisé le bilan à 40 morts.")
    assert [(c.value, c.holder) for c in fr] == [("40", "Le ministère")]


def test_a_part_is_no_whole_for_the_count_after_it():
    found = figures("Au total, 21 personnes ont péri, dont un enfant, et 15 ont été blessées.")
    assert [(c.value, c.key, c.whose) for c in found if c.value == "15"] == [("15", "figure|injured||", "")]
    parts = figures("Le bilan est de 52 morts, dont 12 adolescents.")
    assert [c.key for c in parts] == ["figure|dead||", "figure|dead||part"]  # the part still takes its whole's


def test_a_clock_written_with_hours_is_a_time_not_a_duration():
    found = claims("The crash is believed to have occurred between 13.30 and 14.00 hours on Sunday.", "en")
    assert [(c.what, c.value) for c in found if c.what in ("time", "figure")] == [("time", "13:30–14:00")]
    assert [c.what for c in claims("The alert was raised at 0930 hours.", "en")] == ["time"]
    assert [c.key for c in figures("Firefighters battled the blaze for 13.5 hours.", "en")] == ["figure|duration|hours|"]


def test_cases_of_injuries_are_injured():
    assert base(figures("Le bilan fait état de 78 cas de blessures graves.")) == ["injured"]


def test_a_participle_and_its_object_is_never_who_holds_a_claim():
    found = claims("Dimanche soir, l'équipe de campagne du candidat Karim Benali, actuellement en prison, a publié un "
                   "communiqué exprimant son rejet catégorique des estimations préliminaires des résultats du vote en "
                   "Tunisie, présentées par le directeur de l'institut de sondage.")
    assert any(c.what == "stance" for c in found)
    assert not any(c.holder and c.holder.lower().startswith("exprimant") for c in found)


def test_two_nights_for_one_event_disagree_and_a_night_holds_its_days():
    from checker.claims.values import claims_agree

    def day(text):
        return next(c for c in claims(text) if c.what == "date")

    tue = day("L'ouragan a touché terre dans la nuit de mardi à mercredi.")
    wed = day("L'ouragan a frappé la côte dans la nuit de mercredi à jeudi.")
    assert not claims_agree(tue, wed)  # two nights, one landfall: a conflict
    assert claims_agree(wed, day("L'ouragan a touché terre mercredi."))  # the night holds the day it starts
    dated = day("Le barrage a cédé dans la nuit du lundi 3 au mardi 4 mars.")
    assert claims_agree(dated, day("Le barrage a cédé dans la nuit de lundi à mardi."))
    assert not claims_agree(dated, day("Le barrage a cédé dans la nuit de dimanche à lundi."))


def test_a_claimant_s_count_without_a_noun_is_of_the_count_just_told():
    # « La police parle de quelque 240 000 » right after the organisers' count: the police's count of the same
    # marchers, whichever way the second names no noun; read alone, it is no count (or one of people, unknown doing what)
    first = "La manifestation avait rassemblé plus d'un million de personnes, selon les organisateurs."
    for second in ("La police parle quant à elle de quelque 240 000.", "La police en a compté 240 000.",
                   "Selon la police, ils étaient 240 000."):
        told = [(c.value, c.key.split("|")[1], c.holder.lower()) for c in article(first, second) if c.what == "figure"]
        assert told[1][1:] == ("demonstrators", "la police") and told[1][0] in ("≈ 240000", "240000")
    english = [(c.value, c.holder) for c in article("The organisers said 1.3 million people marched.",
                                                    "Police put the figure at 240,000.", lang="en")]
    assert english == [("1300000", "The organisers"), ("240000", "Police")]
    # a count of something else, or a count the sentence gives of its own, is not the one before told again
    other = article("Les résultats ont donné 12 000 voix au sortant.", "Le pays compte dix régions, selon la commission.")
    assert [c.key.split("|")[1] for c in other if c.what == "figure" and c.value == "10"] != ["voix"]
    own = article("Le bilan dépasse les 150 morts.",
                  "Au moins 150 personnes, pour la plupart de jeunes adultes dans la vingtaine, ont été tuées, selon les secours.")
    assert [c for c in own if c.sentence == 1 and c.key.startswith("figure|dead")] == []  # not « 20 morts »


def test_one_of_a_group_is_a_holder_before_or_after_what_it_says():
    # « selon l'un des organisateurs », « "…", a annoncé l'un des organisateurs »: one of them speaks
    before = figures("Selon l'un des organisateurs, 1,03 million de personnes ont défilé.")
    after = figures("\"Il y a 1,03 million de personnes à la marche\", a annoncé l'un des organisateurs.")
    assert [c.holder for c in before + after] == ["l'un des organisateurs", "l'un des organisateurs"]
    # what the speaker quotes is theirs; a count outside the quotation is not
    outside = figures("38 personnes sont décédées, et la plupart des victimes sont \"des jeunes\", a souligné le "
                      "Premier ministre.")
    assert [c.holder for c in outside if c.value == "38"] == [None]


def test_the_figure_of_a_number_is_the_count_just_told_and_so_is_one_set_against_it():
    # « le chiffre de 230 000 », "the figure of 150": the figure itself, of the count the article told last; a bare
    # number set against it in the sentence is that count too (« … mais nous avons dénombré un peu plus de 217 000 »)
    told = article("Le séisme a fait au moins 217 000 morts, selon un dernier bilan.",
                   "Le ministre a répondu : « Il y a des gens qui avancent le chiffre de 230 000 mais nous, nous avons "
                   "dénombré un peu plus de 217 000. »")
    assert [(c.value, c.key.split("|")[1]) for c in told if c.what == "figure" and c.sentence == 1] == [
        ("230000", "dead"), ("> 217000", "dead")]
    english = article("The quake killed 120 people.", "The figure of 150 was given by the mayor.", lang="en")
    assert [(c.value, c.key.split("|")[1]) for c in english if c.what == "figure"] == [("120", "dead"), ("150", "dead")]
    # « le nombre de blessés » names what it counts
    named = article("Le séisme a fait 120 morts.", "Le nombre de blessés est de 300.")
    assert [(c.value, c.key.split("|")[1]) for c in named if c.what == "figure"] == [("120", "dead"), ("300", "injured")]


def test_a_participle_of_saying_after_a_clause_is_what_its_subject_says():
    # "The police provided a figure, saying there were 338,000": the police's count, in either language
    en = figures("The harbour police provided a much lower figure, saying there were 38,000 people at the peak.", "en")
    fr = figures("La préfecture a publié un communiqué, affirmant que 38 000 personnes avaient défilé.")
    assert [c.holder for c in en + fr] == ["The harbour police", "La préfecture"]


def test_a_pronoun_after_a_speaker_the_sentence_names_is_that_speaker():
    # "Valdes told supporters at a rally, where he said …": he is Valdes, not whoever spoke in the sentence before
    told = article("The electoral council, criticised by the opposition, proclaimed the result, saying on Monday the "
                   "president obtained 51% of the vote.",
                   "Valdes told supporters at a rally in the capital, where he said some 2,000 people had been detained.",
                   lang="en")
    assert [c.holder for c in told if c.what == "figure" and c.sentence == 1] == ["Valdes"]


def test_a_year_after_a_measure_dates_it_and_is_no_measure():
    # "4.76 metres in 1941" is the 1941 level, not a level of 1.941 km; « le record de 4,76 m datant de 1941 » too
    en = figures("The river peaked at 4.76 metres in 1941.", "en")
    fr = figures("Le fleuve a atteint 5,04 mètres, dépassant le record de 4,76 mètres datant de 1941.")
    assert [(f.value, f.event) for f in en] == [("4.76 m", "1941")]
    assert [(f.value, f.event) for f in fr] == [("5.04 m", ""), ("4.76 m", "1941")]
