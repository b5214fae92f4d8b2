"""Where a sentence puts something, French or English: a direction and a distance from an anchor place (« à 30 km
au nord de Gao », "20 miles south of the capital"), a part of a country (« dans le nord-est du pays », "in
northern Mali"), and the region a place is in (« dans la région de Mopti », "in Borno state").

Anchors and regions are read generically, as the capitalised name after « de / du / d' » or "of" (or a common
noun for the country, the capital, the town), never from a list of places. Directions are canonical English
compass points ("north", "north-east", …, "centre"); distances are kilometres (miles converted, « une
soixantaine de kilomètres » read as 60). Capitalised compound names (« Nord-Kivu », "South Sudan", "West Bank")
are names, not directions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.claims.figures import flat, number_in


@dataclass(frozen=True)
class Place:
    """One location statement of a sentence."""

    anchor: str | None  # the place a direction or distance is relative to, as written (« Gao », « pays »)
    direction: str | None  # "north", "south", "east", "west", "north-east", …, "centre"
    distance_km: float | None  # « à 30 km au nord de »; "20 miles south of" is 32.2
    region: str | None  # « dans la région de X », "in X province": X as written
    span: tuple[int, int]


_DIRECTIONS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "nord-est": "north-east",
    "nord-ouest": "north-west", "sud-est": "south-east", "sud-ouest": "south-west", "centre": "centre",
    "north": "north", "south": "south", "east": "east", "west": "west", "north-east": "north-east",
    "northeast": "north-east", "north east": "north-east", "north-west": "north-west", "northwest": "north-west",
    "north west": "north-west", "south-east": "south-east", "southeast": "south-east", "south east": "south-east",
    "south-west": "south-west", "southwest": "south-west", "south west": "south-west", "center": "centre",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "centre",
    "north-eastern": "north-east", "northeastern": "north-east", "north-western": "north-west",
    "northwestern": "north-west", "south-eastern": "south-east", "southeastern": "south-east",
    "south-western": "south-west", "southwestern": "south-west",
}  # fmt: skip
_ANGLE = {"north": 0, "north-east": 45, "east": 90, "south-east": 135, "south": 180, "south-west": 225, "west": 270,
          "north-west": 315}  # fmt: skip


def opposite(direction: str) -> str:
    """The way back: "south-west" from A to B is "north-east" from B to A; "centre" and unknowns stay."""
    if direction not in _ANGLE:
        return direction
    return next(d for d, a in _ANGLE.items() if a == (_ANGLE[direction] + 180) % 360)


_FR_DIR = r"nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest|centre"
_EN_DIR = (r"north-east|northeast|north east|north-west|northwest|north west|south-east|southeast|south east|"
           r"south-west|southwest|south west|north|south|east|west|centre|center")  # fmt: skip
_EN_ADJ = (r"north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|"
           r"southwestern|northern|southern|eastern|western|central")  # fmt: skip
_NUM = r"(?:\d+(?:[.,]\d+)?|une?\s+[a-z]+aine|[a-z]+(?:-[a-z]+)*)"
_QUAL = r"(?:(?:environ|quelque|pres de|plus de|moins de|about|some|around|nearly|roughly|approximately|more than|" \
        r"less than|over|just|une distance de|a distance of)\s+)?"  # fmt: skip
_UNIT = r"(?:km|kms|kilometres?|kilometers?|miles?|mi)"
_DISTANCE = rf"(?P<dist>{_QUAL}{_NUM}\s*(?:de\s+|d')?(?P<unit>{_UNIT}))"
# read backwards from a direction or a unit: « à 30 km » before « au nord de », "20 miles" before "south of"
_DISTANCE_BEFORE = re.compile(rf"(?:\ba\s+)?\b{_DISTANCE}(?:\s*\([^()]{{1,30}}\))?\s+$")  # ("130 km (80 miles) west")
_NUMBER_BEFORE = re.compile(rf"(?P<a>\ba\s+)?\b(?P<dist>{_QUAL}{_NUM})\s*(?:de\s+|d')?$")
# after the direction: « de Gao », « du pays », « de la ville de Gao », "of the capital"
_OF = r"\s+(?:de\s+la\s+(?:ville|localite|commune|region|province)\s+(?:de\s+|d')|du\s+village\s+(?:de\s+|d')|" \
      r"de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d'|of\s+(?:the\s+(?:town|city|village|region|province)\s+of\s+)?" \
      r"(?:the\s+)?)"  # fmt: skip
_FR_PLACE = re.compile(
    r"\b(?P<prep>au|a\s+l'|dans\s+le|dans\s+l'|vers\s+le|vers\s+l'|plus\s+au|en\s+direction\s+du|"
    rf"en\s+direction\s+de\s+l')\s*(?P<dir>{_FR_DIR})\b(?!-[a-z])(?P<of>{_OF})?"
)
_EN_PLACE = re.compile(
    rf"\b(?:(?:in|to|into|across)\s+the\s+)?(?P<dir>{_EN_DIR})\b(?!-[a-z])"
    r"(?P<of>\s+of\s+(?:the\s+(?:town|city|village|region|province)\s+of\s+)?(?:the\s+)?)"
)
_EN_ADJ_PLACE = re.compile(rf"\b(?:in|across|of)\s+(?:the\s+)?(?P<dir>{_EN_ADJ}|{_EN_DIR})\s+(?=(?-i:[A-Z]))",
                           re.IGNORECASE)  # fmt: skip
_FR_DISTANCE_ONLY = re.compile(rf"\b(?P<unit>{_UNIT})\s+(?P<of>de\s+la\s+|de\s+l'|du\s+|de\s+|d')")
_EN_DISTANCE_ONLY = re.compile(rf"\b(?P<unit>{_UNIT})\s+(?P<of>from|outside|away from)\s+(?:the\s+)?")
_FR_REGION = re.compile(
    r"\b(?:la|le|l')\s*(?P<kind>region|province|prefecture|departement|district|etat|cercle|commune|wilaya|"
    r"gouvernorat|comte|canton|arrondissement|territoire)\s+(?P<of>de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
)
_EN_REGION_OF = re.compile(
    r"\b(?:the\s+)?(?P<kind>region|province|state|district|county|prefecture|department|governorate|territory)"
    r"\s+of\s+"
)
_EN_REGION_AFTER = re.compile(
    r"\b(?:in|across|of)\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w'’-]*)(?:'s|’s)\s+)?(?:(?P<dir>" + _EN_ADJ + r")\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<kind>region|province|state|district|county|"
    r"governorate|prefecture)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*)){0,2}")
_COMMON_ANCHORS = re.compile(r"(pays|capitale|ville|territoire|frontiere|region|province|departement|localite|"
                             r"village|commune|country|capital|city|town|border|province|state)\b")  # fmt: skip
_SOURCE_BEFORE = re.compile(r"\b(?:selon|d'apres|par|aupres de|according to|by)\s*$")
_ANY = re.compile(r"\b(?:nord|sud|l'est|ouest|centr|north|south|east|west|km|kilom|miles?|region|province|prefecture|"
                  r"departement|district|etat|state|cercle|commune|wilaya|gouvernorat|county|comte|canton|"
                  r"arrondissement|territoire|territory|governorate|department)")  # fmt: skip


def _anchor(text: str, low: str, pos: int) -> tuple[str | None, int]:
    """The place named at `pos`: a capitalised name, or a common noun for the country, the capital, the town."""
    m = _NAME.match(text, pos)
    if m:
        name = m.group().rstrip("'’")
        name = re.sub(r"['’]s$", "", name)
        end = pos + len(name)
        return re.sub(r"^.*['’]s\s+", "", name), end  # "of Taiwan's Hualien city": Hualien
    c = _COMMON_ANCHORS.match(low, pos)
    if c:
        named = _APPOSED.match(text, c.end())
        if named and _NAME.match(text, named.end()) and not _NOT_A_NAME.match(text, named.end()):
            # « de la capitale Katmandou », "of the capital, Kathmandu": the name the noun stands before
            return _anchor(text, low, named.end())
        return text[c.start() : c.end()], c.end()
    return None, pos


_APPOSED = re.compile(r",?\s+(?=[A-ZÀ-ÖØ-Þ])")
# capitalised words after "the capital" that do not name it ("north of the capital Monday", "… the capital. The")
_NOT_A_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                         r"May|June|July|August|September|October|November|December|The|A|An|On|In|At|It|He|She|"
                         r"They|We|I|Le|La|Les|Un|Une|Il|Elle|Ils|Elles|Selon|According)\b")  # fmt: skip


def _km(phrase: str, unit: str) -> float | None:
    value = number_in(phrase)
    if value is None or not 0 < value < 50000:
        return None
    return round(value * (1.609344 if unit.startswith("mi") else 1.0), 1)


def places(text: str) -> tuple[Place, ...]:
    """The location statements of one sentence, in order. Never raises: what cannot be read is left out."""
    if not text:
        return ()
    low = flat(text)
    if not _ANY.search(low):
        return ()
    try:
        return _places(text, low)
    except (ValueError, OverflowError):
        return ()


def _places(text: str, low: str) -> tuple[Place, ...]:
    found: list[tuple[int, int, Place]] = []

    def add(start: int, end: int, anchor, direction, km, region) -> None:
        found.append((start, end, Place(anchor, direction, km, region, (start, end))))

    for pattern in (_FR_PLACE, _EN_PLACE):
        for m in pattern.finditer(low):
            word = text[m.start("dir") : m.end("dir")]
            if pattern is _EN_PLACE and word[:1].isupper() and not m.group("of"):
                continue
            if pattern is _FR_PLACE and m.group("dir") == "est" and not m.group("prep").endswith("'"):
                continue  # « est » after « au » / « dans le » is the verb
            direction = _DIRECTIONS[m.group("dir")]
            start, km = m.start(), None
            dist = _DISTANCE_BEFORE.search(low, max(0, start - 50), start)
            if dist:
                start, km = dist.start(), _km(dist.group("dist"), dist.group("unit"))
            anchor, end = (None, m.end("dir"))
            if m.group("of"):
                anchor, end2 = _anchor(text, low, m.end("of"))
                end = end2 if anchor else end
            add(start, end, anchor, direction, km, None)
    for m in _EN_ADJ_PLACE.finditer(text):
        word = m.group("dir")
        if word[:1].isupper() and not word.lower().endswith(("ern", "al")):
            continue  # "in South Sudan": a name
        anchor, end = _anchor(text, low, m.end())
        if anchor:
            add(m.start(), end, anchor, _DIRECTIONS[flat(word)], None, None)
    for pattern in (_FR_DISTANCE_ONLY, _EN_DISTANCE_ONLY):
        for m in pattern.finditer(low):
            number = _NUMBER_BEFORE.search(low, max(0, m.start() - 40), m.start())
            if not number or (pattern is _FR_DISTANCE_ONLY and not number.group("a")):
                continue  # « 30 km de routes » is a length; « à 30 km de Gao » a location
            anchor, end = _anchor(text, low, m.end())
            km = _km(number.group("dist"), m.group("unit"))
            if anchor and km is not None:
                add(number.start(), end, anchor, None, km, None)
    for pattern in (_FR_REGION, _EN_REGION_OF):
        for m in pattern.finditer(low):
            if _SOURCE_BEFORE.search(low, max(0, m.start() - 16), m.start()):
                continue  # « selon la préfecture du Rhône »: an authority that speaks, not where something is
            name, end = _anchor(text, low, m.end())
            if name and name[:1].isupper():
                add(m.start(), end, None, None, None, name)
    for m in _EN_REGION_AFTER.finditer(text):
        name = m.group("name")
        if not name[:1].isupper():
            continue
        direction = _DIRECTIONS.get(flat(m.group("dir"))) if m.group("dir") else None
        add(m.start(), m.end(), None, direction, None, name)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[Place] = []
    last_end = -1
    for start, end, place in found:
        if start < last_end:
            continue
        if out and re.fullmatch(r"[\s,]*(?:dans|in)?[\s,]*", low[out[-1].span[1] : start]) and (
                place.region and not out[-1].region and place.direction is None):  # fmt: skip
            prev = out.pop()  # « au nord de Gao, dans la région de Tombouctou »: one place
            place = Place(prev.anchor, prev.direction, prev.distance_km, place.region, (prev.span[0], end))
        out.append(place)
        last_end = end
    return tuple(out)


def _same_name(a: str | None, b: str | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and flat(a).strip() == flat(b).strip())


def conflicting(a: Place, b: Place) -> bool:
    """Whether two statements about one place disagree: directions a quarter turn or more apart from the same anchor
    (north vs south or east; north vs north-east is a rounding), distances from the same anchor more than 1.5
    times and 10 km apart (30 vs 35 km agree, 30 vs 120 do not), or two different regions."""
    if a.region and b.region and not _same_name(a.region, b.region):
        return True
    if not _same_name(a.anchor, b.anchor):
        return False
    if a.direction in _ANGLE and b.direction in _ANGLE:
        turn = abs(_ANGLE[a.direction] - _ANGLE[b.direction]) % 360
        if min(turn, 360 - turn) >= 90:
            return True
    if a.distance_km and b.distance_km:
        small, large = sorted((a.distance_km, b.distance_km))
        if large > 1.5 * small and large - small > 10:
            return True
    return False


# --- routes: where a journey comes from or goes to ------------------------------------------------------------------

# A vehicle on a journey (« le vol AI171 », "the plane"): only then is « de X » / "from X" where it comes from.
_VEHICLE = re.compile(r"\b(?:vols?|avions?|appareils?|trains?|navires?|bateaux?|bateau|ferry|bus|cars?|convois?|"
                      r"flights?|planes?|aircraft|airliners?|jets?|ships?|vessels?|boats?|ferries|convoys?|"
                      r"boeing|airbus|dreamliner)\b")  # fmt: skip
_NAMED = r"(?P<name>[^\W\d_][\w'-]*)"  # over flat text; the caller checks it is capitalised in the sentence
_ROUTE = (
    ("from", re.compile(r"\b(?:en\s+provenance|au\s+depart|venant|venu|partie?|decolle|arrivant|arrive)\s+"
                        r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')" + _NAMED)),
    ("to", re.compile(r"\b(?:a\s+destination|en\s+route\s+(?:vers|pour)|en\s+partance\s+pour|direction)\s+"
                      r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|vers\s+|pour\s+)?" + _NAMED)),
    ("from", re.compile(r"\b(?:coming|arriving|departing|flying|travell?ing|originating|inbound)\s+(?:in\s+)?from\s+"
                        r"(?:the\s+)?" + _NAMED)),
    ("to", re.compile(r"\b(?:bound\s+for|en\s+route\s+to|headed\s+(?:to|for)|heading\s+(?:to|for)|destined\s+for|"
                      r"flying\s+to|travell?ing\s+to|departing\s+for|(?:was|were)\s+going\s+to)\s+(?:the\s+)?" + _NAMED)),
)
_ROUTE_ANY = re.compile(r"provenance|depart|venant|venu|parti|decolle|arriv|destination|en route|partance|direction|"
                        r"coming|departing|flying|travel|originating|inbound|bound|headed|heading|destined|going")


@dataclass(frozen=True)
class Route:
    """Where a journey named in the sentence comes from ("from") or goes to ("to")."""

    place: str  # as written (« Londres », "London Gatwick")
    way: str  # "from" or "to"
    span: tuple[int, int]


def routes(text: str) -> tuple[Route, ...]:
    """The origins and destinations of a journey the sentence names a vehicle of (« le vol AI171 en provenance de
    Londres », "Flight 171 was bound for London"). Never raises; a sentence naming no vehicle has none."""
    if not text:
        return ()
    low = flat(text)
    if not _ROUTE_ANY.search(low) or not _VEHICLE.search(low):
        return ()
    found = []
    for way, pattern in _ROUTE:
        for m in pattern.finditer(low):
            name = text[m.start("name") : m.end("name")]
            if not name[:1].isupper():
                continue  # the pattern ran over lower-case text: no name
            found.append(Route(name, way, (m.start(), m.end("name"))))
    return tuple(sorted(found, key=lambda r: r.span))


# --- sides of a thing: left or right -----------------------------------------------------------------------------

_LATERAL = re.compile(
    r"\b(?:(?:a|sur)\s+(?:l'(?:avant|arriere)\s+|la\s+)?(?P<fr>droite|gauche)\b(?!\s+(?:a|et)\b)"
    r"|(?:cote|flanc)\s+(?P<fr2>droit|gauche)\b"
    r"|(?:on|to)\s+the\s+(?:front\s+|rear\s+|back\s+)?(?P<en>left|right)\b"
    r"|(?P<en2>left|right)(?:-hand)?\s+side\b)"
)
_WAYS = {"droite": "right", "droit": "right", "gauche": "left", "left": "left", "right": "right"}
# What a side or a place is of, when it is named by a code (« le siège 11A », « le clade 1b », "gate B12"): the code.
CODE = re.compile(r"\b(?:\d{1,3}[A-Da-d]|[A-Z]{1,2}\d{2,4})\b")


@dataclass(frozen=True)
class Lateral:
    """A thing placed on the left or the right (of a vehicle, a building), the thing named by its code."""

    thing: str  # the code (« 11A »)
    way: str  # "left" or "right"
    span: tuple[int, int]


def laterals(text: str) -> tuple[Lateral, ...]:
    """« le siège 11A, à l'avant gauche de l'appareil », "seat 11A, on the right side": the side a coded thing of
    the sentence is on (the nearest code before the words of side, else after). Never raises; no code, none."""
    if not text:
        return ()
    low = flat(text)
    codes = [(m.start(), m.group()) for m in CODE.finditer(text)]
    if not codes:
        return ()
    out = []
    for m in _LATERAL.finditer(low):
        word = m.group("fr") or m.group("fr2") or m.group("en") or m.group("en2")
        before = [c for c in codes if c[0] < m.start()]
        thing = (before[-1] if before else codes[0])[1]
        out.append(Lateral(thing.lower(), _WAYS[word], (m.start(), m.end())))
    return tuple(out)
