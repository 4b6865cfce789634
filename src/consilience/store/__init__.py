"""The corpus store: SQLite by default, PostgreSQL for `postgresql://` URLs, one schema.

    store = open_store(None)                       # $CONSILIENCE_DB, else ./consilience.db
    store = open_store("corpus.db")                # a SQLite file (also sqlite:///corpus.db)
    store = open_store("postgresql://user@host/db")
"""
from __future__ import annotations

import os
from typing import Optional

from .base import AddResult, Store, StoryQuery, StorySummary
from .connection import StoreError

DEFAULT_DB = "consilience.db"
ENV_VAR = "CONSILIENCE_DB"

__all__ = ["AddResult", "Store", "StoryQuery", "StorySummary", "StoreError", "open_store", "resolve_url"]


def resolve_url(url: Optional[str] = None) -> str:
    """The `--db` value, else $CONSILIENCE_DB, else ./consilience.db."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_DB


def open_store(url: Optional[str] = None):
    """Open (creating and migrating as needed) the store at `url`; see `resolve_url`."""
    target = resolve_url(url)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
    elif target.startswith("sqlite://"):
        target = target[len("sqlite://"):]
    elif "://" in target:
        raise StoreError(f"unsupported database URL {target!r}: use a file path, sqlite:///path or postgresql://...")
    if not target or target == ":memory:":
        raise StoreError("an in-memory SQLite store is not supported: give a file path")
    from .sqlite import SQLiteStore

    return SQLiteStore(target)
