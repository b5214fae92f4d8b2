"""When a sentence says something happened, French or English: calendar days and ranges, weekdays, hours of the
day and relative days (« hier », « la veille », "last Thursday"), resolved against the article's date.

Regular expressions over the forms news uses, not dateparser: it takes about a second to import and milliseconds a
call, and this runs on every sentence. Textual dates come from `signals.dates` (« 2 février 2026 », « du 8 au 11
juillet », "February 2, 2026"), plus lists (« les 3 et 4 mars ») and months (« en septembre 2025 » is the whole
month); numeric ones are read day first (« 2/02/2026 »), month first only when day first is impossible, and ISO
(2026-02-02) as such. A date without a year takes the reference's year, or the year before when that would put it
more than 60 days after the reference (news tells the past; « le 27 février dernier » is never after it); with no
reference, its day is written "--MM-DD" (ISO 8601's form without a year). Impossible days (« 31 avril », "February
30", « le 45 février ») are no date.

A weekday alone is the most recent such day on or before the reference (`resolve_weekday`); « jeudi dernier » /
"last Thursday" the one strictly before, « jeudi prochain » / "next Thursday" the one strictly after. Parts of the
day have a representative hour: dawn 6, morning 9, late morning 11, noon 12, afternoon 15, late afternoon 17, end
of the day 18, early evening 19, evening 20, late evening 22, night 23, midnight 24 (the end of the day it closes:
« peu avant minuit » is late that day). `hour` is the hour on the `first` day: « dans la nuit de mardi à
mercredi » is Tuesday 23.0 running into Wednesday (its `last`), « vers 2 heures » in that night is Wednesday 2.0;
« cette nuit » and "last night" are the night before the reference, "overnight" alone is an hour (23.0) only.
A clock time keeps the hours its words allow (`hours`): a range (« entre 1 h et 2 h du matin », « 19h30-20h30 »,
"from 2 pm to 4 pm") is one mention, « vers 14 h » / "around 2 pm" a quarter of an hour either way (half that when
the minute is given), « peu avant minuit » the hour before; « 8 heures du soir » is 20.0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from checker.claims.figures import HOURS_OF, WEEKDAY_WORDS, flat
from checker.reading.signals import MONTHS, dates

WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


@dataclass(frozen=True)
class When:
    """One time expression of a sentence."""

    kind: str  # "date", "weekday", "time" (an hour of the day alone), "relative" (hier, la veille, "yesterday")
    first: str | None  # ISO day "2026-05-12", "--05-12" when the year is unknown, None when unresolved
    last: str | None  # the same as first for one day; the end of a range
    weekday: int | None  # 0 = Monday … 6 = Sunday, when the text names one
    hour: float | None  # 18.5 for « 18 h 30 »; parts of the day as in the module docstring
    span: tuple[int, int]
    vague: bool = False  # an hour that only stands for a part of the day (« dans l'après-midi »), not a clock time
    clock: tuple[int, int] | None = None  # a day's mention: where the clock time joined to it is (« jeudi à 13h39 »)
    night: bool = False  # « dans la nuit de mardi à mercredi »: the first day's night, running into the next
    hours: tuple[float, float] | None = None  # the hours a clock time allows when not one minute: « vers 14 h »,
    # « entre 1 h et 2 h », "shortly before midnight" (hour_span); None for an exact one


def weekday_of(iso: str) -> int:
    """0 = Monday … 6 = Sunday for a full ISO day; ValueError for a day without its year."""
    return date.fromisoformat(iso).weekday()


def resolve_weekday(weekday: int, reference: date) -> date:
    """The most recent such weekday on or before the reference: news speaks of the past week."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def weekday_matches(when: When) -> bool | None:
    """Whether the weekday named with a date is that date's (« jeudi 12 mars 2026 »); None when there is not both."""
    if when.weekday is None or not when.first or when.first.startswith("--") or when.kind != "date":
        return None
    try:
        return weekday_of(when.first) == when.weekday
    except ValueError:
        return None


# --- patterns (over figures.flat text: lower case, no accents) ----------------------------------------------------

