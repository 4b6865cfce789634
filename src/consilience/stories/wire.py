"""Wire copies: articles that are mostly the same text count as one source.

Each article becomes a set of hashed word 5-gram shingles; candidate pairs come from an inverted
index on a fixed sample of shingle hashes (those whose hash falls in 1/`sample` of the space), so
the cost stays near linear. A pair is a copy when the shared sampled shingles cover at least
`min_containment` of the shorter article. Copies are joined transitively (union-find).
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from typing import Sequence

from ..disjoint import DisjointSets
from ..model import Article, SourceGroup

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

SHINGLE = 5
SAMPLE = 4
MIN_CONTAINMENT = 0.5
MIN_SHINGLES = 8
MAX_POSTING = 200  # a shingle shared by more articles than this is boilerplate, not wire copy


def shingles(text: str, size: int = SHINGLE, sample: int = SAMPLE) -> frozenset[int]:
    words = [w.lower() for w in _WORD.findall(text)]
    out = set()
    for i in range(max(0, len(words) - size + 1)):
        h = zlib.crc32(" ".join(words[i:i + size]).encode("utf-8"))
        if h % sample == 0:
            out.add(h)
    return frozenset(out)


def _group_id(members: Sequence[str]) -> str:
    return "g-" + hashlib.sha1("\n".join(sorted(members)).encode("utf-8")).hexdigest()[:12]


def find_source_groups(articles: Sequence[Article], min_containment: float = MIN_CONTAINMENT) -> list[SourceGroup]:
    """Groups of two or more articles that reprint one text; articles not listed are their own
    source. Sorted by first member id; deterministic."""
    arts = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    sets = [shingles(a.text) for a in arts]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            postings[h].append(i)
    groups_of = DisjointSets(len(arts))
    find = groups_of.find

    best: dict[int, float] = {}
    for i, s in enumerate(sets):
        if len(s) < MIN_SHINGLES:
            continue
        shared: dict[int, int] = defaultdict(int)
        for h in s:
            posting = postings[h]
            if len(posting) > MAX_POSTING:
                continue
            for j in posting:
                if j > i:
                    shared[j] += 1
        for j, n in shared.items():
            smaller = min(len(s), len(sets[j]))
            if len(sets[j]) < MIN_SHINGLES:
                continue
            c = n / smaller
            if c >= min_containment:
                groups_of.union(i, j)
                best[i] = max(best.get(i, 0.0), c)
                best[j] = max(best.get(j, 0.0), c)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(arts)):
        groups[find(i)].append(i)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        ids = tuple(sorted(arts[i].id for i in members))
        share = min(best.get(i, 0.0) for i in members)
        out.append(SourceGroup(
            id=_group_id(ids), articles=ids,
            reason=f"{len(ids)} articles reprint one text (each shares at least {share:.0%} of its "
                   f"word 5-grams with another member)"))
    out.sort(key=lambda g: g.articles[0])
    return out
