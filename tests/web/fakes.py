"""A small in-memory `Store` (store/base.py's protocol) and hand-built records for the web tests."""
from __future__ import annotations

from typing import Optional, Sequence

from consilience.model import (Article, BriefSentence, Claim, Document, Entity, FactGroup, Quantity, Quote,
                               Removed, SourceGroup, Span, Story, StoryFigure, StoryReport, TimelineEvent,
                               TimeRef)
from consilience.store.base import AddResult, StoryQuery, StorySummary


class MemoryStore:
    def __init__(self) -> None:
        self._articles: dict[str, Article] = {}
        self._stories: dict[str, StoryReport] = {}
        self.closed = False

    def add_articles(self, articles: Sequence[Article], documents: Sequence[Document] = ()) -> AddResult:
        added, existing = [], []
        for a in articles:
            (existing if a.id in self._articles else added).append(a.id)
            self._articles.setdefault(a.id, a)
        return AddResult(tuple(added), tuple(existing))

    def save_stories(self, stories: Sequence[StoryReport]) -> None:
        for sr in stories:
            self._stories[sr.story.id] = sr

    def article(self, article_id: str) -> Optional[Article]:
        return self._articles.get(article_id)

    def articles(self, ids: Optional[Sequence[str]] = None) -> list[Article]:
        if ids is None:
            return list(self._articles.values())
        return [self._articles[i] for i in ids if i in self._articles]

    def story(self, story_id: str) -> Optional[StoryReport]:
        return self._stories.get(story_id)

    def stories(self, query: StoryQuery = StoryQuery()) -> list[StorySummary]:
        out = []
        for sr in self._stories.values():
            s = sr.story
            members = self.articles(s.articles)
            outlets = tuple(sorted({a.outlet for a in members if a.outlet}))
            conflicts = sum(1 for f in sr.facts if f.verdict == "conflict")
            if query.since and (s.last_seen or "") < query.since:
                continue
            if query.until and (s.first_seen or "9999") > query.until:
                continue
            if query.outlet and query.outlet not in outlets:
                continue
            if query.conflicts_only and not conflicts:
                continue
            if query.search:
                hay = " ".join([s.title or ""] + [a.title or "" for a in members] + [a.text for a in members]).lower()
                if not all(w in hay for w in query.search.lower().split()):
                    continue
            grouped = {aid for g in s.source_groups for aid in g.articles}
            independent = len(s.source_groups) + sum(1 for aid in s.articles if aid not in grouped)
            out.append(StorySummary(s.id, s.title, s.first_seen, s.last_seen, len(s.articles), independent,
                                    outlets, conflicts, len(sr.facts)))
        out.sort(key=lambda x: (x.last_seen or "", x.id), reverse=True)
        return out[query.offset: query.offset + query.limit]

    def close(self) -> None:
        self.closed = True


