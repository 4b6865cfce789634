"""Normalising a recognised time expression to an ISO 8601 (TimeML) value.

`resolve(cand, dct, tense)` returns `(value, granularity, anchor)` or None. `dct` is the
publication date (`Dct`, whose year may be unknown for partial dates such as "--01-13");
`tense` is "past", "future", "present" or None, read from the governing verb. Values keep
the expression's own granularity: "2014-12-16", "2014-12", "2008", "2015-W03",
"2015-01-12T12:20", "--12-16" (year unknown), "P3Y" (durations), "PRESENT_REF".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from .times_grammar import (
    PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, Cand, month_number, number,
)

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


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _choose(options: list, ref, tense: Optional[str], default=None):
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
    return min(options, key=lambda o: abs(_dist(o, ref)))


def _near(chosen, options, ref, far: float, close: float):
    """A choice far from publication gives way to one close on the other side: "early
    November" read as past in late October is next month rather than a year ago."""
    if abs(_dist(chosen, ref)) <= far:
        return chosen
    nearest = min(options, key=lambda o: abs(_dist(o, ref)))
    return nearest if abs(_dist(nearest, ref)) <= close else chosen


def _dist(a, b) -> float:
    if isinstance(a, date):
        return (a - b).days
    if isinstance(a, tuple):
        return (a[0] - b[0]) * 12 + (a[1] - b[1])
    return a - b


def _ok(value: str, gran: str, absolute: bool) -> tuple[str, str, str]:
    return value, gran, "absolute" if absolute else "published"


def resolve(c: Cand, dct: Optional[Dct], tense: Optional[str], text: str = "") -> Result:
    f = c.f
    fn = _KINDS.get(c.kind)
    if fn is None:
        return None
    try:
        return fn(f, dct, tense, text)
    except (ValueError, OverflowError, KeyError):
        return None


def _year(s: str) -> int:
    y = int(s)
    if len(s) == 2:
        y += 1900 if y >= 50 else 2000
    return y


def r_date(f, dct, tense, text) -> Result:
    month = int(f["mon"]) if "mon" in f else month_number(f["month"]) if "month" in f else None
    day = int(f["day"]) if "day" in f else None
    if month is None or not 1 <= month <= 12:
        return None
    if "year" in f:
        y = _year(f["year"])
        if day is None:
            return _ok(fmt_month(y, month), "month", True)
        if not _valid(y, month, day):
            return None
        if f.get("hour"):
            return _ok(f"{fmt_day(y, month, day)}T{f['hour']}:{f['minute']}", "minute", True)
        return _ok(fmt_day(y, month, day), "day", True)
    if day is None or not _valid(2000, month, day) or dct is None:
        return None
    if dct.year is None:
        return _ok(fmt_day(None, month, day), "day", False)
    options = [date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1) if _valid(y, month, day)]
    chosen = _near(_choose(options, dct.date, tense), options, dct.date, 270, 90)
    return _ok(chosen.isoformat(), "day", False)


def _rel_offset(rel: str) -> Optional[int]:
    rel = rel.strip().lower()
    if rel in ("last", "the previous", "the past", "previous", "this past", "the latest"):
        return -1
    if rel in ("next", "the coming", "the following", "coming", "this coming"):
        return 1
    if rel in ("this", "the current", "the same", "in the", "current"):
        return 0
    return None


def r_month(f, dct, tense, text) -> Result:
    month = month_number(f["month"])
    if dct is None:
        return None
    off = _rel_offset(f.get("rel", ""))
    if f.get("yrel"):
        if dct.year is None:
            return None
        return _ok(fmt_month(dct.year + (_rel_offset(f["yrel"]) or 0), month), "month", False)
    if dct.year is None:
        return _ok(fmt_month(None, month), "month", False)
    if off == 0:
        return _ok(fmt_month(dct.year, month), "month", False)
    options = [(y, month) for y in (dct.year - 1, dct.year, dct.year + 1)]
    ref = (dct.year, dct.month)
    if off == -1:
        y, m = max(o for o in options if o < ref)
    elif off == 1:
        y, m = min(o for o in options if o > ref)
    else:
        y, m = _near(_choose(options, ref, tense, default=(dct.year, month)), options, ref, 9, 2)
    return _ok(fmt_month(y, m), "month", False)


