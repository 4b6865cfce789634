"""Time expressions resolved against the publication date, on small texts written for these tests."""
from __future__ import annotations

import pytest

from consilience.model import Article

times_mod = pytest.importorskip("consilience.annotate.times")
find_times = times_mod.find_times

from consilience.annotate.times_grammar import find_candidates  # noqa: E402
from consilience.annotate.times_resolve import parse_dct  # noqa: E402


def _nlp_or_skip():
    from consilience.annotate.nlp import ModelMissing, load_nlp

    try:
        return load_nlp()
    except ModelMissing as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))


def times_of(text: str, published: str | None):
    _nlp_or_skip()
    article = Article(id="t", origin="test", text=text, published=published)
    refs = find_times(article)
    return article, {article.text[r.span.start:r.span.end]: r for r in refs}, refs


# A Monday: 2015-01-12.
MONDAY = "2015-01-12"

STORY = (
    "The finance minister arrived in Lagos on Monday for two days of talks. "
    "On Tuesday the government would unveil a new budget for the northern states. "
    "The talks follow the Dec. 19 bombing of a crowded market in Kano. "
    "That bombing happened last month, and police said the group behind it also carried out "
    "the Abuja riots in November 2008. "
    "The army began a large offensive in June. "
    "Today the minister met reporters at the central bank. "
    "The new bridge was opened in 2008."
)


def test_weekdays_follow_the_tense_of_their_verb():
    _, by_text, _ = times_of(STORY, MONDAY)
    assert by_text["Monday"].value == "2015-01-12"          # past: the day itself
    assert by_text["Tuesday"].value == "2015-01-13"         # "would unveil": the next Tuesday
    assert by_text["Monday"].granularity == "day"
    assert by_text["Monday"].anchor == "published"


def test_month_day_without_year_is_the_nearest_past_one():
    _, by_text, _ = times_of(STORY, MONDAY)
    assert by_text["Dec. 19"].value == "2014-12-19"
    _, by_text, _ = times_of("Rescuers reached the village on December 19.", MONDAY)
    assert by_text["December 19"].value == "2014-12-19"


def test_relative_and_absolute_months_and_years():
    _, by_text, _ = times_of(STORY, MONDAY)
    assert (by_text["last month"].value, by_text["last month"].granularity) == ("2014-12", "month")
    assert (by_text["June"].value, by_text["June"].granularity) == ("2014-06", "month")
    assert (by_text["November 2008"].value, by_text["November 2008"].anchor) == ("2008-11", "absolute")
    assert (by_text["2008"].value, by_text["2008"].granularity) == ("2008", "year")
    assert by_text["Today"].value == MONDAY
    assert by_text["two days"].value == "P2D"


def test_future_month_and_weeks():
    _, by_text, _ = times_of("The court will rule in June. Elections are due next week; "
                             "turnout fell last week.", MONDAY)
    assert by_text["June"].value == "2015-06"
    assert by_text["next week"].value == "2015-W04"
    assert by_text["last week"].value == "2015-W02"


def test_clock_time_takes_its_day():
    _, by_text, _ = times_of("The convoy was attacked at 12:20 p.m. on Monday near the border.", MONDAY)
    assert by_text["12:20 p.m."].value == "2015-01-12T12:20"
    assert by_text["12:20 p.m."].granularity == "minute"


def test_events_are_linked_from_the_parse():
    article, by_text, _ = times_of(STORY, MONDAY)
    dec = by_text["Dec. 19"]
    assert dec.event is not None and "bombing of a crowded market in Kano" in dec.event
    assert article.text[dec.event_span.start:dec.event_span.end] == dec.event
    assert "Abuja riots" in (by_text["November 2008"].event or "")
    assert "offensive" in (by_text["June"].event or "")
    assert "unveil a new budget" in (by_text["Tuesday"].event or "")


def test_partial_publication_date_keeps_what_can_be_known():
    text = ("Gunmen stormed the school on December 19. Last month the governor resigned. "
            "The dam was finished in 2008 and flooded in November 2008. The report came out on Friday.")
    _, by_text, _ = times_of(text, "--01-13")
    assert by_text["December 19"].value == "--12-19"
    assert by_text["Last month"].value == "--12"
    assert by_text["2008"].value == "2008"
    assert by_text["November 2008"].value == "2008-11"
    assert not by_text["Friday"].value[0].isdigit()  # weekday without a year: unknown date


def test_without_publication_date_only_absolute_times():
    text = "The treaty was signed on March 3, 1998 and amended last month. It took effect on June 1."
    _, by_text, refs = times_of(text, None)
    assert by_text["March 3, 1998"].value == "1998-03-03"
    assert "last month" not in by_text and "June 1" not in by_text
    assert all(r.anchor == "absolute" for r in refs)


def test_output_is_sorted_and_points_at_the_text():
    article, _, refs = times_of(STORY, "2015-01-12T08:30:00Z")
    assert list(refs) == sorted(refs, key=lambda r: (r.span.start, r.span.end))
    for r in refs:
        assert r.span.article_id == article.id
        assert 0 <= r.span.start < r.span.end <= len(article.text)


def test_not_times():
    text = "May I ask why 1500 people waited? We said the march would go ahead. The mayor met June Carter."
    _, by_text, _ = times_of(text, MONDAY)
    assert "May" not in by_text and "1500" not in by_text and "June" not in by_text


def test_parse_dct_forms():
    assert parse_dct("2015-01-12").year == 2015
    assert parse_dct("2015-01-12T10:00:00+05:00").day == 12
    assert parse_dct("--01-13").year is None and parse_dct("--01-13").month == 1
    assert parse_dct(None) is None and parse_dct("soon") is None


def test_grammar_finds_candidates_without_a_parse():
    text = "between 9 a.m. and noon on 2014-12-19, three years ago, in the 1990s"
    kinds = {text[c.start:c.end]: c.kind for c in find_candidates(text)}
    assert kinds["2014-12-19"] == "date"
    assert kinds["three years ago"] == "ago"
    assert kinds["the 1990s"] == "decade"
    assert kinds["9 a.m."] == "clock"


def test_prepositions_that_fix_the_direction():
    # A Thursday, 2015-01-15.
    _, by_text, _ = times_of("Shares had their best week since November. The exchange stays shut until Friday.",
                             "2015-01-15")
    assert by_text["November"].value == "2014-11"
    assert by_text["Friday"].value == "2015-01-16"


def test_a_year_ago_compares_the_same_period():
    text = ("Profit rose 12% in the third quarter, compared with a loss a year earlier. "
            "Revenue for the year-ago quarter was lower.")
    _, by_text, _ = times_of(text, "1999-10-28")
    assert by_text["the third quarter"].value == "1999-Q3"
    assert by_text["a year earlier"].value == "1998-Q3"
    assert by_text["the year-ago quarter"].value == "1998-Q3"


def test_durations_and_vague_references():
    text = "The strike lasted 2 1/2 years. Talks may resume soon, officials said now. Sales fell in recent years."
    _, by_text, _ = times_of(text, MONDAY)
    assert (by_text["2 1/2 years"].value, by_text["2 1/2 years"].granularity) == ("P2Y6M", "duration")
    assert by_text["now"].value == "PRESENT_REF"
    assert by_text["recent years"].value == "PXY"
    assert by_text["2 1/2 years"].event is None  # durations date nothing
