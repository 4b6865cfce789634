"""Place and age claims: where the main event happened, and how old the people named are.

- place: the first place (GPE entity) the opening sentences put the event in ("shot ... in
  Mooresville", "a shooting near Lolo"), in a sentence that tells of an event. One per
  article; all of a story's place claims are about one thing, the main event's place. Two reports conflict on it only when neither names
  the other's place anywhere (a city and its county, or "South Memphis" and "Memphis", are
  consistent; without a gazetteer, that is the evidence a reader would use).
- age: a named person's age ("John Smith, 45,", "45-year-old John Smith"). Ages of the same
  person (same surname and, when both give one, the same first name) must agree, give or take
  the years between the reports.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..model import Article, Claim, Span
from .dates import iso_day

LEAD_SENTENCES = 2
# ("John Lander of Rochester" is where someone lives, not where the event happened; "north of
# Denver" is near it.)
_BEFORE_PLACE = re.compile(r"\b(?:in|near|outside|at|(?:north|south|east|west)\s+of)\s+(?:the\s+)?"
                           r"(?:city\s+of\s+|town\s+of\s+|downtown\s+|"
                           r"(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?\s+)?$", re.I)
# A sentence telling of the event: someone hurt or held, a day or hour, or a word of an event.
# ("Five Must-See Destinations In Paris", "closings will be in Florida": a page or paragraph
# about something else.)
_EVENT_WORDS = re.compile(r"\b(?:shot|shoot\w*|gun\w*|kill\w*|murder\w*|slain|slaying|homicide|massacre|dead|died|dies|"
                          r"death|wound\w*|injur\w*|hurt|stabb\w*|attack\w*|assault\w*|robber\w*|bomb\w*|explo\w*|"
                          r"blast|crash\w*|fire[ds]?|standoff|happened|occurred|took\s+place|incident|arrest\w*)\b", re.I)
_DATED = frozenset({"day", "part-of-day", "hour", "minute"})
_HELD_OR_HURT = frozenset({"killed", "injured", "arrested", "missing"})
_INSTITUTION = re.compile(r"\b(?:jail|court|hospital|center|centre|department|office|police|sheriff|school|university|"
                          r"district|prison|house|hall)\b"
                          # a street is an address within a place, not the place ("Orange Blossom Trail")
                          r"|\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|trail|highway|hwy|parkway|pkwy)\.?$", re.I)
_PERSON_AGE = re.compile(r",\s+(\d{1,3}),")
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})[- ]year[- ]old\s+$")
_AGE_AFTER_NAME = re.compile(r"^,?\s+(?:age|aged)\s+(\d{1,3})\b")


def place_claim(article: Article, sentence_bounds: Sequence[tuple[int, int]], hedging: str):
    """(claim, names the article gives places) for the main event's place, or None."""
    if not sentence_bounds:
        return None
    lead_end = sentence_bounds[min(LEAD_SENTENCES, len(sentence_bounds)) - 1][1]
    best: Optional[tuple[int, int, str]] = None
    for entity in article.entities:
        if entity.type != "GPE":
            continue
        for m in entity.mentions:
            if m.start >= lead_end or not _BEFORE_PLACE.search(article.text[max(0, m.start - 30):m.start]):
                continue
            if not _tells_event(article, next((b for b in sentence_bounds if b[0] <= m.start < b[1]), (m.start, m.end))):
                continue
            name = article.text[m.start:m.end]
            if _INSTITUTION.search(name) or not name[:1].isupper():
                continue
            if best is None or m.start < best[0]:
                best = (m.start, m.end, name)
    if best is None:
        return None
    start, end, name = best
    claim = Claim(span=Span(article.id, start, end), kind="place", value=name, hedging=hedging,
                  published=article.published)
    return claim


def _tells_event(article: Article, bounds: tuple[int, int]) -> bool:
    start, end = bounds
    return bool(_EVENT_WORDS.search(article.text, start, end)) \
        or any(start <= q.span.start < end and q.measure in _HELD_OR_HURT for q in article.quantities) \
        or any(start <= t.span.start < end and t.granularity in _DATED for t in article.times)


