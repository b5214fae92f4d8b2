"""The review pages in a real headless Chromium (Debian's chromium and chromium-driver, driven by selenium; `make
test` installs them when missing): what a reviewer sees and what the clicks and keys write, the self-contained
report from file:// with no network request, hostile articles that run nothing, and the browser racing
`checker review --set` on one store. The seeds test runs the real pipeline (`slow`) and makes the README's
screenshots; the others use the fake embedder."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import checker.embedding.factory as embed_mod
from checker.cli import main
from checker.compare.factory import get_scorer
from checker.config import DEFAULT
from checker.pipeline import check
from checker.render import html
from checker.review.store import ReviewStore, with_reviews
from checker.web.app import bind, create_app

from .conftest import ROOT, SEEDS, FakeEmbedder, write
from .test_web_routes import hostile_folder, ledger_report

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
REPORTS = ROOT / "reports"
WAIT = 20.0

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    if os.environ.get("CI"):
        raise RuntimeError("the browser tests need Debian's chromium and chromium-driver: `make test` installs them")
    pytest.skip("chromium / chromium-driver not installed (make test installs them)", allow_module_level=True)

# Counts every alert/confirm/prompt a page would open. Injected by the driver before any page script, so it is
# not an inline script of the page and the page's CSP does not apply to it.
DIALOG_TRAP = """
window.__dialogs = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = function (message) { window.__dialogs.push(name + ":" + message); return null; };
}
"""


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1000", "--lang=en-GB"):  # fmt: skip
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})  # fmt: skip
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": DIALOG_TRAP})
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


@contextlib.contextmanager
def serving(app):
    """The app on a free loopback port in a thread of this process."""
    import uvicorn

    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(WAIT)
        sock.close()


def wait_for(driver, condition, what: str):
    return WebDriverWait(driver, WAIT).until(lambda d: condition(d), message=what)


def saved_count(driver) -> int:
    return int(driver.find_element(By.TAG_NAME, "body").get_attribute("data-saved") or 0)


def press(driver, key: str) -> None:
    driver.find_element(By.TAG_NAME, "body").send_keys(key)


def full_page_screenshot(driver, path: Path, element=None) -> None:
    """The whole page (or one element of it), not only what the window shows (for the README)."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": height, "deviceScaleFactor": 1, "mobile": False})  # fmt: skip
    try:
        if element is None:
            driver.save_screenshot(str(path))
        else:
            element.screenshot(str(path))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def no_dialog_ran(driver) -> None:
    assert driver.execute_script("return window.__dialogs") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018


def csp_violations(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]


def requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def store_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fake_app(folder: Path, store: ReviewStore, threshold: float = 0.2):
    report = check([folder], embedder=FakeEmbedder(), scorer=get_scorer("rules"),
                   config=dataclasses.replace(DEFAULT, threshold=threshold))  # fmt: skip
    return report, create_app(with_reviews(report, {}, show_dismissed=True), store, corpus=folder.name, reviewer="ana")


# ---- the seeds, real pipeline ------------------------------------------------------------------------------