def _span(aid: str, text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(aid, start, start + len(phrase))


TEXT_A = ("Islamabad, Jan 13: US Secretary of State John Kerry said militant groups pose a threat.\n\n"
          "The attacks in Mumbai in November 2008 left 166 people dead, including six Americans. "
          "\"We all have a responsibility,\" Kerry said.")
TEXT_B = ("ISLAMABAD (Reuters) - John Kerry held talks in Pakistan on Monday.\n\n"
          "Lashkar-e-Taiba is accused of orchestrating the 2008 Mumbai attacks that killed at least 163 people. "
          "The United States would announce $250 million in aid, officials said.")
EVIL = "<script>alert('x')</script>"
TEXT_C = f"A page that tries {EVIL} an injection <img src=x onerror=alert(1)> in 2015 & more."


def article_a() -> Article:
    aid = "a" * 16
    t = TEXT_A
    kerry = Entity("John Kerry", "PERSON", (_span(aid, t, "John Kerry"),), attributes=("Secretary of State",))
    mumbai = Entity("Mumbai", "GPE", (_span(aid, t, "Mumbai"),))
    return Article(
        id=aid, origin="seeds/a.txt", text=t, title="Kerry to Pak: target all militant groups", outlet="Zee News",
        published="2015-01-13", published_basis="text", removed=(Removed("related-headlines", "More: other story", "repeated"),
                                                                  Removed("blank", "", "blank")),
        entities=(kerry, mumbai),
        times=(TimeRef(_span(aid, t, "November 2008"), "2008-11", "month", "absolute", "Mumbai attacks",
                       _span(aid, t, "attacks in Mumbai")),),
        quantities=(Quantity(_span(aid, t, "166 people dead"), 166, 166, "exact", "killed", counts="people"),),
        quotes=(Quote(_span(aid, t, "\"We all have a responsibility,\" Kerry said"), _span(aid, t, "We all have a responsibility,"),
                      "John Kerry", "said", "direct"),),
    )


def article_b() -> Article:
    aid = "b" * 16
    t = TEXT_B
    return Article(
        id=aid, origin="seeds/b.txt", text=t, title="Kerry holds security talks in Pakistan", outlet="Reuters",
        agency="Reuters", published="2015-01-12", published_basis="text",
        entities=(Entity("John Kerry", "PERSON", (_span(aid, t, "John Kerry"),)),),
        times=(TimeRef(_span(aid, t, "2008"), "2008-11", "month", "absolute", "Mumbai attacks", _span(aid, t, "Mumbai attacks")),
               TimeRef(_span(aid, t, "Monday"), "2015-01-12", "day", "published", "talks in Pakistan", _span(aid, t, "held talks in Pakistan"))),
        quantities=(Quantity(_span(aid, t, "at least 163 people"), 163, None, "at-least", "killed", counts="people"),
                    Quantity(_span(aid, t, "$250 million"), 250e6, 250e6, "exact", "money", unit="USD")),
    )


def article_evil() -> Article:
    aid = "c" * 16
    t = TEXT_C
    return Article(id=aid, origin=f"evil/{EVIL}.html", text=t, title=f"Title {EVIL}", outlet=f"Outlet {EVIL}",
                   url="javascript:alert(1)", published="2015-02-01", published_basis="metadata",
                   captions=(f"caption {EVIL}",), removed=(Removed("css", f"style {EVIL}", f"reason {EVIL}"),),
                   entities=(Entity(f"Ent {EVIL}", "ORG", (_span(aid, t, "injection"),), attributes=(EVIL,)),),
                   times=(TimeRef(_span(aid, t, "2015"), "2015", "year", "absolute", f"event {EVIL}", _span(aid, t, "more")),))


def story_main() -> StoryReport:
    a, b = article_a(), article_b()
    toll_a, toll_b = a.quantities[0].span, b.quantities[0].span
    facts = (
        FactGroup("f-toll", "Mumbai attacks, 2008-11: killed", (
            Claim(toll_a, "quantity", "166", published=a.published),
            Claim(toll_b, "quantity", "≥163", published=b.published)),
            "differing", "166 satisfies 'at least 163', but the figures differ"),
        FactGroup("f-money", "US aid money", (Claim(b.quantities[1].span, "quantity", "$250,000,000"),),
                  "unique", "one source only"),
    )
    timeline = (
        TimelineEvent("2008-11", "Mumbai attacks", (a.times[0].event_span, a.times[0].span, b.times[0].event_span, b.times[0].span)),
        TimelineEvent("2015-01-12", "talks in Pakistan", (b.times[1].span,)),
    )
    brief = (BriefSentence(a.text[toll_a.start - 41: toll_a.end + 1].strip(), (toll_a, toll_b)),)
    story = Story("s-kerry", (a.id, b.id), "Kerry in Pakistan", "2015-01-12", "2015-01-13", ("John Kerry",),
                  (SourceGroup("g-a", (a.id,), "own text"),))
    figures = (StoryFigure("killed", 166, "1 of 2 independent sources give 166; at least 163 (PTI)", (toll_a,)),)
    return StoryReport(story, facts, timeline, brief, figures)


def story_evil() -> StoryReport:
    c = article_evil()
    span = _span(c.id, c.text, "injection")
    facts = (FactGroup("f-evil", f"subject {EVIL}", (Claim(span, "statement", f"value {EVIL}", "attributed", EVIL),),
                       "conflict", f"reason {EVIL}"),)
    return StoryReport(Story("s-evil", (c.id,), f"Story {EVIL}", "2015-02-01", "2015-02-01"), facts,
                       (TimelineEvent("2015", f"what {EVIL}", (span,)),), (BriefSentence(f"brief {EVIL}", (span,)),))


def story_bare() -> StoryReport:
    """A story as it is before the reconcile stage: no facts, no timeline, no brief."""
    a = article_a()
    return StoryReport(Story("s-bare", (a.id,), None, None, None))


def fill_records(store):
    store.add_articles([article_a(), article_b(), article_evil()])
    store.save_stories([story_main(), story_evil(), story_bare()])
    return store


def filled_store() -> MemoryStore:
    return fill_records(MemoryStore())
