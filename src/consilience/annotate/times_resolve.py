"""Normalising a recognised time expression to an ISO 8601 (TimeML) value.

`resolve(cand, dct, tense)` returns `(value, granularity, anchor)` or None. `dct` is the
publication date (`Dct`, whose year may be unknown for partial dates such as "--01-13");
`tense` is "past", "future", "present" or None, read from the governing verb. Values keep
the expression's own granularity: "2014-12-16", "2014-12", "2008", "2015-W03",
"2015-01-12T12:20", "--12-16" (year unknown), "P3Y" (durations), "PRESENT_REF".
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from .times_calendar import (
    REF_YEAR, SEASON_ORDER, Dct, Result, choose, fmt_day, fmt_month, near, ok, parse_dct,
    shift_month, unit_value, valid_date,
)
from .times_durations import (
    duration, r_clock, r_duration, r_duration_vague, r_holiday, r_ref, r_set,
)
from .times_grammar import PARTS_OF_DAY, SEASONS, WEEKDAYS, Cand, month_number, number

__all__ = ["Dct", "parse_dct", "resolve", "REF_YEAR"]


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
            return ok(fmt_month(y, month), "month", True)
        if not valid_date(y, month, day):
            return None
        if f.get("hour"):
            return ok(f"{fmt_day(y, month, day)}T{f['hour']}:{f['minute']}", "minute", True)
        return ok(fmt_day(y, month, day), "day", True)
    if day is None or not valid_date(2000, month, day) or dct is None:
        return None
    if f.get("rel"):  # "last Oct. 23", "next March 1"
        tense = "past" if f["rel"].lower() == "last" else "future"
    if dct.year is None:
        return ok(fmt_day(None, month, day), "day", False)
    options = [date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1) if valid_date(y, month, day)]
    chosen = near(choose(options, dct.date, tense), options, dct.date, 270, 90)
    return ok(chosen.isoformat(), "day", False)


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
        return ok(fmt_month(dct.year + (_rel_offset(f["yrel"]) or 0), month), "month", False)
    if dct.year is None:
        return ok(fmt_month(None, month), "month", False)
    if off == 0:
        return ok(fmt_month(dct.year, month), "month", False)
    options = [(y, month) for y in (dct.year - 1, dct.year, dct.year + 1)]
    ref = (dct.year, dct.month)
    if off == -1:
        y, m = max(o for o in options if o < ref)
    elif off == 1:
        y, m = min(o for o in options if o > ref)
    else:
        y, m = near(choose(options, ref, tense), options, ref, 9, 2)
    return ok(fmt_month(y, m), "month", False)


def r_year(f, dct, tense, text) -> Result:
    if "spoken" in f:
        words = f["spoken"].lower().replace(" and ", " ").replace("hundred ", "").split(" ", 1)
        if words[0] == "nineteen":
            rest = number(words[1]) if len(words) > 1 else None
            return ok(f"19{int(rest):02d}", "year", True) if rest is not None and rest < 100 else None
        rest = number(words[1].replace("thousand", "").strip() or "zero") if len(words) > 1 else 0
        return ok(f"{2000 + int(rest or 0):04d}", "year", True)
    if "yy" in f:  # "'82": the latest such year not after publication
        yy = int(f["yy"])
        ref = dct.year if dct is not None and dct.year else None
        if ref is None:
            return None
        y = 2000 + yy if 2000 + yy <= ref else 1900 + yy
        return ok(f"{y:04d}", "year", False)
    return ok(f"{int(f['year']):04d}", "year", True)


def r_the_day(f, dct, tense, text) -> Result:
    day = f.get("ref_day")
    if not day and dct is None:
        return None
    day = day or fmt_day(dct.year, dct.month, dct.day)
    if f.get("pod"):  # "that night": the part of the day last named
        return ok(f"{day}T{PARTS_OF_DAY[f['pod'].lower()]}", "part-of-day", False)
    return ok(day, "day", False)


DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def r_decade(f, dct, tense, text) -> Result:
    if "dec4" in f:
        return ok(f["dec4"][:3], "decade", True)
    if "decw" in f:  # "the nineties"
        f = dict(f, dec=str(DECADE_WORDS.index(f["decw"].lower()) + 2))
    digit = int(f["dec"])
    century = 19
    if dct and dct.year:
        century = dct.year // 100
        if century * 100 + digit * 10 > dct.year:
            century -= 1
    return ok(f"{century}{digit}", "decade", True)


def _season_index(month: int) -> int:
    return {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(month, 3)


def r_season(f, dct, tense, text) -> Result:
    code = SEASONS[f["season"].lower()]
    if "year" in f:
        return ok(f"{int(f['year'])}-{code}", "season", True)
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
    return ok(f"{y}-{code}", "season", False)


def r_weekday(f, dct, tense, text) -> Result:
    wd = WEEKDAYS[f["wd"].lower()]
    pod = "T" + PARTS_OF_DAY[f["pod"].lower()] if f.get("pod") else ""
    if f.get("plural"):
        return ok(f"XXXX-WXX-{wd}{pod}", "set", False)
    if dct is None:
        return None
    if dct.year is None:
        return ok(f"XXXX-WXX-{wd}{pod}", "day", False)
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
    return ok(target.isoformat() + pod, "part-of-day" if pod else "day", False)


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
        return ok(value + "T" + PARTS_OF_DAY[pod], "part-of-day", False)
    return ok(value, "day", False)


def r_relunit(f, dct, tense, text) -> Result:
    unit = f["unit"].lower()
    rel = f.get("rel", "").lower()
    if unit == "weekend" and rel == "the" and dct is not None and dct.year:
        d = dct.date
        if tense == "future":
            return unit_value("weekend", d + timedelta(days=(6 - d.isoweekday()) % 7), True)
        return unit_value("weekend", d - timedelta(days=(d.isoweekday() - 6) % 7 if d.isoweekday() >= 6 else d.isoweekday() + 1), True)
    if f.get("same_as_value"):
        return f["same_as_value"]
    if f.get("narrative"):
        return ok(f["narrative"], unit, False)
    if rel == "that" and unit in ("year", "month", "quarter", "week", "decade"):
        return None  # "that year" with no year named before: unknown
    if f.get("since") and dct is not None and dct.year:
        return ok(f"{dct.year - 1}", "year", False)  # "since year-end": the last one passed
    if rel == "the past" and not f.get("pre"):
        if unit in ("year", "month") and dct is not None:  # "the past year": the one before publication
            return unit_value(unit, dct.date, dct.year is not None, -1)
        return duration(1, unit)
    if dct is None:
        return None
    off = _rel_offset(rel)
    if f.get("pre"):
        off = 0 if rel in ("this", "in the") else off
    if off is None:
        off = 0
    return unit_value(unit, dct.date, dct.year is not None, off)


def r_ago(f, dct, tense, text) -> Result:
    n = number(f.get("num"))
    unit = f["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    if dct is None:
        return None
    if n is None:
        return ok("PAST_REF" if f["dir"].lower() in ("ago", "earlier", "before") else "FUTURE_REF", "ref", False)
    sign = 1 if f["dir"].lower() in ("later", "from now", "hence") else -1
    n = int(n) if n == int(n) else n
    if not isinstance(n, int):
        return None
    if unit in ("second", "minute", "hour"):
        return ok(fmt_day(dct.year, dct.month, dct.day), "day", False) if dct.year else None
    if unit == "year":
        return ok(f"{dct.year + sign * n}", "year", False) if dct.year else None
    if unit == "decade":
        return ok(f"{(dct.year + sign * 10 * n) // 10}", "decade", False) if dct.year else None
    if unit == "century":
        return ok(f"{(dct.year + sign * 100 * n) // 100}", "century", False) if dct.year else None
    if unit == "month":
        y, m = shift_month(dct.year or REF_YEAR, dct.month, sign * n)
        return ok(fmt_month(y if dct.year else None, m), "month", False)
    if unit in ("week", "fortnight"):
        return unit_value("week", dct.date, dct.year is not None, sign * n * (2 if unit == "fortnight" else 1))
    if unit == "day":
        t = dct.date + timedelta(days=sign * n)
        return ok(fmt_day(dct.year and t.year, t.month, t.day), "day", False)
    return None


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "final": 4}


def r_quarter(f, dct, tense, text) -> Result:
    ord_ = f.get("ord", "").lower()
    if "year" in f:
        if ord_ not in _ORD and f.get("pattern") == "year_quarter":
            q = f.get("q_hint") or (dct and (dct.month - 1) // 3) or 4  # else the last full quarter
            return ok(f"{int(f['year'])}-Q{q}", "quarter", True)
        if ord_ not in _ORD:
            return None
        return ok(f"{int(f['year'])}-Q{_ORD[ord_]}", "quarter", True)
    if dct is None or dct.year is None:
        return None
    cur = (dct.month - 1) // 3 + 1
    if ord_ in _ORD and f.get("yrel"):
        y = dct.year + (_rel_offset(f["yrel"]) or 0)
        return ok(f"{y}-Q{_ORD[ord_]}", "quarter", False)
    if ord_ in _ORD:
        q = _ORD[ord_]
        # reported quarters are finished or running ones; a later one needs "next"
        # ... unless last year's is three quarters back while this year's is the next one
        y = dct.year if q <= cur or tense != "past" or q - cur == 1 else dct.year - 1
        if f.get("ago"):
            y -= 1
        return ok(f"{y}-Q{q}", "quarter", False)
    if f.get("ago") and ord_ in ("", "same"):  # "the year-ago quarter": the last full one, a year before
        return unit_value("quarter", dct.date, True, -5)
    if ord_ in ("latest", "last", "") and not text.lower().startswith("the"):
        return None
    if ord_ in ("latest fiscal", "most recent"):
        ord_ = "latest"
    if ord_ in ("year-earlier", "same"):
        return None
    n = -1 if ord_ in ("latest", "last") or (ord_ == "" and tense == "past") else 0
    return unit_value("quarter", dct.date, True, n)


def r_half(f, dct, tense, text) -> Result:
    h = 1 if f["ord"].lower() in ("first", "1st") else 2  # second, last, latter
    if "year" in f:
        return ok(f"{int(f['year'])}-H{h}", "half", True)
    if dct is None or dct.year is None:
        return None
    y = dct.year
    if tense == "past" and h == 2 and dct.month <= 6:
        y -= 1
    return ok(f"{y}-H{h}", "half", False)


def r_century(f, dct, tense, text) -> Result:
    return ok(f"{int(f['ord']) - 1:02d}", "century", True)


_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def r_week_of(f, dct, tense, text) -> Result:
    """"the last week of March": the ISO week holding most of those seven days."""
    if "year" in f:
        y, m = int(f["year"]), month_number(f["month"])
    else:
        month = r_month(f, dct, tense, text)
        if month is None or not month[0][:4].isdigit():
            return None
        y, m = int(month[0][:4]), int(month[0][5:7])
    wk = f["wk"].lower()
    if wk in _WEEK_DAY:
        d = date(y, m, _WEEK_DAY[wk])
    else:
        ny, nm = shift_month(y, m, 1)
        d = date(ny, nm, 1) - timedelta(days=4)
    iy, iw, _ = d.isocalendar()
    return ok(f"{iy}-W{iw:02d}", "week", "year" in f)


_KINDS = {
    "date": r_date, "month": r_month, "year": r_year, "decade": r_decade, "season": r_season,
    "week_of": r_week_of,
    "weekday": r_weekday, "holiday": r_holiday, "the_day": r_the_day, "relday": r_relday, "relunit": r_relunit, "ago": r_ago,
    "quarter": r_quarter, "half": r_half, "century": r_century, "clock": r_clock, "ref": r_ref,
    "duration": r_duration, "duration_vague": r_duration_vague, "set": r_set,
}
