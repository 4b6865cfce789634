"""Build a store from input files the way `consilience ingest` does (`consilience.corpus.ingest`).

While parts of the pipeline are still missing from the tree (the annotate or stories stage),
it falls back to what exists and says so in the notes: unannotated articles, and when no
story of several articles comes out, one story of all articles, reconciled.
"""
from __future__ import annotations

from consilience.model import Story, StoryReport
from consilience.store.base import StoryQuery


def fill(store, inputs: list[str]) -> tuple[list, list[StoryReport], list[str]]:
    """(articles, story reports, notes on what was left out), all read back from `store`."""
    notes: list[str] = []
    try:
        from consilience.corpus import IngestError, IngestOptions, ingest
    except ImportError as exc:
        notes.append(f"no consilience.corpus ({exc}): stored the pipeline's output directly")
        _store_analysis(store, inputs, notes)
    else:
        try:
            result = ingest(inputs, store)
        except IngestError as exc:
            notes.append(str(exc))
            result = ingest(inputs, store, IngestOptions(annotate=False))
        notes.extend(result.notes)
    summaries = store.stories(StoryQuery(limit=100_000))
    articles = store.articles(None)
    if len(articles) > 1 and all(s.articles < 2 for s in summaries):
        _one_story(store, articles, notes)
        summaries = store.stories(StoryQuery(limit=100_000))
    stories = [store.story(s.id) for s in summaries]
    return store.articles(None), stories, notes


def _store_analysis(store, inputs: list[str], notes: list[str]) -> None:
    from consilience.pipeline import RunOptions, analyze

    try:
        report = analyze(inputs, RunOptions())
    except ImportError as exc:
        notes.append(f"pipeline stage missing ({exc}); ran without annotate/stories")
        report = analyze(inputs, RunOptions(annotate=False, stories=False))
    store.add_articles(list(report.articles))
    store.save_stories(list(report.stories))


def _one_story(store, articles, notes: list[str]) -> None:
    from consilience.pipeline import report_story

    if not articles:
        return
    ids = tuple(a.id for a in articles)
    dates = sorted(a.published[:10] for a in articles if a.published and a.published[:1].isdigit())
    story = Story("seeds-" + ids[0][:8], ids, articles[0].title, dates[0] if dates else None,
                  dates[-1] if dates else None)
    store.save_stories([report_story(story, list(articles))])
    notes.append("no story of several articles came out: added one story of all articles")
