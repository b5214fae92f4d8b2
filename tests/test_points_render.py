"""Points of the claims ledger in the terminal report, the digest and the JSON: disputed points first, then the
findings, then timelines of updates, then agreements; hostile article text stays text; output is deterministic."""

from __future__ import annotations

import io
import json

from rich.console import Console

from checker.records import Article, Claim, Finding, Point, PointClaim, Reason, Report, Verdict
from checker.render import console, jsonout, markdown
from checker.review.store import with_reviews

HOSTILE = "Selon l'armée | `rm -rf` <script>alert(1)</script> [bold red]40[/] morts"
HOSTILE_HOLDER = "[blink]protection[/blink] | `civile` <b>"


def _pc(article: str, source: str, text: str, value: str, word: str, *, date=None, holder=None, as_of=None,
        hedge: str | None = None) -> PointClaim:  # fmt: skip
    s = text.index(word)
    hedges = ((text.index(hedge), text.index(hedge) + len(hedge)),) if hedge else ()
    return PointClaim(source, article, date, text, 10, 10 + len(text), value, holder, as_of, ((s, s + len(word)),), hedges)


def points_report(*, hostile: bool = False) -> Report:
    """Three outlets on one attack: a conflict on the toll, a dispute army vs NGO, an update, an agreement."""
    first = HOSTILE if hostile else "Selon l'armée, l'attaque a fait 40 morts à Kidal."
    conflict = Point(
        "P-c000000001", "conflict", "figure", "morts", 0.8,
        (Reason("numbers", "40 vs 12 morts, same day", 0.6),),
        (
            _pc("a.txt", "Alpha", "L'attaque a fait 40 morts à Kidal.", "40", "40 morts", date="2026-02-02"),
            _pc("b.txt", "Beta", "L'attaque a fait 12 morts à Kidal, dit-on.", "12", "12 morts", hedge="dit-on"),
        ),
        pairs=((0, 1, "conflict"),),
    )  # fmt: skip
    dispute = Point(
        "P-d000000002", "dispute", "figure", "civils tués", 0.7,
        (Reason("holders", "the army and an NGO disagree", 0.5),),
        (
            _pc("a.txt", "Alpha", first, "40", "40", date="2026-02-02", holder="armée", as_of="2026-02-01"),
            _pc("c.txt", "Gamma", "Pour Human Rights Watch, 120 civils ont été tués.", "120", "120",
                holder="Human Rights Watch", as_of="2026-02-01"),
            _pc("b.txt", "Beta", "L'armée parle de 38 civils tués.", "38", "38", holder="armée", as_of="2026-02-01"),
        ),
        pairs=((0, 1, "dispute"), (0, 2, "agreement"), (1, 2, "dispute")),
    )  # fmt: skip
    update = Point(
        "P-u000000003", "update", "figure", "blessés", 0.4,
        (Reason("time", "one holder, later figures", 0.0),),
        (
            _pc("c.txt", "Gamma", "Le bilan est passé à 75 blessés mardi.", "75", "75 blessés",
                holder=HOSTILE_HOLDER if hostile else "protection civile", as_of="2026-02-03"),
            _pc("a.txt", "Alpha", "On comptait 30 blessés lundi soir.", "30", "30 blessés", date="2026-02-02",
                holder="protection civile", as_of="2026-02-02T20"),
            _pc("b.txt", "Beta", "Un premier bilan faisait état de 12 blessés.", "12", "12 blessés",
                holder="protection civile", as_of="2026-02-01"),
        ),
        pairs=((0, 1, "update"), (0, 2, "update"), (1, 2, "update")),
    )  # fmt: skip
    agreement = Point(
        "P-a000000004", "agreement", "place", "lieu de l'attaque", 0.9, (Reason("place", "same town", 0.0),),
        (
            _pc("a.txt", "Alpha", "L'attaque a eu lieu à Kidal.", "Kidal", "Kidal", date="2026-02-02"),
            _pc("c.txt", "Gamma", "C'est à Kidal que l'attaque s'est produite.", "Kidal", "Kidal"),
        ),
        pairs=((0, 1, "agreement"),),
    )  # fmt: skip
    claim_a = Claim("Alpha", "a.txt", "2026-02-02", "Le gouvernement exige un cessez-le-feu.", 0, 39)
    claim_b = Claim("Beta", "b.txt", None, "Le gouvernement tolère les combats.", 0, 35)
    finding = Finding("F-f000000005", 0.6, "gouvernement", 0.8, (claim_a, claim_b), (Reason("stance", "exige vs tolère", 0.6),))
    articles = (
        Article("a.txt", "a.txt", "Alpha", "x", ((0, 1),), date="2026-02-02"),
        Article("b.txt", "b.txt", "Beta", "x", ((0, 1),), date_inferred="2026-02-02"),
        Article("c.txt", "c.txt", "Gamma", "x", ((0, 1),)),
    )
    return Report(articles, (), (), (), (finding,), points=(conflict, dispute, update, agreement))


