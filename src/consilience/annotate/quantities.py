"""Quantities: numbers as intervals, with what they count and the event they belong to.

`find_quantities(article, doc)` returns every count, sum of money and measurement in the
article's clean text, as `Quantity` records sorted by span:
- the number grammar (`quantities_numbers`) finds digits and number words with their
  qualifier and currency, drops years, dates, times of day, ages, ordinals, phone numbers and
  street addresses (they are not counts), and turns each into an interval;
- the parse (`quantities_measure`) gives the noun counted (`counts`), the measure (killed,
  injured, arrested, missing, displaced from the governing verb/adjective/noun; money for a
  currency; people for a person noun; other otherwise) and the event;
- victims without a number ("a man was shot dead", "Smith died") are counts of one, with
  the noun phrase as span, so a casualty figure exists where the text gives no digit.

A count of people shot whose outcome the sentence leaves open ("four teens were shot") has
measure `people`; `main_casualties` still uses it (shot minus killed = injured).
"""
from __future__ import annotations

import re
from collections import OrderedDict
from typing import Optional

from ..model import Article, Quantity, Span
from .quantities_measure import (
    EVENT_NOUNS, ROLE_TO_MEASURE, UNIT_NOUNS,
    counted_noun, event_of, is_person, noun_phrase_bounds, role_of,
)
from .quantities_numbers import find_numbers, interval

_ROLES: "OrderedDict[tuple[str, int], dict[tuple[int, int], str]]" = OrderedDict()
_ROLE_CACHE = 256
ENT_LABELS_SKIP = {"DATE", "TIME", "ORDINAL"}


def _parse(article: Article, doc):
    if doc is not None:
        return doc
    from .nlp import load_nlp

    return load_nlp()(article.text)


