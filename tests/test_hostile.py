"""Messy and hostile input: every file accounted for, nothing lost, nothing injected."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.compare.factory import get_scorer
from checker.errors import CheckerError, InputError
from checker.fileio import write_text_atomic
from checker.ingest import ingest, read_article
from checker.pipeline import check
from checker.records import Article, Skipped
from checker.render import jsonout, markdown
from checker.segment import MAX_SENTENCE_CHARS, segment

from .conftest import FakeEmbedder, write

FR = "Le gouvernement exige la fermeture immédiate de la centrale nucléaire de Fessenheim avant la fin de l'année."
FR2 = "Le gouvernement semble prêt à tolérer la centrale nucléaire de Fessenheim encore plusieurs années."
FR_LONG = (
    "La commission régionale a publié jeudi son rapport annuel sur la qualité de l'eau dans les rivières du "
    "département, qui souligne une amélioration lente mais réelle depuis dix ans. "
)

HTML = """<html><head><title>Centrale : le débat | Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2025-03-05T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>
<script>var tracker = "ne doit jamais apparaître";</script>
<article><h1>Centrale : le débat</h1>
<p>Le gouvernement semble prêt à tolérer la centrale nucléaire de Fessenheim encore plusieurs années, selon nos informations.</p>
<p>Les élus locaux réclament pourtant un calendrier précis pour la reconversion du site industriel.</p></article>
<div class="comments"><p>Commentaire d'un lecteur qui ne doit pas apparaître non plus dans le texte.</p></div>
</body></html>"""


def run(paths):
    return check(paths, embedder=FakeEmbedder(), scorer=get_scorer("rules"))


@pytest.fixture
def messy(tmp_path):
    write(tmp_path, "bom.txt", ("\ufeff" + FR + "\n").encode("utf-8"))
    write(tmp_path, "windows.txt", ("Paris, 3 mars 2025 - " + FR2 + "\r\nUne deuxième phrase sur la centrale et le calendrier.\r\n").encode("cp1252"))
    write(tmp_path, "page.html", HTML)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "blank.md", "   \n\t\n")
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    write(tmp_path, "binary.txt", b"\x00\x01" * 50)
    write(tmp_path, "numbers.txt", "Oui.\nNon.\nPeut-être.\n")
    write(tmp_path, "deutsch.txt", "Die Regierung hat am Montag beschlossen, das Kernkraftwerk früher als geplant zu "
          "schließen, wie ein Sprecher des Ministeriums in Berlin mitteilte. Die Opposition kritisierte die "
          "Entscheidung scharf und forderte eine Debatte im Bundestag noch vor der Sommerpause.\n")  # fmt: skip
    write(tmp_path, "broken-front.md", "---\nsource: [unclosed\n---\nLa préfecture a publié un communiqué sur la centrale ce matin.\n")
    write(tmp_path, "baddate.md", "---\nsource: Le Soir\ndate: demain peut-être\n---\nLe Soir affirme que la centrale fermera bientôt ses portes.\n")
    return tmp_path


def test_every_input_is_used_or_skipped_with_a_reason(messy):
    data = json.loads(jsonout.render(run([messy])))
    files = {p.name for p in messy.iterdir()}
    used = {a["article"] for a in data["articles"]}
    skipped = {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in data["skipped"]}
    assert used | set(skipped) == files and not used & set(skipped)
    assert "binary" in skipped["binary.txt"] and "empty" in skipped["empty.txt"]
    assert "language 'de'" in skipped["deutsch.txt"]
    assert "no sentence" in skipped["numbers.txt"]
    assert ".txt or .md" in skipped["photo.jpg"] or "not an article" in skipped["photo.jpg"]
    warnings = " ".join(data["warnings"])
    assert "front matter is not valid YAML" in warnings and "not understood" in warnings


def test_encodings_and_line_endings(messy):
    articles, _ = ingest([messy])
    by = {a.name: a for a in articles}
    assert by["bom.txt"].text.startswith("Le gouvernement")
    assert "\r" not in by["windows.txt"].text and "prêt à tolérer" in by["windows.txt"].text
    assert by["windows.txt"].date == "2025-03-03"


def test_html_page_text_and_metadata(messy):
    a = read_article(messy / "page.html")
    assert isinstance(a, Article)
    assert (a.source, a.date, a.title) == ("Le Quotidien", "2025-03-05", "Centrale : le débat")
    sentences = [s.text for s in segment([a])]
    body = " ".join(sentences)
    assert "tolérer la centrale" in body and "réclament" in body
    assert "tracker" not in body and "Commentaire" not in body and "Accueil" not in body


def test_syndicated_copies_are_detected_and_not_compared(tmp_path):
    story = FR + " " + FR_LONG * 3 + "Les syndicats contestent la décision.\n"
    write(tmp_path, "agence.txt", "---\nsource: Agence\ndate: 2025-03-01\n---\n" + story)
    write(tmp_path, "reprise.txt", "---\nsource: Reprise\ndate: 2025-03-02\n---\n" + story.replace("Les syndicats", "Les syndicats locaux"))
    write(tmp_path, "autre.txt", "---\nsource: Autre\n---\n" + FR2 + "\n")
    report = run([tmp_path])
    assert [(c, o) for c, o, _ in report.copies] == [("reprise.txt", "agence.txt")]
    for f in report.findings:
        assert {c.article for c in f.claims} != {"agence.txt", "reprise.txt"}
    assert "syndicated copy of agence.txt" in markdown.render(report)


def test_copies_alone_are_not_two_sources(tmp_path):
    story = FR + " " + FR_LONG * 3
    write(tmp_path, "a.txt", "---\nsource: A\n---\n" + story)
    write(tmp_path, "b.txt", "---\nsource: B\n---\n" + story)
    with pytest.raises(InputError, match="copies of one story"):
        run([tmp_path])


def test_same_source_twice_is_a_warning(tmp_path):
    write(tmp_path, "a1.txt", "---\nsource: A\n---\n" + FR + "\n")
    write(tmp_path, "a2.txt", "---\nsource: A\n---\nLe ministre a visité le site de la centrale mardi dernier.\n")
    write(tmp_path, "b.txt", "---\nsource: B\n---\n" + FR2 + "\n")
    report = run([tmp_path])
    assert any("2 articles from this source" in w for w in report.warnings)


def test_enormous_line_and_long_sentences_are_handled(tmp_path):
    long_sentence = "La centrale " + ", ".join(["et la commission régionale a encore publié un rapport"] * 60) + "."
    assert len(long_sentence) > MAX_SENTENCE_CHARS
    big = (FR_LONG * 20000)  # one line of several MB
    write(tmp_path, "big.txt", big + "\n" + long_sentence + "\n")
    write(tmp_path, "b.txt", "---\nsource: B\n---\n" + FR2 + "\n")
    assert (tmp_path / "big.txt").stat().st_size > 3_000_000
    article = read_article(tmp_path / "big.txt")
    sentences = segment([article])
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert any(s.part for s in sentences)
    for s in sentences:
        assert article.text[s.start : s.end] == s.text


def test_two_runs_on_a_messy_folder_are_identical(messy):
    first, second = run([messy]), run([messy])
    assert jsonout.render(first) == jsonout.render(second)
    assert markdown.render(first) == markdown.render(second)


def test_atomic_write_keeps_the_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "digest.md"
    target.write_text("the good digest")

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "half a new digest")
    assert target.read_text() == "the good digest"
    assert [p.name for p in tmp_path.iterdir()] == ["digest.md"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_ingest_and_segment_never_crash_on_random_input(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "random.txt"
    path.write_bytes(data)
    try:
        result = read_article(path)
    except CheckerError:
        return
    if isinstance(result, Skipped):
        assert result.reason
        return
    for s in segment([result]):
        assert result.text[s.start : s.end] == s.text
