from pathlib import Path

import pytest

from checker.errors import InputError
from checker.ingest import ingest, parse_dateline, read_article
from checker.records import Article, Skipped

from .conftest import SEEDS, write


def kept(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in article.spans]


def test_front_matter_overrides_inferred_metadata(tmp_path):
    path = write(tmp_path, "x.md", "---\nsource: Le Monde\ndate: 2025-01-02\ntitle: T\nurl: https://e.x\n---\nUn texte.\n")
    a = read_article(path)
    assert (a.source, a.date, a.title, a.url) == ("Le Monde", "2025-01-02", "T", "https://e.x")
    assert kept(a) == ["Un texte."]


def test_source_defaults_to_file_name(tmp_path):
    a = read_article(write(tmp_path, "le-figaro.txt", "Un texte sans métadonnées.\n"))
    assert a.source == "le-figaro" and a.date is None


@pytest.mark.parametrize(
    "line, date",
    [
        ("Bamako, 16 septembre 2025 - Les relations", "2025-09-16"),
        (" date 2026-03-10 Après plusieurs années", "2026-03-10"),
        ("1er janvier 2024 — Le texte", "2024-01-01"),
        ("Le 2 février 2026, le ministre a reçu", None),  # an event date in the lead, not a dateline
    ],
)
def test_dateline(line, date):
    assert parse_dateline(line)[0] == date


def test_dateline_is_not_quoted_as_part_of_the_first_sentence(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Bamako, 16 septembre 2025 - Les relations changent.\n"))
    assert a.date == "2025-09-16"
    assert kept(a) == ["Les relations changent."]


def test_hard_wrapped_wire_copy_is_read_in_whole_sentences(tmp_path):
    # wire copy cut at sixty characters: a sentence over four lines is one sentence, its figure with its subject
    body = ("LYON, March 3 (Wire) - The regional council agreed to buy\n"
            "forty electric buses from a company based in\n"
            "Grenoble on Monday, one of several deals signed during\n"
            "the prefect's visit to the city, which the opposition\n"
            "criticised as costly.\n"
            "The mayor is travelling with a dozen councillors and\n"
            "some 30 business owners.\n")
    a = read_article(write(tmp_path, "wire.md", "---\nsource: Wire\nlanguage: en\n---\n" + body))
    assert "travelling with a dozen councillors and some 30 business owners." in kept(a)[-1]
    assert "from a company based in Grenoble on Monday" in kept(a)[0]  # a line going on in upper case too
    assert len(kept(a)) == 2 and "\n" not in "".join(kept(a))
    assert len(a.text) == len(body) + len("---\nsource: Wire\nlanguage: en\n---\n")  # every offset holds


def test_a_sentence_cut_once_is_joined_but_headlines_and_bylines_stay_apart(tmp_path):
    text = ("Naufrage au large de la Sicile\n"
            "par Jean Dupont\n"
            "ROME - Au moins douze personnes sont mortes, a indiqué le maire de la ville, qui\n"
            "a demandé l'aide de l'État.\n"
            "\n"
            "Les recherches reprendront mardi,\n"
            "selon les garde-côtes.\n")
    a = read_article(write(tmp_path, "x.md", "---\nsource: X\nlanguage: fr\n---\n" + text))
    assert kept(a)[:2] == ["Naufrage au large de la Sicile", "par Jean Dupont"]
    assert "a indiqué le maire de la ville, qui a demandé l'aide de l'État." in kept(a)[2]
    assert kept(a)[3] == "Les recherches reprendront mardi, selon les garde-côtes."


def test_a_line_ending_on_a_quotation_the_sentence_goes_on_after_is_joined(tmp_path):
    text = ("Les secours ont trouvé l'appareil qui a « heurté une montagne »\n"
            "lors du choc, selon la télévision.\n"
            "« Nous sommes prêts »\n"
            "Le ministre a parlé lundi.\n")
    a = read_article(write(tmp_path, "x.md", "---\nsource: X\nlanguage: fr\n---\n" + text))
    assert kept(a) == ["Les secours ont trouvé l'appareil qui a « heurté une montagne » lors du choc, selon la télévision.",
                       "« Nous sommes prêts »", "Le ministre a parlé lundi."]


def test_page_furniture_and_repeats_are_removed(tmp_path):
    text = (
        "Titre de l'article sur la coopération\n\n"
        "Premier paragraphe qui dit quelque chose.\n"
        "Second paragraphe qui dit autre chose.\n"
        "Premier paragraphe qui dit quelque chose.\n"
        "Avec les informations de Jeune Afrique\n"
        "Précédent\n\nUne autre histoire : la bourse monte\n\nSuivant\n\nEncore une autre histoire sans rapport\n"
        "Votre commentaire\n"
        "XY12\n"
    )
    a = read_article(write(tmp_path, "a.txt", text))
    assert kept(a) == [
        "Titre de l'article sur la coopération",
        "Premier paragraphe qui dit quelque chose.",
        "Second paragraphe qui dit autre chose.",
    ]
    assert any("repeated paragraph" in r for r in a.removed)
    assert any("teaser" in r for r in a.removed)


def test_every_file_is_accounted_for(tmp_path):
    write(tmp_path, "good.txt", "Un article normal avec du texte.\n")
    write(tmp_path, "empty.txt", "   \n\n")
    write(tmp_path, "binary.txt", b"\x00\x01\x02\x03PNG\x00\x00")
    write(tmp_path, "image.png", b"\x89PNG\r\n")
    write(tmp_path, "latin1.txt", "Un été à Noël, déjà.\n".encode("cp1252"))
    articles, skipped = ingest([tmp_path])
    assert sorted(a.name for a in articles) == ["good.txt", "latin1.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "image.png"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert ".txt or .md" in reasons["image.png"]
    latin = next(a for a in articles if a.name == "latin1.txt")
    assert "été à Noël" in latin.text


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        ingest([tmp_path / "nope"])


def test_seeds_metadata():
    articles, skipped = ingest([SEEDS])
    assert not skipped
    dates = {a.name[:3]: a.date for a in articles}
    assert dates["002"] == "2025-09-16" and dates["004"] == "2026-03-10"
    by = {a.name[:3]: a for a in articles}
    assert not any("Votre commentaire" in p for p in kept(by["000"]))
    assert not any("Tunisie" in p for p in kept(by["001"]))
    assert not any(p == "AK12" for p in kept(by["002"]))


def test_unreadable_file_is_skipped(tmp_path):
    result = read_article(tmp_path / "missing.txt")
    assert isinstance(result, Skipped) and "cannot be read" in result.reason
