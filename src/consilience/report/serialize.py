"""Records to the report contract's plain data (`consilience.report/1`).

Offsets are Python string indices into the article's `text`; every span also carries the
words it covers so a reader of the JSON alone can check it.
"""
from __future__ import annotations

from typing import Any, Optional

from .. import REPORT_SCHEMA, __version__
from ..model import Article, Entity, Quantity, Quote, Report, Span, StoryReport, TimeRef


def report_to_dict(report: Report) -> dict[str, Any]:
    texts = {a.id: a.text for a in report.articles}
    return {
        "schema": REPORT_SCHEMA,
        "generator": f"consilience {__version__}",
        "summary": {
            "inputs": report.inputs,
            "articles": len(report.articles),
            "stories": len(report.stories),
            "failures": len(report.failures),
        },
        "failures": [{"input": f.origin, "reason": f.reason} for f in report.failures],
        "articles": [article_to_dict(a) for a in report.articles],
        "stories": [story_to_dict(s, texts) for s in report.stories],
    }


def span_to_dict(span: Optional[Span], text: str) -> Optional[dict[str, Any]]:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start:span.end]}


def cited_span(span: Span, texts: dict[str, str]) -> dict[str, Any]:
    text = texts.get(span.article_id, "")
    return {"article": span.article_id, "start": span.start, "end": span.end, "text": text[span.start:span.end]}


def article_to_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "origin": a.origin,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "published_basis": a.published_basis,
        "dateline": {"place": a.dateline.place, "date_text": a.dateline.date_text} if a.dateline else None,
        "agency": a.agency,
        "authors": [{"name": c.name, "role": c.role} for c in a.authors],
        "captions": list(a.captions),
        "language": a.language,
        "text": a.text,
        "removed": [
            {"kind": r.kind, "text": r.text, "reason": r.reason, "lines": list(r.lines) if r.lines else None}
            for r in a.removed
        ],
        "entities": [entity_to_dict(e, a.text) for e in a.entities],
        "times": [time_to_dict(t, a.text) for t in a.times],
        "quantities": [quantity_to_dict(q, a.text) for q in a.quantities],
        "quotes": [quote_to_dict(q, a.text) for q in a.quotes],
        "casualties": {"killed": a.casualties.killed, "injured": a.casualties.injured} if a.casualties else None,
    }


def entity_to_dict(e: Entity, text: str) -> dict[str, Any]:
    return {
        "canonical": e.canonical,
        "type": e.type,
        "aliases": list(e.aliases),
        "attributes": list(e.attributes),
        "mentions": [span_to_dict(m, text) for m in e.mentions],
    }


def time_to_dict(t: TimeRef, text: str) -> dict[str, Any]:
    return {
        **span_to_dict(t.span, text),
        "value": t.value,
        "granularity": t.granularity,
        "anchor": t.anchor,
        "event": t.event,
        "event_span": span_to_dict(t.event_span, text),
    }


def quantity_to_dict(q: Quantity, text: str) -> dict[str, Any]:
    return {
        **span_to_dict(q.span, text),
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "measure": q.measure,
        "unit": q.unit,
        "counts": q.counts,
        "event": q.event,
    }


def quote_to_dict(q: Quote, text: str) -> dict[str, Any]:
    return {
        **span_to_dict(q.span, text),
        "content": span_to_dict(q.content_span, text),
        "speaker": q.speaker,
        "speaker_span": span_to_dict(q.speaker_span, text),
        "speaker_entity": q.speaker_entity,
        "cue": q.cue,
        "kind": q.kind,
    }


def story_to_dict(sr: StoryReport, texts: dict[str, str]) -> dict[str, Any]:
    s = sr.story
    return {
        "id": s.id,
        "title": s.title,
        "articles": list(s.articles),
        "span": [s.first_seen, s.last_seen],
        "entities": list(s.entities),
        "source_groups": [
            {"id": g.id, "articles": list(g.articles), "reason": g.reason} for g in s.source_groups
        ],
        "facts": [
            {
                "id": f.id,
                "subject": f.subject,
                "verdict": f.verdict,
                "reason": f.reason,
                "claims": [
                    {
                        "span": cited_span(c.span, texts),
                        "kind": c.kind,
                        "value": c.value,
                        "hedging": c.hedging,
                        "attributed_to": c.attributed_to,
                        "published": c.published,
                        "measure": c.measure,
                        "low": c.low,
                        "high": c.high,
                    }
                    for c in f.claims
                ],
            }
            for f in sr.facts
        ],
        "figures": [
            {"measure": f.measure, "value": f.value, "reason": f.reason, "disputed": f.disputed,
             "citations": [cited_span(c, texts) for c in f.citations]}
            for f in sr.figures
        ],
        "timeline": [
            {"when": e.when, "what": e.what, "citations": [cited_span(c, texts) for c in e.citations]}
            for e in sr.timeline
        ],
        "brief": [
            {"text": b.text, "citations": [cited_span(c, texts) for c in b.citations]} for b in sr.brief
        ],
    }
