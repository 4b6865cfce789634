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


def test_an_infinitive_of_purpose_takes_the_tense_of_its_clause():
    # "used a shotgun to open fire Saturday night": the purpose of a past act, not a plan
    _, by_text, _ = times_of("Ten people were injured after two suspects used a shotgun, and possibly a handgun, "
                             "to open fire during a block party on a street Saturday night.", "2015-06-21")
    assert by_text["Saturday night"].value == "2015-06-20TNI"
    # ... while a decision or a plan is still to come
    _, by_text, _ = times_of("The board announced its decision to close the school Friday.", "2015-06-21")
    assert by_text["Friday"].value == "2015-06-26"


def test_a_date_naming_a_violent_event_dates_what_happened_whatever_the_verb():
    _, by_text, _ = times_of("He will spend 20 years in prison for his role in the Easter morning shooting death "
                             "of a girl.", "2016-08-30")
    assert by_text["Easter"].value == "2016-03-27"
    _, by_text, _ = times_of("He will be arraigned in the Saturday shooting on Monday.", "2016-08-30")
    assert by_text["Saturday"].value == "2016-08-27" and by_text["Monday"].value == "2016-09-05"


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


def test_that_night_is_the_night_of_the_day_last_named_and_dates_its_clock():
    _, by_text, _ = times_of("The convoy was attacked on Jan. 3, officials said.\n\nIt was around 9 p.m. that night "
                             "when the shooting began.", MONDAY)
    assert by_text["that night"].value == "2015-01-03TNI"
    assert by_text["9 p.m."].value == "2015-01-03T21:00"


def test_a_date_someone_is_due_or_scheduled_for_is_ahead():
    _, by_text, _ = times_of("The investigation is ongoing and Brown is due back in court in September.", "2013-03-31")
    assert by_text["September"].value == "2013-09"


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


# A Thursday, 1999-10-28.
THURSDAY = "1999-10-28"


def found(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(text[r.span.start:r.span.end], r.value) for r in times_of(text, published)[2]]


def test_fiscal_years_and_year_ends():
    text = ("Revenue was $76 million for the year ended March 31. For the year, volume was flat. "
            "The company plans to close the deal by year-end. Shares have risen 8% since year-end. "
            "Costs will fall by the end of the year.")
    got = found(text, THURSDAY)
    assert ("the year", "P1Y") in got            # the twelve months to March 31
    assert ("the year", "1999") in got           # "for the year": the year reported on
    assert [v for t, v in got if t == "year-end"] == ["1999", "1998"]  # the coming one; the one passed
    assert ("the end of the year", "1999") in got


def test_the_past_year_is_the_year_before_publication():
    _, by_text, _ = times_of("Prices rose 4% over the past year and fell in the last month.", THURSDAY)
    assert by_text["the past year"].value == "1998"
    assert by_text["the last month"].value == "1999-09"


def test_rates_are_sets():
    _, by_text, _ = times_of("The plant will save $500 million a year.", THURSDAY)
    assert (by_text["a year"].value, by_text["a year"].granularity) == ("P1Y", "set")


def test_a_period_a_year_back_is_one_expression():
    text = "Sales fell 3% in September, compared with the same month a year ago. For the quarter a year ago, it lost $2."
    _, by_text, _ = times_of(text, THURSDAY)
    assert by_text["the same month a year ago"].value == "1998-09"
    assert by_text["the quarter a year ago"].value == "1998-Q3"
    assert "a year ago" not in by_text


def test_tense_of_perfect_progressive_gerunds_and_effective_dates():
    text = ("Police have been searching for him since the Oct. 23 shooting. "
            "The doctor was killed last Oct. 23 at his home.")
    assert found(text, "1999-05-06") == [("Oct. 23", "1998-10-23"), ("last Oct. 23", "1998-10-23")]
    _, by_text, _ = times_of("The allies can take part in planning for the summit in April.", "1998-12-05")
    assert by_text["April"].value == "1999-04"  # the gerund takes the tense of "can take part"
    text = "The bank created a new office, effective Feb. 1. It has extended the loans through January."
    _, by_text, _ = times_of(text, "1989-10-26")
    assert by_text["Feb. 1"].value == "1990-02-01"  # "effective": the nearest, whatever the verb
    assert by_text["January"].value == "1990-01"


