"""Claims: what one article states, each with the features that align it with other articles.

A claim is a number (with its measure and interval), an event's date, a quote, or a sentence's
statement (with its hedging: asserted, attributed, accused, denied). Its features are the
words, entities and times of the sentence around it: what it is *about*, never its value, so
that two articles giving different values for the same thing still meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from ..model import Article, Claim, Quantity, Span
from ..sentences import split_sentences
from .places import age_claims, place_claim

FACT_MEASURES = {"killed", "injured", "arrested", "missing", "displaced", "money", "people"}

_STOP = frozenset("""a an the and or but of in on at to for from by with as is are was were be been being has have had
it its this that these those their his her he she they we you i our your not no than then there here which who whom whose
what when where while after before about into over under also said says say told would will could should may might can
do does did more most such other some any all each both one two three four five six seven eight nine ten up out so if
just only very new last first year years month day week today monday tuesday wednesday thursday friday saturday sunday
mr mrs ms""".split())

# Cue lemmas that set a statement's certainty. Small closed classes of English reporting verbs.
_ACCUSE = re.compile(r"\b(accus\w*|alleg\w*|blam\w*|suspect\w*|charg\w* with|reportedly|purported\w*)\b", re.I)
_DENY = re.compile(r"\b(den(?:y|ies|ied|ial)|reject\w*|dismiss\w*|refut\w*)\b", re.I)
_REPORTING = frozenset({"said", "say", "told", "tell", "report", "announc", "confirm", "state", "add", "authority",
                        "police", "authoritie", "official", "spokesman", "spokeswoman"})
_ANAPHORIC_DENIAL = re.compile(r"^\W*\w+(?:\s+\w+){0,3}\s+\w*den\w*\s+(?:that|this|it|the\s+(?:charge|allegation|claim|accusation)s?)\b", re.I)
_ATTRIBUTE = re.compile(r"\b(said|say|says|told|according to|claim\w*|believ\w*|insist\w*|assert\w*|maintain\w*)\b", re.I)


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
    counts: Optional[str] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    speaker: Optional[str] = None    # quote claims
    text: str = ""                   # the claim's own words
    subject: str = ""                # what the claim is about, for a reader
    article_text: str = ""           # place claims: the whole article, to see which places it names
    context: str = ""                # date and quantity claims: the sentence, stop words included


def content_words(text: str) -> frozenset[str]:
    words = set()
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]+", text.lower()):
        token = re.sub(r"['’]s$", "", token).strip("'’-")
        if len(token) < 3 or token in _STOP:
            continue
        words.add(_stem(token))
    return frozenset(words)


def _stem(token: str) -> str:
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
    for q in sorted(article.quantities, key=lambda q: q.span.start):
        if q.measure in FACT_MEASURES:
            lead = q.measure not in led and q.measure not in ("money", "people", "other")
            led.add(q.measure)
            out.append(_quantity_evidence(article, q, _sentence_of(sents, q.span.start), lead))
    for t in article.times:
        if t.event and t.event_span is not None:
            sentence = _sentence_of(sents, t.span.start)
            # Only the event's own words: two dates in sentences that merely name the same
            # people (Kerry met X on Monday / Kerry said on Tuesday) are not about one event.
            about = content_words(t.event) - _REPORTING
            if not (content_words(" ".join(w for w in t.event.split() if w[:1].islower())) - _REPORTING):
                continue  # the date of someone saying something ("Police said"), not of an event
            claim = Claim(span=t.span, kind="date", value=t.value, hedging=hedging_of(article.text[sentence.start:sentence.end])[0],
                          published=article.published)
            out.append(Evidence(claim, article.id, sentence, about, text=t.value, subject=f"date of {t.event}",
                                context=article.text[sentence.start:sentence.end]))
    for quote in article.quotes:
        sentence = _sentence_of(sents, quote.content_span.start)
        words = article.text[quote.content_span.start:quote.content_span.end]
        verbatim = quote.kind != "indirect"
        # Reported speech is a statement someone is said to have made: what it is about, its
        # certainty and any denial beside it matter, not its exact words.
        hedging = "attributed" if verbatim else _with_denial(hedging_of(article.text[sentence.start:sentence.end])[0],
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
            hedging = _with_denial(hedging, following)
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


def _with_denial(hedging: str, following: str) -> str:
    """A denial in the next sentence that points back ("X denies that.") belongs to this claim."""
    if "denied" not in hedging and _DENY.search(following) and _ANAPHORIC_DENIAL.search(following):
        return f"{hedging}+denied"
    return hedging


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
                    context=article.text[sentence.start:sentence.end],
                    low=q.low, high=q.high, unit=q.unit, text=article.text[q.span.start:q.span.end], subject=subject)


def _shorten(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _noun(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in _STOP]
    return _stem(words[-1]) if words else None


def describe_quantity(q: Quantity, text: str) -> str:
    words = text[q.span.start:q.span.end]
    if q.counts and q.counts.lower() not in words.lower():
        words = f"{words} {q.counts}"
    suffix = f" ({q.measure})" if q.measure not in ("other", "money") else ""
    return f"{words}{suffix}"


def hedging_of(sentence: str) -> tuple[str, Optional[str]]:
    """How sure the sentence is (accused > attributed > asserted), with who says so; a denial
    carried in the same sentence is appended as '+denied'."""
    denied = "+denied" if _DENY.search(sentence) else ""
    if _ACCUSE.search(sentence):
        return "accused" + denied, None
    match = _ATTRIBUTE.search(sentence)
    if match:
        before = sentence[: match.start()].strip().split()
        return "attributed" + denied, " ".join(before[-4:]) if before else None
    return ("denied" if denied else "asserted"), None


def certainty(hedging: str) -> str:
    """Asserted, or not: attributed and accused both leave the claim to someone else."""
    base = hedging.split("+")[0]
    return "asserted" if base == "asserted" else "attributed"
