"""Shapes of the fields news pages carry inside their text: datelines, credits, captions, stamps.

General newsroom conventions (wire datelines, Reuters/AP-style credit lines, photo credits),
not any one page's strings.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Optional

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MONTH_DAY = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"

# Wire agencies are a short, stable, public list; an all-caps acronym line is treated alike.
AGENCIES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "pti": "PTI", "press trust of india": "PTI",
    "ians": "IANS", "ani": "ANI", "upi": "UPI", "dpa": "dpa", "xinhua": "Xinhua", "efe": "EFE",
    "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap", "bloomberg": "Bloomberg",
    "tass": "TASS", "anadolu": "Anadolu", "bernama": "Bernama", "cns": "CNS", "apa": "APA",
}

DATELINE = re.compile(
    rf"""^(?P<lead>
        (?P<place>(?:[A-Z][\w.'’-]*|[A-Z]{{2,}})(?:[ ,]+(?:[A-Z][\w.'’-]*|of|de|al|el)){{0,4}}?)?
        (?:,\s*(?P<date>{MONTH_DAY}|{DAY_MONTH}))?
        \s*(?:\((?P<agency>[A-Za-z][\w .&'-]{{1,40}})\))?
        \s*(?P<sep>[-–—:]{{1,2}})\s+)
    (?=\S)""",
    re.X,
)

_ROLE_WORDS = {
    "writing": "writing", "written": "writing", "reporting": "reporting", "reported": "reporting",
    "additional reporting": "additional-reporting", "editing": "editing", "edited": "editing",
    "compiled": "writing", "photos": "photo", "photo": "photo", "photography": "photo",
    "graphics": "graphics", "video": "video", "by": "author",
}
_CREDIT_SEGMENT = re.compile(
    r"^\s*(?P<role>(?:additional\s+)?(?:writing|written|reporting|reported|editing|edited|compiled|photos?|photography|graphics|video)|by)\s+(?:by\s+)?(?P<names>.+?)\s*\.?\s*$",
    re.I,
)
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|da|del|al|bin|el|la))*$")

_PHOTO_CREDIT = re.compile(
    r"""(?:
        \b(?P<agency>[A-Z]{2,}(?:\s[A-Z]{2,})?)/(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3})\s*\)?\s*$
      | \((?:[A-Z]+\s)?Photo(?:graph)?(?:\s*(?:by|:|/))?\s*(?P<name2>[^)]*)\)\s*$
      | ^(?:Photo|Image|Picture|Photograph)(?:\s+credit)?\s*:\s*(?P<name3>.+)$
      | \b(?:Getty\s+Images|Shutterstock|iStock(?:photo)?|AP\s+Photo)\s*\)?\s*$
    )""",
    re.X,
)
_CAPTION_PREFIX = re.compile(r"^(?:FILE\s+PHOTO|PHOTO|IMAGE)\s*[:\-–]", re.I)

_TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2})(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?")
_RELATIVE = re.compile(
    r"^\s*(?:(?:about|over|almost)\s+)?(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\s*$|^\s*(?:just now|yesterday|today)\s*$",
    re.I,
)
_ABSOLUTE_DATE = re.compile(
    rf"(?P<md>{MONTH_DAY})|(?P<dm>{DAY_MONTH})|(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
)


def agency_name(text: str) -> Optional[str]:
    """The wire agency a short credit names: a known agency or a bare acronym line."""
    cleaned = text.strip().strip("-–—()[]©").strip()
    cleaned = re.sub(r"^(?:\(c\)|copyright)\s+", "", cleaned, flags=re.I).strip()
    if cleaned.lower() in AGENCIES:
        return AGENCIES[cleaned.lower()]
    if re.fullmatch(r"[A-Z]{2,6}", cleaned):
        return cleaned
    return None


def parse_credit_line(line: str) -> list[tuple[str, str]]:
    """'Writing by A and B; additional reporting by C in X; Editing by D' -> [(name, role)].

    Returns [] unless every segment reads as a credit, so prose that happens to contain
    "by" is never taken for a byline.
    """
    segments = [s for s in re.split(r"\s*[;|]\s*|(?<=[a-z])\.\s+(?=[A-Z])", line.strip()) if s.strip()]
    if not segments or len(line) > 300:
        return []
    credits: list[tuple[str, str]] = []
    for segment in segments:
        match = _CREDIT_SEGMENT.match(segment)
        if not match:
            return []
        role = _ROLE_WORDS[re.sub(r"\s+", " ", match.group("role").lower())]
        names = split_names(match.group("names"))
        if not names:
            return []
        credits.extend((name, role) for name in names)
    return credits


def split_names(text: str) -> list[str]:
    text = re.sub(r",?\s+(?:in|from)\s+[A-Z][\w .,'-]*$", "", text.strip())
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if p.strip()]
    parts = [re.sub(r"\s+(?:in|from)\s+[A-Z][\w .'-]*$", "", p) for p in parts]
    if parts and all(_NAME.match(p) and len(p.split()) <= 5 for p in parts):
        return parts
    return []


def photo_credit(line: str) -> Optional[str]:
    """The photographer (or agency) a caption line credits, or None if it is no caption."""
    match = _PHOTO_CREDIT.search(line.strip())
    if not match:
        return "" if _CAPTION_PREFIX.match(line.strip()) else None
    for group in ("name", "name2", "name3"):
        if match.groupdict().get(group):
            return match.group(group).strip()
    return ""


def parse_stamp(text: str) -> tuple[Optional[str], list[str]]:
    """A timestamp line into (ISO date or datetime, relative parts).

    'January 12, 2015 / 12:20 PM / 5 years ago' -> ('2015-01-12T12:20', ['5 years ago']).
    A date without a year gives '--MM-DD'.
    """
    relative = []
    iso = None
    minute = None
    for part in re.split(r"\s+[/|•·]\s+|\s+[-–—]\s+(?=\d)", text.strip()):
        if _RELATIVE.match(part):
            relative.append(part.strip())
            continue
        if iso is None:
            iso = parse_date(part)
        time = _TIME.search(part)
        if time and minute is None:
            hour = int(time.group("h")) % 24
            ampm = (time.group("ampm") or "").lower().replace(".", "").replace(" ", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            if ampm == "am" and hour == 12:
                hour = 0
            if int(time.group("m")) < 60:
                minute = f"{hour:02d}:{time.group('m')}"
    if iso and minute and not iso.startswith("--"):
        iso = f"{iso}T{minute}"
    return iso, relative


def parse_date(text: str) -> Optional[str]:
    match = _ABSOLUTE_DATE.search(text)
    if not match:
        return None
    if match.group("iso"):
        try:
            return datetime.strptime(match.group("iso"), "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    words = re.findall(r"[A-Za-z]+|\d+", match.group(0))
    month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    day = next((n for n in numbers if n <= 31), None)
    year = next((n for n in numbers if n > 31), None)
    if not month or not day:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def is_stamp_line(text: str) -> bool:
    """A line that is a date/time stamp and nothing much else."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80:
        return False
    iso, relative = parse_stamp(stripped)
    if iso is None and not relative:
        return False
    leftover = _ABSOLUTE_DATE.sub("", stripped)
    leftover = _TIME.sub("", leftover)
    for part in relative:
        leftover = leftover.replace(part, "")
    leftover = re.sub(r"(?i)\b(?:updated|published|posted|on|at|gmt|utc|[ecmp][sd]t|ist)\b|[/|•·,:\-–—\s]", "", leftover)
    return len(leftover) <= 3


def title_without_site(title: str) -> tuple[str, Optional[str]]:
    """'Headline :: WRAL.com' -> ('Headline', 'WRAL.com'); site suffixes are short."""
    match = re.match(r"^(?P<head>.{12,}?)\s+(?P<sep>\||::|-|–|—)\s+(?P<site>[^|:–—]{2,40})$", title.strip())
    if not match or len(match.group("site").split()) > 5 or len(match.group("head").split()) < 3:
        return title.strip(), None
    site = match.group("site").strip()
    # A dash also joins the parts of real headlines: take it as a site suffix only for a domain.
    if match.group("sep") in ("|", "::") or re.search(r"\.[a-z]{2,4}$", site.lower()):
        return match.group("head").strip(), site
    return title.strip(), None
