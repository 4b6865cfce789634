"""What a number counts, read from the spaCy parse.

A number's nominal is the noun it modifies ("163 people") or the number itself ("killing
three"). Its role comes from the word that governs that nominal: the verb whose object or
passive subject it is (kill, wound, arrest, shoot), the intransitive verb whose subject it is
(die), an adjective predicated of it ("left 58 people dead", "12 injured", "were missing",
"in critical condition"), the noun it is "of" ("massacre of 134 children"), a toll it is the
value of ("the death toll rose to 141"), or the nominal's own lemma ("three deaths"). The
vocabularies below are lemma classes of the English casualty lexicon, not phrases.
"""
from __future__ import annotations

from typing import Optional

from .quantities_vocab import (  # noqa: F401  (re-exported)
    KILL_VERBS, DIE_VERBS, INJURE_VERBS, SHOOT_VERBS, ARREST_VERBS, MISSING_VERBS,
    DISPLACE_VERBS, DEAD_WORDS, INJURED_WORDS, ARREST_WORDS, MISSING_WORDS, DISPLACED_WORDS,
    FATAL_ADVERBS, NONFATAL_ADVERBS, PERPETRATORS, PERSON_NOUNS, EVENT_NOUNS, UNIT_NOUNS,
    TOLL_VERBS, ROLE_TO_MEASURE,
)
from .quantities_care import CARE_VERBS, _care_role, conjunct_in_care, survival_role  # noqa: F401  (re-exported)
from .quantities_repair import misread_object_role, more_clause_role, stranded_subject_role


def _word_role(lemma: str) -> Optional[str]:
    lemma = lemma.lower()
    if lemma in DEAD_WORDS:
        return "killed"
    if lemma in INJURED_WORDS:
        return "injured"
    if lemma in ARREST_WORDS:
        return "arrested"
    if lemma in MISSING_WORDS:
        return "missing"
    if lemma in DISPLACED_WORDS:
        return "displaced"
    return None


def _verb_role(verb, victim_dep: str) -> Optional[str]:
    """Role of a nominal attached to `verb` with dependency `victim_dep`."""
    lemma = verb.lemma_.lower()
    lemma = "shoot" if lemma == "shot" else lemma  # the participle tagged a noun keeps its form as lemma
    if lemma == "wind" and verb.lower_ == "wound" and victim_dep == "dobj" and any(
            c.dep_ == "dobj" and (is_person(c) or c.lemma_.lower() in ("other", "one")) for c in verb.children):
        lemma = "wound"  # "shot one and wound five others": the bare verb read as the past of "wind"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN"
    has_object = any(c.dep_ in ("dobj",) for c in verb.children)
    object_like = victim_dep in ("dobj", "nsubjpass", "pobj_by_none", "oprd")
    # a bare subject of a participle ("12 injured", "3 killed") reads as a reduced passive
    # ... and so does a headline's bare subject ("4 people shot in ...", "5 injured"): a
    # casualty verb with a subject but no object, no aim ("shot at") and no auxiliary
    # ("11 others shot" may be tagged a present tense, which a participle's form rules out)
    past = verb.tag_ == "VBD" or verb.tag_ == "VBP" and verb.text.lower() != lemma
    headline = victim_dep == "nsubj" and not has_object and past and not any(
        c.dep_ in ("aux", "dative", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lemma_ in ("at", "into", "through", "toward", "towards"))
        or (c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children))
        or c.lower_ in ("twice", "once", "repeatedly", "times") for c in verb.children) \
        and not any(c.dep_ == "nsubj" and c.lemma_.lower() in PERPETRATORS for c in verb.children)
    reduced = victim_dep == "nsubj" and not has_object and (verb.tag_ == "VBN" or passive or headline)
    if (lemma in DIE_VERBS or lemma == "pass" and any(c.lower_ == "away" for c in verb.children)) \
            and victim_dep in ("nsubj", "nsubjpass"):
        return "killed"  # "died", "passed away"
    if lemma in KILL_VERBS and (object_like or reduced):
        if lemma == "gun" and not any(c.lemma_ == "down" for c in verb.children):
            return None
        return "killed"
    if lemma in SHOOT_VERBS and (object_like or reduced):
        if victim_dep == "dobj" and any(c.dep_ == "prep" and c.lemma_ == "to" and any(g.lemma_ == "death" for g in c.children)
                                        for c in verb.children):
            return "killed"
        return _shot_outcome(verb)
    if lemma in INJURE_VERBS and (object_like or reduced):
        if any(c.lower_ in ("mortally", "fatally") for c in verb.children):
            return "killed"  # "mortally wounded"
        if lemma == "treat" and not any(c.lemma_ in ("injury", "wound") for c in verb.subtree):
            return None
        return "injured"
    if lemma in ARREST_VERBS and (object_like or reduced):
        if lemma == "round" and not any(c.lemma_ == "up" for c in verb.children):
            return None
        return "arrested"
    if lemma == "miss" and victim_dep == "nsubj" and not has_object:
        return "missing"  # "three hikers are missing" (parsed as a progressive)
    if lemma in MISSING_VERBS and (object_like or reduced):
        return "missing"
    if lemma in DISPLACE_VERBS and (object_like or reduced or (lemma == "flee" and victim_dep == "nsubj")):
        return "displaced"
    return None


