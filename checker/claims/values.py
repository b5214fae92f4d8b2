"""Whether two values of one thing agree: a figure's interval with a reporter's rounding (« près de 2 000 » holds
1 978, « au moins 87 » and « au moins 113 » are two tolls), a day or a weekday, a clock time to its precision, a
direction and a distance, a stance and its opposite. What the values say, not who said them nor when (marks.py)."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from ..records import Assertion
from . import names
from .extract import OPPOSED_POSITIONS

def interval_of(a: Assertion) -> tuple[float, float]:
    low = a.low if a.low is not None else -math.inf
    high = a.high if a.high is not None else math.inf
    return low, high


def bound_of(a: Assertion) -> str:
    """"low" for « au moins 87 » / « plus de 300 », "high" for « jusqu'à 60 », "" otherwise."""
    (low, high) = interval_of(a)
    if math.isinf(high) and math.isfinite(low):
        return "low"
    if low <= 0 and math.isfinite(high) and a.value.startswith(("≤", "<")):
        return "high"
    return ""


def _almost(v) -> bool:
    """« près de 5 000 », "nearly 5,000": just under the number (figures.py reads it as 90 % of it up to it)."""
    low, high = interval_of(v)
    return v.value.startswith("≈") and "–" not in v.value and math.isfinite(high) and high > 0 and (
        abs(0.9 * high - low) <= 1e-9 * high)


class _Value(NamedTuple):
    """What figures_agree reads of a claim: its interval and its value as written (a bound's sign)."""

    low: float | None
    high: float | None
    value: str
    age: bool  # an age (never rounded)


def _told_range(v: _Value) -> bool:
    """A range the text states (« entre 20 et 30 », "40 to 50"), not an order of size (« des dizaines »: ≈ 20–99)."""
    return "–" in v.value and not v.value.startswith(("≈", "~", "<", ">", "≤", "≥")) and v.low is not None and (
        v.high is not None and math.isfinite(v.high) and v.low < v.high)


def figures_agree(a: Assertion, b: Assertion) -> bool:
    """Intervals that meet, with the rounding a reporter allows (2 %, at least one unit). Two bounds the same way
    are two counts: « au moins 87 » and « au moins 113 » are different tolls, compared on their numbers."""
    age = a.key.split("|")[1:2] == ["age"]
    return _values_agree(_Value(a.low, a.high, a.value, age), _Value(b.low, b.high, b.value, age))


@lru_cache(maxsize=1 << 16)
def _values_agree(a: _Value, b: _Value) -> bool:
    """figures_agree on what it reads, remembered: a story's claims repeat a few values (one toll quoted by every
    outlet), and a big thing weighs tens of thousands of pairs of them."""
    (la, ha), (lb, hb) = interval_of(a), interval_of(b)
    if _told_range(a) and _told_range(b):
        # two ranges told (« entre 275 000 et 375 000 », « de 275 000 à 325 000 »): one count's estimate gives both
        # its ends; ranges that meet but end elsewhere are two estimates
        return _values_agree(_Value(la, la, str(la), a.age), _Value(lb, lb, str(lb), a.age)) and _values_agree(
            _Value(ha, ha, str(ha), a.age), _Value(hb, hb, str(hb), a.age))
    for near, other in ((a, b), (b, a)):
        if _almost(near) and bound_of(other) == "low" and interval_of(other)[0] >= interval_of(near)[1]:
            return False  # « près de 5 000 » is under 5 000, « plus de 5 000 » over it: no rounding joins them
    if {bound_of(a), bound_of(b)} == {"low", "high"}:  # « jusqu'à 10 milliards » against "more than 10 billion"
        floor, ceiling = (a, b) if bound_of(a) == "low" else (b, a)
        lower, upper = interval_of(floor)[0], interval_of(ceiling)[1]
        strict = floor.value.startswith(">") or ceiling.value.startswith("<")
        return lower < upper or (lower == upper and not strict)  # explicit bounds: no rounding between them
    if bool(bound_of(a)) != bool(bound_of(b)):
        bound, exact = (a, b) if bound_of(a) else (b, a)
        (lo, hi), (value, top) = interval_of(bound), interval_of(exact)
        if value == top and math.isfinite(value) and float(value).is_integer():
            # an explicit bound against a count: « plus de 250 » does not hold 245; a round count may be rounded
            slack = min(_half_unit(value), 0.05 * abs(value))
            return lo - slack <= value <= hi + slack
        if value == top and math.isfinite(value):
            return lo - 1e-9 <= value <= hi + 1e-9  # a decimal said to its digit: « plus de 50 % » does not hold 49,8 %
    if bound_of(a) and bound_of(a) == bound_of(b):
        na, nb = (la, lb) if bound_of(a) == "low" else (ha, hb)
        if _precise_bound(a) and _precise_bound(b):
            return abs(na - nb) <= 0.5  # « au moins 64 » and « au moins 63 »: two tolls, not a rounding
        floor = a if na <= nb else b
        if bound_of(a) == "low" and not _precise_bound(floor) and min(na, nb) > 0 and max(na, nb) <= ROUND_FLOOR * min(na, nb):
            return True  # « plus de 3 000 » holds « au moins 2 900 » said elsewhere, "more than 90" holds 97 or more
        return abs(na - nb) <= max(0.02 * max(abs(na), abs(nb)), 0.5)
    scale = max(abs(x) for x in (la, ha, lb, hb) if math.isfinite(x)) if any(
        math.isfinite(x) for x in (la, ha, lb, hb)
    ) else 0.0
    whole = all(float(x).is_integer() for x in (la, ha, lb, hb) if math.isfinite(x))
    tolerance = max(0.02 * scale, 0.5 if whole else 0.0)  # at least one unit of a count; 0.3 km is not 0.1 km
    if la == ha and lb == hb and not (float(la).is_integer() and float(lb).is_integer()):
        da, db = _decimals(la), _decimals(lb)
        # exact decimals to one precision (a magnitude 7.7 against 7.8, 46.31 % against 57.76 %) are not rounding;
        # of two shares to different precisions, the coarser may round the finer (51 % is 51.2 % rounded, 52 % is
        # 51.95 %; 42.6 % is not 42.45 %). (Not a measure converted to another unit: 50 m are 0.05 km.)
        shares = a.value.endswith("%") and b.value.endswith("%")
        tolerance = 0.5 * 10.0 ** -min(da, db) + 1e-9 if shares and da != db else 1e-9
    if la == ha and lb == hb and a.age:
        return la == lb  # an age is never rounded: « 70 ans » does not hold 69
    if la == ha and lb == hb and math.isfinite(la) and math.isfinite(lb):
        # a round figure is a rounding of a precise one within half its last significant digit, at most 5 %:
        # « 4 milliards » holds 4.2 billion, not 4.6; « 25 000 » holds 25 200; « 20 000 » not 25 000
        tolerance = max(tolerance, min(_half_unit(la), 0.05 * abs(la)), min(_half_unit(lb), 0.05 * abs(lb)))
        if whole and not a.value.startswith(("≈", "~")) and not b.value.startswith(("≈", "~")):
            # two counts said exactly: only a round one's own rounding, not 2 % (80 against 81 survivors, 230
            # against 232 passengers are two counts; 2 000 still holds 1 978, 25 000 holds 25 200)
            tolerance = max(0.5, min(_half_unit(la), 0.05 * abs(la)), min(_half_unit(lb), 0.05 * abs(lb)))
    return la - tolerance <= hb and lb - tolerance <= ha


