"""Who: the holder who states a claim (« selon la protection civile », « X a déclaré », "X said") and the actor
whose stance it is (the subject of « exigent », « prête à tolérer »), read from one sentence.

General French and English attribution patterns; names are resolved through the gazetteer (countries, their
capitals, demonyms and seats of government, international organisations), so « Washington », « les
États-Unis » and « l'administration américaine » are one actor. Nothing here names an entity of a story.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..reading.signals import MONTHS
from . import gazetteer
from .figures import WEEKDAY_WORDS

Span = tuple[int, int]


@dataclass(frozen=True)
class Who:
    """A person or body named in a sentence: a key that is the same for every name of it, and the words."""

    key: str
    name: str
    span: Span
    role: str | None = None


_ATTRIB_FR = (
    r"(?:déclar|affirm|indiqu|soulign|précis|annonc|assur|expliqu|rapport|estim|ajout|confi|réaffirm|"
    r"recens|dénombr|compt|revendiqu|dément|démenti|contest|avanc|chiffr|évalu|signal|reconn|martel|"
    r"insist|dénonc|accus|communiqu|publi|confirm|fait\s+(?:\w+ment\s+)?état|fait\s+savoir|fait\s+valoir|évoqu|parl|"
    r"assén|admet|admis|comptabilis|déplor|fait\s+le\s+point|dress)\w*|dit|disent|disait|disaient"
)
_ATTRIB_EN = (
    r"(?:said|says|told|stated|claimed|claims|announced|reported|reports|added|counted|estimated|recorded|"
    r"denied|denies|confirmed|confirms|insisted|acknowledged|put\s+the\s+(?:toll|number|figure)|"
    r"put\s+(?:the\s+)?(?:death\s+)?toll|tallied|listed|gave)"
)
_AUX = r"(?:(?:a|ont|avait|avaient|aurait|auraient|a\s+été|s['’]est|se\s+sont)\s+(?:\w+ment\s+)?)?"
# « la protection civile a fait état de … », « les organisateurs revendiquent … », "the ministry said …"
_SUBJECT_VERB = re.compile(rf"(?P<np>[^,;:«»\n]{{2,90}}?)\s+{_AUX}(?P<verb>{_ATTRIB_FR}|{_ATTRIB_EN})\b", re.I)
# Where _SUBJECT_VERB can match at all: its verb after a space. Cheap to look for; the full pattern tries up to
# 90 subject lengths at every position, so it is run only on the sentences this finds (a ninth of them).
_ANY_ATTRIBUTION = re.compile(rf"\s(?:{_ATTRIB_FR}|{_ATTRIB_EN})\b", re.I)
# « …, a indiqué la protection civile », "…, said the ministry"
_VERB_SUBJECT = re.compile(
    rf"[,«»]\s*(?:a|ont|avait|selon\s+ce\s+qu['’]a)?\s*(?P<verb>{_ATTRIB_FR}|{_ATTRIB_EN})\s+(?P<np>[^,.;:«»()\n]{{2,80}})",
    re.I,
)
_ACCORDING = re.compile(
    r"\b(?:selon|d['’]après|de\s+source|citant|according\s+to|citing|per)\s+(?P<np>[^,.;:«»()\n]{2,80})", re.I
)
_PRONOUN = re.compile(r"^(?:il|elle|ils|elles|on|celui-ci|celle-ci|ceux-ci|he|she|they|it|we|nous|je|i)$", re.I)
_LEADING = re.compile(
    r"^(?:(?:et|mais|or|donc|puis|ensuite|enfin|de\s+son\s+côté|pour\s+sa\s+part|and|but|meanwhile|"
    r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+matin|ce\s+soir|côté)\s+)+",
    re.I,
)
_CUT_AFTER = re.compile(r"\s+(?:à|au|aux|dans|sur|lors|en|devant|auprès|to|in|on|at|during|before|que|that)\s.*$", re.I)
# A title before a person's name (« le Dr X », « Me X », "Mr X"): the same person without it.
_TITLE = re.compile(r"^(?i:dr|docteur|doctor|pr|professeur|professor|prof|me|maître|m|mme|mlle|mr|mrs|ms|sir)\.?\s+(?=[A-ZÀ-Ý])")
_ARTICLE = re.compile(r"^(?:(?:les|le|la|des|un|une|the|a|an)\b\s*|l['’]\s*)", re.I)
# « le porte-parole de l'armée » speaks for the army: the holder is whom the spokesperson speaks for.
_SPOKESPERSON = re.compile(
    r"^(?:(?:le|la|l['’]|un|une|the|a)\s*)?(?:porte-parole|représentante?|responsable|chef|cheffe|directeur|"
    r"directrice|secrétaire\s+général|spokes(?:man|woman|person)|representative|head|chief|director)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|for\s+the\s+|for\s+|of\s+the\s+|of\s+)",
    re.I,
)
# Nouns that point back to a body named earlier in the article (« le mouvement affirme », "the group said").
_ANAPHOR = re.compile(
    r"^(?:(?:le|la|l['’]|les|ce|cette|the|this|its|their|son|sa|leur)\s*)?(?:mouvement|groupe|organisation|"
    r"organisme|agence|formation|institution|porte-parole|ong|collectif|coalition|rébellion|group|movement|"
    r"organi[sz]ation|agency|body|spokes(?:man|woman|person)|rebels|ngo|même|communiqué|rapport|texte|document|"
    r"déclaration|bilan|statement|report|same)$",
    re.I,
)
ANAPHOR = "~earlier"  # the key of a holder that points back to the article's previous holder
# A subject pronoun set after its verb (« …, a-t-il déclaré », « précise-t-elle », « ajoutent-ils »): whoever the
# article named before speaks again.
_INVERTED_PRONOUN = re.compile(r"(?:[^\W\d_]+-)?(?:t-)?(?:il|elle|ils|elles|on)", re.I)
# A kind of body, then its own name: « le syndicat CGT », « le cabinet indépendant Occurrence », « le magazine
# français Le Point », "the newspaper El País", "the charity Oxfam": the holder is the name.
_TYPE_NOUN = re.compile(
    r"^(?i:(?:(?:les|le|la|l['’]|un|une|the|a|an)\s*)?(?:syndicats?|cabinets?|quotidiens?|journal|journaux|hebdomadaires?|"
    r"magazines?|sites?|médias?|chaînes?|radios?|instituts?|ong|associations?|partis?|collectifs?|sociétés?|"
    r"entreprises?|compagnies?|firmes?|groupes?|agences?\s+de\s+presse|unions?|firms?|newspapers?|dail(?:y|ies)|"
    r"weekl(?:y|ies)|broadcasters?|channels?|institutes?|ngos?|charit(?:y|ies)|part(?:y|ies)|companies|company|"
    r"airlines?|carriers?|news\s+agenc(?:y|ies)|outlets?))"
    r"(?:\s+(?!de\b|du\b|des\b|of\b)[a-zà-ÿ'’\-]+){0,3}\s+(?P<name>[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý\d][\w'’\-]*)*)$"
)


def _head_institution(phrase: str) -> str:
    """The institution noun a phrase opens with (« chef de l'État malien » → chef de l etat), folded; "" if none."""
    folded = fold(_ARTICLE.sub("", phrase))
    return next((noun for noun in _institutions() if folded == noun or folded.startswith(noun + " ")), "")


@lru_cache(maxsize=1)
def _institutions() -> dict[str, str]:
    """Institution nouns (« l'armée », "the interior ministry") → their role, folded, longest first."""
    data = gazetteer.actors_data()["institutions"]
    table = {fold(noun): role for lang in data.values() for noun, role in lang.items()}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def _role_of(phrase: str) -> str | None:
    """The role an institution noun names at the head of a phrase (« l'armée namboréenne » → army), or further in
    when the head is a generic body noun (« l'agence publique de gestion des catastrophes », « la direction de
    l'aviation civile », « la commission nationale de recensement des votes »)."""
    folded = _OWNER.sub("", fold(_ARTICLE.sub("", phrase)))
    for noun, role in _institutions().items():
        if folded == noun or folded.startswith(noun + " "):
            return role
    words = folded.split()
    if len(words) > 1 and words[-1] in _GENERIC_HEADS and words[0] not in _GENERIC_HEADS:
        # English puts the body noun last: "the state disaster management agency" holds "disaster management agency"
        inside = [(-len(noun), role) for noun, role in _institutions().items()
                  if noun != words[-1] and f" {noun} " in f" {folded} "]
        if inside:
            return min(inside)[1]
    if len(words) > 1 and words[-1] in _institutions() and all(w in _LEVELS for w in words[:-1]):
        # English puts the head last: "regional authorities", "local officials" are « les autorités régionales »
        return _institutions()[words[-1]]
    if not words or words[0] not in _GENERIC_HEADS:
        return None
    rest = " " + " ".join(words[1:]) + " "
    found = [(rest.find(f" {noun} "), -len(noun), role) for noun, role in _institutions().items() if f" {noun} " in rest]
    if found:
        return min(found)[2]
    if words[0] in _BOARDS and _ELECTORAL.search(rest):
        return "electoral-commission"
    return None


# Words that say which level of a body speaks, not which body ("regional authorities", "senior officials").
_LEVELS = frozenset("regional local provincial federal state municipal city district county national central "
                    "senior top".split())


# Head nouns that say "a body" without saying which: what follows them does (« l'agence … de gestion des
# catastrophes », "the national disaster management authority", « le commissaire de police »).
_GENERIC_HEADS = frozenset("""agence agences autorite autorites commission commissions conseil direction directions
    service services office bureau organisme organismes institution institut cellule centre departement
    commissaire commissariat source sources responsable responsables membre membres equipe equipes agent agents
    administration haute haut delegation agency agencies authority authorities council board body bodies department
    unit team teams official officials member members staff head chief commissioner""".split())
_OWNER = re.compile(r"^(?:(?:country|nation|state) ?s|its|their|son|sa|ses|leur|leurs) ")  # "the country's council"
_BOARDS = frozenset("autorite commission commissions conseil organe organisme authority commission council board "
                    "body bodies agency".split())
_ELECTORAL = re.compile(r" (?:electora\w*|elections?|votes?|scrutins?|ballots?) ")
_TIME_WORDS = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|soirée|nuit|hier|aujourd['’]hui|"
    r"heures?|h\d*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night)\b",
    re.I,
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


_TRAILING = re.compile(
    r"\s+(?:a(?=\s+\w+(?:é|ée|és|ées|i|is|u|us|t)\b)|ont|avait|avaient|aurait|auraient|had|has|have|was|were|is|"
    r"are|hadn['’]t|hasn['’]t|haven['’]t|will|would|could|might|still|also|already|déjà|alors|aussi|"
    r"également|encore|lui-même|elle-même|itself|then|now|désormais)\b.*$",
    re.I,
)
# « les chiffres de la préfecture », "figures from the ministry": the holder is the body the figures come from.
_FIGURES_OF = re.compile(
    r"^(?:(?:les|le|la|l['’]|un|une|des|the|a|its|their|son|sa|leur)\s*)?(?:chiffres?|bilans?|décomptes?|comptages?|"
    r"estimations?|données|sources?|communiqués?|rapports?|textes?|documents?|déclarations?|"
    r"figures?|count|tally|estimates?|data|sources?|statements?|reports?|documents?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|from\s+the\s+|"
    r"from\s+|of\s+the\s+|of\s+|by\s+the\s+)",
    re.I,
)


_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAYS = WEEKDAY_WORDS
# A day said next to the verb (« a annoncé lundi 27 octobre le Conseil », « établi par les autorités samedi 29
# août »): when, not who.
_DAY = (rf"(?:(?:{_WEEKDAYS})\s*)?(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\s*)?"
        r"(?:matin|soir|midi|après-midi|morning|evening|night)?")
_DAY_FIRST = re.compile(rf"^(?=\S)(?:{_DAY})\s+(?=\S)", re.I)
_DAY_LAST = re.compile(rf"(?<=\S)\s+(?:{_DAY})$", re.I)
# « le dernier bilan établi par les autorités », "the toll released by the ministry": the holder is the agent.
_DOCUMENT_BY = re.compile(
    r"^(?:(?:les|le|la|l['’]|un|une|des|ce|cette|the|a|its|this)\s*)?(?:[\w-]+\s+){0,2}?(?:chiffres?|bilans?|"
    r"décomptes?|comptages?|estimations?|rapports?|communiqués?|figures?|counts?|tally|toll|estimates?|reports?)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:établie?s?|publiée?s?|communiquée?s?|fournie?s?|diffusée?s?|dressée?s?|annoncée?s?|"
    r"released|issued|compiled|published|given|provided)\s+(?:par|by)\s+",
    re.I,
)


_COMPLEMENT_LAST = re.compile(r"\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’]|of\s+the|of)\s*[^\s]+(?:\s+[^\s]+)?$", re.I)


def _head_phrase(phrase: str, most: int = 10) -> str:
    """A phrase too long for a name, shortened by its last complements (« le ministre de la Santé de
    l'administration de l'Est de la Libye » → « le ministre de la Santé de l'administration de l'Est »)."""
    while len(phrase.split()) > most:
        shorter = _COMPLEMENT_LAST.sub("", phrase)
        if shorter == phrase:
            break
        phrase = shorter
    return phrase


def _clean(np: str) -> str:
    np = np.strip()
    np = _LEADING.sub("", np)
    np = _DOCUMENT_BY.sub("", np)
    np = _DAY_FIRST.sub("", np)
    np = _CUT_AFTER.sub("", np)
    np = _TRAILING.sub("", np)
    np = _FIGURES_OF.sub("", np)
    np = _DAY_LAST.sub("", np)
    return np.strip(" ,'’\"«»“”")  # (« ” Maduro told … »: a quotation's closing mark is no part of the name)


# « un bilan provisoire », "the same update", « dans un premier recensement »: a document, not who issued it.
_DOCUMENT = re.compile(
    r"^(?:(?:dans|in|selon)\s+)?(?:(?:le|la|l['’]|les|un|une|des|de|son|sa|leur|ce|cette|the|a|an|its|their|this)\s*)?"
    r"(?:(?:premier|première|dernier|dernière|nouveau|nouvel|nouvelle|nouveaux|nouvelles|même|précédent|précédente|"
    r"initial|initiale|first|last|latest|new|same|previous|earlier|initial|"
    r"provisional|official|updated)\s+)*(?:bilans?|estimations?|estimates?|rapports?|communiqués?|textes?|documents?|recensements?|"
    r"décomptes?|comptages?|mises?\s+à\s+jour|bulletins?|updates?|reports?|statements?|counts?|tally|toll|census)\b(?!.*\b(?:de|du|des|d['’]|of|by|from)\b)",
    re.I,
)


# Figures and data passed on with no owner named (« selon les derniers chiffres », « les données », "the latest data",
# « l'annonce faite à 18h »): who gave them is the holder before them, not a claimant of their own. Official figures
# are the state's (_role_of), and figures « du ministère » the ministry's.
_DATA = re.compile(
    r"^(?:(?:dans|in|selon)\s+)?(?:(?:le|la|l['’]|les|un|une|des|de|ce|cette|ces|the|a|an|this|these)\s*)?"
    r"(?:(?:premiers?|premières?|derniers?|dernières?|nouveaux|nouvelles?|first|last|latest|new|initial|early)\s+)*"
    r"(?:chiffres|données|informations|résultats|annonces?|analyses?|points?|data|figures|numbers|results|information)\b"
    r"(?!.*\b(?:de|du|des|d['’]|of|by|from|offici\w*)\b)",
    re.I,
)


_ATTRIBUTION_FIRST = re.compile(r"(?:selon|d['’]après|according\s+to)\b", re.I)


def who(phrase: str, start: int = 0) -> Who | None:
    """A noun phrase as a Who: the gazetteer's actor when it names one, else the phrase itself, folded."""
    phrase = _clean(phrase)
    if len(phrase.split()) > 10 and not re.search(r"(?:^|[\s(])\d", phrase):
        named = {a.key for a in gazetteer.find_actors(phrase)}
        if len(named) == 1:  # « la division des droits de l'homme de la mission des Nations unies au Namboré »
            role = _role_of(phrase)
            return Who(named.pop() + (f":{role}" if role else ""), phrase, (start, start + len(phrase)), role)
        phrase = _head_phrase(phrase)
    if not phrase or _PRONOUN.match(phrase) or len(phrase.split()) > 10 or re.search(r"(?:^|[\s(])\d", phrase):
        return None  # a pronoun, a clause, or a figure (« avec un bilan de 87 interpellations ») is no holder
    if _TIME_WORDS.fullmatch(phrase):
        return None
    if _ANAPHOR.match(phrase) or _DOCUMENT.match(phrase) or _DATA.match(phrase) or _INVERTED_PRONOUN.fullmatch(phrase):
        return Who(ANAPHOR, phrase, (start, start + len(phrase)))
    if _ATTRIBUTION_FIRST.match(phrase):
        return None  # « Selon les derniers » before « chiffres », read as a verb: an attribution is no subject
    named_body = _TYPE_NOUN.match(phrase)
    if named_body and len(named_body.group("name")) >= 2:
        found = who(named_body.group("name"), start + named_body.start("name"))
        if found and found.key != ANAPHOR:
            return Who(found.key, phrase, (start, start + len(phrase)), found.role)
    spoken_for = _SPOKESPERSON.sub("", phrase)
    # « le chef de la police » speaks for the police; « le chef de l'État », "head of state" are offices
    if spoken_for != phrase and len(spoken_for) >= 2 and " " not in _head_institution(phrase):
        found = who(spoken_for, start + len(phrase) - len(spoken_for))
        if found and found.key != ANAPHOR:
            return Who(found.key, phrase, (start, start + len(phrase)), found.role)
    actor = gazetteer.resolve(phrase)
    if actor is not None:
        key = actor.key + (f":{actor.role}" if actor.role else "")
        return Who(key, phrase, (start, start + len(phrase)), actor.role)
    named = {a.key for a in gazetteer.find_actors(phrase)}
    if len(named) == 1:  # « la mission des Nations unies », "the UN mission", "United Nations investigators"
        key = named.pop()
        role = _role_of(phrase)
        return Who(key + (f":{role}" if role else ""), phrase, (start, start + len(phrase)), role)
    acronym = re.search(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9\-]{1,11})\)", phrase)
    if acronym:  # « la Ligue namboréenne des droits humains (LNDH) » is « la LNDH » of the next sentences
        return Who(fold(acronym.group(1)), phrase, (start, start + len(phrase)))
    role = _role_of(phrase)
    if role:
        return Who(f"role:{role}", phrase, (start, start + len(phrase)), role)
    key = fold(_TITLE.sub("", _ARTICLE.sub("", phrase)))  # « le Dr Tedros » is Tedros
    if not key or len(key) < 3:
        return None
    return Who(key, phrase, (start, start + len(phrase)))


