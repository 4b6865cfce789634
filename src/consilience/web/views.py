"""What the pages show, built from store records: plain dicts and escaped Markup for templates.

Every piece of article text reaches the page through `markupsafe.escape` (directly, through
`render_marked`, the same as `consilience.report.highlight`'s, or through Jinja's autoescape); nothing here
marks raw article text safe.
"""
from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from markupsafe import Markup, escape

from ..model import Article, Span, StoryReport
from ..report.highlight import Mark, article_marks, render_marked
from ..report.serialize import story_to_dict
from ..report.view import credit_lines, removed_summary, source_label
from ..report.timeline_svg import timeline_svg

VERDICTS = ("conflict", "update", "differing", "framing", "compatible", "agree", "unique")
VERDICT_HELP = {
    "agree": "same value", "compatible": "consistent: different precision or measure",
    "differing": "consistent, but the figures differ", "conflict": "cannot both hold",
    "update": "a later article revises an earlier figure", "unique": "one source only",
    "framing": "same fact, different certainty or attribution",
}


def span_key(span: Span | dict) -> str:
    """`article:start:end`, the address the page's script scrolls to."""
    if isinstance(span, dict):
        return f"{span['article']}:{span['start']}:{span['end']}"
    return f"{span.article_id}:{span.start}:{span.end}"


def hl_class(start: int, end: int) -> str:
    return f"hl-{start}-{end}"


def lead_of(text: str, limit: int = 420) -> str:
    """The first paragraph (a blank line ends it), cut at a sentence end near `limit`."""
    para = text.strip().split("\n\n", 1)[0].strip()
    if len(para) <= limit:
        return para
    cut = max(para.rfind(". ", 0, limit), para.rfind("? ", 0, limit), para.rfind("! ", 0, limit))
    return para[: cut + 1] if cut > limit // 3 else para[:limit].rstrip() + "…"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def independent_groups(sr: StoryReport, ids: Sequence[str]) -> dict[str, str]:
    """article id -> source id: wire copies share one, every other article is its own."""
    of = {aid: g.id for g in sr.story.source_groups for aid in g.articles}
    return {aid: of.get(aid, aid) for aid in ids}


def story_view(sr: StoryReport, found: Sequence[Article]) -> dict[str, Any]:
    by_id = {a.id: a for a in found}
    ordered = [by_id[aid] for aid in sr.story.articles if aid in by_id]
    ordered.sort(key=lambda a: (a.published or "9999", source_label(a), a.id))
    texts = {a.id: a.text for a in ordered}
    data = story_to_dict(sr, texts)
    index = {a.id: i for i, a in enumerate(ordered, start=1)}
    groups = independent_groups(sr, [a.id for a in ordered])
    group_size: dict[str, int] = {}
    for gid in groups.values():
        group_size[gid] = group_size.get(gid, 0) + 1
    group_reason = {g.id: g.reason for g in sr.story.source_groups}

    extra: dict[str, list[Mark]] = {a.id: [] for a in ordered}

    def cite(span: dict, note: str) -> None:
        if span["article"] in extra and 0 <= span["start"] < span["end"] <= len(texts[span["article"]]):
            extra[span["article"]].append(Mark(span["start"], span["end"], f"cite {hl_class(span['start'], span['end'])}", note))

    facts = []
    for fact in data["facts"]:
        cells: dict[str, list[dict]] = {}
        for claim in fact["claims"]:
            cite(claim["span"], f"fact ({fact['verdict']}): {fact['subject']}")
            cells.setdefault(claim["span"]["article"], []).append(
                {**claim, "key": span_key(claim["span"]), "short": shorten(claim["value"], 160)})
        facts.append({
            **fact,
            "short_subject": shorten(fact["subject"], 140),
            "spans": " ".join(span_key(c["span"]) for c in fact["claims"]),
            "cells": [cells.get(a.id, []) for a in ordered],
            "sources": len({groups.get(c["span"]["article"], c["span"]["article"]) for c in fact["claims"]}),
        })
    brief = []
    for sentence in data["brief"]:
        by_source: dict[int, dict] = {}  # one [n] link per source, carrying all its cited spans
        for c in sentence["citations"]:
            cite(c, "cited in the brief")
            if c["article"] in index:
                link = by_source.setdefault(index[c["article"]], {"n": index[c["article"]], "keys": [], "text": c["text"]})
                link["keys"].append(span_key(c))
        citations = [{**link, "key": " ".join(link["keys"])} for _, link in sorted(by_source.items())]
        brief.append({"text": sentence["text"], "citations": citations,
                      "spans": " ".join(c["key"] for c in citations)})
    for event in data["timeline"]:
        for c in event["citations"]:
            cite(c, f"timeline: {event['when']}")
    figures = []
    for figure in data["figures"]:
        for c in figure["citations"]:
            cite(c, f"story figure: {figure['measure']} {'disputed' if figure.get('disputed') else figure['value']}")
        figures.append({**figure, "citations": [{"n": index[c["article"]], "key": span_key(c), "text": c["text"]}
                                                for c in figure["citations"] if c["article"] in index]})

    sources = []
    for a in ordered:
        gid = groups[a.id]
        sources.append({
            "article": a, "n": index[a.id], "label": source_label(a),
            "lead": lead_of(a.text), "wire": group_size[gid] > 1,
            "wire_reason": group_reason.get(gid) if group_size[gid] > 1 else None,
            "body": render_marked(a.text, [*article_marks(a), *extra[a.id]], f"s-{a.id}"),
        })
    verdict_counts = {v: sum(1 for f in facts if f["verdict"] == v) for v in VERDICTS}
    return {
        "data": data, "sources": sources, "facts": facts, "brief": brief, "figures": figures,
        "fact_rows": fact_rows([f for f in facts if f["verdict"] != "unique"]),
        "unique_rows": fact_rows([f for f in facts if f["verdict"] == "unique"]),
        "shared_count": sum(1 for f in facts if f["verdict"] != "unique"),
        "timeline": data["timeline"], "timeline_svg": timeline_svg(data["timeline"], index),
        "independent": len(set(groups.values())), "missing": [aid for aid in sr.story.articles if aid not in by_id],
        "verdict_counts": {v: n for v, n in verdict_counts.items() if n},
        "verdict_help": VERDICT_HELP,
    }