def r_year(f, dct, tense, text) -> Result:
    return _ok(f"{int(f['year']):04d}", "year", True)


def r_decade(f, dct, tense, text) -> Result:
    if "dec4" in f:
        return _ok(f["dec4"][:3], "decade", True)
    digit = int(f["dec"])
    century = 19
    if dct and dct.year:
        century = dct.year // 100
        if century * 100 + digit * 10 > dct.year:
            century -= 1
    return _ok(f"{century}{digit}", "decade", True)


def _season_index(month: int) -> int:
    return {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(month, 3)


def r_season(f, dct, tense, text) -> Result:
    code = SEASONS[f["season"].lower()]
    if "year" in f:
        return _ok(f"{int(f['year'])}-{code}", "season", True)
    if dct is None or dct.year is None:
        return None
    off = _rel_offset(f.get("rel", ""))
    idx, cur = SEASON_ORDER.index(code), _season_index(dct.month)
    y = dct.year
    if off == 0 or (off is None and tense not in ("past", "future")):
        pass
    elif off == -1 or tense == "past":
        if idx > cur or (off == -1 and idx == cur):
            y -= 1
    elif off == 1 or tense == "future":
        if idx < cur or (off == 1 and idx == cur):
            y += 1
    return _ok(f"{y}-{code}", "season", False)


def r_weekday(f, dct, tense, text) -> Result:
    wd = WEEKDAYS[f["wd"].lower()]
    pod = "T" + PARTS_OF_DAY[f["pod"].lower()] if f.get("pod") else ""
    if f.get("plural"):
        return _ok(f"XXXX-WXX-{wd}{pod}", "set", False)
    if dct is None:
        return None
    if dct.year is None:
        return _ok(f"XXXX-WXX-{wd}{pod}", "day", False)
    d = dct.date
    off = _rel_offset(f.get("rel", ""))
    back = (d.isoweekday() - wd) % 7  # days back to the latest such weekday (0: today)
    fwd = (wd - d.isoweekday()) % 7
    if off == -1:
        target = d - timedelta(days=back or 7)
    elif off == 1:
        target = d + timedelta(days=fwd or 7)
    elif off == 0:
        target = d + timedelta(days=wd - d.isoweekday())
    elif tense == "future" or (tense == "present" and 0 < fwd < back):
        target = d + timedelta(days=fwd)
    else:
        target = d - timedelta(days=back)
    return _ok(target.isoformat() + pod, "part-of-day" if pod else "day", False)


_RELDAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1,
           "before yesterday": -2, "after tomorrow": 2}


def r_relday(f, dct, tense, text) -> Result:
    if dct is None:
        return None
    word = f["word"].lower()
    pod = f.get("pod", "").lower()
    if word == "tonight":
        pod = "night"
    if word == "last" and pod != "night":
        return None  # "last evening" is rare; "last morning" is not a date
    d = dct.date + timedelta(days=_RELDAY[word])
    value = fmt_day(dct.year, d.month, d.day)
    if pod:
        return _ok(value + "T" + PARTS_OF_DAY[pod], "part-of-day", False)
    return _ok(value, "day", False)


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _unit_value(unit: str, d: date, year_known: bool, n: int = 0) -> Result:
    """The calendar unit containing `d`, moved n units."""
    if unit in ("week", "weekend"):
        t = d + timedelta(weeks=n)
        if not year_known:
            return None
        y, w, _ = t.isocalendar()
        return _ok(f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else ""), "week", False)
    if unit == "month":
        y, m = _shift_month(d.year, d.month, n)
        return _ok(fmt_month(y if year_known else None, m), "month", False)
    if not year_known:
        return None
    if unit in ("year", "fiscal year"):
        return _ok(f"{d.year + n}", "year", False)
    if unit == "quarter":
        y, q = divmod(d.year * 4 + (d.month - 1) // 3 + n, 4)
        return _ok(f"{y}-Q{q + 1}", "quarter", False)
    if unit == "decade":
        return _ok(f"{(d.year // 10) + n}", "decade", False)
    if unit == "century":
        return _ok(f"{(d.year // 100) + n}", "century", False)
    if unit == "day":
        t = d + timedelta(days=n)
        return _ok(t.isoformat(), "day", False)
    return None


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
            "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26)}
NTH_WEEKDAY = {"thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1)}  # month, weekday, nth


def r_holiday(f, dct, tense, text) -> Result:
    name = f["holiday"].lower()
    years = [int(f["year"])] if "year" in f else ([dct.year - 1, dct.year, dct.year + 1] if dct and dct.year else [])
    options = []
    for y in years:
        if name in HOLIDAYS:
            options.append(date(y, *HOLIDAYS[name]))
        elif name in NTH_WEEKDAY:
            m, wd, nth = NTH_WEEKDAY[name]
            first = date(y, m, 1)
            options.append(first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1)))
        elif name == "memorial day":
            last = date(y, 5, 31)
            options.append(last - timedelta(days=(last.isoweekday() - 1) % 7))
    if not options:
        return None
    if len(options) == 1:
        return _ok(options[0].isoformat(), "day", True)
    return _ok(_choose(options, dct.date, tense).isoformat(), "day", False)


