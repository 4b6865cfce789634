"""A story's reconciled figure for one measure, from what each of its sources says.

Each source gives its own figure for the story's main incident (the annotate stage reads it
from the headline and the opening); the story's figure is the one most sources give, ties
going to the latest report, since tolls are revised as an event develops.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional


def consensus_figure(dated_values: Iterable[tuple[Optional[str], Optional[int]]]) -> int:
    """`dated_values`: (published, figure) per independent source; None figures are skipped."""
    values = [(published or "", value) for published, value in dated_values if value is not None]
    if not values:
        return 0
    votes = Counter(value for _, value in values)
    top = max(votes.values())
    return max((published, value) for published, value in values if votes[value] == top)[1]