def fact_rows(facts: Sequence[dict]) -> Markup:
    """The fact table's rows (built here rather than in Jinja: a wide story has thousands of cells).

    Every value goes through `escape`; the cell's title shows the reason and each claim's words.
    """
    out = []
    for f in facts:
        verdict, reason = escape(f["verdict"]), escape(f["reason"])
        row = [f'<tr class="fact" id="{escape(f["id"])}">'
               f'<th class="subject" data-spans="{escape(f["spans"])}" tabindex="0" '
               f'title="{escape(f["subject"])}&#10;{verdict}: {reason}">{escape(f["short_subject"])}</th>'
               f'<td class="v-{verdict} verdict" title="{reason}">{verdict}<div class="reason">{reason}</div></td>']
        for cell in f["cells"]:
            if not cell:
                row.append('<td class="absent">—</td>')
                continue
            keys = escape(" ".join(c["key"] for c in cell))
            tip = "".join(f"&#10;{escape(c['hedging'])}"
                          + (f" ({escape(c['attributed_to'])})" if c["attributed_to"] else "")
                          + f": “{escape(c['span']['text'])}”" for c in cell)
            body = "".join(f"<div>{escape(c['short'])}"
                           + (f' <span class="hedge">{escape(c["hedging"])}</span>' if c["hedging"] != "asserted" else "")
                           + "</div>" for c in cell)
            row.append(f'<td class="claim v-{verdict}" data-spans="{keys}" tabindex="0" '
                       f'title="{verdict}: {reason}{tip}">{body}</td>')
        row.append("</tr>")
        out.append("".join(row))
    return Markup("\n".join(out))


def article_view(article: Article) -> dict[str, Any]:
    kept = [r for r in article.removed if r.kind != "blank"]
    kinds: dict[str, int] = {}
    for r in kept:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    return {
        "article": article,
        "body": render_marked(article.text, article_marks(article), f"a-{article.id}"),
        "credits": credit_lines(article),
        "removed": kept,
        "blank_removed": len(article.removed) - len(kept),
        "removed_kinds": sorted(kinds.items()),
        "removed_summary": removed_summary(article),
        "counts": {"entities": len(article.entities), "times": len(article.times),
                   "numbers": len(article.quantities), "quotes": len(article.quotes)},
        "words": len(article.text.split()),
    }


def safe_url(url: Optional[str]) -> Optional[str]:
    """Only http(s) links become clickable (no javascript: or data: URLs from an input)."""
    return url if url and re.match(r"^https?://", url, re.I) else None


def summary_dict(s) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "first_seen": s.first_seen, "last_seen": s.last_seen,
            "articles": s.articles, "independent_sources": s.independent_sources,
            "outlets": list(s.outlets), "conflicts": s.conflicts, "facts": s.facts}


__all__ = ["story_view", "article_view", "summary_dict", "safe_url", "span_key", "Markup"]
