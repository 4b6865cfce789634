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

import re
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


def consensus_casualties(dated_pairs: Iterable[tuple]) -> tuple[int, int]:
    """The story's killed and injured figures from each independent source's (published, (killed,
    injured)) or (published, (killed, injured), headline tells of a death), weighed together: a
    source that counts fewer dead than the story's figure and at least as many more wounded told
    of the same victims before they died (an early report of a victim "in critical condition"),
    so its wounded figure is read without them. A report of the latest day whose headline tells
    of a death ("Teen shot near campus dies"), counting the same victims with more of them dead,
    tells what the earlier reports could not: the wounded who died since."""
    reports = [(item[0], item[1], len(item) > 2 and item[2]) for item in dated_pairs]
    killed = consensus_figure((p, k) for p, (k, _), _ in reports)
    wounded = []
    for published, (k, i), _ in reports:
        if k is not None and i is not None and k < killed and i >= killed - k:
            i -= killed - k
        wounded.append((published, i))
    injured = consensus_figure(wounded)
    days = [(p or "")[:10] for p, _, _ in reports]
    latest = max(days, default="")
    for (published, (k, i), tells_a_death), day in zip(reports, days):
        if tells_a_death and latest and day == latest and any(d < latest for d in days) and k is not None \
                and i is not None and k > killed and k + i == killed + injured:
            return k, i
    return killed, injured


_DIES = re.compile(r"\b(?:dies|died|succumbs|succumbed)\b", re.I)


def headline_tells_a_death(title: Optional[str]) -> bool:
    """'2-year-old dies after being shot', 'Teen shot near Hofstra University dies'."""
    return bool(title and _DIES.search(title))
