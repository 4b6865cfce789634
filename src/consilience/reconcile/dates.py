"""Date claims: ISO 8601 values as day intervals, so dates at different precision can be
compared, and the verdict on the dates reports give one event (`date_verdict`).

"2015-03" holds "2015-03-22"; "2015-W13" holds the days of that ISO week, "2015-W13-WE" its
weekend; "2015-SP" holds spring. A value with a time of day ("2015-11-22T23:30",
"2015-11-22TNI") is its day, give or take one: a shooting late on Saturday is reported as
Saturday night or early Sunday.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Optional, Sequence

if TYPE_CHECKING:
    from .claims import Evidence

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


def iso_day(value: Optional[str]) -> Optional[date]:
    """The calendar day an ISO value starts with ("2016-07-20T21:15" -> 2016-07-20), or None."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
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
    if re.search(r"\b(?:like|such\s+as)\s+$", before, re.I) or re.match(r"\s+alone\b", after, re.I):
        return None  # "an event like Halloween": a comparison; "80 killed in November alone": a tally
    return 1 if anchor == "published" and not _CALENDAR.search(words) else 0


# Events that happen more than once in a story (court dates, arrests of several suspects,
# vigils and funerals): two reports dating them differently may be telling of two of them.
RECURRING = ("court", "hearing", "arraign", "appear", "trial", "sentenc", "plea", "plead", "bond", "arrest",
             "funeral", "vigil", "memorial", "gathering", "rally", "meeting", "announc", "releas", "charg")


# Stems of the same events as content words leave them ("hearing" -> "hear").
RECURRING_STEMS = frozenset({"hear", "meet", "gather"})


# ... and words telling that there were, or will be, several of them ("a new arrest", "appears
# in court again", "is scheduled for a hearing").
SEVERAL = re.compile(r"\b(new|another|again|second|third|latest|first|next|additional|more|will|would|"
                     r"scheduled|expected|due|set\s+(?:to|for)|later|earlier|previous\w*)\b", re.I)
# Reports of one day dating such an event differently tell of one occurrence ("expected to be
# arraigned Saturday" / "on Tuesday") unless one names another ("appears in court again").
# ("second-degree murder" names a charge, not a second hearing)
ANOTHER = re.compile(r"\b(new|another|again|second|third|next|previous\w*)\b(?![-\s]degree)", re.I)


def date_verdict(group: Sequence[Evidence]) -> tuple[str, str]:
    values = sorted({e.claim.value for e in group})
    clashes = [e.clash for e in group if e.clash]
    if clashes:
        return "conflict", f"a report's weekday and date disagree ({clashes[0]}): {', '.join(values)}"
    if len(values) == 1:
        return "agree", f"same date: {values[0]}"
    relations = {"overlap" if _same_day_named(a, b) else relation(a.claim.value, b.claim.value, a.slack, b.slack)
                 for i, a in enumerate(group) for b in group[i + 1:] if a.claim.value != b.claim.value}
    if relations == {"overlap"} and any(_same_day_named(a, b) for i, a in enumerate(group) for b in group[i + 1:]):
        return "compatible", f"the same day named, resolved against different publication dates: {', '.join(values)}"
    if "disjoint" in relations and any(w.startswith(RECURRING) or w in RECURRING_STEMS for e in group for w in e.about) \
            and (any(SEVERAL.search(e.context) for e in group)
                 and (_told_on_different_days(group) or any(ANOTHER.search(e.context) for e in group))
                 or _each_told_when_new(group)):
        return "differing", f"dates of an event that may happen more than once (hearings, arrests, vigils): {', '.join(values)}"
    if "disjoint" in relations and any(w.startswith("remain") for e in group for w in e.about):
        return "differing", f"dates of a state that lasts (\"remained in custody\"), not of one event: {', '.join(values)}"
    if "disjoint" in relations and (recalled := _recalled(group)):
        rest = [e for e in group if e is not recalled]
        if len({e.article_id for e in rest}) > 1 and (judged := date_verdict(rest))[0] == "conflict":
            return judged  # the story's own dates still disagree among themselves
        return "differing", (f"an earlier event recalled ({recalled.in_context()[1]}) beside the story's own: "
                             f"{', '.join(values)}")
    if "disjoint" in relations and (moved := _rescheduled(group)):
        return "update", (f"rescheduled: {moved[0]} was still ahead when reported on {moved[1]}; "
                          f"the report of {moved[3]} gives {moved[2]}")
    if "disjoint" in relations:
        return "conflict", f"different dates for the same event: {', '.join(values)}"
    if "unknown" in relations:
        return "differing", f"dates that cannot be compared exactly: {', '.join(values)}"
    return "compatible", f"the same date at different precision: {', '.join(values)}"


