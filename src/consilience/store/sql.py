"""What SQLite and PostgreSQL share: the queries, written once over a small dialect surface.

A backend provides `_reader()` (a connection for this thread), `_writing()` (a context manager
giving a connection inside one serialised write transaction, committed on exit and rolled
back on error), `_q(sql)` (placeholder style) and the dialect bits for full-text search.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, Iterator, Optional, Sequence

from ..model import Article, Document, StoryReport
from . import codec
from .base import AddResult, StoryQuery, StorySummary
from .connection import SqlConnection

CHUNK = 500  # ids per IN (...) list


def _chunks(items: Sequence[str], n: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def members_key(article_ids: Sequence[str]) -> str:
    """A story's membership as one comparable string (sorted ids)."""
    return " ".join(sorted(article_ids))


def search_words(text: str) -> list[str]:
    return re.findall(r"\w+", text or "", flags=re.UNICODE)


class SqlStore(SqlConnection):
    """The articles, stories and claims tables, queried the same way on every backend."""

    def _insert_fts(self, conn: Any, seq: int, article: Article) -> None:  # pragma: no cover
        raise NotImplementedError

    def _update_fts(self, conn: Any, seq: int, old: Article, new: Article) -> None:  # pragma: no cover
        raise NotImplementedError

    def _fts_condition(self, words: list[str]) -> tuple[str, list[Any]]:  # pragma: no cover
        """SQL selecting article seqs matching all words, and its parameters."""
        raise NotImplementedError

    # ------------------------------------------------------------ articles

    def add_articles(self, articles: Sequence[Article], documents: Sequence[Document] = ()) -> AddResult:
        """Store new articles (with their raw documents) in one transaction; skip known ids."""
        by_origin = {d.origin: d for d in documents}
        added: list[str] = []
        existing: list[str] = []
        with self._writing() as conn:
            seq = self._one(conn, "SELECT COALESCE(MAX(seq), 0) FROM articles")[0]
            for article in articles:
                if self._one(conn, "SELECT 1 FROM articles WHERE id = ?", (article.id,)):
                    existing.append(article.id)
                    continue
                seq += 1
                self._insert_article(conn, seq, article, by_origin.get(article.origin))
                added.append(article.id)
        return AddResult(added=tuple(added), existing=tuple(existing))

    def _insert_article(self, conn: Any, seq: int, a: Article, document: Optional[Document]) -> None:
        self._run(conn, self._article_insert_sql(), self._article_insert_params(seq, a))
        self._insert_fts(conn, seq, a)
        if document is not None:
            self._run(conn, "INSERT INTO documents (article_id, origin, content_type, fetched_at, data) VALUES (?, ?, ?, ?, ?)",
                      (a.id, document.origin, document.content_type, document.fetched_at, codec.encode_document(document)))
        self._insert_entities(conn, a)

    def _article_insert_sql(self) -> str:
        return ("INSERT INTO articles (seq, id, origin, outlet, url, title, published, published_basis, language, "
                "n_entities, n_times, n_quantities, n_quotes, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def _article_insert_params(self, seq: int, a: Article) -> tuple:
        return (seq, *self._article_columns(a))

    @staticmethod
    def _article_columns(a: Article) -> tuple:
        return (a.id, a.origin, a.outlet, a.url, a.title, a.published, a.published_basis, a.language,
                len(a.entities), len(a.times), len(a.quantities), len(a.quotes), codec.encode_article(a))

    def _insert_entities(self, conn: Any, a: Article) -> None:
        counts: Counter = Counter()
        for e in a.entities:
            counts[(e.canonical, e.type)] += len(e.mentions)
        for (canonical, kind), n in sorted(counts.items()):
            self._run(conn, "INSERT INTO entities (article_id, canonical, type, mentions) VALUES (?, ?, ?, ?)",
                      (a.id, canonical, kind, n))

    def update_articles(self, articles: Sequence[Article]) -> int:
        """Replace stored articles by new versions of themselves (same id), e.g. a date filled
        from their story. Unknown ids are ignored. Returns how many rows changed."""
        changed = 0
        with self._writing() as conn:
            for a in articles:
                row = self._one(conn, "SELECT seq, data FROM articles WHERE id = ?", (a.id,))
                if row is None:
                    continue
                old = codec.decode_article(row[1])
                if old == a:
                    continue
                cols = self._article_columns(a)
                self._run(conn, "UPDATE articles SET origin = ?, outlet = ?, url = ?, title = ?, published = ?, "
                                "published_basis = ?, language = ?, n_entities = ?, n_times = ?, n_quantities = ?, "
                                "n_quotes = ?, data = ? WHERE id = ?", (*cols[1:], a.id))
                if (old.title, old.text) != (a.title, a.text):
                    self._update_fts(conn, row[0], old, a)
                self._run(conn, "DELETE FROM entities WHERE article_id = ?", (a.id,))
                self._insert_entities(conn, a)
                changed += 1
        return changed

    def article(self, article_id: str) -> Optional[Article]:
        row = self._one(self._reader(), "SELECT data FROM articles WHERE id = ?", (article_id,))
        return codec.decode_article(row[0]) if row else None

    def articles(self, ids: Optional[Sequence[str]] = None) -> list[Article]:
        """The articles with these ids, in the order given (unknown ids left out); all articles
        in the order they were stored when `ids` is None."""
        conn = self._reader()
        if ids is None:
            return [codec.decode_article(r[0]) for r in self._all(conn, "SELECT data FROM articles ORDER BY seq")]
        found: dict[str, Article] = {}
        wanted = list(dict.fromkeys(ids))
        for chunk in _chunks(wanted):
            marks = ", ".join("?" for _ in chunk)
            for aid, data in self._all(conn, f"SELECT id, data FROM articles WHERE id IN ({marks})", chunk):
                found[aid] = codec.decode_article(data)
        return [found[i] for i in wanted if i in found]

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are stored."""
        conn = self._reader()
        out: set[str] = set()
        wanted = list(dict.fromkeys(ids))
        for chunk in _chunks(wanted):
            marks = ", ".join("?" for _ in chunk)
            out.update(r[0] for r in self._all(conn, f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return out

    def document(self, article_id: str) -> Optional[Document]:
        row = self._one(self._reader(), "SELECT data FROM documents WHERE article_id = ?", (article_id,))
        return codec.decode_document(row[0]) if row else None

    def article_count(self) -> int:
        return self._one(self._reader(), "SELECT COUNT(*) FROM articles")[0]

    # ------------------------------------------------------------ stories

    def save_stories(self, stories: Sequence[StoryReport]) -> None:
        """Insert or replace these stories (with their facts and claims) in one transaction.
        Their articles must be stored already."""
        with self._writing() as conn:
            for report in stories:
                self._save_story(conn, report)

    def replace_stories(self, save: Sequence[StoryReport], delete: Sequence[str] = (),
                        meta: Optional[dict[str, str]] = None) -> None:
        """Delete stories by id, save others and set `meta` keys, in one transaction (a regrouping step)."""
        with self._writing() as conn:
            for sid in delete:
                self._delete_story(conn, sid)
            for report in save:
                self._save_story(conn, report)
            for key, value in (meta or {}).items():
                self._run(conn, "DELETE FROM meta WHERE key = ?", (key,))
                self._run(conn, "INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))

    def delete_stories(self, ids: Sequence[str]) -> None:
        with self._writing() as conn:
            for sid in ids:
                self._delete_story(conn, sid)

    def _delete_story(self, conn: Any, sid: str) -> None:
        # Children first: no reliance on ON DELETE CASCADE being switched on.
        for table, key in (("claims", "story_id"), ("fact_groups", "story_id"), ("source_groups", "story_id"),
                           ("story_articles", "story_id"), ("stories", "id")):
            self._run(conn, f"DELETE FROM {table} WHERE {key} = ?", (sid,))

    def _save_story(self, conn: Any, report: StoryReport) -> None:
        s = report.story
        self._delete_story(conn, s.id)
        members = list(dict.fromkeys(s.articles))
        outlets: set[str] = set()
        for chunk in _chunks(members):
            marks = ", ".join("?" for _ in chunk)
            for (outlet,) in self._all(conn, f"SELECT outlet FROM articles WHERE id IN ({marks})", chunk):
                if outlet:
                    outlets.add(outlet)
        conflicts = sum(1 for f in report.facts if f.verdict == "conflict")
        self._run(conn, "INSERT INTO stories (id, title, first_seen, last_seen, n_articles, independent_sources, outlets, "
                        "conflicts, facts, members, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (s.id, s.title, s.first_seen, s.last_seen, len(members), independent_sources(report),
                   json.dumps(sorted(outlets), ensure_ascii=False), conflicts, len(report.facts),
                   members_key(members), codec.encode_story_report(report)))
        self._many(conn, "INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)", [(s.id, a) for a in members])
        self._many(conn, "INSERT INTO source_groups (story_id, id, pos, articles, reason) VALUES (?, ?, ?, ?, ?)",
                   [(s.id, g.id, pos, json.dumps(list(g.articles)), g.reason) for pos, g in enumerate(s.source_groups)])
        facts, claims = [], []
        seen_facts: set[str] = set()
        for pos, f in enumerate(report.facts):
            if f.id in seen_facts:  # ids are content hashes; a repeat is the same fact
                continue
            seen_facts.add(f.id)
            facts.append((s.id, f.id, pos, f.subject, f.verdict, f.reason, len(f.claims)))
            claims.extend((s.id, f.id, i, c.span.article_id, c.span.start, c.span.end, c.kind, c.value, c.hedging,
                           c.attributed_to, c.published, c.measure, c.low, c.high) for i, c in enumerate(f.claims))
        self._many(conn, "INSERT INTO fact_groups (story_id, id, pos, subject, verdict, reason, n_claims) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", facts)
        self._many(conn, "INSERT INTO claims (story_id, fact_id, pos, article_id, start_char, end_char, kind, value, "
                         "hedging, attributed_to, published, measure, low, high) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims)

    def story(self, story_id: str) -> Optional[StoryReport]:
        row = self._one(self._reader(), "SELECT data FROM stories WHERE id = ?", (story_id,))
        return codec.decode_story_report(row[0]) if row else None

    def story_members(self) -> dict[str, str]:
        """Every stored story id with its membership key (`members_key`)."""
        return dict(self._all(self._reader(), "SELECT id, members FROM stories"))

    def story_of(self, article_id: str) -> Optional[str]:
        row = self._one(self._reader(), "SELECT story_id FROM story_articles WHERE article_id = ? ORDER BY story_id",
                        (article_id,))
        return row[0] if row else None

    def stories(self, query: StoryQuery = StoryQuery()) -> list[StorySummary]:
        where: list[str] = []
        params: list[Any] = []
        if query.since:
            where.append("substr(COALESCE(s.last_seen, s.first_seen), 1, 10) >= ?")
            params.append(query.since[:10])
        if query.until:
            where.append("substr(COALESCE(s.first_seen, s.last_seen), 1, 10) <= ?")
            params.append(query.until[:10])
        if query.conflicts_only:
            where.append("s.conflicts > 0")
        if query.outlet:
            where.append("EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                         "WHERE sa.story_id = s.id AND a.outlet = ?)")
            params.append(query.outlet)
        if query.search is not None:
            words = search_words(query.search)
            if not words:
                return []
            fts_sql, fts_params = self._fts_condition(words)
            where.append(f"(s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                         f"WHERE a.seq IN ({fts_sql})) OR s.title {self._ilike()} ?)")
            params.extend(fts_params)
            params.append("%" + " ".join(words) + "%")
        sql = ("SELECT s.id, s.title, s.first_seen, s.last_seen, s.n_articles, s.independent_sources, s.outlets, "
               "s.conflicts, s.facts FROM stories s")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY s.last_seen DESC NULLS LAST, s.n_articles DESC, s.id LIMIT ? OFFSET ?"
        params.extend([max(0, int(query.limit)), max(0, int(query.offset))])
        return [StorySummary(id=r[0], title=r[1], first_seen=r[2], last_seen=r[3], articles=r[4],
                             independent_sources=r[5], outlets=tuple(json.loads(r[6])), conflicts=r[7], facts=r[8])
                for r in self._all(self._reader(), sql, params)]

    def story_count(self) -> int:
        return self._one(self._reader(), "SELECT COUNT(*) FROM stories")[0]

    # ------------------------------------------------------------ export

    def claim_rows(self) -> Iterator[dict[str, Any]]:
        """Every claim of every fact, one flat row each, ordered by story, fact, claim."""
        sql = ("SELECT f.story_id, s.title, f.id, f.subject, f.verdict, f.reason, c.pos, c.article_id, a.outlet, "
               "a.title, c.published, c.kind, c.value, c.measure, c.low, c.high, c.hedging, c.attributed_to, "
               "c.start_char, c.end_char, a.data "
               "FROM claims c JOIN fact_groups f ON f.story_id = c.story_id AND f.id = c.fact_id "
               "JOIN stories s ON s.id = f.story_id LEFT JOIN articles a ON a.id = c.article_id "
               "ORDER BY f.story_id, f.pos, c.pos")
        keys = ("story_id", "story_title", "fact_id", "subject", "verdict", "reason", "claim", "article_id", "outlet",
                "article_title", "published", "kind", "value", "measure", "low", "high", "hedging", "attributed_to",
                "start", "end")
        for r in self._all(self._reader(), sql):
            row = dict(zip(keys, r[:-1]))
            text = ""
            if r[-1]:
                body = json.loads(r[-1]).get("text", "")
                text = body[row["start"]:row["end"]]
            row["quote"] = text
            yield row

    # ------------------------------------------------------------ corpus facts

    def meta(self, key: str) -> Optional[str]:
        row = self._one(self._reader(), "SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._writing() as conn:
            self._run(conn, "DELETE FROM meta WHERE key = ?", (key,))
            self._run(conn, "INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))

    def max_seq(self) -> int:
        return self._one(self._reader(), "SELECT COALESCE(MAX(seq), 0) FROM articles")[0]

    # ------------------------------------------------------------ comparison

    def dump(self) -> dict[str, Any]:
        """The logical content, for tests: equal dumps mean equal databases."""
        conn = self._reader()
        out: dict[str, Any] = {}
        for table, order in (("articles", "id"), ("documents", "article_id"), ("entities", "article_id, canonical, type"),
                             ("stories", "id"), ("story_articles", "story_id, article_id"),
                             ("source_groups", "story_id, id"), ("fact_groups", "story_id, id"),
                             ("claims", "story_id, fact_id, pos"), ("meta", "key")):
            cols = "*" if table != "articles" else ("seq, id, origin, outlet, url, title, published, published_basis, "
                                                      "language, n_entities, n_times, n_quantities, n_quotes, data")
            out[table] = [tuple(r) for r in self._all(conn, f"SELECT {cols} FROM {table} ORDER BY {order}")]
        return out


def independent_sources(report: StoryReport) -> int:
    """Articles count once each, except reprints of one text (a source group), which count once together."""
    members = set(report.story.articles)
    grouped: set[str] = set()
    groups = 0
    for g in report.story.source_groups:
        inside = members.intersection(g.articles) - grouped
        if inside:
            groups += 1
            grouped |= inside
    return groups + len(members - grouped)