def _anchor(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def find_quantities(article: Article, doc=None) -> tuple[Quantity, ...]:
    quantities, _ = _analyse(article, doc)
    return quantities


def _analyse(article: Article, doc=None, headline: bool = False) -> tuple[tuple[Quantity, ...], dict[tuple[int, int], str]]:
    text = article.text
    raw_numbers = find_numbers(text)
    if doc is None and not raw_numbers and not _may_have_victims(text):
        _remember(article, {})
        return (), {}
    doc = _parse(article, doc)
    out: list[Quantity] = []
    roles: dict[tuple[int, int], str] = {}
    taken: list[tuple[int, int]] = []
    for raw in raw_numbers:
        anchor = _anchor(doc, raw.num_start, raw.num_end)
        if anchor is None:
            continue
        if anchor.ent_type_ in ENT_LABELS_SKIP and not raw.unit and not raw.role:
            # spaCy's dates and times are kept only when they count a plural noun or a unit
            nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
            counted = counted_noun(anchor)
            plural = counted is not None and counted.tag_ in ("NNS", "NNPS") and anchor.ent_type_ == "DATE" \
                and counted.lemma_.lower() not in UNIT_NOUNS
            if not plural and not (nxt is not None and nxt.lemma_.lower() in UNIT_NOUNS and anchor.ent_type_ != "ORDINAL"):
                continue
        if raw.role:  # a count in the word itself: "triple homicide", "murder-suicide"
            span = Span(article.id, raw.start, raw.end)
            out.append(Quantity(span=span, low=raw.value, high=raw.value, qualifier="exact",
                                measure=ROLE_TO_MEASURE[raw.role], counts=raw.counts))
            roles[(raw.start, raw.end)] = raw.role
            taken.append((raw.start, raw.end))
            continue
        noun = counted_noun(anchor)
        if _identifier(anchor, noun, raw):
            continue
        if raw.num_end - raw.num_start <= 3 and raw.value == 1 and noun is None and raw.qualifier == "exact" \
                and not raw.unit and not role_of(anchor, None):
            continue  # bare "one": a pronoun far more often than a count, unless it is a victim
        unit = raw.unit
        counts = noun.text if noun is not None and noun.lower_ not in ("shot", "dead", "injured", "wounded", "hurt") else None
        measured = False
        end = raw.end
        if noun is not None and noun.lemma_.lower() in UNIT_NOUNS and not unit:
            unit, counts, measured = noun.lemma_.lower(), None, True
            if 0 <= noun.idx - raw.end <= 2:
                end = noun.idx + len(noun.text)
        if unit and unit not in ("percent",) and len(unit) == 3 and unit.isupper():
            measure, role = "money", None
        else:
            role = role_of(anchor, noun) if not measured else None
            if role is None and headline and not measured:
                role = _headline_role(anchor)
            if role:
                measure = ROLE_TO_MEASURE[role]
            elif unit == "percent" or measured:
                measure = "other"
            elif is_person(noun):
                measure = "people"
            else:
                measure = "other"
        money = measure == "money"
        if raw.high is not None:  # a range: its ends, qualifier about
            low, high = raw.value, raw.high
        else:
            low, high = interval(raw.value, raw.qualifier, money=money, near=raw.near,
                                 measured=measured or unit == "percent" or not float(raw.value).is_integer())
        event = event_of(anchor, noun) if role else None
        span = Span(article.id, raw.start, end)
        out.append(Quantity(span=span, low=low, high=high, qualifier=raw.qualifier, measure=measure,
                            unit=unit, counts=counts, event=event))
        if role:
            roles[(raw.start, end)] = role + (":add" if _adds_to_count(noun if noun is not None else anchor) else "")
        taken.append((raw.start, end))
    for start, end, role, counts, event, pronoun, conj_count in _numberless_victims(doc):
        if any(s < end and start < e for s, e in taken):
            continue
        if pronoun:  # "he died": counted for the article's figures, not reported as a number
            roles[(start, end)] = role + (":add" if conj_count else ":pron")  # "his two children and then himself"
            continue
        out.append(Quantity(span=Span(article.id, start, end), low=1.0, high=1.0, qualifier="exact",
                            measure=ROLE_TO_MEASURE[role], unit=None, counts=counts, event=event))
        roles[(start, end)] = role + (":add" if conj_count else ":one")
        taken.append((start, end))
    out.sort(key=lambda q: (q.span.start, q.span.end))
    _remember(article, roles)
    return tuple(out), roles


COLLECTIVE = {"police", "staff", "personnel", "crew", "security", "cattle", "livestock", "people",
              "militia", "infantry", "clergy", "youth", "family", "force"}


def _identifier(anchor, noun, raw) -> bool:
    """A number that names rather than counts: "called 911", "Channel 4 news", "a 911 call":
    a plain number (no scale word, no currency) over one modifying a singular noun, or the
    object of call/dial."""
    if raw.unit or raw.vague or not raw.value.is_integer():
        return False
    if anchor.head.lemma_.lower() in ("call", "dial", "text") and anchor.dep_ in ("dobj", "npadvmod", "pobj", "oprd", "attr", "dative"):
        return True
    if noun is None or raw.value == 1 or anchor.lemma_.lower() in ("hundred", "thousand", "million", "billion", "dozen") \
            or noun.lower_ in ("shot", "dead", "injured", "wounded", "hurt"):
        return False
    if noun.tag_ in ("NN", "NNP") and noun.lemma_.lower() not in UNIT_NOUNS | COLLECTIVE \
            and noun.ent_type_ != "NORP" and not noun.text.endswith("s"):
        return True
    return False


HEADLINE_PARTICIPLES = {"shot": "shot", "killed": "killed", "dead": "killed", "slain": "killed",
                        "dies": "killed", "died": "killed", "injured": "injured", "wounded": "injured",
                        "hurt": "injured", "hospitalized": "injured"}


def _headline_role(anchor) -> Optional[str]:
    """Headline grammar defeats the parser ("4 Men Injured in ...", "Four people shot outside
    bar"): a casualty participle within three words after the number, in the same clause."""
    doc = anchor.doc
    for tok in doc[anchor.i + 1:anchor.i + 5]:
        if tok.is_punct or tok.pos_ in ("ADP", "CCONJ") or tok.like_num:
            return None
        if tok.lower_ in HEADLINE_PARTICIPLES:
            return HEADLINE_PARTICIPLES[tok.lower_]
    return None


def _may_have_victims(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("kill", "dead", "die", "shot", "shoot", "wound", "injur", "murder",
                                  "arrest", "death", "fatal", "life", "lives", "slain", "stab", "hurt"))


PRONOUNS = {"he", "she", "him", "her", "his", "himself", "herself"}
RELATIVE = {"who", "that", "whom", "whose"}


def _numberless_victims(doc):
    """Victims named by a noun phrase without a number: 'a man was shot dead', 'the fatal
    shooting of a girl', 'claimed a woman's life'; pronouns are flagged."""
    for tok in doc:
        if tok.dep_ not in ("nsubjpass", "dobj", "nsubj", "pobj", "poss", "conj", "ROOT") and not _age_nominal(tok):
            continue
        target = tok
        low = tok.text.lower()
        if low in ("himself", "herself") and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            from .quantities_measure import _verb_role  # "killed his two children and then himself"
            role = _verb_role(tok.head, "dobj")
            if role in ("killed", "injured", "shot"):
                yield tok.idx, tok.idx + len(tok.text), role, tok.text, None, True, True
            continue
        if tok.pos_ == "PRON" and low in RELATIVE and tok.head.dep_ in ("relcl", "acl"):
            target = tok.head.head  # "the boy, who was shot"
        elif tok.pos_ == "PRON" and low not in PRONOUNS:
            continue
        elif tok.pos_ not in ("NOUN", "PROPN", "PRON") and not _age_nominal(tok):
            continue
        if target.pos_ in ("PROPN", "NOUN", "ADJ") and tok.i + 2 < len(doc) and doc[tok.i + 1].dep_ == "auxpass" \
                and (target.ent_type_ == "PERSON" or is_person(target) or _age_nominal(target)) and target.tag_ not in ("NNS", "NNPS"):
            verb = doc[tok.i + 1].head  # mis-parse "tell 7 News X was shot": X is the passive subject
            if not any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
                role = _verb_role_of_passive(verb)
                if role:
                    start, end = _ent_bounds(target) if target.ent_type_ == "PERSON" else noun_phrase_bounds(target)
                    yield start, end, role, _counted_text(target, start, end), None, False, False
                    continue
        if any(c.dep_ == "nummod" for c in target.children) or target.tag_ in ("NNS", "NNPS"):
            continue
        pronoun = target.pos_ == "PRON"
        person = pronoun or target.ent_type_ == "PERSON" or is_person(target) or _age_nominal(target)
        if not person or target.lemma_.lower() in ("police", "security", "staff", "crew", "people"):
            continue
        if target.ent_type_ == "PERSON" and target.ent_iob_ == "B" and target.i + 1 < len(doc) and doc[target.i + 1].ent_iob_ == "I":
            continue  # first name of a multi-token name: the last token stands for it
        role = role_of(tok, None)
        if role not in ("killed", "injured", "shot"):
            continue
        if target.ent_type_ == "PERSON":
            start, end = _ent_bounds(target)
        elif pronoun:
            start, end = target.idx, target.idx + len(target.text)
        else:
            start, end = noun_phrase_bounds(target)
        yield start, end, role, _counted_text(target, start, end), event_of(tok, None), pronoun, \
            _adds_to_count(target)


def _adds_to_count(nominal) -> bool:
    """A count on top of another: coordinated with a count ("2 adults, 2 teens", "three men
    and a woman", "two children and then himself") or marked as other ("two others", "the
    other two"). Added only within one sentence (see `_evidence`)."""
    if nominal.lower_ in ("others",) or any(c.lemma_.lower() in ("other", "another") and c.dep_ in ("amod", "det") for c in nominal.children):
        return True
    if nominal.dep_ not in ("conj", "appos"):
        return False
    head = nominal.head
    return head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children) or (
        nominal.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN")
        and (is_person(head) or head.ent_type_ == "PERSON") and nominal.pos_ in ("NOUN", "PROPN", "PRON"))


