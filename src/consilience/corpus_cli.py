"""Corpus commands: `ingest`, `stories`, `show`, `export` over a store.

Registered on the main app by `register(app)`. Every command takes `--db` (else
$CONSILIENCE_DB, else ./consilience.db). Errors a user can act on are one line on stderr with
exit status 2 (bad usage) or 1 (nothing found, nothing stored); never a traceback.
"""
from __future__ import annotations

import csv
import math
import json
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .model import Report
from .terminal import err_console, print_failure, progress_bar

out_console = Console()
if not out_console.is_terminal:  # piped: wide enough that ids and titles stay on one line
    out_console = Console(width=200)

DB_HELP = "Database: a SQLite file or postgresql://... URL (default: $CONSILIENCE_DB, else ./consilience.db)."
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EXPORT_FIELDS = ("story_id", "story_title", "fact_id", "subject", "verdict", "reason", "claim", "article_id", "outlet",
                 "article_title", "published", "kind", "value", "measure", "low", "high", "hedging", "attributed_to",
                 "start", "end", "quote")


def _fail(message: str, code: int = 1) -> None:
    err_console.print(f"consilience: {message}", highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def _store(db: Optional[str], must_exist: bool = True) -> Iterator[Any]:
    from .store import StoreError, open_store, resolve_url

    url = resolve_url(db)
    if must_exist and "://" not in url and not Path(url).exists():
        _fail(f"no database at {url}: run `consilience ingest INPUT... --db {url}` first", 1)
    try:
        store = open_store(url)
    except StoreError as exc:
        _fail(str(exc), 1)
    try:
        yield store
    except _database_errors() as exc:
        _fail(f"database error on {url if '://' not in url else 'the server'}: "
              f"{str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}", 1)
    finally:
        try:
            store.close()
        except _database_errors():
            pass


def _database_errors() -> tuple[type, ...]:
    import sqlite3

    from .store import StoreError

    errors: list[type] = [StoreError, sqlite3.Error]
    try:
        import psycopg

        errors.append(psycopg.Error)
    except ImportError:
        pass
    return tuple(errors)


def ingest(
    inputs: List[str] = typer.Argument(..., help="Files, directories (recursive), globs, or - for stdin."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    annotate: bool = typer.Option(True, "--annotate/--no-annotate", help="Extract entities, times, numbers and quotes."),
    stories: bool = typer.Option(True, "--stories/--no-stories", help="Regroup stories after storing."),
    regroup: bool = typer.Option(False, "--regroup", help="Regroup and reconcile every story again (after an upgrade)."),
    batch: int = typer.Option(64, "--batch", min=1, help="Articles annotated and committed together."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest single article file accepted, in MB."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any input failed."),
) -> None:
    """Add INPUT articles to the corpus: new articles are annotated, stored and grouped into stories."""
    from .corpus import IngestError, IngestOptions, ingest as run_ingest
    from .ingest.readers import ReadOptions

    options = IngestOptions(read=ReadOptions(max_bytes=int(max_mb * 1_000_000)), annotate=annotate,
                            stories=stories, batch_size=batch, regroup=regroup)
    with _store(db, must_exist=False) as store:
        try:
            with progress_bar() as progress:
                result = run_ingest(inputs, store, options, progress=progress, on_failure=print_failure)
        except IngestError as exc:
            _fail(str(exc), 2)
        where = getattr(store, "url", "")
    err_console.print(
        f"{result.inputs} inputs: {len(result.added)} articles added, {len(result.existing)} already stored, "
        f"{len(result.failures)} failed; stories: {len(result.stories_saved)} updated, "
        f"{len(result.stories_removed)} removed; corpus {result.articles_total} articles, "
        f"{result.stories_total} stories ({where}) in {result.seconds:.1f} s", highlight=False, markup=False)
    for note in result.notes:
        err_console.print(f"note: {note}", highlight=False, markup=False)
    if (not result.added and not result.existing) or (strict and result.failures):
        raise typer.Exit(1)


def stories(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", help="Stories still running on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Stories begun on or before this date (YYYY-MM-DD)."),
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Full-text search over titles and article text."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Only stories with an article from this outlet."),
    conflicts: bool = typer.Option(False, "--conflicts", help="Only stories where sources conflict."),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="How many stories."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
    format: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """List stories, latest first."""
    from .store.base import StoryQuery

    if format not in ("table", "json"):
        _fail(f"unknown format {format!r}: choose table or json", 2)
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not DATE_RE.match(value):
            _fail(f"{name} {value!r} is not a date: use YYYY-MM-DD", 2)
    query = StoryQuery(since=since, until=until, search=search, outlet=outlet, conflicts_only=conflicts,
                       limit=limit, offset=offset)
    with _store(db) as store:
        found = store.stories(query)
    if format == "json":
        sys.stdout.write(json.dumps([_summary_dict(s) for s in found], ensure_ascii=False, indent=2) + "\n")
        return
    if not found:
        err_console.print("no stories match", highlight=False)
        return
    table = Table(show_header=True, header_style="bold", expand=False)
    for column in ("id", "title", "first seen", "last seen", "articles", "sources", "facts", "conflicts", "outlets"):
        table.add_column(column, overflow="fold")
    for s in found:
        table.add_row(s.id, (s.title or "(untitled)")[:60], s.first_seen or "?", s.last_seen or "?", str(s.articles),
                      str(s.independent_sources), str(s.facts), str(s.conflicts), ", ".join(s.outlets[:4]) +
                      (f" +{len(s.outlets) - 4}" if len(s.outlets) > 4 else ""))
    out_console.print(table)


def _summary_dict(s: Any) -> dict:
    return {"id": s.id, "title": s.title, "first_seen": s.first_seen, "last_seen": s.last_seen,
            "articles": s.articles, "independent_sources": s.independent_sources, "outlets": list(s.outlets),
            "facts": s.facts, "conflicts": s.conflicts}


def show(
    story: str = typer.Argument(..., help="A story id (from `consilience stories`), or an article id of the story."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    format: str = typer.Option("md", "--format", "-f", help="md | json | html"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
) -> None:
    """Print one story's report: its articles, facts with verdicts, timeline and brief."""
    from .report import UnknownFormat, render, renderers

    if format not in renderers():
        _fail(f"unknown format {format!r}: choose one of {', '.join(renderers())}", 2)
    if output is not None and not output.parent.exists():
        _fail(f"cannot write {output}: folder {output.parent} does not exist", 2)
    with _store(db) as store:
        report = store.story(story)
        if report is None:
            owner = store.story_of(story) if hasattr(store, "story_of") else None
            report = store.story(owner) if owner else None
        if report is None:
            _fail(f"no story {story!r} in {getattr(store, 'url', 'the database')}: list them with `consilience stories`", 1)
        articles = store.articles(list(report.story.articles))
    ordered = tuple(sorted(articles, key=lambda a: (a.origin, a.id)))
    try:
        text = render(Report(articles=ordered, stories=(report,), inputs=len(ordered)), format)
    except UnknownFormat as exc:
        _fail(str(exc), 2)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {output}", highlight=False, markup=False)


def export(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    format: str = typer.Option(..., "--format", "-f", help="jsonl | csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
) -> None:
    """Every claim of every fact, one row each (story, fact, verdict, source, value, span), for
    spreadsheets and pandas."""
    if format not in ("jsonl", "csv"):
        _fail(f"unknown format {format!r}: choose jsonl or csv", 2)
    if output is not None and not output.parent.exists():
        _fail(f"cannot write {output}: folder {output.parent} does not exist", 2)
    with _store(db) as store:
        handle = output.open("w", encoding="utf-8", newline="") if output else None
        sink = handle or sys.stdout
        n = 0
        try:
            if format == "csv":
                writer = csv.DictWriter(sink, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
                writer.writeheader()
                for row in store.claim_rows():
                    writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
                    n += 1
            else:
                for row in store.claim_rows():
                    record = {k: _finite(row.get(k)) for k in EXPORT_FIELDS}
                    sink.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
                    n += 1
        finally:
            if handle:
                handle.close()
    if output is not None:
        err_console.print(f"wrote {n} claims to {output}", highlight=False, markup=False)


def _finite(value: Any) -> Any:
    """Standard JSON has no infinity: an unbounded end is written as the string "inf"."""
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return str(value)
    return value




def register(app: typer.Typer) -> None:
    """Add the corpus commands to `app` (the main `consilience` CLI)."""
    app.command("ingest")(ingest)
    app.command("stories")(stories)
    app.command("show")(show)
    app.command("export")(export)


def standalone() -> typer.Typer:
    """The corpus commands as an app of their own (tests; `python -m consilience.corpus_cli`)."""
    app = typer.Typer(add_completion=False, no_args_is_help=True, help="The consilience corpus.")

    @app.callback()
    def _root() -> None:
        pass

    register(app)
    return app


if __name__ == "__main__":
    standalone()()
