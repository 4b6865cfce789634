"""What the story index knows about one article: weighted terms, names, dates and counts.

Everything here works on `text`, `title` and `published` alone; annotations (`entities`,
`times`, `quantities`) add signal when a run has them. Pure functions, no other stage.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..model import Article

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|-{1,2}|—|–|·|»)\s+")
_OPENERS = frozenset('.!?:;"“”«»—–-|•*(\'‘’')

# Function words in the languages we claim; they carry no event identity. Document frequency
# down-weights the rest of the common vocabulary, so this list only needs the very frequent.
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for from with without into onto over under about
after before during since until than then that this these those there here where when which
who whom whose what why how is are was were be been being am has have had having do does did
not no nor so too very can could will would shall should may might must it its it's he she
they them their his her hers him we us our you your i me my mine as also just only more most
said says say told according one mr mrs ms dr
le la les un une des du de et ou en au aux il elle ils elles est sont dans pour par sur avec
der die das ein eine und oder ist sind im in zu den dem des mit von für auf
el los las una unos unas y o es son en por para con del al
""".split())

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
}
_COUNT = re.compile(
    r"\b(\d{1,4}|" + "|".join(NUMBER_WORDS) + r")\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:people|persons|men|women|children|kids|teens|others|victims|students|officers|adults|"
    r"of them)?\s*(?:were|are|have been|was|had been)?\s*"
    r"(killed|dead|died|wounded|injured|hurt|shot)\b",
    re.IGNORECASE,
)
_MEASURE_OF = {"killed": "killed", "dead": "killed", "died": "killed", "wounded": "injured",
               "injured": "injured", "hurt": "injured", "shot": "shot"}

_MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TEXT_DATE = re.compile(
    r"\b(?:" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)"
    r"|(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\s+((?:19|20)\d\d)"
    r"|((?:19|20)\d\d)-(\d\d)-(\d\d))\b", re.IGNORECASE)

TITLE_WEIGHT = 2.0
NAME_WEIGHT = 1.5


@dataclass
class Features:
    """One article as the index sees it. `terms` are raw (sublinear) term weights before IDF."""

    id: str
    terms: dict[str, float]
    names: frozenset[str]
    day: Optional[int]            # ordinal of the full publication date
    month_day: Optional[tuple[int, int]]  # (month, day) when the year is missing
    text_day: Optional[int]       # first full date written in the text (for undated articles)
    event_days: tuple[int, ...]   # ordinals of day-level dates the article mentions
    counts: dict[str, frozenset[int]]
    title: Optional[str]
    title_terms: frozenset[str]
    entities: tuple[str, ...]
    salient: frozenset[str] = frozenset()  # names in the title or lead, or in two paragraphs


def parse_day(value: Optional[str]) -> Optional[int]:
    """Ordinal of an ISO date or datetime string with a full date; None otherwise."""
    if not value or len(value) < 10 or value.startswith("-"):
        return None
    try:
        return date(int(value[0:4]), int(value[5:7]), int(value[8:10])).toordinal()
    except ValueError:
        return None


def parse_month_day(value: Optional[str]) -> Optional[tuple[int, int]]:
    """(month, day) of a year-less value such as "--01-13"."""
    if value and value.startswith("--") and len(value) >= 7:
        try:
            m, d = int(value[2:4]), int(value[5:7])
        except ValueError:
            return None
        if 1 <= m <= 12 and 1 <= d <= 31:
            return m, d
    return None


def tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def content_word(word: str) -> bool:
    return len(word) > 2 and word not in STOPWORDS or (word.isdigit() and len(word) <= 4)


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAP_WORD = rf"[{_UPPER}][^\W_]*(?:['’-][^\W_]+)*"
_CAP_RUN = re.compile(rf"(?<![^\W_]){_CAP_WORD}(?:[ \t]+{_CAP_WORD})*")


def proper_names(text: str) -> set[str]:
    """Capitalised word runs, lower-cased, without function words at their edges.

    Runs of two or more words are kept whole ("rocky mount"); single words only when they do
    not open a sentence or line, where every word is capitalised.
    """
    names: set[str] = set()
    for m in _CAP_RUN.finditer(text):
        words = m.group().split()
        starts_sentence = False
        i = 0
        while i < len(words) and words[i].lower() in STOPWORDS:
            i += 1
        j = len(words)
        while j > i and words[j - 1].lower() in STOPWORDS:
            j -= 1
        words = [w.lower() for w in words[i:j] if not (w.isupper() and len(w) > 5)]
        if i == 0:
            k = m.start() - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            starts_sentence = k < 0 or text[k] == "\n" or text[k] in _OPENERS
        _close(words, starts_sentence, names)
    return names


def _close(run: list[str], starts_sentence: bool, names: set[str]) -> None:
    if not run:
        return
    if len(run) >= 2:
        names.add(" ".join(run[:4]))
    elif not starts_sentence and len(run[0]) > 2:
        names.add(run[0])


def name_sets(text: str, title: str, lead_chars: int = 400) -> tuple[set[str], set[str]]:
    """All names of an article, and the salient ones: those in its title or lead, or in two or
    more of its lines (a name mentioned once in passing is not salient)."""
    out = proper_names(title)
    seen: set[str] = set()
    start = 0
    for para in text.split("\n"):
        if not para.strip():
            start += len(para) + 1
            continue
        names = proper_names(para)
        if start < lead_chars:
            out |= names
        out |= names & seen
        seen |= names
        start += len(para) + 1
    return seen | out, out