@pytest.mark.slow
def test_seeds_top_item_first_clicks_and_keys_write_the_store(browser, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    store = folder / ".checker-reviews.jsonl"
    expected = tmp_path / "before.json"
    cli = [sys.executable, "-m", "checker"]  # run from tmp_path on "seeds": the pages name the folder as typed
    subprocess.run([*cli, "check", "seeds", "--threshold", "0.3", "--quiet", "--json", str(expected)], check=True, cwd=tmp_path)
    before = json.loads(expected.read_text())
    # strongest first, points and findings together; agreements (no verdict asked) last
    listed = [{"kind": "finding", **f} for f in before["findings"]] + before["points"]
    listed.sort(key=lambda x: (x["kind"] == "agreement", -x["score"], x["id"]))
    ranked = [x["id"] for x in listed]
    top_texts = " ".join(c["text"] for c in listed[0]["claims"])
    assert len(ranked) >= 2 and "exigent" in top_texts and "tolérer" in top_texts  # the seeds' reference conflict
    server = subprocess.Popen([*cli, "serve", "seeds", "--threshold", "0.3", "--port", "0", "--reviewer", "ana"],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        line = server.stdout.readline()
        assert " at http://127.0.0.1:" in line, line + server.stderr.read()
        base = line.split(" at ", 1)[1].split()[0].rstrip("/")

        browser.get(base + "/")
        wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "svg.matrix a"), "the source x source picture")
        full_page_screenshot(browser, REPORTS / "web-overview.png")

        browser.get(base + "/items")
        rows = browser.find_elements(By.CSS_SELECTOR, "#items-table tbody tr.row")
        assert [r.get_attribute("data-id") for r in rows] == ranked  # the top item first, then the rest in order
        rows[0].find_element(By.CSS_SELECTOR, "a.item-link").click()
        wait_for(browser, lambda d: d.current_url.endswith(f"/items/{ranked[0]}"), "the top item's page")
        cards = browser.find_elements(By.CSS_SELECTOR, ".claim-card .paragraph")
        assert [c["text"] in card.text for c, card in zip(listed[0]["claims"], cards)] == [True] * len(cards)
        assert len(cards) == len(listed[0]["claims"])

        browser.find_element(By.CSS_SELECTOR, "form.verdict .note").send_keys("Retour à l’ordre constitutionnel vérifié")
        browser.find_element(By.CSS_SELECTOR, "button[value=confirmed]").click()
        wait_for(browser, lambda d: saved_count(d) == 1, "the confirm to be saved")
        assert "Saved: confirmed by ana" in browser.find_element(By.ID, "status").text
        full_page_screenshot(browser, REPORTS / "web-item.png")

        press(browser, "j")  # the next item, then `d` on it
        wait_for(browser, lambda d: d.current_url.endswith(f"/items/{ranked[1]}"), "the second item's page")
        press(browser, "d")
        wait_for(browser, lambda d: saved_count(d) == 1, "the dismiss to be saved")

        decided = {(x["id"], x["verdict"]) for x in store_lines(store)}
        assert decided == {(ranked[0], "confirmed"), (ranked[1], "dismissed")}
        browser.refresh()  # a reload shows it
        assert browser.find_element(By.CSS_SELECTOR, ".verdict-box .current-verdict").text == "dismissed"
        assert "dismissed by ana" in browser.find_element(By.CSS_SELECTOR, "ul.history").text
        browser.get(base + "/items")
        first = browser.find_element(By.CSS_SELECTOR, "#items-table tbody tr.row")
        assert first.get_attribute("data-verdict") == "confirmed"
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(WAIT)
    assert server.returncode == 0 and "Stopped; every verdict is in seeds/.checker-reviews.jsonl" in server.stdout.read()

    after = tmp_path / "after.json"
    subprocess.run([*cli, "check", "seeds", "--threshold", "0.3", "--quiet", "--json", str(after)], check=True, cwd=tmp_path)
    data = json.loads(after.read_text())
    top = next(x for x in data["findings"] + data["points"] if x["id"] == ranked[0])
    assert top["review"]["verdict"] == "confirmed" and top["review"]["note"] == "Retour à l’ordre constitutionnel vérifié"
    assert ranked[1] in data["review"]["dismissed_not_shown"] + data["review"].get("dismissed_points_not_shown", [])
    assert data["review"]["counts"]["confirmed"] == 1


# ---- the fake embedder from here on ----------------------------------------------------------------------


