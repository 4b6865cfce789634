"""A second look at a batch: each article moves to the story it fits best once all are placed.

Adding articles one at a time decides each on the stories built so far; an early article may
found a story that its event's later articles then pass by, or join a story of a similar event
before its own exists. `reassign` scores every article again against its candidate stories as
they finally stand (its own story without it), moves those that fit another story better, and
`rebuild` makes a fresh index from the new grouping. Cost per article is that of one `add`.
Then stories holding two events are split (`split_members` on the words some members share,
`events.lead_parts` on the leads), and stories of one event are joined (`merge.merge_groups`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..model import Article
from .events import agglomerate as _agglomerate, lead_parts, lead_vector, mean_sim as _mean, similarities
from .figures import lead_figures
from .index import StoryIndex, _Story, _unit, story_id
from .merge import merge_groups


def _without(s: _Story, unit: dict[str, float]) -> _Story | None:
    """The story as its other members make it (centroid less this article's vector)."""
    if len(s.members) < 2:
        return None
    if s.centroid is None:
        return s
    centroid = {t: w - unit.get(t, 0.0) for t, w in s.centroid.items()}
    return replace(s, centroid=centroid, members=s.members[:-1])


def reassign(index: StoryIndex, articles: Sequence[Article], margin: float = 0.0) -> dict[str, int]:
    """article id -> story position after one round of moves. Decisions are taken against the
    stories as they stand before the round (all at once), so the result does not depend on the
    order of `articles`."""
    cfg = index.config
    moves: dict[str, int] = {}
    for article in articles:
        own = index._by_article[article.id]
        f = index._extract(article)
        vec = index._vector(f)
        unit = _unit(vec)
        rest = _without(index._stories[own], unit)
        if rest is None:  # alone: join a story only when clearly above the threshold
            best_score = cfg.threshold + margin
        else:
            best_score = max(index._score(rest, f, unit), cfg.threshold)
        best = own
        for idx in index._candidates(f, vec):
            s = index._stories[idx]
            if idx == own or len(s.members) < 2:  # a lone article moves, it is not moved to:
                continue                            # two could otherwise swap places
            score = index._score(s, f, unit)
            if score > best_score or (score == best_score and best != own and s.id < index._stories[best].id):
                best, best_score = idx, score
        moves[article.id] = best
    return moves


def rebuild(index: StoryIndex, articles: Sequence[Article], groups: dict[str, int]) -> StoryIndex:
    """A fresh index holding `articles` (in canonical order) grouped as `groups` says."""
    fresh = StoryIndex(index.config)
    # the same batch: the same counts, features and vectors
    fresh._df, fresh._n, fresh._lines, fresh._primed = index._df, index._n, index._lines, index._primed
    fresh._cache, fresh._vectors = index._cache, index._vectors
    where: dict[int, int] = {}
    for article in articles:
        key = groups[article.id]
        f = fresh._extract(article)
        vec = fresh._vector(f)
        pos = where.get(key)
        if pos is None:
            pos = len(fresh._stories)
            s = _Story(id=story_id(article.id))
            fresh._stories.append(s)
            fresh._by_id[s.id] = pos
            where[key] = pos
        fresh._join(pos, article, f, vec)
    return fresh


def refine(index: StoryIndex, articles: Sequence[Article], rounds: int = 1, margin: float = 0.0) -> StoryIndex:
    for _ in range(rounds):
        groups = reassign(index, articles, margin)
        if all(index._by_article[a.id] == groups[a.id] for a in articles):
            break
        index = rebuild(index, articles, groups)
    cfg = index.config
    if cfg.split_ratio > 0 or cfg.story_cohesion > 0 or cfg.lead_split_ratio > 0:
        groups = split(index, articles)
        if len(set(groups.values())) != len(index._stories):
            index = rebuild(index, articles, groups)
    if cfg.merge_ratio > 0:
        groups = merge_groups(index, articles)
        if len(set(groups.values())) != len(index._stories):
            index = rebuild(index, articles, groups)
    return index


def split_members(vectors: list[dict[str, float]], cfg) -> list[list[int]]:
    """Parts of one story that report different events of the same kind (two fights of one boxer,
    two heists in one city). The words all members share say what kind of event it is; what is
    left (words in some members only) is compared. Two parts whose members share many of those
    words among themselves and few across (across / within <= `split_ratio`), each of at least
    `split_min` articles, are two stories; each part is then looked at again."""
    k = len(vectors)
    if k < min(2 * cfg.split_min, cfg.cohesion_min) or k > cfg.split_max:
        return [list(range(k))]
    sims = similarities(vectors, cfg.split_share)
    everyone = list(range(k))
    if _mean(sims, everyone, everyone) < cfg.story_cohesion:
        # the members share little besides page furniture or a city's usual vocabulary:
        # keep only what holds together on its own
        return _agglomerate(sims, until=1, least=cfg.regroup_link)
    first, second = _agglomerate(sims)
    within = min(_mean(sims, first, first), _mean(sims, second, second))
    across = _mean(sims, first, second)
    if cfg.split_ratio <= 0 or k < 2 * cfg.split_min or min(len(first), len(second)) < cfg.split_min \
            or within < cfg.split_within \
            or across > cfg.split_ratio * within:
        return [list(range(k))]
    out = []
    for part in (first, second):
        for sub in split_members([vectors[i] for i in part], cfg):
            out.append([part[i] for i in sub])
    return out


def split(index: StoryIndex, articles: Sequence[Article]) -> dict[str, int]:
    """article id -> group after splitting every story that holds two events."""
    by_id = {a.id: a for a in articles}
    groups: dict[str, int] = {}
    key = 0
    for s in index._stories:
        members = sorted(m for m in s.members if m in by_id)
        vectors = [index._vector(index._extract(by_id[m])) for m in members]
        for part in split_members(vectors, index.config):
            leads = [lead_vector(by_id[members[i]], index._idf, index.config.lead_chars) for i in part]
            figures = [lead_figures(by_id[members[i]], index.config.lead_chars) for i in part]
            for sub in lead_parts(leads, index.config, figures):
                for j in sub:
                    groups[members[part[j]]] = key
                key += 1
    return groups
