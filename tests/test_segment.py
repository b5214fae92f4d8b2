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


def test_cached_split_gives_the_same_sentences_without_splitting_again(tmp_path):
    from checker.embedding.cache import EmbeddingCache

    calls = []

    def counting(texts):
        for text in texts:
            calls.append(text)
            yield [(m.start(), m.end()) for m in __import__("re").finditer(r"[^.]+\.", text)]

    first = read_article(write(tmp_path, "a.txt", "Le ministre a parlé hier soir. Il a promis une loi.\n"))
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    cold = segment([first], min_words=2, splitter=counting, cache=cache)
    assert len(calls) == 1
    warm = segment([first], min_words=2, splitter=counting, cache=cache)
    assert warm == cold and len(calls) == 1  # a warm run does not split (or load spaCy) again
    edited = read_article(write(tmp_path, "a.txt", "Le ministre a parlé hier matin. Il a promis une loi.\n"))
    assert segment([edited], min_words=2, splitter=counting, cache=cache)[0].text == "Le ministre a parlé hier matin."
    assert len(calls) == 2  # a changed article is split afresh


def test_a_wire_dateline_stays_with_the_sentence_it_opens(tmp_path):
    text = "VARONA, May 8. /KESTREL/. The death toll from the dam collapse has risen to 158, the ministry said. " \
           "Rescuers are still searching the valley.\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert [s.text for s in segment([article], min_words=4)] == [
        "VARONA, May 8. /KESTREL/. The death toll from the dam collapse has risen to 158, the ministry said.",
        "Rescuers are still searching the valley."]
    article = read_article(write(tmp_path, "b.txt", "Oui. Le gouvernement a publié un rapport complet.\n"))
    assert [s.text for s in segment([article], min_words=4)] == ["Le gouvernement a publié un rapport complet."]


def test_a_quotation_closed_on_a_comma_keeps_its_attribution(tmp_path):
    text = "“We regret to say that, of the 318 aboard, there are 317 confirmed deaths,” the ferry line said. " \
           "Divers resumed the search at dawn.\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert [s.text for s in segment([article], min_words=4)] == [
        "“We regret to say that, of the 318 aboard, there are 317 confirmed deaths,” the ferry line said.",
        "Divers resumed the search at dawn."]


@pytest.mark.parametrize("first, second", [
    ("The ferry capsized on Sunday at 4:15 p.m. local time, the coast guard said.", "Divers resumed the search."),
    # a clock abbreviation followed by a bracket
    ("The quake struck at 11:52 p.m. (1807 GMT) on Friday in Varona district.", "Rescuers reached the valley."),
    # a month's abbreviation before its day, a title's before a name
    ("The storm made landfall on Sept. 26 near Varona, officials said.", "Rescuers reached the valley."),
    ("At least 46 people are dead, Varnia Gov. Elena Ruiz said Wednesday.", "Maj. Gen. Tom Aku led the search."),
    # a time zone after "p.m.", a bracket closed on no full stop
    ("The storm's eye passed over Varona around 11:10 p.m. EDT on Thursday.", "Rescuers reached the valley."),
    ("The body was recovered around 10:30 a.m. Friday morning, officials said.", "Rescuers reached the valley."),
    # a piece of a few words ending on an initialism starts a sentence
    ("A U.S. Army veteran drove a truck into the crowd on Varona's main street.", "Rescuers reached the valley."),
    # a semicolon ends a clause, not a sentence: the figure stays with what it counts
    ("Le car est tombé d'un viaduc ; la chute, de dix mètres, a fait 21 morts et 15 blessés.", "L'enquête a débuté lundi matin."),
])  # fmt: skip
def test_an_abbreviation_the_splitter_ends_on_does_not_cut_the_sentence(tmp_path, first, second):
    article = read_article(write(tmp_path, "a.txt", f"{first} {second}\n"))
    assert [s.text for s in segment([article], min_words=4)] == [first, second]


def test_a_piece_opening_on_a_comma_is_the_rest_of_the_sentence():
    text = "The storm roared ashore at 8:30 p.m., the hurricane centre said. Rescuers came at dawn."
    cut = text.index(", the hurricane")
    spans = [(0, cut), (cut, text.index(" Rescuers")), (text.index("Rescuers"), len(text))]
    assert [text[s:e] for s, e in merge_quotes(text, spans)] == [
        "The storm roared ashore at 8:30 p.m., the hurricane centre said.", "Rescuers came at dawn."]


def test_a_bracket_closed_on_no_full_stop_ends_no_sentence():
    # the splitter cut after "(NF)" as spaCy's does after "the Islamic State group's (IS)"
    text = "The so-called Northern Front group's (NF) Sahel branch claimed the attack. Rescuers came (at dawn.)"
    cut = text.index(" Sahel")
    spans = [(0, cut), (cut + 1, text.index(" Rescuers")), (text.index("Rescuers"), len(text))]
    assert [text[s:e] for s, e in merge_quotes(text, spans)] == [
        "The so-called Northern Front group's (NF) Sahel branch claimed the attack.", "Rescuers came (at dawn.)"]


def test_a_wire_dateline_with_its_agency_in_brackets_stays_with_its_sentence(tmp_path):
    text = "VARONA, May 8 (Kestrel) - The death toll from the dam collapse has risen to 158. Rescuers are searching.\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert [s.text for s in segment([article], min_words=3)] == [
        "VARONA, May 8 (Kestrel) - The death toll from the dam collapse has risen to 158.", "Rescuers are searching."]