_WD = WEEKDAY_WORDS
_M = "|".join(sorted({flat(m) for m in MONTHS}, key=len, reverse=True))
_MONTH_OF = {flat(name): number for name, number in MONTHS.items()}

_PARTS = {
    "petit matin": 6.0, "aube": 6.0, "lever du jour": 6.0, "debut de matinee": 8.0, "matinee": 9.0, "matin": 9.0,
    "fin de matinee": 11.0, "milieu de matinee": 10.0, "milieu de journee": 13.0, "milieu de soiree": 21.0,
    "midi": 12.0, "mi-journee": 12.0, "debut d'apres-midi": 14.0,
    "milieu d'apres-midi": 15.0, "apres-midi": 15.0, "fin d'apres-midi": 17.0, "fin de journee": 18.0,
    "debut de soiree": 19.0, "soiree": 20.0, "soir": 20.0, "fin de soiree": 22.0, "nuit": 23.0, "minuit": 24.0,
    "dawn": 6.0, "daybreak": 6.0, "early morning": 6.0, "morning": 9.0, "late morning": 11.0, "noon": 12.0,
    "midday": 12.0, "early afternoon": 14.0, "mid-afternoon": 15.0, "afternoon": 15.0, "late afternoon": 17.0,
    "early evening": 19.0, "evening": 20.0, "late evening": 22.0, "night": 23.0, "overnight": 23.0,
    "midnight": 24.0,
}  # fmt: skip
_EXACT_PARTS = frozenset({"midi", "minuit", "noon", "midday", "midnight"})  # parts of the day that are a clock time
_LOOSE_NOON = frozenset({"midi", "midday"})  # said of the hour around noon, not of 12:00 sharp
_PART_RE = "|".join(re.escape(p) for p in sorted(_PARTS, key=len, reverse=True))
_PART = re.compile(rf"\b({_PART_RE})\b(?!-)")
# the words that may lead a part of the day or an hour into the mention (« peu avant minuit », "at 6 pm")
_PART_LEAD = re.compile(
    r"(?:\b(?:peu avant|peu apres|juste avant|avant|apres|jusqu'a|dans|en|au|a|vers|around|about|in|at|during|by|on|until|"
    r"shortly before|shortly after|before|after|tard|tot|late|early)\s+)?(?:(?:la|le|l'|the)\s*)?$"
)
_HOUR_LEAD = re.compile(
    r"\b(?:a|vers|des|avant|apres|jusqu'a|aux alentours de|autour de|peu avant|peu apres|juste avant|juste apres|"
    r"a partir de|at|around|about|by|until|before|after|shortly before|shortly after|just before|just after|from|"
    r"entre|between|environ|approximately|roughly|some)\s+$"
)
# How much a clock time's lead word leaves open, in hours before and after it: « vers 14 h », "around 2 pm" a quarter
# of an hour either way (half that for a time given to the minute: "around 11:30"); « peu avant minuit » the hour
# before.
_ABOUT = frozenset({"vers", "aux alentours de", "autour de", "around", "about", "environ", "approximately", "roughly",
                    "some"})  # fmt: skip
_SPREAD = {"peu avant": (1.0, 0.0), "shortly before": (1.0, 0.0), "juste avant": (1.0, 0.0), "just before": (1.0, 0.0),
           "avant": (6.0, 0.0), "before": (6.0, 0.0), "by": (6.0, 0.0), "peu apres": (0.0, 1.0),
           "shortly after": (0.0, 1.0), "juste apres": (0.0, 1.0), "just after": (0.0, 1.0), "apres": (0.0, 6.0),
           "after": (0.0, 6.0)}  # fmt: skip  (« juste avant 8 h » is not « avant 8 h »: the hour before, not six)
# (« à partir de 20 h », « jusqu'à 18 h », "from 8 pm", "until 6 am" state when something starts or ends: that hour)
# The first hour of a range whose second carries the clock (« entre 1 et 2 heures du matin », "between 1 and 2 am",
# « de 14 h à 16 h »): the number before the joiner.
_RANGE_WORDS = ("entre", "between", "from", "de")  # what opens a range of hours
_RANGE_OPEN = re.compile(rf"\b(?:{'|'.join(_RANGE_WORDS)})\s+"
                         r"(?P<h>\d{1,2})(?:[:h.](?P<m>\d{2}))?\s*(?:h|heures?)?\s*(?:et|and|to|a|au|-|–)\s*$")
