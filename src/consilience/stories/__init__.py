"""Stories: articles grouped by the real-world event they report.

`StoryIndex` adds articles one at a time (cost per article nearly flat in the corpus size);
`group_stories` is the batch form, independent of input order; `find_source_groups` marks wire
copies; `fill_from_story` completes year-less dates from the story.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..model import Article, SourceGroup, Story
from .features import parse_day
from .fill import complete_year, fill_from_story, refresh_story_dates
from .index import StoryConfig, StoryIndex, story_id
from .refine import refine as _refine
from .wire import find_source_groups

__all__ = ["StoryConfig", "StoryIndex", "group_stories", "find_source_groups", "fill_from_story",
           "complete_year", "story_id", "canonical_order", "refresh_story_dates"]


def canonical_order(articles: Sequence[Article]) -> list[Article]:
    """Dated articles first by publication day, then the rest; ties by id."""
    def key(a: Article):
        day = parse_day(a.published)
        return (day is None, day or 0, a.id)
    return sorted({a.id: a for a in articles}.values(), key=key)


def group_stories(articles: Sequence[Article], config: Optional[StoryConfig] = None) -> list[Story]:
    """Stories of a batch, with their wire-copy source groups. The same set of articles gives the
    same stories whatever the order they come in: one pass through a `StoryIndex` in canonical
    order, then `refine` (articles moved to the story they fit best; stories holding two events,
    or held together only by shared page furniture, taken apart; stories whose leads tell one event
    joined)."""
    ordered = canonical_order(articles)
    index = StoryIndex(config)
    index.prepare(ordered)
    for a in ordered:
        index.add(a)
    index = _refine(index, ordered, index.config.refine_rounds, index.config.refine_margin)
    by_id = {a.id: a for a in ordered}
    out = []
    for story in index.stories():
        groups: tuple[SourceGroup, ...] = ()
        if len(story.articles) > 1:
            groups = tuple(find_source_groups([by_id[i] for i in story.articles]))
        out.append(replace(story, source_groups=groups))
    return out