_CLAUSE_WORD = re.compile(
    r"\b(?:que|qu['’]|that|where|où|dont|et|and|after|before|when|while|since|après|avant|lorsque|quand)\b", re.I
)
_PREPOSITION_FIRST = re.compile(r"^\s*(?:dans|en|lors|après|avant|pour|par|sur|in|on|at|after|before|during|for|by)\b", re.I)
# The verb is an infinitive, not a statement its subject makes: « … sont à déplorer », « a refusé de confirmer ».
_INFINITIVE_BEFORE = re.compile(r"\s(?:à|a|de|d['’]|pour|to)$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:qui|que|dont|lequel|laquelle|which|who|that)\s*,?\s*[,«]?\s*$", re.I)


def _candidates(text: str):
    for pattern in (_ACCORDING, _VERB_SUBJECT):
        for m in pattern.finditer(text):
            if _RELATIVE_BEFORE.search(text, 0, m.start()):
                continue  # « une menace qui, selon certaines données, est … » attributes the relative clause only
            if pattern is _VERB_SUBJECT and m.group("verb").lower().endswith(("ing", "ant")):
                continue  # « …, publiant une liste », ", publishing a list": a participle, not who speaks
            found = who(m.group("np"), m.start("np"))
            if pattern is _VERB_SUBJECT and found is not None and not _may_speak(m.group("np"), found):
                continue  # « …, a dénoncé une “mascarade électorale” »: what is denounced, not who speaks
            yield found
    for m in _SUBJECT_VERB.finditer(text) if _ANY_ATTRIBUTION.search(text) else ():
        np = m.group("np")
        # the subject is the end of the stretch before the verb: after the last clause word
        tail = _CLAUSE_WORD.split(np)[-1]
        if _PREPOSITION_FIRST.match(tail):
            continue  # « Dans un premier communiqué … »: a subject never opens with a preposition
        if _INFINITIVE_BEFORE.search(tail):
            continue  # « sept disparus sont à déplorer », « refuse de confirmer », "declined to confirm": no one states
        yield who(tail, m.start("np") + len(np) - len(tail))


