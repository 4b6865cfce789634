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
measure `people`; `casualties.main_casualties` still uses it (shot minus killed = injured).
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Optional

from ..model import Article, Quantity, Span
from .quantities_measure import (
    ROLE_TO_MEASURE, UNIT_NOUNS,
    counted_noun, event_of, is_person, noun_phrase_bounds, role_of,
)
from .quantities_headline import headline_role, listed_count
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
            high = raw.value if raw.qualifier == "exact" else None  # "a murder-suicide": at least two
            out.append(Quantity(span=span, low=raw.value, high=high, qualifier=raw.qualifier,
                                measure=ROLE_TO_MEASURE[raw.role], counts=raw.counts))
            roles[(raw.start, raw.end)] = raw.role
            taken.append((raw.start, raw.end))
            continue
        noun = counted_noun(anchor)
        if noun is None and _age_after_name(anchor):
            continue  # "Tobiasz Cudnik, 32 were taken to the hospital": an age, not a count
        hrole = headline_role(anchor) if headline else None
        if hrole is None and _identifier(anchor, noun, raw):
            continue
        if raw.num_end - raw.num_start <= 3 and raw.value == 1 and noun is None and raw.qualifier == "exact" \
                and not raw.unit and hrole is None and not role_of(anchor, None):
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
            role = hrole if not measured else None  # headline grammar defeats the parser: the words beside the number decide
            if role is None and not measured and not (noun is not None and noun.lemma_.lower() in NOT_VICTIMS):
                role = role_of(anchor, noun)
            if role and _negated(anchor):
                role = None
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
            adds = _adds_to_count(noun if noun is not None else anchor) or (hrole is not None and listed_count(anchor))
            with_pronoun = noun is not None and noun.dep_ == "conj" and noun.head.lower_ in PRONOUNS
            roles[(raw.start, end)] = role + (":addpron" if with_pronoun else ":add" if adds else "")
        taken.append((raw.start, end))
    for start, end, role, counts, event, pronoun, conj_count in _numberless_victims(doc):
        if any(s < end and start < e for s, e in taken):
            continue
        if pronoun:  # "he died": counted for the article's figures, not reported as a number
            roles[(start, end)] = role + (":add" if conj_count else ":pron")  # "his two children and then himself"
            continue
        out.append(Quantity(span=Span(article.id, start, end), low=1.0, high=1.0, qualifier="exact",
                            measure=ROLE_TO_MEASURE[role], unit=None, counts=counts, event=event))
        roles[(start, end)] = role + (":addone" if conj_count else ":one")
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
    if noun.tag_ in ("NNP", "NNPS") and noun.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and anchor.i + 1 == noun.i:
        return True  # "WAVE 3 News", "Channel 4 Eyewitness"
    if noun.tag_ in ("NN", "NNP") and noun.lemma_.lower() not in UNIT_NOUNS | COLLECTIVE \
            and noun.ent_type_ != "NORP" and not noun.text.endswith("s"):
        return True
    return False


def _age_after_name(anchor) -> bool:
    """A person's age set off after the name: "Smith, 32, was shot", "Cudnik, 32 were hurt"."""
    doc, i = anchor.doc, anchor.i
    return anchor.text.isdigit() and int(anchor.text) < 120 and i >= 2 and doc[i - 1].text == "," \
        and doc[i - 2].ent_type_ == "PERSON"


NOT_VICTIMS = {"wound", "injury", "bullet", "round", "gunshot", "shell", "casing", "time"}  # "one gunshot wound"
CASUALTY_WORDS = ("kill", "dead", "die", "death", "injur", "wound", "hurt", "shot", "shoot", "harm")


