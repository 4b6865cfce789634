"""Incremental ingest into a store: read, clean, annotate what is new, store, regroup stories.

    result = ingest(["news/"], open_store("corpus.db"))

The steps, and what a crash (even SIGKILL) at any point leaves:

1. Read and clean every input (`pipeline.clean_all`, the same code as `consilience analyze`).
2. Articles already stored (same id: a hash of the clean text) are skipped. The cleaned
   articles are cut into fixed batches by their position in the input; the new ones of each
   batch are annotated together and stored in one transaction. A batch is stored whole or not
   at all, so a rerun skips exactly the batches that were committed and redoes the others with
   the same composition: the result equals one uninterrupted run.
3. Stories are regrouped over every stored article, in the order they were stored, with the
   same grouping as `consilience analyze`; dates filled from a story are written back to its
   articles. Only stories whose membership changed (new, grown, split) are reconciled again
   and saved; stories that no longer exist are deleted. Stories are saved in small
   transactions; a rerun finds the unsaved ones changed and saves them.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Optional, Sequence, Union

from .engine.local import Progress
from .ingest.readers import ReadOptions, read_inputs
from .model import Article, Document, InputFailure, Story, StoryReport
from .store.sql import members_key

log = logging.getLogger(__name__)

FailureSink = Callable[[InputFailure], None]
Annotator = Callable[[Sequence[Article]], list[Article]]
Grouper = Callable[[list[Article]], tuple[list[Story], list[Article]]]
Reporter = Callable[[Story, list[Article]], StoryReport]

DEFAULT_BATCH = 64
GROUPED_KEY = "stories_grouped_through_seq"  # meta: stories are up to date with articles up to this seq
STORY_BATCH = 50


class IngestError(RuntimeError):
    """Ingest cannot start (a stage it needs is unavailable); nothing was stored."""


@dataclass(frozen=True)
class IngestOptions:
    read: ReadOptions = ReadOptions()
    annotate: bool = True
    stories: bool = True
    batch_size: int = DEFAULT_BATCH
    regroup: bool = False  # regroup and reconcile every story again (after upgrading those stages)
    # Stage overrides (tests, plugins); None means the project's own stage.
    annotator: Optional[Annotator] = None
    grouper: Optional[Grouper] = None
    reporter: Optional[Reporter] = None


@dataclass(frozen=True)
class IngestResult:
    inputs: int                              # documents read plus inputs that failed to read
    added: tuple[str, ...]                   # article ids stored by this run
    existing: tuple[str, ...]                # article ids that were already stored
    failures: tuple[InputFailure, ...]
    stories_saved: tuple[str, ...] = ()      # stories (re)reconciled and saved by this run
    stories_removed: tuple[str, ...] = ()    # stories that no longer exist (merged or split)
    articles_total: int = 0
    stories_total: int = 0
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())  # stages skipped or degraded, and why


Input = Union[str, Document]


def ingest(
    inputs: Iterable[Input],
    store: Any,
    options: IngestOptions = IngestOptions(),
    progress: Optional[Progress] = None,
    on_failure: Optional[FailureSink] = None,
) -> IngestResult:
    """Add `inputs` (paths, directories, globs, '-', or `Document`s) to `store`."""
    started = time.perf_counter()
    failures: list[InputFailure] = []
    notes: list[str] = []

    def fail(failure: InputFailure) -> None:
        failures.append(failure)
        if on_failure:
            on_failure(failure)

    # 1. read and clean
    documents: list[Document] = []
    paths: list[str] = []
    for item in inputs:
        if isinstance(item, Document):
            documents.append(item)
        else:
            paths.append(str(item))
    for item in read_inputs(paths, options.read):
        if isinstance(item, InputFailure):
            fail(item)
        else:
            documents.append(item)
    n_inputs = len(documents) + len(failures)
    from .pipeline import clean_all

    articles = clean_all(documents, fail, progress) if documents else []
    by_origin = {d.origin: d for d in documents}

    # 2. store what is new, batch by batch
    known = store.known_ids([a.id for a in articles]) if articles else set()
    new_total = sum(1 for a in articles if a.id not in known)
    annotator = _annotator(options) if new_total else None
    added: list[str] = []
    size = max(1, int(options.batch_size))
    done = 0
    if progress and new_total:
        progress("store", 0, new_total)
    for start in range(0, len(articles), size):
        batch = [a for a in articles[start:start + size] if a.id not in known]
        if not batch:
            continue
        if annotator is not None:
            batch = _annotate_batch(annotator, batch, _offset_progress(progress, "annotate", done, new_total), fail)
            if not batch:
                continue
        result = store.add_articles(batch, [by_origin[a.origin] for a in batch if a.origin in by_origin])
        added.extend(result.added)
        done += len(batch)
        if progress:
            progress("store", done, new_total)
    existing = tuple(a.id for a in articles if a.id in known)

    # 3. regroup stories, reconcile the changed ones
    saved: list[str] = []
    removed: list[str] = []
    if options.stories:
        saved, removed = regroup(store, options, progress, notes)
    return IngestResult(
        inputs=n_inputs, added=tuple(added), existing=existing, failures=tuple(failures),
        stories_saved=tuple(saved), stories_removed=tuple(removed),
        articles_total=store.article_count(), stories_total=store.story_count(),
        seconds=round(time.perf_counter() - started, 3), notes=tuple(notes),
    )


def regroup(store: Any, options: IngestOptions = IngestOptions(), progress: Optional[Progress] = None,
            notes: Optional[list[str]] = None) -> tuple[list[str], list[str]]:
    """Group every stored article into stories; save the stories whose membership changed and
    delete the ones that are gone. Returns (saved ids, removed ids)."""
    notes = notes if notes is not None else []
    last = store.max_seq()
    if not options.regroup and store.meta(GROUPED_KEY) == str(last):
        return [], []  # every stored article is grouped and every story saved
    grouper = options.grouper or _default_grouper()
    reporter = options.reporter or _default_reporter(notes)
    stored = store.articles()
    if not stored:
        return [], []
    if progress:
        progress("group", 0, 1)
    stories, filled = grouper(stored)
    before = {a.id: a for a in stored}
    changed_articles = [a for a in filled if before.get(a.id) != a]
    if changed_articles:
        store.update_articles(changed_articles)
    current = store.story_members()
    wanted = {s.id: s for s in stories}
    removed = sorted(sid for sid in current if sid not in wanted)
    todo = sorted((s for s in stories if options.regroup or current.get(s.id) != members_key(s.articles)),
                  key=lambda s: s.id)
    by_id = {a.id: a for a in filled}
    position = {a.id: i for i, a in enumerate(filled)}  # members reach the reporter in stored order
    saved: list[str] = []
    if progress:
        progress("group", 1, 1)
        progress("stories", 0, len(todo))
    if removed and not todo:
        store.delete_stories(removed)
    if not todo:
        store.set_meta(GROUPED_KEY, str(last))
    for start in range(0, len(todo), STORY_BATCH):
        chunk = todo[start:start + STORY_BATCH]
        reports = [_report(reporter, s, sorted((by_id[i] for i in s.articles if i in by_id), key=lambda a: position[a.id]),
                           notes) for s in chunk]
        final = start + STORY_BATCH >= len(todo)
        store.replace_stories(reports, delete=removed if start == 0 else (),
                              meta={GROUPED_KEY: str(last)} if final else None)
        saved.extend(s.id for s in chunk)
        if progress:
            progress("stories", len(saved), len(todo))
    return saved, removed


# ---------------------------------------------------------------- stages


def _annotator(options: IngestOptions) -> Optional[Callable[[list[Article], Optional[Progress]], list[Article]]]:
    if not options.annotate:
        return None
    if options.annotator is not None:
        custom = options.annotator
        return lambda batch, progress: list(custom(batch))
    try:
        from .annotate import annotate_articles
        from .annotate.nlp import load_nlp

        load_nlp()
    except (ImportError, OSError) as exc:
        raise IngestError(f"annotation is unavailable in this installation ({exc}); "
                          "run with --no-annotate to store articles without annotations") from exc
    return lambda batch, progress: list(annotate_articles(batch, progress=progress))


def _annotate_batch(annotator, batch: list[Article], progress: Optional[Progress], fail: FailureSink) -> list[Article]:
    """The batch annotated; if that fails, article by article, reporting (and leaving out) the
    ones that fail: a bug on one page must not lose the batch."""
    try:
        return annotator(batch, progress)
    except Exception:
        log.debug("annotating a batch failed; retrying article by article", exc_info=True)
    out: list[Article] = []
    for article in batch:
        try:
            out.extend(annotator([article], None))
        except Exception as exc:
            log.debug("annotating %s failed", article.origin, exc_info=True)
            fail(InputFailure(article.origin, f"internal error while annotating ({type(exc).__name__}: {exc})"))
    return out


def _default_grouper() -> Grouper:
    from .pipeline import group_and_fill

    def group(articles: list[Article]) -> tuple[list[Story], list[Article]]:
        return group_and_fill(articles)

    return group


def _default_reporter(notes: list[str]) -> Reporter:
    from .pipeline import report_story

    return report_story


def _report(reporter: Reporter, story: Story, members: list[Article], notes: list[str]) -> StoryReport:
    try:
        report = reporter(story, members)
    except Exception as exc:  # one story's bug must not stop the corpus
        log.debug("reconciling %s failed", story.id, exc_info=True)
        notes.append(f"story {story.id}: reconciliation failed ({type(exc).__name__}: {exc}); saved without facts")
        return StoryReport(story=story)
    if report.story.id != story.id:  # stored under the grouping's id, whatever the reporter did
        report = replace(report, story=replace(report.story, id=story.id))
    return report


def _offset_progress(progress: Optional[Progress], label: str, offset: int, total: int) -> Optional[Progress]:
    if progress is None:
        return None
    return lambda _label, done, _total: progress(label, offset + done, total)
