"""Hedging: how sure a sentence is of what it states (asserted, attributed to someone, an
accusation, denied), from small closed classes of English reporting words."""
from __future__ import annotations

import re
from typing import Optional

# Cue lemmas that set a statement's certainty. Small closed classes of English reporting verbs.
_ACCUSE = re.compile(r"\b(accus\w*|alleg\w*|blam\w*|suspect\w*|charg\w* with|reportedly|purported\w*)\b", re.I)
_DENY = re.compile(r"\b(den(?:y|ies|ied|ial)|reject\w*|dismiss\w*|refut\w*)\b", re.I)
_ANAPHORIC_DENIAL = re.compile(r"^\W*\w+(?:\s+\w+){0,3}\s+\w*den\w*\s+(?:that|this|it|the\s+(?:charge|allegation|claim|accusation)s?)\b", re.I)
_ATTRIBUTE = re.compile(r"\b(said|say|says|told|according to|claim\w*|believ\w*|insist\w*|assert\w*|maintain\w*)\b", re.I)


def with_denial(hedging: str, following: str) -> str:
    """A denial in the next sentence that points back ("X denies that.") belongs to this claim."""
    if "denied" not in hedging and _DENY.search(following) and _ANAPHORIC_DENIAL.search(following):
        return f"{hedging}+denied"
    return hedging


def hedging_of(sentence: str) -> tuple[str, Optional[str]]:
    """How sure the sentence is (accused > attributed > asserted), with who says so; a denial
    carried in the same sentence is appended as '+denied'."""
    denied = "+denied" if _DENY.search(sentence) else ""
    if _ACCUSE.search(sentence):
        return "accused" + denied, None
    match = _ATTRIBUTE.search(sentence)
    if match:
        before = sentence[: match.start()].strip().split()
        return "attributed" + denied, " ".join(before[-4:]) if before else None
    return ("denied" if denied else "asserted"), None


def certainty(hedging: str) -> str:
    """Asserted, or not: attributed and accused both leave the claim to someone else."""
    base = hedging.split("+")[0]
    return "asserted" if base == "asserted" else "attributed"
