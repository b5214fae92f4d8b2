"""What a figure counts, read on the parse tree: the noun a bare number counts, the people a gathering brings
together, and a number that only ends a name. The words-only reading is `figures`; these readers correct or
complete it where the sentence's parse says more."""

from __future__ import annotations

import re
from dataclasses import replace

from ..reading import phrases, predicates
from ..reading.parse import Parse
from . import actors, figures


# Verbs by which a gathering counts those in it (« la manifestation a réuni 30 000 personnes », « le cortège,
# regroupant 300 000 personnes », "the march drew 30,000 people"), and the gatherings that do.
_GATHER = frozenset("""réunir rassembler regrouper mobiliser attirer compter draw gather attract bring mobilize
    mobilise""".split())
_GATHERINGS = frozenset("""manifestation cortège rassemblement marche défilé mobilisation protest march rally
    demonstration procession""".split())
_GATHERED_BY = re.compile(
    r"\b(?:manifestation|cortege|rassemblement|marche|defile|mobilisation|protest|march|rally|demonstration|"
    r"procession)s?\b[^.;:]{0,50}?\b(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?:reuni|rassemble|regroupe|"
    r"mobilise|attire|compte|regroupant|reunissant|rassemblant|drew|drawn|gathered|attracted|brought\s+together|"
    r"mobili[sz]ed)\s+(?:(?:quelque|pres\s+de|plus\s+de|environ|entre|de|au\s+moins|some|about|nearly|more\s+than|"
    r"over|at\s+least|around|between)\s+)?$")


def gathered(f: figures.Figure, tree: Parse | None, text: str) -> figures.Figure:
    """A count of people a gathering brings together counts those who took part in it (demonstrators in a march):
    « La manifestation a réuni 30 000 personnes », "The march drew 30,000 people"."""
    if tree is None or f.concept != "people":
        return f
    low = figures.flat(text)
    if _GATHERED_BY.search(low[max(0, f.span[0] - 90) : f.span[0]]):
        return replace(f, concept=figures.taking_part(low))  # (the parse of a glued number may hang it nowhere)
    token = phrases.value_token(tree, f.span)
    noun = tree.tokens[token.head] if token is not None else None
    if noun is None or noun.pos != "NOUN" or noun.dep.split(":")[0] not in ("obj", "dobj", "nmod"):
        return f
    verb = tree.tokens[noun.head]
    if verb.pos != "VERB" or verb.lemma.lower() not in _GATHER:
        return f
    if verb.dep.split(":")[0] == "acl":
        subject = tree.tokens[verb.head]  # « le cortège, regroupant … »
    else:
        subject = next((c for c in tree.children(verb.i) if c.dep.startswith("nsubj")), None)
    if subject is None or subject.lemma.lower() not in _GATHERINGS:
        return f
    return replace(f, concept=figures.taking_part(low))


# Entities whose names may end in a number (« Coordination rurale 70 », « le syndicat SUD-Rail 2 », "Apollo 11").
_NAMED = frozenset({"ORG", "MISC", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW"})


def in_a_name(f: figures.Figure, tree: Parse | None) -> bool:
    """A bare number the parser reads as part of a name that begins before it (« du syndicat Coordination rurale
    70, partis de … »): the name's, not a count. A number with its own noun or unit (« 70 agriculteurs »,
    « 70 km ») is read as it says; one a name only precedes starts no entity of its own."""
    if tree is None or f.noun or f.unit:
        return False
    token = phrases.value_token(tree, f.span)
    if token is None or token.i == 0 or token.ent not in _NAMED:
        return False
    before = tree.tokens[token.i - 1]
    return before.ent == token.ent and before.end <= token.start and not any(ch.isdigit() for ch in before.text)


def on_tree(f: figures.Figure, tree: Parse | None) -> figures.Figure:
    """A figure whose words after it name nothing counted, given the noun the parse says it counts; a number
    counting nothing the lexicon knows stays without a concept (and makes no claim). A noun the words read that
    only qualifies the one counted ("ten police stations": stations, not police) gives way to that one."""
    if tree is not None and f.concept and f.noun:
        token = phrases.value_token(tree, f.span)
        head = tree.tokens[token.head] if token is not None and token.dep == "nummod" else None
        if head is not None and head.pos == "NOUN" and any(
                t.dep == "compound" and t.head == head.i and t.text == f.noun.split()[-1] for t in tree.tokens):
            concept = figures.concept_of_noun(head.text) or actors.fold(head.lemma or head.text)
            return replace(f, concept=concept, noun=f"{f.noun} {head.text}")
    if f.concept in figures.GENERIC and f.noun and tree is not None:
        told = _toll_of_whom(f, tree)  # « le bilan des blessés s'élève à 230 personnes »: injured people
        if told:
            return replace(f, concept=told)
    if f.concept == "percent" and f.unit == "%" and tree is not None:
        token = phrases.value_token(tree, f.span)
        share = predicates.share_subject(tree, token) if token is not None else ""
        return replace(f, concept=share) if share else f  # « le taux de participation au second tour … s'est élevé à »
    if f.concept or tree is None:
        return f
    token = phrases.value_token(tree, f.span)
    noun = predicates.counted_of(tree, token) if token is not None else None
    concept = figures.concept_of_noun(noun.text) if noun is not None else ""
    if not concept and noun is None and token is not None and token.dep.startswith("nsubj"):
        # « neuf d'entre eux sont dans un état grave », "nine of them were killed", « parmi eux, six ont été
        # hospitalisés »: a number standing for people, its verb says what happened to them
        return replace(f, concept=predicates.predicate_of(tree, token))
    return replace(f, concept=concept, noun=noun.text) if concept else f


def _toll_of_whom(f: figures.Figure, tree: Parse) -> str:
    """What a count of people is when a toll of someone reaches it (« le bilan des blessés s'élève à 230 personnes »,
    « le nombre de disparus est désormais de six personnes »): the toll's noun, when it names what happened to
    them (the injured, the missing, the dead); "" otherwise. (A toll set beside the count after a comma, « à 1 011
    personnes, le bilan des blessés », is parsed too loosely to read: left as it was.)"""
    token = phrases.value_token(tree, f.span)
    if token is None or token.dep != "nummod":
        return ""
    noun = predicates.counted_of(tree, tree.tokens[token.head])
    if noun is not None and noun.lemma.lower() in predicates.TOLL_WORDS:
        noun = predicates.toll_noun(tree, noun)
    concept = figures.concept_of_noun(noun.text) if noun is not None else ""
    return concept if concept in figures.HAPPENED else ""

