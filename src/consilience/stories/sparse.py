"""Sparse term vectors and posting lists for the story index: compact stored vectors, cosine,
and postings kept as one story index or a list of them."""
from __future__ import annotations

import math
from array import array
from bisect import bisect_left


class _Vec:
    """A stored article vector, compact: interned terms, float weights, unit norm."""

    __slots__ = ("terms", "weights")

    def __init__(self, vec: dict[str, float]):
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        self.terms = tuple(vec)
        self.weights = array("f", (w / norm for w in vec.values()))

    def dot(self, unit: dict[str, float]) -> float:
        return sum(w * unit[t] for t, w in zip(self.terms, self.weights) if t in unit)


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {t: w / norm for t, w in vec.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def _nearest(days, day: int) -> int:
    """Distance from `day` to the nearest of `days` (sorted)."""
    i = bisect_left(days, day)
    return min(abs(day - days[j]) for j in (i - 1, i) if 0 <= j < len(days))


def _post(index: dict, key, idx: int) -> None:
    have = index.get(key)
    if have is None:
        index[key] = idx
    elif isinstance(have, int):
        if have != idx:
            index[key] = [have, idx]
    elif have[-1] != idx:
        have.append(idx)


def _read(index: dict, key, cap: int):
    have = index.get(key)
    if have is None:
        return ()
    if isinstance(have, int):
        return (have,)
    return have[-cap:]
