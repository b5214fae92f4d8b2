"""The whole pipeline with the fake embedder: findings, accounting of files, determinism, bad input."""

import json

import pytest

from checker.compare.factory import get_scorer
from checker.embedding.cache import EmbeddingCache
from checker.errors import InputError
from checker.pipeline import check
from checker.render import jsonout, markdown

from .conftest import FakeEmbedder, write


def run(paths, embedder=None, cache=None):
    return check(paths, embedder=embedder or FakeEmbedder(), scorer=get_scorer("rules"), cache=cache)


def test_conflict_between_sources_is_found_with_evidence(small_corpus):
    report = run([small_corpus])
    assert report.findings, "the demand/tolerate conflict must be reported"
    top = report.findings[0]
    assert {c.source for c in top.claims} == {"alpha", "Le Beta"}
    assert any(r.kind == "stance" for r in top.reasons)
    beta = next(c for c in top.claims if c.source == "Le Beta")
    assert beta.date == "2025-03-04"  # front matter
    assert any("semble" in beta.text[s:e] for s, e in beta.hedges)


def test_agreement_on_the_visit_is_not_a_finding(small_corpus):
    report = run([small_corpus])
    for f in report.findings:
        assert not any("visite" in c.text for c in f.claims)


def test_json_accounts_for_every_file(small_corpus):
    write(small_corpus, "notes.pdf", b"%PDF-1.4")
    write(small_corpus, "vide.txt", "")
    data = json.loads(jsonout.render(run([small_corpus])))
    used = {a["article"] for a in data["articles"]}
    skipped = {s["path"].rsplit("/", 1)[-1] for s in data["skipped"]}
    assert used == {"alpha.txt", "beta.md", "gamma.txt"}
    assert skipped == {"notes.pdf", "vide.txt"}
    finding = data["findings"][0]
    assert set(finding) >= {"id", "score", "topic", "reasons", "claims"}
    for claim in finding["claims"]:
        assert set(claim) >= {"source", "article", "date", "text", "start", "end"}


def test_two_runs_give_identical_outputs_and_ids(small_corpus):
    first, second = run([small_corpus]), run([small_corpus])
    assert markdown.render(first) == markdown.render(second)
    assert jsonout.render(first) == jsonout.render(second)


def test_ids_survive_an_unrelated_article(small_corpus):
    before = {f.id for f in run([small_corpus]).findings}
    write(small_corpus, "delta.txt", "La météo annonce de la pluie sur la Bretagne pour le week-end prochain.\n")
    after = {f.id for f in run([small_corpus]).findings}
    assert before and before <= after


def test_cache_means_no_second_encode(small_corpus, tmp_path):
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    emb = FakeEmbedder()
    run([small_corpus], emb, cache)
    run([small_corpus], emb, cache)
    assert emb.calls == 1


def test_corrupt_cache_is_rebuilt(small_corpus, tmp_path):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    report = run([small_corpus], cache=EmbeddingCache(path))
    assert report.findings


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no usable article"):
        run([tmp_path])


def test_one_source_only_is_a_clear_error(tmp_path):
    write(tmp_path, "a.txt", "---\nsource: Même journal\n---\nUne phrase assez longue pour compter.\n")
    write(tmp_path, "b.txt", "---\nsource: Même journal\n---\nUne autre phrase assez longue pour compter.\n")
    with pytest.raises(InputError, match="at least two sources"):
        run([tmp_path])


def test_matching_section_titles_are_not_listed_as_agreement(tmp_path):
    # Both outlets head the account of the visit with the same section title; the title says nothing a reviewer
    # can check, the account below it does.
    write(tmp_path, "alpha.txt", "Le gouvernement exige la fermeture immédiate de la centrale de Fessenheim.\n\n"
          "Une visite ministérielle attendue\n\n"
          "La visite du ministre a eu lieu le 2 mars 2025 à Strasbourg devant les élus régionaux.\n")  # fmt: skip
    write(tmp_path, "beta.md", "---\nsource: Le Beta\n---\n"
          "Le gouvernement semble prêt à tolérer la centrale de Fessenheim encore plusieurs années.\n\n"
          "Une visite ministérielle attendue\n\n"
          "La visite du ministre a eu lieu le 2 mars 2025 à Strasbourg devant les élus de la région.\n")  # fmt: skip
    write(tmp_path, "gamma.txt", "Les agriculteurs de la vallée manifestent contre la sécheresse cet été.\n")
    agreed = [tuple(c.text for c in a.claims) for a in run([tmp_path]).agreements]
    assert any("visite du ministre" in pair[0] for pair in agreed), "the two accounts of the visit agree"
    assert all("attendue" not in text for pair in agreed for text in pair)


