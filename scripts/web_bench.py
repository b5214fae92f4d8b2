"""How fast the review pages open on a big corpus: the 1,000-article corpus of `checker bench` (real sentences,
40 outlets, the real model and the rules scorer), served by `checker serve`'s app and written as the
self-contained `--html` report, each opened in headless Chromium until its first page of items is on screen.

    .venv/bin/python scripts/web_bench.py [--articles 1000] [--repeat 5]

Cold, the pipeline takes minutes (the embedding cache in ~/.cache/checker keeps the vectors for the next run).
Prints one line per measure and, last, one JSON object. The target (issue 14): the first page of items in
under 2 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.compare.factory import get_scorer  # noqa: E402
from checker.config import DEFAULT  # noqa: E402
from checker.embedding.cache import EmbeddingCache  # noqa: E402
from checker.embedding.factory import make_embedder  # noqa: E402
from checker.lab.bench import build_corpus, sentence_pool  # noqa: E402
from checker.pipeline import check  # noqa: E402
from checker.render import html  # noqa: E402
from checker.review.store import ReviewStore, with_reviews  # noqa: E402
from checker.web.app import bind, create_app  # noqa: E402
from checker.web.views import PAGE_SIZE  # noqa: E402

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000")  # fmt: skip
FIRST_PAGE = "return document.querySelectorAll('#items-table tbody tr.row:not([hidden])').length"


def browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def open_first_page(driver, url: str, rows: int) -> tuple[float, float]:
    """(wall seconds from asking for the page to its first page of items on screen, the browser's own
    navigation-start-to-load-end)."""
    driver.get("about:blank")
    start = time.perf_counter()
    driver.get(url)  # returns after the load event
    while driver.execute_script(FIRST_PAGE) < rows:
        time.sleep(0.005)
    wall = time.perf_counter() - start
    nav = driver.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;")
    return wall, nav / 1000.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    import uvicorn

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.articles, sentence_pool())
        t0 = time.perf_counter()
        cache = EmbeddingCache()
        try:
            report = check([corpus], embedder=make_embedder(DEFAULT.model, DEFAULT.backend), scorer=get_scorer("rules"),
                           cache=cache)  # fmt: skip
        finally:
            cache.close()
        print(f"pipeline: {time.perf_counter() - t0:.1f} s, {len(report.articles)} articles, "
              f"{len(report.findings)} findings, {len(report.points)} points", flush=True)  # fmt: skip
        report = with_reviews(report, {}, show_dismissed=True)
        rows = min(PAGE_SIZE, len(report.findings) + len(report.points))

        t0 = time.perf_counter()
        page = tmp / "report.html"
        page.write_text(html.render(report, corpus="bench"), encoding="utf-8")
        render_s = time.perf_counter() - t0
        html_mb = page.stat().st_size / 1e6
        print(f"--html: written in {render_s:.2f} s, {html_mb:.1f} MB", flush=True)

        app = create_app(report, ReviewStore(tmp / "reviews.jsonl"), corpus="bench", reviewer="bench")
        sock = bind("127.0.0.1", 0)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        driver = browser(tmp / "profile")
        results: dict[str, dict] = {}
        try:
            for name, url in (("serve /items", base + "/items"), ("serve / (overview)", base + "/"),
                              ("--html file, #items", page.as_uri() + "#items")):  # fmt: skip
                need = 0 if "overview" in name else rows
                walls, navs = zip(*(open_first_page(driver, url, need) for _ in range(args.repeat)))
                results[name] = {"first_s": round(walls[0], 3), "median_s": round(statistics.median(walls), 3),
                                 "max_s": round(max(walls), 3), "browser_load_median_s": round(statistics.median(navs), 3)}  # fmt: skip
                r = results[name]
                print(f"{name}: first {r['first_s']:.2f} s, median {r['median_s']:.2f} s, max {r['max_s']:.2f} s "
                      f"(browser load event {r['browser_load_median_s']:.2f} s) over {args.repeat} loads", flush=True)  # fmt: skip
        finally:
            driver.quit()
            server.should_exit = True
            thread.join(10)
            sock.close()
    worst = max(r["max_s"] for n, r in results.items() if "overview" not in n)
    print(json.dumps({"articles": args.articles, "findings": len(report.findings), "points": len(report.points),
                      "html_mb": round(html_mb, 2), "render_s": round(render_s, 2),
                      "pages": results, "first_page_under_2s": worst < 2.0}, ensure_ascii=False))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
