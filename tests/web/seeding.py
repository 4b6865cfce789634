"""Build a store from input files the way `consilience ingest` does."""
from __future__ import annotations

from consilience.corpus import ingest
from consilience.model import StoryReport
from consilience.store.base import StoryQuery


def fill(store, inputs: list[str]) -> tuple[list, list[StoryReport], list[str]]:
    """(articles, story reports, the ingest's notes), all read back from `store`."""
    result = ingest(inputs, store)
    summaries = store.stories(StoryQuery(limit=100_000))
    return store.articles(None), [store.story(s.id) for s in summaries], list(result.notes)
