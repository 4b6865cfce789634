"""A wounded count told by care gives way to one told by the wound itself.

"The shooting sent three people to the hospital ... Four people were wounded": a count known only
by the victims' care (taken, sent, rushed to a hospital) is indirect, since some of the wounded
are treated at the scene or go to a hospital on their own, and some sent there are not hurt. A
count in the lead that is the subject of "were injured / wounded / hurt" itself is the count of
the wounded, and wins.
"""
from __future__ import annotations

import re

CARE_LEAD = 600  # characters: both counts must be told this early
_CARE = re.compile(r"\b(?:hospitals?|medical cent(?:er|re)s?|trauma|taken|transported|rushed|sent|airlifted)\b", re.I)
_HURT = re.compile(r"\b(?:injur\w*|wound\w*|hurt|shot|struck|hit|grazed|gunshots?)\b", re.I)
_WERE_HURT = re.compile(r"\s+(?:were|have been|had been)\s+(?:injured|wounded|hurt)\b", re.I)
_BOUND = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in _BOUND.finditer(text, 0, at)), default=0)
    m = _BOUND.search(text, at)
    return start, (m.start() if m else len(text))


def wounded_over_care(text: str, quantities, injured: int) -> int:
    """The count told as "N ... were injured" after a first count told only by its care."""
    hurt = [q for q in quantities if q.measure == "injured" and q.low is not None and q.span.start < CARE_LEAD]
    if len(hurt) < 2 or hurt[0].low != injured:
        return injured
    first = _sentence(text, hurt[0].span.start)
    told = text[first[0]:first[1]]
    if not _CARE.search(told) or _HURT.search(told):
        return injured
    for q in hurt[1:]:
        if _sentence(text, q.span.start) == first:
            continue
        end = q.span.end
        if q.counts and text.startswith(" " + q.counts, end):
            end += 1 + len(q.counts)  # "four people were wounded"
        if _WERE_HURT.match(text, end) and q.low == q.high and q.low > 0:
            return int(q.low)
        return injured  # the next count is told otherwise: leave the first
    return injured