# Common nouns of someone who speaks, for a phrase after a verb of stating that the actors do not know (« …, a
# précisé un responsable local »).
_SPEAKER_NOUNS = re.compile(r"\b(?:responsables?|sources?|témoins?|porte-parole|médecins?|habitants?|officiels?|"
                            r"experts?|analystes?|diplomates?|secouristes?|sauveteurs?|enquêteurs?|avocats?|proches?|"
                            r"officials?|spokes(?:man|woman|person)|witness(?:es)?|doctors?|residents?|sources?|analysts?|"
                            r"diplomats?|rescuers?|investigators?|lawyers?|relatives?)\b", re.I)


def _may_speak(phrase: str, found: Who) -> bool:
    """Whether an inverted subject the patterns read names someone: a body or office the actors know, a name, a
    pronoun or a word pointing back, or a common noun of someone who speaks."""
    if found.key == ANAPHOR or found.role or ":" in found.key or found.key.isupper():
        return True
    bare = _ARTICLE.sub("", phrase.strip()).lstrip("“\"'« ")
    return bool(re.match(r"[A-ZÀ-Ý]", bare)) or _SPEAKER_NOUNS.search(phrase) is not None


def holder(text: str) -> Who | None:
    """Who states what the sentence says: « selon X », « X a déclaré », « …, a précisé X », "X said"; None when
    the outlet states it itself. A body named wins over a word that points back (« le bilan », « il »)."""
    pointing_back = None
    for found in _candidates(text):
        if found is None or not names_someone(found.name):
            continue
        if found.key != ANAPHOR:
            return found
        pointing_back = pointing_back or found
    return pointing_back


