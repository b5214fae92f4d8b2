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


def marks(point):
    """{(value, value): relation} of an item's pairs."""
    return {tuple(sorted((point.claims[i].value, point.claims[j].value))): rel for i, j, rel in point.pairs}


def test_a_toll_is_one_item_with_its_conflict_its_update_and_agreements(tmp_path):
    report = run(folder(tmp_path, TOLL))
    dead = [p for p in report.points if p.subject == "people killed"]
    assert len(dead) == 1  # one thing (the dead of the province), one item
    item = dead[0]
    assert item.kind == "conflict" and [c.value for c in item.claims] == ["27", "52", "61"]  # in time order
    assert marks(item) == {("52", "61"): "conflict",  # one authority, one moment, two values
                           ("27", "52"): "update", ("27", "61"): "update"}  # the Tuesday toll, then Wednesday's
    injured = [p for p in report.points if p.subject == "people injured"]
    assert len(injured) == 1 and injured[0].kind == "update"
    assert marks(injured[0])[("389", "389")] == "agreement"
    assert len({p.id for p in report.points}) == len(report.points)


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


def test_new_evidence_keeps_an_item_s_id_and_no_two_items_share_one(tmp_path):
    before = {p.subject: p.id for p in run(folder(tmp_path, TOLL)).points}
    write(tmp_path, "d.md", "---\nsource: La Dépêche\ndate: 2026-05-13\n---\nMercredi matin, la protection civile "
          "faisait état de 57 morts et de 389 blessés dans la province.\n")  # fmt: skip
    report = run(tmp_path)
    after = {p.subject: p.id for p in report.points}
    assert before["people killed"] == after["people killed"]  # a fourth outlet joins the item; its ID stays
    dead = next(p for p in report.points if p.subject == "people killed")
    assert len(dead.claims) == 4 and len(report.points) == len({p.id for p in report.points})


def test_a_verdict_on_an_item_no_longer_produced_is_listed_not_dropped(fake_model, tmp_path):
    corpus = folder(tmp_path / "c", TOLL)
    out = tmp_path / "r.json"
    assert main(["check", str(corpus), "--quiet", "--json", str(out)]) == 0
    dead = next(p for p in json.loads(out.read_text())["points"] if p["subject"] == "people killed")
    assert main(["review", str(corpus), "--set", dead["id"], "confirmed", "--note", "52 ou 61 ?"]) == 0
    for name in ("b.md", "c.md"):  # the other outlets drop their tolls: the item is gone
        write(corpus, name, TOLL[name].split("\n\n")[0].split("Mardi soir")[0].split("Mercredi matin")[0]
              + "\nLes secours poursuivent leurs recherches dans les villages de la province.\n")  # fmt: skip
    digest = tmp_path / "d.md"
    assert main(["check", str(corpus), "--quiet", "--json", str(out), "--digest", str(digest)]) == 0
    data = json.loads(out.read_text())
    assert dead["id"] not in {p["id"] for p in data["points"]}
    assert [o["id"] for o in data["review"]["orphans"]] == [dead["id"]]
    assert data["review"]["orphans"][0]["note"] == "52 ou 61 ?"
    assert "1 verdict refers to items no longer shown" in digest.read_text()


def _with_undated(tmp_path, source: str, opening: str):
    """The toll folder with an undated page e.md opening with `opening`: (its report, that page)."""
    corpus = folder(tmp_path, {
        **TOLL,
        "e.md": f"---\nsource: {source}\n---\n{opening}\n\n"
                "Mercredi matin, la protection civile faisait état de 52 morts et de 389 blessés dans la province.\n",
    })  # fmt: skip
    report = run(corpus)
    return report, next(a for a in report.articles if a.name == "e.md")


def test_an_undated_article_recalling_an_old_event_is_not_dated_by_it(tmp_path):
    report, archive = _with_undated(tmp_path, "L'Archive", "Le séisme rappelle celui du 21 mai 2003, qui avait fait "
                                    "2 266 morts.")
    assert archive.date is None and archive.date_inferred is None  # 2003 is history the text recalls
    dead = next(p for p in report.points if p.subject == "people killed")
    assert "2266" not in [c.value for c in dead.claims]  # the old toll is another event's, not this one's