def r_relunit(f, dct, tense, text) -> Result:
    unit = f["unit"].lower()
    rel = f.get("rel", "").lower()
    if unit == "weekend" and rel == "the" and dct is not None and dct.year:
        d = dct.date
        if tense == "future":
            return _unit_value("weekend", d + timedelta(days=(6 - d.isoweekday()) % 7), True)
        return _unit_value("weekend", d - timedelta(days=(d.isoweekday() - 6) % 7 if d.isoweekday() >= 6 else d.isoweekday() + 1), True)
    if rel == "the past" and not f.get("pre"):
        return _duration(1, unit)
    if dct is None:
        return None
    off = _rel_offset(rel)
    if f.get("pre"):
        off = 0 if rel in ("this", "in the") else off
    if off is None:
        off = 0
    return _unit_value(unit, dct.date, dct.year is not None, off)


def r_ago(f, dct, tense, text) -> Result:
    n = number(f.get("num"))
    unit = f["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    if dct is None:
        return None
    if n is None:
        return _ok("PAST_REF" if f["dir"].lower() in ("ago", "earlier", "before") else "FUTURE_REF", "ref", False)
    sign = 1 if f["dir"].lower() in ("later", "from now", "hence") else -1
    n = int(n) if n == int(n) else n
    if not isinstance(n, int):
        return None
    if unit in ("second", "minute", "hour"):
        return _ok(fmt_day(dct.year, dct.month, dct.day), "day", False) if dct.year else None
    if unit == "year":
        return _ok(f"{dct.year + sign * n}", "year", False) if dct.year else None
    if unit == "decade":
        return _ok(f"{(dct.year + sign * 10 * n) // 10}", "decade", False) if dct.year else None
    if unit == "century":
        return _ok(f"{(dct.year + sign * 100 * n) // 100}", "century", False) if dct.year else None
    if unit == "month":
        y, m = _shift_month(dct.year or REF_YEAR, dct.month, sign * n)
        return _ok(fmt_month(y if dct.year else None, m), "month", False)
    if unit in ("week", "fortnight"):
        return _unit_value("week", dct.date, dct.year is not None, sign * n * (2 if unit == "fortnight" else 1))
    if unit == "day":
        t = dct.date + timedelta(days=sign * n)
        return _ok(fmt_day(dct.year and t.year, t.month, t.day), "day", False)
    return None


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "final": 4}