def names_someone(phrase: str) -> bool:
    """Whether the words a pattern took for who speaks can name someone: not a clause (« La gravité des blessures
    n'a pas été », "Je veux", « Nous avons la », « les secouristes ayant »): no first or second person opens it and
    no verb of being or having stands in it after its first word (the English article "a" may open it)."""
    words = re.findall(r"[\w’'-]+", phrase.lower().replace("’", "'"))
    if not words or words[0].split("'")[0] in _FIRST_PERSONS:
        return False
    if len(words) > 1 and words[0].endswith(("ant", "ing")) and words[1] in _DETERMINERS:
        return False  # « exprimant son rejet », "saying the": a participle and its object (« représentant de l'ONU » names)
    return not any(w in _CLAUSE_VERBS for w in words[1:])


_FIRST_PERSONS = frozenset("je j nous vous tu i we you".split())
_DETERMINERS = frozenset("son sa ses leur leurs le la les l un une des du the a an his her their its".split())
_CLAUSE_VERBS = frozenset("""a ai as avons avez ont avait avaient aura auront est sont était étaient été étant ayant sera
    seront fut veux veut voulons peut peuvent doit doivent ne n'a n'ont n'est n'était pas
    has have had is are was were been being having will would can could did does""".split())


_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:de|du|des|d['’]|au|aux|à|avec|contre|pour|sur|vers|entre|of|with|to|"
                                 r"against|for|on|from|by|par)\s+(?:l['’]|le|la|les|the)?\s*)$", re.I)  # fmt: skip