def console_text(report: Report, width: int = 100) -> str:
    con = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    for part in console.render(report):
        con.print(part)
    return con.export_text()


def test_digest_opens_with_disputed_points_then_findings_then_timelines_then_agreements():
    md = markdown.render(points_report())
    order = [md.index(s) for s in ("P-c000000001", "P-d000000002", "F-f000000005", "P-u000000003", "P-a000000004")]
    assert order == sorted(order)
    sections = ("## Disputed points", "## Findings", "## Timelines", "## Where the sources agree")
    assert [md.index(s) for s in sections] == sorted(md.index(s) for s in sections)
    assert "**Points:** 1 conflict, 1 dispute, 1 update, 1 agreement" in md


def test_console_opens_with_disputed_points_then_findings_then_timelines_then_agreements():
    out = console_text(points_report())
    order = [out.index(s) for s in ("P-c000000001", "P-d000000002", "F-f000000005", "P-u000000003", "P-a000000004")]
    assert order == sorted(order)
    assert "1 conflict, 1 dispute, 1 update, 1 agreement" in out


def test_update_is_a_timeline_in_as_of_order():
    md = markdown.render(points_report())
    timeline = md[md.index("## Timelines") : md.index("## Where the sources agree")]
    rows = [line.split(" | ") for line in timeline.splitlines() if line.startswith("| ") and "2026" in line]
    assert [r[1] for r in rows] == ["2026-02-01", "2026-02-02T20", "2026-02-03"]  # as of, earliest first
    assert [r[2] for r in rows] == ["12", "30", "75"]
    assert [r[5] for r in rows] == ["", "update of 1 (Beta)", "update of 1 (Beta), 2 (Alpha)"]
    out = console_text(points_report())
    section = out[out.index("P-u000000003") :]
    assert section.index("12 blessés") < section.index("30 blessés") < section.index("75 blessés")


def test_an_item_is_a_ledger_each_claim_marked_against_the_others():
    md = markdown.render(points_report())
    dispute = md[md.index("P-d000000002") : md.index("## Findings")]
    rows = [line.split(" | ") for line in dispute.splitlines() if line.startswith("| ") and "2026" in line]
    assert [(r[2], r[3], r[5]) for r in rows] == [
        ("38", "armée", ""),  # one moment: by article date (undated first), then file
        ("120", "Human Rights Watch", "dispute with 1 (Beta)"),
        ("40", "armée", "dispute with 2 (Gamma); = agrees with 1 (Beta)"),
    ]
    out = " ".join(console_text(points_report()).split())
    panel = out[out.index("P-d000000002") : out.index("F-f000000005")]
    assert "Human Rights Watch" in panel and "dispute with 1 (Beta)" in panel


def test_each_claim_shows_its_date_and_an_inferred_date_is_marked():
    md = markdown.render(points_report())
    conflict = md[md.index("P-c000000001") : md.index("P-d000000002")]
    assert "2026-02-02" in conflict and "≥ 2026-02-02 (inferred)" in conflict  # Beta's article date is inferred
    assert "≥ 2026-02-02 (inferred)" in console_text(points_report())
    assert "date unknown" in md  # Gamma has no date at all


