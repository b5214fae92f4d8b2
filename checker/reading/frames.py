"""The qualifiers of a stated value, read from the sentence's parse: whose side it counts, its scope (a place, or
a part of another count), the event it belongs to, who holds it and who only reports it.

Read on the tree where the tree is reliable (who says what: the speech verbs above the value, « selon X »), and on
the stretch of the sentence that belongs to the value where it is not (the parser often hangs « côté X » or
« à Paris » on the wrong one of two coordinated counts): that stretch runs from the end of the previous value to
the start of the next one. What cannot be read stays unknown (""), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .parse import Parse, Tok
from .signals import MONTH_ABBREVIATIONS

Span = tuple[int, int]

# Verbs that state a claim: their subject holds it (« la CGT a fait état de », "the ministry said").
ATTRIBUTION = frozenset(
    """déclarer affirmer indiquer souligner préciser annoncer assurer expliquer estimer ajouter confier réaffirmer
    recenser dénombrer compter décompter revendiquer démentir contester avancer chiffrer évaluer signaler reconnaître marteler
    insister dénoncer accuser communiquer publier confirmer évoquer parler admettre comptabiliser déplorer dresser
    dire annoncer proclamer enregistrer tabler fournir donner avancer établir faire
    say tell state claim announce add count estimate record deny confirm insist acknowledge put tally list give
    report note warn write tweet post publish declare""".split()
)
# Verbs and words that pass on someone else's claim: their subject is a reporter, not the holder.
_RELEASE = frozenset("communiquer publier diffuser transmettre release issue provide".split())
REPORTING = frozenset("rapporter relayer citer reprendre report cite quote relay".split())
_FAIRE_OBJ = frozenset({"état", "savoir", "valoir", "point", "bilan"})  # « faire état de », « faire le point »
_ACCORDING = frozenset({"selon", "d'après", "according", "per", "citing", "citant"})
_PRONOUNS = frozenset("il elle ils elles il-même he she they it we i nous je celui-ci celle-ci ceux-ci".split())
# « côté X », « dans le camp de X », « dans les rangs de X », "on the X side"
_SIDE_WORDS = frozenset({"côté", "camp", "rangs", "rang", "side", "ranks"})
_POSSESSIVE = frozenset("son sa ses leur leurs notre nos votre vos mon ma mes his her their its our".split())
_PART_WORDS = re.compile(r"(?:\bdont|\bparmi\s+(?:eux|elles|lesquels|lesquelles|les\s+\w+)|\bincluding|\bincluded?|\bamong\s+them"
                         r"|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bof\s+(?:those|these)\s*,"
                         # « parmi les morts figurent trois enfants », "among the injured were 10 police officers"
                         r"|\b(?:parmi\s+les|among\s+the)\s+\w+\s*,?\s*(?:figurent|se\s+trouvent|on\s+(?:compte|dénombre)|"
                         r"il\s+y\s+a(?:vait)?|were|are|was))\W*(?:au\s+moins\s+|at\s+least\s+)?$", re.I)
_WHOLE = re.compile(r"\b(?:tout(?:e|es)?\s+(?:le|la|les|l['’])\s*|ensemble\s+du\s+|l['’]ensemble\s+d|nationwide|"
                    r"across\s+the\s+country|à\s+l['’]échelle\s+nationale|au\s+niveau\s+national|dans\s+(?:tout\s+)?le\s+pays)",
                    re.I)  # fmt: skip
_ALL_OVER = re.compile(r"(?:partout\s+(?:en|au|aux|dans)|dans\s+tou(?:t|te|s|tes)\s+(?:le|la|les|l['’])|à\s+travers|"
                       r"across|throughout|all\s+over)\s*(?:the\s+|l['’]|le\s+|la\s+)?$", re.I)  # fmt: skip
_SCOPE_CASES = frozenset({"à", "a", "au", "aux", "dans", "en", "in", "at", "across", "throughout", "sur"})
_PREVIOUS = re.compile(r"\b(?:précédente?s?|dernière|dernier|previous|last|prior|earlier|première|first)\b", re.I)
_EVENT_NOUNS = re.compile(
    r"\b(?:journée|journées|manifestation|manifestations|mobilisation|grève|acte|marche|rassemblement|tour|scrutin|"
    r"day|protest|protests|march|rally|strike|round|vote|match|édition|edition|élection|élections|election|elections|"
    r"race)\b", re.I)  # fmt: skip


# Words that place a count in the course of a story when no time is given: « un premier bilan », « plus tôt »,
# "initially" (early), « un nouveau bilan », « s'est alourdi », "has risen to" (later). Discourse cues, general.
_EARLY = re.compile(
    r"\b(?:premiers?\s+bilans?|un\s+premier|plus\s+tôt|initialement|dans\s+un\s+premier\s+temps|d'abord|"
    r"premières?\s+(?:estimations?|informations?|chiffres?)|bilans?\s+initial|"
    r"first\s+(?:toll|reports?|estimates?|figures?)|earlier|initially|at\s+first|previously|"
    r"précédemment|auparavant|(?:un|le)\s+(?:précédent\s+bilan|bilan\s+précédent)|(?:a|the)\s+previous\s+(?:toll|count))\b",
    re.I,
)
_LATE = re.compile(
    r"\b(?:derniers?\s+bilans?|nouveaux?\s+bilans?|nouvelle\s+estimation|bilan\s+(?:actualisé|définitif|final)|"
    r"désormais|s['’]est\s+(?:encore\s+)?(?:alourdi|aggravé)|s['’]alourdit|relevée?s?\s+à|(?:a|ont)\s+(?:grimpé|"
    r"augmenté)|passée?s?\s+à|revue?s?\s+à\s+la\s+(?:hausse|baisse)|latest|new\s+(?:toll|figures?|estimate)|"
    r"(?:has|have)\s+(?:risen|climbed|increased)|rose\s+to|climbed\s+to|raised\s+to|now\s+stands|updated|final\s+toll|"
    r"revised)\b",
    re.I,
)


# A count said to be revised down (« revu à la baisse », "revised down"): later, and lower on purpose.
_REVISED = re.compile(r"\b(?:revue?s?\s+à\s+la\s+baisse|corrigée?s?\s+à\s+la\s+baisse|revised\s+(?:down|downward)|"
                      r"lowered|downgraded)\b", re.I)  # fmt: skip


def stage_of(sentence: str) -> str:
    """"early", "late", "revised" (a later count revised down) or "" from the cues above (early and late: "")."""
    if _REVISED.search(sentence):
        return "revised"
    early, late = bool(_EARLY.search(sentence)), bool(_LATE.search(sentence))
    return "early" if early and not late else "late" if late and not early else ""


@dataclass(frozen=True)
class Frame:
    """What a value's sentence says about it besides the value; "" where the sentence does not say."""

    side: str = ""  # whose side is counted (« côté Wagner », "Malian soldiers"), as written
    scope: str = ""  # where (« à Paris »), "" for the whole or unknown
    part: bool = False  # a part of a count stated just before (« dont 1 404 », "including 12 children")
    event: str = ""  # which occasion, when the sentence names one apart from the value's as-of: « previous »
    holder: str = ""  # who states it, as written (« la CGT », "the interior ministry")
    holder_span: Span | None = None
    reporter: str = ""  # who passes it on (« BFM TV » in « …, a rapporté BFM TV »)
    predicate: str = ""  # what those counted did, when a verb says it: "demonstrators" for « ont manifesté »
    denied: bool = False  # the speech verb above the value denies it (« a démenti un bilan de 11 300 morts »)


def value_token(p: Parse, span: Span) -> Tok | None:
    """The token that states the value at `span` (its number when it has one)."""
    toks = p.at(*span)
    for t in toks:
        if any(ch.isdigit() for ch in t.text) or t.pos == "NUM":
            while t.dep == "compound" and p.tokens[t.head].pos == "NUM" and t.head in {x.i for x in toks}:
                t = p.tokens[t.head]  # "Thirty-four people": the number is « four », which the noun hangs on
            return t
    return toks[0] if toks else None


_PHRASE_DEPS = frozenset("det amod nmod case flat compound fixed nummod poss prep pobj appos".split())


def _phrase(p: Parse, tok: Tok, sentence: str) -> tuple[str, Span]:
    """A noun phrase as a reader names it: the head with its determiners, adjectives, names and « de … »
    complements, not its relative clauses or what follows a comma."""
    keep = {tok.i}
    stack = [tok.i]
    while stack:
        i = stack.pop()
        for c in p.children(i):
            hyphened = p.tokens[i].dep == "amod" and (c.dep == "npadvmod" or c.dep == "punct" and c.text in "-‐‑")
            if hyphened or c.dep.split(":")[0] in _PHRASE_DEPS and c.text not in (",", ";"):  # ("Miami-based")
                if c.text.lower() in _SIDE_WORDS | {"part"} and any(
                    k.text.lower() in _POSSESSIVE for k in p.children(c.i)
                ):
                    continue  # « la CGT de son côté », « le ministère pour sa part »: a discourse marker
                if c.dep == "appos" and c.i > tok.i + 6:
                    continue
                if i == tok.i and c.dep == "case" and c.i < tok.i:
                    continue  # « selon le ministère »: the phrase is « le ministère »
                keep.add(c.i)
                stack.append(c.i)
    keep |= _whole_names(p, keep)
    toks = sorted((p.tokens[i] for i in keep), key=lambda t: t.i)
    # a contiguous run around the head only
    run = [t for t in toks if t.i >= tok.i] if toks else []
    lo = tok.i
    for t in reversed([t for t in toks if t.i < tok.i]):
        if t.i == lo - 1:
            lo = t.i
    hi = tok.i
    for t in run:
        if t.i == hi + 1:
            hi = t.i
    start, end = p.tokens[lo].start, p.tokens[hi].end
    # a hyphenated name is one word, however the parser cut it (« Croissant-Rouge », « Haut-Commissariat »)
    glued = re.match(r"(?:[-‐‑]\w+)+", sentence[end:])
    if glued and end > start and (sentence[end - 1].isalnum() or sentence[end - 1] in "-‐‑"):
        end += glued.end()
    hyphen = sentence[start:start + 1] in ("-", "‐", "‑")
    before = re.search(r"(?:\w+[-‐‑])*\w+$" if hyphen else r"(?:\w+[-‐‑])+$", sentence[:start])
    if before:
        start = before.start()  # ("hard-left CGT union": the parser hung « hard » elsewhere)
    while end > start and sentence[end - 1:end] in _DASHES and not sentence[end:end + 1].isalnum():
        end -= 1  # « des centaines selon les autorités- causés »: a dash set against the word closes an aside
    return sentence[start:end], (start, end)


_DASHES = ("-", "‐", "‑", "–", "—")
_NAME_ENTITIES = frozenset({"PER", "PERSON", "ORG"})


def _whole_names(p: Parse, keep: set[int]) -> set[int]:
    """The rest of a person's or a body's name a kept token is part of, however the parser hung its words
    (« Ursula von der Leyen » with « der » hung apart, « des Nations unies » with « unies » read as a verb, "the
    Disaster and Emergency Management Authority"): the tokens next to it the entity recogniser puts in the same
    name, never ending on a linking word (« Service de radio et de télévision du » stops before « du »), and
    leftwards only over names (« la secrétaire à la Sécurité Rosa Rodriguez » keeps « Sécurité » out)."""
    out: set[int] = set()
    for i in keep:
        kind = p.tokens[i].ent
        if kind not in _NAME_ENTITIES:
            continue
        for step in (-1, 1):
            run, j = [], i + step
            while 0 <= j < len(p.tokens) and p.tokens[j].ent == kind and p.tokens[j].text not in _NOT_IN_NAMES:
                if step < 0 and p.tokens[j].pos not in ("PROPN", "X", "CCONJ", "ADP", "PUNCT") and not (
                        p.tokens[j].pos == "ADJ" and p.tokens[j].text[:1].isupper()):
                    break  # (a first name the tagger calls an adjective, « Rosa », is part of it)
                run.append(j)
                j += step
            while run and p.tokens[run[-1]].pos in ("ADP", "DET", "CCONJ", "PUNCT"):
                run.pop()
            out.update(run)
    return out - keep


_NOT_IN_NAMES = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "“", "”"})


# A wire dateline opening the sentence: « SYDNEY (Reuters) - », "MEXICO CITY (AP) —", "KATHMANDU, Nepal (AP) —".
_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+(?:,\s*[\w .'’-]+?)?\s*\([\w .'’-]{2,30}\)\s*[-—–]+\s*")


def _past_dateline(p: Parse, subj: Tok, sentence: str | None) -> Tok | None:
    """A subject the parser found in a wire dateline (the town it was filed from) gives way to the phrase after
    the dash it hung on it ("MEXICO CITY (AP) — Officials in Mexico said": the officials); none if nothing is."""
    line = _DATELINE.match(sentence or "")
    if line is None or subj.start >= line.end():
        return subj
    return next((c for c in p.children(subj.i) if c.start >= line.end() and c.pos in ("NOUN", "PROPN", "PRON")), None)


def _subject(p: Parse, verb: Tok, sentence: str | None = None) -> Tok | None:
    subjects = [c for c in p.children(verb.i) if c.dep in ("nsubj", "nsubj:pass", "nsubjpass", "csubj")]
    for c in subjects:
        if c.dep in ("nsubj", "nsubj:pass", "nsubjpass", "csubj"):
            if c.pos == "PRON" and c.text.lower() in ("-t", "-t-", "t"):
                continue  # the « t » of « a-t-il »: the pronoun after it is the subject
            if c.pos == "PRON" and c.text.lower() == "on":
                return _camp_of(p, verb, c)  # « Côté CGT, on annonce 150 000 manifestants »: the CGT says it
            if c.pos == "PRON" and c.text.lower().lstrip("-") not in _PRONOUNS:
                return None  # « lesquels », « qui », "which": a relative pronoun says nothing of who
            return _past_dateline(p, c, sentence)
    misparsed = _subject_read_as_head(p, verb)
    if misparsed is not None:
        return misparsed
    # "State TV quoted the police as saying …", "cited officials as saying": who is quoted says it
    if verb.dep in ("pcomp", "advcl") and p.tokens[verb.head].text.lower() == "as":
        quoting = p.tokens[p.tokens[verb.head].head]
        if quoting.lemma.lower() in ("quote", "cite") and quoting.i != verb.head:
            return next((c for c in p.children(quoting.i) if c.dep in ("obj", "dobj") and c.i < verb.i), None)
    # « …, a rapporté BFM TV », « …, a indiqué le ministère »: an inverted subject read as an object (a participle
    # has none: « Citant la température de l'eau, les garde-côtes ont déclaré … » cites what it says nothing)
    if (verb.dep == "ROOT" or verb.dep.startswith("parataxis")) and not verb.text.lower().endswith(("ant", "ing")):
        for c in p.children(verb.i):
            if c.dep in ("obj", "dobj") and c.i > verb.i and c.pos in ("PROPN", "NOUN"):
                # someone who can speak (« a indiqué une source policière »), not what is said (« a dénoncé une
                # “mascarade électorale” »)
                return c if sentence is None or _can_speak(p, c, sentence) else None
    return None


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant", "ed", "ing")