def age_claims(article: Article, hedging: str) -> list[tuple[Claim, str]]:
    """(claim, person key) for each age given beside a named person; the span is the age."""
    out = []
    seen: set[tuple[str, int]] = set()
    text = article.text
    for entity in article.entities:
        if entity.type != "PERSON" or len(entity.canonical.split()) < 2:
            continue
        key = person_key(entity.canonical)
        for m in entity.mentions:
            found = None
            after = text[m.end:m.end + 16]
            if match := _PERSON_AGE.match(after) or _AGE_AFTER_NAME.match(after):
                found = (m.end + match.start(1), m.end + match.end(1), int(match.group(1)))
            elif match := _AGE_BEFORE_NAME.search(text[max(0, m.start - 20):m.start]):
                offset = max(0, m.start - 20)
                found = (offset + match.start(1), offset + match.end(1), int(match.group(1)))
            if not found or not 0 < found[2] < 120 or (key, found[2]) in seen:
                continue
            seen.add((key, found[2]))
            claim = Claim(span=Span(article.id, found[0], found[1]), kind="age", value=str(found[2]),
                          hedging=hedging, published=article.published, attributed_to=None)
            out.append((claim, key))
            break  # one age a person and article: the first time the article gives it
    return out


def person_key(name: str) -> str:
    parts = [p for p in re.findall(r"[A-Za-z][A-Za-z'’-]*", name) if p.lower() not in ("jr", "sr", "ii", "iii", "iv")]
    return " ".join(p.lower() for p in (parts[0], parts[-1])) if len(parts) > 1 else (parts[0].lower() if parts else name)


def same_person(a: str, b: str) -> bool:
    x, y = a.split(), b.split()
    return x[-1] == y[-1] and (len(x) == 1 or len(y) == 1 or x[0] == y[0])


_GENERIC_PLACE = frozenset("""north south east west northeast northwest southeast southwest central upper lower
greater new old city county town township village borough parish district region area metro downtown uptown the of
saint st fort port mount lake""".split())


def names_place(text: str, name: str) -> bool:
    """The text names the place, or its distinctive words ("Harris" of "North Harris County",
    "Palo Alto" of "East Palo Alto"), in their case or in a dateline's capitals ("HOUSTON --").

    The distinctive words go together: "Jamaica Plain" is not named by a "Plain" elsewhere."""
    # Words with digits are no part of a place name ("Southeast D.C. News4": a broadcaster run on).
    words = [w for w in re.findall(r"[A-Z][\w'’.-]+", name)
             if w.lower().strip(".") not in _GENERIC_PLACE and len(w) > 2 and not re.search(r"\d", w)]
    forms = {name, name.replace(".", "")}
    if words:
        forms.add(name[name.index(words[0]):name.index(words[-1]) + len(words[-1])])
    return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for form in forms if form
               for f in {form, form.upper()})


def place_verdict(values: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """values: (place named, that article's text) per claim."""
    names = sorted({v for v, _ in values})
    if len({n.lower().replace(".", "") for n in names}) == 1:
        return "agree", f"same place: {names[0]}"
    for i, (x, tx) in enumerate(values):
        for y, ty in values[i + 1:]:
            x_, y_ = x.lower().replace(".", ""), y.lower().replace(".", "")
            if x_ == y_ or x_ in y_ or y_ in x_:
                continue
            if not names_place(tx, y) and not names_place(ty, x):
                return "conflict", f"different places for the same event, neither report names the other's: {x} vs {y}"
    return "compatible", f"places at different precision, each named by the other report: {', '.join(names)}"


def age_verdict(values: Sequence[tuple[int, Optional[str]]], who: str) -> tuple[str, str]:
    """values: (age, published) per claim."""
    ages = sorted({a for a, _ in values})
    if len(ages) == 1:
        return "agree", f"same age for {who}: {ages[0]}"
    years = _years_apart([p for _, p in values])
    if ages[-1] - ages[0] <= years:
        return "compatible", f"ages of {who} ({', '.join(map(str, ages))}) in reports {years} year(s) apart"
    return "conflict", f"different ages for {who}: {', '.join(map(str, ages))}"


def _years_apart(published: Sequence[Optional[str]]) -> int:
    days = [day for day in map(iso_day, published) if day is not None]
    if len(days) < 2:
        return 0
    return (max(days) - min(days)).days // 365 + (1 if (max(days) - min(days)).days % 365 else 0)
