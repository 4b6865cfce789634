"""Victims known by their care or their survival, read from the spaCy parse.

A count of people "taken to a hospital", "treated for gunshot wounds" or "expected to survive"
was hurt and lived: these are the injured, though no casualty verb governs the count. Split from
`quantities_measure`, which reads the casualty verbs themselves.
"""
from __future__ import annotations

from typing import Optional

from .quantities_vocab import DIE_VERBS, KILL_VERBS, PERSON_NOUNS

CARE_VERBS = {"take", "rush", "transport", "airlift", "fly", "hospitalize", "hospitalise", "admit",
              "treat", "carry", "drive", "bring", "transfer", "send", "put", "land"}  # "put three into the hospital"


def _care_role(tok) -> Optional[str]:
    """'taken to a hospital', 'with a gunshot wound', 'with injuries' -> injured."""
    if tok.dep_ == "prep" and tok.lemma_ == "with":
        for g in tok.children:
            if g.lemma_.lower() in ("wound", "injury", "gunshot", "burn"):
                fatal = {m.lemma_.lower() for m in g.children} & {"fatal", "deadly", "mortal", "lethal"}
                return "killed" if fatal else "injured"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in CARE_VERBS:
        for c in tok.subtree:
            if c.lemma_.lower() in ("hospital", "trauma") or c.text in ("Hospital", "Medical"):
                return "killed" if _died_there(tok) else "injured"
    if tok.dep_ == "prep" and tok.lemma_ in ("to", "in", "at", "into") and tok.head.lemma_.lower() in CARE_VERBS | {"be", "remain", "stay"}:
        for c in tok.subtree:
            if c.lemma_.lower() in ("hospital",) or c.text in ("Hospital",) or _medical_center(c):
                return "killed" if _died_there(tok) else "injured"
    return None


def _died_there(tok) -> bool:
    """'taken to a hospital, where he died / was pronounced dead': the care ended in a death (in
    "all three were taken to a hospital, where the woman died" it ended so for one of them only)."""
    for c in tok.subtree:
        verb = c if c.lemma_.lower() in ("die", "succumb") else c.head if c.lower_ in ("dead", "deceased") \
            and c.head.lemma_.lower() == "pronounce" else None
        if verb is None or any(g.dep_ == "neg" for g in verb.children):
            continue
        if all(g.pos_ == "PRON" for g in verb.children if g.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _medical_center(tok) -> bool:
    """'taken to North Memorial Medical Center', '... Trauma Center': a hospital by its name (not
    "the Medical Examiner's office", where the dead are taken)."""
    return tok.text == "Center" and tok.i > 0 and tok.doc[tok.i - 1].text in ("Medical", "Trauma")


# "expected to survive", "expected to be OK": the outcome told of the wounded, not of the dead
_SURVIVE = {"survive", "recover", "live", "pull"}
_FINE = {"ok", "okay", "fine", "alright", "all right"}
# those counted by a survival word are people: "victims", "others", a person noun, or a number itself
_WHO = {"victim", "other", "person", "people", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "all", "both", "rest"}


def survival_role(nominal) -> bool:
    """The subject of a survival predicate: "are recovering (from their injuries)", "the other two
    are expected to survive / to be OK", "five survived", "were released from the hospital". The dead do not recover: such a count
    is of the wounded."""
    head = nominal.head
    lemma = head.lemma_.lower()
    if not _person_like(nominal) or any(c.dep_ == "neg" for c in head.children):
        return False
    if lemma in ("recover", "recuperate"):
        return not any(c.dep_ == "dobj" for c in head.children)  # "police recovered a gun"
    if lemma == "survive":
        # "five survived", "survived the shooting"; "is survived by his wife" tells of a death
        return nominal.dep_ == "nsubj" and not any(c.dep_ == "agent" or c.lower_ == "by" for c in head.children)
    if lemma in ("release", "discharge") and nominal.dep_ == "nsubjpass":
        # "have all been released from the hospital", "were treated and released"
        return any(c.dep_ == "prep" and c.lemma_ == "from" and any(g.lemma_.lower() == "hospital" for g in c.subtree)
                   for c in head.children)
    if lemma == "treat" and nominal.dep_ == "nsubjpass":
        return any(c.dep_ == "conj" and c.lemma_.lower() == "release" for c in head.children)
    if lemma == "expect" and nominal.dep_ == "nsubjpass":
        for c in head.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in _SURVIVE and not any(g.dep_ == "neg" for g in c.children):
                return True
            if c.dep_ == "xcomp" and c.lemma_.lower() == "be" and any(
                    g.dep_ in ("acomp", "attr") and g.lower_ in _FINE for g in c.children):
                return True
    return False


def _person_like(nominal) -> bool:
    lemma = nominal.lemma_.lower()
    return (lemma in PERSON_NOUNS or lemma in _WHO or nominal.pos_ == "NUM" or nominal.ent_type_ == "PERSON"
            or nominal.lower_ in ("he", "she", "they"))


def conjunct_in_care(nominal) -> bool:
    """A conjunct with its own place of care: "left a man dead and two women in critical condition",
    "... and three others in the hospital". The state told after the conjunct is its own, not the
    first conjunct's "dead"."""
    if nominal.dep_ != "conj" or nominal.head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or not _person_like(nominal):
        return False
    verbs = [t for t in nominal.doc[nominal.sent.start:nominal.i] if t.pos_ == "VERB"]
    if verbs and verbs[-1].lemma_.lower() in DIE_VERBS | KILL_VERBS:
        return False  # a gapped death: "three died at the scene and a fourth at a hospital"
    for c in nominal.children:
        if c.dep_ == "prep" and c.lemma_ in ("in", "at") and c.i > nominal.i:
            if any(g.dep_ == "pobj" and g.lemma_.lower() in ("hospital", "condition") for g in c.children):
                return True
    return False