def body_key(phrase: str) -> str | None:
    """The key of a body or office a phrase names (« porte-parole de l'ONU », "DR Congo's Minister of Health",
    « la police »), None for a person's name or a phrase the actors do not know."""
    found = who(phrase)
    if found is None or not (found.role or ":" in found.key or found.key.isupper()):
        return None
    return found.key


def actor_of(text: str, position: int, *, nominal: bool = False) -> Who | None:
    """Whose stance or action the trigger at `position` is: the nearest actor named in subject position before
    it in its clause (not « du Mali », « avec le Mali »), else the first such actor after it (« En proposant …
    sans conditions, les États-Unis espèrent »). A nominal trigger (« une exigence du gouvernement ») takes the
    actor named right after it in a genitive."""
    actors = gazetteer.find_actors(text)
    if not actors:
        return None

    def as_who(a) -> Who:  # named as the gazetteer names it: « États-Unis » for « Washington » too
        return Who(a.key, a.name or text[a.span[0] : a.span[1]], a.span, a.role)

    if nominal:  # « une exigence du gouvernement malien », « exigence de fermeté malienne »
        for a in actors:
            between = text[position : a.span[0]]
            if a.span[0] >= position and len(between) <= 50 and not re.search(r"[,;:.()«»]|\bet\b|\band\b", between):
                return as_who(a)
    clause_start = max((m.end() for m in re.finditer(r"[;:.!?]\s", text[:position])), default=0)
    subjects = [a for a in actors if not _PREPOSITION_BEFORE.search(text[max(0, a.span[0] - 12) : a.span[0]])]
    before = [a for a in subjects if clause_start <= a.span[0] < position]
    if before:
        return as_who(before[-1])
    after = [a for a in subjects if a.span[0] >= position]
    if after:
        return as_who(after[0])
    before_any = [a for a in subjects if a.span[0] < position]
    return as_who(before_any[-1]) if before_any else None