def _negated(tok) -> bool:
    """The first casualty word after `tok` in its sentence is negated: "three other children
    were in the home but were not injured", "no one was hurt" is handled by the number grammar."""
    sent = tok.sent
    for w in tok.doc[tok.i + 1:sent.end]:
        if w.lower_.startswith(CASUALTY_WORDS):
            return any(c.dep_ == "neg" for c in w.children) or any(
                t.lower_ in ("not", "n't", "never") for t in tok.doc[max(w.i - 2, tok.i):w.i])
    return False


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
        low = tok.text.lower()
        if tok.dep_ not in ("nsubjpass", "dobj", "nsubj", "pobj", "poss", "conj", "ROOT") and not _age_nominal(tok) \
                and not (tok.dep_ == "appos" and (low in ("himself", "herself", "themselves") or _listed_name(tok))):
            continue
        target = tok
        if low in ("himself", "herself", "themselves") and tok.dep_ in ("conj", "appos"):
            from .quantities_measure import _verb_role  # "killed his two children and then himself"

            verb = tok.head  # "killed 2 children, herself": the reflexive leans on the object
            while verb.pos_ != "VERB" and verb.dep_ in ("conj", "appos"):
                verb = verb.head
            if verb.pos_ != "VERB" and verb.dep_ == "dobj":
                verb = verb.head
            role = _verb_role(verb, "dobj") if verb.pos_ == "VERB" else None
            if role in ("killed", "injured", "shot"):
                yield tok.idx, tok.idx + len(tok.text), role, tok.text, None, True, True
            continue
        if tok.pos_ == "PRON" and low in RELATIVE and tok.head.dep_ in ("relcl", "acl"):
            target = tok.head.head  # "the boy, who was shot"
        elif tok.pos_ == "PRON" and low not in PRONOUNS and low != "another":
            continue  # "killed one man and wounded another": another victim
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
        pronoun = target.pos_ == "PRON" and target.lower_ != "another"
        person = pronoun or target.lower_ == "another" or target.ent_type_ == "PERSON" or is_person(target) or _age_nominal(target)
        if not person or target.lemma_.lower() in ("police", "security", "staff", "crew", "people"):
            continue
        if target.ent_type_ == "PERSON" and target.ent_iob_ == "B" and target.i + 1 < len(doc) and doc[target.i + 1].ent_iob_ == "I":
            continue  # first name of a multi-token name: the last token stands for it
        role = _died(tok) or role_of(tok, None)
        if role not in ("killed", "injured", "shot") or _negated(tok):
            continue
        if low == "another" and tok.head.tag_ == "VBG":
            continue  # a charge, "injuring another by careless handling", names no victim
        if target.ent_type_ == "PERSON":
            start, end = _ent_bounds(target)
        elif pronoun:
            start, end = target.idx, target.idx + len(target.text)
        else:
            start, end = noun_phrase_bounds(target)
        yield start, end, role, _counted_text(target, start, end), event_of(tok, None), pronoun, \
            _adds_to_count(target)


def _listed_name(tok) -> bool:
    """'Ann Lee, Bo Park, Cy Ortiz and Di Moss were wounded': the parse hangs the middle names of a
    list on the first as appositions; a name set beside a name in a list closed by "and" is another
    person, not the first renamed ("a man, John Doe" renames)."""
    head = tok.head
    return tok.ent_type_ == "PERSON" and head.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and head.pos_ == "PROPN" \
        and head.i < tok.i and any(c.dep_ == "conj" and c.i > tok.i for c in head.children)  # the list ends "and X"


def _died(tok) -> Optional[str]:
    """The subject's own predicate outranks its modifiers: "a teen hospitalized after a shooting
    has died", "the boy who was shot was pronounced dead"."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() in ("die", "succumb"):
        return "killed"
    if any(c.dep_ == "conj" and c.lemma_.lower() in ("die", "succumb") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
           for c in verb.children):
        return "killed"  # "a fifth victim was airlifted to a hospital and succumbed to his injuries": the wounded died
    if verb.lemma_.lower() in ("pronounce", "declare", "find") and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "dead" for c in verb.children):
        return "killed"
    return None


def _adds_to_count(nominal) -> bool:
    """A count on top of another: coordinated with a count ("2 adults, 2 teens", "three men
    and a woman", "two children and then himself") or marked as other ("two others", "the
    other two"). Added only within one sentence (see `_evidence`)."""
    if nominal.lower_ in ("others", "another") or any(c.lemma_.lower() in ("other", "another") and c.dep_ in ("amod", "det") for c in nominal.children):
        return not _contrasts_with_agent(nominal)
    if nominal.dep_ not in ("conj", "appos"):
        return False
    if _names_members(nominal):
        return False
    head = nominal.head
    if head.lower_ in ("himself", "herself"):
        return True  # "shot himself and his son"
    return head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children) or (
        (nominal.dep_ == "conj" or _listed_name(nominal)) and head.pos_ in ("NOUN", "PROPN")
        and (is_person(head) or head.ent_type_ == "PERSON") and nominal.pos_ in ("NOUN", "PROPN", "PRON"))


def _names_members(nominal) -> bool:
    """'Three victims, a 25-year-old man, a 26-year-old man and a 33-year-old man': victims
    listed after their count are its members, not more victims."""
    if any(c.dep_ == "nummod" for c in nominal.children):
        return False
    first = nominal
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ == "appos" and first.head.tag_ in ("NNS", "NNPS") \
        and any(c.dep_ == "nummod" for c in first.head.children)


def _contrasts_with_agent(nominal) -> bool:
    """'A teen shot another teen': the object is other than the shooter, not one more victim
    (unless the verb follows another casualty verb: "killed one man and wounded another")."""
    verb = nominal.head
    if nominal.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ == "conj":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for c in verb.children)  # "one of them shot the other boy"


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


def roles_for(article: Article):
    """The casualty roles `find_quantities` noted for this article (None when not cached)."""
    return _ROLES.get((article.id, len(article.text)))


def __getattr__(name: str):
    if name == "main_casualties":  # moved to `casualties`; kept importable from here
        from .casualties import main_casualties

        return main_casualties
    raise AttributeError(name)
