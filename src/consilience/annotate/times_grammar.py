"""Recognising time expressions: a small grammar of regular expressions over the clean text.

Each match becomes a `Cand`: its character extent, a `kind` and the fields the normaliser
(`times_resolve`) needs. Nothing here knows the publication date or the sentence's tense;
that is resolution's job. Overlapping matches are settled longest-first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .prefilter import Haystack, may_match, required_literals

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
            "saturday": 6, "sunday": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNITS = {  # unit -> (ISO duration letter, needs the T designator)
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "month": ("M", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "centurie": ("CE", False), "fortnight": ("W", False),
}
SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "a dozen": 12,
    "half a": 0.5, "a half": 0.5, "single": 1,
}
VAGUE = {"a few", "few", "several", "many", "some", "a couple of", "a couple", "couple of",
         "the", "recent", "coming", "next", "last", "past"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "last": 4, "final": 4}

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?P<month>{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            r"|seventeen|eighteen|nineteen|hundred|a dozen|half a|single)")
NUM = (rf"(?P<num>\d+(?:\.\d+)?(?: 1/2| and a half)?|{_WORDNUM}(?: and a half)?|a|an|a few|few|several|many|some"
       r"|a couple of|a couple|couple of)")
UNIT = r"(?:trading |business |working )?(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|summer|winter|year|decade|centur(?:y|ie))"
POD = r"(?P<pod>morning|afternoon|evening|night)"
MOD = r"(?:(?P<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of)[- ](?:in )?)?"
B = r"(?<![\w$£€.-])"  # a match starts at a word boundary, not inside a number or a word
E = r"(?![\w-]|\.\d)"

# patterns that count only after one of these words (checked after matching: look-behinds are slow)
PRECEDED_BY = {"short_year": {"in", "of", "since", "from", "until", "by", "and", "to"},  # "in '82"
               "for_year": {"for"}}


@dataclass
class Cand:
    start: int
    end: int
    kind: str
    f: dict = field(default_factory=dict)
    source: str = "grammar"

    @property
    def length(self) -> int:
        return self.end - self.start


def number(word: Optional[str]) -> Optional[float]:
    """A number in digits or words; None for vague amounts ("several")."""
    if word is None:
        return None
    w = word.lower().strip()
    if w in VAGUE:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    half = 0.0
    for suffix in (" 1/2", " and a half"):
        if w.endswith(suffix):
            w, half = w[: -len(suffix)], 0.5
    try:
        return float(w) + half
    except ValueError:
        pass
    if w in SMALL:
        return float(SMALL[w]) + half
    parts = re.split(r"[- ]", w)
    if all(p in SMALL for p in parts):
        return float(sum(SMALL[p] for p in parts)) + half
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


# (name, regex, kind). Order does not matter: the longest match wins.
PATTERNS: list[tuple[str, str, str]] = [
    ("iso", rf"{B}(?P<year>\d{{4}})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?{E}", "date"),
    ("numeric", rf"{B}(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{{4}}|\d\d){E}", "date"),
    ("month_day", rf"{B}{MOD}(?:(?P<rel>[Ll]ast|[Nn]ext) )?{MONTH} {DAY}(?:(?:,| of)? {YEAR})?{E}", "date"),
    ("day_month", rf"{B}{MOD}(?:the )?{DAY} (?:of )?{MONTH}(?:,? {YEAR})?{E}", "date"),
    ("month_year", rf"{B}{MOD}{MONTH}(?:,| of)? {YEAR}{E}", "date"),
    ("month", rf"{B}{MOD}(?P<rel>last |this |next |)(?:{MONTH}){E}", "month"),
    ("month_relyear", rf"{B}{MOD}{MONTH}(?: of)? (?P<yrel>this|last|next) year{E}", "month"),
    ("year", rf"{B}{MOD}(?:(?:the )?(?P<fiscal>fiscal|calendar) (?:year )?)?{YEAR}{E}", "year"),
    ("decade3", rf"(?<=\bthe )(?:(?P<mod>early|late|mid)[- ])?(?P<dec>[1-9])0s{E}", "decade"),
    ("decade_word", rf"{B}the (?:(?P<mod>early|late|mid)[- ])?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){E}", "decade"),
    ("short_year", rf"(?<=\w )['’](?P<yy>\d\d){E}", "year"),
    ("decade2", rf"{B}(?:the )?(?:{MOD})?['’](?P<dec>\d)0s{E}", "decade"),
    ("season_year", rf"{B}{MOD}(?:the )?(?P<season>spring|summer|fall|autumn|winter)(?: of)? {YEAR}{E}", "season"),
    ("season", rf"{B}{MOD}(?P<rel>last |this |next |the |)(?P<season>spring|summer|autumn|winter){E}", "season"),
    ("fall", rf"{B}{MOD}(?P<rel>last |this |next )(?P<season>fall){E}", "season"),
    ("weekday", rf"{B}(?P<rel>last |this |next |this past |this coming |)(?:{WEEKDAY})(?P<plural>s)?(?:[ -]{POD})?{E}", "weekday"),
    ("today", rf"{B}(?P<word>today|yesterday|tomorrow|tonight)(?:[ -]{POD})?(?![\w-]|\.\d)", "relday"),
    ("today2", rf"{B}(?P<word>this|last|tomorrow|yesterday) {POD}{E}", "relday"),
    ("daybefore", rf"{B}the day (?P<word>before yesterday|after tomorrow){E}", "relday"),
    ("relunit", rf"{B}{MOD}(?P<pre>earlier |later )?(?P<rel>last|this|next|that|the current|the coming|the previous|the past|the following|the same|the latest|the first|the current) "
                rf"(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal year){E}", "relunit"),
    ("weekend", rf"{B}(?P<rel>the|this|last|next|this past|this coming) (?P<unit>weekend){E}", "relunit"),
    ("holiday", rf"{B}(?P<holiday>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine's Day|Labor Day|Memorial Day|Boxing Day|Election Day|Easter(?: Sunday| Day| week)?|Good Friday)"
                rf"(?:,? {YEAR})?{E}", "holiday"),
    ("period", rf"{B}the (?P<ord>latest|latest fiscal|most recent|same) (?:period|quarter){E}", "quarter"),
    # "the year ended March 31": the twelve months before that date, a duration
    ("year_ended", rf"{B}the (?:fiscal )?(?P<unit>year)(?= (?:ended|ending|to) ){E}", "duration"),
    # "for the year": the year being reported, the current one
    ("for_year", rf"{B}(?P<rel>the) (?:fiscal )?(?P<unit>year)(?! (?:ended|ending|to|before|after|ago|earlier|later|that|when|in|of|\d|two|nineteen)\b)(?![\w'’-]){E}", "relunit"),
    # "the end of the year", "the start of the month": that part of the current unit
    ("unit_edge", rf"{B}(?:the )?(?P<mod>end|beginning|start|middle|turn) of the (?P<unit>year|month|week|quarter|decade|century)"
                  rf"(?! (?:of|before|after|in|when|that|ago|earlier|later)\b)(?!['’-]){E}", "relunit"),
    ("year_end", rf"{B}(?:(?P<rel>this|last|next) )?(?P<unit>year)(?:-end|'s end|’s end| end)(?![\w-]){E}", "relunit"),
    ("fullyear", rf"{B}(?P<rel>the) (?P<adj>full|current|fiscal|calendar|entire|whole) (?P<unit>year){E}", "relunit"),
    ("yearago", rf"{B}(?:the )?(?:comparable |same |corresponding )?(?P<ago>year-earlier|year-ago|year earlier)(?: (?:period|quarter|results))?{E}", "quarter"),
    ("the_day", rf"{B}(?:the|that) (?:same )?day(?! (?:of|when|that|before|after|in|on)\b){E}", "the_day"),
    # "9 p.m. that night (when ...)": the part of the day last named
    ("that_pod", rf"{B}that (?:same )?{POD}(?! of\b){E}", "the_day"),
    ("spoken_year", rf"{B}(?:the year )?(?P<spoken>nineteen (?:hundred (?:and )?)?{_WORDNUM}|two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?){E}", "year"),
    ("early", rf"{B}(?P<pre>earlier|later) (?P<rel>this|that|in the) (?P<unit>week|month|year|decade){E}", "relunit"),
    ("ago", rf"{B}{NUM} (?P<unit>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s? (?P<dir>ago|earlier|later|from now|hence){E}", "ago"),
    ("quarter", rf"{B}(?:the )?(?:(?:comparable |same )?(?P<ago>year-earlier|year-ago|year earlier|year ago) )?(?P<fy>fiscal |)(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|year-earlier|same|)(?:[- ](?:fiscal )?)?quarter(?:(?:,| of)? {YEAR}| of (?P<yrel>this|last|next) year)?{E}", "quarter"),
    ("week_of", rf"{B}the (?P<wk>first|second|third|fourth|last|final) week of {MONTH}(?:,? {YEAR})?{E}", "week_of"),
    ("year_quarter", rf"{B}the {YEAR}(?: fiscal)? (?:quarter|period){E}", "quarter"),  # "the 1988 quarter"
    ("quarter_year", rf"{B}(?:the )?(?:{YEAR}|(?P<yrel>this|last|next) year)(?:'s)? (?:fiscal )?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal )?quarter{E}", "quarter"),
    ("half", rf"{B}(?:the )?(?P<ord>first|second|1st|2nd|last|latter)[- ]half(?: of (?:the year|{YEAR}))?(?! of\b){E}", "half"),
    ("decade", rf"{B}(?:the )?{MOD}(?P<dec4>1[5-9]\d0|20[0-2]0)s{E}", "decade"),
    ("century", rf"{B}(?:the )?(?P<ord>\d{{1,2}})(?:st|nd|rd|th) century{E}", "century"),
    ("clock", rf"{B}(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))? ?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|a\.m|p\.m)"
              rf"(?: (?P<tz>[A-Z]{{2,4}}T|GMT|UTC))?(?![\w])", "clock"),
    ("clock24", rf"{B}(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?: (?P<tz>[A-Z]{{2,4}}T|GMT|UTC|hours|hrs))?{E}", "clock"),
    ("clock_mil", rf"{B}(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d) (?P<tz>UTC|GMT)(?![\w]){E}", "clock"),  # "0800 UTC"
    ("noon", rf"{B}(?P<word>noon|midnight|midday){E}", "clock"),
    ("present", rf"{B}(?P<word>now|currently|current|at present|presently|these days|nowadays|at the moment|at this time|the present|right now){E}", "ref"),
    ("past", rf"{B}(?P<word>recently|the past|lately|the recent past|recent){E}", "ref"),
    ("future", rf"{B}(?P<word>the future|the near future|the near term|the long term|the short term|coming (?:days|weeks|months|years)|the (?:days|weeks|months|years) ahead|as soon as possible){E}", "ref"),
    ("duration", rf"{B}(?:the )?(?P<span>(?:past|last|next|first|coming|previous|following|final|remaining) )?(?:{NUM})(?: more| or so| straight| consecutive| full)?[ -]{UNIT}s?(?:[- ](?P<old>old|long))?{E}", "duration"),
    ("duration2", rf"{B}(?:the )?(?P<span>past|last|next|first|coming|previous|following|final|remaining) {UNIT}(?P<plural>s)?{E}", "duration"),
    ("long_adj", rf"{B}(?P<unit>hour|day|week|month|year|decade)(?P<plural>s)?-long{E}", "duration"),  # "a day-long meeting"
    ("pod_clock", rf"{B}(?P<hour>1[0-2]|[1-9])(?: o'clock)? in the (?P<pod>morning|afternoon|evening){E}", "clock"),
    ("half_unit", rf"{B}(?P<num>a|an) {UNIT} and a half{E}", "duration"),
    ("duration_vague", rf"{B}(?:for |over |over the |in |within )(?P<unit>years|months|weeks|days|decades|hours|minutes)(?: (?:on end|and (?:years|months|weeks|days|decades|hours)))?{E}", "duration_vague"),
    ("recent", rf"{B}(?:recent|the coming|the next few|the past few|the last few) (?P<unit>years|months|weeks|days|decades){E}", "duration_vague"),
    ("set", rf"{B}(?P<q>every|each|per) (?P<unit>second|minute|hour|day|week|month|year|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|night|evening|summer|winter){E}", "set"),
    ("set2", rf"{B}(?P<word>daily|weekly|monthly|yearly|hourly|nightly){E}", "set"),
]

_FLAGS_I = {"decade_word", "long_adj", "year_quarter", "year_ended", "for_year", "unit_edge", "year_end", "period", "fullyear", "yearago", "the_day", "that_pod", "spoken_year", "quarter_year", "ago", "relunit", "early", "duration", "duration2", "half_unit", "duration_vague", "recent", "set",
            "set2", "present", "past", "future", "today", "today2", "daybefore", "noon", "quarter",
            "half", "season", "fall", "season_year", "century"}
_COMPILED = [(name, re.compile(rx, re.IGNORECASE if name in _FLAGS_I else 0), kind)
             for name, rx, kind in PATTERNS]
# What each pattern's matches must contain: a text without it is not scanned (prefilter.py).
_NEEDS = {name: required_literals(rx) for name, rx, _ in _COMPILED}


def _case_ok(name: str, text: str, m: re.Match) -> bool:
    """Case-insensitive patterns may start a sentence capitalised; all-caps headlines aside,
    a capitalised word mid-sentence in those patterns is usually a name ("Summer", "Once")."""
    s = m.group(0)
    if name not in _FLAGS_I or s.isupper():
        return True
    # a capital inside the match that is not a weekday is a name ("Next Generation")
    return not any(w[0].isupper() for w in s.split()[1:] if w.lower() not in WEEKDAYS)


def find_candidates(text: str) -> list[Cand]:
    found: list[Cand] = []
    haystack = Haystack(text)
    for name, rx, kind in _COMPILED:
        if not may_match(_NEEDS[name], haystack):
            continue
        for m in rx.finditer(text):
            if not _case_ok(name, text, m):
                continue
            before = _word_before(text, m.start()) if name in PRECEDED_BY or name == "year_end" else ""
            if name in PRECEDED_BY and before not in PRECEDED_BY[name]:
                continue
            f = {k: v for k, v in m.groupdict().items() if v is not None}
            if name == "year_end" and before == "since":
                f["since"] = True  # "since year-end": the one passed
            f["pattern"] = name
            start = m.start()
            if kind == "duration_vague" and name != "recent":  # "for years": TimeML leaves out "for"
                start += len(m.group(0).split()[0]) + 1
            # leading "the " is kept only where TimeML keeps it (quarters, "the past", durations).
            found.append(Cand(start, m.end(), kind, f))
    return settle(found)


def _word_before(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return text[k + 1:j + 1].lower()


def settle(cands: list[Cand]) -> list[Cand]:
    """Keep the longest of overlapping candidates (ties: the earlier start, then grammar)."""
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.length, c.start, c.source != "grammar")):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: (c.start, c.end))