def _shot_outcome(verb) -> str:
    """'shot dead', 'fatally shot', 'shot and killed' -> killed; else shot."""
    for c in verb.children:
        if c.lemma_.lower() in FATAL_ADVERBS and (c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "dobj", "npadvmod", "prep")
                                                  or c.dep_ == "advcl" and c.pos_ == "ADJ"):
            return "killed"  # "shot his daughter dead": the small parser hangs "dead" as an adverbial clause
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (c.lemma_.lower() in KILL_VERBS or c.lemma_.lower() in DIE_VERBS) \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return "killed"  # "shot and killed"; in "four were shot, and one of them has died" the death is another's
        if c.dep_ == "prep" and c.lemma_ == "to" and any(g.lemma_ == "death" for g in c.children):
            return "killed"
    return "shot"


_FINDING = ("list", "report", "confirm", "declare", "pronounce", "find", "leave")
_STATE_OR_FINDING = ("be", "remain", "lie", "stay", "go") + _FINDING


def _predicate_role(nominal) -> Optional[str]:
    """Adjectives or states predicated of the nominal: 'N dead', 'were missing', 'in critical condition'."""
    for c in nominal.children:
        if c.dep_ in ("amod", "acomp", "appos", "acl", "oprd", "relcl") and c.i > nominal.i:
            if c.pos_ == "VERB" or c.tag_ == "VBN":
                role = _verb_role(c, "nsubjpass")
                if role:
                    return role
            role = _word_role(c.lemma_) or _word_role(c.text)
            if role:
                return role
            if c.dep_ in ("acl", "relcl") and c.lemma_ in ("find", "leave", "pronounce", "declare", "list", "report"):
                for g in c.children:  # "two people found dead", "a man left wounded", "found shot and killed"
                    if g.dep_ in ("oprd", "acomp", "xcomp") and g.lower_ == "shot":
                        return _shot_outcome(g)
                    if g.dep_ in ("oprd", "acomp", "xcomp") and (_word_role(g.lemma_) or _word_role(g.text)):
                        return _word_role(g.lemma_) or _word_role(g.text)
    head = nominal.head
    if nominal.dep_ == "dobj":
        for c in head.children:  # "left 58 people dead"
            # ("left four people injured": the participle may be parsed as an adverbial clause)
            if (c.dep_ in ("oprd", "xcomp", "acomp") or (c.dep_ in ("conj", "advmod") and c.pos_ == "ADJ")
                    or (c.dep_ == "advcl" and c.tag_ == "VBN" and not any(g.dep_.startswith("nsubj") for g in c.children))) \
                    and c.i > nominal.i:
                role = _word_role(c.lemma_) or _word_role(c.text)
                if role:
                    return role
    # a gapped clause keeps its own place phrase: "a boy is dead and his brother in a hospital"
    gapped = nominal.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and nominal.pos_ in ("NOUN", "PROPN")
    # The subject of an active "left", "found", "reported" is the cause or the finder, not the
    # victims: "two shootings left one man dead", "police found two dead".
    finder = nominal.dep_ == "nsubj" and head.lemma_ in _FINDING and not any(c.dep_ == "auxpass" for c in head.children)
    if gapped or nominal.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _STATE_OR_FINDING and not finder:
        for c in (nominal if gapped else head).children:
            if c.dep_ in ("acomp", "attr", "oprd", "xcomp", "advmod") and c.i > nominal.i:
                role = _word_role(c.lemma_) or _word_role(c.text)
                if role:
                    return role
            if c.dep_ == "prep" and c.lemma_ in ("in", "at", "to"):
                for g in c.children:
                    if g.lemma_ in ("condition", "hospital", "care") and c.lemma_ != "to" \
                            and not (g.lemma_ == "care" and any(x.lemma_ == "of" for x in g.children)):  # "in the care of"
                        return "injured"
                    if g.lemma_ in ("custody", "jail", "prison"):
                        return "arrested"
    return None


