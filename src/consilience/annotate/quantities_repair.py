"""Casualty roles the small parser's misreadings hide, read from the parse around them.

"two found dead and two more who were injured" (the relative clause hung on the first conjunct),
"after five people, including an infant, were injured" (the count read as the object of "after",
its verb left without a subject), "killed a boy and injured one other person appeared in court"
(the object read as the subject of the next clause). Each helper takes `verb_role`, the reading of
a casualty verb for a given dependency (`quantities_measure._verb_role`).
"""
from __future__ import annotations

from typing import Optional

from .quantities_vocab import INJURE_VERBS, KILL_VERBS

_SUBORDINATORS = {"after", "when", "as", "before", "until", "since", "because", "while"}
_CASUALTY_ROLES = ("killed", "injured", "shot")


def more_clause_role(anchor, verb_role) -> Optional[str]:
    """'two more who were injured': the relative clause of "N more", which the parser may hang on
    the first conjunct ("two people found dead and two more who were injured"), tells its role;
    `verb_role` reads the clause's verb as for a passive subject."""
    more = anchor.head
    if anchor.dep_ != "nummod" or more.lower_ != "more" or more.i != anchor.i + 1:
        return None
    for host in [more] + ([more.head] if more.dep_ == "conj" else []):
        for c in host.children:
            if c.dep_ in ("relcl", "acl") and c.i > more.i and (c.pos_ == "VERB" or c.tag_ == "VBN"):
                role = verb_role(c, "nsubjpass")
                if role in _CASUALTY_ROLES:
                    return role
    return None


def stranded_subject_role(nominal, verb_role) -> Optional[str]:
    """'after five people, including an infant, were injured': a count read as the object of a
    subordinator whose passive verb, right after the count's phrase, has no subject of its own."""
    if nominal.dep_ != "pobj" or nominal.head.lower_ not in _SUBORDINATORS:
        return None
    doc = nominal.doc
    i = nominal.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text != ".":
        i += 1
    if i >= len(doc) or doc[i].dep_ != "auxpass":
        return None
    verb = doc[i].head
    if verb.i <= i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    role = verb_role(verb, "nsubjpass")
    return role if role in _CASUALTY_ROLES else None


def misread_object_role(nominal, verb_role) -> Optional[str]:
    """'killed a boy and injured one other person appeared in court': the casualty verb's object
    read as the subject of a clause hung on it."""
    verb = nominal.head.head
    if nominal.dep_ == "nsubj" and nominal.head.dep_ == "ccomp" and nominal.left_edge.i == verb.i + 1 \
            and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in KILL_VERBS | INJURE_VERBS:
        return verb_role(verb, "dobj")
    return None
