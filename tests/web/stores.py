"""The store the web tests run on: the real SQLite store when the tree has it, else the fake."""
from __future__ import annotations

from pathlib import Path

from .fakes import MemoryStore


def make_store(folder: Path):
    try:
        from consilience.store import open_store
    except ImportError:
        return MemoryStore()
    return open_store(f"sqlite:///{folder / 'web.db'}")
