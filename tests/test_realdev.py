"""The real-coverage corpus (scripts/realdev.py): third-party text never in git, and a story frozen to hashes
comes back whole (`thaw`) and is checked (`check`) on a fresh copy. The story here is written for the test."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("realdev", ROOT / "scripts" / "realdev.py")
realdev = importlib.util.module_from_spec(spec)
sys.modules["realdev"] = realdev
spec.loader.exec_module(realdev)

COMMITTED = {"manifest.json", "SHA256SUMS", "gold.hashed.tsv"}

A = """---
source: La Gazette du Port
date: 2031-04-02
language: fr
---
Un incendie a ravagé mardi l'entrepôt du port de Kerbastel.

Selon les pompiers, 14 personnes ont été blessées, dont 3 grièvement.
"""
B = """---
source: Harbour Daily
date: 2031-04-02
language: en
---
A fire destroyed the Kerbastel harbour warehouse on Tuesday.

Firefighters said 17 people were injured, three of them seriously.
"""
GOLD = (
    "kind\tarticle_1\tquote_1\tarticle_2\tquote_2\tnote\n"
    "conflict\t01-gazette.md\tSelon les pompiers, 14 personnes ont été blessées, dont 3 grièvement.\t"
    "02-harbour.md\tFirefighters said 17 people were injured, three of them seriously.\tinjured 14 vs 17, same holder\n"
    "compatible\t01-gazette.md\tUn incendie a ravagé mardi l'entrepôt du port de Kerbastel.\t"
    "02-harbour.md\tA fire destroyed the Kerbastel harbour warehouse on Tuesday.\ttranslation\n"
)


def story(tmp_path: Path) -> Path:
    root = tmp_path / "realdev"
    folder = root / "port-fire"
    (folder / "excerpts").mkdir(parents=True)
    (folder / "excerpts" / "01-gazette.md").write_text(A, encoding="utf-8")
    (folder / "excerpts" / "02-harbour.md").write_text(B, encoding="utf-8")
    (folder / "gold.tsv").write_text(GOLD, encoding="utf-8")
    manifest = {"story": "port-fire", "title": "a warehouse fire", "kind": "disaster toll", "queries": ["q"],
                "articles": [{"file": "01-gazette.md", "outlet": "La Gazette du Port", "url": "https://example.org/a",
                              "date": "2031-04-02", "language": "fr", "words": 0, "query": "q"},
                             {"file": "02-harbour.md", "outlet": "Harbour Daily", "url": "https://example.org/b",
                              "date": "2031-04-02", "language": "en", "words": 0, "query": "q"}]}  # fmt: skip
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_freeze_then_thaw_on_a_fresh_copy_gives_the_same_gold_and_check_passes(tmp_path, capsys):
    folder = story(tmp_path)
    assert realdev.main(["freeze", str(folder.parent)]) == 0
    hashed = (folder / "gold.hashed.tsv").read_text(encoding="utf-8")
    assert "pompiers" not in hashed and "Firefighters" not in hashed  # no sentence text in what is committed
    assert json.loads((folder / "manifest.json").read_text())["articles"][0]["words"] == 21
    # a fresh machine: only the committed files, then the excerpts rebuilt from the manifest's urls
    fresh = tmp_path / "fresh" / "port-fire"
    fresh.mkdir(parents=True)
    for name in COMMITTED:
        shutil.copy(folder / name, fresh / name)
    assert realdev.main(["check", str(fresh.parent)]) == 1  # nothing rebuilt yet: every excerpt missing
    shutil.copytree(folder / "excerpts", fresh / "excerpts")
    assert realdev.main(["check", str(fresh.parent)]) == 0
    assert realdev.main(["thaw", str(fresh.parent)]) == 0
    original = realdev.load_story(folder).pairs
    thawed = realdev.load_story(fresh).pairs
    assert [(p.kind, p.article_1, realdev.dv.norm(p.quote_1), p.article_2, realdev.dv.norm(p.quote_2))
            for p in thawed] == [(p.kind, p.article_1, realdev.dv.norm(p.quote_1), p.article_2,
                                  realdev.dv.norm(p.quote_2)) for p in original]  # fmt: skip


def test_an_edited_excerpt_is_named_by_check_and_thaw_refuses_it(tmp_path, capsys):
    folder = story(tmp_path)
    realdev.main(["freeze", str(folder.parent)])
    capsys.readouterr()
    page = folder / "excerpts" / "01-gazette.md"
    page.write_text(page.read_text(encoding="utf-8").replace("14 personnes", "41 personnes"), encoding="utf-8")
    assert realdev.main(["check", str(folder.parent)]) == 1
    out = capsys.readouterr().out
    assert "1 different: 01-gazette.md" in out
    # what to repair: the body's words against the frozen count, and the one of its two gold sentences that the edit lost
    assert "01-gazette.md: 21 words (frozen: 21), gold sentences found 1/2" in out
    assert realdev.main(["thaw", str(folder.parent)]) == 2
    err = capsys.readouterr().err
    assert "01-gazette.md is not found" in err and err.count("\n") == 1


def test_no_third_party_text_is_tracked_in_the_real_coverage_folder():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files", "data/realdev"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()  # fmt: skip
    assert tracked, "the real-coverage manifests, sums and hashed gold are committed"
    allowed = COMMITTED | {"README.md"}
    assert [p for p in tracked if Path(p).name not in allowed] == []
    assert not [p for p in tracked if "/excerpts/" in p]


def test_eval_measures_a_rebuilt_copy_that_differs_in_white_space_and_refuses_one_that_lost_a_gold_sentence(
        tmp_path, capsys, monkeypatch):  # fmt: skip
    folder = story(tmp_path)
    realdev.main(["freeze", str(folder.parent)])
    page = folder / "excerpts" / "01-gazette.md"
    frozen = page.read_text(encoding="utf-8")
    ran = []
    monkeypatch.setattr(realdev.dv, "run_checker", lambda f, out, extra: (ran.append(f.name), (None, "not run"))[1])
    page.write_text(frozen.replace("Selon les pompiers,", "Selon les\u00a0pompiers,"), encoding="utf-8")
    capsys.readouterr()
    realdev.main(["eval", str(folder.parent)])
    assert ran  # measured, and the report says the copy is not the frozen one
    assert "rebuilt copies, not byte-identical to the frozen excerpts" in capsys.readouterr().out
    page.write_text(frozen.replace("14 personnes", "41 personnes"), encoding="utf-8")
    ran.clear()
    assert realdev.main(["eval", str(folder.parent)]) == 2
    assert not ran and "the gold is not found" in capsys.readouterr().err
    # --partial measures it on the pairs still found and says how many it left out; the plain gold is untouched
    plain = (folder / "gold.tsv").read_text(encoding="utf-8")
    monkeypatch.setattr(realdev.dv, "run_checker", lambda f, out, extra: ({"points": [], "findings": []}, ""))
    assert realdev.main(["eval", "--partial", "--json", str(folder.parent)]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["left_out"] == {folder.name: "1 of 2 pairs"}
    assert res["stories"]["dev"][folder.name]["pairs"] == {"conflict": 0, "update": 0, "compatible": 1}
    assert (folder / "gold.tsv").read_text(encoding="utf-8") == plain


def frozen_then_lost(tmp_path: Path) -> Path:
    """A story frozen with its excerpt as the rebuilding instructions write it (the manifest's front matter, one
    paragraph a line), then that excerpt lost, as on a new machine."""
    folder = story(tmp_path)
    articles = json.loads((folder / "manifest.json").read_text())["articles"]
    body = A.split("---\n", 2)[2]
    (folder / "excerpts" / "01-gazette.md").write_text(realdev.front_matter(articles[0]) + body, encoding="utf-8")
    assert realdev.main(["freeze", str(folder.parent)]) == 0
    (folder / "excerpts" / "01-gazette.md").unlink()
    return folder


def test_put_rebuilds_an_excerpt_from_a_stored_page_with_its_furniture_and_says_when_it_cannot(tmp_path, capsys):
    folder = frozen_then_lost(tmp_path)
    # the stored page: its own date line, a caption and a « Lire aussi » block inside the article, text past it
    page = ("date 2031-04 Un incendie a ravagé mardi l'entrepôt du port de Kerbastel.\n"
            "Les quais au petit matin © Photo d'archive\n"
            "Lire aussi : les ports bretons face aux incendies\n"
            "Selon les pompiers, 14 personnes ont été blessées, dont 3 grièvement.\n"
            "L'enquête devra dire d'où est parti le feu, qui a couvé toute la nuit.")  # fmt: skip
    assert realdev.put(folder, "01-gazette.md", page) == (True, "identical, leaving out 2 line(s) of the page")
    assert realdev.main(["check", str(folder.parent)]) == 0
    # a page that no longer holds a gold sentence: the plainest try is written and the output says what it lacks
    (folder / "excerpts" / "01-gazette.md").unlink()
    identical, said = realdev.put(folder, "01-gazette.md", "Un incendie a ravagé mardi l'entrepôt du port de Kerbastel.")
    assert not identical and said.endswith("gold sentences found 1/2")
    assert realdev.main(["check", str(folder.parent)]) == 1
    with pytest.raises(realdev.RealDevError, match="no excerpt '09-none.md'"):
        realdev.put(folder, "09-none.md", page)


def test_put_parts_the_sentences_a_stored_page_runs_together_and_keeps_the_page(tmp_path):
    folder = frozen_then_lost(tmp_path)
    # the stored copy lost the space after two full stops (« Kerbastel.Selon », « grièvement.L'enquête »)
    page = ("Un incendie a ravagé mardi l'entrepôt du port de Kerbastel.Selon les pompiers, 14 personnes ont été "
            "blessées, dont 3 grièvement.L'enquête devra dire d'où est parti le feu, qui a couvé toute la nuit.")
    assert realdev.put(folder, "01-gazette.md", page)[0] is True
    assert realdev.main(["check", str(folder.parent)]) == 0
    # the page is kept beside the excerpts, so a later repair needs no new search; git never holds it
    assert (folder / "pages" / "01-gazette.md.txt").read_text(encoding="utf-8") == page


def test_a_fresh_story_is_measured_apart_and_its_misses_are_never_listed(tmp_path, capsys, monkeypatch):
    folder = story(tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "split": "fresh"}), encoding="utf-8")
    realdev.main(["freeze", str(folder.parent)])
    monkeypatch.setattr(realdev.dv, "run_checker", lambda f, out, extra: ({"points": [], "findings": []}, ""))
    capsys.readouterr()
    assert realdev.main(["eval", "--json", "--misses", str(folder.parent)]) == 0
    res = json.loads(capsys.readouterr().out)
    assert list(res["stories"]["fresh"]) == [folder.name] and not res["stories"]["dev"]
    assert "missed_conflicts" not in res["stories"]["fresh"][folder.name]  # nothing of its text is shown
    assert res["total"]["fresh"]["pairs"]["conflict"] == 1
    assert realdev.main(["eval", "--misses", str(folder.parent)]) == 0
    out = capsys.readouterr().out
    assert "fresh held-out stories" in out and "Selon les pompiers" not in out
    assert realdev.main(["eval", "--split", "dev", str(folder.parent)]) == 2  # no development story here


def test_eval_partial_measures_a_story_whose_stored_page_is_gone_and_says_what_it_left_out(tmp_path, capsys,
                                                                                           monkeypatch):  # fmt: skip
    # a new machine where the search tool no longer gave one page back: the story is measured without it under
    # --partial, never silently: its pairs and the excerpt are counted as left out
    folder = story(tmp_path)
    third = B.replace("Harbour Daily", "Coast Radio").replace("17 people", "15 people")
    (folder / "excerpts" / "03-coast.md").write_text(third, encoding="utf-8")
    (folder / "gold.tsv").write_text(GOLD + "conflict\t01-gazette.md\tSelon les pompiers, 14 personnes ont été "
                                     "blessées, dont 3 grièvement.\t03-coast.md\tFirefighters said 15 people were "
                                     "injured, three of them seriously.\tinjured 14 vs 15\n", encoding="utf-8")
    data = json.loads((folder / "manifest.json").read_text())
    data["articles"].append(dict(data["articles"][1], file="03-coast.md", outlet="Coast Radio"))
    (folder / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    assert realdev.main(["freeze", str(folder.parent)]) == 0
    (folder / "excerpts" / "02-harbour.md").unlink()
    ran = []
    monkeypatch.setattr(realdev.dv, "run_checker",
                        lambda f, out, extra: (ran.append(f.name), ({"points": [], "findings": []}, ""))[1])
    capsys.readouterr()
    assert realdev.main(["eval", str(folder.parent)]) == 2
    assert not ran and "excerpts missing" in capsys.readouterr().err  # without --partial: stops, says how to go on
    assert realdev.main(["eval", "--partial", "--json", str(folder.parent)]) == 0
    res = json.loads(capsys.readouterr().out)
    assert ran and res["left_out"] == {folder.name: "2 of 3 pairs, 1 of 3 excerpts missing"}
    assert res["stories"]["dev"][folder.name]["pairs"] == {"conflict": 1, "update": 0, "compatible": 0}
    assert res["not_measured"] == []
    # every pair lost, then no excerpt at all: nothing to measure, and the output names the story
    (folder / "excerpts" / "03-coast.md").unlink()
    assert realdev.main(["eval", "--partial", str(folder.parent)]) == 2
    assert "port-fire: every gold pair left out, not measured" in capsys.readouterr().err
    (folder / "excerpts" / "01-gazette.md").unlink()
    assert realdev.main(["eval", "--partial", str(folder.parent)]) == 2
    err = capsys.readouterr().err
    assert "port-fire: no excerpt rebuilt, not measured" in err and "with its excerpts rebuilt" in err