def _decimals(x: float) -> int:
    """How many decimals a value read from the text has (51.2 → 1, 46.31 → 2, 51 → 0), at most four."""
    return next((k for k in range(5) if abs(round(x, k) - x) < 1e-9), 4) if math.isfinite(x) else 0


# A round floor (« plus de 100 », "more than 3,000") says little more than its order: another floor up to this many
# times higher is the same count told more closely, not another count.
ROUND_FLOOR = 1.5


def _half_unit(value: float) -> float:
    """Half the unit of a round number's last significant digit (4 000 000 000 → 500 000 000, 2 800 → 50); 0 for
    a number that is not round (fewer than two trailing zeros) or not whole."""
    if not float(value).is_integer() or value == 0:
        return 0.0
    n, unit = abs(int(value)), 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return unit / 2 if unit >= 100 else 0.0


def close_counts(a: Assertion, b: Assertion, ratio: float = 1.1) -> bool:
    """Two counts within a tenth of each other (59 and 62, 139 and 143): steps of one count, not rival ones."""
    return 0 < ratio_of(a, b) <= ratio


def nominal_of(a: Assertion) -> float:
    low, high = interval_of(a)
    return low if math.isfinite(low) and (not math.isfinite(high) or low == high) else (low + high) / 2 if math.isfinite(high) else low


def is_precise(a: Assertion) -> bool:
    """An exact count that is not a round number (« 2 166 », not « 2 000 » nor « environ 2 166 »)."""
    return a.low is not None and a.low == a.high and float(a.low).is_integer() and _half_unit(a.low) == 0 \
        and not a.value.startswith(("≈", "~"))


def _precise_bound(a: Assertion) -> bool:
    """A bound on a count that is not a round number (« au moins 64 », "more than 2,166")."""
    n = interval_of(a)[0] if bound_of(a) == "low" else interval_of(a)[1]
    return math.isfinite(n) and float(n).is_integer() and n != 0 and _half_unit(n) == 0 and n % 10 != 0


def same_number(a: Assertion, b: Assertion) -> bool:
    """The numbers two claims state agree within a reporter's rounding (« près de 70 » and 68); two precise counts
    (2 166 and 2 274) are the same only when equal."""
    return numbers_match(nominal_of(a), nominal_of(b), is_precise(a) and is_precise(b))


def numbers_match(na: float, nb: float, both_precise: bool) -> bool:
    """same_number on the numbers read: callers weighing many pairs read each claim's once."""
    if both_precise:
        return abs(na - nb) <= 0.5
    return math.isfinite(na) and math.isfinite(nb) and abs(na - nb) <= max(0.05 * max(abs(na), abs(nb)), 0.5)


