"""Two events in one story, told apart by how their articles open.

Reports of two events of one kind (two arrests of players of one team, two heists in one city)
share most of their vocabulary and many names, so a story can take in both. Their leads differ:
the title and first lines name the event's own actors, place, figures. `lead_parts` compares the
members on those lines alone (terms weighted by the batch's IDF, kept when in two or more
members but not in most) and parts them in two when the two sides' leads share little across
compared with within (average linkage, `lead_split_ratio`), each side at least `split_min`.
Pairs whose openings give contradictory figures (`figures.py`: EUR 85m against EUR 2m) count as
less alike, in the split and in the join (`lead_cohesive`).
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Callable

from ..model import Article
from .features import content_word, headline, proper_names, tokens
from .figures import Figures, penalize


def agglomerate(sims: list[list[float]], until: int = 2, least: float = float("-inf")) -> list[list[int]]:
    """Average-linkage agglomeration of `sims` (a similarity matrix): clusters are joined, the
    closest pair first, while more than `until` remain and the closest are at least `least`."""
    clusters = {i: [i] for i in range(len(sims))}
    link = {(i, j): sims[i][j] for i in clusters for j in clusters if i < j}
    while len(clusters) > until and link:
        (a, b), best = max(link.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        if best < least:
            break
        na, nb = len(clusters[a]), len(clusters[b])
        clusters[a] += clusters.pop(b)
        for c in clusters:
            if c == a:
                continue
            ab = link.pop((min(b, c), max(b, c)))
            key = (min(a, c), max(a, c))
            link[key] = (na * link[key] + nb * ab) / (na + nb)
        del link[(a, b)]
    return sorted((sorted(c) for c in clusters.values()), key=min)


def mean_sim(sims: list[list[float]], xs: list[int], ys: list[int]) -> float:
    pairs = [(x, y) for x in xs for y in ys if x != y]
    return sum(sims[x][y] for x, y in pairs) / len(pairs) if pairs else 0.0


def similarities(vectors: list[dict[str, float]], share: float) -> list[list[float]]:
    """Cosine similarities of `vectors` on the terms found in 2 or more of them and at most
    `share` of them: what all members say tells nothing about which event each reports."""
    k = len(vectors)
    local: Counter[str] = Counter(t for v in vectors for t in v)
    keep = {t for t, n in local.items() if 2 <= n <= share * k}
    units = []
    for v in vectors:
        u = {t: w for t, w in v.items() if t in keep}
        norm = math.sqrt(sum(w * w for w in u.values())) or 1.0
        units.append({t: w / norm for t, w in u.items()})
    return [[sum(w * b.get(t, 0.0) for t, w in a.items()) for b in units] for a in units]


def lead_vector(article: Article, idf: Callable[[str], float], chars: int = 400) -> dict[str, float]:
    """Title and opening `chars` characters as IDF-weighted terms, multi-word names as phrases."""
    lead = article.text[:chars]
    tf: Counter[str] = Counter(w for w in tokens(headline(article.title or "") + "\n" + lead)
                               if content_word(w))
    for name in proper_names(lead):
        if " " in name:
            tf["\u00a7" + name] += 1
    return {t: (1.0 + math.log(c)) * idf(t) for t, c in tf.items()}


def lead_parts(vectors: list[dict[str, float]], cfg, figures: list[Figures] | None = None) -> list[list[int]]:
    """The members (positions in `vectors`, lead vectors) as one part, or two when their leads
    tell two events apart (pairs whose opening `figures` conflict count as less alike)."""
    k = len(vectors)
    everyone = [list(range(k))]
    if cfg.lead_split_ratio <= 0 or k < 2 * cfg.split_min or k > cfg.split_max:
        return everyone
    sims = similarities(vectors, cfg.split_share)
    penalize(sims, figures, cfg.figure_penalty)
    first, second = agglomerate(sims)
    if min(len(first), len(second)) < cfg.split_min:
        return everyone
    within = min(mean_sim(sims, first, first), mean_sim(sims, second, second))
    across = mean_sim(sims, first, second)
    if within < cfg.split_within or across > cfg.lead_split_ratio * within:
        return everyone
    return [first, second]


def lead_cohesive(leads_a: list[dict[str, float]], leads_b: list[dict[str, float]], cfg,
                  figures: list[Figures] | None = None) -> bool:
    """Whether two groups' leads read as one event: nearly as similar across as within the
    more cohesive group, across / within >= `merge_ratio`. A group whose own
    leads are less alike than `split_within` (held together by page furniture) is joined to
    nothing."""
    k = len(leads_a)
    sims = similarities(leads_a + leads_b, cfg.split_share)
    penalize(sims, figures, cfg.figure_penalty)  # figures: those of leads_a, then leads_b
    a, b = list(range(k)), list(range(k, len(sims)))
    if len(a) < 2 or len(b) < 2:  # a lone article is placed by `reassign`, with its margin
        return False
    withins = [mean_sim(sims, x, x) for x in (a, b)]
    across = mean_sim(sims, a, b)
    if across <= 0 or min(withins) < cfg.split_within:
        return False
    return across >= cfg.merge_ratio * max(withins)
