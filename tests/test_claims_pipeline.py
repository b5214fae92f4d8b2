"""The claims ledger inside a whole check (fake embedder): tolls laid out as points, point IDs that survive an
unrelated edit, a point verdict kept across runs, absurd figures that make no point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import checker.embedding.factory as embed_mod
from checker.cli import main
from checker.compare.factory import get_scorer
from checker.pipeline import check

from .conftest import FakeEmbedder, write

TOLL = {
    "a.md": "---\nsource: Le Matin\ndate: 2026-05-13\n---\nMercredi matin, la protection civile faisait état de "
            "52 morts et de 389 blessés dans la province.\n\nLes secours fouillent encore les décombres des maisons.\n",
    "b.md": "---\nsource: Le Soir\ndate: 2026-05-13\n---\nMercredi matin, la protection civile faisait état de "
            "61 morts et de 389 blessés dans la province.\n\nDes tentes ont été dressées pour les familles sinistrées.\n",
    "c.md": "---\nsource: La Veille\ndate: 2026-05-12\n---\nMardi soir, la protection civile faisait état de "
            "27 morts et de 214 blessés dans la province.\n\nLa secousse a été ressentie jusque dans la capitale.\n",
}  # fmt: skip


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        write(tmp_path, name, text)
    return tmp_path


def run(path: Path):
    return check([path], embedder=FakeEmbedder(), scorer=get_scorer("rules"))


def test_a_toll_is_laid_out_as_conflict_update_and_agreement(tmp_path):
    report = run(folder(tmp_path, TOLL))
    kinds = {(p.kind, p.subject): sorted(c.value for c in p.claims) for p in report.points}
    conflicts = [v for (k, s), v in kinds.items() if k == "conflict" and "morts" in s]
    assert ["52", "61"] in conflicts  # one authority, one moment, two values
    updates = [p for p in report.points if p.kind == "update" and "morts" in p.subject]
    assert updates and updates[0].claims[0].value == "27"  # the Tuesday toll first in the timeline
    assert any(k == "agreement" and v == ["389", "389"] for (k, s), v in kinds.items())


def test_point_ids_survive_an_unrelated_edit(tmp_path):
    before = {p.id for p in run(folder(tmp_path, TOLL)).points}
    write(tmp_path, "c.md", TOLL["c.md"].replace("jusque dans la capitale", "jusqu'à la frontière"))
    write(tmp_path, "d.md", "---\nsource: Autre\n---\nLe festival de musique a été reporté à l'automne prochain.\n")
    after = {p.id for p in run(tmp_path).points}
    assert before and before == after


@pytest.fixture
def fake_model(monkeypatch, tmp_path):
    monkeypatch.setattr(embed_mod, "make_embedder", lambda *a, **k: FakeEmbedder())
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))


def test_a_point_verdict_is_kept_across_runs(fake_model, tmp_path):
    corpus = folder(tmp_path / "c", TOLL)
    out = tmp_path / "r.json"
    assert main(["check", str(corpus), "--quiet", "--json", str(out)]) == 0
    point = next(p for p in json.loads(out.read_text())["points"] if p["kind"] == "conflict")
    assert main(["review", str(corpus), "--set", point["id"], "confirmed", "--note", "vérifié", "--reviewer", "ana"]) == 0
    assert main(["check", str(corpus), "--quiet", "--json", str(out)]) == 0
    again = {p["id"]: p for p in json.loads(out.read_text())["points"]}
    assert again[point["id"]]["review"]["verdict"] == "confirmed"
    assert again[point["id"]]["review"]["note"] == "vérifié"


def test_absurd_figures_make_no_point_and_every_article_is_accounted_for(tmp_path):
    corpus = folder(tmp_path, {
        "x.md": "---\nsource: X\n---\nLe bilan serait de 1,2,3,4 morts ou de 10^9999 blessés le 45 février 2026.\n",
        "y.md": "---\nsource: Y\n---\nLe bilan serait de 99999999999999999999999999 morts le 31 avril 2026.\n",
        "z.bin": "\x00\x01binary",
    })  # fmt: skip
    report = run(corpus)
    assert not [p for p in report.points if p.kind in ("conflict", "dispute")]
    assert {a.name for a in report.articles} | {Path(s.path).name for s in report.skipped} == {"x.md", "y.md", "z.bin"}