def _subject_read_as_head(p: Parse, verb: Tok) -> Tok | None:
    """The noun a verb in the present tense follows when the parser took the sentence for a noun phrase: « Les
    autorités dénombrent déjà au moins cent morts » and « La préfecture comptabilise 5 000 manifestants » come back
    as a root noun with the verb for a clause on it (acl). A participle is such a clause (« les personnes
    évacuées »), a finite verb right after its noun's own words is its predicate. None otherwise."""
    if verb.dep != "acl" or verb.text.lower().endswith(_PARTICIPLE_ENDINGS) or verb.lemma.lower() not in ATTRIBUTION:
        return None
    head = p.tokens[verb.head]
    if head.dep != "ROOT" or head.pos not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if any(t.pos in ("VERB", "AUX") and t.i != verb.i for t in p.tokens):
        return None  # another verb in the sentence: the parse has a clause of its own to hang the verb on
    own = {x.i for x in p.subtree(head.i)}
    if any(t.i not in own for t in p.tokens[head.i : verb.i]):
        return None
    if any(t.i > head.i and t.i < verb.i and t.head == verb.i for t in p.tokens):
        return None  # words of the verb's own before it: not a plain subject-verb order
    return head


def _camp_of(p: Parse, verb: Tok, on: Tok) -> Tok | None:
    """The camp an impersonal « on » speaks for, named before it on its verb (« Côté CGT, on annonce … », « Du côté
    des syndicats, on parle de … »): the name or noun after « côté »; None when no camp is named."""
    for side in p.children(verb.i):
        if side.i < on.i and side.text.lower() == "côté":
            return next((k for k in p.children(side.i) if k.dep.split(":")[0] in ("flat", "nmod", "appos", "compound")
                         and k.pos in ("PROPN", "NOUN")), None)
    return None


# Verbs that count, record or put a figure as much as they state it: their subject holds the figure only when it
# names someone (« la CGT a compté », "officials recorded"), not a thing or an occasion (« le scrutin a enregistré
# une participation de 57 % », « la dette s'établit à », "the country recorded"); speech verbs proper (« a déclaré »,
# "said") take any subject.
_COUNTING = frozenset("""recenser dénombrer compter décompter comptabiliser enregistrer chiffrer évaluer dresser établir fournir
    donner tabler count record tally list put give""".split())
# Common nouns that name someone who can state a figure, when no name, entity or known body says so.
_SPEAKERS = frozenset("""groupe groupes ong organisation organisations collectif collectifs syndicat syndicats
    association associations source sources témoin témoins habitant habitants médecin médecins responsable
    responsables porte-parole ministre ministère président maire agence hôpital hôpitaux secouriste secouristes
    sauveteur sauveteurs organisateur organisateurs expert experts enquêteur enquêteurs journaliste journalistes
    group groups organization organisation organizations source sources witness witnesses resident residents doctor
    doctors official officials spokesman spokeswoman spokesperson minister ministry president mayor agency hospital
    hospitals rescuer rescuers organizer organizers organiser organisers expert experts investigator investigators
    journalist journalists document documents gouvernement gouvernements autorité autorités armée police
    government governments authority authorities army garde-côtes gardes-côtes côtes guard guards pompiers police
    media médias journal newspaper newspapers conseil conseils junte commission comité council councils junta
    commission committee institut instituts observatoire observatoires institute institutes observatory survey
    service services office bureau chef chefs directeur directrice directeurs dirigeant dirigeants chief head
    director directors""".split())


_LIVES = frozenset("life lives vie vies victim victims victime victimes".split())


def _can_speak(p: Parse, subj: Tok, sentence: str) -> bool:
    """Whether a subject names someone: a name, a person or an organisation, a pronoun, a body the actors know."""
    if subj.pos == "NOUN" and (subj.lemma.lower() in EVENT_OF or subj.lemma.lower() in DAY_EVENT_OF):
        return False  # an event says nothing (« un bilan du premier séisme »: "premier" is no prime minister there)
    if subj.pos in ("NOUN", "PROPN") and subj.text.lower() in _DAY_TOKENS:
        return False  # a day or a month says nothing (« a annoncé mardi 22 novembre Suharyanto »: the parser may
        # hang the name on the month)
    if subj.pos in ("PROPN", "PRON") or subj.ent in ("PER", "PERSON", "ORG", "NORP", "GPE"):
        return True
    words = {subj.lemma.lower(), subj.text.lower()}
    words |= {w.split("-")[-1] for w in words}  # « vice-président », « sapeurs-pompiers »
    if words & (_SPEAKERS | _DOCUMENTS | _STATEMENT_NOUNS):
        return True  # a document speaks for the body it comes from (see _named)
    if any((c.pos == "PROPN" or c.text[:1].isupper()) and c.dep.split(":")[0] in ("flat", "appos", "nmod", "compound")
           and abs(c.i - subj.i) <= 2 for c in p.children(subj.i)):  # fmt: skip
        return True  # « le cabinet Occurrence », "the Ansa agency" (not « la température de l'eau du fleuve Patapsco »)
    from ..claims import actors  # (a late import: claims reads this module)

    who = actors.who(_phrase(p, subj, sentence)[0])
    return who is not None and who.role is not None


def _speaker(p: Parse, verb: Tok, subj: Tok | None, value: Tok, sentence: str = "") -> Tok | None:
    """The subject of a verb of stating when it is who states: not what is stated (the subject of a passive,
    « l'effort est annoncé à 44 milliards », "the situation was declared under control": the agent is who), not
    when the value lies in a clause on that subject (« L'incident, qui a coûté la vie à 56 personnes, … bien que
    des sources évoquent un nombre supérieur »: what they evoke is another figure), not a thing or an occasion a
    verb of counting or recording has for subject (see _COUNTING)."""
    kids = p.children(verb.i)
    passive = any(c.dep in ("aux:pass", "auxpass") for c in kids)  # (the parser may call an active subject nsubj:pass)
    if passive:
        agent = next((c for c in kids if c.dep in ("obl:agent", "agent")), None)
        if agent is not None and agent.dep == "agent":  # English: "by" is the agent, its object the body
            agent = next((c for c in p.children(agent.i) if c.dep == "pobj"), None)
        return agent if agent is not None and agent.pos in ("NOUN", "PROPN") else None
    if subj is None or subj.lemma.lower() in _HOW_MANY:
        return None  # "the number of climbers confirmed dead has risen to 23": how many, never who speaks
    if any(c.dep == "mark" and c.text.lower() in ("à", "a") and c.i < verb.i for c in kids) and any(
            c.lemma.lower() == "être" and c.dep.startswith("aux") for c in kids):
        return None  # « 62 morts sont à déplorer », « restent à identifier »: what is to be done, by nobody named
    document = subj.lemma.lower() in _DOCUMENTS | _STATEMENT_NOUNS  # « un communiqué … diffusé à 8h30 précise »
    misparsed = subj.i == verb.head and _subject_read_as_head(p, verb) is not None  # (its clause is the verb's)
    if not document and not misparsed and value.i != subj.i and value.i in {t.i for t in p.subtree(subj.i)}:  # the value in a clause on the subject is not what is said
        ups = [t.i for t in p.ancestors(value.i)]
        if any(t.pos in ("VERB", "AUX") for t in p.ancestors(value.i)[: ups.index(subj.i)]):
            return None
    if value.i in {t.i for t in p.subtree(subj.i)} and not _can_speak(p, subj, sentence or ""):
        return None  # « 41 morts sont à déplorer, ont déclaré … » parsed as the dead speaking: the count is what is said
    if verb.lemma.lower() in _COUNTING:
        if any(c.dep.startswith("expl") for c in kids):
            return None  # « la dette s'établit à », « le bilan se chiffre à »: what amounts, not who counts
        if not _can_speak(p, subj, sentence or ""):
            return None
    return subj


def _is_attribution(p: Parse, verb: Tok) -> bool:
    lemma = verb.lemma.lower()
    if lemma in ("claim", "revendiquer") and any(c.lemma.lower() in _LIVES and c.dep in ("obj", "dobj")
                                                for c in p.children(verb.i)):
        return False  # "the fire claimed the lives of 40 people": no one states anything
    if lemma == "faire":  # « fait état de », « fait savoir », « a fait le point »: the noun right after the verb,
        return any(c.text.lower() in _FAIRE_OBJ and c.dep in ("obj", "dobj", "conj", "xcomp") and (  # or past an incise
            c.i <= verb.i + 2 or p.tokens[verb.i + 1].text == "," == p.tokens[c.i - 1].text)  # (« fait, quant à lui, état »)
            for c in p.children(verb.i))
    if lemma == "avancer" and not any(c.dep.split(":")[0] in ("obj", "dobj", "ccomp", "xcomp")
                                      for c in p.children(verb.i)):
        return False  # « les recherches avancent lentement »: they progress; « avancer un bilan » puts one forward
    if lemma in ("déclarer", "ajouter") and _reflexive(p, verb):
        return False  # « l'incendie s'est déclaré vers 3 heures »: it broke out, no one spoke (« un décès s'est ajouté »)
    return lemma in ATTRIBUTION or lemma in REPORTING


def _reflexive(p: Parse, verb: Tok) -> bool:
    return any(c.dep.startswith("expl") and c.lemma.lower() in ("se", "s'", "s’") for c in p.children(verb.i))


def _according(said_by: list[tuple[int, tuple[str, Span], int | None]], stretch: tuple[int, int] | None = None,
               at: int = 0) -> tuple[str, Span] | None:  # fmt: skip
    """Of the sentence's « selon X » / "according to X" (`said_by`, see _according_all): the one in the value's own
    stretch of the sentence first (« 20 000 selon la préfecture, 53 000 selon la CGT »: each value its own), else
    the first of the sentence."""
    found = [(start, named) for start, named, _ in said_by]
    if not found:
        return None
    if stretch is not None and len(found) > 1:
        inside = [x for x in found if stretch[0] <= x[0] < stretch[1]]
        after = [x for x in inside if x[0] >= at]
        if after or inside:
            return (after or inside)[0][1]
    return found[0][1]


def _according_all(p: Parse, sentence: str) -> list[tuple[int, tuple[str, Span], int | None]]:
    """Each « selon X » / "according to X" of the sentence: (where it starts, X named, the token the phrase
    hangs on in the tree, None when it hangs on nothing else)."""
    found: list[tuple[int, tuple[str, Span], int | None]] = []
    for t in p.tokens:
        word = t.text.lower().replace("’", "'")
        if word == "après" and t.i and p.tokens[t.i - 1].text.lower().replace("’", "'") == "d'":
            if p.tokens[t.head].i == t.i - 1:
                t = p.tokens[t.i - 1]  # « D' après »: the case is « D' », « après » its fixed part
            word = "d'après"
        if word not in _ACCORDING:
            if t.pos == "VERB" and t.lemma.lower() == "apprendre":
                found.extend((t.start, named, None) for named in _learnt_from(p, t, sentence))
            continue
        if word == "according":
            target = next((c for c in p.tokens if c.head == t.i or (c.dep == "pobj" and p.tokens[c.head].head == t.i)), None)
            target = next((c for c in p.tokens if c.dep == "pobj" and p.tokens[c.head].text.lower() == "to"
                           and p.tokens[c.head].head == t.i), target)  # fmt: skip
        elif word == "per":  # "56 dead, per the ministry": its object ("49.6 per cent", "per day" name no one)
            target = next((c for c in p.children(t.i) if c.dep == "pobj" and _can_speak(p, c, sentence)), None)
        elif t.pos == "VERB":  # "Citing hospital officials, the paper reported": what it cites, not the verb above
            target = next((c for c in p.children(t.i) if c.dep.split(":")[0] in ("obj", "dobj") and c.i > t.i), None)
            if target is not None and not _can_speak(p, target, sentence):
                continue  # « Citant la température glaciale de l'eau, … »: a reason given, not a source
        else:
            target = p.tokens[t.head] if t.head != t.i else None
        if target is None or target.i == t.i or target.pos in ("VERB", "AUX"):
            continue
        named = _named(p, target, sentence)
        if named[0]:
            phrase = t if word == "according" else target
            on = phrase.head if phrase.head != phrase.i and t.pos != "VERB" else None  # (a citing verb: see _cited)
            found.append((t.start, named, on))
    return found


_FROM_WHOM = "auprès"  # whom something was obtained or learnt from (« auprès du Bureau », « auprès de la police »)
_FROM = frozenset({"de", "du", "des", "d'", "d’", _FROM_WHOM})


def _learnt_from(p: Parse, verb: Tok, sentence: str) -> list[tuple[str, Span]]:
    """Whom a news agency learnt a figure from (« …, a appris l'AFP de sources sécuritaires », « a appris l'APS du
    ministère de l'Intérieur », « auprès de la police »): that body holds it; the agency only passes it on."""
    agencies = [c for c in p.children(verb.i) if c.pos in ("NOUN", "PROPN") and c.dep.split(":")[0] in (
        "nsubj", "obj", "dobj") and _news_outlet(c.text)]  # fmt: skip
    if not agencies:
        return []
    out = []
    for under in (verb, *agencies, *(c for c in p.children(verb.i) if c.text.lower() == _FROM_WHOM)):
        for c in p.children(under.i):
            if c.pos in ("NOUN", "PROPN") and c.i > agencies[0].i and any(
                    k.dep == "case" and k.text.lower() in _FROM for k in p.children(c.i)) and _can_speak(p, c, sentence):
                named = _named(p, c, sentence)
                if named[0]:
                    out.append(named)
    return out[:1]


