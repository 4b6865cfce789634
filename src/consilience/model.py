"""The records that flow between stages. Nothing else lives here.

Every extracted thing carries a `Span` into its article's clean `text`: provenance is the
currency of the whole system. Records are frozen; a stage returns new records
(`dataclasses.replace`) rather than mutating what it was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# ---------------------------------------------------------------- provenance


@dataclass(frozen=True, order=True)
class Span:
    """Characters [start, end) of an article's clean `text` (Python string indices)."""

    article_id: str
    start: int
    end: int


# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class Document:
    """Raw input, kept as read so a later, better cleaner can rerun on it.

    `content_type` is decided by content: "html" or "text". `hints` carries metadata that came
    with the input rather than from inside it (a JSONL record's title, url, published).
    """

    origin: str
    content: str
    content_type: str
    fetched_at: Optional[str] = None
    encoding: Optional[str] = None
    hints: tuple[tuple[str, str], ...] = ()

    def hint(self, key: str) -> Optional[str]:
        return dict(self.hints).get(key)


@dataclass(frozen=True)
class InputFailure:
    """An input that produced no article, with the reason a user can act on."""

    origin: str
    reason: str


# ---------------------------------------------------------------- cleaning


@dataclass(frozen=True)
class Removed:
    """A block taken out of the body: page clutter, or a field lifted out of the text.

    `lines` are 1-based inclusive line numbers of the input text when it was text.
    """

    kind: str
    text: str
    reason: str
    lines: Optional[tuple[int, int]] = None


@dataclass(frozen=True)
class Dateline:
    place: Optional[str] = None
    date_text: Optional[str] = None


@dataclass(frozen=True)
class Credit:
    """A person credited by the article. role: writing | additional-reporting | editing |
    photo | author."""

    name: str
    role: str


# ---------------------------------------------------------------- annotations


@dataclass(frozen=True)
class Entity:
    """One actor, place or group of an article, with every form it takes there.

    `canonical` is shared across the articles of a run once entities are merged.
    `attributes` holds titles and roles ("Secretary of State", "Army Chief").
    """

    canonical: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | GROUP | FAC | EVENT
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimeRef:
    """A time expression normalised to ISO 8601 at its own granularity.

    value: "2014-12-16", "2014-12", "2008", "2015-W03", "2015-01-12T12:20", or "--01-13"
    when only month and day are known. anchor: "absolute" or "published" (resolved
    against the article's publication date). `event` is what the sentence says happened then.
    """

    span: Span
    value: str
    granularity: str  # year | month | week | day | minute | ...
    anchor: str
    event: Optional[str] = None
    event_span: Optional[Span] = None


@dataclass(frozen=True)
class Quantity:
    """A number as an interval. `high` None means unbounded ("at least 163" -> [163, None])."""

    span: Span
    low: Optional[float]
    high: Optional[float]
    qualifier: str  # exact | at-least | more-than | about | up-to | at-most | less-than
    measure: str  # killed | injured | arrested | missing | displaced | money | people | other
    unit: Optional[str] = None
    counts: Optional[str] = None
    event: Optional[str] = None


@dataclass(frozen=True)
class Quote:
    """Who said what. `span` covers the whole attribution, `content_span` the words said."""

    span: Span
    content_span: Span
    speaker: Optional[str]
    cue: Optional[str]
    kind: str  # direct | indirect | mixed
    speaker_span: Optional[Span] = None
    speaker_entity: Optional[str] = None


@dataclass(frozen=True)
class Casualties:
    """The killed and injured figures of an article's main incident, as the annotate stage
    reads them from its headline and opening (victims named without a number count too)."""

    killed: int
    injured: int


# ---------------------------------------------------------------- article


@dataclass(frozen=True)
class Article:
    id: str
    origin: str
    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    published_basis: Optional[str] = None  # metadata | text | url | story
    dateline: Optional[Dateline] = None
    agency: Optional[str] = None
    authors: tuple[Credit, ...] = ()
    captions: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    language: Optional[str] = None
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    casualties: Optional[Casualties] = None

    def quote_text(self, span: Span) -> str:
        return self.text[span.start:span.end]


# ---------------------------------------------------------------- stories and facts


@dataclass(frozen=True)
class SourceGroup:
    """Articles that are reprints of one text (wire copy): one source for agreement."""

    id: str
    articles: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Story:
    id: str
    articles: tuple[str, ...]
    title: Optional[str] = None
    first_seen: Optional[str] = None
    last_seen: Optional[str] = None
    entities: tuple[str, ...] = ()
    source_groups: tuple[SourceGroup, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One article's statement of a fact."""

    span: Span
    kind: str  # quantity | date | quote | statement | place | age
    value: str
    hedging: str = "asserted"  # asserted | attributed | accused | reported | denied
    attributed_to: Optional[str] = None
    published: Optional[str] = None
    measure: Optional[str] = None  # quantity claims: the interval and what it measures
    low: Optional[float] = None
    high: Optional[float] = None


@dataclass(frozen=True)
class FactGroup:
    id: str
    subject: str
    claims: tuple[Claim, ...]
    verdict: str  # agree | compatible | differing | conflict | update | unique | framing
    reason: str


@dataclass(frozen=True)
class BriefSentence:
    text: str
    citations: tuple[Span, ...]


@dataclass(frozen=True)
class TimelineEvent:
    when: str
    what: str
    citations: tuple[Span, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StoryFigure:
    """The story's reconciled figure for one measure (killed, injured), with the spans of the
    sources that state it and a reason naming who says otherwise. `disputed`: no figure is given
    by two sources and the sources give different ones; `value` is then the largest (tolls grow
    as events develop), the reason names each source's figure and `citations` cite them all."""

    measure: str
    value: int
    reason: str
    citations: tuple[Span, ...] = ()
    disputed: bool = False


@dataclass(frozen=True)
class StoryReport:
    """A story with what reconciliation found in it."""

    story: Story
    facts: tuple[FactGroup, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    brief: tuple[BriefSentence, ...] = ()
    figures: tuple[StoryFigure, ...] = ()


@dataclass(frozen=True)
class Report:
    """One run: every article that came out, the stories they form, and every failed input."""

    articles: tuple[Article, ...]
    stories: tuple[StoryReport, ...] = ()
    failures: tuple[InputFailure, ...] = ()
    inputs: int = 0