_RANGE_JOIN = re.compile(r"\s*(?:et|and|to|a|au|-|–)\s*$")
_RANGE_LEAD = frozenset(_RANGE_WORDS)
_RANGE_BEFORE = re.compile(rf"\b(?:{'|'.join(_RANGE_WORDS)})\s+$")
_EVENING_AFTER = re.compile(r"\s+(?:du soir|de l'apres-midi|de l'aprem)\b")
# Hours in words, said with the part of the day (« vers trois heures du matin »).
_HOUR_WORDS = {"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
               "dix": 10, "onze": 11, "douze": 12}  # fmt: skip
_TIME = re.compile(
    r"\b(?P<h1>\d{1,2})\s?h\s?(?P<m1>\d{2})?\b"  # 18h, 18 h 30
    r"|\b(?P<h2>\d{1,2})\s+heures?(?:\s+(?P<m2>\d{2}))?(?=\s+(?:locales?|gmt|utc|tu|du matin|du soir|"
    r"de l'apres-midi|heure)\b)"  # 18 heures locales
    r"|\b(?P<h3>\d{1,2}):(?P<m3>\d{2})(?:\b|(?=[ap]\.?m\b))(?:\s*(?P<ap3>[ap])\.?m\b\.?)?"  # 18:30, 6:30 pm, 1:30am
    r"|\b(?P<h4>\d{1,2})(?:\.(?P<m4>\d{2}))?\s*(?P<ap4>[ap])\.?m\b\.?"  # 6 pm, 9pm
    r"|\b(?P<h5>\d{1,2})\s+heures?(?:\s+(?P<m5>\d{2})|\s+et\s+(?P<m7>\d{1,2})\s+minutes?)?\b"  # à 18 heures: only
    # after a word of time (« à 4 heures et 17 minutes »)
    r"|\b(?P<h6>[01]\d|2[0-3])\.?(?P<m6>[0-5]\d)(?=\s*(?:ist|utc|gmt|cet|cest|edt|pdt|bst|hrs|hours|local)\b)"  # 1339
    # IST, "0930 hours", "13.30 hours" (a clock the British and the military write so)
    rf"|\b(?P<h7>{'|'.join(_HOUR_WORDS)})\s+heures?(?=\s+(?:locales?|du matin|du soir|de l'apres-midi)\b)"  # trois heures du matin
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b({_M})\s+(\d{{4}})\b")
_DAY_LIST_BEFORE = re.compile(
    r"(?:\b(?:les|the)\s+)?\b(\d{1,2})(?:er|st|nd|rd|th)?(?:\s*,\s*\d{1,2})*\s*(?:et|and|&)\s*$"
)
_WEEKDAY = re.compile(rf"\b({_WD})s?\b")
_NIGHT = re.compile(rf"\b(?:dans\s+)?(?:la\s+)?nuit\s+(?:de|du)\s+({_WD})(?:\s+\d{{1,2}}(?:er)?)?\s+(?:a|au)\s+({_WD})\b"
                    rf"|\b(?:on\s+)?the\s+night\s+of\s+({_WD})(?:\s+to\s+({_WD}))?\b")  # fmt: skip
_WD_BEFORE_MOD = re.compile(r"\b(last|next|this coming|this|ce|late|early|tard|tot)\s+(?:on\s+)?$")
_PAST_AFTER = re.compile(r"\s+(?:dernier|derniere|passe|passee)\b")
_WD_AFTER_MOD = re.compile(r"\s+(dernier|derniere|passe|passee|prochain|prochaine)\b")
_RELATIVE = re.compile(
    r"\b(?P<w>avant-hier|apres-demain|aujourd'hui|hier|demain|la veille|the day before yesterday|yesterday|today|"
    r"tomorrow|ce matin|cet apres-midi|ce soir|cette nuit|la nuit derniere|this morning|this afternoon|"
    r"this evening|tonight|last night|la semaine derniere|la semaine passee|last week|cette semaine|this week|"
    r"le week-end dernier|le week-end passe|last weekend|ce week-end|this weekend|le mois dernier|last month)\b"
    r"|\b(?:il y a|voici)\s+(?P<n1>\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
    r"(?P<u1>jours?|semaines?)\b"
    r"|\b(?P<n2>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u2>days?|weeks?)\s+ago\b"
)
_DIGIT = re.compile(r"\d")
_SMALL = {"un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
          "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9,
          "nine": 9, "dix": 10, "ten": 10}  # fmt: skip
# relative word -> (days from the reference, hour, the night to the next day)
_RELATIVE_DAYS = {
    "avant-hier": (-2, None), "apres-demain": (2, None), "aujourd'hui": (0, None), "hier": (-1, None),
    "demain": (1, None), "la veille": (-1, None), "the day before yesterday": (-2, None), "yesterday": (-1, None),
    "today": (0, None), "tomorrow": (1, None), "ce matin": (0, 9.0), "cet apres-midi": (0, 15.0),
    "ce soir": (0, 20.0), "cette nuit": (-1, 23.0), "la nuit derniere": (-1, 23.0), "this morning": (0, 9.0),
    "this afternoon": (0, 15.0), "this evening": (0, 20.0), "tonight": (0, 23.0), "last night": (-1, 23.0),
}  # fmt: skip
_NIGHTS = frozenset({"cette nuit", "la nuit derniere", "last night", "tonight"})
_GAP = re.compile(r"[\s,]*(?:(?:on|le|ce|the|et|and|de|du|of)\s+)?")
_ANY = re.compile(rf"\d|\b(?:{_WD}|{_PART_RE}|hier|demain|veille|aujourd|yesterday|today|tomorrow|tonight|week|semaine|"
                  rf"mois|month|ago|il y a)")  # fmt: skip
_DAY_LIKE = frozenset({"date", "weekday", "relative"})


@dataclass(frozen=True)
class _Found:
    """A mention while it is read: days as date objects, or (month, day) when the year is unknown."""

    kind: str
    start: int
    end: int
    first: date | tuple[int, int] | None = None
    last: date | tuple[int, int] | None = None
    weekday: int | None = None
    hour: float | None = None
    night: bool = False  # « dans la nuit de mardi à mercredi »: hour on first, running into last
    vague: bool = False  # the hour stands for a part of the day
    clock: tuple[int, int] | None = None  # a day's mention: the clock time joined to it
    hours: tuple[float, float] | None = None  # a clock time's interval (hour_span)


def _day(year: int | None, month: int, day: int, reference: date | None, past: bool = False):
    """A real calendar day, its year inferred from the reference when the text gives none; None when impossible."""
    try:
        date(year or 2000, month, day)  # 2000: a leap year, so « 29 février » without a year stands
    except ValueError:
        return None
    if year is not None:
        return date(year, month, day)
    if reference is None:
        return (month, day)
    for y in (reference.year, reference.year - 1, reference.year + 1):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if y == reference.year and ((candidate - reference).days > 60 or (past and candidate > reference)):
            continue
        return candidate
    return None


def _before(day):
    """The day before a date or a (month, day) without its year; None when there is none."""
    if isinstance(day, date):
        return day - timedelta(days=1)
    if isinstance(day, tuple):
        if day == (3, 1):
            return None  # 28 or 29 February: the year would say
        prior = date(2000, *day) - timedelta(days=1)
        return (prior.month, prior.day)
    return None


def _decode(number: int) -> tuple[int, int, int]:
    """(year or 0, month, day) from a `signals.day_number` (year * 512 + month * 32 + day)."""
    return number // 512, (number % 512) // 32, number % 32


def _iso(day) -> str | None:
    if day is None:
        return None
    if isinstance(day, tuple):
        return f"--{day[0]:02d}-{day[1]:02d}"
    return day.isoformat()


def _calendar_dates(text: str, low: str, reference: date | None) -> list[_Found]:
    out: list[_Found] = []
    for first, last, _, (start, end) in dates(text):
        if re.search(r"\b(?:may|march)\b", text[start:end]):
            continue  # "12 may have died", "thousands march": English verbs (months are capitalised)
        (y1, m1, d1), (y2, m2, d2) = _decode(first), _decode(last)
        past = _PAST_AFTER.match(low, end)
        b = _day(y2 or None, m2, d2, reference, bool(past))
        if b is None:
            continue
        year_b = b.year if isinstance(b, date) else None
        a = _day(y1 or year_b, m1, d1, reference, bool(past)) if (y1, m1, d1) != (y2, m2, d2) else b
        if a is None:
            continue
        if a == b:
            listed = _DAY_LIST_BEFORE.search(low, max(0, start - 20), start)  # « les 3 et 4 mars »
            if listed and 1 <= int(listed.group(1)) < d2:
                a = _day(year_b, m2, int(listed.group(1)), reference, bool(past)) or b
                start = listed.start()
        if past:
            end = past.end()
        out.append(_Found("date", start, end, a, b))
    for m in _NUMERIC_DATE.finditer(low):
        if m.group(4):
            y, mo, d = int(m.group(4)), int(m.group(5)), int(m.group(6))
        else:
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            y += 2000 if y < 100 else 0
            if mo > 12 and d <= 12:
                d, mo = mo, d  # 12/31/2026: month first
        day = _day(y, mo, d, reference) if 1900 <= y <= 2100 else None
        if day is not None:
            out.append(_Found("date", m.start(), m.end(), day, day))
    for m in _MONTH_YEAR.finditer(low):
        if re.search(r"\d(?:er|st|nd|rd|th)?\s*$", low[max(0, m.start() - 6) : m.start()]):
            continue  # « 29 février 2026 »: a day, read above (or impossible)
        month, year = _MONTH_OF[m.group(1)], int(m.group(2))
        if 1900 <= year <= 2100:
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            out.append(_Found("date", m.start(), m.end(), date(year, month, 1), nxt - timedelta(days=1)))
    return out


def _weekdays(text: str, low: str, reference: date | None, earliest: bool = False, week: date | None = None
              ) -> list[_Found]:
    out: list[_Found] = []
    place = reference if not earliest else week  # an undated page's weekday: the story's week, else unknown
    for m in _NIGHT.finditer(low):
        a = WEEKDAYS[m.group(1) or m.group(3)]
        first = resolve_weekday(a, place) if place else None
        last = first + timedelta(days=1) if first else None
        out.append(_Found("weekday", m.start(), m.end(), first, last, a, 23.0, night=True))
    for m in _WEEKDAY.finditer(low):
        name = m.group(1)
        following = text[m.end() : m.end() + 20].lstrip()
        if name.endswith("day") and following[:1].isupper():
            word = re.match(r"[^\W\d_]+", following)
            if word and flat(word.group()) not in _MONTH_OF:
                continue  # "the Sunday Times": a name
        wd = WEEKDAYS[name]
        start, end, kind, hour = m.start(), m.end(), "weekday", None
        first = resolve_weekday(wd, place) if place else None
        before = _WD_BEFORE_MOD.search(low, max(0, start - 16), start)
        after = _WD_AFTER_MOD.match(low, end)
        if before and before.group(1) in ("late", "tard"):
            hour, start = 22.0, before.start()
        elif before and before.group(1) in ("early", "tot"):
            hour, start = 6.0, before.start()
        elif before and before.group(1) in ("last", "next", "this coming"):
            kind, start = "relative", before.start()
            if place:
                first = _strictly(wd, place, before.group(1) == "last")
        elif before and before.group(1) in ("this", "ce"):
            start = before.start()
        if after and kind == "weekday":
            kind, end = "relative", after.end()
            if place:
                first = _strictly(wd, place, after.group(1).startswith(("dernier", "derniere", "passe")))
        out.append(_Found(kind, start, end, first, first, wd, hour))
    return out


def _strictly(weekday: int, reference: date, before: bool) -> date:
    """The weekday strictly before the reference (« jeudi dernier ») or strictly after it (« jeudi prochain »)."""
    if before:
        return resolve_weekday(weekday, reference - timedelta(days=1))
    return reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)


