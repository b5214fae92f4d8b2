"""Who holds a stated value and who only passes it on, read from the sentence's parse: the subject of the speech
verb above the value (« la CGT a fait état de », "the ministry said"), « selon X », an incise (« …, a déclaré le
porte-parole »), the author of a document (« le dernier bilan du ministère »), a body that reports its own figures;
a news outlet that relays someone else's claim is its reporter, not its holder. Also whether the speech verb
denies the value (« a démenti un bilan de … ») or asks for it (« le parquet a requis sept ans »).

What cannot be read stays unknown (""), never guessed: a clause, a pronoun or a thing is no holder.
"""

from __future__ import annotations

import re

from .events import DAY_EVENT_OF, DAY_TOKENS, EVENT_OF, STATEMENT_NOUNS, TIME_PHRASES
from .parse import Parse, Tok
from .phrases import ATTRIBUTION, RELEASE, REPORTING, Span, is_attribution, noun_phrase


_ACCORDING = frozenset({"selon", "d'après", "according", "per", "citing", "citant", "quoting"})
_PRONOUNS = frozenset("il elle ils elles il-même he she they it we i nous je celui-ci celle-ci ceux-ci".split())


# A wire dateline opening the sentence: « SYDNEY (Reuters) - », "MEXICO CITY (AP) —", "KATHMANDU, Nepal (AP) —".
_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+(?:,\s*[\w .'’-]+?)?\s*\([\w .'’-]{2,30}\)\s*[-—–]+\s*")


def _past_dateline(p: Parse, subj: Tok, sentence: str | None) -> Tok | None:
    """A subject the parser found in a wire dateline (the town it was filed from) gives way to the phrase after
    the dash it hung on it ("MEXICO CITY (AP) — Officials in Mexico said": the officials); none if nothing is."""
    line = _DATELINE.match(sentence or "")
    if line is None or subj.start >= line.end():
        return subj
    return next((c for c in p.children(subj.i) if c.start >= line.end() and c.pos in ("NOUN", "PROPN", "PRON")), None)


def subject_of(p: Parse, verb: Tok, sentence: str | None = None) -> Tok | None:
    subjects = [c for c in p.children(verb.i) if c.dep in ("nsubj", "nsubj:pass", "nsubjpass", "csubj")]
    if not subjects:  # « Le GFZ a de son côté fait état de … »: words between the auxiliary and its participle, and
        # the parser hung the subject on the auxiliary
        subjects = [c for a in p.children(verb.i) if a.dep.startswith("aux") and a.i < verb.i
                    for c in p.children(a.i) if c.dep in ("nsubj", "nsubj:pass", "nsubjpass")]
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
    # "The police provided a figure, saying there were 338,000", « La police a publié un communiqué, affirmant que … »:
    # a participle of saying set after a clause says what that clause's subject says
    if verb.dep.startswith("advcl") and verb.text.lower().endswith(("ing", "ant")) and verb.head != verb.i:
        head = p.tokens[verb.head]
        if head.i < verb.i and head.pos in ("VERB", "AUX") and not any(
                c.dep in ("aux:pass", "auxpass") for c in p.children(head.i)):
            return subject_of(p, head, sentence)
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


