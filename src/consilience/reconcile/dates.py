"""ISO 8601 values as day intervals, so dates at different precision can be compared.

"2015-03" holds "2015-03-22"; "2015-W13" holds the days of that ISO week, "2015-W13-WE" its
weekend; "2015-SP" holds spring. A value with a time of day ("2015-11-22T23:30", "2015-11-22TNI") is its day, give or
take one: a shooting late on Saturday is reported as Saturday night or early Sunday.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def day_interval(value: str, slack: int = 0) -> Optional[tuple[date, date]]:
    """Days a value may mean; a day-level value is widened by `slack` days each side (at least
    one where it carries a time of day)."""
    match = re.match(r"^(\d{4})(?:-(.+))?$", value.strip())
    if not match:
        return None
    year, rest = int(match.group(1)), match.group(2) or ""
    try:
        if not rest:
            return date(year, 1, 1), date(year, 12, 31)
        if m := re.match(r"^(\d{2})-(\d{2})(T.*)?$", rest):
            day = date(year, int(m.group(1)), int(m.group(2)))
            wide = timedelta(days=max(slack, 1 if m.group(3) else 0))
            return day - wide, day + wide
        if m := re.match(r"^(\d{2})$", rest):
            month = int(m.group(1))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := re.match(r"^W(\d{2})(-WE)?", rest):
            monday = date.fromisocalendar(year, int(m.group(1)), 1)
            if m.group(2):  # the weekend, its Friday night included ("over the weekend")
                return monday + timedelta(days=4), monday + timedelta(days=6)
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


def relation(a: str, b: str, slack_a: int = 0, slack_b: int = 0) -> str:
    """'same', 'overlap' (one can hold with the other) or 'disjoint'; 'unknown' if unreadable."""
    if a == b:
        return "same"
    x, y = day_interval(a, slack_a), day_interval(b, slack_b)
    if x is None or y is None:
        return "unknown"
    return "overlap" if x[0] <= y[1] and y[0] <= x[1] else "disjoint"


# A time of day alone ("2:45 p.m.", "midnight") names no day: the annotator dates it by the
# publication, which is often a day or more after the event.
_CLOCK_ONLY = re.compile(r"^\W*(?:(?:at|around|about|approximately|shortly|just|before|after|until)\s+)*"
                         r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\d{1,2}:\d{2}|noon|midnight)\W*$", re.I)
# "by Monday", "through Wednesday", "as of Tuesday": a bound on the event, not its date.
_BOUND = re.compile(r"\b(?:by|before|until|till|through|since|as\s+of|after|prior\s+to)\s+(?:the\s+)?(?:early\s+|late\s+)?$", re.I)
# "a week later", "two weeks earlier": counted from another event, not from the publication
# ("earlier this week" is counted from the publication).
_FROM_EVENT = re.compile(r"\b(?:later|earlier)\b(?!\s+this\b)|\b(?:afterwards?|following|previous)\b", re.I)
_CALENDAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?\s*\d|\d{4}|\b\d{1,2}/\d{1,2}\b", re.I)


def date_slack(before: str, words: str, after: str, anchor: str) -> Optional[int]:
    """How many days each side a date claim's value may be off, or None when the words give no
    date of their event at all (a clock time alone, a bound, a span counted from another event).

    A weekday or "yesterday" is resolved against the publication time, which may be a day off
    (a late-night story, an update, another time zone): one day of slack; a written calendar
    date, none.
    """
    if _CLOCK_ONLY.match(words) or _FROM_EVENT.search(words):
        return None
    if _BOUND.search(before) and not re.match(r"['’]s\b", after):  # "after Saturday's shooting" dates the shooting
        return None
    return 1 if anchor == "published" and not _CALENDAR.search(words) else 0