def _relatives(low: str, reference: date | None) -> list[_Found]:
    out: list[_Found] = []
    for m in _RELATIVE.finditer(low):
        word = m.group("w")
        if word is None:
            n = m.group("n1") or m.group("n2")
            unit = m.group("u1") or m.group("u2")
            count = int(n) if n.isdigit() else _SMALL[n]
            days = count * (7 if unit.startswith(("semaine", "week")) else 1)
            day = reference - timedelta(days=days) if reference else None
            out.append(_Found("relative", m.start(), m.end(), day, day))
            continue
        if word in _RELATIVE_DAYS:
            offset, hour = _RELATIVE_DAYS[word]
            first = reference + timedelta(days=offset) if reference else None
            night = word in _NIGHTS
            last = first + timedelta(days=1) if first and night else first
            out.append(_Found("relative", m.start(), m.end(), first, last, None, hour, night=night))
            continue
        first = last = None
        if reference:
            monday = reference - timedelta(days=reference.weekday())
            if "semaine" in word or "week" in word and "end" not in word:
                if "this" in word or "cette" in word:
                    first, last = monday, reference
                else:
                    first, last = monday - timedelta(days=7), monday - timedelta(days=1)
            elif "week-end" in word or "weekend" in word:
                if word in ("ce week-end", "this weekend"):
                    first = monday + timedelta(days=5)
                else:
                    first = resolve_weekday(5, reference - timedelta(days=1))
                last = first + timedelta(days=1)
            else:  # last month
                last = reference.replace(day=1) - timedelta(days=1)
                first = last.replace(day=1)
        out.append(_Found("relative", m.start(), m.end(), first, last))
    return out


