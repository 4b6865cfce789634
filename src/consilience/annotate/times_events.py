"""Linking a time expression to the event it dates, from the dependency parse.

`event_of(span, doc)` returns the characters of a short phrase: the noun the date modifies
("the March 3 attack on a school" -> "attack on a school"), the antecedent of a relative clause
("the attack, which took place last month"), the object of a verb of saying or remembering
("recalled the riots in 2008" -> "riots"), or else the clause of the verb the date attaches to
(subject head, verb, object and other complements, without other dates, relative clauses or
coordinations), kept within one line and a few words.
"""
from __future__ import annotations

from typing import Optional

EVENT_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp",
              "prep", "agent", "dative", "oprd", "compound", "amod", "nummod", "poss", "pobj"}
MAX_EVENT_TOKENS = 14
REPORTING = {"say", "recall", "remember", "mark", "commemorate", "cite", "mention", "blame", "condemn",
             "follow", "describe", "compare", "investigate", "report", "deny", "claim", "accuse",
             "attribute", "recount", "discuss", "note", "link", "tie", "mourn", "witness", "survive"}
CUT_DEPS = {"relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "ccomp", "parataxis"}


def _clause_tokens(tok) -> list[int]:
    """The subtree of `tok` without relative clauses, appositions and coordinations."""
    out = [tok.i]
    for child in tok.children:
        if child.dep_ in CUT_DEPS and not (child.dep_ == "punct" and child.text in "-–/"):
            continue
        out.extend(_clause_tokens(child))
    return out


def _name_start(tok) -> int:
    """The first token of a subject's head word with its compounds ("the Minister of Health Ana Ruiz" -> "Ana Ruiz")."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("compound", "flat") and child.i == start - 1:
            start = child.i
    return start


def _refine_anchor(anchor, span, carrier):
    """Relative clauses date their antecedent; a verb of saying or remembering dates its object."""
    if anchor.pos_ in ("VERB", "AUX"):
        if anchor.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                          for c in anchor.children):
            noun = anchor.head
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
            return noun
        if anchor.lemma_.lower() in REPORTING:
            start = carrier.i if carrier.pos_ == "ADP" else span.start
            for child in anchor.children:
                if child.dep_ in ("dobj", "attr", "nsubjpass") and child.right_edge.i == start - 1 \
                        and child.pos_ in ("NOUN", "PROPN"):
                    return child
    return anchor


def event_of(span, doc, blocked: frozenset = frozenset(), text: Optional[str] = None) -> Optional[tuple[int, int]]:
    """Characters of the phrase the date dates, from the dependency parse, or None."""
    root = span.root
    head = root.head
    if head is root:
        return None
    if head.pos_ == "ADP" and head.dep_ in ("prep", "agent") and head.head is not head:
        anchor_tok = head.head
    elif root.dep_ in ("npadvmod", "tmod", "nmod", "compound", "amod", "poss", "nummod", "appos",
                       "pobj", "dobj", "advmod", "oprd", "attr", "obl"):
        anchor_tok = head
    else:
        return None
    if anchor_tok.pos_ == "ADP" and anchor_tok.head is not anchor_tok:  # "in ... of Dec 16"
        anchor_tok = anchor_tok.head
    if anchor_tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    if anchor_tok.pos_ in ("NOUN", "PROPN") and anchor_tok.dep_ == "dobj" and head.pos_ == "ADP" \
            and head.i > anchor_tok.i and anchor_tok.head.pos_ == "VERB" \
            and anchor_tok.head.lemma_.lower() not in REPORTING:
        anchor_tok = anchor_tok.head  # "held talks in X on Monday": the holding, not the talks
    anchor_tok = _refine_anchor(anchor_tok, span, head)
    while anchor_tok.dep_ == "compound" and anchor_tok.head.pos_ in ("NOUN", "PROPN"):  # "the 2008 Lagos riots"
        anchor_tok = anchor_tok.head
    date_toks = set(range(span.start, span.end))
    # the prepositional phrase carrying the date is not part of the event
    carrier = head if head.pos_ == "ADP" else root
    excluded = {t.i for t in carrier.subtree} | date_toks | blocked
    keep = {anchor_tok.i}
    subject: set[int] = set()
    for child in anchor_tok.children:
        if child.dep_ not in EVENT_DEPS and anchor_tok.pos_ in ("VERB", "AUX"):
            continue
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "advcl", "ccomp"):
            continue
        sub = _clause_tokens(child)
        if child.dep_ in ("nsubj", "nsubjpass"):
            if len(sub) > 4:
                sub = [i for i in sub if i >= _name_start(child)]
            subject |= set(sub)
        keep |= set(sub)
    keep -= excluded
    if anchor_tok.pos_ in ("VERB", "AUX") and subject:
        # the predicate is the event ("held talks in Pakistan"); the subject only when the
        # predicate is the bare verb ("Ruiz today said")
        predicate = keep - subject
        run = {anchor_tok.i}
        j = anchor_tok.i
        while j + 1 in predicate:
            j += 1
            run.add(j)
        if len(run) >= 2:
            keep = predicate
    # the contiguous run around the anchor
    lo = hi = anchor_tok.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    if anchor_tok.pos_ in ("VERB", "AUX") and lo - 1 == span.end - 1 and span.start - 1 in keep:
        lo = span.start - 1  # "Ruiz today said": the subject across the date
        while lo - 1 in keep:
            lo -= 1
    while lo < anchor_tok.i and (doc[lo].dep_ in ("det", "punct", "cc", "case") or doc[lo].is_punct):
        lo += 1
    if hi - lo + 1 > MAX_EVENT_TOKENS:
        if anchor_tok.i - lo > 5:
            lo = anchor_tok.i
        hi = min(hi, lo + MAX_EVENT_TOKENS - 1)
    while hi > anchor_tok.i and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "det", "prep", "case")):
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    text = doc.text if text is None else text
    if "\n" in text[min(start, span.start_char):max(end, span.end_char)]:
        if "\n" in text[min(anchor_tok.idx, span.start_char):max(anchor_tok.idx, span.start_char)]:
            return None  # the date and its supposed event are on different lines  # a parse that runs across lines (a headline into a dateline)
        start = max(start, text.rfind("\n", 0, anchor_tok.idx) + 1)
        line_end = text.find("\n", anchor_tok.idx)
        end = min(end, line_end if line_end >= 0 else len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t,;:":
            end -= 1
    return (start, end) if end > start else None
