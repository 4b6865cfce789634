"""Calendar arithmetic shared by the time normalisers: the publication date (`Dct`), ISO
formatting at each granularity, and choosing among candidate dates by tense and distance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

Result = Optional[tuple[str, str, str]]
REF_YEAR = 2001  # a non-leap year for month-day arithmetic when the year is unknown
SEASON_ORDER = ["WI", "SP", "SU", "FA"]


@dataclass(frozen=True)
class Dct:
    year: Optional[int]
    month: int
    day: int
    hour: Optional[int] = None
    minute: Optional[int] = None

    @property
    def date(self) -> date:
        return date(self.year or REF_YEAR, self.month, min(self.day, 28 if self.month == 2 and not self.year else 31))


def parse_dct(published: Optional[str]) -> Optional[Dct]:
    if not published:
        return None
    s = published.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            date(y, mo, d)
        except ValueError:
            return None
        return Dct(y, mo, d, int(m.group(4)) if m.group(4) else None, int(m.group(5)) if m.group(5) else None)
    m = re.match(r"^--(\d{2})-?(\d{2})", s)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
        return Dct(None, int(m.group(1)), int(m.group(2)))
    m = re.match(r"^(\d{2})-(\d{2})-(\d{4})$", s)  # day-month-year
    if m:
        return parse_dct(f"{m.group(3)}-{m.group(2)}-{m.group(1)}")
    m = re.match(r"^(\d{4})(\d{2})(\d{2})$", s)
    if m:
        return parse_dct(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    return None


def fmt_day(y: Optional[int], m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def fmt_month(y: Optional[int], m: int) -> str:
    return f"{y:04d}-{m:02d}" if y else f"--{m:02d}"


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def choose(options: list, ref, tense: Optional[str], default=None):
    """Pick among candidate points (comparable with `ref`) by tense: past -> the latest not
    after ref, future -> the earliest not before ref, else `default` or the nearest."""
    if tense == "past":
        before = [o for o in options if o <= ref]
        if before:
            return max(before)
    elif tense == "future":
        after = [o for o in options if o >= ref]
        if after:
            return min(after)
    if default is not None:
        return default
    return min(options, key=lambda o: abs(dist(o, ref)))


def near(chosen, options, ref, far: float, close: float):
    """A choice far from publication gives way to one close on the other side: "early
    November" read as past in late October is next month rather than a year ago."""
    if abs(dist(chosen, ref)) <= far:
        return chosen
    nearest = min(options, key=lambda o: abs(dist(o, ref)))
    return nearest if abs(dist(nearest, ref)) <= close else chosen


def dist(a, b) -> float:
    if isinstance(a, date):
        return (a - b).days
    if isinstance(a, tuple):
        return (a[0] - b[0]) * 12 + (a[1] - b[1])
    return a - b


def ok(value: str, gran: str, absolute: bool) -> tuple[str, str, str]:
    return value, gran, "absolute" if absolute else "published"


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def unit_value(unit: str, d: date, year_known: bool, n: int = 0) -> Result:
    """The calendar unit containing `d`, moved n units."""
    if unit in ("week", "weekend"):
        t = d + timedelta(weeks=n)
        if not year_known:
            return None
        y, w, _ = t.isocalendar()
        return ok(f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else ""), "week", False)
    if unit == "month":
        y, m = shift_month(d.year, d.month, n)
        return ok(fmt_month(y if year_known else None, m), "month", False)
    if not year_known:
        return None
    if unit in ("year", "fiscal year"):
        return ok(f"{d.year + n}", "year", False)
    if unit == "quarter":
        y, q = divmod(d.year * 4 + (d.month - 1) // 3 + n, 4)
        return ok(f"{y}-Q{q + 1}", "quarter", False)
    if unit == "decade":
        return ok(f"{(d.year // 10) + n}", "decade", False)
    if unit == "century":
        return ok(f"{(d.year // 100) + n}", "century", False)
    if unit == "day":
        t = d + timedelta(days=n)
        return ok(t.isoformat(), "day", False)
    return None
