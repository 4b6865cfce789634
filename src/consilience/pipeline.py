"""The run as a list of stages: read -> clean -> annotate -> stories -> reconcile.

Each stage is a function over records; this module only sequences them, collects failures
and reports progress. Nothing here knows how a stage does its work.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from .clean import EmptyArticle, clean_document
from .clean.html import NoArticle
from .engine.local import Progress, map_records
from .ingest.readers import ReadOptions, read_inputs
from .model import Article, Document, InputFailure, Report, Story, StoryReport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    read: ReadOptions = ReadOptions()
    annotate: bool = True
    stories: bool = True


FailureSink = Callable[[InputFailure], None]


def analyze(
    inputs: Iterable[str],
    options: RunOptions = RunOptions(),
    progress: Optional[Progress] = None,
    on_failure: Optional[FailureSink] = None,
) -> Report:
    failures: list[InputFailure] = []

    def fail(failure: InputFailure) -> None:
        failures.append(failure)
        if on_failure:
            on_failure(failure)

    documents: list[Document] = []
    for item in read_inputs(inputs, options.read):
        if isinstance(item, InputFailure):
            fail(item)
        else:
            documents.append(item)

    articles = clean_all(documents, fail, progress)
    if options.annotate and articles:
        from .annotate import annotate_articles

        articles = annotate_articles(articles, progress=progress)
    stories: list[StoryReport] = []
    if options.stories and articles:
        story_list, articles = group_and_fill(articles, retime_filled=options.annotate)
        stories = [_guarded_report(s, articles, fail) for s in story_list]
    return Report(
        articles=tuple(sorted(articles, key=lambda a: (a.origin, a.id))),
        stories=tuple(stories),
        failures=tuple(failures),
        inputs=len(documents) + len(failures),
    )


def group_and_fill(articles: list[Article], retime_filled: bool = True) -> tuple[list[Story], list[Article]]:
    """Group articles into stories, complete year-less dates from each story, resolve the
    times of those articles again, and date the stories by their completed articles."""
    from .stories import fill_from_story, group_stories, refresh_story_dates

    story_list = group_stories(articles)
    filled = fill_from_story(articles, story_list)
    if retime_filled:
        from .annotate import retime

        annotated = {a.id for a in articles if a.entities or a.times or a.quantities or a.quotes}
        filled = retime(filled, articles, only=annotated)
    return [refresh_story_dates(s, filled) for s in story_list], filled


def report_story(story: Story, articles: list[Article]) -> StoryReport:
    """Reconcile one story and build its figures, timeline and brief."""
    from .reconcile import reconcile_story
    from .reconcile.figures import story_figures
    from .report.brief import build_brief
    from .report.timeline import build_timeline

    wanted = set(story.articles)
    members = [a for a in articles if a.id in wanted]
    facts = reconcile_story(story, members)
    return StoryReport(story=story, facts=tuple(facts), timeline=tuple(build_timeline(members)),
                       brief=tuple(build_brief(members, facts)), figures=story_figures(story, members, facts))


def _guarded_report(story: Story, articles: list[Article], fail: FailureSink) -> StoryReport:
    try:
        return report_story(story, articles)
    except Exception as exc:  # a bug in one story must not lose the run
        log.debug("reconciling story %s failed", story.id, exc_info=True)
        fail(InputFailure(f"story {story.id}", f"internal error while reconciling ({type(exc).__name__}: {exc}); "
                                                "reported without facts"))
        return StoryReport(story=story)


def clean_all(documents: list[Document], fail: FailureSink, progress: Optional[Progress] = None) -> list[Article]:
    from .clean.text import LineStats

    # Lines repeated across the batch's pages (menus, footers, widgets) are clutter evidence.
    stats = LineStats.from_texts(d.content for d in documents if d.content_type == "text")
    seen: dict[str, Article] = {}

    def step(document: Document) -> None:
        try:
            article = clean_document(document, stats=stats)
        except (NoArticle, EmptyArticle) as exc:
            fail(InputFailure(document.origin, str(exc)))
            return
        except Exception as exc:  # a bug on one page must not lose the batch
            log.debug("cleaning %s failed", document.origin, exc_info=True)
            fail(InputFailure(document.origin, f"internal error while cleaning ({type(exc).__name__}: {exc})"))
            return
        if article.id in seen:
            fail(InputFailure(document.origin, f"duplicate of {seen[article.id].origin} (same clean text)"))
            return
        seen[article.id] = article

    map_records(step, documents, "clean", len(documents), progress)
    return list(seen.values())
