"""The default executor: map a per-record step over a batch in this process."""
from __future__ import annotations

from typing import Callable, Iterable, Optional, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[str, int, int], None]


def map_records(
    step: Callable[[T], R], records: Iterable[T], label: str, total: int, progress: Optional[Progress] = None
) -> list[R]:
    out = []
    for i, record in enumerate(records, start=1):
        out.append(step(record))
        if progress:
            progress(label, i, total)
    return out
