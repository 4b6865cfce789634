"""Build a store from input files with the pipeline, as `consilience ingest` would.

While parts of the pipeline are still missing from the tree (the annotate or stories stage),
it falls back to what exists: unannotated articles, grouped as one story, reconciled.
"""
from __future__ import annotations

from consilience.model import Story, StoryReport
from consilience.pipeline import RunOptions, analyze, report_story


def analyze_inputs(inputs: list[str]):
    """(articles, story reports, notes on what was left out)."""
    notes = []
    try:
        report = analyze(inputs, RunOptions())
    except ImportError as exc:
        notes.append(f"pipeline stage missing ({exc}); ran without annotate/stories")
        report = analyze(inputs, RunOptions(annotate=False, stories=False))
    articles = list(report.articles)
    stories = list(report.stories)
    if articles and not stories:
        ids = tuple(a.id for a in articles)
        dates = sorted(a.published[:10] for a in articles if a.published)
        story = Story("seeds-" + ids[0][:8], ids, articles[0].title, dates[0] if dates else None,
                      dates[-1] if dates else None)
        stories = [report_story(story, articles)]
        notes.append("no stories stage: all articles form one story")
    return articles, stories, notes


def fill(store, inputs: list[str]) -> tuple[list, list[StoryReport], list[str]]:
    articles, stories, notes = analyze_inputs(inputs)
    store.add_articles(articles)
    store.save_stories(stories)
    return articles, stories, notes
