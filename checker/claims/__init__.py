"""Claims: each sentence read as atomic claims (a figure, a date, a weekday or time, a place, a stance) that can be
grouped across outlets and compared.

Modules:
  figures   quantities: the interval the words allow, qualifier, counted noun and its cross-language concept
  when      dates, weekdays, times of day and relative days, resolved against the article's date
  places    directions, distances and regions relative to an anchor place
  actors    whose stance or action a claim is, and who states it
  extract   Sentence -> Assertion: the readers above applied to one sentence
  values    whether two values of one thing agree (intervals, rounding, days, times, directions, stances)
  holder_names  who holds a claim, under their many names
  marks     the mark between two claims of one thing: agree, conflict, dispute or update
  points    assertions from different sources about one thing, grouped into items and marked
"""
