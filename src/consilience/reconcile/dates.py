"""ISO 8601 values as day intervals, so dates at different precision can be compared.

"2015-03" holds "2015-03-22"; "2015-W13" holds the days of that ISO week; "2015-SP" holds
spring. A value with a time of day ("2015-11-22T23:30", "2015-11-22TNI") is its day, give or
take one: a shooting late on Saturday is reported as Saturday night or early Sunday.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def day_interval(value: str) -> Optional[tuple[date, date]]:
    match = re.match(r"^(\d{4})(?:-(.+))?$", value.strip())
    if not match:
        return None
    year, rest = int(match.group(1)), match.group(2) or ""
    try:
        if not rest:
            return date(year, 1, 1), date(year, 12, 31)
        if m := re.match(r"^(\d{2})-(\d{2})(T.*)?$", rest):
            day = date(year, int(m.group(1)), int(m.group(2)))
            slack = timedelta(days=1 if m.group(3) else 0)
            return day - slack, day + slack
        if m := re.match(r"^(\d{2})$", rest):
            month = int(m.group(1))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := re.match(r"^W(\d{2})", rest):
            monday = date.fromisocalendar(year, int(m.group(1)), 1)
            return monday, monday + timedelta(days=6)
        if rest[:2] in SEASONS:
            first, last = SEASONS[rest[:2]]
            end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
            return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        if rest[:2] in QUARTERS:
            first, last = QUARTERS[rest[:2]]
            return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    except ValueError:
        return None
    return None


def relation(a: str, b: str) -> str:
    """'same', 'overlap' (one can hold with the other) or 'disjoint'; 'unknown' if unreadable."""
    if a == b:
        return "same"
    x, y = day_interval(a), day_interval(b)
    if x is None or y is None:
        return "unknown"
    return "overlap" if x[0] <= y[1] and y[0] <= x[1] else "disjoint"