def test_an_undated_article_naming_a_day_ahead_is_not_dated_by_it(tmp_path):
    report, ahead = _with_undated(tmp_path, "L'Avenir", "La candidate à l'élection du 5 juin visitera la province.")
    last = max(a.date for a in report.articles if a.date)
    assert ahead.date is None and (ahead.date_inferred is None or ahead.date_inferred <= last)  # the vote is ahead


def test_markup_and_a_3_mb_line_make_no_item_and_no_crash(tmp_path):
    line = "<script>alert(1)</script> " + "<b>40 morts</b> " * 200_000
    corpus = folder(tmp_path, {
        "a.md": "---\nsource: A\n---\n" + line + "\n",
        "b.md": "---\nsource: B\n---\n<p>La date du 99/99/2026 et le 45 février n'existent pas.</p>\n",
        "c.md": "---\nsource: C\n---\nLa réunion a eu lieu sans incident, selon les organisateurs du festival.\n",
    })  # fmt: skip
    assert (tmp_path / "a.md").stat().st_size > 3_000_000
    report = run(corpus)
    assert not [p for p in report.points if p.kind != "agreement"]
    assert {a.name for a in report.articles} | {Path(s.path).name for s in report.skipped} == {"a.md", "b.md", "c.md"}


JOURNEY = {
    "a.md": "---\nsource: Le Matin\ndate: 2026-05-13\n---\nLe ferry Kestrel, en provenance de Lorvane, a chaviré mardi "
            "au large du cap.\n\nLe passager du siège 14C, à droite du pont, a été secouru.\n",
    "b.md": "---\nsource: Le Soir\ndate: 2026-05-13\n---\nLe ferry Kestrel naviguait à destination de Lorvane quand il a "
            "chaviré.\n\nLe passager du siège 14C, à gauche du pont, a été secouru.\n",
    "c.md": "---\nsource: The Courier\ndate: 2026-05-13\nlanguage: en\n---\nThe Kestrel ferry was bound for Lorvane "
            "when it capsized off the cape.\n\nRescue boats searched the water all night.\n",
}  # fmt: skip


def test_a_journey_s_origin_against_its_destination_and_a_seat_s_side_are_conflicts(tmp_path):
    report = run(folder(tmp_path, JOURNEY))
    route = [p for p in report.points if any((c.counted or "").startswith("journey") for c in p.claims)]
    assert len(route) == 1 and route[0].kind == "conflict"
    assert sorted(c.value for c in route[0].claims) == ["from", "to", "to"]
    assert marks(route[0])[("from", "to")] == "conflict"
    seat = [p for p in report.points if any(c.counted == "side of 14c" for c in p.claims)]
    assert len(seat) == 1 and seat[0].kind == "conflict" and marks(seat[0]) == {("left", "right"): "conflict"}


@pytest.mark.parametrize("none", ["aucun mort", "pas un seul mort", "nul mort"])
def test_no_dead_told_the_same_day_as_four_dead_is_a_conflict(tmp_path, none):
    files = {
        "a.md": "---\nsource: Le Matin\ndate: 2026-05-13\n---\nAprès la nuit d'émeutes dans la ville, " + none +
                " n'a été signalé par la police.\n",
        "b.md": "---\nsource: Le Soir\ndate: 2026-05-13\n---\nAprès la nuit d'émeutes dans la ville, quatre morts "
                "ont été signalés par la police.\n",
    }  # fmt: skip
    report = run(folder(tmp_path, files))
    dead = [p for p in report.points if p.kind in ("conflict", "dispute")]
    assert [sorted(c.value for c in p.claims) for p in dead] == [["0", "4"]]
    files["a.md"] = files["a.md"].replace(" n'a été signalé", " parmi les touristes n'a été signalé")
    narrowed = run(folder(tmp_path, files))  # none of the tourists: no count of the whole night's dead
    assert not [p for p in narrowed.points if p.kind in ("conflict", "dispute")]


