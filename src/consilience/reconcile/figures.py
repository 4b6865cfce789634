"""A story's reconciled figure for one measure: what its independent sources, taken together, say."""
from __future__ import annotations

from collections import Counter
from typing import Optional, Sequence

from ..model import Claim, FactGroup


def story_figure(facts: Sequence[FactGroup], measure: str) -> int:
    """The main incident's figure: from the fact most sources report on that measure.

    An update takes the latest figure; otherwise the figure most sources give (ties: the
    larger, since early reports undercount). No claim on the measure means none reported: 0.
    """
    groups = [f for f in facts if f.claims[0].kind == "quantity" and f.claims[0].measure == measure]
    if not groups:
        return 0
    main = max(groups, key=lambda f: (len({c.span.article_id for c in f.claims}), max(_value(c) or 0 for c in f.claims)))
    if main.verdict == "update":
        latest = max(main.claims, key=lambda c: (c.published or "", _value(c) or 0))
        return int(_value(latest) or 0)
    votes = Counter(int(v) for c in main.claims if (v := _value(c)) is not None)
    if not votes:
        return 0
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _value(claim: Claim) -> Optional[float]:
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return claim.low if claim.low is not None else claim.high
