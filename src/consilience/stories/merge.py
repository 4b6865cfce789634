"""Two stories of one event joined again (group_stories only).

An event's articles can end up in two stories when the first ones placed were told differently
from the rest (a first report and the follow-ups). Stories are paired through the index (each
article's candidate stories, so the cost per article is that of one `add`); a pair whose members
are together at least `2 * split_min` articles, whose centroids are similar (`merge_sim`, less the
date penalty of `add`) and whose leads are about as alike across the two stories as within them
(`events.lead_cohesive`) is joined, the most similar pairs first, while the result has at most
`split_max` articles (the leads are compared pairwise).
"""
from __future__ import annotations

import math
from typing import Sequence

from ..disjoint import DisjointSets
from ..model import Article
from .events import lead_cohesive, lead_vector
from .figures import Figures, lead_figures
from .index import StoryIndex, _Story, _cosine, _nearest


def _centroid(s: _Story) -> dict[str, float]:
    if s.centroid is not None:
        return s.centroid
    v = s.vectors[0]
    return dict(zip(v.terms, v.weights))


def _similarity(index: StoryIndex, a: _Story, b: _Story) -> float:
    cfg = index.config
    sim = _cosine(_centroid(a), _centroid(b))
    if len(a.days) and len(b.days):
        gap = min(_nearest(b.days, d) for d in a.days)
        if gap > cfg.date_slack_days:
            sim -= min(cfg.date_cap, cfg.date_weight * math.log1p((gap - cfg.date_slack_days) / cfg.date_scale_days))
    return sim


def merge_groups(index: StoryIndex, articles: Sequence[Article]) -> dict[str, int]:
    """article id -> group, stories of one event joined."""
    cfg = index.config
    by_id = {a.id: a for a in articles}
    stories = index._stories
    pairs: set[tuple[int, int]] = set()
    for article in articles:
        own = index._by_article[article.id]
        f = index._extract(article)
        for idx in index._candidates(f, index._vector(f)):
            if idx != own:
                pairs.add((min(own, idx), max(own, idx)))
    scored = []
    for i, j in pairs:
        si, sj = stories[i], stories[j]
        if len(si.members) + len(sj.members) < 2 * cfg.split_min:
            continue
        sim = _similarity(index, si, sj)
        if sim >= cfg.merge_sim:
            scored.append((-sim, min(si.id, sj.id), max(si.id, sj.id), i, j))
    scored.sort()
    joined = DisjointSets(len(stories))
    find = joined.find

    members = {i: sorted(m for m in s.members if m in by_id) for i, s in enumerate(stories)}
    leads: dict[str, dict[str, float]] = {}
    figs: dict[str, Figures] = {}

    def fig(aid: str) -> Figures:
        if aid not in figs:
            figs[aid] = lead_figures(by_id[aid], cfg.lead_chars)
        return figs[aid]

    def lead(aid: str) -> dict[str, float]:
        if aid not in leads:
            leads[aid] = lead_vector(by_id[aid], index._idf, cfg.lead_chars)
        return leads[aid]

    for _, _, _, i, j in scored:
        a, b = find(i), find(j)
        if a == b:
            continue
        if len(members[a]) + len(members[b]) > cfg.split_max:  # compared pairwise: bounded
            continue
        if lead_cohesive([lead(m) for m in members[a]], [lead(m) for m in members[b]], cfg,
                         [fig(m) for m in members[a] + members[b]]):
            keep, gone = joined.union(a, b)
            members[keep] = sorted(members[keep] + members.pop(gone))
    return {aid: find(idx) for aid, idx in index._by_article.items() if aid in by_id}