def _counted_text(tok, start: int, end: int) -> str:
    if _age_nominal(tok):
        text = tok.doc.text[start:end]
        return text.split(" ", 1)[1] if text.lower().startswith(("a ", "an ", "the ")) else text
    return tok.text


def _age_nominal(tok) -> bool:
    """'a 16-year-old' used as a noun: the victim is named by an age."""
    return tok.lemma_.lower() == "old" and any(c.lemma_.lower() in ("year", "month") for c in tok.subtree) \
        and not (tok.dep_ in ("amod",) and tok.head.pos_ in ("NOUN", "PROPN"))


def _verb_role_of_passive(verb) -> Optional[str]:
    from .quantities_measure import _verb_role

    return _verb_role(verb, "nsubjpass")


def _ent_bounds(tok) -> tuple[int, int]:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.start_char, ent.end_char
    return tok.idx, tok.idx + len(tok.text)


def _remember(article: Article, roles: dict) -> None:
    key = (article.id, len(article.text))
    _ROLES[key] = roles
    _ROLES.move_to_end(key)
    while len(_ROLES) > _ROLE_CACHE:
        _ROLES.popitem(last=False)


def _roles_for(article: Article, quantities) -> dict[tuple[int, int], str]:
    key = (article.id, len(article.text))
    if key in _ROLES:
        return _ROLES[key]
    roles = {}
    for q in quantities:
        if q.measure in ("killed", "injured"):
            one = q.low == 1 and q.high == 1 and not any(ch.isdigit() for ch in article.text[q.span.start:q.span.end])
            roles[(q.span.start, q.span.end)] = q.measure + (":one" if one else "")
    return roles