def same_holder(a: str | None, b: str | None) -> bool:
    """One holder under two keys: equal; one institution named with and without its country (« l'armée » and
    « l'armée malienne » in one story); one country's executive under several names (« le vice-président turc »,
    « le président turc », « les autorités turques »: one holder of the official count; its army, parliament and
    hospitals stay apart); its police under several names (« la police », « la préfecture », « le ministère de
    l'Intérieur »); an agency or mission and the organisation it belongs to (« l'Ocha », « l'ONU »)."""
    if a == b:
        return True
    if not a or not b:
        return False
    (ba, ra), (bb, rb) = _parts(a), _parts(b)
    if ba is not None and bb is not None and ba != bb and _parent(ba) != bb and _parent(bb) != ba:
        return False  # two countries, two organisations, or two bodies named by their own names
    if ra == rb:
        return ba is None or bb is None or ra is not None or ba == bb or _parent(ba) == bb or _parent(bb) == ba
    if ba is not None and bb is not None and ba != bb:
        return False  # an agency's role is not its parent's (the UN Security Council is not the WHO)
    for family in FAMILIES:
        if ra in family and rb in family:
            # the country itself is its executive; an organisation or a bare role is not
            bare = ra is None and not _country(ba) or rb is None and not _country(bb)
            return not bare and (ra is not None or _country(ba)) and (rb is not None or _country(bb))
    return False