_HOW_MANY = frozenset("number nombre".split())  # the head of "the number of …", « le nombre de … »: a quantity
# Nouns for what a body publishes: « les derniers chiffres dévoilés par le vice-président », « un bilan du ministère »,
# "figures from the ministry": the holder is the body, named after « par », « de », "by", "from", "of".
_DOCUMENTS = frozenset("""chiffre chiffres bilan bilans décompte décomptes comptage estimation estimations donnée données
    rapport rapports communiqué communiqués source sources statistique statistiques figure figures count tally
    mise bulletin bulletins estimate estimates data report reports statement statistics toll update updates""".split())
# (« mise » is the head of « la dernière mise à jour »)
_AGENT_CASES = frozenset({"par", "de", "du", "des", "d'", "by", "from", "of"})


_BY = frozenset({"par", "by"})  # an agent (« avancé par », "put forward by"), never « de » / "of" (what it is about)


def _author(p: Parse, doc: Tok, sentence: str, agents: frozenset[str] = _AGENT_CASES) -> tuple[str, Span] | None:
    """The body a document noun comes from, if the sentence names it: someone who can state it (« un bilan du
    ministère »), not what it is about (« un bilan du premier séisme », "the toll of the blast"). A body it was
    obtained from (« un bilan obtenu par l'AFP auprès du Bureau de gestion des catastrophes ») is its author, not
    the agency that obtained it."""
    for t in p.subtree(doc.i):
        if t.pos in ("NOUN", "PROPN") and t.i != doc.i and _FROM_WHOM in (
                p.tokens[t.head].text.lower(), *(c.text.lower() for c in p.children(t.i))) and _can_speak(p, t, sentence):
            return _phrase(p, t, sentence)
    for t in p.subtree(doc.i):
        if t.i == doc.i or t.pos not in ("NOUN", "PROPN"):
            continue
        if any(a.pos == "VERB" and a.lemma.lower() in _PASSING_ON for a in _between(p, t, doc)):
            continue  # « une source policière citée par l'AFP »: the agency passes the source on, it is not its author
        if t.text.lower() in _DOCUMENTS and not _known_body(_phrase(p, t, sentence)[0]):
            continue  # (« un décompte AFP à partir de sources policières »: sources that say whose they are)
        if not _can_speak(p, t, sentence):
            continue
        cases = [c for c in p.children(t.i) if c.dep in ("case", "prep") and c.text.lower().replace("’", "'") in agents]
        head = p.tokens[t.head]
        if cases or (head.dep == "prep" and head.text.lower() in agents):
            return _phrase(p, t, sentence)
    return None


# Verbs by which a document's words are passed on by someone else (« citée par », « relayée par », "reported by"):
# not its author. (Named _CITING until the thirtieth round, shadowed by the _CITING of _cited below, so only
# citing verbs counted here.)
_PASSING_ON = frozenset("citer cite quote relayer rapporter report".split())


def _between(p: Parse, t: Tok, top: Tok) -> list[Tok]:
    """The tokens from `t` up to `top` in the tree, both left out (none when `top` is not above `t`)."""
    out = []
    for a in p.ancestors(t.i):
        if a.i == top.i:
            return out
        out.append(a)
    return []


def _known_body(phrase: str) -> bool:
    from ..claims import actors  # (a late import: claims reads this module)

    return actors.body_key(phrase) is not None


def _named(p: Parse, tok: Tok, sentence: str) -> tuple[str, Span]:
    """A holder's phrase; a document noun gives way to the body it comes from. A relative or indefinite pronoun
    (« lesquels », « l'on », "which") names nobody: ("", None)."""
    if tok.pos == "PRON" and tok.text.lower() not in _PRONOUNS:
        return "", None
    if tok.text.lower() in _DOCUMENTS or tok.lemma.lower() in _DOCUMENTS:
        found = _author(p, tok, sentence) or _releaser(p, sentence)
        if found:
            return found
    return _phrase(p, tok, sentence)


def _releaser(p: Parse, sentence: str) -> tuple[str, Span] | None:
    """Who released the figures when the sentence says so with an agent the parser did not hang on them (« d'après
    des chiffres …, communiqués par le président turc, »): the agent of a verb of stating or publishing."""
    for t in p.tokens:
        if t.dep in ("obl:agent", "agent") and t.pos in ("NOUN", "PROPN"):
            verb = p.tokens[t.head]
            if verb.pos == "VERB" and (verb.lemma.lower() in ATTRIBUTION or verb.lemma.lower() in _RELEASE):
                return _phrase(p, t, sentence)
    return None


def holder_of(p: Parse, tok: Tok, sentence: str, stretch: tuple[int, int] | None = None
              ) -> tuple[str, Span | None, str]:  # fmt: skip
    """(holder, its span, reporter): the innermost speech verb above the value with a subject holds it, unless it
    only reports; « selon X » holds it when no verb above does."""
    path = [tok] + p.ancestors(tok.i)
    holder, span, reporter = "", None, ""
    if stretch is not None:
        own = [named for start, named in _value_agents(p, sentence) if tok.start < start < stretch[1]]
        if own:  # « estimée à 7,5 par l'agence japonaise, à 7,4 par l'USGS »: each value its own agent
            return own[0][0], own[0][1], ""
    said_by = _according_all(p, sentence)  # read once: on the path below, and as the last resort
    according: dict[int, list] = {}  # by the token each phrase hangs on
    for said in said_by:
        if said[2] is not None:
            according.setdefault(said[2], []).append(said)
    for n, t in enumerate(path):
        # « faisant 151 morts, selon l'AFP »: the value's own clause says whose it is, before a speech verb above it
        # (« ce projet est contesté par … et a déclenché »); not past a coordination (see _according)
        if t.i in according and not any(x.dep == "conj" for x in path[:n]):
            # several on one word (« 640 000 participants selon la CGT, 215 000 selon la police »): the value's own
            holder, span = _according(according[t.i], stretch, tok.start)
            break
        if n and t.pos == "NOUN" and (t.text.lower() in _DOCUMENTS or t.lemma.lower() in _DOCUMENTS):
            found = _author(p, t, sentence, agents=_BY)  # "the official toll of 56 put forward by the government":
            if found is not None and found[0] and not found[1][0] <= tok.start < found[1][1]:  # its author's, not the
                holder, span = found  # speaker's above (« contre un bilan officiel avancé par le gouvernement »)
                break
        if n == 0 or t.pos not in ("VERB", "AUX") or not _is_attribution(p, t):
            continue
        # « …, chiffrait dans la matinée le ministre »: a speech verb set after what it says has its subject after
        # it, whatever the parser hung before the comma on it (« Le bilan … est monté à 321 morts, a annoncé
        # dimanche l'agence »: the toll, its subject to the parser, is what the agency says)
        inverted = _speaker_after(p, t, sentence) if t.i > tok.i and _after_comma(p, t) else None
        subject = inverted or _subject(p, t, sentence)
        subj = _speaker(p, t, subject, tok, sentence)  # (a passive's agent, when it has no subject)
        if subj is None:
            continue
        name, where = _named(p, subj, sentence)
        if not name or (subj.dep in ("obj", "dobj") and where and where[0] <= tok.start < where[1]):
            continue  # (« a revendiqué « une centaine » de personnes tuées »: the value is no inverted subject)
        if t.lemma.lower() in REPORTING and (_news_outlet(name) or subj.pos == "PRON" or t.lemma.lower() not in
                                             _OWN_REPORT or not _can_speak(p, subj, sentence)):
            if not reporter:
                reporter = name
            continue
        if not holder:
            holder, span = name, where
    # a document with no author named (« Le dernier bilan faisait état de 16 morts, selon le Premier ministre », « "Le
    # dernier point indique …", a déclaré le porte-parole »): who the sentence says gave it holds it
    nameless = bool(holder) and _nameless_document(holder)
    if not holder or nameless:  # "…, the ministry said, X reported": a speech verb beside the clause, not above it
        found = _beside(p, path, tok, sentence)
        if found[0]:
            holder, span, nameless = found[0], found[1], False
    if not holder:  # « …, a indiqué à l'AFP un responsable local. » parsed as a sentence of its own
        holder, span = _root_incise(p, tok, sentence)
    if not holder or nameless:
        found = _according(said_by, stretch, tok.start)
        if found and found[0]:
            holder, span = found
    if holder and holder.split()[0].lower().lstrip("-") in _PRONOUNS and len(holder.split()) == 1:
        return holder.lstrip("-"), span, reporter  # a pronoun (« -il » of « a-t-il »): the article's previous holder
    cited = _cited(p, tok, sentence, span) if holder and span else None
    if cited is not None:  # "…, the channel said, citing the ministry": the channel passes on the ministry's figure
        return cited[0], cited[1], reporter or holder
    return holder, span, reporter


def _beside(p: Parse, path: list[Tok], tok: Tok, sentence: str) -> tuple[str, Span | None]:
    """The speaker of a speech verb set beside the value's clause (parataxis or incise), not above it."""
    for t in path[1:]:
        for v in p.children(t.i):
            incise = _incise(p, v, tok)
            if (v.dep.startswith("parataxis") or incise) and v.pos == "VERB" and _is_attribution(p, v) \
                    and v.lemma.lower() not in REPORTING:
                subj = (incise if incise is not True else None) or _speaker(p, v, _subject(p, v, sentence), tok,
                                                                            sentence)
                if subj is not None:
                    holder, span = _named(p, subj, sentence)
                    if subj.dep in ("obj", "dobj") and span and span[0] <= tok.start < span[1]:
                        holder, span = "", None
                    if holder:
                        return holder, span
    return "", None


def _nameless_document(phrase: str) -> bool:
    """« Le dernier bilan », « le dernier point », "the latest update": a document that names no one who gave it."""
    words = re.findall(r"[\w'’-]+", phrase)
    return any(w.lower() in _DOCUMENTS or w.lower() == "point" for w in words) and not any(
        w.lower() in _SPEAKERS or w[:1].isupper() for w in words[1:]) and not _known_body(phrase)


# Verbs that give a value as someone's measure or estimate: their agent (« par », "by") holds it.
_ESTIMATING = frozenset("""estimer évaluer chiffrer mesurer enregistrer calculer établir fixer situer donner
    estimate assess measure record calculate put set give rate""".split())


def _value_agents(p: Parse, sentence: str) -> list[tuple[int, tuple[str, Span]]]:
    """Each agent of a list of values estimated by several bodies (« sa magnitude a été estimée à 7,5 par l'agence
    japonaise, à 7,4 par l'USGS et à 7,2 par l'agence taïwanaise », "put at 7.4 by the USGS and at 7.2 by the
    weather agency"): where « par X » / "by X" starts and X named. Only in a sentence with a verb of estimating
    and two agents or more, so the agent of a deed (« tués par des jihadistes ») is never a holder."""
    if not any(t.lemma.lower() in _ESTIMATING and t.pos == "VERB" for t in p.tokens):
        return []
    out = []
    for t in p.tokens:
        if t.text.lower() not in _BY:
            continue
        target = p.tokens[t.head] if t.dep == "case" else next((c for c in p.children(t.i) if c.dep == "pobj"), None)
        if target is None or target.i == t.i or target.pos not in ("NOUN", "PROPN") or not _can_speak(p, target, sentence):
            continue
        named = _named(p, target, sentence)
        if named[0]:
            out.append((t.start, named))
    return out if len(out) >= 2 else []


def _root_incise(p: Parse, value: Tok, sentence: str) -> tuple[str, Span | None]:
    """The speaker of a speech verb after the value's clause and a comma that the parser made a second root (« Au
    moins 40 personnes ont été tuées, a indiqué à l'AFP un responsable local », « …, a précisé le maire à la
    presse »): its inverted subject, or a speaker it hung on the addressee; ("", None) when there is none."""
    own = ([value] + p.ancestors(value.i))[-1]
    for verb in p.tokens:
        if verb.dep != "ROOT" or verb.i <= value.i or verb.i == own.i or verb.pos != "VERB":
            continue
        if not _is_attribution(p, verb) or verb.lemma.lower() in REPORTING:
            continue
        subj = next((c for c in p.children(verb.i) if c.dep == "nsubj" and c.i > value.i), None)
        if subj is not None and verb.i >= len(p.tokens) - 2:  # the verb ends the sentence (before its stop)
            first = min(t.i for t in p.subtree(subj.i))  # "…, the Miami-based National Hurricane Center said."
            if first and p.tokens[first - 1].text == "," and _can_speak(p, subj, sentence):
                return _named(p, subj, sentence)
        if not _after_comma(p, verb):
            continue
        found = _nouns_after(p, verb)
        found += [g for c in p.children(verb.i) if c.i > verb.i and c.dep.startswith("obl")
                  for g in p.children(c.i) if g.dep == "appos"]  # fmt: skip
        for who in found:
            if _can_speak(p, who, sentence):
                return _named(p, who, sentence)
    return "", None


def _incise(p: Parse, verb: Tok, value: Tok) -> Tok | bool | None:
    """A speech verb set after the value between commas, which the parser hung as an adverbial clause (« …, a
    annoncé le ministre de la Santé, ce jeudi »): its inverted subject (the first noun after it that can speak), or
    True when it has none; None when the verb is no such incise."""
    if not verb.dep.startswith("advcl") or verb.i < value.i or not _after_comma(p, verb):
        return None
    return _speaker_after(p, verb) or True


def _speaker_after(p: Parse, verb: Tok, sentence: str = "") -> Tok | None:
    """The first noun after a verb, as its inverted subject or object, that can speak (past « mardi 22 novembre »:
    « a annoncé mardi 22 novembre Tarmidi »); None when none can."""
    return next((x for x in _nouns_after(p, verb) if _can_speak(p, x, sentence)), None)


