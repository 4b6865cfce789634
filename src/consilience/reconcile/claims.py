"""Claims: what one article states, each with the features that align it with other articles.

A claim is a number (with its measure and interval), an event's date, a quote, or a sentence's
statement (with its hedging: asserted, attributed, accused, denied). Its features are the
words, entities and times of the sentence around it: what it is *about*, never its value, so
that two articles giving different values for the same thing still meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Optional

from ..model import Article, Claim, Quantity, Span
from ..sentences import split_sentences
from .dates import date_slack
from .hedging import hedging_of, with_denial
from .places import age_claims, place_claim

# The opening sentences of a report tell its main event; its first toll there is that event's.
OPENING_SENTENCES = 2
FACT_MEASURES = {"killed", "injured", "arrested", "missing", "displaced", "money", "people"}

_STOP = frozenset("""a an the and or but of in on at to for from by with as is are was were be been being has have had
it its this that these those their his her he she they we you i our your not no than then there here which who whom whose
what when where while after before about into over under also said says say told would will could should may might can
do does did more most such other some any all each both one two three four five six seven eight nine ten up out so if
just only very new last first year years month day week today monday tuesday wednesday thursday friday saturday sunday
mr mrs ms""".split())

# Words of reporting: who tells a date or a statement, not what it is about.
_REPORTING = frozenset({"said", "say", "told", "tell", "report", "announc", "confirm", "state", "add", "authority",
                        "police", "authoritie", "official", "spokesman", "spokeswoman", "sheriff", "chief",
                        "prosecutor", "investigator", "detective"})


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: frozenset[str]
    entities: frozenset[str]
    times: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    """A claim and what it is about."""

    claim: Claim
    article_id: str
    sentence: Sentence
    about: frozenset[str]            # content words of the claim's own context (event, counted noun)
    measure: Optional[str] = None    # quantity claims
    lead: bool = False               # the article's first figure of this measure (its main incident's)
    toll: Optional[tuple[float, float]] = None  # the report's main toll of the measure: its first figure,
                                     # in its opening sentences, summed with the groups joined to it
    counts: Optional[str] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    speaker: Optional[str] = None    # quote claims
    text: str = ""                   # the claim's own words
    subject: str = ""                # what the claim is about, for a reader
    article_text: str = ""           # place and quantity claims: the whole article, to see what else it names
    context: str = ""                # date and quantity claims: the sentence, stop words included
    clash: Optional[str] = None      # date claims: the report's weekday and calendar date disagree
    slack: int = 0                   # date claims: days each side the value may be off (resolved from a weekday)

    def in_context(self) -> tuple[str, str, str]:
        """The sentence (`context`) cut around the claim's span: before, the span's words, after."""
        start = self.claim.span.start - self.sentence.start
        end = start + self.claim.span.end - self.claim.span.start
        return self.context[:start], self.context[start:end], self.context[end:]


def content_words(text: str) -> frozenset[str]:
    words = set()
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]+", text.lower()):
        token = re.sub(r"['’]s$", "", token).strip("'’-")
        if len(token) < 3 or token in _STOP:
            continue
        words.add(_stem(token))
    return frozenset(words)


# Plurals no suffix rule reaches: "one person" and "six people" count the same thing.
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def _stem(token: str) -> str:
    if token in _IRREGULAR:
        return _IRREGULAR[token]
    for suffix in ("ings", "ing", "ies", "es", "ed", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return token


def sentences(article: Article) -> list[Sentence]:
    out = []
    for start, end in split_sentences(article.text):
        ents = frozenset(
            e.canonical for e in article.entities for m in e.mentions if start <= m.start < end
        )
        times = tuple(t.value for t in article.times if start <= t.span.start < end)
        out.append(Sentence(start, end, content_words(article.text[start:end]), ents, times))
    return out


def _sentence_of(sents: list[Sentence], start: int) -> Sentence:
    for s in sents:
        if s.start <= start < s.end:
            return s
    return sents[-1] if sents else Sentence(start, start, frozenset(), frozenset(), ())


def extract_claims(article: Article) -> list[Evidence]:
    sents = sentences(article)
    out: list[Evidence] = []
    led: set[str] = set()
    opening_end = sents[min(OPENING_SENTENCES, len(sents)) - 1].end if sents else 0
    for q in sorted(article.quantities, key=lambda q: q.span.start):
        if q.measure in FACT_MEASURES and not _AGE_AFTER.match(article.text, q.span.end):
            lead = q.measure not in led and q.measure not in ("money", "people", "other")
            led.add(q.measure)
            evidence = _quantity_evidence(article, q, _sentence_of(sents, q.span.start), lead)
            if lead and q.span.start < opening_end:
                evidence = replace(evidence, toll=_whole_toll(article, q, opening_end))
            out.append(evidence)
    for t in article.times:
        if t.event and t.event_span is not None:
            sentence = _sentence_of(sents, t.span.start)
            # Only the event's own words: two dates in sentences that merely name the same
            # people (Kerry met X on Monday / Kerry said on Tuesday) are not about one event.
            about = content_words(t.event) - _REPORTING
            if not (content_words(" ".join(w for w in t.event.split() if w[:1].islower())) - _REPORTING):
                continue  # the date of someone saying something ("Police said"), not of an event
            slack = date_slack(article.text[max(0, t.span.start - 24):t.span.start], article.text[t.span.start:t.span.end],
                               article.text[t.span.end:t.span.end + 8], t.anchor)
            if slack is None:
                continue
            claim = Claim(span=t.span, kind="date", value=t.value, hedging=hedging_of(article.text[sentence.start:sentence.end])[0],
                          published=article.published)
            out.append(Evidence(claim, article.id, sentence, about, text=t.value, subject=f"date of {t.event}",
                                context=article.text[sentence.start:sentence.end], slack=slack,
                                clash=weekday_clash(article.text[max(0, t.span.start - 12):t.span.end + 24], t.value)))
    for quote in article.quotes:
        sentence = _sentence_of(sents, quote.content_span.start)
        words = article.text[quote.content_span.start:quote.content_span.end]
        verbatim = quote.kind != "indirect"
        # Reported speech is a statement someone is said to have made: what it is about, its
        # certainty and any denial beside it matter, not its exact words.
        hedging = "attributed" if verbatim else with_denial(hedging_of(article.text[sentence.start:sentence.end])[0],
                                                             _following(article, sents, sentence))
        if hedging == "asserted":
            hedging = "attributed"
        claim = Claim(span=quote.content_span, kind="quote" if verbatim else "statement", value=words,
                      hedging=hedging, attributed_to=quote.speaker, published=article.published)
        # Reported speech is about its sentence's actors too ("As for X, the US accuses ...").
        named = frozenset(e.canonical for e in article.entities for m in e.mentions
                          if quote.content_span.start <= m.start < quote.content_span.end) | (
                              frozenset() if verbatim else sentence.entities)
        who = quote.speaker or "unattributed"
        out.append(Evidence(claim, article.id, sentence, content_words(words) | named, speaker=quote.speaker,
                            text=words, subject=f"quote: {who}" if verbatim else f"{who}: {_shorten(words, 10)}"))
    out.extend(place_and_age_evidence(article, sents))
    out.extend(impossible_dates(article, sents))
    quoted = [(q.content_span.start, q.content_span.end) for q in article.quotes]
    for sentence in sents:
        text = article.text[sentence.start:sentence.end]
        inside_quote = sum(max(0, min(e, sentence.end) - max(s, sentence.start)) for s, e in quoted)
        if inside_quote > 0.6 * (sentence.end - sentence.start) or len(sentence.words) < 4:
            continue
        following = _following(article, sents, sentence)
        subject: frozenset[str] = frozenset()
        for start, end in clauses(text):
            start, end = sentence.start + start, sentence.start + end
            words = content_words(article.text[start:end])
            named = frozenset(e.canonical for e in article.entities for m in e.mentions if start <= m.start < end)
            if not subject:  # a later clause ("... and is accused of ...") keeps the first one's subject
                subject = frozenset(e.canonical for e in article.entities for m in e.mentions if start <= m.start < start + 40)
            if len(words) < 3:
                continue
            clause_text = article.text[start:end]
            hedging, by = hedging_of(clause_text)
            hedging = with_denial(hedging, following)
            claim = Claim(span=Span(article.id, start, end), kind="statement", value=clause_text,
                          hedging=hedging, attributed_to=by, published=article.published)
            out.append(Evidence(claim, article.id, sentence, words | named | subject, text=clause_text,
                                subject=_shorten(clause_text)))
    return out


_CLAUSE_BREAK = re.compile(r"\s+and\s+(?=(?:is|are|was|were|has|have|had|will|would|also)\b)|;\s+|,\s+but\s+")


def clauses(sentence: str) -> list[tuple[int, int]]:
    """A sentence's coordinated clauses ("X fights Y and is accused of Z"): two facts, which
    other sources may report one without the other."""
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if b > a]


def place_and_age_evidence(article: Article, sents: list[Sentence]) -> list[Evidence]:
    out = []
    place = place_claim(article, [(s.start, s.end) for s in sents], "asserted")
    if place is not None:
        sentence = _sentence_of(sents, place.span.start)
        place = replace(place, hedging=hedging_of(article.text[sentence.start:sentence.end])[0])
        out.append(Evidence(place, article.id, sentence, frozenset({"@place"}), text=place.value,
                            subject="place of the event", article_text=article.text))
    for claim, key in age_claims(article, "asserted"):
        sentence = _sentence_of(sents, claim.span.start)
        claim = replace(claim, hedging=hedging_of(article.text[sentence.start:sentence.end])[0])
        out.append(Evidence(claim, article.id, sentence, frozenset({key}), speaker=key, text=claim.value,
                            subject=f"age of {key.title()}"))
    return out


def _following(article: Article, sents: list[Sentence], sentence: Sentence) -> str:
    later = [s for s in sents if s.start >= sentence.end]
    return article.text[later[0].start:later[0].end] if later else ""


# Plain synonyms of the people counted, so "one person" and "six people" are about one group.
_COUNTED = {"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
            "kid": "child", "victim": "person", "individual": "person", "other": "person"}


def _quantity_evidence(article: Article, q: Quantity, sentence: Sentence, lead: bool = False) -> Evidence:
    about = frozenset(_COUNTED.get(w, w) for w in content_words(" ".join(filter(None, [q.event, q.counts])))) | sentence.entities
    claim = Claim(span=q.span, kind="quantity", value=describe_quantity(q, article.text),
                  hedging=hedging_of(article.text[sentence.start:sentence.end])[0], published=article.published,
                  measure=q.measure, low=q.low, high=q.high)
    what = q.event or ", ".join(sorted(sentence.entities)[:2]) or _shorten(article.text[sentence.start:sentence.end], 6)
    subject = f"{q.measure}: {what}" if q.measure != "money" else f"money: {what}"
    return Evidence(claim, article.id, sentence, about, measure=q.measure, lead=lead, counts=_noun(q.counts),
                    context=article.text[sentence.start:sentence.end], article_text=article.text,
                    low=q.low, high=q.high, unit=q.unit, text=article.text[q.span.start:q.span.end], subject=subject)


# The first of two ages ("his 6- and 12-year-old children"): an age, not a count.
_AGE_AFTER = re.compile(r"\s*-?\s*(?:and|or|to|&)\s+\d{1,3}\s*-?\s*(?:years?|months?|weeks?)[-\s]*old\b", re.I)
_NUMBER = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the)\b", re.I)
_JOINED_BEFORE = re.compile(r"\b(?:and|also|both|plus|including|with)\s+$", re.I)
_JOINED_AFTER = re.compile(r"^\s*(?:,|;|&|\band\b|\bplus\b|\balong\b)", re.I)
# A sentence telling of several incidents ("in three separate shootings") gives no one event's toll.
_SEVERAL_EVENTS = re.compile(r"\b(?:separate|shootings|incidents|attacks|spree)\b", re.I)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_AND_DATE = re.compile(r"\b(%s),?\s+(?:the\s+)?(?:(%s)[a-z]*\.?\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(%s)[a-z]*)"
                           % ("|".join(_WEEKDAYS), "|".join(_MONTHS), "|".join(_MONTHS)), re.I)


def weekday_clash(text: str, value: str) -> Optional[str]:
    """A weekday written beside a calendar date it does not fall on ("Wednesday, February 12"
    of 2017, a Sunday): the report contradicts itself, and so whoever gives the other day."""
    match = _DAY_AND_DATE.search(text)
    if not match or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    month = _MONTHS.index((match.group(2) or match.group(5)).lower()[:3]) + 1
    day = int(match.group(3) or match.group(4))
    try:
        when = date(int(value[:4]), month, day)
    except ValueError:
        return None
    if when.isoformat() != value[:10] or _WEEKDAYS[when.weekday()] == match.group(1).lower():
        return None
    return f"{match.group(1)} written for {when.isoformat()}, a {_WEEKDAYS[when.weekday()].title()}"


_MONTH_DAY = re.compile(r"\b(%s)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?" % "|".join(_MONTHS), re.I)


def impossible_dates(article: Article, sents: list[Sentence]) -> list[Evidence]:
    """Calendar dates no year has ("September 31", "February 30"): an error of the report,
    told as a date claim about the event the words after it name ("the September 31 death of X")."""
    out = []
    for m in _MONTH_DAY.finditer(article.text):
        month, day = _MONTHS.index(m.group(1).lower()[:3]) + 1, int(m.group(2))
        if not 29 < day <= 31 or day <= (30 if month in (4, 6, 9, 11) else 29 if month == 2 else 31):
            continue
        year = m.group(3) or (article.published or "")[:4]
        if not year.isdigit():
            continue
        sentence = _sentence_of(sents, m.start())
        clause = re.split(r"[.;,!?]", article.text[m.end():sentence.end])[0]
        about = content_words(" ".join(clause.split()[:6])) - _REPORTING
        if len(about) < 2:
            continue
        span = Span(article.id, m.start(), m.end())
        claim = Claim(span=span, kind="date", value=f"{year}-{month:02d}-{day:02d}",
                      hedging=hedging_of(article.text[sentence.start:sentence.end])[0], published=article.published)
        out.append(Evidence(claim, article.id, sentence, about, text=claim.value, subject=f"date of {clause.strip()[:40]}",
                            context=article.text[sentence.start:sentence.end], clash=f"{m.group(0)} is no calendar day"))
    return out


def _whole_toll(article: Article, q: Quantity, opening_end: int) -> Optional[tuple[float, float]]:
    """The figure as the whole toll of its sentence's event: a count or a single victim stated
    on its own, or with the groups joined to it ("a man and his two kids": three), never a
    group joined to one not counted ("two marshals and an FBI agent"), a group added to
    others ("five were shot and a girl was hurt"), nor a name."""
    text = article.text
    if not _NUMBER.match(text[q.span.start:q.span.end]) or _JOINED_BEFORE.search(text[max(0, q.span.start - 12):q.span.start]):
        return None
    stop = text.find(".", q.span.end)
    if _SEVERAL_EVENTS.search(text[max(0, q.span.start - 150):stop if stop > 0 else q.span.end + 150]):
        return None
    low, high = q.low, q.high
    joined = sorted((x for x in article.quantities if x.measure == q.measure and q.span.end <= x.span.start < q.span.end + 60),
                    key=lambda x: x.span.start)
    current = q
    while True:
        end = _counted_end(text, current)
        if not _JOINED_AFTER.match(text[end:end + 8]):
            break
        after = next((x for x in joined if x.span.start >= end and _JOINER.fullmatch(text[end:x.span.start])), None)
        if after is None or low is None or after.low is None:
            return None  # joined to a group not counted, or counted vaguely
        low, high = low + after.low, (high + after.high) if high is not None and after.high is not None else None
        current = after
    if low is None or high is not None and any(x.measure == q.measure and x.low is not None and x.low > high
                                               and x.span.start >= opening_end for x in article.quantities):
        return None  # the report tells of more further on: its opening toll is not its last word
    return low, high


_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:(?:his|her|their|its|the|a|an)\s+)?", re.I)


def _counted_end(text: str, q: Quantity) -> int:
    """Where the counted noun after a figure ends ("two [teenage daughters]")."""
    words = text[q.span.start:q.span.end]
    noun = (q.counts or "").split()[-1:]
    if noun and noun[0].lower() not in words.lower():
        found = text.lower().find(noun[0].lower(), q.span.end, q.span.end + 40)
        return found + len(noun[0]) if found >= 0 else q.span.end
    return q.span.end


def _shorten(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _noun(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in _STOP]
    return _singular(words[-1]) if words else None


def _singular(noun: str) -> str:
    """The counted noun in the singular, a word a reader knows ("relatives" -> "relative", not
    the stem "relativ" the word index uses)."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def describe_quantity(q: Quantity, text: str) -> str:
    words = text[q.span.start:q.span.end]
    if q.counts and q.counts.lower() not in words.lower():
        words = f"{words} {q.counts}"
    suffix = f" ({q.measure})" if q.measure not in ("other", "money") else ""
    return f"{words}{suffix}"
