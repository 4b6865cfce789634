"""The annotate stage: entities, times, quantities and quotes on each article's clean text.

Each article is parsed once with spaCy and every annotator reads that one parse; entities
are then merged across the run so one actor has one canonical name everywhere, and quote
speakers are linked to those entities.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from ..engine.local import Progress
from ..model import Article, Casualties
from .casualties import main_casualties
from .casualties_title import headline_text
from .entities import entity_at, find_entities, merge_entities
from .nlp import load_nlp
from .quantities import find_quantities
from .quotes import find_quotes
from .times import find_times

BATCH_SIZE = 16


def annotate_articles(articles: Sequence[Article], progress: Optional[Progress] = None) -> list[Article]:
    nlp = load_nlp()
    out: list[Article] = []
    docs = nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE)
    # Headlines parsed in batches too: one at a time costs three times as much.
    title_docs = nlp.pipe((headline_text(a) for a in articles), batch_size=BATCH_SIZE)
    for i, (article, doc, title_doc) in enumerate(zip(articles, docs, title_docs), start=1):
        out.append(annotate_one(article, doc, title_doc))
        if progress:
            progress("annotate", i, len(articles))
    merged = merge_entities(out)
    return [link_speakers(a) for a in merged]


def annotate_one(article: Article, doc, title_doc=None) -> Article:
    """`title_doc`: the parse of the article's `headline_text`, if the caller has it."""
    quantities = find_quantities(article, doc)
    killed, injured = main_casualties(article, quantities, doc, title_doc)
    return replace(
        article,
        entities=find_entities(article, doc),
        times=find_times(article, doc),
        quantities=quantities,
        quotes=find_quotes(article, doc),
        casualties=Casualties(killed or 0, injured or 0),
    )


def retime(articles: Sequence[Article], before: Sequence[Article], only: Optional[set[str]] = None) -> list[Article]:
    """Resolve times again where a later stage completed the publication date (a year taken
    from the story), so "December 16" becomes a full date once the year is known.
    `only` limits this to the given article ids (those that were annotated)."""
    was = {a.id: a.published for a in before}
    changed = [a for a in articles if a.published != was.get(a.id, a.published) and (only is None or a.id in only)]
    if not changed:
        return list(articles)
    nlp = load_nlp()
    redone = {a.id: replace(a, times=find_times(a, nlp(a.text))) for a in changed}
    return [redone.get(a.id, a) for a in articles]


def link_speakers(article: Article) -> Article:
    quotes = []
    for quote in article.quotes:
        entity = None
        if quote.speaker_span is not None:
            # The speaker phrase's head word must be the entity's: "a second U.S. official" is
            # an official, not the United States; "foreign adviser Sartaj Aziz" is Aziz.
            head = re.sub(r"(?:['’]s)?[\s.,]*$", "", article.text[quote.speaker_span.start:quote.speaker_span.end])
            end = quote.speaker_span.start + len(head)
            entity = entity_at(article, max(quote.speaker_span.start, end - 1), end) if head else None
        if entity is not None:
            quote = replace(quote, speaker_entity=entity.canonical, speaker=entity.canonical)
        quotes.append(quote)
    return replace(article, quotes=tuple(quotes))