def _after_comma(p: Parse, verb: Tok) -> bool:
    """Whether a verb (with its auxiliaries) opens right after a comma, as a speech verb set after what it says."""
    auxiliaries = {c.i for c in p.children(verb.i) if c.dep.startswith("aux") and c.i < verb.i}
    first = verb.i
    while first - 1 in auxiliaries:  # the auxiliaries right before it (not another clause's the parser hung on it)
        first -= 1
    return first > 0 and p.tokens[first - 1].text == ","


def _nouns_after(p: Parse, verb: Tok) -> list[Tok]:
    """The nouns a verb has after it as subject or object: where an inverted subject stands (« a précisé le maire »)."""
    found = [c for c in p.children(verb.i) if c.i > verb.i and c.pos in ("NOUN", "PROPN")
             and c.dep.split(":")[0] in ("obj", "dobj", "nsubj")]  # fmt: skip
    for c in p.children(verb.i):  # « chiffrait dans la matinée le ministre », the subject hung on the time phrase
        if c.i > verb.i and c.dep.startswith("obl") and (c.lemma.lower() in _TIME_PHRASES or _addressee(p, c)):
            found += [n for n in p.children(c.i) if n.i > c.i and n.pos in ("NOUN", "PROPN") and n.dep == "nmod"
                      and not any(k.dep == "case" for k in p.children(n.i))]  # (no preposition: not « de la matinée »)
        elif c.i > verb.i and c.dep.startswith("obl") and (c.pos == "NUM" or c.text.lower() in _DAY_TOKENS):
            # « a annoncé mardi 22 novembre Tarmidi, le chef de l'agence »: the speaker hung on the date
            found += [n for n in p.subtree(c.i) if n.i > c.i and n.pos in ("NOUN", "PROPN") and n.dep.split(":")[0]
                      in ("nmod", "appos", "flat") and not any(k.dep == "case" for k in p.children(n.i))]
    return sorted(found, key=lambda t: t.i)


def _addressee(p: Parse, t: Tok) -> bool:
    """Whether a phrase after a speech verb is whom it was said to (« ont déclaré lundi à l'AFP les garde-côtes »):
    the parser often hangs the inverted subject on it."""
    return any(k.dep == "case" and k.text.lower() in ("à", "au", "aux") for k in p.children(t.i))


# A body that reports its own figures (« le ministère a rapporté 35 nouveaux décès », "DR Congo has reported 35 new
# deaths", "the Africa CDC reported over 14,000 cases") holds them; a news outlet reporting passes them on, and so
# may whoever a pronoun stands for (« Ils rapportent que … »: the outlet's sources or a body, unknown).
_OWN_REPORT = frozenset({"rapporter", "report"})
_NEWS = re.compile(
    r"\b(?:t[ée]l[ée]vis\w*|tv|t[ée]l[ée]|radio|journal|journaux|quotidien|hebdomadaire|magazine|newspaper|daily|"
    r"weekly|news|m[ée]dias?|channel|cha[iî]ne|presse|press|site|outlet|broadcaster|agence\s+de\s+presse|"
    r"news\s+agency|wire\s+service|"  # the world's main news agencies and broadcasters by name:
    r"afp|reuters|ap|associated\s+press|dpa|efe|ansa|europa\s+press|belga|xinhua|kyodo|yonhap|pti|ani|bernama|antara|"
    r"aps|tass|ria|interfax|anadolu|irna|sana|mena|wafa|bbc|cnn|bfm\w*|al[-\s]jazeera|al[-\s]arabiya|sky\s+news)\b",
    re.I,
)  # fmt: skip


def _news_outlet(name: str) -> bool:
    return bool(_NEWS.search(name))


# Verbs by which who speaks names whom it passes on: "citing", « citant », "quoting", « qui se réfère à », « se
# référant à ». (« cité par X » is the other way round: X passes it on, read as a passive agent.)
_CITING = frozenset("cite citer quote référer refer".split())


def _cited(p: Parse, tok: Tok, sentence: str, span: Span) -> tuple[str, Span] | None:
    """The source a holder cites for the value (« …, a indiqué la chaîne, citant le ministère de la Santé »,
    "according to the agency, which cites a security source"), after the holder and on the holder, its speech verb
    or the value's own clause; someone who can state it, not a thing cited (« citant le nombre de districts »)."""
    on = {t.i for t in p.tokens if span[0] <= t.start < span[1]} | {t.i for t in p.ancestors(tok.i)}
    on |= {p.tokens[i].head for i in list(on) if span[0] <= p.tokens[i].start < span[1]}  # the holder's verb
    for c in p.tokens:
        if c.start < span[1] or c.pos != "VERB" or c.lemma.lower() not in _CITING or c.head not in on:
            continue
        if c.lemma.lower() in ("cite", "quote", "refer") and not c.text.lower().endswith(("ing", "s")):
            continue  # "cited by X" is read as an agent; "the report cited" no citing of the holder's
        if c.lemma.lower() == "citer" and not c.text.lower().endswith("ant"):
            continue  # « citant », not « cité par »
        for o in p.children(c.i):
            if o.i < c.i:
                continue  # what it cites follows it
            if o.dep.split(":")[0] in ("obj", "dobj", "obl", "pobj", "prep") and o.pos in ("NOUN", "PROPN", "ADP"):
                target = o
                if o.pos == "ADP":  # "refers to X": the object of the preposition
                    target = next((k for k in p.children(o.i) if k.dep == "pobj"), None)
                if target is not None and _can_speak(p, target, sentence):
                    name, where = _named(p, target, sentence)
                    if name and where != span:
                        return name, where
    return None