def test_the_html_report_opens_from_file_with_no_request_and_its_csv_imports(browser, small_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    page = tmp_path / "out" / "report.html"
    assert main(["check", str(small_corpus), "--quiet", "--threshold", "0.2", "--html", str(page)]) == 0
    requested_urls(browser)  # the browser's own start page, before ours
    browser.get(page.as_uri())
    wait_for(browser, lambda d: d.find_element(By.ID, "overview").is_displayed(), "the overview")
    assert browser.find_elements(By.CSS_SELECTOR, "#overview svg.matrix rect")
    browser.find_element(By.LINK_TEXT, "Items").click()
    rows = wait_for(browser, lambda d: [r for r in d.find_elements(By.CSS_SELECTOR, "#items-table tr.row") if r.is_displayed()],
                    "the items")  # fmt: skip
    top = rows[0].get_attribute("data-id")
    rows[0].find_element(By.CSS_SELECTOR, "a.item-link").click()
    section = wait_for(browser, lambda d: d.find_element(By.ID, f"item-{top}"), "the item view")
    assert section.is_displayed() and not browser.find_element(By.ID, "items").is_displayed()
    section.find_element(By.CSS_SELECTOR, ".note").send_keys("vu, deux sources")
    section.find_element(By.CSS_SELECTOR, ".reviewer").send_keys("bea")
    press(browser, Keys.ESCAPE)
    press(browser, "c")
    assert section.find_element(By.CSS_SELECTOR, ".current-verdict").text == "confirmed"
    browser.find_element(By.ID, "download").click()
    csv_file = browser.downloads / "checker-verdicts.csv"
    wait_for(browser, lambda d: csv_file.exists() and csv_file.stat().st_size > 0, "the downloaded CSV")
    # nothing but the file itself was requested, and the policy refused nothing of the page's own
    urls = requested_urls(browser)
    assert urls and all(u.startswith(("file://", "data:", "blob:")) for u in urls), urls
    assert {u for u in urls if u.startswith("file://")} == {page.as_uri()}
    assert csp_violations(browser) == []
    no_dialog_ran(browser)
    # `checker review --import` takes the downloaded verdicts into the store
    assert main(["review", str(small_corpus), "--threshold", "0.2", "--import", str(csv_file)]) == 0
    latest, damaged = ReviewStore(small_corpus / ".checker-reviews.jsonl").current()
    assert not damaged
    assert (latest[top].verdict, latest[top].note, latest[top].reviewer) == ("confirmed", "vu, deux sources", "bea")


def test_html_report_filters_and_pages_in_the_browser(browser, tmp_path):
    page = tmp_path / "ledger.html"
    page.write_text(html.render(with_reviews(ledger_report(), {}), corpus="story"), encoding="utf-8")
    browser.get(page.as_uri())
    timeline = wait_for(browser, lambda d: d.find_element(By.ID, "timeline"), "the timeline")
    assert timeline.find_elements(By.CSS_SELECTOR, "polyline")  # the civil protection's rising toll
    full_page_screenshot(browser, REPORTS / "web-timeline-points.png", timeline)  # for the README
    browser.get(page.as_uri() + "#items?kind=finding")
    wait_for(browser, lambda d: d.find_element(By.ID, "items").is_displayed(), "the items list")
    shown = [r.get_attribute("data-id") for r in browser.find_elements(By.CSS_SELECTOR, "#items-table tr.row") if r.is_displayed()]
    assert shown == ["F-0000000001", "F-0000000002"]
    browser.get(page.as_uri() + "#item-P-update0001")
    section = wait_for(browser, lambda d: d.find_element(By.ID, "item-P-update0001"), "a point's view")
    assert section.is_displayed() and "according to protection civile" in section.text
    press(browser, "j")
    wait_for(browser, lambda d: d.find_element(By.ID, "item-F-0000000002").is_displayed(), "j to the next item")
    assert csp_violations(browser) == []


def test_hostile_articles_run_nothing_and_show_literally(browser, tmp_path):
    store = ReviewStore(tmp_path / "reviews.jsonl")
    report, app = fake_app(hostile_folder(tmp_path / "hostile"), store)
    fid = report.findings[0].id
    page = tmp_path / "hostile.html"
    page.write_text(html.render(report), encoding="utf-8")
    with serving(app) as base:
        for url in (base + "/", base + "/items", f"{base}/items/{fid}", page.as_uri() + f"#item-{fid}"):
            browser.get(url)
            wait_for(browser, lambda d: d.execute_script("return document.readyState") == "complete", url)
            text = browser.find_element(By.TAG_NAME, "body").text
            if "/items/" in url or "#item-" in url:
                assert "<script>alert('body')</script>" in text and "<img src=x onerror=alert('img')>" in text
            assert "<script>alert('front')</script>" in text  # a source name, as text
            assert browser.execute_script("return document.querySelectorAll('main script, main img, main iframe').length") == 0
            assert browser.execute_script("return document.scripts.length") == 1
            no_dialog_ran(browser)
            assert csp_violations(browser) == []  # nothing from the articles was even parsed as a script


def test_a_failed_write_is_shown_on_the_page(browser, small_corpus, tmp_path):
    folder_store = tmp_path / "store-is-a-folder"
    folder_store.mkdir()
    report, app = fake_app(small_corpus, ReviewStore(folder_store))
    with serving(app) as base:
        browser.get(f"{base}/items/{report.findings[0].id}")
        assert "is a folder, not a file" in browser.find_element(By.CSS_SELECTOR, ".banner.error").text
        browser.find_element(By.CSS_SELECTOR, "form.verdict .note").send_keys("important note")
        press(browser, Keys.ESCAPE)
        press(browser, "u")
        status = wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#status.error"), "the error on the page")
        assert "Not saved" in status.text and "Nothing was recorded" in status.text
        assert status.get_attribute("role") == "alert"
        assert browser.find_element(By.CSS_SELECTOR, "form.verdict .note").get_attribute("value") == "important note"
        assert browser.find_element(By.CSS_SELECTOR, ".current-verdict").text == "open"


def test_browser_and_terminal_writers_racing_on_one_store_lose_nothing(browser, tmp_path):
    folder = tmp_path / "story"
    sentences = [
        ("exige la fermeture immédiate de la centrale nucléaire de Fessenheim", "semble prêt à tolérer la centrale nucléaire de Fessenheim"),
        ("exige le départ immédiat des troupes étrangères du nord du pays", "semble prêt à tolérer les troupes étrangères dans le nord du pays"),
        ("réclame la libération sans délai des journalistes détenus à la frontière", "semble prêt à accepter la détention des journalistes à la frontière"),
    ]  # fmt: skip
    write(folder, "a.md", "---\nsource: A\n---\n" + "\n\n".join(f"Le gouvernement {a}." for a, _ in sentences) + "\n")
    write(folder, "b.md", "---\nsource: B\n---\n" + "\n\n".join(f"Le gouvernement {b} encore longtemps." for _, b in sentences) + "\n")
    store = ReviewStore(folder / ".checker-reviews.jsonl")
    report, app = fake_app(folder, store)
    ids = [f.id for f in report.findings]
    assert len(ids) >= 2
    env = {**os.environ, "CHECKER_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    terminal_runs = 6
    code = (
        "import sys, checker.embedding.factory as e\n"
        "from tests.conftest import FakeEmbedder\n"
        "e.make_embedder = lambda *a, **k: FakeEmbedder()\n"
        "from checker.cli import main\n"
        f"for i in range({terminal_runs}):\n"
        f"    assert main(['review', {str(folder)!r}, '--threshold', '0.2', '--set', {ids[-1]!r}, 'unsure',"
        "'--note', f'terminal {i}', '--reviewer', 'terminal']) == 0\n"
    )
    with serving(app) as base:
        browser.get(f"{base}/items/{ids[0]}")
        terminal = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)  # fmt: skip
        clicks = 0
        while terminal.poll() is None or clicks < 12:  # the browser keeps deciding while the terminal does
            note = browser.find_element(By.CSS_SELECTOR, "form.verdict .note")
            note.send_keys(f"browser {clicks}")
            press(browser, Keys.ESCAPE)
            press(browser, "cdu"[clicks % 3])
            clicks += 1
            if clicks > 200:
                break
        wait_for(browser, lambda d: saved_count(d) == clicks, f"all {clicks} browser verdicts to be saved")
        assert terminal.wait(120) == 0, terminal.stderr.read()
    lines = store_lines(store.path)
    decisions, damaged = store.history()
    assert not damaged and len(lines) == len(decisions) == clicks + terminal_runs
    assert sorted(x["note"] for x in lines if x["reviewer"] == "terminal") == [f"terminal {i}" for i in range(terminal_runs)]
    assert [x["note"] for x in lines if x["reviewer"] == "ana"] == [f"browser {i}" for i in range(clicks)]
    assert [x["verdict"] for x in lines if x["reviewer"] == "ana"] == [("confirmed", "dismissed", "unsure")[i % 3] for i in range(clicks)]