def test_a_page_dated_to_its_month_places_the_days_it_names_in_that_year(tmp_path):
    """« date: 2031-09 » is a date (the month), not a date not understood; « jeudi 11 septembre » on that page is
    11 September 2031, so its toll holds on that day and is a later count than the 9 September one."""
    report = run(folder(tmp_path, {
        "a.md": "---\nsource: Le Matin\ndate: 2031-09-09\n---\nLe gouvernement a annoncé mardi qu'au moins 143 "
                "personnes ont perdu la vie dans les inondations.\n\nLes secours fouillent encore les villages.\n",
        "b.md": "---\nsource: La Revue\ndate: 2031-09\n---\nLe gouvernement a annoncé, jeudi 11 septembre, qu'au "
                "moins 197 personnes ont perdu la vie dans les inondations.\n\nLes pluies ont cessé dans le nord.\n",
    }))  # fmt: skip
    assert {a.name: a.date for a in report.articles} == {"a.md": "2031-09-09", "b.md": "2031-09"}
    assert not any("not understood" in w for w in report.warnings)
    (toll,) = [p for p in report.points if any(c.value == "≥ 197" for c in p.claims)]
    assert {c.value: c.as_of for c in toll.claims} == {"≥ 143": "2031-09-09", "≥ 197": "2031-09-11"}
    assert toll.kind == "update"


CLUB = {
    "a.md": "---\nsource: Le Matin\ndate: 2026-05-13\n---\nL'incendie a ravagé la discothèque « Aurora » pendant "
            "le concert de rap, selon les pompiers.\n\nLa ville a décrété trois jours de deuil national.\n",
    "b.md": "---\nsource: Le Soir\ndate: 2026-05-13\n---\nL'incendie a ravagé la discothèque « Palace » pendant "
            "le concert de rap, racontent des rescapés.\n\nLes familles attendent des nouvelles devant la mairie.\n",
    "c.md": "---\nsource: La Veille\ndate: 2026-05-13\n---\nL'incendie a ravagé la discothèque de Velden pendant "
            "le concert de rap, dit un témoin.\n\nUne enquête a été ouverte par le parquet régional.\n",
}  # fmt: skip


def test_a_club_called_by_two_names_is_one_conflict_and_its_town_is_no_third_name(tmp_path):
    report = run(folder(tmp_path, CLUB))
    club = [p for p in report.points if p.subject == "name of the venue"]
    assert len(club) == 1 and club[0].kind == "conflict"
    assert marks(club[0]) == {("Aurora", "Palace"): "conflict"}  # « de Velden » is where it is, not what it is called
    assert any(r.kind == "names" and "Aurora" in r.text and "Palace" in r.text for r in club[0].reasons)


def test_a_story_naming_three_rivers_is_about_three_rivers(tmp_path):
    files = {name: text.replace("la discothèque « Aurora »", "la rivière Sorna").replace(
        "la discothèque « Palace »", "la rivière Velt").replace("la discothèque de Velden", "la rivière Orbe")
        for name, text in CLUB.items()}  # fmt: skip
    report = run(folder(tmp_path, files))
    assert not [p for p in report.points if p.subject == "name of the river"]
    assert len(report.articles) == 3  # every article accounted for


def test_an_item_of_counts_is_titled_by_what_they_count_whatever_each_page_calls_it(tmp_path):
    # « 155 personnes ont été blessées », "160 people were injured", « 170 blessés »: people injured, not « people »
    pages = {
        "a.md": "---\nsource: Le Matin\ndate: 2026-05-13\n---\nSelon la police, 155 personnes ont été blessées "
                "mercredi dans l'incendie de la discothèque.\n",
        "b.md": "---\nsource: The Post\ndate: 2026-05-13\nlanguage: en\n---\nPolice said 160 people were injured "
                "on Wednesday in the nightclub fire.\n",
        "c.md": "---\nsource: Le Soir\ndate: 2026-05-13\n---\nLa police fait état de 170 blessés mercredi dans "
                "l'incendie de la discothèque.\n",
    }  # fmt: skip
    report = run(folder(tmp_path, pages))
    counts = [p for p in report.points if p.what == "figure"]
    assert [p.subject for p in counts] == ["people injured"]
    assert {c.value for c in counts[0].claims} == {"155", "160", "170"}