def main_casualties(article: Article, quantities, doc=None) -> tuple[Optional[int], Optional[int]]:
    """The killed and injured figures of the article's main incident.

    The main incident is the one the headline and the opening state: a figure in the title
    wins, then the first figure stated in the text for each role (later paragraphs often
    recall other incidents); "and two others injured" right after a figure adds to it. With no
    figure, victims named without a number count one ("a man was shot dead", "he died"), and
    a figure of people shot gives injured = shot - killed. No mention at all gives 0.
    """
    if quantities is None:
        quantities = find_quantities(article, doc)
    body = _evidence(article.text, quantities, _roles_for(article, quantities))
    title = _title_evidence(article)
    first = dict(body.first)
    position = dict(body.position)
    for role, value in title.first.items():
        first[role] = value
        position[role] = -1
    singles = {r: title.singles[r] + body.singles[r] for r in body.singles}
    # victims without a number: one, plus those coordinated with it ("a teacher and her son")
    single_count = {r: 1 + max(title.single_adds[r], body.single_adds[r]) for r in body.singles}
    pronouns = {r: body.pronouns[r] for r in body.pronouns}
    killed = first.get("killed")
    injured = first.get("injured")
    if killed is None:
        killed = single_count["killed"] if (singles["killed"] or pronouns["killed"]) else 1 if title.fatal_event else 0
    elif "killed" in body.first and body.pronoun_adds["killed"] and "killed" not in title.first:
        killed += 1  # "killed his two children and then himself"
    shot = first.get("shot")
    if shot is not None and (injured is None or position["shot"] < position["injured"]):
        # "four people were shot ... one was grazed": the later figure details the first
        injured = max(shot - killed, 0)
    if injured is None:
        # one victim named twice ("a man was shot ... he died") is one death, not an injury too:
        # with a death, a nameless injury counts only when it is someone else's
        hurt = singles["injured"] + singles["shot"]
        others = {c for c in hurt if set(c.split()) & OTHER_WORDS}
        if killed == 0 and (hurt or pronouns["injured"] or pronouns["shot"]):
            injured = single_count["injured"] if singles["injured"] else single_count["shot"] if singles["shot"] else 1
        elif killed and (others or _distinct_victim(singles)):
            injured = 1
    return killed, (injured if injured is not None else 0)