def claims_agree(a: Assertion, b: Assertion) -> bool:
    if a.what == "figure":
        return figures_agree(a, b)
    if a.what == "date":
        wa, wb = weekdays_in(a.value), weekdays_in(b.value)
        if wa and wb and not wa & wb and (a.low is None or b.low is None or a.low == b.low):
            return False  # « mardi 12 mai » against « lundi 12 mai », or two weekdays for one event (a night: either)
        if _two_nights(a, b):
            return False  # « la nuit de mardi à mercredi » against « la nuit de mercredi à jeudi »: two nights
        if a.low is None or b.low is None:  # a weekday or a day without its year: compare what both say
            da, db = _month_day(a.value), _month_day(b.value)
            return not (da and db and da != db)
        return a.low <= (b.high or b.low) and b.low <= (a.high or a.low)
    if a.what == "time":
        if a.value.endswith("UTC") != b.value.endswith("UTC"):
            return True  # a local time and a UTC one: the offset is unknown, so nothing to compare
        (la, ha), (lb, hb) = interval_of(a), interval_of(b)  # « vers 14 h » is 13.75–14.25; "at 14:06" one minute
        if la == ha and lb == hb and not (_on_the_hour(la) or _on_the_hour(lb)):
            return abs(la - lb) < 1e-6  # two times told to the minute (11:46 and 11:47): no rounding between them
        slack = 0.1 if _on_the_hour(_interval_middle(la, ha)) or _on_the_hour(_interval_middle(lb, hb)) else 0.0
        return la - slack <= hb and lb - slack <= ha  # « vers 14 h » may be 14:20; « vers 22h22 » is not 22:15
    if a.what == "place":
        near = bool(a.low and b.low and max(a.low, b.low) <= NEAR_KM)
        return _directions_agree(a.value, b.value, exact=near) and _distances_agree(a.low, b.low)
    if a.what == "stance":
        return frozenset({a.value, b.value}) not in OPPOSED_POSITIONS
    if a.what == "name":
        return names.same_name(a.value, b.value)
    return a.value == b.value


def _interval_middle(low: float, high: float) -> float:
    return (low + high) / 2 if math.isfinite(low) and math.isfinite(high) else low


def _on_the_hour(hour: float) -> bool:
    """A clock time said as a round hour (« à 14 h », "at 2 pm"), which may round a time a few minutes off."""
    return math.isfinite(hour) and abs(hour * 60 - round(hour) * 60) < 1e-6


_NIGHT = re.compile(r"\((\w+)–(\w+)\)")


def _night_of(a: Assertion) -> tuple[float | None, str] | None:
    """A two-day span (« la nuit du lundi 9 au mardi 10 », « de mardi à mercredi »): its first day, when placed, and
    its first weekday, when the words give one; None for one day or a longer span."""
    named = _NIGHT.search(a.value)
    if a.low is not None and a.high is not None:
        return (a.low, named.group(1) if named else "") if a.high - a.low == 1 else None
    return (None, named.group(1)) if named else None


def _two_nights(a: Assertion, b: Assertion) -> bool:
    na, nb = _night_of(a), _night_of(b)
    if na is None or nb is None:
        return False
    if na[0] is not None and nb[0] is not None:
        return na[0] != nb[0]
    return bool(na[1] and nb[1]) and na[1] != nb[1]


def _month_day(value: str) -> str | None:
    """« --06-12 » or « 2025-06-12 » → "06-12" (the first day of a range); None for a weekday alone."""
    m = re.match(r"(?:\d{4}|-)-(\d{2}-\d{2})", value)
    return m.group(1) if m else None


def weekdays_in(value: str) -> set[str]:
    """The weekdays a date's value names: one, or a night's two (« (mardi–mercredi) »)."""
    if "(" not in value or ")" not in value:
        return set()
    return set(value[value.index("(") + 1 : value.index(")")].split("–"))


def _direction(value: str) -> str:
    return value.split()[-1]


NEAR_KM = 50.0  # a place this near another is placed by a compass point exactly (see claims_agree)
_COMPASS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"]


def _directions_agree(a: str, b: str, exact: bool = False) -> bool:
    """One compass point apart is a rounding ("about 500 km west" and « au sud-ouest »), unless `exact`: « à 18 km au
    sud-est de Hualien » and "18 km south of Hualien" are 14 km apart, a near place's direction is no rounding."""
    da, db = _direction(a), _direction(b)
    if da not in _COMPASS or db not in _COMPASS:
        return da == db
    steps = abs(_COMPASS.index(da) - _COMPASS.index(db))
    return min(steps, 8 - steps) <= (0 if exact else 1)


def _distances_agree(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= 5.0 or max(a, b) <= 1.3 * min(a, b)  # « une vingtaine de km » and 18 km agree; 18 and 35 not


def ratio_of(a: Assertion, b: Assertion) -> float:
    """How many times the larger of two counts is the smaller; 0 when either is unknown or not above zero."""
    x, y = nominal_of(a), nominal_of(b)
    if not (math.isfinite(x) and math.isfinite(y)) or min(x, y) <= 0:
        return 0.0
    return max(x, y) / min(x, y)