def _times(low: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _TIME.finditer(low) if _DIGIT.search(low) or "heure" in low else ():
        lead = _HOUR_LEAD.search(low, max(0, m.start() - 24), m.start())
        if m.group("h5") and not lead:
            continue  # « pendant 18 heures » is a duration
        if (m.group("h5") or m.group("h2")) and HOURS_OF.match(low, m.end()):
            continue  # « après 16 heures de recherches », « 48 heures de garde à vue »: hours of something, a duration
        h = next(m.group(g) for g in ("h1", "h2", "h3", "h4", "h5", "h6") if m.group(g)) if not m.group("h7") else (
            _HOUR_WORDS[m.group("h7")])
        minutes = next((m.group(g) for g in ("m1", "m2", "m3", "m4", "m5", "m6", "m7") if m.group(g)), None)
        ampm = m.group("ap3") or m.group("ap4")
        if not ampm and int(h) < 12 and _EVENING_AFTER.match(low, m.end()):
            ampm = "p"  # « 8 heures du soir »
        hour = _hour(int(h), int(minutes) if minutes else 0, ampm)
        if hour is None:
            continue
        word = " ".join(lead.group().split()) if lead else ""
        opened = _RANGE_OPEN.search(low, max(0, m.start() - 30), m.start())
        if opened and not lead:
            first = _hour(int(opened.group("h")), int(opened.group("m") or 0), ampm)
            if first is not None:  # « entre 1 et 2 heures du matin »: one mention from the first hour to the second
                out.append(_Found("time", opened.start(), m.end(), hour=first, hours=_ordered(first, hour)))
                continue
        previous = out[-1] if out and out[-1].kind == "time" and not out[-1].vague else None
        joiner = _RANGE_JOIN.fullmatch(low, previous.end, m.start()) if previous is not None else None
        if joiner and (low[previous.start : previous.end].split()[0] in _RANGE_LEAD or _RANGE_BEFORE.search(
                low, max(0, previous.start - 10), previous.start) or joiner.group().strip() in ("-", "–")):
            # « entre 1 h 30 et 2 h 30 », « de 14 h à 16 h », « 19h30-20h30 »: one mention from the first to the second
            out[-1] = replace(previous, end=m.end(), hours=_ordered(previous.hour, hour))
            continue
        out.append(_Found("time", lead.start() if lead else m.start(), m.end(), hour=hour,
                          hours=hour_span(hour, word, minutes not in (None, "00"))))
    clocks = {t.end for t in out}
    for m in _PART.finditer(low):
        said_of = re.search(r"\s+d[ue]\s+$", low[max(0, m.start() - 5) : m.start()])
        if said_of and m.start() - len(said_of.group()) in clocks:
            continue  # « à 2 heures du matin », « 8 h du soir »: the part of the day only says which 2 o'clock
        lead = _PART_LEAD.search(low, max(0, m.start() - 24), m.start())
        start = lead.start() if lead and lead.group() else m.start()
        exact = m.group(1) in _EXACT_PARTS
        word = " ".join(lead.group().split()[:-1] if lead and lead.group().split()[-1:] in (["la"], ["le"], ["the"])
                        else (lead.group().split() if lead else []))
        hours = hour_span(_PARTS[m.group(1)], word) if exact else None  # « peu avant minuit »
        if m.group(1) in _LOOSE_NOON and (hours is None or word in _ABOUT):
            hours = (11.0, 13.0)  # « à la mi-journée »-like: "struck at midday", « vers midi » hold 12h50
        out.append(_Found("time", start, m.end(), hour=_PARTS[m.group(1)], vague=not exact, hours=hours))
    return out


def hour_span(hour: float, lead: str, to_the_minute: bool = False) -> tuple[float, float] | None:
    """The hours a clock time allows given the word before it: « vers 14 h » 13.75–14.25, "around 11:30" 11.375–11.625,
    « peu avant minuit » 23–24, "after 3 pm" 15–21; None when it states the minute (« à 14 h 30 », "at 2 pm")."""
    if lead in _ABOUT:
        # a reporter who knew half past would say so: « vers 3 heures » and « vers 2 h 30 » are two times, "around
        # 11:30" still holds 11:36, and "around 00:46", told to a minute no one rounds to, is within a couple of
        # minutes of it
        odd_minute = to_the_minute and round((hour % 1) * 60) % 5 != 0
        spread = 1 / 30 if odd_minute else 0.125 if to_the_minute else 0.25
        return hour - spread, hour + spread
    if lead in _SPREAD:
        before, after = _SPREAD[lead]
        return hour - before, hour + after
    return None


def _ordered(first: float, second: float) -> tuple[float, float]:
    """A range of hours, running past midnight when the second is earlier (« entre 23 h et 1 h »)."""
    return (first, second) if second >= first else (first, second + 24)


def _hour(h: int, minutes: int, ampm: str | None) -> float | None:
    if minutes > 59:
        return None
    if ampm and not (ampm == "p" and 13 <= h <= 23):  # ("15:01 pm": a 24-hour clock, its "pm" said twice)
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if ampm == "p" else 0)
    if h == 24 and minutes == 0:
        h = 0
    if not 0 <= h <= 23:
        return None
    return h + minutes / 60


