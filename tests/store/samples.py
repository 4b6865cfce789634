"""Small hand-made records covering every field the codec and the store must keep."""
from __future__ import annotations

import hashlib

from consilience.model import (Article, BriefSentence, Claim, Credit, Dateline, Document, Entity, FactGroup, Quantity,
                               Quote, Removed, SourceGroup, Span, Story, StoryReport, TimelineEvent, TimeRef)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def make_article(text: str, *, origin: str, title: str, outlet: str = "example.com",
                 published: str = "2014-12-16", rich: bool = True) -> Article:
    aid = article_id(text)
    if not rich:
        return Article(id=aid, origin=origin, text=text, title=title, outlet=outlet, published=published,
                       published_basis="metadata")
    return Article(
        id=aid, origin=origin, text=text, title=title, outlet=outlet, url=f"https://{outlet}/{aid}",
        published=published, published_basis="metadata", dateline=Dateline("PESHAWAR", "Dec 16"),
        agency="Reuters", authors=(Credit("Jane Doe", "writing"), Credit("Ali Khan", "additional-reporting")),
        captions=("A caption — with “quotes”",), language="en",
        removed=(Removed("related-headlines", "Read more: other", "repeated across pages", (3, 4)),
                 Removed("css", ".x{}", "style")),
        entities=(Entity("Peshawar", "GPE", (Span(aid, 0, 8), Span(aid, 20, 28)), aliases=("peshawar",),
                         attributes=("city",)),
                  Entity("Taliban", "GROUP", (Span(aid, 30, 37),))),
        times=(TimeRef(Span(aid, 40, 48), "2014-12-16", "day", "published", event="attack",
                       event_span=Span(aid, 50, 56)),
               TimeRef(Span(aid, 60, 64), "--01-13", "day", "absolute")),
        quantities=(Quantity(Span(aid, 1, 5), 163.0, None, "at-least", "killed", unit=None, counts="people"),
                    Quantity(Span(aid, 6, 9), 237.5e6, 262.5e6, "about", "money", unit="USD"),
                    Quantity(Span(aid, 10, 12), 0.1, float("inf"), "more-than", "other")),
        quotes=(Quote(Span(aid, 2, 30), Span(aid, 3, 20), "the army", "said", "direct", Span(aid, 22, 30), "Army"),),
    )


TEXTS = [
    ("Taliban gunmen attacked a school in Peshawar, killing at least 132 children.", "Peshawar school attack", "a.com", "2014-12-16"),
    ("Gunmen stormed an army-run school in Peshawar; 141 people were killed.", "Pakistan school siege", "b.org", "2014-12-16T10:20"),
    ("Militants attacked hotels in Mumbai; at least 166 people died.", "Mumbai attacks", "c.net", "2008-11-28"),
    ("The death toll in Mumbai rose to 195, officials said.", "Mumbai toll rises", "a.com", "2008-11-30"),
]


def articles(rich: bool = True) -> list[Article]:
    return [make_article(t, origin=f"file{i}.txt", title=title, outlet=outlet, published=pub, rich=rich)
            for i, (t, title, outlet, pub) in enumerate(TEXTS)]


def documents(arts: list[Article]) -> list[Document]:
    return [Document(origin=a.origin, content=f"<html><body>{a.text}</body></html>", content_type="html",
                     fetched_at="2026-01-01T00:00:00Z", encoding="utf-8", hints=(("title", a.title or ""),))
            for a in arts]


def story_report(sid: str, arts: list[Article], conflict: bool = True) -> StoryReport:
    ids = tuple(a.id for a in arts)
    claims = tuple(Claim(Span(a.id, 1, 5), "quantity", f"{100 + i}", hedging="attributed", attributed_to="officials",
                         published=a.published, measure="killed", low=float(100 + i), high=None if i else float(100))
                   for i, a in enumerate(arts))
    facts = (FactGroup("f-1", "killed", claims, "conflict" if conflict else "differing", "132 vs 141: cannot both hold"),
             FactGroup("f-2", "date", claims[:1], "unique", "one source only"))
    story = Story(sid, ids, title=arts[0].title, first_seen=min(a.published for a in arts),
                  last_seen=max(a.published for a in arts), entities=("Peshawar", "Taliban"),
                  source_groups=(SourceGroup("g-1", ids[:2], "same wire text"),) if len(ids) > 1 else ())
    return StoryReport(story, facts, timeline=(TimelineEvent("2014-12-16", "attack", (Span(ids[0], 0, 5),)),),
                       brief=(BriefSentence("Gunmen attacked a school.", (Span(ids[0], 0, 10),)),))
