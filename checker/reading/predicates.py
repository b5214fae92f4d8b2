"""What a count counts, read from the parse: the noun the number hangs on (through « le bilan s'élève à »,
"the number of"), what happened to those counted when the noun does not say it (« 875 personnes ont été
interpellées », "81 people survived"), the subject of a share (« la participation »), and whose age an age is."""

from __future__ import annotations

import re

from .parse import Parse, Tok


# What happened to the people counted, where the noun does not say it: the verb, participle or adjective the parse
# gives them (« 875 personnes ont été interpellées », "the 5,000 people who were injured", « personnes disparues »,
# "81 people survived"), a noun they complement (« la mort de 17 000 personnes », "the arrest of 80 people"), or a
# verb phrase (« a coûté la vie à 56 personnes », « 60 personnes étaient en garde à vue »). Lemmas and word forms of
# general verbs, in either language; the bases are those of claims.figures.
_PREDICATES = {
    "demonstrators": frozenset("""manifester défiler marcher protester mobiliser rassembler descendre battre
        protest march rally demonstrate gather""".split()),
    "dead": frozenset("""tuer mourir décéder périr succomber noyer mort morte morts mortes décédé décédée décédés
        décédées tué tuée tués tuées enterrer inhumer kill die perish drown dead killed died bury succumb""".split()),
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
# English verbs that are also intransitive, their subject undergoing them when they take no object ("27 migrants
# drowned"; "the flood drowned 27 people" counts its object).
_UNDERGONE = frozenset({"drown"})
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
GATHERINGS = frozenset("""manifestation manifestations rassemblement rassemblements marche marches cortège cortèges
    défilé défilés mobilisation demonstration demonstrations protest protests rally rallies march""".split())
TAKE_PART = frozenset("participer prendre assister rejoindre participate take attend join".split())
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
    if base and verb.lemma.lower() in _TRANSITIVE and subject and not _passive(p, verb, counted) and not (
            verb.lemma.lower() in _UNDERGONE and not any(c.dep in ("dobj", "obj") for c in p.children(verb.i))):
        base = ""  # « 30 hommes armés ont tué »: who did it ("27 migrants drowned": what happened to them)
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
            subj = next((c for c in p.children(t.i) if c.dep.startswith("nsubj")), None) if t.dep == "ROOT" else None
            if subj is not None and subj.pos == "NOUN":
                return subj.lemma.lower()  # « les victimes étaient âgées de 20 à 35 ans »
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