def first_text_date(text: str, limit: int = 1500) -> Optional[int]:
    """Ordinal of the first full date with a year written near the top of the text."""
    for m in _TEXT_DATE.finditer(text[:limit]):
        g = m.groups()
        try:
            if g[0]:
                d = date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
            elif g[3]:
                d = date(int(g[5]), _MONTHS[g[4][:3].lower()], int(g[3]))
            else:
                d = date(int(g[6]), int(g[7]), int(g[8]))
        except (ValueError, KeyError):
            continue
        return d.toordinal()
    return None


_MONTH_DAY = re.compile(
    r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)


def past_days(text: str, published: Optional[int], limit: int = 1500, back: int = 730,
              ahead: int = 90) -> list[int]:
    """Ordinals of the dates written near the top ("Feb. 6", "June 29, 2014") that fall before
    publication: a follow-up names the day of the event it follows. A date without a year is the
    latest such day on or before publication, unless it falls in the next `ahead` days, where it is
    more likely coming ("a hearing on Feb. 20" in a January article) and is left out."""
    if published is None:
        return []
    pub = date.fromordinal(published)
    out = set()
    for m in _MONTH_DAY.finditer(text[:limit]):
        month, day, year = _MONTHS.get(m.group(1)[:3].lower()), int(m.group(2)), m.group(3)
        if month is None:
            continue
        try:
            if year:
                d = date(int(year), month, day).toordinal()
            else:
                d = date(pub.year, month, day).toordinal()
                if published < d <= published + ahead:
                    continue
                if d > published:
                    d = date(pub.year - 1, month, day).toordinal()
        except ValueError:
            continue
        if published - back <= d <= published:
            out.add(d)
    return sorted(out)


def counts_from_text(text: str, limit: int = 1500) -> dict[str, set[int]]:
    """Casualty counts stated near the top (further down, page clutter and other events)."""
    out: dict[str, set[int]] = {}
    for m in _COUNT.finditer(text[:limit]):
        raw = m.group(1).lower()
        n = NUMBER_WORDS.get(raw)
        if n is None:
            n = int(raw)
        if 0 < n < 1000:
            out.setdefault(_MEASURE_OF[m.group(2).lower()], set()).add(n)
    return out


def host_of(article: Article) -> Optional[str]:
    """The outlet's host: `outlet`, else the host of `url`/`origin`; for an archived page
    (a URL inside the URL) the archived site's host."""
    if article.outlet:
        return article.outlet.lower()
    for value in (article.url, article.origin):
        if value and "://" in value:
            inner = value.rsplit("://", 1)[1]
            host = inner.split("/", 1)[0].lower()
            return host[4:] if host.startswith("www.") else host
    return None


def normal_line(line: str) -> str:
    return " ".join(line.lower().split())


def headline(title: str) -> str:
    """The longest part of a title split at site separators (" | ", " - ", " :: ", " — "):
    "Man shot downtown - Daily Paper | Local News" -> "Man shot downtown"."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if parts else title.strip()


def extract(article: Article, max_chars: int = 6000, boilerplate=None) -> Features:
    """Features of one article. Long texts are read up to `max_chars`: the lead carries the event.
    `boilerplate(line)` says which lines to skip (an outlet's recurring page furniture)."""
    text = article.text
    if boilerplate is not None:
        text = "\n".join(line for line in text.splitlines() if not boilerplate(line))
    text = text[:max_chars]
    title = headline(article.title or "")
    tf: Counter[str] = Counter()
    for w in tokens(text):
        if content_word(w):
            tf[w] += 1.0
    title_terms = frozenset(w for w in tokens(title) if content_word(w))
    for w in title_terms:
        tf[w] += TITLE_WEIGHT
    names, salient = name_sets(text, title)
    entities: list[str] = []
    for e in article.entities:
        canonical = e.canonical.lower()
        names.add(canonical)
        entities.append(e.canonical)
    for n in names:
        if " " in n:
            tf["\u00a7" + n] += NAME_WEIGHT  # phrase term for a multi-word name
    terms = {t: 1.0 + math.log(c) for t, c in tf.items()}

    counts = {k: set(v) for k, v in counts_from_text(title + "\n" + text).items()}
    for q in article.quantities:
        if q.measure in ("killed", "injured") and q.low is not None and q.low == q.high:
            counts.setdefault(q.measure, set()).add(int(q.low))
    day = parse_day(article.published)
    event_days = sorted({d for d in (parse_day(t.value) for t in article.times
                                     if t.granularity == "day") if d is not None}
                        | set(past_days(headline(article.title or "") + "\n" + text, day)))
    return Features(
        id=article.id,
        terms=terms,
        names=frozenset(names),
        day=day,
        month_day=parse_month_day(article.published),
        text_day=first_text_date(text) if article.published is None else None,
        event_days=tuple(event_days[:20]),
        counts={k: frozenset(v) for k, v in counts.items()},
        title=article.title,
        title_terms=title_terms,
        entities=tuple(entities),
        salient=frozenset(salient),
    )


def central_title(titles: list[tuple[str, str]], limit: int = 60) -> Optional[str]:
    """The headline (site name cut off) sharing the most words with the story's other headlines."""
    if not titles:
        return None
    titles = [(headline(t), frozenset(w for w in tokens(headline(t)) if content_word(w)), aid)
              for t, aid in sorted(titles, key=lambda t: t[1])[:limit]]
    best = None
    for i, (title, terms, aid) in enumerate(titles):
        score = 0.0
        for j, (_, other, _) in enumerate(titles):
            if i != j and terms and other:
                score += len(terms & other) / math.sqrt(len(terms) * len(other))
        key = (-score, len(title), aid)
        if best is None or key < best[0]:
            best = (key, title)
    return best[1]
