"""What the parse says around a value, shared by the readings of holders, events and frames: the token that
states a value, a noun phrase as a reader names it, and the verbs that state or pass on a claim."""

from __future__ import annotations

import re

from .parse import Parse, Tok

Span = tuple[int, int]


# Verbs that state a claim: their subject holds it (« la CGT a fait état de », "the ministry said").
ATTRIBUTION = frozenset(
    """déclarer affirmer indiquer souligner préciser annoncer assurer expliquer estimer ajouter confier réaffirmer
    recenser dénombrer compter décompter revendiquer démentir contester avancer chiffrer évaluer signaler reconnaître marteler
    insister dénoncer accuser communiquer publier confirmer évoquer parler admettre comptabiliser déplorer dresser
    dire annoncer proclamer enregistrer tabler fournir donner avancer établir faire
    say tell state claim announce add count estimate record deny confirm insist acknowledge put tally list give
    report note warn write tweet post publish declare
    réviser revoir rehausser revise downgrade upgrade""".split()
)  # (the last line: who revises a figure states the new one: « l'USGS a revu la magnitude à 7,5 »)
# Verbs and words that pass on someone else's claim: their subject is a reporter, not the holder.
RELEASE = frozenset("communiquer publier diffuser transmettre release issue provide".split())
REPORTING = frozenset("rapporter relayer citer reprendre report cite quote relay".split())
_FAIRE_OBJ = frozenset({"état", "savoir", "valoir", "point", "bilan"})  # « faire état de », « faire le point »


# « côté X », « dans le camp de X », « dans les rangs de X », "on the X side"
SIDE_WORDS = frozenset({"côté", "camp", "rangs", "rang", "side", "ranks"})
POSSESSIVE = frozenset("son sa ses leur leurs notre nos votre vos mon ma mes his her their its our".split())


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


def noun_phrase(p: Parse, tok: Tok, sentence: str) -> tuple[str, Span]:
    """A noun phrase as a reader names it: the head with its determiners, adjectives, names and « de … »
    complements, not its relative clauses or what follows a comma."""
    keep = {tok.i}
    stack = [tok.i]
    while stack:
        i = stack.pop()
        for c in p.children(i):
            hyphened = p.tokens[i].dep == "amod" and (c.dep == "npadvmod" or c.dep == "punct" and c.text in "-‐‑")
            if hyphened or c.dep.split(":")[0] in _PHRASE_DEPS and c.text not in (",", ";"):  # ("Miami-based")
                if c.text.lower() in SIDE_WORDS | {"part"} and any(
                    k.text.lower() in POSSESSIVE for k in p.children(c.i)
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


_LIVES = frozenset("life lives vie vies victim victims victime victimes".split())


def is_attribution(p: Parse, verb: Tok) -> bool:
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
    if lemma in ("déclarer", "ajouter") and reflexive(p, verb):
        return False  # « l'incendie s'est déclaré vers 3 heures »: it broke out, no one spoke (« un décès s'est ajouté »)
    return lemma in ATTRIBUTION or lemma in REPORTING


def reflexive(p: Parse, verb: Tok) -> bool:
    return any(c.dep.startswith("expl") and c.lemma.lower() in ("se", "s'", "s’") for c in p.children(verb.i))
