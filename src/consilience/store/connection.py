"""A SQL store's connections and schema: one serialised writer, a reader per thread, and
migrations applied in order when the store opens. Backends supply `_connect` and `_writing`.
"""
from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from typing import Any, Callable, Optional, Sequence

from .schema import LATEST, SCHEMA_VERSION_TABLE


class StoreError(RuntimeError):
    """The store cannot be opened or used (bad URL, newer schema, unreachable server)."""


class SqlConnection:
    """One writer connection, a reader per thread, the schema migrations and the SQL helpers."""

    url: str = ""
    placeholder = "?"
    backend = "sql"

    # ------------------------------------------------------------ backend hooks

    def _connect(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _writing(self) -> AbstractContextManager[Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _new_reader(self) -> Any:
        """A connection for one thread's reads."""
        return self._connect()

    def _is_stale(self, conn: Any) -> bool:
        return False

    def _before_close(self) -> None:
        """Last words on the writer connection before it closes."""

    # ------------------------------------------------------------ connections

    def _open(self, errors: tuple[type[BaseException], ...], describe: Callable[[BaseException], str]) -> None:
        """Connect the writer and bring the schema up to date; a failure closes what was opened
        and is reported as a StoreError naming the database."""
        self._local = threading.local()
        self._readers: list[Any] = []
        self._readers_lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._closed = False
        self._writer = None
        try:
            self._writer = self._connect()
            self._migrate()
        except (*errors, StoreError) as exc:
            if self._writer is not None:
                self._writer.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(describe(exc)) from exc

    def _reader(self) -> Any:
        if self._closed:
            raise StoreError("the store is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None or self._is_stale(conn):
            conn = self._new_reader()
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        with self._write_lock:
            self._before_close()
            self._writer.close()

    # ------------------------------------------------------------ schema

    MIGRATIONS: list[tuple[int, list[str]]] = []

    def _name(self) -> str:
        """How error messages name this database (no password)."""
        return str(getattr(self, "url", "the database"))

    def _migrate(self) -> None:
        with self._writing() as conn:
            conn.execute(SCHEMA_VERSION_TABLE)
            current = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            if current > LATEST:
                raise StoreError(f"database {self._name()} has schema version {current}, newer than this "
                                 f"consilience ({LATEST}): upgrade consilience")
            for version, statements in self.MIGRATIONS:
                if version <= current:
                    continue
                for sql in statements:
                    conn.execute(sql)
                conn.execute(self._q("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                             (version, datetime.now(timezone.utc).isoformat(timespec="seconds")))

    def schema_version(self) -> int:
        return self._reader().execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]

    def _ilike(self) -> str:
        return "LIKE"

    def _q(self, sql: str) -> str:
        return sql

    def _all(self, conn: Any, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return conn.execute(self._q(sql), tuple(params)).fetchall()

    def _one(self, conn: Any, sql: str, params: Sequence[Any] = ()) -> Optional[tuple]:
        return conn.execute(self._q(sql), tuple(params)).fetchone()

    def _run(self, conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        return conn.execute(self._q(sql), tuple(params))

    def _many(self, conn: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            conn.executemany(self._q(sql), [tuple(r) for r in rows])

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
