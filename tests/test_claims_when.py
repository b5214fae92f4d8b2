"""Time expressions read from sentences: golden tables in French and English (kind, days, weekday, hour),
resolution against the article's date, `as_of`, and garbage that must neither crash nor yield a date."""

from __future__ import annotations

from datetime import date

import pytest

from checker.claims.when import as_of, mentions, resolve_weekday, weekday_matches, weekday_of

THURSDAY = date(2026, 5, 14)  # the reference of the golden table: an article of Thursday 14 May 2026

GOLDEN = [
    # (sentence, [(kind, first, last, weekday, hour), ...])
    # calendar days
    ("Le 2 février 2026, le ministre a reçu la délégation.", [("date", "2026-02-02", "2026-02-02", None, None)]),
    ("le 2 février, le ministre", [("date", "2026-02-02", "2026-02-02", None, None)]),
    ("La réunion s'est tenue le 2/02/2026.", [("date", "2026-02-02", "2026-02-02", None, None)]),
    ("La réunion s'est tenue le 2026-02-02.", [("date", "2026-02-02", "2026-02-02", None, None)]),
    ("The meeting took place on February 2, 2026.", [("date", "2026-02-02", "2026-02-02", None, None)]),
    ("The meeting took place on 2 February 2026.", [("date", "2026-02-02", "2026-02-02", None, None)]),
    ("le 1er mars", [("date", "2026-03-01", "2026-03-01", None, None)]),
    ("Bweranga fell to the rebels on February 13.", [("date", "2026-02-13", "2026-02-13", None, None)]),
    # months as the press abbreviates them, beside their day only
    ("The storm made landfall on Sept. 26 in the bay.", [("date", "2025-09-26", "2025-09-26", None, None)]),
    ("Aid has flowed since Jan. 1, 2026, officials said.", [("date", "2026-01-01", "2026-01-01", None, None)]),
    ("Le bilan du 26 sept. a été revu.", [("date", "2025-09-26", "2025-09-26", None, None)]),
    ("Le bilan du 3 févr. 2026 a été revu.", [("date", "2026-02-03", "2026-02-03", None, None)]),
    # a day without a year more than 60 days after the reference is last year's
    ("le 25 décembre", [("date", "2025-12-25", "2025-12-25", None, None)]),
    ("le 27 février dernier", [("date", "2026-02-27", "2026-02-27", None, None)]),
    # ranges
    ("Du 8 au 11 juillet 2025, il a effectué une visite.", [("date", "2025-07-08", "2025-07-11", None, None)]),
    ("entre le 1er et le 5 mars", [("date", "2026-03-01", "2026-03-05", None, None)]),
    ("L'opération s'est déroulée les 3 et 4 mars.", [("date", "2026-03-03", "2026-03-04", None, None)]),
    ("En septembre 2025, le journal rapportait déjà l'affaire.", [("date", "2025-09-01", "2025-09-30", None, None)]),
    # a weekday with its date: both kept
    ("Lundi 2 février 2026, il s'est rendu à la capitale.", [("date", "2026-02-02", "2026-02-02", 0, None)]),
    ("Un violent séisme a frappé mardi 12 mai la région.", [("date", "2026-05-12", "2026-05-12", 1, None)]),
    ("marched across France on Thursday, March 26", [("date", "2026-03-26", "2026-03-26", 3, None)]),
    # weekdays: the most recent on or before the reference
    ("Mercredi matin, la protection civile a parlé.", [("weekday", "2026-05-13", "2026-05-13", 2, 9.0)]),
    ("la ville serait tombée samedi soir", [("weekday", "2026-05-09", "2026-05-09", 5, 20.0)]),
    ("Jeudi soir, l'intersyndicale a revendiqué la victoire.", [("weekday", "2026-05-14", "2026-05-14", 3, 20.0)]),
    ("the agency said on Tuesday evening", [("weekday", "2026-05-12", "2026-05-12", 1, 20.0)]),
    ("La soirée de jeudi a été agitée.", [("weekday", "2026-05-14", "2026-05-14", 3, 20.0)]),
    ("Une réplique a secoué la région mardi vers 23h12.", [("weekday", "2026-05-12", "2026-05-12", 1, 23.2)]),
    ("at 6 pm on Tuesday", [("weekday", "2026-05-12", "2026-05-12", 1, 18.0)]),
    # nights run from the first day into the next; the small hours are the next day's
    ("des tentes dans la nuit de mardi à mercredi", [("weekday", "2026-05-12", "2026-05-13", 1, 23.0)]),
    ("dans la nuit de mardi à mercredi, vers 2 heures", [("weekday", "2026-05-13", "2026-05-13", 2, 2.0)]),
    # relative days
    ("hier, le président a parlé", [("relative", "2026-05-13", "2026-05-13", None, None)]),
    ("avant-hier soir", [("relative", "2026-05-12", "2026-05-12", None, 20.0)]),
    ("la veille, il avait annoncé sa démission", [("relative", "2026-05-13", "2026-05-13", None, None)]),
    ("aujourd'hui", [("relative", "2026-05-14", "2026-05-14", None, None)]),
    ("ce matin, la police est intervenue", [("relative", "2026-05-14", "2026-05-14", None, 9.0)]),
    ("cette nuit, des tirs ont été entendus", [("relative", "2026-05-13", "2026-05-14", None, 23.0)]),
    ("jeudi dernier", [("relative", "2026-05-07", "2026-05-07", 3, None)]),
    ("last Thursday, the army said", [("relative", "2026-05-07", "2026-05-07", 3, None)]),
    ("lundi prochain", [("relative", "2026-05-18", "2026-05-18", 0, None)]),
    ("la semaine dernière", [("relative", "2026-05-04", "2026-05-10", None, None)]),
    ("yesterday morning", [("relative", "2026-05-13", "2026-05-13", None, 9.0)]),
    ("last night", [("relative", "2026-05-13", "2026-05-14", None, 23.0)]),
    ("il y a deux jours", [("relative", "2026-05-12", "2026-05-12", None, None)]),
    ("three days ago", [("relative", "2026-05-11", "2026-05-11", None, None)]),
    ("le mois dernier", [("relative", "2026-04-01", "2026-04-30", None, None)]),
    # hours of the day alone
    ("La secousse s'est produite à 14h37 heure locale.", [("time", None, None, None, 14 + 37 / 60)]),
    ("The quake hit at 13:37 GMT.", [("time", None, None, None, 13 + 37 / 60)]),
    ("À 21 heures, le ministère recensait 54 interpellations.", [("time", None, None, None, 21.0)]),
    ("By 9pm, the ministry had counted 45 arrests.", [("time", None, None, None, 21.0)]),
    ("18 h 30", [("time", None, None, None, 18.5)]),
    ("at 18:30", [("time", None, None, None, 18.5)]),
    ("6:30 a.m.", [("time", None, None, None, 6.5)]),
    ("12 pm", [("time", None, None, None, 12.0)]),
    ("en fin de journée", [("time", None, None, None, 18.0)]),
    ("en fin d'après-midi", [("time", None, None, None, 17.0)]),
    ("dans la soirée", [("time", None, None, None, 20.0)]),
    ("dans la matinée", [("time", None, None, None, 9.0)]),
    ("à l'aube", [("time", None, None, None, 6.0)]),
    ("Peu avant minuit, le ministère a publié son bilan.", [("time", None, None, None, 24.0)]),
    ("overnight", [("time", None, None, None, 23.0)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", GOLDEN, ids=[g[0][:60] for g in GOLDEN])
def test_golden(text, expected):
    got = [(w.kind, w.first, w.last, w.weekday, w.hour) for w in mentions(text, THURSDAY)]
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    assert [g[4] for g in got] == pytest.approx([e[4] for e in expected])


NO_TIME = [
    "pendant 18 heures",
    "un couvre-feu de huit heures",
    "The Sunday Times reported the story.",
    "a night-time curfew was extended",
    "le 45 février",
    "le 31 avril",
    "February 30",
    "le 29 février 2026",
    "à 25 h 70",
    "99:99",
    "",
    "...!!!",
    "0/0/0000 et 99/99/9999",
    "Le G7 et l'A320.",
    "As many as 12 may have died.",
    "Jan Varek said the oct rating fell.",  # an abbreviation without its day is no month
    "The 40 sept. units were sold.",  # (nor after a number that is no day)
]  # fmt: skip


@pytest.mark.parametrize("text", NO_TIME)
def test_no_time_expression(text):
    assert mentions(text, THURSDAY) == ()
    assert mentions(text) == ()


def test_without_a_reference_days_stay_unresolved():
    (weekday,) = mentions("mardi soir")
    assert (weekday.kind, weekday.first, weekday.weekday, weekday.hour) == ("weekday", None, 1, 20.0)
    (day,) = mentions("le 12 mars")
    assert day.first == day.last == "--03-12"  # ISO 8601 without a year
    (relative,) = mentions("hier")
    assert (relative.kind, relative.first) == ("relative", None)


def test_span_quotes_the_sentence():
    text = "Selon la police, mercredi à 3h12, une réplique a été ressentie."
    (w,) = mentions(text, THURSDAY)
    assert text[w.span[0] : w.span[1]] == "mercredi à 3h12"


WEEKDAY_MATCH = [
    ("Un violent séisme a frappé mardi 12 mai la région.", True),
    ("Le tremblement de terre du lundi 12 mai est le plus meurtrier.", False),
    ("marched across France on Thursday, March 26", True),
    ("le 12 mai", None),
    ("mardi soir", None),
]


@pytest.mark.parametrize("text, expected", WEEKDAY_MATCH)
def test_weekday_matches_its_date(text, expected):
    (w,) = mentions(text, THURSDAY)
    assert weekday_matches(w) is expected


def test_weekday_helpers():
    assert weekday_of("2026-05-14") == 3
    assert resolve_weekday(3, THURSDAY) == THURSDAY
    assert resolve_weekday(4, THURSDAY) == date(2026, 5, 8)  # Friday: last week's
    assert resolve_weekday(0, THURSDAY) == date(2026, 5, 11)
    with pytest.raises(ValueError):
        weekday_of("--05-14")


AS_OF = [
    # (sentence, article date, expected)
    ("Mercredi matin, la protection civile faisait état de 52 morts.", THURSDAY, ("2026-05-13", 9.0)),
    ("La protection civile fait état de 52 morts.", THURSDAY, ("2026-05-14", None)),
    ("À 21 heures, le ministère recensait 54 interpellations.", THURSDAY, ("2026-05-14", 21.0)),
    ("Hier soir, le bilan s'élevait à 40 morts.", THURSDAY, ("2026-05-13", 20.0)),
    ("Lors de la précédente journée, le 12 mars, 1,5 million de manifestants.", THURSDAY, ("2026-03-12", None)),
    ("Du 8 au 11 juillet 2025, il a effectué une visite.", THURSDAY, ("2025-07-11", None)),
    # an announced day after the article is not when the claim holds
    ("Les syndicats appellent à une nouvelle journée le jeudi 9 juillet 2026.", THURSDAY, ("2026-05-14", None)),
    ("La protection civile fait état de 52 morts.", None, (None, None)),
    ("Mercredi matin, 52 morts.", None, (None, 9.0)),
]  # fmt: skip


@pytest.mark.parametrize("text, article_date, expected", AS_OF, ids=[a[0][:50] for a in AS_OF])
def test_as_of(text, article_date, expected):
    assert as_of(text, article_date) == expected


def test_garbage_never_raises():
    for text in ["le 0 janvier", "le 32 décembre 2026", "du 31 au 2 février", "9" * 500, "mardi" * 50,
                 "la nuit de à", "il y a 99 jours", "12/31/2026", "31/12/99999"]:  # fmt: skip
        mentions(text, THURSDAY)
        mentions(text)
        as_of(text, THURSDAY)


def test_an_aviation_clock_time_with_its_zone_is_a_time():
    import datetime as dt

    from checker.claims.when import mentions

    found = [w.hour for w in mentions("The aircraft departed at 1339 IST (0809 UTC) from runway 23.", dt.date(2031, 6, 12))
             if w.kind == "time"]  # fmt: skip
    assert found == [13 + 39 / 60, 8 + 9 / 60]
    assert not [w for w in mentions("Le vol 1339 a décollé.", dt.date(2031, 6, 12)) if w.kind == "time"]


def test_an_undated_page_s_weekday_stays_unplaced():
    import datetime as dt

    from checker.claims.when import mentions

    earliest = dt.date(2031, 2, 6)  # the latest day the page names: it was written that day or later
    [tuesday] = [w for w in mentions("Le bilan publié mardi fait état de 40 morts.", earliest, earliest=True)]
    assert (tuesday.first, tuesday.weekday) == (None, 1)  # that week, a later one, or one it recalls: unknown
    [dated] = [w for w in mentions("Le bilan publié mardi fait état de 40 morts.", earliest)]
    assert dated.first == "2031-02-04"  # a dated page: the past week


def test_an_undated_page_of_a_story_told_within_one_week_places_its_weekday_in_that_week():
    import datetime as dt

    from checker.claims.extract import story_week
    from checker.claims.when import mentions

    # pages dated Monday 1 to Wednesday 3 December (and one dated to its month): the story's week ends on the 3rd
    assert story_week(["2031-12-01", "2031-12-03", "2031-12"]) == "2031-12-03"
    assert story_week(["2031-11-10", "2031-12-03"]) is None  # weeks apart: « mardi » could be any of them
    assert story_week(["2031-12"]) is None
    week = dt.date(2031, 12, 3)
    [tuesday] = mentions("Le bilan a été relevé mardi à 13 morts.", None, earliest=True, week=week)
    assert tuesday.first == "2031-12-02"
    [sunday] = mentions("The volcano erupted on Sunday.", None, earliest=True, week=week)
    assert sunday.first == "2031-11-30"  # the day before the first dated page: the event they all follow


def test_a_night_from_one_weekday_to_a_dated_next_is_the_two_days_from_the_evening_before():
    from datetime import date

    from checker.claims import when

    for text in ("La tempête a frappé dans la nuit du dimanche au lundi 11 septembre la ville.",
                 "Plusieurs villes ont été dévastées dans la nuit du dimanche 10 au lundi 11 septembre."):  # fmt: skip
        (found,) = when.mentions(text, date(2023, 9, 14))
        assert (found.kind, found.first, found.last, found.hour) == ("date", "2023-09-10", "2023-09-11", 23.0)
        assert when.as_of(text, date(2023, 9, 14)) == ("2023-09-10", 23.0)
    (undated,) = when.mentions("Le fleuve a débordé dans la nuit du lundi au mardi 1er avril.", None)
    assert (undated.first, undated.last) == ("--03-31", "--04-01")  # a page without a year: the day before all the same


def test_a_part_of_the_day_is_an_hour_to_place_a_count_but_not_a_clock_time():
    from datetime import date

    from checker.claims import when

    (part,) = when.mentions("En début d'après-midi, la police comptait 120 000 manifestants.", date(2026, 3, 7))
    assert (part.kind, part.hour, part.vague) == ("time", 14.0, True)
    assert when.as_of("En début d'après-midi, la police comptait 120 000 manifestants.", date(2026, 3, 7)) == (
        "2026-03-07", 14.0)
    (clock,) = when.mentions("Le cortège est parti à 14 h 30 de la place.", date(2026, 3, 7))
    assert (clock.hour, clock.vague) == (14.5, False)
    (noon,) = when.mentions("The presentation starts at noon.", date(2026, 3, 7))
    assert (noon.hour, noon.vague) == (12.0, False)


def test_no_time_of_day_claim_from_a_part_of_the_day_only():
    from datetime import date

    from checker.claims.extract import sentence_claims
    from checker.records import Sentence

    text = "Dans l'après-midi, on comptait plus de 500 000 manifestants, et le cortège est parti à 14h30."
    claims, _ = sentence_claims(Sentence(0, "a.md", "A", 0, len(text), text), date(2026, 3, 7), None)
    assert [c.value for c in claims if c.what == "time"] == ["14:30"]  # the clock time, not « l'après-midi »


def test_a_night_from_one_weekday_into_a_dated_one_runs_from_the_day_before():
    (night,) = mentions("La tempête a frappé dans la nuit du dimanche au lundi 11 septembre la ville.", date(2023, 9, 12))
    assert (night.first, night.last, night.hour) == ("2023-09-10", "2023-09-11", 23.0)  # the 10th is in it
    (plain,) = mentions("La tempête a frappé le lundi 11 septembre la ville.", date(2023, 9, 12))
    assert plain.first == plain.last == "2023-09-11"


def test_a_place_named_after_a_day_names_no_day():
    ref = date(2031, 3, 14)
    assert [w.first for w in mentions("Le drame a eu lieu au stade régional du 3 avril, lundi.", ref)] == ["2031-03-10"]
    assert [w.first for w in mentions("Ils ont défilé de la place du 28 septembre jusqu'au port.", ref)] == []
    # a day after « du » that names no place is still a day
    assert [w.first for w in mentions("Le bilan du 3 mars faisait état de 12 morts.", ref)] == ["2031-03-03"]


def test_an_hour_with_am_or_pm_glued_to_its_minutes_is_read():
    from checker.claims.when import mentions

    hours = [(w.hour, w.hours) for w in mentions("The stampede occurred between 1:30am and 2:30am.") if w.kind == "time"]
    assert hours == [(1.5, (1.5, 2.5))]  # one range, not two clock times
    assert [w.hour for w in mentions("It struck at 10:45pm.") if w.kind == "time"] == [22.75]


def test_a_24_hour_clock_time_followed_by_pm_is_that_hour():
    """"The quake struck at 15:01 pm (local time)": a 24-hour clock with its "pm" said twice, 15:01, not no time;
    "15:01 am" says nothing sure and stays unread."""
    from checker.claims.when import mentions

    assert [w.hour for w in mentions("The quake struck at 15:01 pm (local time).") if w.kind == "time"] == [15 + 1 / 60]
    assert [w.hour for w in mentions("The quake struck at 15:01 am.") if w.kind == "time"] == []


@pytest.mark.parametrize(
    "text, hour, hours",
    [
        ("La bousculade s'est produite entre 1 heure et 2 heures du matin.", 1.0, (1.0, 2.0)),
        ("It happened between 1 and 2 am, police said.", 1.0, (1.0, 2.0)),
        ("Les tirs ont eu lieu de 14 h à 16 h.", 14.0, (14.0, 16.0)),
        ("(19h30-20h30 GMT)", 19.5, (19.5, 20.5)),
        ("Le pont s'est effondré vers 11h30.", 11.5, (11.375, 11.625)),  # to the minute: an eighth either way
        ("The incident occurred around 2 pm.", 14.0, (13.75, 14.25)),  # an hour: a quarter either way
        ("Il a quitté la prison peu avant 15 heures.", 15.0, (14.0, 15.0)),
        ("The trains collided shortly before midnight.", 24.0, (23.0, 24.0)),
        ("La secousse a été ressentie juste avant 8 heures.", 8.0, (7.0, 8.0)),  # not « avant 8 h »: the hour before
        ("The alarm sounded just after 7 pm.", 19.0, (19.0, 20.0)),
        ("Le train est parti à 14 h 30.", 14.5, None),  # the minute stated: exact
        ("Les coups de feu ont éclaté à 8 heures du soir.", 20.0, None),  # « du soir » is the evening's hour
        ("Le jury s'est retiré entre 23 h et 1 h.", 23.0, (23.0, 25.0)),  # a range past midnight
        ("Le couvre-feu entre en vigueur à partir de 20 heures.", 20.0, None),  # when it starts: that hour
        ("Le séisme a eu lieu à 4 heures et 17 minutes.", 4 + 17 / 60, None),  # the minutes spelt out
    ],
)
def test_a_clock_time_keeps_the_hours_its_words_allow(text, hour, hours):
    found = [w for w in mentions(text, THURSDAY) if (w.kind == "time" or w.hours) and not w.vague]
    assert [(w.hour, w.hours) for w in found] == [(hour, hours)]


def test_two_clock_times_joined_without_a_range_word_stay_two():
    assert [w.hour for w in mentions("À 14 h et à 16 h, deux explosions ont retenti.", THURSDAY)] == [14.0, 16.0]


def test_hours_of_something_are_a_duration_not_an_hour_of_the_day():
    from checker.claims.figures import figures

    searched = "Les secours ont suspendu les recherches après 16 heures de quête dans des eaux glaciales."
    assert [m for m in mentions(searched, date(2031, 3, 8)) if m.kind == "time"] == []
    assert [(f.value, f.unit) for f in figures(searched)] == [("16 hours", "hours")]
    # an hour of the day stays one, whatever follows it
    for hour in ("L'attaque a eu lieu vers 8 heures du matin.", "La marche a commencé à 14 heures de façon calme."):
        assert "time" in [m.kind for m in mentions(hour, date(2031, 3, 8))]


def test_a_part_of_the_day_after_a_stated_hour_keeps_that_hour():
    # "at 11:46 Friday night": the night says which 11:46, it does not replace it with a vague hour
    (day,) = [w for w in mentions("The quake rocked the valley at 11:46 Friday night.", THURSDAY) if w.weekday is not None]
    assert day.hour == 23 + 46 / 60 and day.clock is not None
    (day,) = [w for w in mentions("The plane landed at 9:30 on Tuesday morning.", THURSDAY) if w.weekday is not None]
    assert day.hour == 9.5


def test_midday_is_the_hour_around_noon_and_midnight_stays_sharp():
    for text in ("The quake struck at midday.", "The quake rocked the city around midday local time.",
                 "La secousse a eu lieu vers midi."):  # fmt: skip
        assert [w.hours for w in mentions(text, THURSDAY) if w.kind == "time"] == [(11.0, 13.0)]
    assert [w.hours for w in mentions("Peu avant midi, un séisme a frappé.", THURSDAY) if w.kind == "time"] == [(11.0, 12.0)]
    assert [w.hours for w in mentions("Il est arrivé à minuit.", THURSDAY) if w.kind == "time"] == [None]


def test_a_page_dated_to_its_month_widens_the_story_s_days():
    from checker.claims.extract import STORY_BEFORE, story_window

    # the election two months before the first dated page, in a story one page of which is dated to its month
    first, _ = story_window(["2031-12", "2031-12-23", "2031-12-26"], [])
    assert first == date(2031, 12, 1) - STORY_BEFORE and first <= date(2031, 10, 21)
    assert story_window(["2031-12-23"], [])[0] == date(2031, 12, 23) - STORY_BEFORE
