"""Reviewing points as findings are reviewed: `--set` with a point ID, the interactive session, CSV export and
import (old sheets too), dismissed points hidden and counted, orphaned point verdicts kept."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

import checker.embedding.factory as embed_mod
import checker.pipeline as pipeline_mod
from checker.cli import main
from checker.review.session import KeySource, run_session, to_review
from checker.review.store import ReviewStore

from .conftest import FakeEmbedder
from .test_points_render import points_report

POINTS = points_report().points  # conflict, dispute, update, agreement
CONFLICT, DISPUTE, UPDATE, AGREEMENT = (p.id for p in POINTS)
OLD_COLUMNS = [
    "id", "score", "topic", "source_1", "article_1", "date_1", "claim_1", "source_2", "article_2", "date_2",
    "claim_2", "reasons", "verdict", "note", "reviewer", "reviewed_at",
]  # fmt: skip


@pytest.fixture(autouse=True)
def pipeline_with_points(monkeypatch, tmp_path):
    """The real pipeline on the corpus with the fake embedder, plus hand-made points (until the claims stage
    fills them)."""
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    real_check = pipeline_mod.check
    state = {"points": POINTS}
    monkeypatch.setattr(pipeline_mod, "check", lambda *a, **k: replace(real_check(*a, **k), points=state["points"]))
    return state


def report(folder: Path, tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / "r.json"
    assert main(["check", str(folder), "--scorer", "rules", "--quiet", "--json", str(out), *extra]) == 0
    return json.loads(out.read_text())


def review(folder: Path, *extra: str) -> int:
    return main(["review", str(folder), "--scorer", "rules", *extra])


def test_set_on_a_point_id_is_stored_and_shown(small_corpus, tmp_path):
    note = "HRW a publié la liste"
    assert review(small_corpus, "--set", DISPUTE, "confirmed", "--note", note, "--reviewer", "ana") == 0
    stored = json.loads((small_corpus / ".checker-reviews.jsonl").read_text().splitlines()[-1])
    assert stored["id"] == DISPUTE and stored["verdict"] == "confirmed"
    assert len(stored["claims"]) == 3  # every claim's quote, so an orphan still says what it was
    data = report(small_corpus, tmp_path)
    point = next(p for p in data["points"] if p["id"] == DISPUTE)
    assert point["review"]["verdict"] == "confirmed" and point["review"]["note"] == "HRW a publié la liste"
    assert data["review"]["counts"]["confirmed"] == 1
    digest = tmp_path / "d.md"
    assert main(["check", str(small_corpus), "--scorer", "rules", "--quiet", "--digest", str(digest)]) == 0
    section = digest.read_text().split(f"### 2. {DISPUTE}")[0].split(f"### 1. {DISPUTE}")[1]
    assert "**Review: confirmed** by ana" in section and "HRW a publié la liste" in section


def test_dismissed_point_is_hidden_and_counted(small_corpus, tmp_path, capsys):
    assert review(small_corpus, "--set", CONFLICT, "dismissed") == 0
    data = report(small_corpus, tmp_path)
    assert CONFLICT not in [p["id"] for p in data["points"]]
    assert data["review"]["dismissed_points_not_shown"] == [CONFLICT]
    assert data["review"]["counts"]["dismissed"] == 1
    capsys.readouterr()
    assert main(["check", str(small_corpus), "--scorer", "rules"]) == 0
    out = " ".join(capsys.readouterr().out.replace("│", " ").split())
    assert "0 conflict, 1 dispute, 1 update, 1 agreement (1 dismissed not shown)" in out
    assert CONFLICT in [p["id"] for p in report(small_corpus, tmp_path, "--show-dismissed")["points"]]


def test_unknown_point_id_is_one_line_naming_it_and_exit_2(small_corpus, capsys):
    assert review(small_corpus, "--set", "P-0000000000", "confirmed") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "P-0000000000 is not a point of" in err and "checker check" in err


def test_orphaned_point_verdict_is_listed(small_corpus, tmp_path, pipeline_with_points):
    assert review(small_corpus, "--set", UPDATE, "unsure", "--note", "bilan à suivre") == 0
    pipeline_with_points["points"] = tuple(p for p in POINTS if p.id != UPDATE)
    orphans = report(small_corpus, tmp_path)["review"]["orphans"]
    assert [o["id"] for o in orphans] == [UPDATE] and orphans[0]["note"] == "bilan à suivre"
    assert any("75 blessés" in c for c in orphans[0]["claims"])


def test_csv_round_trips_a_point_verdict_and_note(small_corpus, tmp_path):
    sheet = tmp_path / "f.csv"
    assert main(["export", str(small_corpus), "--scorer", "rules", "--csv", str(sheet)]) == 0
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    by_id = {r["id"]: r for r in rows}
    assert {r["type"] for r in rows} == {"finding", "point"}
    assert by_id[DISPUTE]["kind"] == "dispute" and by_id[DISPUTE]["claim_1"] == ""
    lines = by_id[DISPUTE]["claims"].splitlines()
    assert len(lines) == 3
    assert lines[1] == "Gamma (Human Rights Watch, as of 2026-02-01): « Pour Human Rights Watch, 120 civils ont été tués. » = 120"
    assert by_id[CONFLICT]["claims"].splitlines()[0] == "Alpha: « L'attaque a fait 40 morts à Kidal. » = 40"
    finding = next(r for r in rows if r["type"] == "finding")
    assert finding["claim_1"] and finding["claims"] == ""
    by_id[DISPUTE]["verdict"], by_id[DISPUTE]["note"] = "confirmed", "- deux bilans, deux sources"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert review(small_corpus, "--import", str(sheet)) == 0
    point = next(p for p in report(small_corpus, tmp_path)["points"] if p["id"] == DISPUTE)
    assert point["review"]["verdict"] == "confirmed" and point["review"]["note"] == "- deux bilans, deux sources"
    # exported again (the note now written as '- … so a spreadsheet keeps it text) and imported: nothing changes
    assert main(["export", str(small_corpus), "--scorer", "rules", "--csv", str(sheet)]) == 0
    assert "'- deux bilans" in sheet.read_text(encoding="utf-8")
    before = (small_corpus / ".checker-reviews.jsonl").read_text()
    assert review(small_corpus, "--import", str(sheet)) == 0
    assert (small_corpus / ".checker-reviews.jsonl").read_text() == before


def test_old_format_csv_still_imports(small_corpus, tmp_path, capsys):
    fid = report(small_corpus, tmp_path)["findings"][0]["id"]
    sheet = tmp_path / "old.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=OLD_COLUMNS)
        writer.writeheader()
        writer.writerow({**{k: "" for k in OLD_COLUMNS}, "id": fid, "score": "0.6", "verdict": "dismissed",
                         "note": "même annonce, lue autrement", "reviewer": "bob"})  # fmt: skip
    assert review(small_corpus, "--import", str(sheet)) == 0
    assert "Imported 1 decision(s)" in capsys.readouterr().out
    data = report(small_corpus, tmp_path, "--show-dismissed")
    f = next(f for f in data["findings"] if f["id"] == fid)
    assert f["review"] == {**f["review"], "verdict": "dismissed", "note": "même annonce, lue autrement", "reviewer": "bob"}


def test_a_note_without_a_verdict_keeps_the_verdict(small_corpus, tmp_path):
    assert review(small_corpus, "--set", UPDATE, "confirmed") == 0
    sheet = tmp_path / "f.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"id,verdict,note\n{UPDATE},,chiffres de la protection civile\n")
    assert review(small_corpus, "--import", str(sheet)) == 0
    point = next(p for p in report(small_corpus, tmp_path)["points"] if p["id"] == UPDATE)
    assert point["review"]["verdict"] == "confirmed" and point["review"]["note"] == "chiffres de la protection civile"


def test_interactive_session_records_verdicts_on_points(small_corpus, tmp_path, monkeypatch, capsys):
    # points come first (conflict, dispute, update); agreements are not asked
    monkeypatch.setattr(sys, "stdin", io.StringIO("c\nn\nDeux bilans différents\nd\nq\n"))
    store_path = tmp_path / "store.jsonl"
    assert review(small_corpus, "--reviews", str(store_path), "--reviewer", "ana") == 0
    lines = [json.loads(line) for line in store_path.read_text().splitlines()]
    assert [(x["id"], x["verdict"]) for x in lines] == [(CONFLICT, "confirmed"), (DISPUTE, "dismissed")]
    assert lines[1]["note"] == "Deux bilans différents" and lines[1]["reviewer"] == "ana"
    out = capsys.readouterr().out
    assert "Human Rights Watch" in " ".join(out.split()) and "dispute with" in out  # the item shows all its claims, marked


def test_session_walks_points_then_findings_strongest_first(tmp_path):
    rep = points_report()
    items = to_review(rep)
    assert [x.id for x in items] == [CONFLICT, DISPUTE, UPDATE, rep.findings[0].id]
    store = ReviewStore(tmp_path / "s.jsonl")
    out = Console(file=io.StringIO(), width=80, record=True)
    counts = run_session(items, store, keys=KeySource(io.StringIO("s s u c q")), console=out)
    assert counts == {"confirmed": 1, "dismissed": 0, "unsure": 1}
    current = store.current()[0]
    assert current[UPDATE].verdict == "unsure" and current[rep.findings[0].id].verdict == "confirmed"
    assert "12 blessés" in out.export_text()
