"""The store interface: one small surface that SQLite and PostgreSQL both implement.

Records go in and come out as the records of `consilience.model`; how they are laid out in
tables is each backend's business, behind one versioned schema.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol, Sequence

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
