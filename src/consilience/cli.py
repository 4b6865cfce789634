"""The command line: a thin layer over the library (`consilience.pipeline`)."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import __version__
from .model import Report
from .pipeline import RunOptions, analyze as run_analysis
from .terminal import err_console, print_failure, progress_bar
from .report import UnknownFormat, render, renderers

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Cross-source fact reconciliation for news.")
out_console = Console()

FORMAT_BY_SUFFIX = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _print_version(value: bool) -> None:
    if value:
        out_console.print(f"consilience {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details (and internal errors) to stderr."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                 callback=_print_version, is_eager=True),
) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.CRITICAL, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.CRITICAL)


@app.command()
def analyze(
    inputs: List[str] = typer.Argument(..., help="Files, directories (recursive), globs, or - for stdin."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="json | md | html, printed to stdout (or to -o)."),
    output: List[Path] = typer.Option([], "--output", "-o", help="Write the report here; repeat for several files (format from the extension)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any input failed."),
    annotate: bool = typer.Option(True, "--annotate/--no-annotate", help="Extract entities, times, numbers and quotes."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest single article file accepted, in MB."),
) -> None:
    """Clean, annotate and group INPUT articles into stories, and report what each source says."""
    from .ingest.readers import ReadOptions

    targets = _targets(format, output)
    options = RunOptions(read=ReadOptions(max_bytes=int(max_mb * 1_000_000)), annotate=annotate)
    with progress_bar() as progress:
        report = run_analysis(inputs, options, progress=progress, on_failure=print_failure)
    for path, fmt in targets:
        text = render(report, fmt)
        if path is None:
            sys.stdout.write(text)
        else:
            path.write_text(text, encoding="utf-8")
    if not targets or any(path is not None for path, _ in targets):
        _print_summary(report, [p for p, _ in targets if p is not None])
    if not report.articles or (strict and report.failures):
        raise typer.Exit(1)


def _targets(fmt: Optional[str], output: List[Path]) -> list[tuple[Optional[Path], str]]:
    known = renderers()
    if fmt is not None and fmt not in known:
        _usage_error(f"unknown format {fmt!r}: choose one of {', '.join(known)}")
    if not output:
        return [(None, fmt)] if fmt else []
    targets = []
    for path in output:
        chosen = fmt if (fmt and len(output) == 1) else FORMAT_BY_SUFFIX.get(path.suffix.lower())
        if chosen is None:
            _usage_error(f"cannot tell the format of {path} from its extension: use --format")
        if not path.parent.exists():
            _usage_error(f"cannot write {path}: folder {path.parent} does not exist")
        targets.append((path, chosen))
    return targets


def _usage_error(message: str) -> None:
    sys.stderr.write(f"consilience: {message}\n")
    raise typer.Exit(2)


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _print_summary(report: Report, written: list[Path]) -> None:
    from collections import Counter

    console = out_console
    console.print(f"[bold]{_count(len(report.articles), 'article')}[/bold] · {_count(len(report.stories), 'story', 'stories')} · "
                  f"{_count(len(report.failures), 'failed input')}", highlight=False)
    for a in report.articles:
        clutter = sum(1 for r in a.removed if r.kind != "blank")
        console.print(f"\n[bold]{a.title or '(untitled)'}[/bold]", highlight=False)
        console.print(f"  {a.outlet or a.agency or a.origin} · published {a.published or 'unknown'} "
                      f"({a.published_basis or 'no basis'}) · {len(a.text.split())} words · "
                      f"{clutter} clutter blocks removed", highlight=False)
        console.print(f"  {len(a.entities)} entities · {len(a.times)} times · {len(a.quantities)} numbers · "
                      f"{len(a.quotes)} quotes", highlight=False)
    for sr in report.stories:
        s = sr.story
        verdicts = Counter(f.verdict for f in sr.facts)
        console.print(f"\n[bold]Story:[/bold] {s.title or s.id} — {len(s.articles)} articles, "
                      f"{s.first_seen or '?'} → {s.last_seen or '?'}", highlight=False)
        for figure in sr.figures:
            value = "disputed" if figure.disputed else figure.value
            console.print(f"  [bold]{figure.measure}: {value}[/bold] ({figure.reason})", highlight=False)
        if verdicts:
            order = ("conflict", "update", "differing", "framing", "compatible", "agree", "unique")
            console.print("  facts: " + ", ".join(f"{verdicts[v]} {v}" for v in order if verdicts[v]), highlight=False)
        for fact in sr.facts:
            if fact.verdict in ("conflict", "update", "differing"):
                console.print(f"  [bold]{fact.verdict}[/bold] {fact.subject}: {fact.reason}", highlight=False)
        for sentence in sr.brief[:3]:
            console.print(f"  · {sentence.text}", highlight=False)
    if written:
        console.print("")
    for path in written:
        console.print(f"wrote {path}", highlight=False)


def _register_commands() -> None:
    """The corpus commands (ingest, stories, show, export) and the web server live beside
    their features and add themselves here."""
    from .corpus_cli import register as register_corpus
    from .web.cli import register as register_web

    register_corpus(app)
    register_web(app)


_register_commands()


def main() -> None:
    try:
        app()
    except UnknownFormat as exc:
        err_console.print(f"consilience: {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
