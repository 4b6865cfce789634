"""What the words around a name say about it: titles and roles before a person, what an
organisation is said to be, lists of groups, nationalities. Helpers of `entities_mentions`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from . import entities_rules as R
from .entities_rules import QUOTE_CHARS

DEMONYM_ENDINGS = ("an", "ian", "ean", "ese", "ish", "i", "ic", "ch", "er", "ine", "ene", "ot")


def word_before(doc, s: int) -> str:
    """The lower-cased word before token s, skipping quote marks."""
    i = s - 1
    while i >= 0 and (doc[i].text in QUOTE_CHARS or doc[i].is_space):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country names (pycountry); empty when it is not installed."""
    names = set()
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                if getattr(c, attr, None):
                    names.add(getattr(c, attr).lower())
    except ImportError:  # pragma: no cover
        pass
    return frozenset(names)


@lru_cache(maxsize=4096)
def demonym_like(form: str) -> bool:
    """'Kenyan', 'Somali', 'Americans': one word with a demonym's ending that shares its
    first letters (four or more, half the country's first word) with a country's name
    without being that name ('Martin' ~ 'Martinique' is not: no demonym ending)."""
    word = form.strip().lower()
    if word.endswith("s"):
        word = word[:-1]
    if " " in word or len(word) < 4 or word in countries() or not word.endswith(DEMONYM_ENDINGS):
        return False
    for country in countries():
        common = 0
        for a, b in zip(word, country):
            if a != b:
                break
            common += 1
        if common >= 4 and common * 2 >= len(country.split()[0]):
            return True
    return False


def in_group_enumeration(doc, s: int, e: int) -> bool:
    """Is doc[s:e] an item of a list of groups ("militant groups like A, B and C",
    "A, B and other militant groups")?"""
    sent = doc[s].sent
    i = s - 1
    while i >= sent.start and _list_filler(doc[i]):
        i -= 1
    if i >= sent.start:
        cue = doc[i].lower_
        j = i
        if cue == "as" and i - 1 >= sent.start and doc[i - 1].lower_ == "such":
            cue, j = "such as", i - 1
        if cue in R.ENUM_CUES:
            window = [t.lower_ for t in doc[max(sent.start, j - 3):j]]
            if any(w in R.GROUP_NOUNS for w in window):
                return True
    k = e
    while k < sent.end and _list_filler(doc[k]) and doc[k].lower_ != "other":
        k += 1
    if k < sent.end and doc[k].lower_ == "other":
        window = [t.lower_ for t in doc[k + 1:min(sent.end, k + 4)]]
        return any(w in R.GROUP_NOUNS for w in window)
    return False


def group_apposition(doc, e: int) -> bool:
    """"X, a splinter group", "X, an armed movement": an apposition naming a group."""
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for tok in doc[e + 2:min(len(doc), e + 6)]:
        if tok.lower_ in R.GROUP_HEADS:
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def _list_filler(tok) -> bool:
    return (tok.is_punct and tok.text not in (".", ";", ":", "(", ")")) or tok.lower_ in (
        "and", "or", "the", "other") or bool(tok.ent_type_) or tok.is_space


def descriptor(doc, s: int, e: int) -> Optional[tuple[str, str]]:
    """What an organisation is said to be, right beside its name: "border agency X",
    "X customs service", "X gunmen". Returns (descriptor, described form)."""
    i = s
    while i > max(0, s - 3) and doc[i - 1].is_lower and doc[i - 1].pos_ in ("NOUN", "ADJ"):
        i -= 1
    if i < s and doc[s - 1].pos_ == "NOUN" and doc[s - 1].lower_ in R.ORG_DESCRIPTOR_HEADS:
        return doc[i:s].text, doc[i:e].text
    j = e
    while j < min(len(doc), e + 3) and doc[j].is_lower and doc[j].pos_ == "NOUN":
        j += 1
    if j > e and doc[j - 1].lower_ in R.ORG_DESCRIPTOR_HEADS:
        return doc[e:j].text, doc[s:j].text
    return None


def strip_leading_title(doc, s: int, e: int, label: str) -> tuple[int, str]:
    """'Spokeswoman Sandy Angers' tagged as one entity: the role words leave the name, and
    what remains (one to three capitalised words) is a person."""
    i = s
    while i < e and (doc[i].lower_ in R.ROLE_HEADS or doc[i].lower_ in R.ROLE_MODIFIERS):
        i += 1
    rest = doc[i:e]
    if i == s or not any(doc[k].lower_ in R.ROLE_HEADS for k in range(s, i)) \
            or not 1 <= len(rest) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in rest) \
            or (label != "PERSON" and len(rest) < 2):
        return s, label
    return i, "PERSON"


def title_before(doc, s: int, ent_start: Optional[int] = None) -> Optional[tuple[int, int, str]]:
    """A title or role right before a person's name: (start, end, role text without any
    leading nationality). 'US Trade Representative Mara Ellison' -> 'Trade Representative'."""
    sent_start = doc[s].sent.start
    i = s - 1
    toks = []
    while i >= sent_start:
        tok = doc[i]
        low = tok.lower_
        if low in R.ROLE_HEADS or low in R.ROLE_MODIFIERS or low in R.TITLE_GLUE:
            kind = "head" if low in R.ROLE_HEADS else "mod" if low in R.ROLE_MODIFIERS else "glue"
        elif tok.ent_type_ in ("GPE", "NORP") and tok.text[:1].isupper():
            kind = "nat"
        elif tok.is_title or tok.is_upper and len(tok.text) > 1:
            kind = "cap"
        else:
            break
        if tok.ent_type_ == "PERSON" and (ent_start is None or i < ent_start):
            break
        toks.append((i, kind))
        i -= 1
    toks.reverse()
    # drop what cannot start a title: glue, capitalised words not inside the title
    while toks and toks[0][1] in ("glue", "cap"):
        toks.pop(0)
    if not toks or not any(k == "head" for _, k in toks):
        return None
    # the role starts after the leading nationality ("US", "Kenyan", "Kenya")
    r = 0
    while r < len(toks) and toks[r][1] == "nat":
        r += 1
    if r == len(toks):
        return None
    # trailing glue cannot end a title
    while toks and toks[-1][1] == "glue":
        toks.pop()
    if not toks or toks[-1][0] != s - 1 and not any(k == "head" for _, k in toks[r:]):
        return None
    first, role_first, last = toks[0][0], toks[r][0], toks[-1][0]
    if last != s - 1:
        return None
    start = doc[first].idx
    role = doc[role_first:last + 1].text
    return start, doc[last].idx + len(doc[last].text), role
