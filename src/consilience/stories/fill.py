"""Gaps a story fills for its articles: the year of a date given only as month and day."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Optional, Sequence

from ..model import Article, Story
from .features import parse_day, parse_month_day


def complete_year(month_day: tuple[int, int], days: Sequence[int]) -> Optional[int]:
    """The year that puts (month, day) closest to the given dates (ordinals); ties go to the
    earlier year. None when no date is given or the day never exists (Feb 29 without a leap year
    near)."""
    if not days:
        return None
    ordered = sorted(days)
    median = ordered[len(ordered) // 2]
    best: Optional[tuple[int, int, int]] = None
    years = {date.fromordinal(d).year + k for d in (ordered[0], ordered[-1]) for k in (-1, 0, 1)}
    for year in sorted(years):
        try:
            d = date(year, *month_day).toordinal()
        except ValueError:
            continue
        key = (min(abs(d - x) for x in ordered), abs(d - median), year)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def fill_from_story(articles: Sequence[Article], stories: Sequence[Story]) -> list[Article]:
    """Articles in the same order, with year-less `published` values ("--01-13", or
    "--01-13T10:00") completed from the dated articles of their story; basis becomes "story"."""
    story_of: dict[str, Story] = {}
    for s in stories:
        for aid in s.articles:
            story_of[aid] = s
    by_id = {a.id: a for a in articles}
    out = []
    for a in articles:
        md = parse_month_day(a.published)
        story = story_of.get(a.id)
        if md is None or story is None:
            out.append(a)
            continue
        days = [d for d in (parse_day(by_id[m].published) for m in story.articles
                            if m in by_id and m != a.id) if d is not None]
        year = complete_year(md, days)
        if year is None:
            out.append(a)
            continue
        out.append(replace(a, published=f"{year:04d}{a.published[1:]}", published_basis="story"))
    return out


def refresh_story_dates(story: Story, articles: Sequence[Article]) -> Story:
    """The story's first and last dates, recomputed once its articles' dates are completed."""
    members = set(story.articles)
    full = sorted(a.published for a in articles
                  if a.id in members and a.published and len(a.published) >= 10 and not a.published.startswith("-"))
    if not full:
        return story
    return replace(story, first_seen=full[0], last_seen=full[-1])
