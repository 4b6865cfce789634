"""The PostgreSQL store (psycopg 3): the same schema and queries as SQLite; tsvector search.

One writer connection (writes serialised in this process by a lock and across processes by a
transaction-scoped advisory lock), and a reader connection per thread in autocommit mode.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from ..model import Article
from .schema import POSTGRES_MIGRATIONS
from .connection import StoreError
from .sql import SqlStore

WRITE_LOCK_KEY = 0x636F6E73  # "cons": one advisory lock for every consilience writer
TS_CONFIG = "english"
_TSV = f"setweight(to_tsvector('{TS_CONFIG}', ?), 'A') || to_tsvector('{TS_CONFIG}', ?)"

try:  # psycopg is an extra: `pip install "psycopg[binary]"`
    import psycopg
except ImportError:  # pragma: no cover - depends on the environment
    psycopg = None


class PostgresStore(SqlStore):
    backend = "postgresql"
    placeholder = "%s"

    def __init__(self, url: str) -> None:
        if psycopg is None:
            raise StoreError('PostgreSQL needs psycopg 3: pip install "psycopg[binary]"')
        self.url = url
        self._open((psycopg.Error,), lambda exc: f"cannot open PostgreSQL database {_redact(url)}: "
                                                 f"{str(exc).strip().splitlines()[0]}")

    def _connect(self) -> Any:
        return psycopg.connect(self.url, autocommit=True, connect_timeout=10)

    def _q(self, sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _many(self, conn: Any, sql: str, rows) -> None:
        if rows:
            with conn.cursor() as cur:
                cur.executemany(self._q(sql), [tuple(r) for r in rows])

    MIGRATIONS = POSTGRES_MIGRATIONS

    def _name(self) -> str:
        return _redact(self.url)

    # ------------------------------------------------------------ connections

    def _is_stale(self, conn: Any) -> bool:
        return conn.closed

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        if self._closed:
            raise StoreError("the store is closed")
        with self._write_lock:
            conn = self._writer
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
                yield conn

    # ------------------------------------------------------------ full text

    def _article_insert_sql(self) -> str:
        return ("INSERT INTO articles (seq, id, origin, outlet, url, title, published, published_basis, language, "
                "n_entities, n_times, n_quantities, n_quotes, data, tsv) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {_TSV})")

    def _article_insert_params(self, seq: int, a: Article) -> tuple:
        return (seq, *self._article_columns(a), a.title or "", a.text)

    def _insert_fts(self, conn: Any, seq: int, article: Article) -> None:
        pass  # the tsvector is written with the row

    def _update_fts(self, conn: Any, seq: int, old: Article, new: Article) -> None:
        conn.execute(f"UPDATE articles SET tsv = {_TSV.replace('?', '%s')} WHERE seq = %s",
                     (new.title or "", new.text, seq))

    def _fts_condition(self, words: list[str]) -> tuple[str, list[Any]]:
        return f"SELECT seq FROM articles WHERE tsv @@ plainto_tsquery('{TS_CONFIG}', ?)", [" ".join(words)]

    def _ilike(self) -> str:
        return "ILIKE"

    def size_bytes(self) -> int:
        return self._reader().execute("SELECT pg_database_size(current_database())").fetchone()[0]


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
            return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        pass
    return url