_DAY_TOKENS = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december matin soir nuit après-midi morning evening
    night afternoon ce cette le la on the this heure heures hour hours time minute minutes locale locales local gmt
    utc h a.m. p.m. am pm a.m p.m alentours environs""".split()) | frozenset(
        f"{m}." for m in MONTH_ABBREVIATIONS) | frozenset(MONTH_ABBREVIATIONS)  # "on Sept. 26", « le 26 sept. »
_TIME_PHRASES = _DAY_TOKENS | frozenset("matinée soirée journée".split())  # what « dans la matinée » hangs on


_STATEMENT_NOUNS = frozenset("""annonce déclaration communiqué bilan rapport conférence publication proclamation
    announcement statement report briefing toll""".split())


def is_statement(word: str) -> bool:
    """Whether a day's word (see dated_word) is of something said or published rather than of what happened: the
    day of a statement and the day of an event are two dates, whatever they are."""
    return word in ATTRIBUTION or word in REPORTING or word in _RELEASE or word in _STATEMENT_NOUNS


# What happened, for the words a day or an hour hangs on, in either language: two outlets dating « la sortie de
# prison » and "left the facility" date one thing. General verbs and nouns of events, not a story's.
_EVENTS = {
    "departure": "partir départ décoller décollage quitter sortir sortie leave depart departure take-off takeoff exit",
    "arrival": "arriver arrivée atterrir atterrissage rejoindre arrive arrival land landing reach",
    "crash": "écraser crash abîmer dérailler déraillement derail derailment",
    "start": "commencer débuter démarrer début coup d'envoi éclater éruption start begin kick-off erupt eruption",
    "end": "terminer finir achever clore fin end finish conclude",
    "verdict": "condamner condamnation juger jugement verdict sentence sentencing ruling rule convict",
    "release": "libérer libération relâcher release free",
    "arrest": "arrêter interpeller arrestation arrest detain",
    "attack": "attaquer attaque assaut frapper attack assault strike",
    "capture": "prendre capturer tomber seize capture fall",
    "quake": "séisme secousse tremblement earthquake quake tremor",
}
EVENT_OF = {word: event for event, words in _EVENTS.items() for word in words.split()}


def event_word(word: str) -> str:
    """The event a dated word names (« sortir » and "leave": departure), "said" for a statement (« annoncer »,
    "publish"), "" when the word names neither."""
    if is_statement(word) and word not in _MEASURED:
        return "said"
    if word in _SOME_INCIDENT:
        return "incident"
    day_event = DAY_EVENT_OF.get(word, "")
    return EVENT_OF.get(word, "") or (day_event if day_event in _INCIDENTS else "")


# Verbs that state a figure by counting or recording it: the hour they hang on is when it happened (« la secousse a
# été enregistrée à 15h37 »), not when someone spoke.
_MEASURED = frozenset("""enregistrer compter recenser dénombrer comptabiliser chiffrer évaluer estimer record count
    estimate tally""".split())


# What happened, for the words a day hangs on, in either language: two outlets dating « la condamnation » and "the
# ruling" date one thing. General verbs and nouns of events a story turns on, not a story's.
_DAY_EVENTS = {
    "verdict": "condamner condamnation juger jugement verdict sentence sentencing ruling rule convict",
    "crash": "écraser crash abîmer dérailler déraillement derail derailment",  # (a train's crash is its derailment)
    "quake": "séisme secousse tremblement earthquake quake",
    "start": "commencer débuter démarrer déclencher éclater éruption begin start erupt eruption",
    "stop": "cesser interrompre suspendre stopper halt cease suspend",
    "visit": "visite visiter visit",
    "blast": "explosion exploser blast explode",
    "collapse": "effondrement effondrer collapse",
    "vote": "scrutin élection vote voter election ballot",
    "crush": "bousculade bousculer piétinement stampede crush",
    "collision": "collision percuter collide",
    "shooting": "fusillade shooting",
    "landfall": "landfall",
}
DAY_EVENT_OF = {word: event for event, words in _DAY_EVENTS.items() for word in words.split()}
# What a story calls its disaster without saying which (« l'accident survenu à 22h15 », "the incident occurred around
# 2 pm"): at an hour, the one incident the story tells, when it tells one (claims/points.py). Not at a day: a story's
# days of « le drame » are many (the fire, the funerals, the inquiry's findings).
_SOME_INCIDENT = frozenset("accident incident drame tragédie catastrophe tragedy disaster".split())
# Events that happen at one moment: their hour is one thing too (« l'effondrement a eu lieu à 0h40 », "collapsed at
# around 00:46"). Not a vote, a visit or a halt, whose hours are of their opening, closing or parts.
_INCIDENTS = frozenset("crush collapse blast collision shooting landfall incident".split())
_HOUR_EVENT_WORDS = frozenset(DAY_EVENT_OF) | _SOME_INCIDENT  # what the words an hour hangs on may name


# English verbs whose particle says the event (« took off » is a departure, "broke out" a start), as the event
# words above name them.
_PHRASAL = {"take off": "takeoff", "set off": "depart", "touch down": "land", "break out": "start",
            "blow up": "explode", "go off": "explode", "set out": "depart"}  # fmt: skip

# Verbs that only say an event took place: the day is its subject's (« le scrutin s'est tenu », "took place").
_LIGHT_VERBS = frozenset("""tenir dérouler produire survenir intervenir frapper secouer ébranler hold occur happen take strike
    hit rock jolt shake""".split())
_TOOK_PLACE = frozenset({"lieu", "place"})  # « a eu lieu », "took place"
_ENTER = frozenset({"entrer"})  # « entrer en éruption », « entrer en collision »: the noun after « en » is the event
_WHEN_MARKS = frozenset({"when", "as", "lorsque", "lorsqu'", "lorsqu’", "quand"})


def _polling(p: Parse, t: Tok) -> bool:
    """« les bureaux de vote », "the polls", "polling stations"."""
    lemma = t.lemma.lower()
    kids = {c.lemma.lower() for c in p.children(t.i)}
    return lemma in ("poll", "polls") or (lemma == "bureau" and bool(kids & {"vote", "scrutin"})) or (
        lemma == "station" and "polling" in kids)


_STORMS = frozenset("ouragan cyclone typhon tempête hurricane storm typhoon".split())
_STRIKE = frozenset("frapper toucher hit strike slam".split())


def _landfall(p: Parse, t: Tok) -> bool:
    """« toucher terre », "make landfall": a storm reaching land, whichever token the date hangs on; a storm that
    strikes a coast or a town (« l'ouragan a frappé la baie », "the storm slammed into the coast")."""
    lemma = t.lemma.lower()
    if lemma == "terre" and p.tokens[t.head].lemma.lower() == "toucher":
        return True
    if lemma in _STRIKE and t.pos == "VERB" and any(c.dep in _SUBJECT_DEPS and c.lemma.lower() in _STORMS
                                                    for c in p.children(t.i)):  # fmt: skip
        return True
    return lemma in ("toucher", "make") and any(
        c.lemma.lower() in ("terre", "landfall") and c.dep in ("obj", "dobj", "oprd", "xcomp")  # (the parser may read
        for c in p.children(t.i))  # "made landfall" as a verb and its predicate)  # fmt: skip


_CROWDS = frozenset("foule crowd throng multitude".split())
_SURGE = frozenset("engouffrer ruer précipiter presser déferler affluer surge rush push stampede".split())


def _crowd_surge(p: Parse, t: Tok) -> bool:
    """« la foule s'est ruée vers la sortie du stade », "the crowd surged toward the gates": a crowd
    pressing forward, the crush's moment in a story of one (as « toucher terre » is a storm's landfall)."""
    return t.pos == "VERB" and t.lemma.lower() in _SURGE and any(
        c.dep in _SUBJECT_DEPS and c.lemma.lower() in _CROWDS for c in p.children(t.i))


def dated_word(p: Parse, span: Span, hour: bool = False) -> str:
    """What a day is the day of: the lemma of the verb or noun the date hangs on in the tree (« s'est écrasé ce
    jeudi »: écraser; « l'attaque de mardi »: attaque; « un bilan publié jeudi »: publier); "" when unclear. An
    `hour` may also be of « l'accident », « le drame », "the incident" (see _SOME_INCIDENT)."""
    t = _dated_token(p, span)
    if t is None:
        return ""
    events = _HOUR_EVENT_WORDS if hour else DAY_EVENT_OF
    if t.lemma.lower() == "déclarer" and _reflexive(p, t):
        return "éclater"  # « l'incendie s'est déclaré vers 3 heures »: when it broke out, not a statement
    particle = next((c.text.lower() for c in p.children(t.i) if c.dep in ("prt", "compound:prt")), "")
    if t.pos == "VERB" and f"{t.lemma.lower()} {particle}" in _PHRASAL:
        return _PHRASAL[f"{t.lemma.lower()} {particle}"]  # "took off at 11:46": the departure's hour
    head = p.tokens[t.head]
    if t.pos == "VERB" and t.dep.split(":")[0] == "acl" and head.pos == "NOUN" and head.lemma.lower() in DAY_EVENT_OF:
        return head.lemma.lower()  # "the ruling, delivered on Wednesday": the ruling's day
    if t.lemma.lower() in _TOOK_PLACE and t.dep in ("obj", "dobj") and p.tokens[t.head].lemma.lower() in ("avoir", "take"):
        t = p.tokens[t.head]  # « qui a eu lieu mercredi soir »: the day hangs on « lieu », the verb says it
    if t.pos == "VERB" and t.lemma.lower() in ("ouvrir", "open") and any(
            c.dep in _SUBJECT_DEPS and _polling(p, c) for c in p.children(t.i)):  # fmt: skip
        return "vote"  # « les bureaux de vote ont ouvert vendredi », "polls opened on Friday": the vote's day
    if _landfall(p, t):
        return "landfall"  # « a touché terre jeudi soir », "made landfall late Wednesday night"
    if _crowd_surge(p, t):
        return "crush"  # « vers 23h10, la foule s'est ruée vers la sortie », "at 11:10 p.m. the crowd surged"
    took_place = t.pos == "VERB" and t.lemma.lower() in ("avoir", "take") and any(
        c.lemma.lower() in _TOOK_PLACE and c.dep in ("obj", "dobj") for c in p.children(t.i))
    if t.pos == "VERB" and (t.lemma.lower() in _LIGHT_VERBS | _MEASURED or took_place):  # (« … enregistrée à »)
        subject = next((c for c in p.children(t.i) if c.dep in _SUBJECT_DEPS and c.lemma.lower() in events), None)
        if subject is None and took_place:  # « à 0h40 a eu lieu l'effondrement »: the subject after its verb
            subject = next((c for c in p.children(t.i) if c.dep in ("obj", "dobj", "nsubj")
                            and c.lemma.lower() in events), None)  # fmt: skip
        if subject is None and t.dep.split(":")[0] == "acl" and any(c.dep in _SUBJECT_DEPS and c.pos == "PRON"
                                                                     for c in p.children(t.i)):  # fmt: skip
            # « la collision à basse altitude qui a eu lieu vers 21h40 »: the noun the clause is about
            noun = p.tokens[t.head]
            for _ in range(2):
                if noun.lemma.lower() in events:
                    subject = noun
                    break
                if noun.dep.split(":")[0] != "nmod":
                    break
                noun = p.tokens[noun.head]
        if subject is None and t.dep.split(":")[0] == "acl" and p.tokens[t.head].lemma.lower() in events and not any(
                c.dep in _SUBJECT_DEPS for c in p.children(t.i)):  # fmt: skip
            subject = p.tokens[t.head]  # « l'accident survenu à 22h15 »: the accident's hour
        if subject is not None:  # « le scrutin s'est tenu le 12 », "the ballot was held on 12 March": the vote's day
            return subject.lemma.lower()
    if t.pos == "VERB" and t.lemma.lower() in _ENTER:
        into = next((c for c in p.children(t.i) if c.lemma.lower() in DAY_EVENT_OF and any(
            m.text.lower() == "en" for m in p.children(c.i))), None)  # fmt: skip
        if into is not None:
            return into.lemma.lower()  # « est entré en éruption dimanche vers 14h54 »: the eruption's
    if t.pos == "VERB" and t.lemma.lower() not in DAY_EVENT_OF:
        for c in p.children(t.i):  # "were killed on Wednesday when the plane crashed": the crash's day
            if c.dep.split(":")[0] == "advcl" and c.lemma.lower() in DAY_EVENT_OF and any(
                    m.text.lower() in _WHEN_MARKS for m in p.children(c.i)):  # fmt: skip
                return c.lemma.lower()
    return t.lemma.lower()


def _dated_token(p: Parse, span: Span) -> Tok | None:
    """The verb or noun a date hangs on in the tree; None when unclear."""
    tok = value_token(p, span)
    if tok is None:
        return None
    for t in p.ancestors(tok.i):
        if t.text.lower() in _DAY_TOKENS or t.pos in ("NUM", "DET", "ADP", "PUNCT"):
            continue
        return t if t.pos in ("VERB", "NOUN") else None
    return None


# The arguments of a dated verb that say what happened: its object (« a mené une opération »), what it calls for
# (« appelle à une journée »), else its subject (« l'opération s'est déroulée », "the tail was lifted"); the subject
# of a verb with an object is who acted (« le roi a accueilli le président »), not what happened.
_OBJECT_DEPS = frozenset({"obj", "dobj", "obl:arg"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_LIGHT_OBJECTS = frozenset({"lieu", "place", "part"})  # « avoir lieu », "take place", « prendre part »: the verb's own


def dated_things(p: Parse, span: Span) -> tuple[str, ...]:
    """The nouns a date is the day of, whatever verb tells it: the noun it hangs on (« une journée de grève le mardi
    7 »), else the dated verb's subject, object or what it calls for (« l'opération a eu lieu les 3 et 4 février »:
    opération; "the tail was lifted on Saturday": tail). Two sentences that date one thing with different verbs
    (« s'est déroulée », « a eu lieu ») share it; the day a box was found and the day a tail was lifted do not.
    Common nouns only: a name (« le Real Madrid organise … », « … a officialisé … ») is who acts, not what happened."""
    t = _dated_token(p, span)
    if t is None:
        return ()
    if t.pos == "NOUN":
        return (t.lemma.lower(),)
    kids = p.children(t.i)
    chosen = [c for c in kids if c.dep in _OBJECT_DEPS and c.lemma.lower() not in _LIGHT_OBJECTS] or [
        c for c in kids if c.dep in _SUBJECT_DEPS]
    return tuple(sorted({c.lemma.lower() for c in chosen if c.pos == "NOUN" and c.lemma.lower() not in _DAY_TOKENS}))


def day_of_another_noun(p: Parse, span: Span) -> bool:
    """Whether a day the sentence names is the day of an event a noun names rather than of the sentence's own
    statement (« le bilan de l'attaque survenue la semaine dernière s'élève à 143 morts », « le bilan de l'attaque
    de vendredi », "the toll of the attack that took place on Friday"): the day hangs on a noun, or on a verb in a
    clause describing a noun. Such a day dates that noun, not when a count of the sentence holds. A document or a
    statement (« un bilan publié samedi », « le rapport de lundi ») is dated by it as the count is, so it counts."""
    inside = {t.i for t in p.at(*span)}
    if not inside:
        return False
    first = min(inside)
    head = next((t for t in p.ancestors(first) if t.i not in inside and t.pos not in ("ADP", "DET", "PUNCT")), None)
    if head is None:
        return False
    if head.pos == "VERB" and head.dep.split(":")[0] == "advcl" and any(
            c.dep == "mark" and c.text.lower() in ("depuis", "since") for c in p.children(head.i)):
        return True  # « tuées depuis que les manifestations ont éclaté le 21 octobre »: when the count began
    if head.pos == "VERB" and head.lemma.lower() in _ACTED and head.dep.split(":")[0] in (
            "ROOT", "advcl", "acl", "ccomp", "xcomp"):  # fmt: skip
        return True  # « Perpétrée vendredi soir, l'attaque a fait trois morts », "carried out on Friday", « a
        # confirmé que l'accident survenu mercredi a fait seize morts »: the act's day, however the parser hangs it
    if head.pos == "VERB" and head.dep.split(":")[0] == "advcl" and _happening(head) and any(
            c.dep == "mark" and c.text.lower() in _AFTER for c in p.children(head.i)):  # fmt: skip
        return True  # "have died after a volcano erupted on Sunday": the day of the event the count followed (not
        # "rose to 63 after crews recovered more bodies Monday": that is when the count moved)
    if head.pos == "NOUN" and not _happening(head) and head.dep.split(":")[0] in ("obj", "dobj") and (
            p.tokens[head.head].pos == "VERB" and p.tokens[head.head].dep.split(":")[0] == "acl"):  # fmt: skip
        head = p.tokens[head.head]  # « le séisme qui a frappé le pays vendredi dernier »: the parser may hang the day
        # on the clause's object; it is the clause's, which describes the event
    if head.pos == "NOUN":
        noun = head
    elif head.pos == "VERB" and head.dep.split(":")[0] == "acl" and p.tokens[head.head].pos == "NOUN":
        if is_statement(head.lemma.lower()):
            return False
        noun = p.tokens[head.head]
        if not _happening(noun):  # « le bilan de l'incendie qui a ravagé jeudi … »: the parser may hang the clause
            noun = next((c for c in p.children(noun.i) if c.dep.split(":")[0] == "nmod" and _happening(c)), noun)
    else:
        return False
    return _happening(noun)


def _happening(t: Tok) -> bool:
    """Whether a noun or verb names an event (« l'incendie », "erupted"), of the kinds the day and time words know."""
    lemma = t.lemma.lower()
    return lemma in _HAPPENINGS or lemma in EVENT_OF or lemma in DAY_EVENT_OF


_AFTER = frozenset({"after", "après"})


# Verbs that say when an act or event took place, not when anything about it was counted or said.
_ACTED = frozenset("survenir perpétrer commettre produire dérouler happen occur perpetrate commit".split())


# Sudden events whose toll is counted for days after them: a day dating one of them (« l'explosion de mardi ») is
# not when its toll holds. Occasions that are counted on their own day (a strike, a vote, a protest) are not here.
_HAPPENINGS = frozenset("""attentat attaque explosion incendie fusillade tuerie massacre naufrage accident catastrophe
    bousculade effondrement éboulement glissement inondation inondations crue crues tempête cyclone ouragan typhon
    séisme tremblement secousse raid bombardement frappe embuscade collision déraillement drame tragédie
    attack bombing blast explosion fire shooting massacre shipwreck sinking accident disaster crush stampede collapse
    landslide flood floods flooding storm cyclone hurricane typhoon earthquake quake raid strike ambush collision
    derailment crash tragedy""".split())


# Verbs that ask for a value rather than state or decide it (« le parquet a requis sept ans », "prosecutors sought").
_REQUEST = frozenset("requérir réclamer demander solliciter exiger revendiquer request seek demand ask".split())


def requested(p: Parse, tok: Tok | None) -> bool:
    """Whether the nearest verb above the value asks for it (« avait requis … 300 000 euros d'amende »)."""
    if tok is None:
        return False
    for t in p.ancestors(tok.i):
        if t.pos in ("VERB",):
            return t.lemma.lower() in _REQUEST and t.lemma.lower() != "revendiquer"
    return False


def clause_subject(p: Parse, tok: Tok | None) -> str:
    """Who the nearest verb above a value has as subject (« Brice Hortefeux a été condamné à deux ans »: Hortefeux),
    as the last word of their name; "" when that verb has none or a common noun (« un Français »)."""
    if tok is None:
        return ""
    for t in p.ancestors(tok.i):
        if t.pos not in ("VERB", "AUX"):
            continue
        subjects = [c for c in p.children(t.i) if c.dep.startswith("nsubj")]
        subj = next((c for c in reversed(subjects) if c.pos == "PROPN"), subjects[0] if subjects else None)
        if subj is None:
            return ""
        if subj.pos == "PROPN":
            chain = [subj] + [x for x in p.children(subj.i) if x.dep.split(":")[0] == "flat" and x.pos == "PROPN"]
            return max(chain, key=lambda x: x.i).text
        # « l'avocat malaisien Luc Bernard », « l'intermédiaire Alexandre Djouhri »: the name the noun stands beside
        names = [x for x in p.subtree(subj.i) if x.pos == "PROPN" and x.dep.split(":")[0] in ("appos", "flat")
                 and all(a.i == subj.i or a.dep.split(":")[0] in ("appos", "flat") for a in p.ancestors(x.i)[:1])]
        if names:
            return max(names, key=lambda x: x.i).text
        return ""  # a common noun alone (« un Français ») does not say who
    return ""


# Verbs that deny what they govern: their subject holds that the value is wrong.
_NOT = frozenset({"ne", "n'", "pas", "not", "never", "jamais", "n’"})
DENIAL = frozenset("démentir nier réfuter contester deny dismiss reject refute disown".split())


def denied(p: Parse, tok: Tok) -> bool:
    """Whether the nearest speech verb above the value denies it (« X a démenti un bilan de 11 300 morts », "X
    denied the figure of 300"), rather than states it."""
    for t in p.ancestors(tok.i):
        if t.pos not in ("VERB", "AUX"):
            continue
        if t.lemma.lower() in DENIAL:
            return not any(c.neg or c.dep == "neg" or c.lemma.lower() in _NOT for c in p.children(t.i))
        if _is_attribution(p, t):
            return False
    return False


# What happened to the people counted, where the noun does not say it: the verb, participle or adjective the parse
# gives them (« 875 personnes ont été interpellées », "the 5,000 people who were injured", « personnes disparues »,
# "81 people survived"), a noun they complement (« la mort de 17 000 personnes », "the arrest of 80 people"), or a
# verb phrase (« a coûté la vie à 56 personnes », « 60 personnes étaient en garde à vue »). Lemmas and word forms of
# general verbs, in either language; the bases are those of claims.figures.
_PREDICATES = {
    "demonstrators": frozenset("""manifester défiler marcher protester mobiliser rassembler descendre battre
        protest march rally demonstrate gather""".split()),
    "dead": frozenset("""tuer mourir décéder périr succomber noyer mort morte morts mortes décédé décédée décédés
        décédées tué tuée tués tuées enterrer inhumer kill die perish drown dead killed died bury""".split()),
    "injured": frozenset("""blesser hospitaliser blessé blessée blessés blessées hospitalisé hospitalisés injure
        wound hurt hospitalise hospitalize injured wounded hospitalised hospitalized treat treated soigner soigné
        soignée soignés soignées""".split()),
    "missing": frozenset("""disparaître disparu disparue disparus disparues rechercher recherché recherchée
        recherchés recherchées missing unaccounted seek sought""".split()),
    "arrested": frozenset("""interpeller arrêter écrouer interpellé interpellée interpellés interpellées arrêté
        arrêtés arrêtées arrest detain arrested detained""".split()),
    "survivors": frozenset("survivre survivant survive survived".split()),
    "trapped": frozenset("""bloquer piéger coincer bloqué bloquée bloqués bloquées piégé piégée piégés piégées coincé
        coincée coincés coincées trap trapped strand stranded""".split()),
    "suspects": frozenset("""soupçonner suspecter soupçonné soupçonnée soupçonnés soupçonnées suspecté suspectée
        suspectés suspectées suspect suspected""".split()),
    "rescued": frozenset("secourir sauver secouru secourus secourues sauvé sauvés rescue save rescued".split()),
    "escaped": frozenset("évader évadé évadés évadées escape escaped".split()),
    "displaced": frozenset("""évacuer déplacer reloger évacué évacués évacuées déplacé déplacés déplacées fuir
        evacuate displace evacuated displaced flee fled""".split()),
    "cases": frozenset("infecter contaminer infecté infectés infectées contaminé contaminés infect infected".split()),
    "vaccinated": frozenset("vacciner vacciné vaccinés vaccinées vaccinate vaccinated".split()),
    "passengers": frozenset("transporter transporté transportés transportées carry carried ferry".split()),
}
# Those counted who lost their home, when a phrase on the noun or its verb says it: « sans domicile », « sans abri ».
_DWELLINGS = frozenset("domicile domiciles logement logements".split())
_HOMES = _DWELLINGS | frozenset("abri abris toit".split())  # what those « sans … » are without
# Those counted who are hurt, when a phrase says so: « dans un état grave », "in a critical condition", "sustained
# injuries", « souffrant de blessures ».
_STATE = frozenset("état condition".split())
_SERIOUS = frozenset("grave graves critique critiques sérieux préoccupant serious critical".split())
_HURT = frozenset("blessure blessures injury injuries wound wounds".split())
_BEAR = frozenset("sustain suffer subir souffrir".split())


def _serious_state(p: Parse, t: Tok) -> bool:
    return t.lemma.lower() in _STATE and any(k.text.lower() in _SERIOUS for k in p.children(t.i))


def _hurt_says(p: Parse, t: Tok) -> str:
    """"injured" for « 12 se trouvent dans un état grave », « neuf d'entre eux sont dans un état grave » (the state
    is the head), "six were in critical condition" (the state hung on its preposition), "3,900 individuals
    sustained injuries"; "" else."""
    if _serious_state(p, t):
        return "injured"
    for c in p.children(t.i):
        low = c.lemma.lower()
        if _serious_state(p, c):
            return "injured"
        if c.dep == "prep" and low == "in" and any(_serious_state(p, k) for k in p.children(c.i) if k.dep == "pobj"):
            return "injured"
        if c.text.lower() in _HURT and t.lemma.lower() in _BEAR:
            return "injured"
    return ""


def _held(p: Parse, t: Tok) -> bool:
    """« en détention » (the noun with its case), "in custody" (the preposition with its object)."""
    if t.lemma.lower() in ("détention", "custody"):
        return any(k.dep in ("case", "prep") and k.text.lower() in ("en", "in") for k in p.children(t.i))
    return t.lemma.lower() == "in" and any(k.lemma.lower() == "custody" for k in p.children(t.i))


def _where_says(p: Parse, t: Tok) -> str:
    """"displaced" for « 300 000 personnes sans domicile », « se trouvent sans abri »; "passengers" for « 180
    personnes à bord », "people on board", "aboard"; "" else."""
    if _held(p, t) or any(_held(p, c) for c in p.children(t.i)):
        return "arrested"
    for c in p.children(t.i):
        low = c.lemma.lower()
        cases = {k.text.lower() for k in p.children(c.i) if k.dep in ("case", "prep")}
        if low in _HOMES and "sans" in cases:
            return "displaced"
        if (low == "bord" and "à" in cases) or low == "aboard" or (
                low == "on" and any(k.text.lower() == "board" for k in p.children(c.i))):
            return "passengers"
    return ""


# Verbs whose subject does it to others (« 30 hommes ont tué », "gunmen arrested"): their subject is counted only in
# the passive; the others say what happened to their subject (« sont morts », "survived").
_TRANSITIVE = frozenset("""tuer blesser hospitaliser interpeller arrêter écrouer secourir sauver évacuer déplacer
    reloger noyer enterrer inhumer bury kill injure wound hurt hospitalise hospitalize arrest detain rescue save
    evacuate displace drown infecter contaminer infect vacciner vaccinate transporter carry ferry rechercher seek
    """.split())
# What a phrase on the verb says of those counted, whatever the verb: « ont été chassées de leurs domiciles », "fled
# their homes" (they lost their home); « transportées à l'hôpital », "taken to hospital" (they are hurt). A gathering
# they took part in says where they were (`_taken_part_in`), not that they demonstrated: « ont participé aux
# rassemblements », "joined rallies" read as demonstrators was tried twice and taken out (eleventh and thirtieth
# rounds: nothing on the development stories, one compatible pair more flagged on the own held-out).
_HOME_NOUNS = _DWELLINGS | frozenset("maison maisons foyer foyers home homes house houses".split())  # homes left
_LEAVE = frozenset("""chasser fuir quitter forcer perdre abandonner contraindre obliger flee leave force drive lose
    abandon""".split())
_HOSPITAL = frozenset("hôpital hôpitaux urgences clinique hospital hospitals clinic".split())
# (those who work at a hospital, visit it or are born there are no patients)
_STAFF = frozenset("travailler exercer employer visiter naître work employ staff visit bear born".split())
_GATHERINGS = frozenset("""manifestation manifestations rassemblement rassemblements marche marches cortège cortèges
    défilé défilés mobilisation demonstration demonstrations protest protests rally rallies march""".split())
_TAKE_PART = frozenset("participer prendre assister rejoindre participate take attend join".split())
# Nouns of what happened whose complement is those it happened to (« la mort de 40 personnes », "the arrest of").
_EVENT_OF_NOUN = {
    "dead": frozenset("mort décès death deaths killing killings".split()),
    "arrested": frozenset("interpellation interpellations arrestation arrestations arrest arrests".split()),
    "displaced": frozenset("évacuation évacuations déplacement evacuation evacuations".split()),
    "missing": frozenset("disparition disparitions disappearance".split()),
    "rescued": frozenset("sauvetage rescue".split()),
}
_LIFE = frozenset("vie vies life lives".split())  # « coûter la vie à », « perdre la vie », "claimed the lives of"
_INCLUDE = frozenset("inclure comprendre compter include comprise count".split())


def _happened(word: Tok) -> str:
    for base, words in _PREDICATES.items():
        if word.lemma.lower() in words or word.text.lower() in words:
            return base
    return ""


def _phrase_nouns(p: Parse, verb: Tok) -> set[str]:
    """Lemmas of the nouns a verb's objects and phrases hang on it (« de leurs domiciles », "to the hospital",
    "in the demonstrations"), lower-cased."""
    out = set()
    for c in p.children(verb.i):
        dep = c.dep.split(":")[0]
        if dep in ("obl", "obj", "dobj", "iobj") and c.pos in ("NOUN", "PROPN"):
            out.add(c.lemma.lower())
        elif dep in ("prep", "prt"):
            out.update(k.lemma.lower() for k in p.children(c.i) if k.dep == "pobj")
    return out


def _passive(p: Parse, verb: Tok, counted: Tok) -> bool:
    """Whether the counted undergo the verb: its passive subject, a participle on the noun (« personnes tuées »,
    "people killed"), a relative clause in the passive (« qui ont été blessées », "who were injured")."""
    if "pass" in counted.dep:
        return True
    kids = p.children(verb.i)
    if any(c.dep in ("aux:pass", "auxpass", "nsubjpass", "nsubj:pass") for c in kids):
        return True
    if verb.head == counted.i and verb.dep.split(":")[0] in ("acl", "amod"):
        return not any(c.dep.startswith("nsubj") or c.dep in ("obj", "dobj") for c in kids)
    return False


def _verb_says(p: Parse, verb: Tok, counted: Tok, subject: bool, other: bool = False) -> str:
    """What a verb above or on the counted noun says happened to them (`subject`: they are its subject; `other`:
    neither its subject nor its object, as in « a coûté la vie à 56 personnes »); "" when it says nothing of the
    kind. « Parmi les 242 personnes à bord, une seule a survécu »: what the verb says is not of those counted."""
    if other and not subject:
        kids = p.children(verb.i)
        words = {c.lemma.lower() for c in kids} | {c.text.lower() for c in kids}
        return "dead" if words & _LIFE and verb.lemma.lower() in ("coûter", "ôter", "claim", "cost", "take") else ""
    base = _happened(verb)
    if base and verb.lemma.lower() in _TRANSITIVE and subject and not _passive(p, verb, counted):
        base = ""  # « 30 hommes armés ont tué »: who did it
    kids = p.children(verb.i)
    words = {c.lemma.lower() for c in kids} | {c.text.lower() for c in kids}
    phrase = _phrase_nouns(p, verb)
    if phrase & _HOSPITAL and base not in ("dead", "injured") and verb.lemma.lower() not in _STAFF:
        return "injured"  # « transportées à l'hôpital », "taken to hospital" (not where they died or work)
    if base:
        return base
    if subject and phrase & _HOME_NOUNS and verb.lemma.lower() in _LEAVE:
        return "displaced"  # « ont été chassées de leurs domiciles », "fled their homes", « ont perdu leur logement »
    if subject and words & _LIFE and verb.lemma.lower() in ("perdre", "lose"):
        return "dead"  # « 700 personnes ont perdu la vie »
    if subject and verb.lemma.lower() == "trouver" and "mort" in words:
        return "dead"  # « ont trouvé la mort »
    if not subject and words & _LIFE and verb.lemma.lower() in ("coûter", "ôter", "claim", "cost", "take"):
        return "dead"  # « a coûté la vie à 56 personnes »
    for c in kids:  # « sont portées disparues », « ont été déclarées mortes », "were reported injured": the attribute
        if c.dep.split(":")[0] in ("xcomp", "acomp", "attr", "oprd", "advcl") and c.pos in ("ADJ", "VERB") and c.i > verb.i:
            found = _happened(c)
            if found and not (c.lemma.lower() in _TRANSITIVE and c.pos == "VERB" and not _passive(p, c, counted)
                              and c.dep.split(":")[0] == "advcl"):  # fmt: skip
                return found
    # « étaient en garde à vue », « récupérées en vie », "rescued alive", « sans abri »: the phrase on the verb
    if verb.lemma.lower() == "garde" and any(c.lemma.lower() == "vue" for c in kids):
        return "arrested"
    where = _where_says(p, verb) or (_hurt_says(p, verb) if subject else "")
    if where:
        return where
    for c in kids:
        if c.lemma.lower() == "garde" and any(k.lemma.lower() == "vue" for k in p.children(c.i)):
            return "arrested"
        if c.lemma.lower() in ("vie",) and any(k.text.lower() == "en" for k in p.children(c.i)):
            return "survivors"
        if c.text.lower() == "alive" and c.i > verb.i:
            return "survivors"
    return ""


def predicate_of(p: Parse, tok: Tok) -> str:
    """What the people a value counts did or underwent, when the parse says it (see _PREDICATES); "" else."""
    counted = p.tokens[tok.head] if tok.dep.split(":")[0] in ("nummod", "det", "amod", "quantmod") else tok
    if counted.i == tok.i:
        found = counted_of(p, tok)  # « le nombre de personnes disparues s'élève à sept »
        if found is not None:
            counted = found
    if counted.pos not in ("NOUN", "PROPN", "PRON", "NUM"):
        return ""  # "with 20 hospitalised": the value hangs on the verb that says it, read by the figure
    aboard = ""
    for c in p.children(counted.i):  # « personnes disparues », "people killed", "people who were injured"
        if c.dep.split(":")[0] in ("acl", "amod", "relcl") and c.pos in ("VERB", "ADJ"):
            rel = [k for k in p.children(c.i) if k.dep.startswith("nsubj") and k.pos == "PRON"]
            base = _verb_says(p, c, rel[0] if rel else counted, subject=bool(rel))
            if base == "passengers":
                aboard = aboard or base  # « huit autres personnes, présentes à bord, sont décédées »: where they
                continue  # were; what the verb says happened to them is what the count counts
            if base:
                return base
    dep = counted.dep.split(":")[0]
    head = p.tokens[counted.head]
    if counted.dep.startswith("nsubj") or dep == "csubj":
        base = _verb_says(p, head, counted, subject=True)
        if base:
            return base
    if aboard:
        return aboard
    if dep in ("obl", "iobj", "dobj", "obj", "nmod", "pobj"):
        up = p.tokens[head.head] if dep == "pobj" and head.pos == "ADP" else head
        if up.pos == "NOUN":
            for base, nouns in _EVENT_OF_NOUN.items():
                if up.lemma.lower() in nouns or up.text.lower() in nouns:
                    return base  # « l'interpellation de 875 personnes », "the deaths of 40 people"
            if up.lemma.lower() in _LIFE and p.tokens[up.head].lemma.lower() in ("claim", "coûter", "cost", "take"):
                return "dead"  # "claimed the lives of 40 people"
        if up.pos in ("VERB", "AUX") and dep != "nmod":
            if up.lemma.lower() in _INCLUDE:  # "Friday's arrests included 80 people": what the subject counts
                subj = next((c for c in p.children(up.i) if c.dep.startswith("nsubj")), None)
                for base, nouns in _EVENT_OF_NOUN.items():
                    if subj is not None and (subj.lemma.lower() in nouns or subj.text.lower() in nouns):
                        return base
            base = _verb_says(p, up, counted, subject=False, other=dep not in ("obj", "dobj"))
            if base and (up.lemma.lower() in _TRANSITIVE or base == "dead" and dep not in ("obj", "dobj")):
                return base  # "killed 40 people", « a évacué 500 personnes », « a coûté la vie à 56 personnes »
    # « 300 000 personnes sans domicile », « 60 dans un état grave », when nothing says what happened to them
    return _where_says(p, counted) or _hurt_says(p, counted) or (_hurt_says(p, tok) if tok.i != counted.i else "")


# Verbs that bring a count to a value (« le bilan s'élève à 2 800 », "bringing the number of cases to 17,801"):
# what reaches the value is what it counts.
_REACH = frozenset("""élever atteindre passer grimper monter porter dépasser franchir culminer totaliser
    alourdir augmenter relever établir évaluer chiffrer
    reach rise climb stand bring soar jump hit total exceed top surpass increase amount pass grow raise revise""".split())
_POPULATION = frozenset({"population"})
_INCREMENT = frozenset("nouveau nouvel supplémentaire new additional further".split())
_MEASURE_HEADS = frozenset("nombre total chiffre décompte number total figure count tally".split())


def counted_of(p: Parse, tok: Tok) -> Tok | None:
    """The noun a value counts, read on the tree where the words right after it do not say: the noun it modifies
    past adjectives ("241 confirmed fatalities", « 1 372 nouveaux cas suspects »), the subject or object a verb of
    reaching brings to it (« le nombre des morts s'élevait à 2 800 »), the subject of a copula (« les manifestants
    étaient 13 000 »). « le nombre de X » and "the number of X" count X. None when the tree says nothing."""
    dep = tok.dep.split(":")[0]
    head = p.tokens[tok.head]
    found: Tok | None = None
    if dep == "conj" and head.text[:1].isdigit() and head.i != tok.i:
        return counted_of(p, head)  # « entre 13 000 selon la police et plus de 15 000 selon FO »: the same count
    if dep in ("nummod", "quantmod") and head.pos == "NOUN":
        if any(c.lemma.lower() in _INCREMENT for c in p.children(head.i)):
            return None  # "1,372 new cases" adds to a count: not the count
        found = head
    else:
        verb = head
        if dep == "pobj" and head.pos == "ADP":  # English: "to 17,801" hangs on the preposition
            verb = p.tokens[head.head]
        if verb.lemma.lower() in _REACH and verb.i != tok.i and dep in ("obl", "obj", "dobj", "pobj", "attr"):
            found = _reached(p, verb, tok)
        elif any(c.lemma.lower() in ("être", "be") and (c.dep in ("cop", "aux:pass") or c.dep == "aux:tense" and (
                tok.pos != "VERB" or tok.text[:1].isdigit())) for c in p.children(tok.i)):
            # (« les manifestants étaient 16 000 »: the copula is often parsed as a tense, the number as a verb)
            subjects = [c for c in p.children(tok.i) if c.dep.startswith("nsubj")]
            found = next((c for c in subjects if c.pos == "NOUN"), None)
            it = next((c for c in subjects if c.pos == "PRON" and c.text.lower() in ("il", "elle", "it")), None)
            if found is None and it is not None:  # « le nombre de disparus, indiquant qu'il était de 21 »
                found = next((t for t in reversed(p.tokens[: it.i]) if t.lemma.lower() in _MEASURE_HEADS), None)
    if found is None and dep in ("pobj", "nmod") and head.pos == "ADP" and p.tokens[head.head].lemma.lower() in _POPULATION:
        found = p.tokens[head.head]  # "a population of at least 120,000"
    elif found is None and dep == "nmod" and head.lemma.lower() in _POPULATION:
        found = head  # « une population de 100 000 »
    if found is not None and found.lemma.lower() in _MEASURE_HEADS:
        found = toll_noun(p, found, pos=("NOUN",), of_only=False)
    return found


TOLL_WORDS = frozenset("bilan toll".split())  # a toll names what it counts after it (« le bilan des blessés »)


def toll_noun(p: Parse, toll: Tok, pos: tuple[str, ...] = ("NOUN", "ADJ"), of_only: bool = True) -> Tok | None:
    """The first noun a toll or a number names after it (« le bilan des blessés », "the number of missing"):
    « blessés », "missing"; None when it names none. `pos`: the parts of speech taken (the parser often calls
    « blessés » an adjective); `of_only`: in English, only after "of"."""
    below = [k for k in p.children(toll.i) if k.pos in pos and k.dep.split(":")[0] == "nmod"]
    for prep in (k for k in p.children(toll.i) if k.dep == "prep" and (not of_only or k.text.lower() == "of")):
        below += [k for k in p.children(prep.i) if k.pos in pos and k.dep == "pobj"]
    return min(below, key=lambda k: k.i) if below else None


_SHARE_SUBJECTS = {"participation": "turnout", "turnout": "turnout", "abstention": "abstention"}


def share_subject(p: Parse, tok: Tok) -> str:
    """What a share is the share of when its clause's subject says so, however far before it (« Le taux de
    participation au second tour de l'élection présidentielle s'est élevé à plus de 50 % », "Turnout in the
    run-off stood at 49.8 %"): "turnout" or "abstention"; "" when the subject says neither."""
    predicate = next((t for t in p.ancestors(tok.i) if t.pos in ("VERB", "ADJ", "AUX")), None)
    for _ in range(3):
        if predicate is None:
            return ""
        subjects = [c for c in p.children(predicate.i) if c.dep.startswith("nsubj")]
        for subject in subjects:
            words = [subject] + [c for c in p.children(subject.i) if c.dep.split(":")[0] in ("nmod", "compound", "amod")]
            for word in words:
                if word.lemma.lower() in _SHARE_SUBJECTS:
                    return _SHARE_SUBJECTS[word.lemma.lower()]
        if subjects or predicate.dep.split(":")[0] not in ("advcl", "xcomp", "acl") or predicate.head == predicate.i:
            return ""
        predicate = p.tokens[predicate.head]  # « La participation a été basse, atteignant seulement 43,48 % »
    return ""


def _reached(p: Parse, verb: Tok, value: Tok) -> Tok | None:
    """What a verb of reaching brings to a value: its subject or object noun (« le nombre des morts s'élevait à »,
    « porte à 20 296 le nombre des décès », « a évalué à 23 millions le nombre de personnes »), or, for a verb
    under another (« le bilan pourrait s'alourdir à », "the number is expected to exceed"), that verb's subject."""
    for v in (verb, p.tokens[verb.head]):
        found = next((c for c in p.children(v.i) if c.i != value.i and c.pos == "NOUN" and (
            c.dep.split(":")[0] in ("nsubj", "nsubjpass", "obj", "dobj") or c.lemma.lower() in _MEASURE_HEADS)), None)
        if found is not None or verb.dep not in ("xcomp", "ccomp") or v is not verb:
            return found
    return None


_AGE_WORDS = frozenset("an ans année années âgé âgée âgés âgées year years old aged age âge".split())


def bearer_of(p: Parse, tok: Tok, sentence: str) -> str:
    """Whose age or measure a value is: the nearest noun above it in the tree (« Paul Biya, 92 ans », « le
    survivant, âgé de 40 ans », "Biya, aged 93"), as its last proper name when it has one; "" when none."""
    if tok.i >= 2 and p.tokens[tok.i - 1].text == "," and p.tokens[tok.i - 2].pos == "PROPN":
        return p.tokens[tok.i - 2].text  # « …, Dupont, 38 ans, … »: the name the age stands beside, however parsed
    for t in p.ancestors(tok.i):
        if t.text.lower() in _AGE_WORDS or t.lemma.lower() in _AGE_WORDS:
            continue
        if t.pos in ("PROPN", "NOUN"):
            up = t
            for _ in range(2):  # « …, un Français d'origine belge de 40 ans »: the age hangs on « origine »
                if up.dep.startswith("nmod") and p.tokens[up.head].pos == "NOUN" and up.head != up.i:
                    up = p.tokens[up.head]
            head = p.tokens[up.head]
            det = next((k for k in p.children(up.i) if k.dep == "det" and k.text.lower() in ("un", "une", "a", "an")), None)
            set_off = up.i > 0 and p.tokens[min(x.i for x in p.subtree(up.i)) - 1].text == ","  # (« Sonac, éleveuse »)
            if (up.dep == "appos" or up.dep == "nmod" and set_off) and (det is not None or head.pos == "PROPN"):
                # « Jean Dupont, un Français de 40 ans », « Alexandra Sonac, éleveuse de 32 ans »: Dupont's, Sonac's age
                if head.pos == "PROPN":
                    chain = [head] + [x for x in p.children(head.i) if x.dep.split(":")[0] == "flat"]
                    return max(chain, key=lambda x: x.i).text
                if det.i >= 2 and p.tokens[det.i - 1].text == "," and p.tokens[det.i - 2].pos == "PROPN":
                    return p.tokens[det.i - 2].text  # the parser hung the description elsewhere
            # its own name: the noun and the names hanging on it directly, not one inside a clause on it
            # ("the 70-year-old leader, convicted for his role in funding from Gaddafi": not Gaddafi)
            own, stack = [t], [t.i]
            while stack:
                for x in p.children(stack.pop()):
                    if x.dep.split(":")[0] in ("flat", "appos", "compound"):
                        own.append(x)
                        stack.append(x.i)
            names = [x for x in own if x.pos == "PROPN"]
            people = [x for x in names if x.ent in ("PER", "PERSON")] or names
            if people:
                return max(people, key=lambda x: x.i).text  # « le doyen Amadou Kessel » → Kessel
            return _office(p, t, sentence) or t.lemma.lower() or t.text.lower()
        if t.pos in ("VERB", "AUX") and t.dep == "ROOT":
            subj = next((c for c in p.children(t.i) if c.dep.startswith("nsubj")), None)
            if subj is not None and subj.pos in ("PROPN", "NOUN"):
                return subj.text if subj.pos == "PROPN" else subj.lemma.lower()
            return ""
    if re.match(r"\s*(?:à|a|at)\s*$", sentence[: p.tokens[tok.i].start], re.I):
        # « À 92 ans, le doyen Amadou Kessel a … », parsed as a fragment of its own: the main clause's subject
        root = next((t for t in p.tokens if t.dep == "ROOT" and t.pos in ("VERB", "AUX") and t.i > tok.i), None)
        subj = next((c for c in p.children(root.i) if c.dep.startswith("nsubj")), None) if root else None
        if subj is not None and subj.pos in ("PROPN", "NOUN"):
            own = [subj] + [x for x in p.subtree(subj.i) if x.dep.split(":")[0] in ("flat", "appos") and x.pos == "PROPN"]
            names = [x for x in own if x.pos == "PROPN"]
            return max(names, key=lambda x: x.i).text if names else subj.lemma.lower()
    return ""


def _office(p: Parse, t: Tok, sentence: str) -> str:
    """A noun with its complement when the two name an office: "head of state", « chef de l'État »; "" else."""
    for c in p.children(t.i):
        between = [x.text.lower().replace("’", "'") for x in p.tokens[t.i + 1 : c.i]]
        if c.pos == "NOUN" and c.i > t.i and (
            (c.dep == "pobj" and between == ["of"]) or (c.dep.startswith("nmod") and between in (["de"], ["de", "l'"],
                                                                                                 ["du"]))):  # fmt: skip
            return sentence[t.start : c.end].lower()
        if c.dep == "prep" and c.i == t.i + 1 and c.text.lower() == "of":
            objs = [k for k in p.children(c.i) if k.dep == "pobj" and k.pos == "NOUN" and k.i == c.i + 1]
            if objs:
                return sentence[t.start : objs[0].end].lower()
    return ""


def stretch_of(sentence: str, span: Span, others: Sequence[Span]) -> tuple[int, int]:
    """The part of the sentence that belongs to this value: from the end of the previous value to the start of
    the next one (the whole sentence when it states one value)."""
    others = [o for o in others if o != span]
    before = [e for s, e in others if e <= span[0]]
    after = [s for s, e in others if s >= span[1]]
    return (max(before) if before else 0), (min(after) if after else len(sentence))


def side_of(p: Parse, sentence: str, span: Span, stretch: tuple[int, int]) -> str:
    for t in p.tokens:
        if not (span[1] <= t.start < stretch[1]) or t.text.lower() not in _SIDE_WORDS:
            continue
        kids = p.children(t.i)
        if any(k.text.lower() in _POSSESSIVE for k in kids):
            continue  # « de son côté », "for their part": a discourse marker, not a side
        if t.text.lower() == "side":  # "on the Russian side"
            mods = [k for k in kids if k.dep in ("amod", "compound") and k.i < t.i]
            if mods and mods[0].text.lower() not in _RELATIVE_SIDES:
                return sentence[mods[0].start : mods[-1].end]
            continue
        names = [k for k in p.tokens if k.i > t.i and k.start < stretch[1] and k.head in {t.i} | {x.i for x in kids}
                 and k.dep.split(":")[0] in ("flat", "nmod", "appos", "amod", "compound", "obl")]  # fmt: skip
        if not names:
            nxt = [k for k in p.tokens if k.i == t.i + 1 and k.start < stretch[1]]
            names = [k for k in nxt if k.pos in ("PROPN", "NOUN")]
        if names:
            head = names[0]
            if head.lemma.lower() in _RELATIVE_SIDES or head.text.lower() in _RELATIVE_SIDES:
                continue  # « dans le camp adverse », "the enemy side": the other side of whoever speaks, unnamed
            text, _ = _phrase(p, head, sentence)
            return re.split(r"[,;:]", text)[0].strip()
    return ""


# Words that name a side only relative to the speaker (« le camp adverse », "the opposing side"): no side of its own.
_RELATIVE_SIDES = frozenset("adverse adverses ennemi ennemie ennemis ennemies opposé opposée enemy opposing other".split())


def scope_of(p: Parse, sentence: str, span: Span, stretch: tuple[int, int]) -> str:
    """A place named after the value in its stretch (« 81 000 à Paris »), or opening the sentence (« À Lyon, … »)
    when the sentence states one value; "" for the whole country or when none is named."""
    window = sentence[span[1] : stretch[1]]
    if _WHOLE.search(window[:60]):
        return ""
    soil = _SOIL.search(window[:60])
    if soil:  # « sur le sol syrien », "on Syrian soil": the country the adjective names
        from ..claims.gazetteer import resolve  # (a late import: claims reads this module)

        found = resolve(soil.group("fr") or soil.group("en") or "")
        if found is not None:
            return found.name
    opening = _opening_place(p)
    for t in p.tokens:
        inside = span[1] <= t.start < stretch[1] or (stretch[0] == 0 and t.start < span[0] and t.i < 4) or (
            0 < stretch[0] <= t.start < span[0] and _CONTRAST.search(sentence, max(0, t.start - 18), t.start))
        if not inside or t.pos not in ("PROPN", "NOUN") or t.ent in ("ORG", "NORP", "DATE"):
            continue
        if t.ent not in ("LOC", "GPE") and t.pos != "PROPN" or any(ch.isdigit() for ch in t.text):
            continue  # (« à 04h17 » is a time the parser may take for a name)
        if not t.text[:1].isupper():
            continue  # a place is named: « dans la mer de débris », « secourus en mer » say where, not which count
        case = [c for c in p.children(t.i) if c.dep in ("case",) and c.text.lower() in _SCOPE_CASES]
        head = p.tokens[t.head]
        if not case and not (head.dep == "prep" and head.text.lower() in _SCOPE_CASES):
            continue
        if t.start > span[1] + 60:
            continue
        if _ALL_OVER.search(sentence[max(0, t.start - 24) : t.start]):
            return ""  # « partout en France », "across Kestria": the whole country, not a place in it
        if _on_another_noun(p, t, value_token(p, span)):
            continue  # « grâce à une forte mobilisation dans le Nord »: where something else happened
        return _place_name(p, t, sentence)
    return opening


_NAME_OF = frozenset({"du", "de", "des", "d'", "d’", "do", "da", "del"})  # « Caroline du Sud », « Rio Grande do Sul »


def _place_name(p: Parse, t: Tok, sentence: str) -> str:
    """A place's whole name, its head with the name words the parse hangs on it ("Gaza City", "Khan Younis",
    "Everest Hospital"), not the head alone ("City", "Younis", "Hospital")."""
    words = {t.i} | {c.i for c in p.children(t.i) if c.dep in ("compound", "flat", "flat:name") and c.pos == "PROPN"}
    for c in p.children(t.i):  # a name word after « du » in the same place (« Caroline du Sud »)
        case = [k.i for k in p.children(c.i) if k.dep == "case" and k.text.lower() in _NAME_OF]
        if c.dep == "nmod" and c.pos == "PROPN" and c.i > t.i and case and t.ent and c.ent == t.ent:
            words |= {c.i, *case}
    first, last = min(words), max(words)
    if words != set(range(first, last + 1)):
        return t.text  # not one stretch of the sentence
    return sentence[p.tokens[first].start : p.tokens[last].end]


# « …, alors qu'en Turquie, il atteint 44 374 »: a place opening a value's own clause is that value's.
_CONTRAST = re.compile(r"(?:\balors\s+qu|\btandis\s+qu|\bet|\bmais|\bwhile|\bwhereas|\band|\bbut)\W*(?:en|à|au|aux|dans|in|at)\s+"
                       r"(?:la\s+|le\s+|l['’]|the\s+)?$", re.I)
_SOIL = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:sur\s+(?:le\s+)?sol|en\s+territoire)\s+(?P<fr>\w+)|^\W*(?:\w+\s+){0,2}?on\s+"
                   r"(?P<en>[A-Z]\w+)\s+soil\b")
_PLACE_NOUNS = frozenset("""région ville province département commune quartier district pays zone capitale village
    localité agglomération métropole état city region province district area town country state village capital
    county nord sud est ouest centre north south east west centre center""".split())


def _on_another_noun(p: Parse, place: Tok, value: Tok | None) -> bool:
    """Whether a place hangs, in the tree, on a noun other than the value, what it counts or another place (« une
    forte mobilisation dans le Nord »): then it says where that noun is, not where the value holds."""
    if value is None:
        return False
    own = {value.i, value.head}
    governs = {value.i} | {a.i for a in p.ancestors(value.i)}  # the value's own clauses
    t = place
    for _ in range(8):
        h = p.tokens[t.head]
        if h.i == t.i or h.i in own:
            return False
        if h.pos == "ADP" and t.dep == "pobj":
            t = h  # "in Lithuania": the preposition, then what it hangs on
            continue
        if h.pos in ("VERB", "AUX"):
            # "has risen to 61 after a victim died in Lithuania": where another clause's event happened
            return h.i not in governs and h.dep.split(":")[0] in _OTHER_CLAUSES
        if h.pos not in ("NOUN", "PROPN"):
            return False
        if h.pos == "NOUN" and h.lemma.lower() in _GATHERINGS and _taken_part_in(p, h, governs):
            return False  # "20,000 people joined rallies in Thessaloniki": where those counted gathered
        if h.pos == "NOUN" and h.lemma.lower() not in _PLACE_NOUNS:
            return True
        t = h
    return False


def _taken_part_in(p: Parse, gathering: Tok, governs: set[int]) -> bool:
    """Whether a gathering noun is what the value's own verb says those counted took part in ("joined rallies",
    « ont participé aux rassemblements »)."""
    up = p.tokens[gathering.head]
    if up.pos == "ADP" and gathering.dep == "pobj":
        up = p.tokens[up.head]
    return up.i in governs and up.lemma.lower() in _TAKE_PART


_OTHER_CLAUSES = frozenset({"advcl", "acl", "relcl"})  # a clause of its own: « après que … », "after …", « qui … »


def _opening_place(p: Parse) -> str:
    """A place that opens the sentence before a comma (« À Bordeaux, 20 000 selon la préfecture, 53 000 selon la
    CGT »): the scope of every value of the sentence that names none of its own."""
    toks = p.tokens
    for n, t in enumerate(toks[:5]):
        if t.text == ",":
            return ""
        if t.pos == "PROPN" and t.ent not in ("ORG", "NORP", "DATE") and n and \
                (toks[n - 1].text.lower() in _SCOPE_CASES or _named_place(toks, n)) and \
                any(x.text == "," for x in toks[n + 1 : n + 4]):
            return t.text
    return ""


def _named_place(toks: Sequence[Tok], n: int) -> bool:
    """« Dans la province du Sud-Kivu, … », "In the province of X, …": a place noun after a case, then the name."""
    return n >= 3 and toks[n - 1].text.lower().replace("’", "'") in ("de", "du", "d'", "of") and \
        toks[n - 2].lemma.lower() in _PLACE_NOUNS and any(x.text.lower() in _SCOPE_CASES for x in toks[: n - 2])


def part_of(sentence: str, span: Span, stretch: tuple[int, int]) -> bool:
    if _PART_WORDS.search(sentence[max(stretch[0], span[0] - 30) : span[0]]) or _OF_THEM.match(sentence, span[1]):
        return True  # « dont 12 », « neuf d'entre eux », "nine of them"
    if _AMONG_THE_COUNT.search(sentence[max(0, span[0] - 90) : span[0]]):
        return True  # « parmi les 153 morts, il y avait 97 femmes et 56 hommes »: the whole's own number ends the
        # stretch before them
    if _OUT_OF_THE_COUNT.search(sentence[max(0, span[0] - 60) : span[0]]):
        return True  # « Sur les 60 blessés, 36 sont soignés à l'hôpital », "Of the 85 injured, 53 remain in hospital"
    # « 242 personnes, dont deux pilotes et dix membres d'équipage »: a value listed after a part is one too
    return bool(stretch[0] and _LISTED.fullmatch(sentence, stretch[0], span[0]) and
                _PART_LIST.search(sentence, max(0, stretch[0] - 60), stretch[0]))  # fmt: skip


_OF_THEM = re.compile(r"\s*(?:d['’]entre\s+(?:eux|elles)|of\s+(?:them|those|whom))\b", re.I)
_AMONG_THE_COUNT = re.compile(r"\b(?:parmi\s+les|among\s+the)\s+\d[\d\s.,]*\s+\w+\s*,?\s*(?:figurent|se\s+trouvent|"
                              r"on\s+(?:compte|dénombre)|il\s+y\s+a(?:vait)?|were|are|was)"
                              r"(?:\s+[^.;:!?()]{1,40}?(?:,|\bet\b|\band\b))?\s*$", re.I)  # (and the parts listed after)
_OUT_OF_THE_COUNT = re.compile(r"(?:^|[^\w])(?:sur|parmi)\s+(?:les|ces)\s+\d[\d\s.,_]*\s+\w+(?:\s+\w+)?\s*,\s*$|"
                               r"\b(?:of|out\s+of|among)\s+(?:the|these|those)\s+\d[\d,._]*\s+\w+(?:\s+\w+)?\s*,\s*$",
                               re.I)  # fmt: skip
_LISTED = re.compile(r"\s*(?:,|\bet\b|\band\b)\s*", re.I)
_PART_LIST = re.compile(r"(?:\bdont|\bincluding|\bincluded|\bparmi\s+(?:eux|elles|lesquels|lesquelles)|\bof\s+whom|\bamong\s+(?:whom|them)"
                        r"|\bof\s+them)\s+(?:[^\s.;:!?()]+\s+){0,4}[^\s.;:!?()]+$",
                        re.I)


def event_of(sentence: str, stretch: tuple[int, int] | None = None, opening: int = 0) -> str:
    """« lors de la précédente journée », "the previous day of protests": an earlier occasion than the one the
    story is about, named in the value's own stretch (« une participation de 27,7 % contre 45 % au premier tour
    il y a cinq ans »: the 45 %'s, not the 27,7 %'s) or before the sentence's first value (`opening`), which
    sets the occasion of every value after it. A named day is read by the caller (when), which knows the
    calendar."""
    for m in _EVENT_NOUNS.finditer(sentence):
        if stretch is not None and not (stretch[0] <= m.start() < stretch[1] or m.start() < opening):
            continue
        before = sentence[max(0, m.start() - 25) : m.start()]
        after = sentence[m.end() : m.end() + 25]
        if m.group().lower() in ("tour", "round") and _FIRST_BEFORE.search(before):
            continue  # « dès le premier tour », "in the first round": this vote's round, not an earlier vote
        if m.group().lower() == "day" and not _DAY_OF.match(after):
            continue  # "up from 136 the previous day": the day before, not an earlier day of protests
        if _PREVIOUS_BEFORE.search(before) or _PREVIOUS_AFTER.match(after):
            return "previous"
    return ""


# The earlier-occasion word must qualify the occasion noun itself: « la précédente journée », "the previous day of
# protests", « la mobilisation précédente », « lors du premier tour »; not a word of the clause around it ("Earlier,
# during the day, …": earlier than the writing, not an earlier day).
_PREVIOUS_BEFORE = re.compile(r"\b(?:précédente?s?|dernière|dernier|previous|last|prior|earlier|première|premier|first)"
                              r"(?:\s+(?:grande?s?|big|nouvelle|national|nationale|presidential|parliamentary|general|"
                              r"legislative|\w+['’]s))?\s+$", re.I)
_FIRST_BEFORE = re.compile(r"\b(?:premier|first)\s+$", re.I)
_DAY_OF = re.compile(r"\s+of\s+(?:\w+\s+)?(?:protests?|action|strikes?|demonstrations?|mobili[sz]ation|marches)\b", re.I)
_PREVIOUS_AFTER = re.compile(r"\s+(?:précédente?s?|d['’]avant)\b|(?:\s+d[eu]s?)?\s+(?:la\s+)?(?:semaine|veille)\s+"
                             r"(?:dernière|précédente)\b", re.I)


def frame(p: Parse | None, sentence: str, span: Span, others: Sequence[Span] = ()) -> Frame:
    """The qualifiers of the value at `span` (others: the spans of the sentence's other values)."""
    stretch = stretch_of(sentence, span, others)
    part = part_of(sentence, span, stretch)
    opening = min(s for s, _ in (span, *others))  # where the sentence's first value starts
    if p is None:
        return Frame(part=part, event=event_of(sentence, stretch, opening))
    tok = value_token(p, span)
    if tok is None:
        return Frame(part=part)
    holder, hspan, reporter = holder_of(p, tok, sentence, stretch)
    return Frame(
        side=side_of(p, sentence, span, stretch),
        scope=scope_of(p, sentence, span, stretch),
        part=part,
        event=event_of(sentence, stretch, opening),
        holder=holder,
        holder_span=hspan,
        reporter=reporter,
        predicate=predicate_of(p, tok),
        denied=denied(p, tok),
    )


@dataclass(frozen=True)
class StanceFrame:
    """Who takes the stance a word states, read on the tree: `subject` is the span of its verb's subject (None when
    the tree names none, or the word is no verb: « le soutien de », "Rwandan-backed"); `undergone` says the
    subject undergoes the verb rather than takes the stance (« l'ancien ministre a été condamné à cinq ans », "the
    plan was rejected": a passive without its agent)."""

    subject: Span | None = None
    undergone: bool = False
    governor: Span | None = None  # the verb whose complement it is (« refuse de tolérer »: refuse), if any


_AGENT = frozenset({"obl:agent", "agent"})


def stance_frame(p: Parse | None, span: Span) -> StanceFrame:
    """The subject of the verb a stance word is, climbing from an infinitive or participle to the verb or adjective
    that carries the subject (« l'administration semble prête à tolérer »: l'administration), and whether that
    verb is passive with no agent named."""
    if p is None:
        return StanceFrame()
    toks = [t for t in p.at(*span) if t.pos in ("VERB", "AUX")]
    if not toks:
        return StanceFrame()
    verb = toks[0]
    kids = p.children(verb.i)
    passive = any(c.dep in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in kids)
    agent = any(c.dep in _AGENT or (c.dep.startswith("obl") and any(g.text.lower() in ("par", "by") and g.dep == "case"
                                                                     for g in p.children(c.i)))
                for c in kids)  # fmt: skip
    if passive and not agent:
        return StanceFrame(undergone=True)
    head = p.tokens[verb.head]
    governor = (head.start, head.end) if verb.dep.split(":")[0] in ("xcomp", "ccomp") and head.i != verb.i else None
    for t in [verb] + p.ancestors(verb.i)[:3]:
        if t.i != verb.i and t.pos not in ("VERB", "AUX", "ADJ"):
            break
        subj = _subject(p, t)
        if subj is not None and not (passive and t.i == verb.i):
            below = p.subtree(subj.i)
            return StanceFrame(subject=(min(x.start for x in below), max(x.end for x in below)), governor=governor)
        if t.dep.split(":")[0] not in ("xcomp", "advcl", "acl", "ccomp", "conj"):
            break
    return StanceFrame(governor=governor)