def r_quarter(f, dct, tense, text) -> Result:
    ord_ = f.get("ord", "").lower()
    if "year" in f:
        if ord_ not in _ORD:
            return None
        return _ok(f"{int(f['year'])}-Q{_ORD[ord_]}", "quarter", True)
    if dct is None or dct.year is None:
        return None
    cur = (dct.month - 1) // 3 + 1
    if ord_ in _ORD and f.get("yrel"):
        y = dct.year + (_rel_offset(f["yrel"]) or 0)
        return _ok(f"{y}-Q{_ORD[ord_]}", "quarter", False)
    if ord_ in _ORD:
        q = _ORD[ord_]
        # reported quarters are finished or running ones; a later one needs "next"
        y = dct.year if q <= cur or tense == "future" else dct.year - 1
        if f.get("ago"):
            y -= 1
        return _ok(f"{y}-Q{q}", "quarter", False)
    if ord_ in ("latest", "last", "") and not text.lower().startswith("the"):
        return None
    if f.get("ago") and ord_ in ("", "same"):  # "the year-ago quarter": the last full one, a year before
        return _unit_value("quarter", dct.date, True, -5)
    if ord_ in ("year-earlier", "same"):
        return None
    n = -1 if ord_ in ("latest", "last") or (ord_ == "" and tense == "past") else 0
    return _unit_value("quarter", dct.date, True, n)


def r_half(f, dct, tense, text) -> Result:
    h = 1 if f["ord"].lower() in ("first", "1st") else 2
    if "year" in f:
        return _ok(f"{int(f['year'])}-H{h}", "half", True)
    if dct is None or dct.year is None:
        return None
    y = dct.year
    if tense == "past" and h == 2 and dct.month <= 6:
        y -= 1
    return _ok(f"{y}-H{h}", "half", False)


def r_century(f, dct, tense, text) -> Result:
    return _ok(f"{int(f['ord']) - 1:02d}", "century", True)


def r_clock(f, dct, tense, text) -> Result:
    word = f.get("word", "").lower()
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(f["hour"]), int(f.get("minute") or 0)
        ampm = f.get("ampm", "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23 or (not ampm and not f.get("minute")):
            return None
    zone = "Z" if f.get("tz", "").upper() in ("UTC", "GMT") else ""
    day = f.get("date")
    if day is None:
        if dct is None:
            return _ok(f"T{hour:02d}:{minute:02d}{zone}", "minute", True)
        day = fmt_day(dct.year, dct.month, dct.day)
    return _ok(f"{day}T{hour:02d}:{minute:02d}{zone}", "minute", False)


_REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def r_ref(f, dct, tense, text) -> Result:
    return _ok(_REFS[f["pattern"]], "ref", False)


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration(n: Optional[float], unit: str) -> Result:
    unit = unit.lower().rstrip("s")
    if unit.startswith("centur"):
        unit = "century"
    letter, timed = UNITS[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    if letter in ("DE", "CE"):  # decades and centuries in years, as the corpora write them
        letter, n = "Y", (None if n is None else n * (10 if letter == "DE" else 100))
    amount = "X" if n is None else _num_str(n)
    return _ok(("PT" if timed else "P") + amount + letter, "duration", True)


def r_duration(f, dct, tense, text) -> Result:
    if f.get("old", "").lower() == "old":
        return None  # an age ("six-year-old"), not a time
    n = number(f.get("num")) if f.get("num") else 1.0
    if f.get("num", "").lower() == "a" and f["unit"].lower() == "second":
        return None  # "a second attempt"
    return _duration(n, f["unit"])


def r_duration_vague(f, dct, tense, text) -> Result:
    return _duration(None, f["unit"])


_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M"}


def r_set(f, dct, tense, text) -> Result:
    if "word" in f:
        return _ok(_SET[f["word"].lower()], "set", True)
    unit = f["unit"].lower()
    if unit in WEEKDAYS:
        return _ok(f"XXXX-WXX-{WEEKDAYS[unit]}", "set", True)
    if unit in ("morning", "night", "evening"):
        return _ok(f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "set", True)
    if unit in ("summer", "winter"):
        return _ok(f"XXXX-{SEASONS[unit]}", "set", True)
    if unit == "quarter":
        return _ok("P3M", "set", True)
    value, _, _ = _duration(1, unit)
    return _ok(value, "set", True)


_KINDS = {
    "date": r_date, "month": r_month, "year": r_year, "decade": r_decade, "season": r_season,
    "weekday": r_weekday, "holiday": r_holiday, "relday": r_relday, "relunit": r_relunit, "ago": r_ago,
    "quarter": r_quarter, "half": r_half, "century": r_century, "clock": r_clock, "ref": r_ref,
    "duration": r_duration, "duration_vague": r_duration_vague, "set": r_set,
}