def test_value_words_and_hedges_are_highlighted():
    md = markdown.render(points_report())
    assert "**40 morts**" in md and "*dit-on*" in md
    con = Console(file=io.StringIO(), width=100, record=True, color_system="truecolor")
    for part in console.render(points_report()):
        con.print(part)
    html = con.export_html(inline_styles=True)
    assert "12 morts" in html and "underline" in html


def test_hostile_text_in_a_point_claim_stays_literal():
    report = points_report(hostile=True)
    md = markdown.render(report)
    assert "<script>" not in md and "\\<script\\>" in md
    quote = next(line for line in md.splitlines() if "rm -rf" in line)
    assert "\\|" in quote and "\\`rm -rf\\`" in quote and "\\[bold red\\]" in quote
    assert "\\[blink\\]protection\\[/blink\\] \\| \\`civile\\` \\<b\\>" in md  # a holder in the timeline table
    out = console_text(report)
    assert "[bold red]40[/]" in out and "<script>alert(1)</script>" in out
    assert "[blink]protection[/blink] | `civile` <b>" in out


def test_digest_and_console_are_byte_identical_across_renders():
    assert markdown.render(points_report()) == markdown.render(points_report())
    assert console_text(points_report()) == console_text(points_report())
    assert jsonout.render(points_report()) == jsonout.render(points_report())


def test_console_fits_80_and_100_columns():
    for width in (80, 100):
        out = console_text(points_report(hostile=True), width=width)
        assert max(len(line) for line in out.splitlines()) <= width
        assert "Human Rights Watch" in " ".join(out.split()) and "dispute with" in " ".join(out.split())
        assert "P-u000000003" in out and "F-f000000005" in out


def test_json_points_have_exactly_the_documented_keys():
    data = json.loads(jsonout.render(points_report()))
    assert [p["id"] for p in data["points"]] == ["P-c000000001", "P-d000000002", "P-u000000003", "P-a000000004"]
    p = data["points"][0]
    assert list(p) == ["id", "kind", "subject", "what", "score", "reasons", "claims", "pairs", "review"]
    assert p["pairs"] == [{"a": 0, "b": 1, "relation": "conflict"}]
    assert p["kind"] == "conflict" and p["subject"] == "morts" and p["review"] is None
    claim = p["claims"][0]
    assert list(claim) == ["article", "source", "date", "text", "start", "end", "value", "holder", "as_of",
                           "as_of_basis", "counted", "side", "scope", "event", "reporter"]  # fmt: skip
    assert claim["holder"] is None and claim["as_of"] is None and claim["as_of_basis"] is None
    assert claim["value"] == "40"
    assert data["points"][1]["claims"][0]["holder"] == "armée"
    assert [a["date_inferred"] for a in data["articles"]] == [None, "2026-02-02", None]


def test_json_review_and_hidden_points():
    verdicts = {
        "P-d000000002": Verdict("P-d000000002", "confirmed", "HRW a publié sa liste", "ana", "2026-02-04T00:00:00+00:00"),
        "P-c000000001": Verdict("P-c000000001", "dismissed", "", "ana", "2026-02-04T00:00:00+00:00"),
    }
    data = json.loads(jsonout.render(with_reviews(points_report(), verdicts)))
    assert "P-c000000001" not in [p["id"] for p in data["points"]]
    assert data["review"]["dismissed_points_not_shown"] == ["P-c000000001"]
    dispute = next(p for p in data["points"] if p["id"] == "P-d000000002")
    assert dispute["review"] == {"verdict": "confirmed", "note": "HRW a publié sa liste", "reviewer": "ana",
                                 "at": "2026-02-04T00:00:00+00:00"}  # fmt: skip
    assert data["review"]["counts"] == {"confirmed": 1, "dismissed": 1, "unsure": 0, "open": 2}


def test_a_report_without_points_renders_as_before():
    report = points_report()
    bare = Report(report.articles, (), (), (), report.findings)
    md = markdown.render(bare)
    assert "## Disputed points" not in md and "## Timelines" not in md
    assert json.loads(jsonout.render(bare))["points"] == []