SCHEDULED = re.compile(r"\b(?:will|expected|scheduled|set\s+to|due|slated|plans?\s+to)\b", re.I)


def _rescheduled(group: Sequence[Evidence]) -> Optional[tuple[str, str, str, str]]:
    """An event still to come when a report dated it ("the trial is expected to begin March 13")
    and dated otherwise by a report of a later day: schedules move, a later report revises.
    (first date, its report's day, the later date, its report's day) or None."""
    ordered = sorted(group, key=lambda e: e.claim.published or "")
    for i, early in enumerate(ordered):
        day = _published_day(early)
        if not day or early.claim.value[:10] <= day or len(early.claim.value) < 10 or not SCHEDULED.search(early.context):
            continue
        for late in ordered[i + 1:]:
            if _published_day(late) > day and late.claim.value != early.claim.value:
                return early.claim.value, day, late.claim.value, _published_day(late)
    return None


def _published_day(e: Evidence) -> str:
    return (e.claim.published or "")[:10]


def _told_on_different_days(group: Sequence[Evidence]) -> bool:
    """Two of the reports giving different dates were published on different days."""
    return any(_published_day(a) != _published_day(b)
               for i, a in enumerate(group) for b in group[i + 1:] if a.claim.value != b.claim.value)


def _each_told_when_new(group: Sequence[Evidence]) -> bool:
    """Two reports over a week apart, each dating the event within days of its own publication
    ("at Thursday's hearing", "shortly before Friday's hearing"): each tells of the latest one."""
    def near(e: Evidence) -> Optional[date]:
        value, published = day_interval(e.claim.value), day_interval(_published_day(e))
        if value is None or published is None:
            return None
        published = published[0]
        return published if abs((published - value[1]).days) <= 3 and value[1] - value[0] <= timedelta(days=2) else None

    return any(x and y and abs((x - y).days) > 7
               for i, a in enumerate(group) for b in group[i + 1:] if a.claim.value != b.claim.value
               for x, y in [(near(a), near(b))])


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _same_day_named(a: Evidence, b: Evidence) -> bool:
    """Two reports naming the same weekday ("Saturday night" in a story and in its reprint a
    week later), or in the same words ("that night"), in days at most a week apart or in the same
    sentence: their values differ by the days they were resolved against, not by what they say."""
    if _days_between(_published_day(a), _published_day(b)) > 8 and a.context.strip() != b.context.strip():
        return False  # reports months apart naming "Thursday" in sentences of their own: two Thursdays
    words = [e.in_context()[1].strip().lower() for e in (a, b)]
    if words[0] == words[1] and not re.search(r"\d", words[0]):
        return True  # the same words ("that night") read against different days told before them
    if not (a.slack and b.slack):
        return False
    x, y = (_WEEKDAY.search(e.in_context()[1]) for e in (a, b))
    return bool(x and y and x.group(0).lower() == y.group(0).lower())


def _days_between(x: str, y: str) -> int:
    a, b = day_interval(x), day_interval(y)
    return 0 if a is None or b is None else abs((a[0] - b[0]).days)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _recalled(group: Sequence[Evidence]) -> Optional[Evidence]:
    """A report's date naming another year, months before it was published and months before
    another report's date of its own days ("In August 2015, two people were shot at the bar"
    beside last Sunday's shooting): a past event told as background, not the story's event
    dated otherwise. (A later report giving the story's date with its year, "July 24th, 2015",
    is days from the other's.) So is a past told weeks back from the publication ("a little over
    a month ago", "last month", "in 2015") beside another report's date of its own week. The
    recalled claim, or None."""
    def days_apart(earlier: Optional[str], later: Optional[str]) -> Optional[int]:
        x, y = day_interval(earlier or ""), day_interval((later or "")[:10])
        return None if x is None or y is None else (y[0] - x[1]).days

    for e in group:
        words = e.in_context()[1]
        year = _YEAR.search(words)
        back = days_apart(e.claim.value, e.claim.published) or 0
        if year and year.group(0) != (e.claim.published or "")[:4] and back >= 90:
            own_limit, apart = 31, 90
        elif (_RELATIVE_PAST.search(words) or re.fullmatch(r"\d{4}", e.claim.value)) and back >= 21:
            own_limit, apart = 7, 21  # "Last month, a gunman killed three" beside this week's shooting
        else:
            continue
        for other in group:
            own_days = days_apart(other.claim.value, other.claim.published)
            if own_days is not None and own_days <= own_limit and (days_apart(e.claim.value, other.claim.value) or 0) >= apart:
                return e
    return None


# A past told relative to the publication, weeks or more back: background more often than the
# story's own event.
_RELATIVE_PAST = re.compile(r"\bago\b|\blast\s+(?:month|year|summer|spring|fall|autumn|winter)\b|"
                            r"\bearlier\s+this\s+(?:month|year)\b", re.I)
