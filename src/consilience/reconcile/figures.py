"""A story's reconciled figure for one measure, from what each of its sources says.

Each source gives its own figure for the story's main incident (the annotate stage reads it
from the headline and the opening); the story's figure is the one most sources give. Ties go
to the largest figure: a report that names fewer victims has most often missed some (a page
cut short, victims named one by one, an early report before the toll was revised upward), and
tolls grow as an event develops.

`consensus_casualties` settles killed and injured together: a victim wounded in an early
report and dead in later ones is one of the dead, not also one of the wounded.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional


def consensus_figure(dated_values: Iterable[tuple[Optional[str], Optional[int]]]) -> int:
    """`dated_values`: (published, figure) per independent source; None figures are skipped. The
    dates are kept in the signature for callers that weigh recency; the vote does not need them."""
    votes = Counter(value for _, value in dated_values if value is not None)
    if not votes:
        return 0
    top = max(votes.values())
    return max(value for value, n in votes.items() if n == top)


def consensus_casualties(dated_pairs: Iterable[tuple[Optional[str], tuple[Optional[int], Optional[int]]]]) -> tuple[int, int]:
    """The story's killed and injured figures from each independent source's (published, (killed,
    injured)), weighed together: a source that counts fewer dead than the story's figure and at
    least as many more wounded told of the same victims before they died (an early report of a
    victim "in critical condition"), so its wounded figure is read without them."""
    pairs = [(published, figures) for published, figures in dated_pairs]
    killed = consensus_figure((p, k) for p, (k, _) in pairs)
    wounded = []
    for published, (k, i) in pairs:
        if k is not None and i is not None and k < killed and i >= killed - k:
            i -= killed - k
        wounded.append((published, i))
    return killed, consensus_figure(wounded)