OTHER_WORDS = {"another", "second", "other", "also", "third", "fourth", "fifth"}
_AGE = re.compile(r"(\d+)[- ](?:year|month)s?[- ]old")


def _distinct_victim(singles) -> bool:
    """An injured victim told apart from the dead by age: "the 19-year-old ... died", "the
    14-year-old was wounded"."""
    dead = {m.group(1) for c in singles["killed"] for m in _AGE.finditer(c)}
    hurt = {m.group(1) for c in singles["injured"] + singles["shot"] for m in _AGE.finditer(c)}
    return bool(dead) and bool(hurt - dead)


class _Evidence:
    def __init__(self):
        self.first: dict[str, int] = {}
        self.singles: dict[str, list[str]] = {"killed": [], "injured": [], "shot": []}
        self.pronouns: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.position: dict[str, int] = {}
        self.single_adds: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.pronoun_adds: dict[str, int] = {"killed": 0, "injured": 0, "shot": 0}
        self.fatal_event = False


def _evidence(text: str, quantities, roles) -> _Evidence:
    ev = _Evidence()
    last_end: dict[str, int] = {}
    for (start, end), role in roles.items():
        base, _, kind = role.partition(":")
        if kind == "pron" and base in ev.pronouns:
            ev.pronouns[base] += 1
        if kind == "add" and base in ev.pronouns and not any(ch.isdigit() for ch in text[start:end]) \
                and (start, end) not in {(q.span.start, q.span.end) for q in quantities}:
            ev.pronoun_adds[base] += 1
    for q in quantities:
        role = roles.get((q.span.start, q.span.end))
        if role is None:
            continue
        base, _, kind = role.partition(":")
        if kind == "pron" or base not in ev.singles and kind:
            continue
        if kind == "add" and base in ev.first and base in last_end \
                and _same_sentence(text, last_end[base], q.span.start) and q.low is not None:
            ev.first[base] += int(q.low)  # "killed 2 adults, 2 teens", "three men and a woman"
            last_end[base] = q.span.end
            continue
        if kind and kind != "add" or (kind == "add" and q.low == 1 and q.high == 1 and base not in ev.first
                                      and not any(ch.isdigit() for ch in text[q.span.start:q.span.end])):
            ev.singles[base].append(text[q.span.start:q.span.end].lower())
            if kind == "add":
                ev.single_adds[base] += 1
            continue
        if q.low is None:
            continue
        value = int(q.low)
        if base not in ev.first:
            ev.first[base] = value
            ev.position[base] = q.span.start
            last_end[base] = q.span.end
        elif (q.counts or "").lower() in ("others", "other") and base in last_end \
                and _same_sentence(text, last_end[base], q.span.start):
            ev.first[base] += value  # "two men in critical condition and two others injured"
            last_end[base] = q.span.end
    return ev


def _same_sentence(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    return end - start < 200 and not any(mark in between for mark in (". ", "\n", "? ", "! "))


_TITLE_TAIL = ("| ", " - ", " :: ", " — ", " – ")


def _title_evidence(article: Article) -> _Evidence:
    title = (article.title or "").strip()
    if not title:
        return _Evidence()
    for sep in _TITLE_TAIL:  # drop an outlet name after the headline
        if sep in title:
            title = title.split(sep)[0].strip()
    head = Article(id=article.id + "#title", origin=article.origin, text=title)
    from .nlp import load_nlp

    doc = load_nlp()(title)
    quantities, roles = _analyse(head, doc, headline=True)
    ev = _evidence(title, quantities, roles)
    ev.fatal_event = any(_fatal_event(tok) for tok in doc)
    return ev


def _fatal_event(tok) -> bool:
    """A headline naming a deadly event without a count: "fatal shooting", "deadly crash",
    "homicide", "murder": at least one death."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in ("homicide", "murder", "slaying", "killing"):
        return True
    return lemma in EVENT_NOUNS and any(c.lower_ in ("fatal", "deadly", "lethal") for c in tok.children)
