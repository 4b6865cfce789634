"""The store interface: one small surface that SQLite and PostgreSQL both implement.

Records go in and come out as the records of `consilience.model`; how they are laid out in
tables is each backend's business, behind one versioned schema.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional, Protocol, Sequence

from ..model import Article, Document, StoryReport


@dataclass(frozen=True)
class AddResult:
    added: tuple[str, ...]       # ids of articles stored by this call
    existing: tuple[str, ...]    # ids that were already stored (same clean text)


@dataclass(frozen=True)
class StorySummary:
    id: str
    title: Optional[str]
    first_seen: Optional[str]
    last_seen: Optional[str]
    articles: int
    independent_sources: int
    outlets: tuple[str, ...]
    conflicts: int
    facts: int


@dataclass(frozen=True)
class StoryQuery:
    since: Optional[str] = None      # ISO date: stories whose last_seen >= since
    until: Optional[str] = None      # ISO date: stories whose first_seen <= until
    search: Optional[str] = None     # full-text over titles and article text
    outlet: Optional[str] = None
    conflicts_only: bool = False
    limit: int = 50
    offset: int = 0


class Store(Protocol):
    def add_articles(self, articles: Sequence[Article], documents: Sequence[Document] = ()) -> AddResult: ...
    def save_stories(self, stories: Sequence[StoryReport]) -> None: ...
    def article(self, article_id: str) -> Optional[Article]: ...
    def articles(self, ids: Optional[Sequence[str]] = None) -> list[Article]: ...
    def story(self, story_id: str) -> Optional[StoryReport]: ...
    def stories(self, query: StoryQuery = StoryQuery()) -> list[StorySummary]: ...
    def close(self) -> None: ...


class CorpusStore(Store, Protocol):
    """What incremental ingest and export need beyond `Store` (both backends provide it).

    `articles(None)` returns articles in the order they were stored; `story_members()` maps each
    stored story id to its membership key (`store.sql.members_key`: its sorted article ids).
    """

    backend: str

    def known_ids(self, ids: Sequence[str]) -> set[str]: ...
    def update_articles(self, articles: Sequence[Article]) -> int: ...
    def document(self, article_id: str) -> Optional[Document]: ...
    def story_members(self) -> dict[str, str]: ...
    def replace_stories(self, save: Sequence[StoryReport], delete: Sequence[str] = (),
                        meta: Optional[dict[str, str]] = None) -> None: ...
    def delete_stories(self, ids: Sequence[str]) -> None: ...
    def story_of(self, article_id: str) -> Optional[str]: ...
    def article_count(self) -> int: ...
    def story_count(self) -> int: ...
    def claim_rows(self) -> Iterator[dict]: ...
    def meta(self, key: str) -> Optional[str]: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def max_seq(self) -> int: ...
