"""Small presentation helpers shared by the renderers."""
from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Article

ROLE_LABELS = {
    "author": "by", "writing": "writing", "reporting": "reporting",
    "additional-reporting": "additional reporting", "editing": "editing", "photo": "photo",
}


def credit_lines(article: Article) -> list[str]:
    by_role: dict[str, list[str]] = defaultdict(list)
    for credit in article.authors:
        by_role[credit.role].append(credit.name)
    return [f"{ROLE_LABELS.get(role, role)}: {', '.join(names)}" for role, names in by_role.items()]


def removed_summary(article: Article) -> str:
    counts = Counter(r.kind for r in article.removed if r.kind != "blank")
    return ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in sorted(counts.items())) or "blank lines"


def source_label(article: Article) -> str:
    return article.outlet or article.agency or article.origin.rsplit("/", 1)[-1]


def story_view(story_report, articles: dict[str, Article]) -> dict:
    """What a story section shows: the fact matrix, unique facts per source, coverage."""
    story = story_report.story
    members = [articles[i] for i in story.articles if i in articles]
    members.sort(key=lambda a: (a.published or "", a.id))
    shared = [f for f in story_report.facts if f.verdict != "unique"]
    rows = []
    for fact in shared:
        cells = {}
        for claim in fact.claims:
            cells.setdefault(claim.span.article_id, claim)
        rows.append({"fact": fact, "cells": [cells.get(a.id) for a in members]})
    unique: dict[str, list] = {a.id: [] for a in members}
    for fact in story_report.facts:
        if fact.verdict == "unique":
            for claim in fact.claims:
                if claim.span.article_id in unique:
                    unique[claim.span.article_id].append((fact, claim))
    coverage = []
    for a in members:
        lead = a.text.split("\n\n", 1)[0]
        coverage.append({"article": a, "lead": lead, "only_here": len(unique[a.id])})
    counts = Counter(f.verdict for f in story_report.facts)
    return {"members": members, "rows": rows, "unique": unique, "coverage": coverage, "counts": counts,
            "independent": independent_sources(story)}


def independent_sources(story) -> int:
    """Articles, less the extra copies of each reprinted wire story."""
    return len(story.articles) - sum(len(g.articles) - 1 for g in story.source_groups if len(g.articles) > 1)


def cited_spans(story_reports) -> dict[str, list]:
    """Every span a story section links to, by article: they become anchors in the text."""
    out: dict[str, list] = defaultdict(list)
    for sr in story_reports:
        for fact in sr.facts:
            for claim in fact.claims:
                out[claim.span.article_id].append((claim.span, fact.verdict, fact.subject))
        for item in (*sr.brief, *sr.timeline):
            for span in item.citations:
                out[span.article_id].append((span, "cite", "cited"))
    return out