def _merge(found: list[_Found], low: str) -> list[_Found]:
    """A day and the hour next to it are one mention: « mardi soir », « hier à 18 h », "at 6 pm on Tuesday"."""
    out: list[_Found] = []
    for f in found:
        if out:
            prev = out[-1]
            gap = _GAP.fullmatch(low, prev.end, f.start)
            day, time = (prev, f) if prev.kind in _DAY_LIKE and f.kind == "time" else (f, prev)
            if gap and day.kind in _DAY_LIKE and time.kind == "time" and day is not time:
                if time.vague and day.clock is not None and day.hour is not None:
                    # "at 11:46 Friday night": the part of the day keeps the hour the text states, says which 11:46
                    later = 12.0 if day.hour < 12 and time.hour is not None and time.hour >= 18 else 0.0
                    hours = (day.hours[0] + later, day.hours[1] + later) if day.hours else None
                    out[-1] = replace(day, hour=day.hour + later, hours=hours, start=min(prev.start, f.start),
                                      end=max(prev.end, f.end))
                    continue
                merged = _with_hour(day, time.hour, min(prev.start, f.start), max(prev.end, f.end))
                out[-1] = replace(merged, clock=None if time.vague else (time.start, time.end), hours=time.hours)
                continue
        out.append(f)
    return out


