"""Numbers made one token before parsing, with the text's length kept: « 2 012 » → « 2_012 », « 1,28 million » →
« 1,28_million ». Offsets into the glued text are offsets into the original."""

from __future__ import annotations

import re

# digits grouped by (non-breaking) spaces: « 2 012 », « 1 200 000 »; not a year after a day (« 12 2024 » is rare
# and harmless: it stays one token)
_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])")
# a number and its scale word: « 1,28 million », « 3,5 milliards », "2.1 billion"
_SCALED = re.compile(
    r"(?<![\w,.])(\d+(?:[.,]\d+)?)([ \u00a0\u202f])(millions?|milliards?|billions?|trillions?|thousand|mille)\b",
    re.I,
)


# a French sentence opening on a capital A without its accent (« A Athènes, … », « A la suite de … »): the
# preposition « À » (the verb « a » does not open a sentence), which the parser otherwise reads as a noun
_FRENCH_OPENING_A = re.compile(r"^([\W_]{0,3})A(?=[ \u00a0])")


def glue(text: str, lang: str = "") -> str:
    """The text with the spaces inside numbers replaced by `_` (same length); French: an opening « A » as « À »."""
    if lang == "fr":
        text = _FRENCH_OPENING_A.sub(lambda m: m.group(1) + "À", text)
    out = _GROUPED.sub(lambda m: re.sub(r"[ \u00a0\u202f\u2009]", "_", m.group()), text)
    return _SCALED.sub(lambda m: f"{m.group(1)}_{m.group(3)}", out)
