"""A story's brief: 3-8 extractive sentences, favouring what independent sources agree on.

Every sentence is a span of one article's text, cited to itself and to the claims of the
other sources that state the same thing; nothing is paraphrased, so every citation's words
support the sentence.
"""
from __future__ import annotations

from typing import Sequence

from ..model import Article, BriefSentence, FactGroup, Span
from ..sentences import sentence_around

MIN_SENTENCES, MAX_SENTENCES = 3, 8
CORROBORATED = {"agree", "compatible", "differing", "framing", "update"}


def build_brief(articles: Sequence[Article], facts: Sequence[FactGroup]) -> list[BriefSentence]:
    texts = {a.id: a.text for a in articles}
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published or "", a.id)))}
    numbers_at: dict[str, list[tuple[int, int, FactGroup]]] = {}
    for fact in facts:
        if fact.claims[0].kind in ("quantity", "date") and fact.verdict in CORROBORATED:
            for c in fact.claims:
                numbers_at.setdefault(c.span.article_id, []).append((c.span.start, c.span.end, fact))
    candidates = []
    for fact in facts:
        if fact.claims[0].kind != "statement":
            continue
        sources = len({c.span.article_id for c in fact.claims})
        for claim in fact.claims:
            span = claim.span
            backing = [f for s, e, f in numbers_at.get(span.article_id, []) if span.start <= s < span.end]
            score = 2.0 * (sources - 1) + sum(len(f.claims) - 1 for f in backing) + (0.5 if span.start == 0 else 0)
            if fact.verdict == "unique" and not backing and span.start != 0:
                continue
            others = [c.span for c in fact.claims if c.span.article_id != span.article_id]
            others += [c.span for f in backing for c in f.claims if c.span.article_id != span.article_id]
            candidates.append((score, -order.get(span.article_id, 0), -span.start, span, tuple(others), fact.id))
    candidates.sort(reverse=True)
    chosen, used_facts = [], set()
    for score, _, _, span, others, fact_id in candidates:
        if fact_id in used_facts:
            continue
        used_facts.add(fact_id)
        # A claim may be one clause of a sentence; the brief quotes whole sentences.
        start, end = sentence_around(texts[span.article_id], span.start, span.end)
        sentence = Span(span.article_id, start, end)
        chosen.append(BriefSentence(text=texts[span.article_id][start:end], citations=(sentence, *others)))
        if len(chosen) >= MAX_SENTENCES:
            break
    return chosen
