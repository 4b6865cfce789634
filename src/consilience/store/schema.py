"""The one schema, as versioned migrations for each backend.

Both backends hold the same tables and columns; they differ only where the engines do (row
ids, full-text search). Every record is kept whole as codec JSON in a `data` column (the
faithful copy); the other columns exist for queries and exports and are derived from it.

A migration is (version, statements). `schema_version` holds one row per applied version.
Add a migration by appending to both lists with the next number; never edit a shipped one.
"""
from __future__ import annotations

# Tables shared word for word between the two dialects (types are ones both accept).
_COMMON_V1 = [
    """CREATE TABLE documents (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        origin TEXT NOT NULL,
        content_type TEXT NOT NULL,
        fetched_at TEXT,
        data TEXT NOT NULL
    )""",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id),
        canonical TEXT NOT NULL,
        type TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, canonical, type)
    )""",
    "CREATE INDEX entities_canonical ON entities (canonical)",
    """CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        first_seen TEXT,
        last_seen TEXT,
        n_articles INTEGER NOT NULL,
        independent_sources INTEGER NOT NULL,
        outlets TEXT NOT NULL,
        conflicts INTEGER NOT NULL,
        facts INTEGER NOT NULL,
        members TEXT NOT NULL,
        data TEXT NOT NULL
    )""",
    "CREATE INDEX stories_last_seen ON stories (last_seen)",
    """CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (story_id, article_id)
    )""",
    "CREATE INDEX story_articles_article ON story_articles (article_id)",
    """CREATE TABLE source_groups (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        pos INTEGER NOT NULL,
        articles TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (story_id, id)
    )""",
    """CREATE TABLE fact_groups (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        pos INTEGER NOT NULL,
        subject TEXT NOT NULL,
        verdict TEXT NOT NULL,
        reason TEXT NOT NULL,
        n_claims INTEGER NOT NULL,
        PRIMARY KEY (story_id, id)
    )""",
    "CREATE INDEX fact_groups_verdict ON fact_groups (verdict)",
    """CREATE TABLE claims (
        story_id TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        pos INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        hedging TEXT NOT NULL,
        attributed_to TEXT,
        published TEXT,
        measure TEXT,
        low DOUBLE PRECISION,
        high DOUBLE PRECISION,
        PRIMARY KEY (story_id, fact_id, pos),
        FOREIGN KEY (story_id, fact_id) REFERENCES fact_groups(story_id, id) ON DELETE CASCADE
    )""",
    "CREATE INDEX claims_article ON claims (article_id)",
]

# v2: small facts about the corpus as a whole, e.g. up to which article the stories are grouped.
_V2 = ["CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"]

_ARTICLE_COLUMNS = """
        id TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        published_basis TEXT,
        language TEXT,
        n_entities INTEGER NOT NULL,
        n_times INTEGER NOT NULL,
        n_quantities INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        data TEXT NOT NULL"""

SQLITE_MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [
        # seq is the insertion order (and the rowid the full-text index points at).
        f"CREATE TABLE articles (\n        seq INTEGER PRIMARY KEY,{_ARTICLE_COLUMNS}\n    )",
        "CREATE INDEX articles_outlet ON articles (outlet)",
        "CREATE INDEX articles_published ON articles (published)",
        # Contentless: the text lives once, in articles.data; rowid = articles.seq.
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', tokenize='porter unicode61')",
        *_COMMON_V1,
    ]),
    (2, _V2),
]

POSTGRES_MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [
        f"CREATE TABLE articles (\n        seq BIGINT PRIMARY KEY,{_ARTICLE_COLUMNS},\n        tsv TSVECTOR NOT NULL\n    )",
        "CREATE INDEX articles_outlet ON articles (outlet)",
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
        *_COMMON_V1,
    ]),
    (2, _V2),
]

SCHEMA_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"

LATEST = max(v for v, _ in SQLITE_MIGRATIONS)
assert LATEST == max(v for v, _ in POSTGRES_MIGRATIONS), "both backends must be at the same schema version"
