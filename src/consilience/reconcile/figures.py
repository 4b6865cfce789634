"""A story's reconciled figure for one measure, from what each of its sources says.

Each source gives its own figure for the story's main incident (the annotate stage reads it
from the headline and the opening); the story's figure is the one most sources give. Ties go
to the largest figure: a report that names fewer victims has most often missed some (a page
cut short, victims named one by one, an early report before the toll was revised upward), and
tolls grow as an event develops; among equal figures, the latest report's.
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
