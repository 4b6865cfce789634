"""Normalisers for what is not a calendar point reached by counting from the publication date:
holidays, clock times, TimeML's vague references, durations and sets."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from .times_calendar import Result, choose, fmt_day, ok, unit_value
from .times_grammar import PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, number


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
        elif name == "election day":  # US: the Tuesday after the first Monday of November
            first = date(y, 11, 2)
            options.append(first + timedelta(days=(2 - first.isoweekday()) % 7))
        elif name.startswith("easter") or name == "good friday":
            options.append(easter(y) - timedelta(days={"good friday": 2, "easter week": 6}.get(name, 0)))
    if not options:
        return None
    chosen = options[0] if len(options) == 1 else choose(options, dct.date, tense)
    if name == "easter week":  # Holy Week, Monday to Easter Sunday
        iy, iw, _ = chosen.isocalendar()
        return ok(f"{iy}-W{iw:02d}", "week", len(options) == 1)
    return ok(chosen.isoformat(), "day", len(options) == 1)


def easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(y, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def r_clock(f, dct, tense, text) -> Result:
    word = f.get("word", "").lower()
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(f["hour"]), int(f.get("minute") or 0)
        ampm = f.get("ampm", "").lower() or {"morning": "am", "afternoon": "pm", "evening": "pm"}.get(
            f.get("pod", "").lower(), "")
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
            return ok(f"T{hour:02d}:{minute:02d}{zone}", "minute", True)
        day = fmt_day(dct.year, dct.month, dct.day)
    return ok(f"{day}T{hour:02d}:{minute:02d}{zone}", "minute", False)


_REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def r_ref(f, dct, tense, text) -> Result:
    return ok(_REFS[f["pattern"]], "ref", False)


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration(n: Optional[float], unit: str) -> Result:
    unit = unit.lower().rstrip("s")
    if unit.startswith("centur"):
        unit = "century"
    if unit in ("summer", "winter"):
        return ok(f"XXXX-{SEASONS[unit]}", "set", True) if n is not None and n > 1 else None
    if unit == "quarter":
        return ok("PXQ" if n is None else f"P{_num_str(n)}Q", "duration", True)
    letter, timed = UNITS[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    if n is not None and n != int(n) and (n * 2) == int(n * 2) and unit in _HALVES:
        sub_letter, sub_n, sub_timed = _HALVES[unit]  # "2 1/2 years" = P2Y6M
        whole = int(n)
        head = ("PT" if timed else "P") + (f"{whole}{letter}" if whole else "")
        return ok(head + ("T" if sub_timed and not timed else "") + f"{sub_n}{sub_letter}", "duration", True)
    if letter in ("DE", "CE"):  # decades and centuries in years, as the corpora write them
        letter, n = "Y", (None if n is None else n * (10 if letter == "DE" else 100))
    amount = "X" if n is None else _num_str(n)
    return ok(("PT" if timed else "P") + amount + letter, "duration", True)


_HALVES = {"year": ("M", 6, False), "month": ("D", 15, False), "day": ("H", 12, True),
           "hour": ("M", 30, True), "minute": ("S", 30, True)}


def r_duration(f, dct, tense, text) -> Result:
    if f.get("old", "").lower() == "old":
        return None  # an age ("six-year-old"), not a time
    n = number(f.get("num")) if f.get("num") else (None if f.get("plural") else 1.0)
    if f.get("num", "").lower() == "a" and f["unit"].lower() == "second":
        return None  # "a second attempt"
    if f.get("pattern") == "duration2" and not f.get("plural") and dct is not None \
            and f.get("span", "").lower().strip() in ("past", "last", "previous") \
            and f["unit"].lower() in ("year", "month") and text[:4].lower() == "the ":
        # "the past year", "in the last week": the calendar unit before publication
        return unit_value(f["unit"].lower(), dct.date, dct.year is not None, -1)
    if f.get("rate"):
        value = duration(1, f["unit"])
        return ok(value[0], "set", True) if value else None
    if f.get("pattern") == "half_unit":
        n = 1.5
    return duration(n, f["unit"])


def r_duration_vague(f, dct, tense, text) -> Result:
    return duration(None, f["unit"])


_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M"}


def r_set(f, dct, tense, text) -> Result:
    if "word" in f:
        return ok(_SET[f["word"].lower()], "set", True)
    unit = f["unit"].lower()
    if unit in WEEKDAYS:
        return ok(f"XXXX-WXX-{WEEKDAYS[unit]}", "set", True)
    if unit in ("morning", "night", "evening"):
        return ok(f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "set", True)
    if unit in ("summer", "winter"):
        return ok(f"XXXX-{SEASONS[unit]}", "set", True)
    if unit == "quarter":
        return ok("P3M", "set", True)
    value, _, _ = duration(1, unit)
    return ok(value, "set", True)