def test_the_reports_name_each_article_language(tmp_path):
    write(tmp_path, "monde.txt", "Le gouvernement exige la fermeture immédiate de la centrale de Fessenheim, qui est "
          "la plus ancienne du pays et dont les réacteurs ont été mis en service en 1977.\n\n"
          "La visite du ministre a eu lieu le 2 mars 2025 à Strasbourg devant les élus régionaux, qui ont demandé "
          "des garanties pour les salariés de la centrale et pour les communes voisines.\n")  # fmt: skip
    write(tmp_path, "wire.txt", "---\nsource: Wire\n---\nThe government is ready to tolerate the Fessenheim plant "
          "for several more years, and it has said that the oldest reactors of the country can run until 2030.\n\n"
          "The minister visited Strasbourg on 2 March 2025 to meet regional councillors, who asked for guarantees "
          "for the workers of the plant and for the towns that are close to it.\n")  # fmt: skip
    write(tmp_path, "court.txt", "---\nsource: Brève\n---\nLa centrale restera ouverte.\n")
    report = run([tmp_path])
    digest = markdown.render(report)
    assert "**languages:** English 1, French 1, not detected 1" in digest  # a four-word brief is too short to tell
    # undated articles: the day their text names is a lower bound for their date, shown as inferred
    assert "| wire.txt | ≥ 2025-03-02 (inferred) | English |" in digest
    assert "| monde.txt | ≥ 2025-03-02 (inferred) | French |" in digest
    langs = {a["article"]: a["language"] for a in json.loads(jsonout.render(report))["articles"]}
    assert langs == {"monde.txt": "fr", "wire.txt": "en", "court.txt": None}


def test_the_cycle_collector_is_off_during_a_run_and_as_it_was_after(small_corpus, monkeypatch):
    """A run keeps its records to its end, so Python's cycle collector is off while it runs (each full collection
    would walk them all again) and back as it was afterwards, also after a run that fails; the report is the
    one a run with the collector on gives."""
    import gc

    import checker.pipeline as pipeline

    seen: list[bool] = []
    real = pipeline.segment
    monkeypatch.setattr(pipeline, "segment", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    assert gc.isenabled()
    report = run([small_corpus])
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        run([small_corpus])
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()
    with pytest.raises(InputError):
        run([small_corpus / "missing"])
    assert gc.isenabled()
    monkeypatch.setattr(pipeline, "_no_cycle_collection", __import__("contextlib").nullcontext)
    assert markdown.render(run([small_corpus])) == markdown.render(report)


def test_an_undated_page_of_a_story_told_within_a_week_reads_its_weekdays_as_that_week_s_days(tmp_path):
    """Pages dated Monday 1 and Wednesday 3 December: an undated page's « mardi » is Tuesday the 2nd, so its toll
    holds as of that day; in a story whose dated pages lie weeks apart, the same « mardi » stays unplaced."""

    def story(folder, first_day):
        write(folder, "a.txt", f"---\nsource: Wire\ndate: {first_day}\n---\nOnze randonneurs ont été retrouvés "
              "morts lundi après l'éruption du volcan, a indiqué un responsable des secours de la région.\n")
        write(folder, "b.txt", "---\nsource: Radio\ndate: 2031-12-03\n---\nLe bilan de l'éruption du volcan "
              "s'élève désormais à 23 morts, a indiqué mercredi un responsable des secours de la région.\n")
        write(folder, "c.txt", "---\nsource: Le Matin\n---\nLe bilan de l'éruption du volcan a été relevé mardi à 13 "
              "morts, après la découverte de deux nouveaux corps de randonneurs, a indiqué un responsable des secours.\n")
        report = run([folder])
        page = next(a for a in report.articles if a.name == "c.txt")
        thirteen = [c for p in report.points for c in p.claims if c.article == "c.txt" and c.value == "13"]
        return page, thirteen

    page, thirteen = story(tmp_path / "week", "2031-12-01")
    assert page.date is None and page.weekdays_from == "2031-12-03"
    assert thirteen and {c.as_of[:10] for c in thirteen} == {"2031-12-02"}
    page, thirteen = story(tmp_path / "weeks", "2031-11-10")
    assert page.weekdays_from is None
    assert thirteen and all(c.as_of is None for c in thirteen)