def _can_speak(p: Parse, subj: Tok, sentence: str) -> bool:
    """Whether a subject names someone: a name, a person or an organisation, a pronoun, a body the actors know."""
    if subj.pos == "NOUN" and (subj.lemma.lower() in EVENT_OF or subj.lemma.lower() in DAY_EVENT_OF):
        return False  # an event says nothing (« un bilan du premier séisme »: "premier" is no prime minister there)
    if subj.pos in ("NOUN", "PROPN") and subj.text.lower() in DAY_TOKENS:
        return False  # a day or a month says nothing (« a annoncé mardi 22 novembre Suharyanto »: the parser may
        # hang the name on the month)
    if subj.pos in ("PROPN", "PRON") or subj.ent in ("PER", "PERSON", "ORG", "NORP", "GPE"):
        return True
    words = {subj.lemma.lower(), subj.text.lower()}
    words |= {w.split("-")[-1] for w in words}  # « vice-président », « sapeurs-pompiers »
    if words & (_SPEAKERS | _DOCUMENTS | STATEMENT_NOUNS):
        return True  # a document speaks for the body it comes from (see _named)
    if any((c.pos == "PROPN" or c.text[:1].isupper()) and c.dep.split(":")[0] in ("flat", "appos", "nmod", "compound")
           and abs(c.i - subj.i) <= 2 for c in p.children(subj.i)):  # fmt: skip
        return True  # « le cabinet Occurrence », "the Ansa agency" (not « la température de l'eau du fleuve Patapsco »)
    from ..claims import actors  # (a late import: claims reads this module)

    who = actors.who(noun_phrase(p, subj, sentence)[0])
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
    document = subj.lemma.lower() in _DOCUMENTS | STATEMENT_NOUNS  # « un communiqué … diffusé à 8h30 précise »
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
            return noun_phrase(p, t, sentence)
    for t in p.subtree(doc.i):
        if t.i == doc.i or t.pos not in ("NOUN", "PROPN"):
            continue
        if any(a.pos == "VERB" and a.lemma.lower() in _PASSING_ON for a in _between(p, t, doc)):
            continue  # « une source policière citée par l'AFP »: the agency passes the source on, it is not its author
        if t.text.lower() in _DOCUMENTS and not _known_body(noun_phrase(p, t, sentence)[0]):
            continue  # (« un décompte AFP à partir de sources policières »: sources that say whose they are)
        if not _can_speak(p, t, sentence):
            continue
        cases = [c for c in p.children(t.i) if c.dep in ("case", "prep") and c.text.lower().replace("’", "'") in agents]
        head = p.tokens[t.head]
        if cases or (head.dep == "prep" and head.text.lower() in agents):
            return noun_phrase(p, t, sentence)
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
    if tok.pos == "PRON" and tok.text.lower() not in _PRONOUNS and not _one_of(p, tok):
        return "", None
    if tok.text.lower() in _DOCUMENTS or tok.lemma.lower() in _DOCUMENTS:
        found = _author(p, tok, sentence) or _releaser(p, sentence)
        if found:
            return found
    return noun_phrase(p, tok, sentence)


def _one_of(p: Parse, tok: Tok) -> bool:
    """« l'un des organisateurs », « une des victimes »: a pronoun that names one of a group of people or bodies."""
    return tok.pos == "PRON" and tok.lemma.lower() in ("un", "une") and any(
        c.dep.split(":")[0] == "nmod" and c.pos in ("NOUN", "PROPN") and c.i > tok.i for c in p.children(tok.i))


