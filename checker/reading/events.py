"""What a day or an hour in a sentence dates, read from the parse: the word it hangs on (« la sortie de prison »,
"took off", « a annoncé »), the event that word names in either language, whether it is of something said or of
something that happened, and the things it dates."""

from __future__ import annotations

from .parse import Parse, Tok
from .signals import MONTH_ABBREVIATIONS
from .phrases import ATTRIBUTION, RELEASE, REPORTING, Span, reflexive, value_token


DAY_TOKENS = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december matin soir nuit après-midi morning evening
    night afternoon ce cette le la on the this heure heures hour hours time minute minutes locale locales local gmt
    utc h a.m. p.m. am pm a.m p.m alentours environs""".split()) | frozenset(
        f"{m}." for m in MONTH_ABBREVIATIONS) | frozenset(MONTH_ABBREVIATIONS)  # "on Sept. 26", « le 26 sept. »
TIME_PHRASES = DAY_TOKENS | frozenset("matinée soirée journée".split())  # what « dans la matinée » hangs on


STATEMENT_NOUNS = frozenset("""annonce déclaration communiqué bilan rapport conférence publication proclamation
    announcement statement report briefing toll""".split())


def is_statement(word: str) -> bool:
    """Whether a day's word (see dated_word) is of something said or published rather than of what happened: the
    day of a statement and the day of an event are two dates, whatever they are."""
    return word in ATTRIBUTION or word in REPORTING or word in RELEASE or word in STATEMENT_NOUNS


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
    if word in SOME_INCIDENT:
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
SOME_INCIDENT = frozenset("accident incident drame tragédie catastrophe tragedy disaster".split())
# Events that happen at one moment: their hour is one thing too (« l'effondrement a eu lieu à 0h40 », "collapsed at
# around 00:46"). Not a vote, a visit or a halt, whose hours are of their opening, closing or parts.
_INCIDENTS = frozenset("crush collapse blast collision shooting landfall incident".split())
# Events a story's disaster is: « l'accident », "the incident", « le drame » is the one of them it tells
# (claims/points.py for its hour, claims/undated.py for its day).
DISASTER_KINDS = frozenset("crash collapse crush blast collision shooting quake landfall attack".split())
_HOUR_EVENT_WORDS = frozenset(DAY_EVENT_OF) | SOME_INCIDENT  # what the words an hour hangs on may name


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
    `hour` may also be of « l'accident », « le drame », "the incident" (see SOME_INCIDENT)."""
    t = _dated_token(p, span)
    if t is None:
        return ""
    events = _HOUR_EVENT_WORDS if hour else DAY_EVENT_OF
    if t.lemma.lower() == "déclarer" and reflexive(p, t):
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
        if t.text.lower() in DAY_TOKENS or t.pos in ("NUM", "DET", "ADP", "PUNCT"):
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
    return tuple(sorted({c.lemma.lower() for c in chosen if c.pos == "NOUN" and c.lemma.lower() not in DAY_TOKENS}))


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