# (state media carry the state's own figures: « selon un média d'État » is the executive's count)
EXECUTIVE = frozenset({None, "government", "president", "prime-minister", "ministry", "state-media", "interior-ministry",
                       "health-ministry", "finance-ministry", "foreign-ministry", "defence-ministry", "prefecture",
                       "civil-protection"})  # fmt: skip
POLICE = frozenset({"police", "interior-ministry", "prefecture"})  # the police's counts are its ministry's
FAMILIES = (EXECUTIVE, POLICE)
# The bodies of one state that keep a running toll between them (the government, its ministries and civil protection,
# the police, the town hall, the prosecutor, the army, the coast guard): their counts are one official count as it
# moves on. Hospitals count their own patients, and keep their own counts.
TOLL_KEEPERS = (EXECUTIVE | POLICE | {"local-government", "justice", "civil-aviation", "army", "coast-guard"}) - {None}


def one_official_count(a: str | None, b: str | None) -> bool:
    """Two holders that are bodies of one state (or of a state the sentences do not name) keeping a toll: « la
    mairie » on Monday and « le parquet » on Wednesday give one official toll as it moves on, not rival counts."""
    if not a or not b:
        return False
    (ba, ra), (bb, rb) = _parts(a), _parts(b)
    if ra not in TOLL_KEEPERS or rb not in TOLL_KEEPERS:
        return False  # (a role is needed: a country named alone may be a body its words name by its nationality)
    if (ba is not None and not _country(ba)) or (bb is not None and not _country(bb)):
        return False
    return ba is None or bb is None or ba == bb


def _parts(key: str) -> tuple[str | None, str | None]:
    """(body, role) of a holder key: "role:police" → (None, police); "LY:red-cross" → (LY, red-cross);
    "org:ICRC" → (org:ICRC, red-cross), its own role; "cgt" → (cgt, None)."""
    if key.startswith("role:"):
        return None, key[5:]
    if key.startswith("org:"):
        _, body, *role = key.split(":")
        return f"org:{body}", role[0] if role else _org_field(f"org:{body}", "role")
    body, _, role = key.partition(":")
    return body, role or None


def _parent(body: str | None) -> str | None:
    return _org_field(body, "parent") if body and body.startswith("org:") else None


def _org_field(body: str, field: str) -> str | None:
    return gazetteer.actors_data()["actors"].get(body, {}).get(field)


def _country(body: str | None) -> bool:
    return bool(body) and gazetteer.actors_data()["actors"].get(body, {}).get("kind") == "country"


def country(key: str | None) -> str | None:
    """The actor without its role: the army and the government of one country are one actor for stances."""
    return key.split(":", 1)[0] if key and not key.startswith(("org:", "role:")) else key  # a bare role stays whole
