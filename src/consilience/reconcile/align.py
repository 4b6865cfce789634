"""Alignment: which claims of different articles are about the same thing.

Scores compare what claims are *about* (their event words, entities, times, the words of a
quote), never their values: the Mumbai toll meets the Mumbai toll whatever each article says
it was, and never the Peshawar toll. Groups hold at most one claim per article.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence

from difflib import SequenceMatcher

from .claims import Evidence
from .dates import iso_day
from .places import same_person
from .quotes import quote_tokens

MIN_SCORE = {"quantity": 0.4, "date": 0.5, "quote": 0.6, "statement": 0.34, "place": 0.5, "age": 0.5}
CASUALTY = {"killed", "injured", "missing", "arrested", "displaced"}


def align(evidence: Sequence[Evidence]) -> list[list[Evidence]]:
    """Group claims across articles; every claim ends in exactly one group."""
    weights = _idf(evidence)
    pairs = []
    for kind in ("quantity", "date", "quote", "statement", "place", "age"):
        items = [e for e in evidence if e.claim.kind == kind]
        for a, b in _candidate_pairs(items, weights, exhaustive=kind in ("quantity", "place", "age")):
            score = similarity(a, b, weights)
            if score >= MIN_SCORE[kind]:
                pairs.append((score, a, b))
    pairs.sort(key=lambda p: (-p[0], _key(p[1]), _key(p[2])))
    group_of: dict[int, int] = {id(e): i for i, e in enumerate(evidence)}
    members: dict[int, list[Evidence]] = {i: [e] for i, e in enumerate(evidence)}
    for _, a, b in pairs:
        ga, gb = group_of[id(a)], group_of[id(b)]
        if ga == gb:
            continue
        articles_a = {e.article_id for e in members[ga]}
        if articles_a & {e.article_id for e in members[gb]}:
            continue  # one claim per article: the better-scoring pair already took it
        for e in members[gb]:
            group_of[id(e)] = ga
        members[ga].extend(members.pop(gb))
    groups = [sorted(m, key=_key) for m in members.values()]
    return sorted(groups, key=lambda g: _key(g[0]))


def _candidate_pairs(items: Sequence[Evidence], weights: _Weights, exhaustive: bool):
    """Pairs of claims from different articles worth scoring.

    Scoring every pair is quadratic in a story's claims; two claims about one thing share at
    least one word that most claims lack, so only pairs meeting in an index of such words are
    scored. Quantities are few and may share no word (phrasings of one toll): all pairs.
    """
    if exhaustive:
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if a.article_id != b.article_id:
                    yield a, b
        return
    index: dict[str, list[int]] = {}
    for i, e in enumerate(items):
        for word in e.about:
            index.setdefault(word, []).append(i)
    common = max(4, len(items) // 5)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > common:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if items[i].article_id != items[j].article_id:
                    seen.add((i, j))
    for i, j in sorted(seen):
        yield items[i], items[j]


def _key(e: Evidence) -> tuple:
    return (e.claim.kind, e.article_id, e.claim.span.start, e.claim.span.end)


def similarity(a: Evidence, b: Evidence, weights: _Weights) -> float:
    kind = a.claim.kind
    if kind == "quantity":
        return _quantity_similarity(a, b, weights)
    if kind == "place":
        return 1.0  # one per article: each report's place of the main event
    if kind == "age":
        return 1.0 if a.speaker and b.speaker and same_person(a.speaker, b.speaker) else 0.0
    if kind == "quote":
        shorter = min(len(a.text), len(b.text))
        if shorter < 12:
            return 0.0
        return quote_overlap(a.text, b.text)
    if kind == "date":
        # Dates are compared by their words alone: the sentences' times include the values.
        score = _weighted_overlap(a.about, b.about, weights)
        if (names_a := _names(a)) and (names_b := _names(b)) and not names_a & names_b:
            score *= 0.6  # the same kind of event ("was shot") befalling different people or places
        return score
    return _weighted_overlap(a.about, b.about, weights) + 0.1 * _time_agreement(a, b)


def quote_overlap(a: str, b: str) -> float:
    """Share of the shorter quote found, in runs of three words or more, in the other.

    A shortened, cut or lightly reworded quote keeps long runs of the same words; two
    different passages of one speaker share words ("at this point", "what happened") but
    rarely runs of them.
    """
    x, y = quote_tokens(a), quote_tokens(b)  # contractions spelled out, as the verdict reads them
    if min(len(x), len(y)) < 3:
        return 0.0
    blocks = [blk for blk in SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks() if blk[2]]
    # Runs either side of one word swapped ("opened fire on" / "opened never on") are one run:
    # a misquote of a short quote would otherwise keep too few long runs to meet its original.
    chains, last = [], None
    for i, j, size in blocks:
        if last is not None and i == last[0] + last[2] + 1 and j == last[1] + last[2] + 1:
            chains[-1].append(size)
        else:
            chains.append([size])
        last = (i, j, size)
    shared = sum(sum(chain) for chain in chains if max(chain) >= 3)
    return shared / min(len(x), len(y))


def _quantity_similarity(a: Evidence, b: Evidence, weights: _Weights) -> float:
    if not _same_measure(a, b):
        return 0.0
    if a.measure == "money" and a.unit != b.unit:
        return 0.0
    times = _time_agreement(a, b)
    if times < 0:
        return 0.0  # the sentences date different events
    about = _weighted_overlap(a.about | a.sentence.entities, b.about | b.sentence.entities, weights)
    context = _weighted_overlap(a.sentence.words, b.sentence.words, weights)
    # Each report's first toll of a measure is, as a rule, its main incident's.
    lead = 0.2 if a.lead and b.lead else 0.0
    return 0.5 * about + 0.5 * context + 0.25 * times + lead


def _names(e: Evidence) -> frozenset[str]:
    """The entities of a claim's sentence, in any case: a dateline's "CHARLOTTE" is "Charlotte"."""
    return _casefolded(e.sentence.entities)


@lru_cache(maxsize=8192)
def _casefolded(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.casefold() for name in names)


def _same_measure(a: Evidence, b: Evidence) -> bool:
    if "people" in (a.measure, b.measure):
        # A bare count of people (a crowd, a family, "six Americans") is stated for what it is
        # (a unique claim) but not aligned: it is rarely the same figure across reports.
        return False
    return a.measure == b.measure


def _time_agreement(a: Evidence, b: Evidence) -> float:
    """+1 when the sentences share a date, -1 when every date of one contradicts the other: other
    years, or days more than a week apart (a shooting of July 4 told beside one of July 20)."""
    ta, tb = _years(a.sentence.times), _years(b.sentence.times)
    if not ta or not tb:
        return 0.0
    for x in a.sentence.times:
        for y in b.sentence.times:
            if x.startswith(y) or y.startswith(x):
                return 1.0
    if not (ta & tb):
        return -1.0
    days_a, days_b = ([d for d in map(iso_day, e.sentence.times) if d is not None] for e in (a, b))
    if days_a and days_b and min(abs((x - y).days) for x in days_a for y in days_b) > 7:
        return -1.0
    return 0.0


def _years(values: Iterable[str]) -> set[str]:
    return {v[:4] for v in values if v[:4].isdigit()}


class _Weights(dict):
    """Word weights; words never seen in a statement are as telling as the rarest."""

    def __init__(self, values: dict[str, float]):
        super().__init__(values)
        self.default = max(values.values(), default=1.0)

    def __missing__(self, word: str) -> float:
        return self.default

    def norm(self, words: frozenset[str]) -> float:
        """Summed weight of a set of words, computed once per set."""
        cache = self.__dict__.setdefault("_norms", {})
        value = cache.get(words)
        if value is None:
            value = cache[words] = sum(self[x] for x in words)
        return value


def _idf(evidence: Sequence[Evidence]) -> _Weights:
    """Words every article uses (the story's protagonists) say little about which fact is meant."""
    sentence_counts = Counter(w for e in evidence if e.claim.kind == "statement" for w in e.about)
    n = max(1, sum(1 for e in evidence if e.claim.kind == "statement"))
    return _Weights({w: 1.0 + math.log((n + 1) / (c + 1)) for w, c in sentence_counts.items()})


def _weighted_overlap(a: frozenset[str], b: frozenset[str], weights: _Weights) -> float:
    if not a or not b:
        return 0.0
    shared = a & b
    if not shared:
        return 0.0
    return sum(weights[x] for x in shared) / math.sqrt(weights.norm(a) * weights.norm(b))