def role_of(anchor, noun) -> Optional[str]:
    """The casualty role of a count: killed | injured | shot | arrested | missing | displaced | None."""
    if noun is not None and noun.lower_ in ("shot", "dead", "injured", "wounded", "hurt") and anchor.lower_ not in ("one", "1", "a"):
        # headline "10 shot, 1 fatally": the participle tagged as the counted noun
        return "shot" if noun.lower_ == "shot" else _word_role(noun.lower_)
    if noun is None and (role := more_clause_role(anchor, _verb_role)):
        return role  # "two found dead and two more who were injured"
    for nominal in ([noun, anchor] if noun is not None and noun.head.i != anchor.i else [anchor if noun is None else noun]):
        for _ in range(3):
            role = _role_once(nominal, anchor)
            if role:
                return role
            if nominal.dep_ in ("conj", "appos") and nominal.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
                    and not any(t.text == ";" for t in nominal.doc[nominal.head.i:nominal.i]):
                nominal = nominal.head  # "killed two men and a woman" (a ";" ends the clause of the verb)
                continue
            break
    if noun is not None:
        return _word_role(noun.lemma_)
    if anchor.pos_ in ("NOUN", "ADJ"):
        return _word_role(anchor.lemma_)
    head = anchor.head
    if anchor.dep_ in ("nummod", "npadvmod", "nsubj", "amod", "quantmod") and head.i > anchor.i and (
            head.pos_ in ("ADJ", "NOUN") or head.tag_ == "VBN"):
        return _word_role(head.lemma_) or _word_role(head.text)  # "2 dead", "3 injured"
    return None


