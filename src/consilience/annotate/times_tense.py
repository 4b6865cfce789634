"""The tense a time expression is told in, from the verb that governs it: past picks the
latest such date not after publication, future the earliest not before (`times_resolve`).

    tense_of(span) -> "past" | "future" | "present" | None
"""
from __future__ import annotations

import re
from typing import Optional

from .quotes_clauses import INTENT_NOUNS as _INTENT_NOUNS

FUTURE_MODALS = {"will", "'ll", "wo", "shall", "would", "'d", "may", "might", "must", "should", "can", "ca"}
FUTURE_HEADS = {"plan", "expect", "schedule", "intend", "hope", "aim", "want", "set", "due",
                "go", "seek", "prepare", "promise", "pledge", "vow", "agree", "propose", "threaten", "likely"}
# Nouns whose infinitive is still to come ("the decision to close the school Friday").
INTENT_NOUNS = _INTENT_NOUNS | {"order", "vote", "move", "deadline", "chance", "opportunity", "time", "attempt",
                                "motion", "deal", "agreement", "permission"}
SCHEDULE_WORDS = {"due", "set", "slate", "slated", "schedule", "scheduled", "expect", "expected"}


def governing_verb(span):
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# A date naming a violent event ("the Easter morning shooting", "Saturday's attack") dates what
# happened, whatever the sentence's verb: "will spend years in prison for the Easter shooting".
_DATED_VIOLENCE = re.compile(r"^(?:['’]s)?\s+(?:(?:morning|afternoon|evening|night|early|late)\s+)?(?:shooting|killing|"
                             r"stabbing|attack|murder|slaying|homicide|massacre|bombing|robbery|carjacking)s?\b", re.I)


def tense_of(span) -> Optional[str]:
    # the words after the span, read from its tokens (`doc.text` rebuilds the whole text)
    after = (span.doc[span.end - 1].whitespace_ + span.doc[span.end:span.end + 40].text_with_ws)[:40] if len(span) else ""
    if _DATED_VIOLENCE.match(after):
        return "past"
    words = {t.lower_ for t in span}
    if words & {"next", "coming", "tomorrow", "upcoming"}:
        return "future"
    if words & {"last", "yesterday", "ago", "past", "previous"}:
        return "past"
    before = " ".join(t.lower_ for t in span.doc[max(0, span.start - 3):span.start])
    if before in ("as early as", "as soon as"):
        return "future"  # "could arrive as early as Tuesday"
    verb = governing_verb(span)
    tense = verb_tense(verb) if verb is not None else None
    head = span.root.head
    if head.i < span.start and head.lower_ == "since":
        return "past"  # "the best week since November"
    if head.i < span.start and head.lower_ in ("until", "till", "through", "by") and \
            (tense != "past" or (verb is not None and verb.tag_ == "VBN" and all(
                c.lower_ in ("has", "have") for c in verb.children if c.dep_.startswith("aux")))):
        return "future"  # "closed until Friday", "has extended the loans through January"
    if head.i < span.start and head.lower_ == "effective":
        return None  # "effective Feb. 1": announced changes run either way, the nearest date
    return tense


def verb_tense(verb, depth: int = 0) -> Optional[str]:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for a in auxes:
        if a.tag_ == "MD" or a.lower_ in FUTURE_MODALS:
            return "past" if a.lower_ == "could" else "future"
    if any(a.lower_ == "going" for a in auxes):
        return "future"
    if any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.i != verb.i and depth < 3:
            if head.lemma_.lower() in FUTURE_HEADS | INTENT_NOUNS:
                return "future"
            if head.pos_ in ("VERB", "AUX"):
                return verb_tense(head, depth + 1)
            if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
                return verb_tense(head.head, depth + 1)  # "used a shotgun to open fire Saturday": a purpose, told in the past
        return "future"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if any(a.lemma_ == "have" for a in auxes):
            return "past"
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            # "is scheduled for May", "are expected in June": still to come
            return "future" if verb.lemma_.lower() in SCHEDULE_WORDS else "present"
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULE_WORDS for c in verb.children):
        return "future"  # "is due back in court in September"
    if verb.tag_ == "VBG" and any(a.lemma_ == "have" for a in auxes):
        return "past"  # "have been searching since the Oct. 23 slaying"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in ("advcl", "xcomp", "acl", "conj") and depth < 3 \
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head, depth + 1)  # "..., closing unchanged Friday": the main verb's tense
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in ("pobj", "pcomp", "dobj") and depth < 3:
        head = verb.head  # a gerund as a noun ("can participate in planning for ..."): its clause's verb
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
            return verb_tense(head, depth + 1)
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None
