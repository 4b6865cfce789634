"""What every command shows on the terminal: one line per failed input, progress bars."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .model import InputFailure

err_console = Console(stderr=True)


def print_failure(failure: InputFailure) -> None:
    # Plain write: one line per failure whatever the terminal width, easy to grep.
    sys.stderr.write(f"consilience: skipped {failure.origin}: {failure.reason}\n")


class progress_bar:
    """A progress bar on stderr for long runs; silent when stderr is not a terminal.

    `with progress_bar() as progress:` gives a `progress(label, done, total)` callback, or None.
    """

    def __enter__(self):
        self.bar = None
        if err_console.is_terminal:
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), console=err_console, transient=True)
            self.bar.start()
            self.tasks: dict[str, int] = {}
        return self.update if self.bar else None

    def update(self, label: str, done: int, total: int) -> None:
        if label not in self.tasks:
            self.tasks[label] = self.bar.add_task(label, total=total)
        self.bar.update(self.tasks[label], completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()
