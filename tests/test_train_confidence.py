"""The command that retrains the item confidence (scripts/train_confidence.py) runs on frozen stories and their
reports, fits on the development stories only, and writes a model the checker reads. Stories, gold and reports
here are written for the test."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from checker.claims import confidence as cf

from .test_realdev import A, B  # the written port-fire story's two pages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
spec = importlib.util.spec_from_file_location("train_confidence", ROOT / "scripts" / "train_confidence.py")
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)
realdev = train.rd

HURT_A = "Selon les pompiers, 14 personnes ont été blessées, dont 3 grièvement."
HURT_B = "Firefighters said 17 people were injured, three of them seriously."
GOLD = ("kind\tarticle_1\tquote_1\tarticle_2\tquote_2\tnote\n"
        f"conflict\t01-gazette.md\t{HURT_A}\t02-harbour.md\t{HURT_B}\tinjured 14 vs 17\n")


def _claim(article: str, text: str, value: str, holder: str | None = None) -> dict:
    return {"article": article, "text": text, "value": value, "holder": holder, "as_of": "2031-04-02"}


def _reports(story: str) -> dict:
    """One item holding the reader's pair, told by four outlets in two languages, and one two-claim item that
    holds none of it."""
    toll = {"id": f"P-{story}-1", "kind": "conflict", "what": "figure", "subject": "injured", "score": 0.5,
            "claims": [_claim("01-gazette.md", HURT_A, "14", "les pompiers"),
                       _claim("02-harbour.md", HURT_B, "17", "Firefighters"),
                       _claim("03-x.md", "Quinze blessés, selon les pompiers.", "15", "les pompiers"),
                       _claim("04-y.md", "Sixteen injured, firefighters said.", "16", "firefighters")],
            "pairs": [{"a": 0, "b": 1, "relation": "conflict"}, {"a": 0, "b": 2, "relation": "conflict"},
                      {"a": 1, "b": 3, "relation": "conflict"}, {"a": 2, "b": 3, "relation": "conflict"}]}
    lone = {"id": f"P-{story}-2", "kind": "conflict", "what": "date", "subject": "date", "score": 0.5,
            "claims": [_claim("01-gazette.md", "Un incendie a ravagé mardi l'entrepôt du port de Kerbastel.",
                              "(mardi)"),
                       _claim("05-z.md", "Le feu a pris lundi.", "(lundi)")],
            "pairs": [{"a": 0, "b": 1, "relation": "conflict"}]}
    languages = {"01-gazette.md": "fr", "02-harbour.md": "en", "03-x.md": "fr", "04-y.md": "en", "05-z.md": "fr"}
    return {"articles": [{"article": k, "language": v} for k, v in languages.items()], "points": [toll, lone]}


def _corpus(tmp_path: Path, names: list[str]) -> tuple[Path, Path]:
    root, reports = tmp_path / "realdev", tmp_path / "reports"
    reports.mkdir()
    for name in names:
        folder = root / name
        (folder / "excerpts").mkdir(parents=True)
        (folder / "excerpts" / "01-gazette.md").write_text(A, encoding="utf-8")
        (folder / "excerpts" / "02-harbour.md").write_text(B, encoding="utf-8")
        (folder / "gold.tsv").write_text(GOLD, encoding="utf-8")
        manifest = {"story": name, "split": "own" if name.startswith("held") else "dev", "articles": [
            {"file": "01-gazette.md", "language": "fr"}, {"file": "02-harbour.md", "language": "en"}]}
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        realdev.freeze(folder)
        (reports / f"{name}.json").write_text(json.dumps(_reports(name)), encoding="utf-8")
    return root, reports


def test_the_retrain_command_fits_on_development_stories_and_writes_a_model_the_checker_reads(tmp_path, capsys):
    root, reports = _corpus(tmp_path, [f"fire-{n}" for n in range(5)] + ["held-1"])
    out = tmp_path / "model.json"
    assert train.main([str(root), "--reports", str(reports), "--check", "own", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "cross-validation grouped by story" in printed and "own stories (never fitted on)" in printed
    model = json.loads(out.read_text(encoding="utf-8"))
    assert tuple(model["features"]) == cf.FEATURES
    assert model["cross_validation"]["stories"] == 5  # the held-out story is scored, never fitted on
    assert model["never_fitted_on"]["own"]["stories"] == 1
    big, small = (cf.shape_of_json(item, {"01-gazette.md": "fr", "02-harbour.md": "en", "03-x.md": "fr",
                                          "04-y.md": "en", "05-z.md": "fr"}) for item in _reports("x")["points"])
    assert cf.confidence(big, out) > 0.5 > cf.confidence(small, out)  # it learned which shape held the pair


def test_calibrating_on_a_held_out_split_moves_only_the_intercept_to_that_splits_share_of_pairs(tmp_path, capsys):
    # the development stories' items hold the reader's pair as often as the model says; the held-out story adds a
    # toll told like the first but holding no pair the reader marked, so there a third of the items hold one
    root, reports = _corpus(tmp_path, [f"fire-{n}" for n in range(5)] + ["held-1"])
    held = _reports("held-1")
    other = json.loads(json.dumps(held["points"][0]))
    other["id"] = "P-held-1-3"
    for claim in other["claims"]:
        claim["text"] = claim["text"].replace("blessées", "évacuées").replace("injured", "evacuated")
    held["points"].append(other)
    (reports / "held-1.json").write_text(json.dumps(held), encoding="utf-8")
    plain, calibrated = tmp_path / "plain.json", tmp_path / "calibrated.json"
    assert train.main([str(root), "--reports", str(reports), "--out", str(plain)]) == 0
    assert train.main([str(root), "--reports", str(reports), "--calibrate", "own", "--out", str(calibrated)]) == 0
    assert "own stories, intercept moved by -" in capsys.readouterr().out
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (plain, calibrated))
    assert a["coefficients"] == b["coefficients"] and b["intercept"] < a["intercept"]  # the order is kept
    assert b["calibrated_on"]["after"]["mean_confidence"] == b["calibrated_on"]["after"]["held_a_reader_pair"]
    assert b["calibrated_on"]["after"]["mean_confidence"] < b["calibrated_on"]["before"]["mean_confidence"]
    assert b["never_fitted_on"] == {}  # the split it was calibrated on is not scored as never fitted on
    try:
        train.main([str(root), "--reports", str(reports), "--calibrate", "own", "--check", "own", "--dry-run"])
    except SystemExit as stop:
        assert stop.code == 2  # calibrating and checking on one split is refused
    else:
        raise AssertionError("--calibrate own --check own was accepted")
