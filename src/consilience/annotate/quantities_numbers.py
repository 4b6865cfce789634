"""Number grammar for quantities: find numbers in text and turn them into intervals.

Text-level only (no parse): digits with separators and scale words ("1,500", "3.5 million",
"$250m"), number words ("six", "two-and-a-half", "a dozen", "twenty-one", "dozens of"),
the qualifier before or after ("at least", "more than", "about", "up to", "or more"), the
currency before or after ("$", "US$", "USD", "dollars") and the filters for numbers that are
not counts: years, dates, times of day, ages, ordinals, phone numbers, street addresses.

Interval rules (documented choices):
- exact 166 -> [166, 166]
- at-least 163 -> [163, None]
- more-than N -> [N + 1, None] for whole counts; [N, None] (exclusive bound) for money,
  fractional values and measurements.
- about N -> [0.95 N, 1.05 N]; "nearly"/"almost" N -> about with [0.9 N, N].
- up-to / at-most N -> [0, N]; less-than N -> [0, N - 1] for whole counts, [0, N] otherwise.
- vague plurals: "dozens" -> at-least [24, None], "hundreds" -> [200, None], ...
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "lakh": 10**5, "crore": 10**7}
SHORT_SCALES = {"m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "k": 1000, "tn": 10**12}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6,
         "billions": 2 * 10**9}

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                    "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "rs": "INR", "rs.": "INR", "inr": "INR",
                    "pkr": "PKR", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
                    "chf": "CHF", "cny": "CNY", "rmb": "CNY", "₹": "INR"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "pound": "GBP", "pounds": "GBP", "rupee": "INR", "rupees": "INR",
                  "yen": "JPY", "yuan": "CNY"}

# qualifier phrases before a number -> (qualifier, kind); kind "near" is "nearly/almost"
PRE_QUALIFIERS = [
    (r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than", "at-least"),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|greater\s+than|above|north\s+of", "more-than"),
    (r"about|around|approximately|roughly|some|an\s+estimated|estimated|approx\.?|circa|"
     r"close\s+to|nearly|almost|just\s+under|just\s+over", "about"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as", "up-to"),
    (r"at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of", "at-most"),
    (r"less\s+than|fewer\s+than|under|below", "less-than"),
]
POST_QUALIFIERS = [(r"or\s+more|or\s+so|plus|and\s+more|and\s+counting", None)]

_WORDNUM = "|".join(sorted(list(UNITS) + list(SCALES) + ["dozen", "half", "quarter"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = "|".join(SCALES)
_SHORT = "|".join(SHORT_SCALES)
_CUR_PRE = r"US\$|A\$|C\$|USD|EUR|GBP|INR|PKR|AUD|CAD|CHF|CNY|RMB|JPY|Rs\.?|\$|€|£|¥|₹"

NUMBER_RE = re.compile(
    r"(?<![\w.,/:$-])"
    r"(?P<cur>(?:" + _CUR_PRE + r")\s?)?"
    r"(?P<num>"
    r"(?:" + _DIGITS + r")(?:\s*-?\s*(?:" + _SCALE_WORDS + r")\b|(?:" + _SHORT + r")\b)?"
    r"|(?:(?:an?|one)\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:" + _WORDNUM + r")(?:(?:\s+|-|\s*-\s*)(?:and\s*-?\s*)?(?:a\s*-?\s*)?(?:" + _WORDNUM + r"))*\b"
    r"|(?:dozens|scores|hundreds|thousands|millions|billions)(?=\s+of\b)"
    r")"
    r"(?P<cur2>\s+(?:" + "|".join(CURRENCY_WORDS) + r")\b)?",
    re.I,
)
_PRE_RE = re.compile(r"(?:\b(?P<q>" + "|".join(f"(?:{p})" for p, _ in PRE_QUALIFIERS) + r"))\s+$", re.I)
_POST_RE = re.compile(r"^\s*(?:(?P<plus>\+)|(?P<q>or\s+more|or\s+so|-?plus\b|and\s+more|and\s+counting))", re.I)
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


@dataclass
class RawNumber:
    start: int  # span incl. qualifier and currency
    end: int
    num_start: int
    num_end: int
    value: float
    qualifier: str
    unit: Optional[str]
    vague: bool = False
    near: bool = False
    role: Optional[str] = None  # set by the word itself: "triple homicide" -> killed
    counts: Optional[str] = None
    high: Optional[float] = None  # a range's upper end: "between 10 and 20", "3-4 people"


def words_to_number(text: str) -> Optional[float]:
    """'two-and-a-half' -> 2.5, 'twenty one' -> 21, 'a dozen' -> 12, 'three hundred thousand'."""
    toks = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not toks:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, tok in enumerate(toks):
        if tok in ("a", "an"):
            if i == 0 or toks[i - 1] not in UNITS:
                current = current or 1
            continue
        if tok in UNITS:
            value, last = UNITS[tok], current % 100
            if last and (value >= 10 or last % 10 or last < 20):
                return None  # "one nineteen" (two numbers in a row: "two eighteen, one nineteen"), not 20
            current += value
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "half":
            current = current + 0.5 if (i > 0 and toks[i - 1] == "a" and current) else (current or 1) * 0.5
        elif tok == "quarter":
            current = current + 0.25 if (i > 0 and toks[i - 1] == "a" and current) else (current or 1) * 0.25
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> Optional[float]:
    t = text.strip()
    low = t.lower()
    if low in VAGUE:
        return float(VAGUE[low])
    m = re.match(r"(" + _DIGITS + r")\s*-?\s*([a-z]*)$", t, re.I)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2).lower()
        if scale:
            if scale in SCALES:
                value *= SCALES[scale]
            elif scale in SHORT_SCALES:
                value *= SHORT_SCALES[scale]
            else:
                return None
        return value
    return words_to_number(t)


def _is_whole(value: float) -> bool:
    return float(value).is_integer()


def interval(value: float, qualifier: str, money: bool = False, near: bool = False,
             measured: bool = False) -> tuple[Optional[float], Optional[float]]:
    whole = _is_whole(value) and not money and not measured
    if qualifier == "exact":
        return value, value
    if qualifier == "at-least":
        return value, None
    if qualifier == "more-than":
        return (value + 1 if whole else value), None
    if qualifier == "about":
        if near:
            return round(value * 0.9, 6), value
        return round(value * 0.95, 6), round(value * 1.05, 6)
    if qualifier in ("up-to", "at-most"):
        return 0.0, value
    if qualifier == "less-than":
        return 0.0, (value - 1 if whole else value)
    return value, value


def _not_a_count(text: str, start: int, end: int, num: str) -> bool:
    """Years, dates, clock times, ages, ordinals, phone numbers, addresses, scores."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 30]
    low_num = num.lower()
    digits = re.fullmatch(r"\d+", num) is not None
    if re.match(r"(?:st|nd|rd|th)\b", after, re.I):
        return True
    if re.match(r"\s*(?:-|\s)\s*(?:year|month|week|day)s?\s*-?\s*olds?\b", after, re.I):
        return True  # age: "25-year-old"
    if re.match(r"\s*(?:years?|yrs?)\s+(?:old|of\s+age)\b", after, re.I):
        return True
    if re.search(r"\b(?:aged?|ages|age\s+of)\s+(?:\d+\s*(?:,|and|to|-)\s*)*$", before, re.I):
        return True
    if digits and re.match(r"'?s\b", after) and re.search(r"\bin\s+(?:their|his|her)\s+(?:early\s+|mid-?\s*|late\s+)?$", before, re.I):
        return True  # "two people in their 20's": an age
    if re.search(r"\b(?:younger|older)\s+than\s+$", before, re.I):
        return True  # "a boy younger than 12": an age
    if re.search(r"\b(?:father|mother|dad|mom|mum|parent|grandfather|grandmother|grandparent)s?\s+of\s+$", before, re.I):
        return True  # "a father of 3": his children, no count of the story's people
    if re.search(r"[A-Z][\w'.-]+\s*,\s*$", before) and re.match(r"\s*(?:[,;)]|of\s|\.(?:\s|$)|$)", after) and digits and int(num) < 110:
        return True  # "John Smith, 25, of ..."
    if re.search(r"\b(?:male|female|man|woman|boy|girl|teen|victim|driver|suspect|son|daughter)s?\s*,\s*(?:also\s+|both\s+)?(?:\d+\s*(?:,|and)\s*)*$", before, re.I) \
            and digits and int(num) < 110 and re.match(r"\s*(?:[,;)]|and\b|\.(?:\s|$)|$)", after):
        return True  # "a male, 17, and two females, 13 and 17"
    if digits and (re.match(r"/\d{1,2}/\d{2,4}\b", after) or re.search(r"\b\d{1,2}/(?:\d{1,2}/)?$", before)):
        return True  # a date written "10/16/16"
    if re.match(r"\s*(?::\d\d|[ap]\.?m\b\.?|o'clock|h\b|hrs\b|GMT|UTC|[ECMP][SD]T\b)", after, re.I) and digits:
        return True  # clock time
    if re.match(r"[-.)]\s?\d{3}", after) or re.search(r"\(\d{3}\)\s?$|\d{3}[-.]$", before):
        return True  # phone number
    if re.search(r"(?:" + _MONTHS + r")\.?\s+$", before, re.I) and digits and int(num) <= 31:
        return True
    if re.search(r"(?:" + _MONTHS + r")\.?\s+\d{1,2},?\s+$", before, re.I) and digits and len(num) == 4:
        return True  # the year of "March 3, 2015"
    if re.match(r"\s+(?:of\s+)?(?:" + _MONTHS + r")\b", after, re.I) and digits and int(num) <= 31:
        return True
    if digits and len(num) == 4 and 1800 <= int(num) <= 2100 \
            and not re.match(r"\s+(?:[a-z]+s|people|men|women|children|police|staff|personnel)\b", after) \
            and not re.search(r"(?:than|least|about|around|some|nearly|almost)\s+$", before, re.I):
        return True  # a year, unless it counts a plural noun or carries a qualifier
    if digits and re.match(r"\s+(?:block|[A-Z][a-z]+\s+(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace)\b\.?)", after):
        return True  # address
    if re.match(r"\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Circle|Terrace|Pkwy|Parkway)\b", after) and digits:
        return True
    if re.search(r"(?:No\.|number|#|Route|Highway|Interstate|I-|US|Channel|page|Page|Section|Article|Flight|Apt\.?|Suite|Unit|Room|Precinct|District|Ward|Exit|Chapter|Code)\s*$", before) and digits:
        return True
    if re.match(r"\s*(?:%|percent|per\s+cent)", after, re.I):
        return False
    if re.match(r"-\d", after) or re.search(r"\d-$", before):
        return True  # scores, ranges of codes, ids
    if low_num in ("one",) and (re.match(r"\s+(?:of|another|day|time|more|after)\b", after, re.I)
                                or re.search(r"\bno\s+$", before, re.I)):
        return True  # "one of the", "one another", "no one": pronoun-like use
    return False


MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
MULTIPLE_RE = re.compile(
    r"\b(?:(?P<mult>double|triple|quadruple|quintuple|sextuple)[\s-]+)?"
    r"(?P<what>(?:fatal\s+)?(?:murders?|homicides?|killings?|slayings?|shootings?|stabbings?))"
    r"(?P<suicide>[\s-]*suicide)?\b", re.I)


def find_multiples(text: str) -> list[RawNumber]:
    """Counts carried by words: "triple homicide" (3 killed), "quadruple shooting" (4 shot),
    "murder-suicide" (at least 2 dead: a victim and the killer), "double murder-suicide" and "murders-suicide" (3 dead)."""
    out = []
    for m in MULTIPLE_RE.finditer(text):
        what = m.group("what").lower()
        lethal = not what.startswith(("shooting", "stabbing"))
        if not m.group("mult") and not (m.group("suicide") and lethal):
            continue
        value = MULTIPLES[m.group("mult").lower()] if m.group("mult") else 2 if what.endswith("s") and m.group("suicide") else 1
        if m.group("suicide") and lethal:
            value += 1
        role = "killed" if lethal else ("shot" if what.startswith("shooting") else "injured")
        # A bare "murder-suicide" is at least a victim and the killer: reports call a family's
        # three deaths one too.
        qualifier = "at-least" if m.group("suicide") and lethal and not m.group("mult") else "exact"
        out.append(RawNumber(m.start(), m.end(), m.start(), m.end(), float(value), qualifier, None,
                             role=role, counts=m.group(0)))
    return out


