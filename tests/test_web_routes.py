"""`checker serve` route by route with Starlette's TestClient, the refusals included, and the self-contained
HTML report (`checker check --html`). The points are on a hand-made report (the pipeline does not fill them
yet); findings come from the pipeline with the fake embedder."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import zipfile
from html import unescape
from pathlib import Path

import pytest
from starlette.testclient import TestClient

import checker.embedding.factory as embed_mod
from checker.cli import main
from checker.compare.factory import get_scorer
from checker.config import DEFAULT
from checker.pipeline import check
from checker.records import Agreement, Article, Claim, Finding, Point, PointClaim, Reason, Report
from checker.render import html
from checker.review.store import ReviewStore, decide, with_reviews
from checker.web.app import CSP, create_app

from .conftest import FakeEmbedder, write

TOKEN = "test-token-0123456789"
BASE = "http://127.0.0.1:8765"

# ---- a hand-made report with points of every kind ----------------------------------------------------------

TEXTS = {
    "matin.txt": ("Le Matin", "2026-03-01",
                  "Bamako, 1er mars 2026 - Une explosion a détruit le dépôt de carburant de la zone industrielle.\n\n"
                  "Selon la protection civile, au moins 12 personnes sont mortes dans l'explosion du dépôt."),
    "soir.txt": ("Le Soir", "2026-03-01",
                 "La protection civile fait désormais état de 25 morts dans l'explosion du dépôt, a-t-elle dit jeudi soir.\n\n"
                 "L'explosion a eu lieu le 28 février 2026 à l'aube, selon les pompiers."),
    "veille.txt": ("La Veille", "2026-03-02",
                   "Le bilan de l'explosion du dépôt s'élève à 40 morts, selon la protection civile.\n\n"
                   "Le ministère de l'Intérieur confirme 40 morts, mais les rebelles affirment que 120 personnes ont péri.\n\n"
                   "L'explosion s'est produite le 1er mars 2026 à Bamako."),
}  # fmt: skip


def _article(name: str) -> Article:
    source, date, text = TEXTS[name]
    spans, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        spans.append((start, start + len(para)))
        pos = start + len(para)
    return Article(path=name, name=name, source=source, text=text, spans=tuple(spans), date=date, language="fr")


def _pc(name: str, sentence: str, value: str, mark: str, holder=None, as_of=None) -> PointClaim:
    source, date, text = TEXTS[name]
    start = text.index(sentence)
    m = sentence.index(mark)
    return PointClaim(source, name, date, sentence, start, start + len(sentence), value, holder, as_of, ((m, m + len(mark)),))


def _claim(name: str, sentence: str, hedges=()) -> Claim:
    source, date, text = TEXTS[name]
    start = text.index(sentence)
    return Claim(source, name, date, sentence, start, start + len(sentence), hedges)


S_MATIN = "Selon la protection civile, au moins 12 personnes sont mortes dans l'explosion du dépôt."
S_SOIR = "La protection civile fait désormais état de 25 morts dans l'explosion du dépôt, a-t-elle dit jeudi soir."
S_VEILLE = "Le bilan de l'explosion du dépôt s'élève à 40 morts, selon la protection civile."
S_MINISTRY = "Le ministère de l'Intérieur confirme 40 morts, mais les rebelles affirment que 120 personnes ont péri."
S_DATE_SOIR = "L'explosion a eu lieu le 28 février 2026 à l'aube, selon les pompiers."
S_DATE_VEILLE = "L'explosion s'est produite le 1er mars 2026 à Bamako."


def ledger_report() -> Report:
    articles = tuple(_article(n) for n in TEXTS)
    update = Point(
        "P-update0001", "update", "figure", "morts (explosion du dépôt)", 0.55,
        (Reason("update", "the civil protection's toll rises: 12 → 25 → 40"),),
        (_pc("matin.txt", S_MATIN, "≥ 12", "au moins 12", "protection civile", "2026-03-01T08"),
         _pc("soir.txt", S_SOIR, "25", "25", "protection civile", "2026-03-01T20"),
         _pc("veille.txt", S_VEILLE, "40", "40", "protection civile", "2026-03-02")),
    )  # fmt: skip
    dispute = Point(
        "P-dispute001", "dispute", "figure", "morts selon les parties", 0.8,
        (Reason("numbers", "the ministry says 40 dead, the rebels 120, at the same time"),),
        (_pc("veille.txt", S_MINISTRY, "40", "40", "ministère de l'Intérieur", "2026-03-02"),
         _pc("veille.txt", S_MINISTRY, "120", "120", "rebelles", "2026-03-02"),
         _pc("matin.txt", S_MATIN, "≥ 12", "au moins 12", "protection civile", "2026-03-01T08")),
    )  # fmt: skip
    conflict = Point(
        "P-conflict01", "conflict", "date", "date de l'explosion", 0.9,
        (Reason("dates", "28 February vs 1 March for the same explosion"),),
        (_pc("soir.txt", S_DATE_SOIR, "2026-02-28", "28 février 2026"),
         _pc("veille.txt", S_DATE_VEILLE, "2026-03-01", "1er mars 2026")),
    )  # fmt: skip
    agreement = Point(
        "P-agree00001", "agreement", "place", "lieu de l'explosion", 0.3, (Reason("place", "both say Bamako"),),
        (_pc("matin.txt", TEXTS["matin.txt"][2].split("\n\n")[0], "Bamako", "Bamako"),
         _pc("veille.txt", S_DATE_VEILLE, "Bamako", "Bamako")),
    )  # fmt: skip
    finding = Finding(
        "F-0000000001", 0.62, "explosion · dépôt · morts", 0.9,
        (_claim("matin.txt", S_MATIN, ((0, 26),)), _claim("veille.txt", S_MINISTRY)),
        (Reason("numbers", "different figures for the same count: « 12 » vs « 120 »", 0.5),
         Reason("hedge", "first claim hedged: « Selon la protection civile »")),
    )  # fmt: skip
    weak = Finding("F-0000000002", 0.35, "explosion · date", 0.8,
                   (_claim("soir.txt", S_DATE_SOIR), _claim("veille.txt", S_DATE_VEILLE)),
                   (Reason("dates", "different dates: « 28 février » vs « 1er mars »", 0.3),))  # fmt: skip
    agreed = Agreement(0.95, "explosion · dépôt", (_claim("matin.txt", S_MATIN), _claim("veille.txt", S_VEILLE)))
    return Report(articles=articles, skipped=(), sentences=(), topics=(), findings=(finding, weak), agreements=(agreed,),
                  points=(conflict, dispute, update, agreement), threshold=0.3, model="fake", scorer="rules")  # fmt: skip


ORDER = ["P-conflict01", "P-dispute001", "F-0000000001", "P-update0001", "F-0000000002", "P-agree00001"]


@pytest.fixture
def store(tmp_path) -> ReviewStore:
    return ReviewStore(tmp_path / "reviews.jsonl")


def client_for(report: Report, store: ReviewStore, **kw) -> TestClient:
    app = create_app(with_reviews(report, {}, show_dismissed=True), store, corpus="story", reviewer="ana",
                     csrf_token=TOKEN, **kw)  # fmt: skip
    return TestClient(app, base_url=BASE, raise_server_exceptions=False)


@pytest.fixture
def client(store) -> TestClient:
    return client_for(ledger_report(), store)


def row_ids(page: str) -> list[str]:
    return re.findall(r'<tr class="row[^"]*" data-id="([^"]+)"', page)


def post(client, item_id, verdict="confirmed", note="", token=TOKEN, as_json=True, **extra):
    data = {"verdict": verdict, "note": note, "reviewer": extra.pop("reviewer", "bea")}
    if token is not None:
        data["csrf"] = token
    headers = {"Accept": "application/json"} if as_json else {}
    headers.update(extra.pop("headers", {}))
    return client.post(f"/items/{item_id}/verdict", data=data, headers=headers, follow_redirects=False)


# ---- pages -------------------------------------------------------------------------------------------------


def test_overview_shows_counts_pictures_and_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == CSP and "unsafe-inline" not in CSP
    assert "script-src 'self'" in CSP and r.headers["x-frame-options"] == "DENY"
    page = r.text
    assert "3 used, 0 skipped" in page and "1 conflict, 1 dispute, 1 update, 1 agreement" in page
    # the source x source picture links each pair to its list
    assert 'href="/items?source=La+Veille&amp;source=Le+Matin"' in page
    assert 'href="/items?kind=agreement&amp;source=La+Veille&amp;source=Le+Matin"' in page
    # the timeline: the civil protection's toll as a curve, the dispute's claimants side by side
    svg = page[page.index('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"'):]
    assert svg.count("<polyline") >= 1
    assert "ministère de l&#39;Intérieur: 40" in svg and "rebelles: 120" in svg
    assert '<script src="/static/app.js"></script>' in page and "<script>" not in page


def test_items_strongest_first_agreements_last(client):
    r = client.get("/items")
    assert r.status_code == 200
    assert row_ids(r.text) == ORDER
    assert "Where these sources agree" in r.text


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=finding", ["F-0000000001", "F-0000000002"]),
        ("kind=dispute", ["P-dispute001"]),
        ("reason=dates", ["P-conflict01", "F-0000000002"]),
        ("source=Le+Soir", ["P-conflict01", "P-update0001", "F-0000000002"]),
        ("source=Le+Matin&source=La+Veille", ["P-dispute001", "F-0000000001", "P-update0001", "P-agree00001"]),
        ("min_score=0.6", ["P-conflict01", "P-dispute001", "F-0000000001"]),
        ("verdict=open&kind=update", ["P-update0001"]),
    ],
)
def test_items_filters(client, query, expected):
    r = client.get(f"/items?{query}")
    assert r.status_code == 200 and row_ids(r.text) == expected


def test_verdict_filter_and_badges_follow_the_store(client, store):
    decide(store, ledger_report().points[1], "dismissed", note="the rebels' figure is unsourced", reviewer="carl")
    assert row_ids(client.get("/items?verdict=dismissed").text) == ["P-dispute001"]
    assert "P-dispute001" not in row_ids(client.get("/items?verdict=open").text)


def many_findings(n: int) -> Report:
    base = ledger_report()
    f = base.findings[0]
    findings = tuple(dataclasses.replace(f, id=f"F-{k:010d}", score=round(1 - k / (2 * n), 4)) for k in range(n))
    return dataclasses.replace(base, findings=findings, points=())


def test_items_are_paginated(store):
    c = client_for(many_findings(120), store)
    first, third = c.get("/items"), c.get("/items?page=3")
    assert row_ids(first.text)[:2] == ["F-0000000000", "F-0000000001"] and len(row_ids(first.text)) == 50
    assert len(row_ids(third.text)) == 20 and "page 3 of 3" in third.text
    assert 'href="/items?page=2"' in first.text
    r = c.get("/items?page=4")
    assert r.status_code == 404 and "no page 4" in r.text


@pytest.mark.parametrize("query", ["kind=bogus", "min_score=abc", "min_score=2", "page=0", "page=x", "verdict=maybe"])
def test_malformed_filters_are_refused_with_a_message(client, query):
    r = client.get(f"/items?{query}")
    assert r.status_code == 400
    assert "Traceback" not in r.text and 'role="alert"' in r.text


def test_item_view_claims_in_their_paragraph_with_marks(client, store):
    decide(store, ledger_report().points[1], "unsure", note="ask the ministry", reviewer="carl")
    decide(store, ledger_report().points[1], "confirmed", reviewer="dana")
    r = client.get("/items/P-dispute001")
    assert r.status_code == 200
    page = r.text
    # the claim sits in its paragraph, its value marked, the hedge and the figures marked
    assert '<span class="claim value figure">120</span>' in page
    assert '<span class="claim hedge">Selon la protection civile</span>' in page
    assert "according to rebelles" in page and "as of 2026-03-02" in page
    assert "La Veille</b> · 2026-03-02 · <span class=\"article\">veille.txt</span> · characters" in page
    # reasons, the verdict form with its token, and what every reviewer decided, newest first
    assert "the ministry says 40 dead, the rebels 120" in page
    assert f'name="csrf" value="{TOKEN}"' in page
    history = page[page.index('<ul class="history">'):]
    assert history.index("dana") < history.index("carl") and "ask the ministry" in history
    assert re.search(r"<time>\d{4}-\d\d-\d\dT", history)
    # j/k neighbours in list order
    assert 'class="prev" rel="prev" href="/items/P-conflict01"' in page
    assert 'class="next" rel="next" href="/items/F-0000000001"' in page


def test_item_view_keeps_the_list_filters_for_j_and_k(client):
    page = client.get("/items/F-0000000001?kind=finding").text
    assert 'rel="next" href="/items/F-0000000002?kind=finding"' in page and 'rel="prev"' not in page


def test_unknown_item_is_a_404_page_and_json(client):
    r = client.get("/items/F-nope")
    assert r.status_code == 404 and "No item F-nope in this report" in r.text and "Traceback" not in r.text
    r = post(client, "F-nope")
    assert r.status_code == 404 and "No item F-nope" in r.json()["error"]


# ---- recording verdicts ---------------------------------------------------------------------------------


def test_a_verdict_is_appended_to_the_store_in_the_review_format(client, store):
    r = post(client, "P-update0001", "confirmed", note="toll confirmed by the civil protection")
    assert r.status_code == 200
    saved = r.json()["saved"]
    assert (saved["id"], saved["verdict"], saved["reviewer"]) == ("P-update0001", "confirmed", "bea")
    lines = store.path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert set(obj) == {"id", "verdict", "note", "reviewer", "at", "claims"}
    assert obj["note"] == "toll confirmed by the civil protection" and S_MATIN in obj["claims"]
    latest, _ = store.current()
    assert latest["P-update0001"].verdict == "confirmed"
    # the page shows it on the next load
    assert "toll confirmed by the civil protection" in client.get("/items/P-update0001").text


def test_a_form_post_without_javascript_redirects_back(client, store):
    r = post(client, "F-0000000001", "dismissed", as_json=False)
    assert r.status_code == 303 and r.headers["location"] == "/items/F-0000000001?saved=dismissed"
    page = client.get(r.headers["location"]).text
    assert "Saved: dismissed." in page
    assert store.current()[0]["F-0000000001"].verdict == "dismissed"


def test_default_reviewer_when_the_page_sends_none(client, store):
    assert post(client, "F-0000000001", reviewer="").status_code == 200
    assert store.current()[0]["F-0000000001"].reviewer == "ana"


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_a_post_without_the_csrf_token_is_refused(client, store, token):
    r = post(client, "F-0000000001", token=token)
    assert r.status_code == 403 and "CSRF" in r.json()["error"]
    r = post(client, "F-0000000001", token=token, as_json=False)
    assert r.status_code == 403 and "CSRF" in r.text
    assert not store.path.exists()


def test_the_token_in_a_header_is_enough(client, store):
    r = client.post("/items/F-0000000001/verdict", data={"verdict": "unsure"},
                    headers={"X-CSRF-Token": TOKEN, "Accept": "application/json"})  # fmt: skip
    assert r.status_code == 200 and store.current()[0]["F-0000000001"].verdict == "unsure"


def test_a_post_from_another_site_is_refused(client, store):
    r = post(client, "F-0000000001", headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and not store.path.exists()


@pytest.mark.parametrize(
    "data, status, words",
    [
        ({"verdict": "maybe"}, 400, "verdict must be one of"),
        ({"verdict": ""}, 400, "verdict must be one of"),
        ({"verdict": "confirmed", "note": "x" * 2001}, 400, "at most 2000"),
        ({"verdict": "confirmed", "reviewer": "y" * 101}, 400, "at most"),
    ],
)
def test_malformed_verdicts_are_refused(client, store, data, status, words):
    r = client.post("/items/F-0000000001/verdict", data={"csrf": TOKEN, **data}, headers={"Accept": "application/json"})
    assert r.status_code == status and words in r.json()["error"]
    assert not store.path.exists()


def test_malformed_bodies_are_refused(client, store):
    r = client.post("/items/F-0000000001/verdict", content=b'{"verdict": "confirmed"}',
                    headers={"content-type": "application/json", "X-CSRF-Token": TOKEN, "Accept": "application/json"})  # fmt: skip
    assert r.status_code == 415
    r = client.post("/items/F-0000000001/verdict", content=b"--x\r\nbroken",
                    headers={"content-type": "multipart/form-data; boundary=x", "X-CSRF-Token": TOKEN})  # fmt: skip
    assert r.status_code == 400 and "Traceback" not in r.text
    r = client.post("/items/F-0000000001/verdict", files={"verdict": ("v.txt", b"confirmed")},
                    data={"csrf": TOKEN}, headers={"Accept": "application/json"})  # fmt: skip
    assert r.status_code == 400 and "text fields" in r.json()["error"]
    r = client.post("/items/F-0000000001/verdict", data={"csrf": TOKEN, "verdict": "confirmed", "note": "z" * 70000})
    assert r.status_code == 413
    assert client.get("/items/F-0000000001/verdict").status_code == 405
    assert not store.path.exists()
    assert client.get("/").status_code == 200  # and it goes on serving


def test_a_store_that_is_a_folder_is_said_on_every_page_and_refused_cleanly(tmp_path):
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    c = client_for(ledger_report(), ReviewStore(folder))
    page = c.get("/items").text
    assert "is a folder, not a file" in page
    r = post(c, "F-0000000001")
    assert r.status_code == 409 and "Nothing was recorded" in r.json()["error"]
    r = post(c, "F-0000000001", as_json=False)
    assert r.status_code == 409 and "Nothing was recorded" in r.text and "Traceback" not in r.text
    assert c.get("/").status_code == 200


def test_a_failed_write_is_reported_and_nothing_is_half_recorded(client, store, monkeypatch):
    import checker.review.store as store_mod

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_mod.os, "fsync", no_space)
    r = post(client, "F-0000000001")
    assert r.status_code == 409
    assert "No space left on device" in r.json()["error"] and "nothing was recorded" in r.json()["error"]
    monkeypatch.undo()
    assert post(client, "F-0000000001", "unsure").status_code == 200


def test_a_read_only_store_is_said_before_anyone_clicks(tmp_path, monkeypatch):
    import checker.web.app as app_mod

    monkeypatch.setattr(app_mod.os, "access", lambda path, mode: False)
    c = client_for(ledger_report(), ReviewStore(tmp_path / "r.jsonl"))
    assert "is read-only: verdicts cannot be recorded" in c.get("/").text


def test_unknown_hosts_are_refused(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_unknown_page_and_server_error_give_a_page_not_a_traceback(client, monkeypatch):
    r = client.get("/nowhere")
    assert r.status_code == 404 and "There is no such page here." in r.text
    import checker.web.app as app_mod

    def broken(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app_mod, "header_counts", broken)
    r = client.get("/")
    assert r.status_code == 500 and "still running" in r.text
    assert "secret internals" not in r.text and "Traceback" not in r.text
    monkeypatch.undo()
    assert client.get("/").status_code == 200


def test_static_assets_are_served(client):
    r = client.get("/static/app.js")
    assert r.status_code == 200 and "textContent" in r.text and "innerHTML" not in r.text
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/../app.py").status_code == 404


# ---- exports ------------------------------------------------------------------------------------------


def test_exports_carry_the_verdicts(client):
    assert post(client, "F-0000000001", "confirmed", note="checked with the ministry").status_code == 200
    r = client.get("/export.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'attachment; filename="checker-findings.csv"' == r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    mine = next(x for x in rows if x["id"] == "F-0000000001")
    assert mine["verdict"] == "confirmed" and mine["note"] == "checked with the ministry"
    r = client.get("/export.xlsx")
    assert r.status_code == 200 and zipfile.is_zipfile(io.BytesIO(r.content))
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    assert any("F-0000000001" == row[0] for row in sheet.iter_rows(values_only=True))
    r = client.get("/digest.md")
    assert r.status_code == 200 and "# Contradiction digest" in r.text and "checked with the ministry" in r.text


# ---- hostile articles ------------------------------------------------------------------------------------

HOSTILE_FR = "Le gouvernement exige la fermeture immédiate de la centrale <script>alert('body')</script> de Fessenheim avant l'été."
HOSTILE_FR2 = "Le gouvernement semble prêt à tolérer la centrale <img src=x onerror=alert('img')> de Fessenheim encore plusieurs années."


def hostile_folder(folder: Path) -> Path:
    write(folder, "a.md", "---\nsource: \"<script>alert('front')</script>\"\ntitle: <b onmouseover=alert(1)>x</b>\n"
          "url: javascript:alert('url')\n---\n" + HOSTILE_FR + "\n\n[lien](javascript:alert('link')) et la centrale de Fessenheim ferme.\n")  # fmt: skip
    write(folder, "b.md", "---\nsource: <img src=x onerror=alert('src')>\ndate: 2025-03-04\n---\n" + HOSTILE_FR2 + "\n")
    return folder


def hostile_report(folder: Path) -> Report:
    return check([hostile_folder(folder)], embedder=FakeEmbedder(), scorer=get_scorer("rules"),
                 config=dataclasses.replace(DEFAULT, threshold=0.2))  # fmt: skip


def test_hostile_article_text_is_escaped_on_every_page(tmp_path, store):
    report = hostile_report(tmp_path / "hostile")
    assert report.findings, "the hostile pair should still be a finding"
    c = client_for(report, store)
    fid = report.findings[0].id
    for url in ("/", "/items", f"/items/{fid}", "/items?source=%3Cscript%3Ealert%28%27front%27%29%3C%2Fscript%3E"):
        page = c.get(url).text
        assert "<script>alert" not in page and "<img" not in page and "<b onmouseover" not in page
        assert "javascript:alert" not in re.findall(r'href="([^"]*)"', page)
    item = c.get(f"/items/{fid}").text
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in item
    assert "&lt;img src=x onerror=alert(&#39;img&#39;)&gt;" in item


# ---- the self-contained HTML report -------------------------------------------------------------------


def test_html_report_is_one_self_contained_file_with_a_hashed_script():
    page = html.render(with_reviews(ledger_report(), {}), corpus="story")
    csp = unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "form-action 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1 and "<script src" not in page
    assert html.csp_hash(scripts[0]) in csp
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(styles) == 1 and html.csp_hash(styles[0]) in csp
    # nothing to fetch: no src at all, links only to anchors of the page itself or data:
    assert not re.search(r"\ssrc=", page)
    assert all(h.startswith(("#", "data:")) for h in re.findall(r'href="([^"]*)"', page))
    # every item has its view, the overview its pictures
    for item_id in ORDER:
        assert f'<section id="item-{item_id}" class="view item"' in page
    assert 'class="matrix"' in page and "<polyline" in page
    assert html.render(with_reviews(ledger_report(), {}), corpus="story") == page  # deterministic


def test_html_report_escapes_hostile_text(tmp_path):
    page = html.render(hostile_report(tmp_path / "hostile"))
    assert len(re.findall(r"<script", page)) == 1
    assert "<img src=x" not in page and "&lt;script&gt;alert(&#39;front&#39;)&lt;/script&gt;" in page


def test_check_html_writes_the_report_and_twice_the_same_bytes(small_corpus, tmp_path_factory, monkeypatch):
    tmp_path = tmp_path_factory.mktemp("html")
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    one, two = tmp_path / "out" / "one.html", tmp_path / "out" / "two.html"
    for out in (one, two):
        assert main(["check", str(small_corpus), "--quiet", "--html", str(out)]) == 0
    assert one.read_bytes() == two.read_bytes() and b"Download my verdicts" in one.read_bytes()


def verdicts_csv(rows: list[tuple[str, str, str, str, str]]) -> str:
    """The CSV report.js writes for "Download my verdicts": BOM, CRLF, quoted cells, formula guard."""

    def cell(s: str) -> str:
        if s[:1] in ("=", "+", "-", "@"):
            s = "'" + s
        return '"' + s.replace('"', '""') + '"' if re.search(r'[",\r\n]', s) else s

    lines = ["id,verdict,note,reviewer,reviewed_at"] + [",".join(cell(c) for c in r) for r in rows]
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def test_the_downloaded_verdicts_csv_imports(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "r.json"
    assert main(["check", str(small_corpus), "--quiet", "--json", str(out)]) == 0
    fid = json.loads(out.read_text())["findings"][0]["id"]
    sheet = tmp_path / "checker-verdicts.csv"
    sheet.write_text(verdicts_csv([(fid, "confirmed", '=vu, "deux" sources\nsur place', "ana", "2026-11-30T10:00:00+00:00")]),
                     encoding="utf-8")  # fmt: skip
    assert main(["review", str(small_corpus), "--import", str(sheet)]) == 0
    latest, _ = ReviewStore(small_corpus / ".checker-reviews.jsonl").current()
    assert latest[fid].verdict == "confirmed" and latest[fid].reviewer == "ana"
    assert latest[fid].note == '=vu, "deux" sources\nsur place'


# ---- the serve command --------------------------------------------------------------------------------


def test_serve_refuses_a_port_in_use_and_a_folder_store_in_one_line(small_corpus, tmp_path, capsys, monkeypatch):
    import socket

    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        assert main(["serve", str(small_corpus), "--port", str(busy.getsockname()[1])]) == 2
    finally:
        busy.close()
    assert "cannot listen on 127.0.0.1:" in capsys.readouterr().err
    assert main(["serve", str(small_corpus), "--reviews", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_serve_prints_the_address_and_warns_off_loopback(small_corpus, tmp_path, capsys, monkeypatch):
    import checker.web.app as app_mod

    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    served = []
    monkeypatch.setattr(app_mod, "run", lambda app, sock: served.append(app) or sock.close())
    assert main(["serve", str(small_corpus), "--port", "0"]) == 0
    out = capsys.readouterr()
    assert re.search(r"at http://127\.0\.0\.1:\d+/ ", out.out) and "warning" not in out.err
    real_bind = app_mod.bind
    monkeypatch.setattr(app_mod, "bind", lambda host, port: real_bind("127.0.0.1", 0))
    assert main(["serve", str(small_corpus), "--host", "192.0.2.10", "--port", "0"]) == 0
    assert "warning: listening on 192.0.2.10" in capsys.readouterr().err
    assert len(served) == 2
