"""Alignment: which claims of different articles are about the same thing.

Scores compare what claims are *about* (their event words, entities, times, the words of a
quote), never their values: the Mumbai toll meets the Mumbai toll whatever each article says
it was, and never the Peshawar toll. Groups hold at most one claim per article.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from .claims import Evidence

MIN_SCORE = {"quantity": 0.4, "date": 0.5, "quote": 0.6, "statement": 0.34}
CASUALTY = {"killed", "injured", "missing", "arrested", "displaced"}


def align(evidence: Sequence[Evidence]) -> list[list[Evidence]]:
    """Group claims across articles; every claim ends in exactly one group."""
    weights = _idf(evidence)
    pairs = []
    for kind in ("quantity", "date", "quote", "statement"):
        items = [e for e in evidence if e.claim.kind == kind]
        for a, b in _candidate_pairs(items, weights, exhaustive=kind == "quantity"):
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
    if kind == "quote":
        shorter = min(len(a.text), len(b.text))
        if shorter < 12:
            return 0.0
        # Shortened and partial quotes still match; scare quotes of a word or two do not.
        return max(fuzz.token_set_ratio(a.text, b.text), fuzz.partial_ratio(a.text, b.text) if shorter > 40 else 0) / 100
    return _weighted_overlap(a.about, b.about, weights) + 0.1 * _time_agreement(a, b)


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
    return 0.5 * about + 0.5 * context + 0.25 * times


def _same_measure(a: Evidence, b: Evidence) -> bool:
    if "people" in (a.measure, b.measure):
        # A bare count of people (a crowd, a family, "six Americans") is stated for what it is
        # (a unique claim) but not aligned: it is rarely the same figure across reports.
        return False
    return a.measure == b.measure


def _time_agreement(a: Evidence, b: Evidence) -> float:
    """+1 when the sentences share a date, -1 when every date of one contradicts the other."""
    ta, tb = _years(a.sentence.times), _years(b.sentence.times)
    if not ta or not tb:
        return 0.0
    for x in a.sentence.times:
        for y in b.sentence.times:
            if x.startswith(y) or y.startswith(x):
                return 1.0
    return -1.0 if not (ta & tb) else 0.0


def _years(values: Iterable[str]) -> set[str]:
    return {v[:4] for v in values if v[:4].isdigit()}


class _Weights(dict):
    """Word weights; words never seen in a statement are as telling as the rarest."""

    def __init__(self, values: dict[str, float]):
        super().__init__(values)
        self.default = max(values.values(), default=1.0)

    def __missing__(self, word: str) -> float:
        return self.default


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
    return sum(weights[x] for x in shared) / math.sqrt(sum(weights[x] for x in a) * sum(weights[x] for x in b))
