"""The SQLite store: one file, WAL, one writer, a reader connection per thread, FTS5 search."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..model import Article
from .schema import SQLITE_MIGRATIONS
from .connection import StoreError
from .sql import SqlStore

BUSY_TIMEOUT_S = 30.0


class SQLiteStore(SqlStore):
    backend = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = self.path
        parent = Path(self.path).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"cannot open database {self.path}: folder {parent} does not exist")
        self._open((sqlite3.DatabaseError,), lambda exc: f"cannot open database {self.path}: {exc}")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at commit against process crashes
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    MIGRATIONS = SQLITE_MIGRATIONS

    def _name(self) -> str:
        return self.path

    # ------------------------------------------------------------ connections

    def _new_reader(self) -> sqlite3.Connection:
        conn = self._connect()
        conn.execute("PRAGMA query_only=ON")
        return conn

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self._closed:
            raise StoreError("the store is closed")
        with self._write_lock:
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    def _before_close(self) -> None:
        try:
            self._writer.execute("PRAGMA optimize")
        except sqlite3.DatabaseError:
            pass

    # ------------------------------------------------------------ full text

    def _insert_fts(self, conn: Any, seq: int, article: Article) -> None:
        conn.execute("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)", (seq, article.title or "", article.text))

    def _update_fts(self, conn: Any, seq: int, old: Article, new: Article) -> None:
        conn.execute("INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                     (seq, old.title or "", old.text))
        self._insert_fts(conn, seq, new)

    def _fts_condition(self, words: list[str]) -> tuple[str, list[Any]]:
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        return "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", [match]

    def size_bytes(self) -> int:
        total = 0
        for suffix in ("", "-wal"):
            p = Path(self.path + suffix)
            if p.exists():
                total += p.stat().st_size
        return total