def _releaser(p: Parse, sentence: str) -> tuple[str, Span] | None:
    """Who released the figures when the sentence says so with an agent the parser did not hang on them (« d'après
    des chiffres …, communiqués par le président turc, »): the agent of a verb of stating or publishing."""
    for t in p.tokens:
        if t.dep in ("obl:agent", "agent") and t.pos in ("NOUN", "PROPN"):
            verb = p.tokens[t.head]
            if verb.pos == "VERB" and (verb.lemma.lower() in ATTRIBUTION or verb.lemma.lower() in RELEASE):
                return noun_phrase(p, t, sentence)
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
        if n == 0 or t.pos not in ("VERB", "AUX") or not is_attribution(p, t):
            continue
        # « …, chiffrait dans la matinée le ministre »: a speech verb set after what it says has its subject after
        # it, whatever the parser hung before the comma on it (« Le bilan … est monté à 321 morts, a annoncé
        # dimanche l'agence »: the toll, its subject to the parser, is what the agency says)
        inverted = _speaker_after(p, t, sentence) if t.i > tok.i and _after_comma(p, t) else None
        subject = inverted or subject_of(p, t, sentence)
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
            if (v.dep.startswith("parataxis") or incise) and v.pos == "VERB" and is_attribution(p, v) \
                    and v.lemma.lower() not in REPORTING:
                subj = (incise if incise is not True else None) or _speaker(p, v, subject_of(p, v, sentence), tok,
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
        if not is_attribution(p, verb) or verb.lemma.lower() in REPORTING:
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
    if verb.i < value.i or not _after_comma(p, verb):
        return None
    if not verb.dep.startswith("advcl") and not (verb.dep == "conj" and _quoted_before(p, verb, value)):
        return None  # (« "Il y a 1,03 million de personnes", a annoncé l'un des organisateurs »: a conjunct to it)
    return _speaker_after(p, verb) or True


_QUOTES = frozenset('"«»“”')


def _quoted_before(p: Parse, verb: Tok, value: Tok) -> bool:
    """Whether the value stands in the quotation that closes right before the comma and the verb (« "Il y a 1,03
    million de personnes", a annoncé X »; not « 38 personnes sont décédées, et la plupart sont "des jeunes", a
    souligné X »: what is quoted is what X says)."""
    first = min([verb.i] + [c.i for c in p.children(verb.i) if c.dep.startswith("aux") and c.i < verb.i])
    marks = [t.i for t in p.tokens[: first] if t.text in _QUOTES]
    close = next((i for i in reversed(marks) if i >= first - 2), None)
    if close is None or p.tokens[first - 1].text != "," and p.tokens[close + 1].text != ",":
        return False
    opening = next((i for i in reversed(marks) if i < close), None)
    return opening is not None and opening < value.i < close


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


# Where and how something was said (« dans un communiqué », « lors d'une conférence de presse »): the parser hangs an
# inverted subject after them on their noun (« a déclaré dans un communiqué X »).
_OCCASIONS = STATEMENT_NOUNS | frozenset("point entretien interview réunion".split())


def _occasion(p: Parse, c: Tok) -> Tok | None:
    """The occasion noun a phrase after a speech verb is (« dans un communiqué »), or « lors » governs (« lors d'une
    conférence de presse »); None when it is none."""
    if c.dep.startswith("obl") and c.lemma.lower() in _OCCASIONS:
        return c
    if c.dep == "advmod" and c.lemma.lower() == "lors":
        return next((k for k in p.children(c.i) if k.dep.startswith("obl") and k.lemma.lower() in _OCCASIONS), None)
    return None


def _nouns_after(p: Parse, verb: Tok) -> list[Tok]:
    """The nouns a verb has after it as subject or object: where an inverted subject stands (« a précisé le maire »)."""
    found = [c for c in p.children(verb.i) if c.i > verb.i and (c.pos in ("NOUN", "PROPN") or _one_of(p, c))
             and c.dep.split(":")[0] in ("obj", "dobj", "nsubj")]  # fmt: skip (« a annoncé l'un des organisateurs »)
    for c in p.children(verb.i):  # « chiffrait dans la matinée le ministre », the subject hung on the time phrase
        occasion = _occasion(p, c) if c.i > verb.i else None
        if occasion is not None:  # « a déclaré jeudi lors d'une conférence de presse X »: hung on the occasion
            found += [n for n in p.children(occasion.i) if n.i > occasion.i and n.pos in ("NOUN", "PROPN") and
                      n.dep.split(":")[0] in ("nmod", "appos") and not any(k.dep == "case" for k in p.children(n.i))]
        elif c.i > verb.i and c.dep.startswith("obl") and (c.lemma.lower() in TIME_PHRASES or _addressee(p, c)):
            found += [n for n in p.children(c.i) if n.i > c.i and n.pos in ("NOUN", "PROPN") and n.dep == "nmod"
                      and not any(k.dep == "case" for k in p.children(n.i))]  # (no preposition: not « de la matinée »)
        elif c.i > verb.i and c.dep.startswith("obl") and (c.pos == "NUM" or c.text.lower() in DAY_TOKENS):
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
        if c.start < span[1] and c.i != 0 or c.pos != "VERB" or c.lemma.lower() not in _CITING or c.head not in on:
            continue  # (or opening the sentence: "Citing police sources, Reuters said …")
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
        if is_attribution(p, t):
            return False
    return False