def _role_once(nominal, anchor) -> Optional[str]:
    if conjunct_in_care(nominal):
        return "injured"  # "left a man dead and two women in critical condition"
    if any(c.dep_ == "amod" and c.lower_ in ("deceased", "dead", "slain") for c in nominal.children):
        return "killed"  # "a deceased man with a gunshot wound": the state before what brought him there
    for tok in {nominal, anchor}:  # "three of them fatally", "10 shot, 1 fatally"
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("fatally", "mortally") for c in tok.children):
            return "killed"
    role = _predicate_role(nominal)
    if role:
        return role
    if any(c.dep_ == "prep" and c.lemma_ == "to" and any(g.lemma_ == "death" for g in c.children) for c in nominal.children) \
            and nominal.head.lemma_.lower() in SHOOT_VERBS | KILL_VERBS | {"beat", "stab", "burn"}:
        return "killed"  # "shooting three relatives to death"
    head = nominal.head
    dep = nominal.dep_
    if dep == "npadvmod" and any(c.lemma_.lower() in FATAL_ADVERBS for c in nominal.children):
        return "killed"  # "four were shot, one fatally"
    # "were each shot": a passive the small parser tags a noun, known by its passive auxiliary
    passive_noun = head.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in head.children)
    if role := misread_object_role(nominal, _verb_role) or stranded_subject_role(nominal, _verb_role):
        return role  # "injured one other person appeared in court", "after five people ... were injured"
    if (head.pos_ in ("VERB", "AUX") or passive_noun) and dep in ("dobj", "nsubjpass", "nsubj", "oprd"):
        role = _verb_role(head, dep)
        if role:
            return role
    if dep == "pobj":
        prep = head
        gov = prep.head
        if prep.lemma_ == "of" and gov.pos_ in ("NOUN", "PROPN"):
            role = _word_role(gov.lemma_) or _event_noun_role(gov)
            if role:
                return role
            if gov.lemma_ in ("number", "total") and gov.head.pos_ in ("VERB", "AUX"):
                return _verb_role(gov.head, gov.dep_)
        if prep.lemma_ in ("to", "at", "of") and gov.pos_ in ("VERB", "AUX") and gov.lemma_ in TOLL_VERBS:
            for s in gov.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_ in ("toll", "number", "count", "tally", "total"):
                    return _toll_role(s)
        if prep.lemma_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in ("injury", "wound") \
                and (nominal.pos_ == "NUM" or any(c.dep_ == "nummod" for c in nominal.children)):
            return "injured"  # "injuries to five other people" (word order: the parser often hangs "to" on the verb)
        if prep.lemma_ == "by" and gov.pos_ == "VERB":
            return None
        if prep.lower_ in ("including", "among", "include"):
            return _inclusion_role(gov)  # "left 166 people dead, including six Americans"
    if dep in ("attr", "dobj", "acomp") and head.lemma_ in TOLL_VERBS:
        for s in head.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_ in ("toll", "number", "count", "tally", "total"):
                return _toll_role(s)
    if dep == "poss" and head.lemma_.lower() in ("life", "death", "murder", "killing", "slaying"):
        if head.lemma_.lower() != "life":
            return "killed"  # "his death", "the woman's murder"
        verb = head.head
        if head.dep_ == "dobj" and verb.lemma_.lower() in ("claim", "take", "end", "cost", "lose"):
            return "killed"  # "claimed a woman's life", "lost his life"
        if head.dep_ == "nsubj" and verb.lemma_.lower() in ("end", "cut"):
            return "killed"  # "his young life ended"
    if dep == "nsubj" and head.lemma_.lower() == "lose" and any(c.lemma_.lower() == "life" for c in head.children):
        return "killed"
    if dep == "nsubj" and head.lemma_.lower() in ("suffer", "sustain", "receive", "have", "die"):
        for c in head.children:  # "suffered a gunshot wound", "sustained fatal injuries"
            if c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury", "gunshot", "burn", "laceration"):
                fatal = {m.lemma_.lower() for m in c.children} & {"fatal", "deadly", "mortal", "lethal"}
                return "killed" if fatal else "injured"
    if dep in ("nsubj", "nsubjpass") and survival_role(nominal):
        return "injured"  # "are recovering from their injuries", "the other two are expected to survive"
    if nominal.pos_ != "NUM" or dep in ("nsubjpass", "nsubj", "dobj"):
        carrier = dep == "nsubj" and head.lemma_.lower() in CARE_VERBS and any(c.dep_ == "dobj" for c in head.children)
        # ... not the carrier: "two deputies rushed the girl to the hospital"
        verb_children = list(head.children) if dep in ("nsubjpass", "nsubj", "dobj") and head.pos_ == "VERB" and not carrier else []
        for c in verb_children + [a for a in nominal.children if a.dep_ in ("acl", "relcl")]:
            role = _care_role(c)
            if role:
                return role
    if dep == "appos" and head.lemma_ in ("toll",):
        return _toll_role(head)
    return None


def _event_noun_role(noun) -> Optional[str]:
    """'the fatal shooting of', 'the shooting death of', 'the stabbing of' -> a victim's role."""
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    lemma = noun.lemma_.lower()
    if mod_role := next((_word_role(m) for m in mods if _word_role(m) in ("killed",)), None):
        return mod_role
    if mods & {"fatal", "deadly", "lethal", "death"}:
        return "killed"
    if lemma in ("shooting",):
        return "shot"
    if lemma in ("stabbing", "beating", "assault", "attack"):
        return "injured" if not mods & {"fatal", "deadly"} else "killed"
    return None


