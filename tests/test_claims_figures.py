"""Figures read from sentences: golden tables in French and English (value, concept, unit), what is not a figure,
input that must neither crash nor yield a figure, and which values a reviewer calls compatible."""

from __future__ import annotations

import math

import pytest

from checker.claims.figures import Figure, distance, figures, same_value

NBSP, NNBSP = "\u00a0", "\u202f"

GOLDEN = [
    # (sentence, [(value, concept), ...]) — every figure of the sentence, in order
    # numbers as French and English write them
    ("Plus de 1 200 personnes ont été évacuées.", [("> 1200", "displaced")]),
    (f"Plus de 1{NBSP}200 personnes ont été évacuées.", [("> 1200", "displaced")]),
    (f"Plus de 1{NNBSP}200 personnes ont été évacuées.", [("> 1200", "displaced")]),
    ("Au total, 2 345 secouristes ont été mobilisés.", [("2345", "rescuers")]),
    ("Les 22 membres de l'équipage sont indemnes.", [("22", "crew")]),  # the crew, with its article as well
    ("deployed 2,345 rescuers to the area", [("2345", "rescuers")]),
    ("L'intersyndicale a revendiqué 1,5 million de manifestants.", [("1500000", "demonstrators")]),
    ("2.5 million people were displaced by the floods.", [("2500000", "displaced")]),
    ("Police counted 80,000 marchers in the capital.", [("80000", "demonstrators")]),
    ("Il a obtenu 51,2 % des voix.", [("51.2 %", "votes")]),
    ("The party won 54.3% of the vote.", [("54.3 %", "votes")]),
    ("Le taux de participation s'établit à 54,3 %.", [("54.3 %", "turnout")]),
    ("turnout of 54.3% was recorded", [("54.3 %", "turnout")]),
    # a share won or obtained in a sentence about a vote is a share of the votes
    ("Selon ses propres chiffres, il a remporté l'élection avec 61,4 pour cent et son rival n'a obtenu que 30,2 pour cent.",
     [("61.4 %", "votes"), ("30.2 %", "votes")]),
    ("Ms Arlen secured 48.5% in the election, her campaign said.", [("48.5 %", "votes")]),
    ("Le chômage a atteint 7,3 % en mai.", [("7.3 %", "percent")]),
    # number words
    ("Quarante-deux personnes ont été tuées.", [("42", "dead")]),
    ("Forty-two people were killed.", [("42", "dead")]),
    # a quotation closing on the count: the verb after it still says what happened to them
    ("Le ministre a dit avoir « appris qu'au moins dix personnes » avaient péri.", [("≥ 10", "dead")]),
    ('He was told that "at least ten people" had died in the storm.', [("≥ 10", "dead")]),
    ("Plus de deux millions de manifestants ont défilé.", [("> 2000000", "demonstrators")]),
    ("More than two million people took part in the protests.", [("> 2000000", "demonstrators")]),
    ("trois cents manifestants ont été interpellés", [("300", "arrested:demonstrators")]),
    ("Deux soldats ont été tués et cinq autres blessés.", [("2", "dead:soldiers"), ("5", "injured:soldiers")]),
    ("Twelve police officers were injured.", [("12", "injured:police")]),
    ("un mort et deux blessés", [("1", "dead"), ("2", "injured")]),
    # approximations
    ("une trentaine d'interpellations", [("≈ 30", "arrested")]),
    ("une vingtaine de blessés", [("≈ 20", "injured")]),
    ("une centaine de civils ont trouvé la mort", [("≈ 100", "dead:civilians")]),
    ("un millier de manifestants", [("≈ 1000", "demonstrators")]),
    ("des dizaines de soldats auraient été capturés", [("≈ 20–99", "captured:soldiers")]),
    ("des centaines de familles ont été relogées", [("≈ 200–999", "displaced:families")]),
    ("des milliers de déplacés", [("≈ 2000–9999", "displaced")]),
    ("des dizaines de milliers de personnes ont défilé", [("≈ 20000–99999", "demonstrators")]),
    ("dozens of civilians were killed", [("≈ 20–99", "dead:civilians")]),
    ("hundreds of protesters gathered", [("≈ 200–999", "demonstrators")]),
    ("tens of thousands fled", [("≈ 20000–99999", "displaced")]),
    ("Près de 2 000 familles sinistrées ont passé la nuit dehors.", [("≈ 2000", "families")]),
    ("environ 300 personnes ont été évacuées", [("≈ 300", "displaced")]),
    ("300 personnes environ ont été évacuées", [("≈ 300", "displaced")]),
    ("quelque 800 habitations détruites", [("≈ 800", "destroyed:buildings")]),
    ("autour de 300 manifestants", [("≈ 300", "demonstrators")]),
    ("Some 31 villages were still cut off.", [("≈ 31", "villages")]),
    ("nearly 300 protesters", [("≈ 300", "demonstrators")]),
    ("Around 30 people had been arrested by 7pm.", [("≈ 30", "arrested")]),
    # qualifiers
    ("Au moins 40 personnes ont été tuées.", [("≥ 40", "dead")]),
    ("d'au moins 40 civils tués", [("≥ 40", "dead:civilians")]),
    ("40 morts au moins", [("≥ 40", "dead")]),
    ("pas moins de 40 morts", [("≥ 40", "dead")]),
    ("no fewer than 12 dead", [("≥ 12", "dead")]),
    ("plus d'une centaine de civils ont trouvé la mort", [("> 100", "dead:civilians")]),
    ("le bilan dépasse les 40 morts", [("> 40", "dead")]),
    ("over 12 dead", [("> 12", "dead")]),
    ("jusqu'à 60 morts", [("≤ 60", "dead")]),
    ("As many as 60 soldiers may have been captured.", [("≤ 60", "captured:soldiers")]),
    ("As many as 40 may have been killed.", [("≤ 40", "dead")]),
    ("moins de 40 morts", [("< 40", "dead")]),
    ("fewer than 12 dead", [("< 12", "dead")]),
    # ranges
    ("entre 30 et 50 hommes armés", [("30–50", "fighters")]),
    ("de 30 à 50 morts", [("30–50", "dead")]),
    ("30 à 50 morts", [("30–50", "dead")]),
    ("30-50 morts", [("30–50", "dead")]),
    ("between 30 and 50 dead", [("30–50", "dead")]),
    ("30 to 50 dead", [("30–50", "dead")]),
    ("deux ou trois morts", [("2–3", "dead")]),
    ("entre 1 et 2 millions de manifestants", [("1000000–2000000", "demonstrators")]),
    ("entre 30 000 et 50 000 personnes ont fui", [("30000–50000", "displaced")]),
    # a change is its new value, not a range
    ("le bilan est passé de 30 à 50 morts", [("30", "dead"), ("50", "dead")]),  # the old value and the new
    ("The toll rose from 30 to 50 dead.", [("30", "dead"), ("50", "dead")]),
    # what is counted, read from the verb when the noun is generic
    ("40 personnes ont été tuées", [("40", "dead")]),
    ("12 personnes ont perdu la vie", [("12", "dead")]),
    ("300 personnes ont été blessées", [("300", "injured")]),
    ("2 000 personnes évacuées", [("2000", "displaced")]),
    ("40 people were killed", [("40", "dead")]),
    ("Dix personnes sont portées disparues.", [("10", "missing")]),
    ("Ten people are missing.", [("10", "missing")]),
    ("812 000 personnes ont manifesté jeudi", [("812000", "demonstrators")]),
    ("12 personnes placées en garde à vue", [("12", "custody")]),
    ("45 people were detained", [("45", "arrested")]),
    ("La ville compte 30 000 habitants.", [("30000", "inhabitants")]),
    # ... or from the verb before the number
    ("L'attaque a tué 40 personnes et en a blessé 60.", [("40", "dead"), ("60", "injured")]),
    ("The attack killed 40 and wounded 60.", [("40", "dead"), ("60", "injured")]),
    ("killed at least 87 civilians, including 21 children", [("≥ 87", "dead:civilians"), ("21", "dead:children")]),
    ("le mouvement n'avait perdu que 11 combattants", [("11", "dead:fighters")]),
    ("Samedi, le FPE affirmait détenir 120 soldats.", [("120", "captured:soldiers")]),
    ("it had captured more than 300 government soldiers", [("> 300", "captured:soldiers")]),
    ("The rebels said they shot down three army helicopters.", [("3", "downed:helicopters")]),
    ("Le séisme a détruit 200 maisons.", [("200", "destroyed:buildings")]),
    # event nouns, and whose they are
    ("le séisme a fait 27 morts et 214 blessés", [("27", "dead"), ("214", "injured")]),
    ("Le bilan s'élève à 52 morts, dont 12 enfants.", [("52", "dead"), ("12", "dead:children")]),
    ("au moins 87 civils, dont 21 enfants, ont été tués", [("≥ 87", "dead:civilians"), ("21", "dead:children")]),
    ("Le séisme a fait 12 morts parmi les civils.", [("12", "dead:civilians")]),
    ("40 civilian deaths were recorded", [("40", "dead:civilians")]),
    ("62 terroristes ont été neutralisés", [("62", "dead:fighters")]),
    ("62 militants had been killed in the operation", [("62", "dead:fighters")]),
    ("200 rebelles ont été tués", [("200", "dead:fighters")]),
    ("Les combats ont fait 40 victimes.", [("40", "victims")]),
    ("Le bilan s'élève à 52 tués.", [("52", "dead")]),
    ("Le bilan fait état de 52 décès.", [("52", "dead")]),
    ("12 arrestations", [("12", "arrested")]),
    ("À 21 heures, le ministère recensait 54 interpellations.", [("54", "arrested")]),
    ("By 9pm, the ministry had counted 45 arrests.", [("45", "arrested")]),
    ("La manifestation a réuni 3 000 protestataires.", [("3000", "demonstrators")]),
    ("In the port city, police counted 14,500 marchers.", [("14500", "demonstrators")]),
    ("300 détenus libérés", [("300", "released:prisoners")]),
    ("12 otages libérés", [("12", "released:hostages")]),
    ("28,4 % des enseignants étaient en grève", [("28.4 %", "teachers")]),
    ("60 % des professeurs étaient en grève", [("60 %", "teachers")]),
    # a bare number after a figure counts the same thing
    ("1 000 manifestants selon la police, 5 000 selon les syndicats", [("1000", "demonstrators"),
                                                                      ("5000", "demonstrators")]),
    ("The police said 1,000 protesters, the unions 5,000.", [("1000", "demonstrators"), ("5000", "demonstrators")]),
    ("12 policiers ont été blessés, dont 3 grièvement.", [("12", "injured:police"), ("3", "injured:police")]),
    ("Le FPE affirme avoir tué 300 soldats et en avoir capturé 120.", [("300", "dead:soldiers"),
                                                                      ("120", "captured:soldiers")]),
    # a measure named before a bare number
    ("Le bilan s'élève à 52.", [("52", "dead")]),
    # people a death toll reaches are the dead; people a toll of the injured reaches are not
    ("Le bilan s'élève désormais à 60 personnes.", [("60", "dead")]),
    ("Le bilan est passé à 215 personnes jeudi.", [("215", "dead")]),
    ("The death toll has risen to 64 people, officials said.", [("64", "dead")]),
    ("Le bilan des blessés s'élève à 40 personnes.", [("40", "people")]),
    ("The death toll rose to 52.", [("52", "dead")]),
    ("The same update put the number of injured at 398.", [("398", "injured")]),
    ("une magnitude de 6,1 sur l'échelle de Richter", [("6.1", "magnitude")]),
    ("put the magnitude of Tuesday's quake at 6.1", [("6.1", "magnitude")]),
    # things, units
    ("200 maisons détruites", [("200", "destroyed:buildings")]),
    ("plus de 1 200 habitations ont été détruites", [("> 1200", "destroyed:buildings")]),
    ("15 véhicules incendiés", [("15", "burned:vehicles")]),
    ("Le feu a parcouru 300 hectares.", [("300 ha", "burned:area")]),
    ("Le feu a brûlé 20 km² de forêt.", [("2000 ha", "burned:area")]),
    ("Le texte compte 300 pages.", [("300", "pages")]),
    ("The party won 120 seats.", [("120", "seats")]),
    ("Le budget est de 1,5 milliard d'euros.", [("1500000000 €", "money")]),
    ("The aid package is worth $40 million.", [("40000000 $", "money")]),
    ("Le convoi a parcouru 300 kilomètres.", [("300 km", "distance")]),
    ("à une profondeur d'une dizaine de kilomètres", [("≈ 10 km", "depth")]),
    # metres glued on ("45m") where the words say it is a length or a height; a height « à » is no location
    ("the vehicles fell from a height of 45m in the collapse", [("45 m", "distance")]),
    ("The collapsed span is 80m long.", [("80 m", "distance")]),
    ("sections of the bridge - measuring about 200m - collapsed", [("≈ 200 m", "distance")]),
    # how far something fell, whatever place follows (a fall « à 15 km de » a town is where it came down)
    ("The bus plunged almost 15m from the bridge onto the tracks.", [("≈ 15 m", "distance")]),
    ("The coach plunged 12 metres from the viaduct.", [("12 m", "distance")]),
    # those aboard, said with no noun: passengers
    ("survivors had said some 140 to 150 were on board", [("140–150", "passengers")]),
    ("Entre 140 et 150 étaient à bord.", [("140–150", "passengers")]),
    ("Le pont surplombe à une centaine de mètres de hauteur les quartiers.", [("≈ 100 m", "distance")]),
    ("L'armée affirme avoir saisi 14 motos.", [("14", "motos")]),
    ("12 tons of food were delivered", [("12 t", "weight")]),
    # ages are never a count of people
    ("un homme âgé de 45 ans a été arrêté", [("45 years", "age")]),
    ("Jean Dupont, 45 ans, a été arrêté.", [("45 years", "age")]),
    ("a 24-year-old student was killed", [("24 years", "age")]),
    ("lâche un agriculteur de soixante ans", [("60 years", "age")]),
    # people a pronoun counts: people, whom a count of a known kind beside it may take (claims/points.py)
    ("À Bordeaux, ils étaient près de 20 000, selon la préfecture.", [("≈ 20000", "people")]),
    # a count without its noun, large or qualified: the caller places it
    ("Lors de la précédente journée, l'intersyndicale avait revendiqué 1,5 million.", [("1500000", "")]),
    # English adjectives between the number and the noun: a participle, a hyphenated compound
    ("Officials reported 15 confirmed cases in the district.", [("15", "cases")]),
    ("there are 317 confirmed fatalities, the ferry line said", [("317", "dead")]),
    ("The city will buy 14 low-floor trams from the maker.", [("14", "trams")]),
    # years next to counts
    ("En 2022, 2000 personnes ont manifesté.", [("2000", "demonstrators")]),
    ("2000 soldats ont été tués en 2000.", [("2000", "dead:soldiers")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", GOLDEN, ids=[g[0][:60] for g in GOLDEN])
def test_golden(text, expected):
    assert [(f.value, f.concept) for f in figures(text)] == expected


NOT_FIGURES = [
    # years, dates, times, durations in the past
    "Entre 2005 et 2011, le pays figurait parmi les partenaires.",
    "Le rétablissement du dialogue en 2025–2026 ouvre une nouvelle phase.",
    "Depuis 2020, les autorités se sont éloignées de leurs partenaires.",
    "Le 2 février 2026, le ministre a reçu la délégation.",
    "L'opération s'est déroulée les 3 et 4 mars.",
    "Bweranga fell to the rebels on February 13.",
    "La réunion s'est tenue le 12/03/2026 puis le 2026-03-14.",
    "La secousse s'est produite à 14h37 heure locale.",
    "À 18 h 30, la police est intervenue.",
    "The quake hit at 13:37 GMT.",
    "at 6 pm the police arrived",
    "Le gouverneur a décrété un couvre-feu de 20 heures à 5 heures.",
    "Il y a dix ans, la ville était calme.",
    "Ten years ago the town was calm.",
    # numbers inside names and references
    "Le G7, le Covid-19, l'A320 et le vol MH17.",
    "Le gouvernement a recouru à l'article 49.3.",
    "la résolution 2334 de l'ONU",
    "la loi 2020-1234 du 3 mars",
    "H5N1, COP28, M23, F-16, Mi-24 et Su-25.",
    "Un Boeing 737 s'est posé en urgence.",
    "Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.",
    # ordinals, articles, words that are not counts
    "Il est arrivé 3e sur la liste.",
    "Le 1er ministre a parlé.",
    "l'un des blessés a parlé",
    "one of the injured spoke",
    "un homme a été arrêté",
    "un soldat est arrivé",
    "A mother of five told reporters about it.",
    "Le bâtiment neuf a été inauguré.",
    "Les deux tiers des électeurs se sont abstenus.",
    # a locative distance is read by places
    "Tiembara se trouve à 45 km de Dabéré.",
    "à une soixantaine de kilomètres au nord de Lunzu",
    "The town lies 20 miles south of the capital.",
    "Le village est situé à 300 mètres de la côte.",
    # "m" glued on a number is millions where nothing says a length: never metres
    "Britain has 67m people.",
    "The fund reached 5m.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert figures(text) == ()


ABSURD = [
    # regression: none of these may raise or yield a figure
    "",
    "...!!!",
    "« » — – ( ) [ ]",
    "1,2,3,4",
    "10^9999",
    "1234567890123456789012345678901234567890 morts",
    "9" * 400 + " morts",
    "mille milliards de milliards de morts",
    "20 000 000 000 000 personnes ont été tuées",
    "le 45 février, 31 avril",
    "un une un une un",
    "\u00a0\u202f\u2009",
]  # fmt: skip


@pytest.mark.parametrize("text", ABSURD)
def test_absurd_input_neither_raises_nor_yields_a_figure(text):
    assert figures(text) == ()


def test_qualifier_and_interval():
    (at_least,) = figures("Au moins 40 personnes ont été tuées.")
    assert (at_least.qualifier, at_least.low, at_least.high) == ("at least", 40, math.inf)
    (about,) = figures("une trentaine de blessés")
    assert (about.qualifier, about.low, about.high) == ("about", 24, 36)
    (almost,) = figures("près de 2 000 familles")
    assert (almost.qualifier, almost.low, almost.high) == ("about", 1800, 2000)
    (rng,) = figures("entre 30 et 50 morts")
    assert (rng.qualifier, rng.low, rng.high) == ("range", 30, 50)
    (upto,) = figures("up to 60 dead")
    assert (upto.qualifier, upto.low, upto.high) == ("up to", 0, 60)
    (exact,) = figures("52 morts")
    assert (exact.qualifier, exact.low, exact.high, exact.unit) == ("", 52, 52, "")


def test_noun_and_span_quote_the_sentence():
    text = "Selon la police, au moins 40 personnes ont été tuées mardi."
    (f,) = figures(text)
    assert f.noun == "personnes"
    assert text[f.span[0] : f.span[1]] == "au moins 40 personnes ont été tuées"
    text = "Le séisme a fait 27 morts et 214 blessés."
    assert [text[f.span[0] : f.span[1]] for f in figures(text)] == ["27 morts", "214 blessés"]


def test_percentages_and_counts_keep_apart_by_unit():
    (pct,) = figures("40 % des manifestants")
    (count,) = figures("40 manifestants")
    assert (pct.unit, count.unit) == ("%", "")
    assert not same_value(pct, count)
    assert distance(pct, count) == math.inf


def _one(text: str) -> Figure:
    (f,) = figures(text)
    return f


SAME_VALUE = [
    # (first, second, compatible)
    ("près de 2 000 familles", "1 978 familles", True),
    ("au moins 40 morts", "52 morts", True),
    ("40 morts", "52 morts", False),
    ("40 morts", "42 morts", False),
    ("une trentaine de morts", "31 morts", True),
    ("1,5 million de manifestants", "1 500 000 manifestants", True),
    ("1,5 million de manifestants", "1 520 000 manifestants", True),
    ("1,5 million de manifestants", "1,2 million de manifestants", False),
    ("plus d'un million de manifestants", "1,2 million de manifestants", True),
    ("812 000 manifestants", "821,000 people took part", False),
    ("22 000 manifestants", "32 000 manifestants", False),
    ("80 000 manifestants", "Police counted 80,000 marchers", True),
    ("près de 20 000 manifestants", "19 800 manifestants", True),
    ("plus de 30 000 personnes ont défilé", "31 000 manifestants", True),
    ("entre 30 000 et 50 000 personnes ont fui", "Plus de 40 000 personnes ont été déplacées", True),
    ("As many as 60 soldiers", "Plusieurs dizaines de soldats", True),
    ("plus de 300 soldats", "230 soldats", False),
    ("une quarantaine d'hommes armés", "entre 30 et 50 hommes armés", True),
    ("Entre 30 et 40 villages", "Some 31 villages", True),
    ("54,3 %", "54.32%", True),
    ("54,3 %", "55,3 %", False),
    ("54 interpellations", "45 arrests", False),
    ("Twelve police officers were injured", "21 policiers avaient été blessés", False),
    ("moins de 40 morts", "52 morts", False),
]  # fmt: skip


@pytest.mark.parametrize("a, b, compatible", SAME_VALUE, ids=[f"{s[0]} | {s[1]}" for s in SAME_VALUE])
def test_same_value(a, b, compatible):
    fa, fb = _one(a), _one(b)
    assert same_value(fa, fb) is compatible
    assert same_value(fb, fa) is compatible
    assert (distance(fa, fb) == 0) is compatible


def test_distance_ranks_larger_gaps_higher():
    forty, fifty_two, hundred = _one("40 morts"), _one("52 morts"), _one("100 morts")
    assert 0 < distance(forty, fifty_two) < distance(forty, hundred)
    assert distance(forty, fifty_two) == pytest.approx(12 / 52)


def test_a_sum_with_its_scale_glued_on_and_a_population():
    from checker.claims.figures import figures as read

    assert [(f.value, f.unit) for f in read("a signing-on bonus of just over £85m (€100m).")] == [
        ("> 85000000 £", "£"), ("100000000 €", "€")]  # fmt: skip
    assert [f.value for f in read("The deficit reached €43.8bn last year.")] == ["43800000000 €"]
    assert [f.value for f in read("The wall is 10m high.")] == ["10 m"]  # ten metres, not ten million
    assert [(f.value, f.concept) for f in read("Over 4.6 million voted, a 57.76 percent turnout.")][-1] == (
        "57.76 %", "turnout")  # fmt: skip
    assert [(f.value, f.concept) for f in read("Les corps de 3 958 personnes ont été retrouvés.")] == [("3958", "dead")]


def test_a_handful_and_a_number_word_in_quotes_count_what_follows():
    from checker.claims.figures import figures as read

    few = read("« Cette attaque a fait quelques morts dans les rangs des cadets », a déclaré l'état-major.")
    assert [(f.value, f.concept) for f in few] == [("≈ 2–9", "dead")]  # against « plus de 70 morts »: a conflict
    assert read("Quelques jours plus tard, le calme est revenu.") == ()  # a few days: no count
    quoted = read("Le groupe avait revendiqué « une centaine » de personnes tuées ou blessées.")
    assert [(f.value, f.concept) for f in quoted] == [("≈ 100", "dead")]


def test_a_quake_of_a_small_number_is_its_magnitude():
    from checker.claims.figures import figures as read

    assert [(f.value, f.concept) for f in read("Peu avant midi, un nouveau séisme de 7,5 a frappé le sud-est.")] == [
        ("7.5", "magnitude")]  # fmt: skip
    assert [(f.value, f.concept) for f in read("An earthquake of 6.1 hit the coast.")] == [("6.1", "magnitude")]
    assert [f.concept for f in read("Le séisme de 2004 avait fait 230 000 morts.")] == ["dead"]  # a year, then a toll


def test_other_people_after_a_nationality_are_not_more_of_that_nationality():
    # « dont 12 Belges … et 5 autres personnes »: other people; « cinq autres blessés » after dead soldiers are soldiers
    from checker.claims.figures import figures

    text = ("Le car s'est renversé, provoquant la mort des 40 passagers, dont 12 Belges et 3 Suisses, "
            "et de 5 autres personnes au bord de la route.")
    assert [f.concept for f in figures(text)][-1] == "people"
    assert [f.concept for f in figures("Deux soldats ont été tués et cinq autres blessés.")] == ["dead:soldiers", "injured:soldiers"]


def test_a_measure_named_far_before_its_value_by_a_copula_still_says_what_is_counted():
    # « le nombre de morts … est de 237 »: a long complement between the measure and its verb
    found = figures("Le nombre de morts dans les villages tenus par les rebelles au nord du fleuve Varo est de 237, "
                    "selon la mairie.")
    assert [(f.concept, f.value) for f in found] == [("dead", "237")]
    found = figures("The number of injured in the coastal towns hit by the storm on the northern shore of the bay "
                    "stood at 1,200 on Monday.")
    assert [(f.concept, f.value) for f in found] == [("injured", "1200")]
    # a number in another clause, after a comma, is not the measure's value
    assert figures("Le nombre de morts n'est pas connu, mais 40 maisons ont brûlé.")[0].concept != "dead"


def test_a_bound_after_a_figure_that_leads_to_the_next_number_is_the_next_figure_s():
    found = figures("Le dernier bilan fait état de 188 morts et plus de 6.500 blessés dans la ville.")
    assert [(f.concept, f.value) for f in found] == [("dead", "188"), ("injured", "> 6500")]
    found = figures("Le séisme a fait 12 morts, au moins 40 blessés et 300 sans-abri.")
    assert [f.value for f in found] == ["12", "≥ 40", "300"]
    assert figures("On compte 1 000 manifestants ou plus dans la ville.")[0].value == "≥ 1000"


def test_there_are_counts_but_years_ago_are_no_figure():
    """« il y a 12 morts » is a count; « il y a dix ans » a time ago (it used to hide both)."""
    assert [(f.value, f.concept) for f in figures("Il y a eu 14 morts et 30 blessés dans la commune.")] == [
        ("14", "dead"), ("30", "injured")]
    assert [f.value for f in figures("Il y a plus de 200 disparus selon la mairie.")] == ["> 200"]
    assert figures("Il y a dix ans, la digue avait déjà cédé.") == ()
    assert [f.value for f in figures("Le séisme d'il y a 20 ans avait fait 300 morts.")] == ["300"]


def test_two_numbers_joined_by_and_share_what_they_are():
    """« âgés de 70 et 80 ans », "aged 61 and 74": two ages, not a toll of 70 beside an age."""
    found = figures("Deux nouveaux décès sont annoncés, des hommes âgés de 71 et 83 ans, dans la vallée.")
    assert [(f.value, f.concept) for f in found] == [("2", "dead"), ("71 years", "age"), ("83 years", "age")]
    found = figures("Two women aged 61 and 74 died in the flood.")
    assert [(f.value, f.concept) for f in found][1:] == [("61 years", "age"), ("74 years", "age")]
    # two phrases, each its own count: the second's qualifier starts another one
    found = figures("The death toll has risen to 212 and about 4,000 people were reported injured.")
    assert [(f.value, f.concept) for f in found] == [("212", "dead"), ("≈ 4000", "injured")]


def test_how_long_in_hours_is_a_duration_not_a_clock_time():
    assert [f.value for f in figures("Les tirs ont duré près de cinq heures, selon la police.")] == ["≈ 5 hours"]
    assert [f.value for f in figures("La fusillade a duré plus de deux heures.")] == ["> 2 hours"]
    assert figures("Le couvre-feu court de 18 heures à 6 heures.") == ()


def test_a_count_of_one_country_s_people_is_one_count_in_either_language():
    """« 53 Britanniques » and "53 British", « 12 Suisses » and "twelve Swiss": one count of that country's people."""
    fr = figures("Parmi les passagers figuraient 53 Britanniques et 7 Portugais.")
    en = figures("The passengers included 53 British and seven Portuguese.")
    assert [f.concept for f in fr] == [f.concept for f in en] == ["nationals-GB", "nationals-PT"]
    assert figures("Au moins 12 Suisses ont été blessés.")[0].concept == figures("Twelve Swiss were injured.")[0].concept


def test_a_demonym_of_two_words_is_one_country_s_people_not_the_count_before_it():
    # "two South Koreans" after "three Britons" are Koreans, not two more Britons
    found = figures("The list of fatalities includes five Portuguese citizens, three Britons and two South Koreans.")
    assert [(f.value, f.concept) for f in found] == [("5", "nationals-PT"), ("3", "nationals-GB"), ("2", "nationals-KR")]
    assert [f.concept for f in figures("Parmi les morts figurent deux Sud-Coréens.")] == ["nationals-KR"]


def test_the_number_of_people_who_died_or_went_missing_is_a_toll_of_that():
    assert [(f.value, f.concept) for f in figures("The number of climbers confirmed dead has risen to 23.")] == [
        ("23", "dead")]
    assert [(f.value, f.concept) for f in figures("The number of people reported missing stands at 12.")] == [
        ("12", "missing")]
    assert [(f.value, f.concept) for f in figures("Le nombre de personnes disparues s'élève à 12.")] == [
        ("12", "missing")]


def test_lives_lost_fans_and_travellers_are_counted_but_lives_saved_are_no_toll():
    assert [(f.value, f.concept) for f in figures("La crue a coûté 20 vies dans la vallée.")] == [("20", "dead")]
    assert [f.concept for f in figures("The flood claimed 20 lives in the valley.")] == ["dead"]
    assert figures("Les secours ont sauvé près de 20 vies.") == ()
    assert figures("Rescuers saved 20 lives.") == ()
    assert figures("Le stade accueillait 50 000 spectateurs.")[0].concept == \
        figures("Some 50,000 fans attended the final.")[0].concept == "spectators"
    assert figures("Le train transportait 350 voyageurs.")[0].concept == "passengers"


def test_no_dead_is_a_count_of_none_and_none_of_some_or_a_word_of_refusal_is_no_count():
    from checker.claims.figures import figures as read

    assert [(f.value, f.concept) for f in read("Il n'y a pas de morts, selon la police.")] == [("0", "dead")]
    assert [(f.value, f.concept) for f in read("No deaths have been reported.")] == [("0", "dead")]
    assert read("Il n'y a pas de victimes françaises.") == ()  # none of some is not none at all
    assert read("There were no deaths among the crew.") == ()
    assert [(f.value, f.concept) for f in read("There were no casualties, police said.")] == [("0", "victims")]
    assert [f.value for f in read("Il n'y a pas de blessés, a précisé la préfecture.")] == ["0"]
    assert read("Il n'y a pas de blessés parmi les touristes.") == ()
    assert read("Le ministre n'a fait aucun bilan.") == ()  # refusing a toll states none
    assert read("No comment was made on the night.") == ()


@pytest.mark.parametrize("text, value", [
    ("The region was hit by a 5.5 magnitude aftershock six minutes later.", 5.5),
    ("The 7.1 magnitude quake struck at midday.", 7.1),
    ("A 7.3-magnitude earthquake struck the island.", 7.3),
    ("Rescuers reached the valley after a magnitude-6.2 quake.", 6.2),
    ("The M6.4 earthquake rocked the western hills.", 6.4),
])
def test_an_english_magnitude_in_any_of_its_spellings_is_read(text, value):
    assert [(f.low, f.concept) for f in figures(text) if f.concept == "magnitude"] == [(value, "magnitude")]


def test_a_code_with_a_number_is_no_magnitude():
    for text in ("Room M5 was closed after the quake.", "The M23 rebels took the town.", "La route A6.1 est fermée."):
        assert [f for f in figures(text) if f.concept == "magnitude"] == []


def test_a_qualifier_between_a_name_and_a_number_makes_it_no_number_in_a_name():
    found = figures("Le décompte a donné à Okafor près de 5 000 354 voix.")
    assert [(f.concept, f.low <= 5000354 <= f.high) for f in found] == [("votes", True)]
    assert figures("Le Boeing 737 s'est écrasé peu après le décollage.") == ()  # a name with a number in it


def test_an_age_in_brackets_after_a_person_is_read():
    assert [(f.value, f.concept) for f in figures("Le père (40 ans) a également été gravement blessé.")] == [
        ("40 years", "age")]
    assert [f.value for f in figures("Le bilan (2) de la préfecture a été publié.")] == []  # a reference stays masked


@pytest.mark.parametrize("fr, en, concept", [
    ("Les tireurs ont tiré une vingtaine de balles sur la voiture.", "Around 15 bullets were fired at the car.", "bullets"),
    ("Trois hôpitaux ont été évacués.", "Three hospitals were evacuated.", "hospitals"),
    ("Deux bateaux ont chaviré au large.", "Two boats capsized off the coast.", "boats"),
    ("Quelque 300 tracteurs bloquaient l'autoroute.", "Some 300 tractors blocked the motorway.", "tractors"),
    # people a disaster affects
    ("Jusqu'à 1 000 000 de personnes pourraient être touchées par la crue, selon les autorités.",
     "The floods have affected about two million people across the region.", "affected"),
    ("Les inondations ont touché 400 000 personnes dans la province.",
     "The floods have affected about two million people across the region.", "affected"),
])
def test_common_counted_things_are_one_thing_in_either_language(fr, en, concept):
    assert [f.concept for f in figures(fr)] == [f.concept for f in figures(en)] == [concept]


@pytest.mark.parametrize("text", ["Douze randonneurs manquent encore à l'appel.", "Les secours recherchent 12 randonneurs.",
                                  "Rescuers are still searching for 12 hikers.", "Teams are trying to locate 12 hikers."])
def test_people_still_unaccounted_for_or_looked_for_are_the_missing(text):
    assert [f.concept.split(":")[0] for f in figures(text)] == ["missing"]


def test_people_hit_by_bullets_are_not_people_a_disaster_affects():
    assert [f.concept for f in figures("Trois passants ont été touchés par balle devant la gare.")] != ["affected"]


def test_a_share_in_brackets_is_read_and_a_bracketed_number_stays_a_reference():
    found = figures("Son rival en a obtenu 9,47 millions (38 %).")
    assert [(f.value, f.unit) for f in found if f.unit == "%"] == [("38 %", "%")]
    assert figures("Le bilan (2) de la préfecture a été publié.") == ()


@pytest.mark.parametrize("text", [
    "Son rival, arrivé en deuxième position avec 20 %, a contesté le résultat.",
    "She came second with 31% and refused to concede.",
    "Il est arrivé en tête avec près de 40 %.",
])
def test_a_share_a_place_in_the_result_came_with_is_a_share_of_the_votes(text):
    assert [f.concept for f in figures(text)] == ["votes"]


def test_a_rate_that_reached_a_level_is_no_result():
    assert [f.concept for f in figures("Le taux de chômage est arrivé à 7 %.")] != ["votes"]


def test_the_verb_after_a_bare_number_says_what_it_counts_over_a_toll_named_earlier():
    found = figures("Selon le dernier bilan des autorités, 51 personnes sont mortes et 152 sont hospitalisées, "
                    "dont 18 dans un état critique.")
    assert [(f.value, f.concept) for f in found] == [("51", "dead"), ("152", "injured"), ("18", "injured")]
    assert [(f.value, f.concept) for f in figures("Le bilan s'élève à 52, selon la police.")] == [("52", "dead")]


def test_a_length_under_a_kilometre_is_shown_in_metres_as_told():
    level = figures("Le fleuve a atteint 5,04 mètres samedi.")
    assert [(f.value, f.unit) for f in level] == [("5.04 m", "km")]  # shown in metres, compared in km
    assert figures("The bridge was 2.6 kilometres long.")[0].value == "2.6 km"


def test_a_bare_number_after_a_measure_is_a_measure_in_its_unit():
    found = figures("Le fleuve a atteint samedi les 5,04 mètres, dépassant le record historique de 4,76 datant de 1941.")
    assert [(f.value, f.concept) for f in found] == [("5.04 m", "distance"), ("4.76 m", "distance")]
    assert math.isclose(found[1].low, 0.00476)
    # money leaves its scale unsaid too (« dont 5 » is 5 billion): no unit is lent to a bare number after a sum
    money = figures("Le plan prévoit 43,8 milliards d'euros d'économies, dont 5 pour la santé.")
    assert all(f.value != "5 €" for f in money)


def test_miners_in_a_mine_are_workers_not_children():
    assert [f.concept for f in figures("Environ soixante-dix mineurs restent coincés dans des mines de calcaire.")] == [
        "workers"]
    assert [f.concept for f in figures("Trois mineurs ont été interpellés samedi soir.")] != ["workers"]
    assert [f.concept for f in figures("Six miners were airlifted from a quarry.")] == ["workers"]


def test_the_years_of_a_prison_sentence_are_no_age():
    text = ("Il est un peu plus de 13 heures et l'ancien président français vient d'être condamné, dans l'affaire "
            "des financements, à cinq ans d'emprisonnement ferme.")
    assert [f.concept for f in figures(text) if f.unit == "years"] == ["duration"]


def test_a_toll_named_far_before_its_verb_still_counts_what_happened_to_them():
    # the measure, a long noun phrase, then "has now risen to": the number is the measure's, and "killed" after
    # "the number of people" says what it counts
    text = ("The number of people killed in days of clashes between the police and supporters of the opposition "
            "leader Amadou Kessel has now risen to 15, the government said.")
    assert [(f.value, f.concept) for f in figures(text)] == [("15", "dead")]


def test_an_unforeseen_reading_leaves_no_figure_for_a_user_and_fails_loudly_for_a_developer(monkeypatch):
    import checker.claims.figures as module

    def broken(text, low, bare=False):
        raise ValueError("a reading nobody foresaw")

    monkeypatch.setattr(module, "_figures", broken)
    monkeypatch.delenv("CHECKER_STRICT", raising=False)
    assert module.figures("Au moins 12 morts selon la police.") == ()  # a user's run goes on
    monkeypatch.setenv("CHECKER_STRICT", "1")
    with pytest.raises(ValueError):
        module.figures("Au moins 12 morts selon la police.")


def test_a_toll_of_the_injured_counts_the_injured_and_a_raised_toll_keeps_its_old_and_new_values():
    """« le bilan des blessés s'élève à 736 » counts the injured, not the dead; « le bilan des blessés a été relevé
    d'une soixantaine à 736 » is about 60, then 736 (a change, not a range from 48); « le bilan des victimes » stays
    the dead."""
    assert [(f.value, f.concept) for f in figures("Le bilan des blessés s'élève à 736.")] == [("736", "injured")]
    assert [(f.value, f.concept) for f in figures("Le bilan des blessés a été relevé d'une soixantaine à 736.")] == [
        ("≈ 60", "injured"), ("736", "injured")]  # (the old value of the change, then the new)
    assert [(f.value, f.concept) for f in figures("The toll of injured rose to 736.")] == [("736", "injured")]
    assert [f.concept for f in figures("Le bilan des victimes s'élève à 36.")] == ["dead"]


def test_a_part_is_read_from_the_count_right_before_it_not_from_a_toll_named_further_back():
    found = figures("Le bilan est lourd : 12 morts et 40 blessés, dont sept dans un état critique.", bare=True)
    assert [(f.value, f.concept.split(":")[0]) for f in found] == [("12", "dead"), ("40", "injured"), ("7", "injured")]
    treated = figures("Officials report 9 confirmed fatalities and 120 treated for injuries at the main hospital.",
                      bare=True)
    assert [f.concept for f in treated] == ["dead", "injured"]
    assert figures("Le bilan, qui était de 40 morts, s'élève désormais à 52.", bare=True)[1].concept == "dead"
