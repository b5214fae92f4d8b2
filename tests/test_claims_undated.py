"""An undated page dated by the toll it shares with pages dated to the day (claims/undated.py), as a reviewer sees
it in the item's ledger."""

from __future__ import annotations

import json
from dataclasses import replace

from checker.claims.points import build_points
from checker.claims.undated import dated_by_elapsed_time, dated_by_their_tolls
from checker.records import Article, Assertion, Report, Sentence
from checker.render import as_of_text, jsonout, markdown
from checker.review.sheets import claim_line


def _story(rows):
    """rows: (article, page date or None, text, [(key, value, low, holder, as_of)]) → articles, sentences, claims."""
    articles, sentences, claims = {}, [], []
    for name, date, text, figures in rows:
        articles.setdefault(name, Article(path=name, name=name, source=name.split(".")[0], text=text,
                                          spans=((0, len(text)),), date=date))  # fmt: skip
        index = len(sentences)
        sentences.append(Sentence(index=index, article=name, source=name.split(".")[0], start=0, end=len(text),
                                  text=text))  # fmt: skip
        for key, value, low, holder, as_of in figures:
            at = max(text.find(value), 0)
            claims.append(Assertion(sentence=index, what="figure", key=key, subject="morts", value=value,
                                    span=(at, at + len(value)), low=low, high=low, holder=holder, as_of=as_of))
    return list(articles.values()), sentences, claims


DEAD, INJURED = "figure|dead||", "figure|injured||"
RISING = [
    ("a.md", "2031-05-11", "Selon le ministère, le séisme a fait 119 morts.", [(DEAD, "119", 119, "le ministère", "2031-05-11")]),
    ("b.md", "2031-05-12", "Le séisme a fait 157 morts.", [(DEAD, "157", 157, None, "2031-05-12")]),
    ("c.md", None, "Le bilan du séisme s'élève à 157 morts et 40 blessés.",
     [(DEAD, "157", 157, None, None), (INJURED, "40", 40, None, None)]),
]  # fmt: skip


def _items(rows):
    articles, sentences, claims = _story(rows)
    return build_points(claims, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)


def test_an_undated_page_giving_the_next_day_s_toll_is_a_step_of_the_timeline_not_a_conflict():
    """The ministry's 119 on the 11th, 157 on a page of the 12th, and an undated page giving 157: the undated page
    was written when 157 was the toll, so against the ministry's 119 it is the toll gone on. Without its day, the
    ministry's count and an outlet's own of unknown time were two counts of one moment: a conflict."""
    (item,) = _items(RISING)
    assert item.kind == "update"
    undated = [c for c in item.claims if c.article == "c.md"]
    assert [(c.as_of, c.as_of_basis) for c in undated] == [("2031-05-12", "toll")]
    assert as_of_text(undated[0]) == "≈ 2031-05-12 (inferred)"  # never shown as the page's own day

    # the same page, had no dated page given its toll: its time stays unknown, and so does the order
    other = [RISING[0], ("b.md", "2031-05-12", "Le séisme a fait 160 morts.", [(DEAD, "160", 160, None, "2031-05-12")]),
             RISING[2]]  # fmt: skip
    (item,) = _items(other)
    assert item.kind == "conflict"
    assert [c.as_of for c in item.claims if c.article == "c.md"] == [None]


def test_the_page_is_dated_by_the_largest_toll_it_gives_and_all_its_figures_hold_then():
    """« 37 morts, contre 30 lundi »: the page knew 37, so the day 30 was given does not date it; its other
    figures of no known time (the injured) hold on the day found."""
    articles, sentences, claims = _story([
        ("a.md", "2031-05-11", "Le bilan est de 30 morts.", [(DEAD, "30", 30, None, "2031-05-11")]),
        ("b.md", "2031-05-13", "Le bilan est de 37 morts.", [(DEAD, "37", 37, None, "2031-05-13")]),
        ("c.md", None, "On compte 37 morts, contre 30 lundi, et 12 blessés.",
         [(DEAD, "37", 37, None, None), (DEAD, "30", 30, None, None), (INJURED, "12", 12, None, None)]),
    ])  # fmt: skip
    dated = [c for c in dated_by_their_tolls(claims, sentences, articles) if sentences[c.sentence].article == "c.md"]
    assert {c.as_of for c in dated} == {"2031-05-13"}
    assert all(c.as_of_inferred for c in dated)