_HYPHEN_RANGE = re.compile(r"(?<![\w.,/:$-])(\d{1,6})\s?[-–]\s?(\d{1,6})(?![\w.,/:-])(?=\s+(?:of\s+)?[a-z])")


def find_numbers(text: str) -> list[RawNumber]:
    """Numbers with qualifier and currency, sorted; ranges ("between 10 and 20", "10 to 20",
    "3-4 people") come out as one number with `high` set."""
    numbers = _find_numbers(text)
    for m in _HYPHEN_RANGE.finditer(text):
        a, b = float(m.group(1)), float(m.group(2))
        phone_like = len(m.group(1)) == 3 and len(m.group(2)) == 4
        if a < b <= 10 * max(a, 1) and not phone_like and not any(n.start < m.end() and m.start() < n.end for n in numbers) \
                and not _not_a_count(text, m.start(), m.end(), m.group(2)):
            numbers.append(RawNumber(m.start(), m.end(), m.start(), m.end(), a, "about", None, high=b))
    numbers.sort(key=lambda r: r.start)
    out: list[RawNumber] = []
    for n in numbers:
        prev = out[-1] if out else None
        if prev is not None and prev.high is None and prev.role is None and n.role is None \
                and prev.qualifier == "exact" and n.qualifier == "exact" and prev.value < n.value \
                and (prev.unit == n.unit or prev.unit is None or n.unit is None):
            gap = text[prev.end:n.start]
            between = re.search(r"\bbetween\s+$", text[max(0, prev.start - 12):prev.start], re.I)
            if re.fullmatch(r"\s*(?:to|-|–)\s*", gap) or (between and re.fullmatch(r"\s+and\s+", gap)):
                start = prev.start - (len(between.group(0)) if between else 0)
                out[-1] = RawNumber(start, n.end, prev.num_start, n.num_end, prev.value, "about",
                                    prev.unit or n.unit, high=n.value)
                continue
        out.append(n)
    return out


