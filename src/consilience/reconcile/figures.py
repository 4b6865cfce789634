"""A story's reconciled figure for one measure, from what each of its sources says.

Each source gives its own figure for the story's main incident (the annotate stage reads it
from the headline and the opening); the story's figure is the one most sources give. Ties go
to the largest figure: a report that names fewer victims has most often missed some (a page
cut short, victims named one by one, an early report before the toll was revised upward), and
tolls grow as an event develops.

`consensus_casualties` settles killed and injured together: a victim wounded in an early
report and dead in later ones is one of the dead, not also one of the wounded. `story_figures`
gives a story's figures for its report, each cited to the sources that state it.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional, Sequence

from ..model import Article, FactGroup, Span, Story, StoryFigure


def consensus_figure(dated_values: Iterable[tuple[Optional[str], Optional[int]]]) -> int:
    """`dated_values`: (published, figure) per independent source; None figures are skipped. The
    dates are kept in the signature for callers that weigh recency; the vote does not need them."""
    votes = Counter(value for _, value in dated_values if value is not None)
    if not votes:
        return 0
    top = max(votes.values())
    return max(value for value, n in votes.items() if n == top)


def consensus_casualties(dated_pairs: Iterable[tuple]) -> tuple[int, int]:
    """The story's killed and injured figures from each independent source's (published, (killed,
    injured)) or (published, (killed, injured), headline tells of a death), weighed together: a
    source that counts fewer dead than the story's figure and at least as many more wounded told
    of the same victims before they died (an early report of a victim "in critical condition"),
    so its wounded figure is read without them. A report of the latest day whose headline tells
    of a death ("Teen shot near campus dies"), counting the same victims with more of them dead,
    tells what the earlier reports could not: the wounded who died since."""
    killed, injured, _ = _settle([(item[0], item[1], len(item) > 2 and item[2]) for item in dated_pairs])
    return killed, injured


def _settle(reports: list[tuple]) -> tuple[int, int, list[tuple[Optional[int], Optional[int]]]]:
    """`consensus_casualties`, with each report's figures as the consensus read them."""
    killed = consensus_figure((p, k) for p, (k, _), _ in reports)
    read, wounded = [], []
    for published, (k, i), _ in reports:
        if k is not None and i is not None and k < killed and i >= killed - k:
            i -= killed - k
        wounded.append((published, i))
        read.append((k, i))
    injured = consensus_figure(wounded)
    days = [(p or "")[:10] for p, _, _ in reports]
    latest = max(days, default="")
    for (published, (k, i), tells_a_death), day in zip(reports, days):
        if tells_a_death and latest and day == latest and any(d < latest for d in days) and k is not None \
                and i is not None and k > killed and k + i == killed + injured:
            return k, i, [pair for _, pair, _ in reports]
    return killed, injured, read


def story_figures(story: Story, articles: Sequence[Article], facts: Sequence[FactGroup] = ()) -> tuple[StoryFigure, ...]:
    """The story's killed and injured figures from its articles' main-incident figures, one
    report per independent source (its latest), each cited to the sources whose text states it.
    A figure no span states (victims named without a number, zero), or that only one of several
    sources gives (their main incidents may differ: a visit's report recalling an attack), is
    not reported; where each source states a figure of its own and the story's `facts` compare
    them (a conflict, an update, differing figures), the dispute is (`disputed`)."""
    reports = source_reports(story, articles)
    if not reports:
        return ()
    killed, injured, read = _settle([(a.published, (a.casualties.killed, a.casualties.injured),
                                      headline_tells_a_death(a.title)) for a in reports])
    figures = []
    for index, (measure, value) in enumerate((("killed", killed), ("injured", injured))):
        giving = [a for a, figures_read in zip(reports, read) if figures_read[index] == value]
        citations = tuple(span for a in giving if (span := _stating(a, measure, value)) is not None)
        if value <= 0 or not citations or len(giving) < min(2, len(reports)):
            # One source of several is no story's figure (its main incident may be another's),
            # but sources stating different ones are a dispute a reader should see.
            if (disputed := _disputed(measure, index, reports, read, facts)) is not None:
                figures.append(disputed)
            continue
        # what the other sources say, in their own words' figures (not as the consensus read them)
        others = [f"{(a.casualties.killed, a.casualties.injured)[index]} ({_source(a)})"
                  for a, figures_read in zip(reports, read) if figures_read[index] != value]
        reason = (f"{len(giving)} of {len(reports)} independent sources give {value}" if len(reports) > 1
                  else f"the story's one source gives {value}")
        figures.append(StoryFigure(measure, value, reason + (f"; {', '.join(others)}" if others else ""), citations))
    return tuple(figures)


_CONTESTED = ("conflict", "update", "differing")


def _disputed(measure: str, index: int, reports: Sequence[Article], read: Sequence[tuple[Optional[int], Optional[int]]],
              facts: Sequence[FactGroup]) -> Optional[StoryFigure]:
    """Two or more sources, each stating its own figure, none given by two, and a fact of the
    story comparing their figures (so the figures are of one event, not a recalled attack's
    beside the story's own): the largest, the others named, every source's span cited."""
    stated = {}
    for article, figures_read in zip(reports, read):
        value = figures_read[index]
        if value and (span := _stating(article, measure, value)) is not None:
            stated[article.id] = (value, article, span)
    if len(stated) < 2 or len({value for value, _, _ in stated.values()}) < len(stated):
        return None
    compared = [f for f in facts if f.verdict in _CONTESTED and f.claims[0].kind == "quantity" and len(
        {c.span.article_id for c in f.claims if c.measure == measure and c.span.article_id in stated
         and c.low == c.high == stated[c.span.article_id][0]}) >= 2]
    if not compared:
        return None
    ordered = sorted(stated.values(), key=lambda item: -item[0])
    reason = (f"sources disagree ({compared[0].verdict}): "
              + ", ".join(f"{value} ({_source(a)})" for value, a, _ in ordered))
    return StoryFigure(measure, ordered[0][0], reason, tuple(span for _, _, span in ordered), disputed=True)


def source_reports(story: Story, articles: Sequence[Article]) -> list[Article]:
    """One article per independent source of the story, its latest, among those that carry
    their main-incident figures."""
    wanted = set(story.articles)
    group_of = {aid: group.id for group in story.source_groups for aid in group.articles}
    latest: dict[str, Article] = {}
    for article in sorted((a for a in articles if a.id in wanted and a.casualties is not None),
                          key=lambda a: a.published or ""):
        latest[group_of.get(article.id, article.id)] = article
    return list(latest.values())


def _stating(article: Article, measure: str, value: int) -> Optional[Span]:
    """The first figure of the measure in the article's text that gives the value, else the
    first whose interval holds it ("at least three")."""
    stated = [q for q in article.quantities if q.measure == measure and q.low is not None]
    exact = [q for q in stated if q.low == q.high == value]
    holding = [q for q in stated if q.low <= value <= (q.high if q.high is not None else value)]
    return (exact or holding)[0].span if exact or holding else None


def _source(article: Article) -> str:
    return article.outlet or article.agency or article.origin


_DIES = re.compile(r"\b(?:dies|died|succumbs|succumbed)\b", re.I)


def headline_tells_a_death(title: Optional[str]) -> bool:
    """'2-year-old dies after being shot', 'Teen shot near Hofstra University dies'."""
    return bool(title and _DIES.search(title))