def test_small_tolls_and_pages_dated_to_the_day_are_left_as_they_are():
    """A toll under ten is given for days on end: it dates no page. A page dated to the day keeps its own day."""
    articles, sentences, claims = _story([
        ("a.md", "2031-05-11", "Le bilan est de trois morts.", [(DEAD, "3", 3, None, "2031-05-11")]),
        ("c.md", None, "L'accident a fait trois morts.", [(DEAD, "3", 3, None, None)]),
        ("d.md", "2031-05-12", "Le bilan est de 157 morts.", [(DEAD, "157", 157, None, None)]),
        ("e.md", "2031-05-13", "Le bilan est de 157 morts.", [(DEAD, "157", 157, None, "2031-05-13")]),
    ])  # fmt: skip
    assert [(c.as_of, c.as_of_inferred) for c in dated_by_their_tolls(claims, sentences, articles)] == [
        ("2031-05-11", False), (None, False), (None, False), ("2031-05-13", False)]  # fmt: skip


def test_the_digest_and_the_json_say_the_day_is_inferred():
    articles, sentences, claims = _story(RISING)
    items = build_points(claims, sentences, articles, {a.name: a.name for a in articles}, lambda i, j: 0.5)
    report = Report(articles=tuple(articles), skipped=(), sentences=tuple(sentences), topics=(), findings=(),
                    agreements=(), points=tuple(items))  # fmt: skip
    assert "≈ 2031-05-12 (inferred)" in markdown.render(report)
    (late,) = [c for p in items for c in p.claims if c.article == "c.md"]
    assert "as of ≈ 2031-05-12 (inferred)" in claim_line(late)  # the review sheet's claims column says so too
    claims_out = [c for p in json.loads(jsonout.render(report))["points"] for c in p["claims"]]
    assert {(c["article"], c["as_of"], c["as_of_basis"]) for c in claims_out} == {
        ("a.md", "2031-05-11", None), ("b.md", "2031-05-12", None), ("c.md", "2031-05-12", "toll")}


def _blast_story(elapsed: str = "2", unit: str = "weeks", since: str = "explosion"):
    """A page of the 8th: the explosion of Saturday the 6th, 13 dead per the police; an undated page: « Deux
    semaines après l'explosion, la police a annoncé un bilan définitif de 47 morts », its only named day the 6th."""
    articles, sentences, claims = _story([
        ("a.md", "2031-07-08", "L'explosion du samedi 6 juillet a fait 13 morts, selon la police.",
         [(DEAD, "13", 13, "la police", "2031-07-08")]),
        ("b.md", None, f"{elapsed} {unit} après l'{since}, la police a annoncé un bilan définitif de 47 morts.",
         [(f"figure|duration|{unit}||since={since}", elapsed, float(elapsed), None, None),
          (DEAD, "47", 47, "la police", "2031-07-06")]),
    ])  # fmt: skip
    day = Assertion(sentence=0, what="date", key="date|#blast", subject="explosion", value="2031-07-06 (samedi)",
                    span=(16, 33), low=None, high=None, as_of="2031-07-08", about=("explosion",))  # fmt: skip
    claims = [day] + [c if c.as_of != "2031-07-06" else replace(c, as_of_floor=True) for c in claims]
    return articles, sentences, claims


def test_a_page_telling_how_long_after_the_event_it_is_holds_from_then_and_a_final_toll_is_no_conflict():
    """« Deux semaines après l'explosion … 47 morts » on a page whose only day named is the explosion's: the 47 is
    the toll two weeks on, an update of the police's 13 of the 8th, shown « ≥ 2031-07-20 (inferred) »; taken as
    of the 6th, it was a toll that fell from 47 to 13: a conflict."""
    articles, sentences, claims = _blast_story()
    (item,) = [p for p in build_points(claims, sentences, articles, {a.name: a.name for a in articles},
                                       lambda i, j: 0.5) if p.what == "figure"]  # fmt: skip
    assert item.kind == "update"
    (late,) = [c for c in item.claims if c.value == "47"]
    assert (late.as_of, late.as_of_basis, as_of_text(late)) == ("2031-07-20", "earliest", "≥ 2031-07-20 (inferred)")


def test_a_month_after_or_an_event_the_story_does_not_date_dates_nothing():
    for elapsed, unit, since in (("1", "months", "explosion"), ("2", "weeks", "inauguration")):
        articles, sentences, claims = _blast_story(elapsed, unit, since)
        (toll,) = [c for c in dated_by_elapsed_time(claims, sentences, articles) if c.value == "47"]
        assert toll.as_of == "2031-07-06"