def _find_numbers(text: str) -> list[RawNumber]:
    out: list[RawNumber] = find_multiples(text)
    for m in NUMBER_RE.finditer(text):
        num = m.group("num")
        ns, ne = m.start("num"), m.end("num")
        raw = num.strip()
        low_raw = raw.lower()
        # a bare "a"/"an"/"one" before nothing numeric: "a" alone never matches; bare "half"/"quarter" skip
        if re.fullmatch(r"(?:a|an|one)?\s*(?:half|quarter)", low_raw):
            continue
        if re.fullmatch(r"one", low_raw) and not m.group("cur"):
            # "one" is often a pronoun; kept only before a noun (decided later) -> keep
            pass
        vague = low_raw in VAGUE
        value = parse_number(raw)
        if value is None:
            continue
        if not m.group("cur") and _not_a_count(text, ns, ne, raw):
            continue
        start, end = m.start(), m.end()
        unit = None
        cur = (m.group("cur") or "").strip().lower()
        if cur:
            unit = CURRENCY_SYMBOLS.get(cur) or CURRENCY_SYMBOLS.get(cur.rstrip("."))
        cur2 = (m.group("cur2") or "").strip().lower()
        if cur2:
            unit = unit or CURRENCY_WORDS.get(cur2)
        if not unit:
            # currency code after the number: "250 million USD", "Rs 5 crore" handled above
            after = re.match(r"\s+(USD|EUR|GBP|INR|PKR|AUD|CAD|CHF|CNY|JPY)\b", text[end:end + 6])
            if after:
                unit = CURRENCY_SYMBOLS[after.group(1).lower()]
                end += after.end()
        if not unit:
            pct = re.match(r"\s*(%|percent\b|per\s+cent\b)", text[end:end + 10], re.I)
            if pct:
                unit = "percent"
                end += pct.end()
        qualifier, near = "exact", False
        pre = _PRE_RE.search(text[max(0, start - 40):start])
        if pre:
            q = pre.group("q").lower()
            for pattern, name in PRE_QUALIFIERS:
                if re.fullmatch(pattern, q, re.I):
                    qualifier = name
                    break
            near = bool(re.fullmatch(r"nearly|almost|just\s+under|close\s+to", q, re.I))
            if re.fullmatch(r"just\s+over", q, re.I):
                near = False
            start = start - (len(text[max(0, start - 40):start]) - pre.start())
        post = _POST_RE.match(text[end:end + 20])
        if post:
            qualifier = "about" if (post.group("q") or "").lower().startswith("or so") else "at-least"
            end += post.end()
        if vague and qualifier == "exact":
            qualifier = "at-least"
        out.append(RawNumber(start, end, ns, ne, value, qualifier, unit, vague, near))
    out.sort(key=lambda r: r.start)
    return out
