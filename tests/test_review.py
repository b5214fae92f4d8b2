"""Review: verdicts that stick across re-runs and edits, a crash-safe store, the session, exports."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

import checker.embedding.factory as embed_mod
from checker.cli import main
from checker.review.store import ReviewStore
from checker.review.session import KeySource, run_session

from .conftest import ROOT, FakeEmbedder, write


@pytest.fixture(autouse=True)
def fake_model(monkeypatch, tmp_path):
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))


def report(folder: Path, tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / "r.json"
    assert main(["check", str(folder), "--scorer", "rules", "--quiet", "--json", str(out), *extra]) == 0
    return json.loads(out.read_text())


def top_id(folder, tmp_path) -> str:
    return report(folder, tmp_path)["findings"][0]["id"]


def test_verdict_and_note_survive_an_unrelated_edit(small_corpus, tmp_path):
    fid = top_id(small_corpus, tmp_path)
    assert main(["review", str(small_corpus), "--scorer", "rules", "--set", fid, "confirmed",
                 "--note", "Vérifié auprès du ministère", "--reviewer", "ana"]) == 0  # fmt: skip
    # an unrelated sentence added to another article
    gamma = small_corpus / "gamma.txt"
    gamma.write_text(gamma.read_text() + "Un nouveau forage a été creusé au nord de la vallée cette semaine.\n")
    data = report(small_corpus, tmp_path)
    finding = next(f for f in data["findings"] if f["id"] == fid)
    assert finding["review"]["verdict"] == "confirmed"
    assert finding["review"]["note"] == "Vérifié auprès du ministère"
    assert finding["review"]["reviewer"] == "ana"
    assert data["review"]["counts"]["confirmed"] == 1
    assert data["findings"][0]["id"] == fid  # confirmed first


def test_orphaned_verdict_is_listed_not_dropped(small_corpus, tmp_path):
    fid = top_id(small_corpus, tmp_path)
    assert main(["review", str(small_corpus), "--scorer", "rules", "--set", fid, "unsure", "--note", "à voir"]) == 0
    alpha = small_corpus / "alpha.txt"
    alpha.write_text(alpha.read_text().replace("la fermeture immédiate", "la fermeture progressive"))
    data = report(small_corpus, tmp_path)
    assert fid not in {f["id"] for f in data["findings"]}
    orphan = data["review"]["orphans"][0]
    assert orphan["id"] == fid and orphan["note"] == "à voir"
    assert any("fermeture immédiate" in c for c in orphan["claims"])


def test_dismissed_hidden_unless_asked(small_corpus, tmp_path):
    fid = top_id(small_corpus, tmp_path)
    assert main(["review", str(small_corpus), "--scorer", "rules", "--set", fid, "dismissed"]) == 0
    assert fid not in {f["id"] for f in report(small_corpus, tmp_path)["findings"]}
    assert fid in {f["id"] for f in report(small_corpus, tmp_path, "--show-dismissed")["findings"]}


def test_corrupted_line_is_reported_skipped_and_kept(small_corpus, tmp_path):
    fid = top_id(small_corpus, tmp_path)
    assert main(["review", str(small_corpus), "--scorer", "rules", "--set", fid, "confirmed"]) == 0
    store = small_corpus / ".checker-reviews.jsonl"
    with open(store, "a", encoding="utf-8") as fh:
        fh.write('{"id": "F-broken", "verdict": \n')
    before = store.read_text()
    data = report(small_corpus, tmp_path)
    assert data["findings"][0]["review"]["verdict"] == "confirmed"
    assert any("damaged line" in w for w in data["review"]["warnings"])
    # a later decision does not remove the damaged line either
    assert main(["review", str(small_corpus), "--scorer", "rules", "--set", fid, "unsure"]) == 0
    assert store.read_text().startswith(before)


def test_latest_decision_wins_and_history_stays(tmp_path):
    from checker.records import Verdict

    store = ReviewStore(tmp_path / "s.jsonl")
    store.append(Verdict("F-1", "confirmed", "source A vérifiée", "ana", "2026-01-01T00:00:00+00:00"))
    store.append(Verdict("F-1", "unsure", "", "bob", "2026-01-02T00:00:00+00:00"))
    current, damaged = store.current()
    assert current["F-1"].verdict == "unsure" and current["F-1"].note == "source A vérifiée"
    assert len(store.history()[0]) == 2 and not damaged


def test_interactive_session_driven_by_keys(small_corpus, tmp_path):

    data = report(small_corpus, tmp_path, "--threshold", "0.0")
    assert len(data["findings"]) >= 2  # at threshold 0 every candidate pair is listed
    # drive the real CLI session through piped keys: confirm the first, add a note + dismiss on the second
    keys = "c\nn\nTexte ambigu, à recouper\nd\nq\n"
    store_path = tmp_path / "store.jsonl"
    code = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fake_cli.py"), "review", str(small_corpus), "--scorer", "rules",
         "--threshold", "0", "--reviews", str(store_path), "--reviewer", "ana"],
        input=keys, text=True, capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert code.returncode == 0, code.stderr
    lines = [json.loads(l) for l in store_path.read_text().splitlines()]
    assert lines[0]["verdict"] == "confirmed" and lines[0]["reviewer"] == "ana"
    assert lines[1]["verdict"] == "dismissed" and lines[1]["note"] == "Texte ambigu, à recouper"
    assert len(lines) == 2
    assert "reviewed" in code.stdout


def test_session_back_and_skip(small_corpus, tmp_path):
    from checker.compare.factory import get_scorer
    from checker.pipeline import check

    rep = check([small_corpus], embedder=FakeEmbedder(), scorer=get_scorer("rules"),
                config=__import__("checker.config", fromlist=["DEFAULT"]).DEFAULT)  # fmt: skip
    findings = list(rep.findings) * 2  # two entries are enough to move around
    store = ReviewStore(tmp_path / "s.jsonl")
    out = Console(file=io.StringIO(), width=100)
    counts = run_session(findings, store, keys=KeySource(io.StringIO("s b u q")), console=out)
    assert counts == {"confirmed": 0, "dismissed": 0, "unsure": 1}
    assert store.current()[0][findings[0].id].verdict == "unsure"


def test_killed_session_keeps_every_decision_made(small_corpus, tmp_path):
    data = report(small_corpus, tmp_path, "--threshold", "0.0")
    store_path = tmp_path / "store.jsonl"
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "fake_cli.py"), "review", str(small_corpus), "--scorer", "rules",
         "--threshold", "0", "--reviews", str(store_path)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    proc.stdin.write("c\n")
    proc.stdin.flush()
    deadline = time.time() + 60
    while time.time() < deadline and not (store_path.exists() and store_path.read_text().count("\n") >= 1):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)  # no chance to clean up
    proc.wait()
    lines = store_path.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == data["findings"][0]["id"]


def test_export_csv_and_import_edited_sheet(small_corpus, tmp_path, capsys):
    sheet = tmp_path / "f.csv"
    assert main(["export", str(small_corpus), "--scorer", "rules", "--threshold", "0", "--csv", str(sheet)]) == 0
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert rows and {"id", "claim_1", "claim_2", "score", "reasons", "verdict", "note"} <= set(rows[0])
    first = next(i for i, r in enumerate(rows) if r["id"].startswith("F-"))  # points come first in the sheet
    rows[first]["verdict"], rows[first]["note"] = "confirmed", "vu dans la presse locale"
    rows.append({**rows[first], "id": "F-doesnotexist"})
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["review", str(small_corpus), "--scorer", "rules", "--threshold", "0", "--import", str(sheet)]) == 0
    err = capsys.readouterr().err
    assert "unknown finding id F-doesnotexist" in err
    data = report(small_corpus, tmp_path, "--threshold", "0")
    confirmed = [f for f in data["findings"] if f["review"] and f["review"]["verdict"] == "confirmed"]
    assert [f["id"] for f in confirmed] == [rows[first]["id"]]
    assert confirmed[0]["review"]["note"] == "vu dans la presse locale"
    assert data["review"]["precision_by_reason"]


def test_export_xlsx(small_corpus, tmp_path):
    import pandas as pd

    book = tmp_path / "f.xlsx"
    assert main(["export", str(small_corpus), "--scorer", "rules", "--xlsx", str(book)]) == 0
    frame = pd.read_excel(book)
    assert "claim_1" in frame.columns and len(frame) >= 1


def test_review_store_is_not_an_input(small_corpus, tmp_path):
    write(small_corpus, ".checker-reviews.jsonl", "")
    data = report(small_corpus, tmp_path)
    assert not any(".checker-reviews" in s["path"] for s in data["skipped"])