def test_a_named_weekday_with_s_is_a_past_day():
    text = "Lawyers said they would look for ways to get around Wednesday's ruling."
    _, by_text, _ = times_of(text, "2000-01-07")  # a Friday
    assert by_text["Wednesday"].value == "2000-01-05"


def test_quarters_years_and_weeks_named_from_the_story():
    text = ("Ford announced cuts, resulting in the closure of ten plants during the fourth quarter. On May 22, 1995, he was promoted, and the "
            "following year he moved to Washington. It lost $4.8 billion in the fourth quarter of 2005 and "
            "$8.6 billion for the entire year. Profit rose in the third quarter from the 1988 quarter. "
            "Sales rebounded in the last week of March. Growth slowed in the last half of the '80s.")
    _, by_text, refs = times_of(text, "2006-08-19")
    got = {text[r.span.start:r.span.end]: r.value for r in refs}
    assert got["the fourth quarter"] == "2006-Q4"
    assert got["the following year"] == "1996"
    assert got["the entire year"] == "2005"
    assert got["the 1988 quarter"] == "1988-Q3"
    assert got["the last week of March"] == "2006-W13"  # March 27-31
    assert got["the '80s"] == "198"
    assert "the last half" not in got


def test_clipped_years_and_bare_decades():
    text = "Cars of the 70s sold well. The index has not been this low since '82."
    _, by_text, _ = times_of(text, "2008-10-27")
    assert by_text["70s"].value == "197"
    assert by_text["'82"].value == "1982"


def test_sets_fractions_names_and_military_clocks():
    text = ("The party daily Granma said rallies are held daily. Markets opened at 0800 UTC after the biggest "
            "single-day fall. GDP shrank for two consecutive quarters of the year. About a quarter of the "
            "dealers will close. The Russell 2000 Index fell. It matters to the future of our peoples.")
    got = found(text, "2008-09-18")
    assert [v for t, v in got if t == "daily"] == ["P1D", "P1D"]  # TimeML sets, adjective or adverb
    assert ("0800 UTC", "2008-09-18T08:00Z") in got
    assert ("single-day", "P1D") in got
    assert ("two consecutive quarters", "P2Q") in got
    assert not any(t in ("a quarter", "2000", "the future") for t, _ in got)
    assert found("He wrote for the Daily Telegraph.", "2008-09-18") == []


def test_vague_durations_holidays_and_named_events():
    text = ("Prices have risen over the years and collapsed in minutes. The decades-long feud ended after a "
            "day-long meeting. Voters go to the polls on Election Day. The father will leave at 4 in the "
            "morning. Pilgrims arrived as Easter week began. Tourism slumped after the Aug. 7 embassy bombings.")
    got = found(text, "1998-09-07")
    assert ("the years", "PXY") in got and ("minutes", "PTXM") in got
    assert ("decades-long", "PXY") in got and ("a day-long", "P1D") in got
    assert ("Election Day", "1998-11-03") in got
    assert ("4 in the morning", "1998-09-08T04:00") in got or ("4 in the morning", "1998-09-07T04:00") in got
    assert ("Easter week", "1998-W15") in got  # Easter Sunday 1998 was April 12
    assert ("Aug. 7", "1998-08-07") in got


def test_that_year_is_the_year_last_named():
    text = ("He fled to Florida in June 1998 and returned to Cuba later that year. Imports reached $1.5 billion in "
            "1988; watches made up a small share of imports that year. Hate crimes fell through the nineties.")
    got = found(text, "2000-01-28")
    assert ("later that year", "1998") in got
    assert ("that year", "1988") in got
    assert ("the nineties", "199") in got


def test_as_early_as_looks_ahead():
    _, by_text, _ = times_of("The father could come to the U.S. as early as Tuesday.", "2000-04-03")  # a Monday
    assert by_text["Tuesday"].value == "2000-04-04"


def test_gerund_under_a_verbless_headline_does_not_hang():
    # The root of "A guide to planning for Friday." is a noun: climbing from the gerund to a
    # verb must stop at the root (tokens are new objects on each access, so `is` never held).
    _, by_text, _ = times_of("A guide to planning for Friday.", MONDAY)
    assert "Friday" in by_text