def _inclusion_role(gov) -> Optional[str]:
    if gov.pos_ in ("NOUN", "PROPN", "NUM"):
        return _role_once(gov, gov) or _word_role(gov.lemma_)
    if gov.pos_ == "ADJ":
        return _word_role(gov.lemma_)
    if gov.pos_ in ("VERB", "AUX"):
        for c in gov.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                role = _role_once(c, c)
                if role:
                    return role
    return None


def _toll_role(toll) -> Optional[str]:
    words = {t.lemma_.lower() for t in toll.subtree}
    if words & {"injury", "injured", "wounded"}:
        return "injured"
    if words & {"arrest", "arrested"}:
        return "arrested"
    if toll.lemma_ == "toll" or words & {"death", "dead", "fatality", "casualty"}:
        return "killed"
    return None


def counted_noun(anchor):
    """The noun a number counts: '163 people', 'three of the victims', 'dozens of students'."""
    head = anchor.head
    if anchor.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "det") and head.pos_ in ("NOUN", "PROPN") and head.i > anchor.i:
        return head
    for c in anchor.children:
        if c.dep_ == "prep" and c.lemma_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() not in ("dozen", "hundred", "thousand", "million", "billion"):
        return None
    return None


def is_person(noun) -> bool:
    if noun is None:
        return False
    if noun.ent_type_ == "NORP":
        return True
    lemma = noun.lemma_.lower()  # kin by marriage or descent: "stepfather", "grandson" as "father", "son"
    return any(w in PERSON_NOUNS for w in (lemma, noun.text.lower(), lemma.removeprefix("step"), lemma.removeprefix("grand")))


def event_of(anchor, noun) -> Optional[str]:
    """The event a casualty count belongs to: the subject of the killing verb when it is an
    event noun ("the Mumbai attacks ... killed"), or an "in/during the attack" modifier."""
    nominal = noun if noun is not None else anchor
    node = nominal
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i:
            break
    else:
        return None
    if node.pos_ not in ("VERB", "AUX"):
        return None
    verbs = [node] + ([node.head] if node.dep_ in ("conj", "advcl", "xcomp") else [])
    for verb in verbs:
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and _is_event(verb.head):
            return _phrase(verb.head)  # "the attacks that killed ...", "a bombing that left ..."
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and _is_event(c):
                return _phrase(c)
            if c.dep_ == "prep" and c.lemma_ in ("in", "during", "after", "from", "at"):
                for g in c.children:
                    if g.dep_ == "pobj" and _is_event(g):
                        return _phrase(g)
    return None


def _is_event(tok) -> bool:
    return tok.lemma_.lower() in EVENT_NOUNS or tok.text.lower() in EVENT_NOUNS or tok.ent_type_ == "EVENT"


def _phrase(tok) -> str:
    """The event's name: its noun with compounds and modifiers ("Mumbai attacks"), and a place
    after it ("attacks in Mumbai"); possessive pronouns and dates are left out."""
    doc = tok.doc
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss") or (c.dep_ == "nummod" and c.ent_type_ == "DATE"):
            if c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ in ("DATE", "TIME")):
                continue
            if c.dep_ == "nummod" or c.ent_type_ in ("DATE", "TIME"):
                continue
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "prep" and c.lemma_ in ("in", "on", "at", "of"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
                end = objs[0].right_edge.i + 1 if objs[0].right_edge.ent_type_ else objs[0].i + 1
        break
    while start < tok.i and (doc[start].dep_ in ("det", "case", "punct") or doc[start].ent_type_ in ("DATE", "TIME")):
        start += 1
    return doc[start:end].text


NP_LEFT_DEPS = {"det", "amod", "compound", "nummod", "poss", "nmod", "npadvmod", "quantmod", "punct", "predet"}


def noun_phrase_bounds(tok) -> tuple[int, int]:
    """Characters of a victim noun phrase: its determiner and left modifiers through the noun."""
    start = tok.i
    for c in reversed(list(tok.lefts)):
        if c.dep_ not in NP_LEFT_DEPS or c.i != start - 1 - (start - 1 - c.right_edge.i):
            break
        if c.dep_ == "punct" and c.text not in ("-",):
            break
        start = c.left_edge.i
    begin = tok.doc[start]
    return begin.idx, tok.idx + len(tok.text)
