"""How forms of one entity are recognised as such: shared helpers of `entities`.

Fullest form, type vote, and the links between different forms: acronym and long form,
plural and group, bare group name and 'X network', organisation variants.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from . import entities_rules as R
from .entities_rules import norm

TYPE_PRIORITY = ("PERSON", "GROUP", "GPE", "ORG", "LOC", "NORP", "FAC", "EVENT")


def tokens(form: str) -> list[str]:
    return norm(form).split()


def fullest(forms: Sequence[str]) -> str:
    """The fullest form: long forms before acronyms, more words, more frequent, earlier."""
    counts = Counter(forms)
    order = {f: i for i, f in reversed(list(enumerate(forms)))}
    return min(
        counts,
        key=lambda f: (R.looks_like_acronym(f), -len(f.split()), -counts[f], -len(f), order[f]),
    )


def vote(votes: Sequence[tuple[str, int, bool]]) -> str:
    tally: Counter = Counter()
    group = False
    for type_, weight, evidence in votes:
        tally[type_] += weight
        group = group or evidence or type_ == "GROUP"
    best = max(tally, key=lambda t: (tally[t], -TYPE_PRIORITY.index(t)))
    if group and best in ("ORG", "PERSON", "FAC", "GROUP"):
        return "GROUP"
    return best


def contains(whole: list[str], part: list[str]) -> bool:
    return len(part) < len(whole) and all(p in whole for p in part)


def compatible(t1: str, t2: str) -> bool:
    classes = ({"PERSON"}, {"GPE", "LOC", "FAC"}, {"ORG", "GROUP", "NORP", "EVENT", "FAC"})
    return t1 == t2 or any(t1 in c and t2 in c for c in classes)


def pair_links(names: Sequence[tuple[str, str]]) -> list[tuple[int, int]]:
    """Pairs (i, j) where form i is another form of form j: an acronym of its long form
    ('JuA' ~ 'Jamaat-ul-Ahrar'), a plural of a group's name ('Mehsuds' ~ 'Mehsud network',
    'Kenyans' ~ 'Kenyan'), a bare name of 'X network', and organisation variants
    (`org_links`). An acronym links only when its long form is unambiguous among the names;
    a long form of another type than the acronym's is accepted when it is the only one (the
    model often mislabels acronyms). Indexed: about linear in the number of names."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, (form, _) in enumerate(names):
        toks = norm(form).split()
        if len([p for p in re.split(r"[\s\-]+", form.strip()) if p]) > 1:
            for skip in (False, True):
                index[("acr", R.initials(form, skip).lower())].append(j)
        has_head = len(toks) > 1 and toks[-1] in R.GROUP_HEADS
        index[("stem", " ".join(toks[:-1] if has_head else toks))].append(j)
        if has_head:
            index[("bare", " ".join(toks[:-1]))].append(j)
    links: set[tuple[int, int]] = set()
    for i, (form, type_) in enumerate(names):
        key = norm(form)
        keys = [("bare", key)]
        if " " not in key and key.endswith("s") and len(key) >= 4:
            keys.append(("stem", key[:-1]))
            if key.endswith("es"):
                keys.append(("stem", key[:-2]))
        for k in keys:
            for j in index.get(k, ()):
                if j != i and compatible(type_, names[j][1]) and norm(names[j][0]) != key:
                    links.add((i, j))
        if R.looks_like_acronym(form) and type_ != "PERSON":
            cands = [j for j in index.get(("acr", form.replace(".", "").lower()), ()) if j != i
                     and names[j][1] != "PERSON"]
            fitting = [j for j in cands if compatible(type_, names[j][1])]
            for group in (fitting, cands):
                if group and len({norm(names[j][0]) for j in group}) == 1:
                    links.update((i, j) for j in group)
                    break
    links.update(org_links(names))
    return sorted(links)


def org_keys(form: str) -> tuple[str, list[str]]:
    """An organisation's identity key (no corporate suffix: 'Apple Inc.' -> 'apple') and
    weaker keys: without a leading place ('U.S. Federal Reserve' -> 'federal reserve') and
    its leading words ('Lockheed Martin' -> 'lockheed')."""
    toks = norm(form).split()
    while len(toks) > 1 and toks[-1] in R.CORPORATE_SUFFIXES:
        toks = toks[:-1]
    weak = []
    for k in (3, 2, 1):
        if len(toks) > k and R.place_type(" ".join(toks[:k])):
            weak.append(" ".join(toks[k:]))
            break
    for k in range(1, len(toks)):
        prefix = " ".join(toks[:k])
        if toks[k - 1] not in R.FUNCTION_WORDS and not R.place_type(prefix) \
                and toks[k] not in R.FUNCTION_WORDS:
            weak.append(prefix)
    return " ".join(toks), weak


def org_links(names: Sequence[tuple[str, str]]) -> set[tuple[int, int]]:
    """Organisations: the same name without a corporate suffix is the same organisation; a
    shorter name that is the start of exactly one longer name, or that name without its
    leading place, is that organisation ('Lockheed' ~ 'Lockheed Martin', 'Federal Reserve' ~
    'U.S. Federal Reserve'); when several longer names share it, none is chosen."""
    strong: dict[str, list[int]] = defaultdict(list)
    weak: dict[str, list[int]] = defaultdict(list)
    for i, (form, type_) in enumerate(names):
        if type_ not in ("ORG", "GROUP", "FAC"):
            continue
        key, weak_keys = org_keys(form)
        strong[key].append(i)
        for w in weak_keys:
            weak[w].append(i)
    links: set[tuple[int, int]] = set()
    for key, owners in strong.items():
        links.update((i, owners[0]) for i in owners[1:])
        longer = weak.get(key, [])
        if longer and len({org_keys(names[j][0])[0] for j in longer}) == 1:
            links.update((i, longer[0]) for i in owners)
    return links
