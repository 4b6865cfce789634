"""Headline grammar for counts: "4 Men Injured in ...", "Two teen girls, two men shot",
"shooting that injured 13", "1 killed 3 injured". The parser misreads headlines, so the words
beside a number decide its casualty role (`headline_role`), and a count listed after another
adds to it (`listed_count`).
"""
from __future__ import annotations

from typing import Optional


HEADLINE_VERBS = {"kills": "killed", "kill": "killed", "killed": "killed", "injures": "injured",
                  "injure": "injured", "injured": "injured", "wounds": "injured", "wound": "injured",
                  "wounded": "injured", "hurts": "injured"}  # "rampage injures three", "shooting that injured 13"
HEADLINE_PARTICIPLES = {"shot": "shot", "killed": "killed", "dead": "killed", "slain": "killed",
                        "dies": "killed", "died": "killed", "injured": "injured", "wounded": "injured",
                        "hurt": "injured", "hospitalized": "injured"}


def headline_role(anchor) -> Optional[str]:
    """Headline grammar defeats the parser ("4 Men Injured in ...", "Four people shot outside
    bar"): a casualty participle within three words after the number, in the same clause."""
    doc = anchor.doc
    after = _participle_after(anchor)
    if after:
        return after
    verb = doc[anchor.i - 1] if anchor.i > 0 else None  # "shooting that injured 13", "rampage kills 3"
    if verb is not None and verb.lower_ in HEADLINE_VERBS and not (verb.i > 0 and doc[verb.i - 1].like_num):
        return HEADLINE_VERBS[verb.lower_]  # not "1 killed 3 injured": the participle is the first count's
    return None


def _participle_after(anchor) -> Optional[str]:
    """The casualty participle after a headline count; "" where the clause ends first."""
    doc = anchor.doc
    i, stop = anchor.i + 1, min(anchor.i + 5, len(doc))
    while i < stop:
        tok = doc[i]
        i += 1
        if tok.text in (",", "&") or tok.lower_ == "and":
            if i < len(doc) and doc[i].like_num and not doc[i].text.isdigit() or i < len(doc) and doc[i].text.isdigit() \
                    and len(doc[i].text) < 3:
                i += 1  # "Two teen girls, two men shot": the counts share the participle
                stop = min(i + 4, len(doc))
                continue
            return ""
        if tok.is_punct or tok.pos_ in ("ADP", "CCONJ") or tok.like_num:
            return ""
        if tok.lower_ in HEADLINE_PARTICIPLES:
            if tok.lower_ == "shot" and (doc[tok.i - 1].lower_ in ("fatally", "mortally")
                                         or {t.lower_ for t in doc[tok.i + 1:tok.i + 3]} & {"dead", "death", "killed"}):
                return "killed"  # "three shot dead", "2 shot to death"
            return HEADLINE_PARTICIPLES[tok.lower_]
    return None


def listed_count(anchor) -> bool:
    """A headline count listed after another: "Two girls, two men shot", "3 adults & 2 children killed"."""
    doc = anchor.doc
    if anchor.i < 2 or not (doc[anchor.i - 1].text in (",", "&") or doc[anchor.i - 1].lower_ == "and"):
        return False
    for tok in reversed(doc[max(anchor.i - 5, 0):anchor.i - 1]):
        if tok.like_num:
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "ADP"):
            return False
    return False