def _with_hour(day: _Found, hour: float | None, start: int, end: int) -> _Found:
    if day.night and hour is not None and hour < 12:
        # « dans la nuit de mardi à mercredi, vers 2 heures »: the small hours are the next day's
        weekday = (day.weekday + 1) % 7 if day.weekday is not None else None
        return replace(day, first=day.last, weekday=weekday, hour=hour, night=False, start=start, end=end)
    return replace(day, hour=hour, start=start, end=end)


# A place or an institution named after a day (« le stade régional du 3 avril », « la place du 28 septembre », « le
# lycée du 2 mars »): the day is part of its name. Nouns of places and institutions, general.
_NAMED_AFTER_A_DAY = re.compile(
    r"\b(?:stade|place|rue|avenue|boulevard|bd|pont|lycée|collège|école|université|hôpital|camp|cité|quartier|"
    r"aéroport|carrefour|rond-point|palais|esplanade|marché|caserne|base|port|gare|parc|square)"
    r"(?:\s+[^\W\d]+)?\s+du\s*$")


def mentions(text: str, reference: date | None = None, earliest: bool = False, week: date | None = None
             ) -> tuple[When, ...]:
    """The time expressions of one sentence, in order, resolved against the reference (the article's date) when
    one is given. `earliest`: the reference is only the earliest the article can be (an undated page dated by the
    days it names), so a weekday alone cannot be placed (the page may be that week or a later one, and may recall
    an earlier): it stays unplaced, with its weekday, unless `week` is given: the last day of a story told within one
    week, on or before which such a weekday is placed. Never raises: what cannot be read is left out."""
    if not text:
        return ()
    low = flat(text)
    if not _ANY.search(low):
        return ()
    try:
        found = (_calendar_dates(text, low, reference) + _weekdays(text, low, reference, earliest, week)
                 + _relatives(low, reference)
                 + _times(low))  # fmt: skip
    except (ValueError, OverflowError):
        return ()
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue  # inside a longer mention (« mardi » in « la nuit de mardi à mercredi »)
        if f.kind == "date" and _NAMED_AFTER_A_DAY.search(low, 0, f.start):
            continue  # « le stade du 3 avril », « place du 28 septembre »: a name, not a day of the story
        # a weekday just before a date names that date's day (« jeudi 12 mars »)
        if f.kind == "date" and kept and kept[-1].kind == "weekday" and kept[-1].weekday is not None and (
                _GAP.fullmatch(low, kept[-1].end, f.start) and not kept[-1].night):  # fmt: skip
            wd = kept.pop()
            f = replace(f, start=wd.start, weekday=wd.weekday, hour=wd.hour)
        # « dans la nuit du dimanche au lundi 11 septembre »: the date is the night's second day
        elif f.kind == "date" and kept and kept[-1].night and f.first == f.last and _before(f.first) and (
                _GAP.fullmatch(low, kept[-1].end, f.start)):  # fmt: skip
            night = kept.pop()
            f = replace(f, start=night.start, first=_before(f.first), weekday=None, hour=night.hour, night=True)
        kept.append(f)
    return tuple(
        When(f.kind, _iso(f.first), _iso(f.last), f.weekday, f.hour, (f.start, f.end), f.vague, f.clock, f.night,
             f.hours)
        for f in _merge(kept, low)
    )


def as_of(text: str, article_date: date | None, earliest: bool = False, found: tuple[When, ...] | None = None
          ) -> tuple[str | None, float | None]:  # fmt: skip
    """When the sentence's claims hold: the first day it names that is not after the article (its last day for a
    range), with the hour it gives; the article's date when it names none. The day is a full ISO date or None.
    `earliest`: the article's date is only the earliest it can be (see mentions): a later day is not refused.
    `found`: the sentence's mentions when the caller has read them with the same reference (not read again)."""
    default = article_date.isoformat() if article_date else None
    if found is None:
        found = mentions(text, article_date, earliest)
    hour = next((w.hour for w in found if w.kind == "time"), None)
    hour = hour if hour is not None else next((w.hour for w in found if w.hour is not None), None)
    for w in found:
        if w.kind not in _DAY_LIKE or not w.first or w.first.startswith("--"):
            continue
        day = w.first if w.hour is not None else (w.last or w.first)
        if article_date and not earliest and date.fromisoformat(day) > article_date:
            continue  # « une nouvelle journée de grève le 7 avril »: what is announced, not when it holds
        return day, w.hour if w.hour is not None else hour
    return default, hour
