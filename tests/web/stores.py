"""The stores the web tests run on: the real SQLite and PostgreSQL stores (and the fake)."""
from __future__ import annotations

import itertools
import os
from pathlib import Path

from .fakes import MemoryStore

_names = itertools.count()


def make_store(folder: Path):
    """A SQLite store in `folder` when the tree has the store, else the in-memory fake."""
    try:
        from consilience.store import open_store
    except ImportError:
        return MemoryStore()
    return open_store(f"sqlite:///{folder / 'web.db'}")


class PostgresDatabase:
    """A fresh database on the test server (tests/store/conftest.py starts it), dropped after."""

    def __init__(self, admin_url: str) -> None:
        import psycopg

        self.admin_url = admin_url
        self.name = f"web_{os.getpid()}_{next(_names)}"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        self.url = admin_url.rsplit("/", 1)[0] + "/" + self.name

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
