import pytest

from checker.ingest import read_article
from checker.segment import merge_quotes, segment

from .conftest import write

GOLDEN = [
    # (name, paragraph, expected sentences)
    ("abbreviation M.", "M. Dupont est arrivé hier à Paris. Il repart demain matin.",
     ["M. Dupont est arrivé hier à Paris.", "Il repart demain matin."]),
    ("quotation kept whole", "« Nous collaborons toujours. Nous avons partagé des informations », a déclaré le général.",
     ["« Nous collaborons toujours. Nous avons partagé des informations », a déclaré le général."]),
    ("initials", "Le général A. Goïta a reçu J. Smith à Bamako. La rencontre a duré deux heures.",
     ["Le général A. Goïta a reçu J. Smith à Bamako.", "La rencontre a duré deux heures."]),
]  # fmt: skip


@pytest.mark.parametrize("name, paragraph, expected", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden(tmp_path, name, paragraph, expected):
    article = read_article(write(tmp_path, "a.txt", paragraph + "\n"))
    assert [s.text for s in segment([article], min_words=2)] == expected


def test_offsets_point_into_the_article_text(tmp_path):
    article = read_article(
        write(tmp_path, "a.txt", "Un titre sans point final ici\n\nPremière phrase du texte. Deuxième phrase du texte.\n")
    )
    sentences = segment([article], min_words=2)
    assert [s.text for s in sentences] == [
        "Un titre sans point final ici",
        "Première phrase du texte.",
        "Deuxième phrase du texte.",
    ]
    for s in sentences:
        assert article.text[s.start : s.end] == s.text


def test_repeated_sentence_in_one_article_kept_once(tmp_path):
    article = read_article(write(tmp_path, "a.txt", "Il pleut sur la ville ce matin. Le vent souffle fort.\nIl pleut sur la ville ce matin.\n"))
    assert [s.text for s in segment([article], min_words=2)] == ["Il pleut sur la ville ce matin.", "Le vent souffle fort."]


def test_short_fragments_are_not_claims(tmp_path):
    article = read_article(write(tmp_path, "a.txt", "Oui.\nLe gouvernement a publié un rapport complet.\n"))
    assert [s.text for s in segment([article], min_words=4)] == ["Le gouvernement a publié un rapport complet."]


def test_merge_quotes_with_fake_splitter():
    text = "Il a dit : « Oui. Non. » Puis il est parti."
    spans = [(0, 17), (18, 22), (23, 24), (25, len(text))]
    assert [text[s:e] for s, e in merge_quotes(text, spans)] == ["Il a dit : « Oui. Non. »", "Puis il est parti."]
