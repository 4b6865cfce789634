"""Quantities: number grammar, intervals, measures from the parse.

Sentences written for these tests; none is taken from the seed articles.
"""
from __future__ import annotations

import pytest

from consilience.annotate.quantities_numbers import find_numbers, interval, words_to_number
from consilience.model import Article

from .helpers import needs_model


def _article(text: str) -> Article:
    return Article(id="t", origin="test", text=text)


def _quantities(text: str):
    from consilience.annotate.quantities import find_quantities

    article = _article(text)
    return article, find_quantities(article)


def _by_text(text: str):
    article, qs = _quantities(text)
    return {text[q.span.start:q.span.end]: q for q in qs}


# ---------------------------------------------------------------- number grammar (no parse)

@pytest.mark.parametrize("words,value", [
    ("six", 6), ("twenty-one", 21), ("two-and-a-half", 2.5), ("a dozen", 12),
    ("three hundred", 300), ("two thousand five hundred", 2500), ("one and a half", 1.5),
])
def test_words_to_number(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize("text,found,value,qualifier,unit", [
    ("Officials counted 1,500 ballots.", "1,500", 1500, "exact", None),
    ("The fund holds 3.5 million euros.", "3.5 million euros", 3_500_000, "exact", "EUR"),
    ("It costs USD 40 million.", "USD 40 million", 40_000_000, "exact", "USD"),
    ("It costs about $40 million.", "about $40 million", 40_000_000, "about", "USD"),
    ("It costs US$ 7 billion.", "US$ 7 billion", 7_000_000_000, "exact", "USD"),
    ("Some 300 houses burned.", "Some 300", 300, "about", None),
    ("More than 2000 fans came.", "More than 2000", 2000, "more-than", None),
    ("At least 45 cars crashed.", "At least 45", 45, "at-least", None),
    ("Up to 12 trucks left.", "Up to 12", 12, "up-to", None),
    ("Fewer than 30 boats remained.", "Fewer than 30", 30, "less-than", None),
    ("No more than 8 guests stayed.", "No more than 8", 8, "at-most", None),
    ("We saw 40 or more birds.", "40 or more", 40, "at-least", None),
    ("Dozens of homes flooded.", "Dozens", 24, "at-least", None),
])
def test_find_numbers(text, found, value, qualifier, unit):
    nums = find_numbers(text)
    assert len(nums) == 1, nums
    n = nums[0]
    assert text[n.start:n.end] == found
    assert n.value == value and n.qualifier == qualifier and n.unit == unit


@pytest.mark.parametrize("text", [
    "She was born in 1987 in Ohio.",
    "The meeting is on March 3, 2015.",
    "It happened at 6 p.m. near the park.",
    "The call came at 11:45 on Friday.",
    "A 25-year-old driver was arrested.",
    "Jane Roe, 34, of Dayton testified.",
    "The victims, ages 13, 17 and 19, recovered.",
    "Call the tip line at 555-201-3344.",
    "Police went to 345 Maple Street.",
    "It was the 3rd time this year.",
    "The shooting was in the 1200 block of Elm.",
    "Both men, in their 20's, walked away.",
    "A girl younger than 12 was there.",
])
def test_not_counts(text):
    assert find_numbers(text) == []


def test_interval_rules():
    assert interval(166, "exact") == (166, 166)
    assert interval(163, "at-least") == (163, None)
    assert interval(1500, "more-than") == (1501, None)  # whole counts: next integer
    assert interval(2.5e8, "more-than", money=True) == (2.5e8, None)  # money: exclusive bound
    assert interval(250e6, "about", money=True) == (237.5e6, 262.5e6)
    assert interval(10, "up-to") == (0, 10)
    assert interval(10, "at-most") == (0, 10)
    assert interval(10, "less-than") == (0, 9)
    assert interval(100, "about", near=True) == (90, 100)


# ---------------------------------------------------------------- measures from the parse

@needs_model
def test_killed_with_qualifier_and_event():
    q = _by_text("The Kabul bombing killed at least 21 people on Sunday.")["at least 21"]
    assert (q.low, q.high, q.qualifier, q.measure, q.counts) == (21, None, "at-least", "killed", "people")
    assert q.event == "Kabul bombing"


@needs_model
def test_left_dead_and_injured():
    qs = _by_text("The blast left 37 people dead and 80 injured.")
    assert qs["37"].measure == "killed" and qs["37"].counts == "people"
    assert qs["80"].measure == "injured"


@needs_model
def test_massacre_of_and_death_toll():
    qs = _by_text("The death toll rose to 212 after the massacre of 96 villagers.")
    assert qs["212"].measure == "killed"
    assert qs["96"].measure == "killed" and qs["96"].counts == "villagers"


@needs_model
def test_passive_killed_and_wounded():
    qs = _by_text("Four soldiers were killed and nine were wounded in the ambush.")
    assert qs["Four"].measure == "killed" and qs["Four"].counts == "soldiers"
    assert qs["nine"].measure == "injured"


@needs_model
def test_died_and_critical_condition():
    qs = _by_text("Two miners died and 11 miners were in critical condition.")
    assert qs["Two"].measure == "killed"
    assert qs["11"].measure == "injured"


@needs_model
def test_killing_participle():
    qs = _by_text("Rebels attacked the convoy, killing five.")
    assert qs["five"].measure == "killed"


@needs_model
def test_arrested_missing_displaced():
    qs = _by_text("Police arrested 14 protesters. Three hikers are missing. "
                  "The floods displaced 2,000 families.")
    assert qs["14"].measure == "arrested" and qs["14"].counts == "protesters"
    assert qs["Three"].measure == "missing"
    assert qs["2,000"].measure == "displaced"


@needs_model
def test_money_people_other():
    qs = _by_text("The ministry paid USD 12 million to nine Canadians after a "
                  "two-and-a-half hour hearing, roughly $12 million in all.")
    money = qs["USD 12 million"]
    assert (money.measure, money.unit, money.low, money.high) == ("money", "USD", 12e6, 12e6)
    approx = qs["roughly $12 million"]
    assert (approx.qualifier, approx.low, approx.high) == ("about", 11.4e6, 12.6e6)
    assert qs["nine"].measure == "people" and qs["nine"].counts == "Canadians"
    hour = qs["two-and-a-half hour"]
    assert (hour.low, hour.unit, hour.measure) == (2.5, "hour", "other")


@needs_model
def test_age_is_not_a_count_but_the_victim_is():
    article, qs = _quantities("A 31-year-old woman was shot and killed outside a bar.")
    assert len(qs) == 1
    q = qs[0]
    assert article.text[q.span.start:q.span.end] == "A 31-year-old woman"
    assert (q.low, q.high, q.measure, q.counts) == (1, 1, "killed", "woman")


@needs_model
def test_sorted_spans_and_offsets():
    text = "Seven people were hurt. Police detained 3 men. About 40 homes burned."
    article, qs = _quantities(text)
    spans = [(q.span.start, q.span.end) for q in qs]
    assert spans == sorted(spans)
    assert all(q.span.article_id == "t" for q in qs)


@needs_model
def test_word_multiples_are_counts():
    qs = _by_text("Detectives are working a triple homicide on the east side.")
    q = qs["triple homicide"]
    assert (q.low, q.high, q.measure) == (3, 3, "killed")


@needs_model
def test_people_shot_is_a_count_of_people():
    qs = _by_text("Nine people were shot near the pier.")
    assert qs["Nine"].measure == "people" and qs["Nine"].counts == "people"


@needs_model
def test_emergency_number_is_not_a_count():
    article, qs = _quantities("A neighbour called 911 and a 911 call was logged.")
    assert qs == ()


@pytest.mark.parametrize("text,found,low,high", [
    ("Between 10 and 20 boats sank.", "Between 10 and 20", 10, 20),
    ("They hired 30 to 40 guides.", "30 to 40", 30, 40),
    ("We saw 3-4 deer.", "3-4", 3, 4),
    ("It cost $5 million to $7 million.", "$5 million to $7 million", 5e6, 7e6),
])
def test_ranges(text, found, low, high):
    nums = find_numbers(text)
    assert len(nums) == 1
    n = nums[0]
    assert (text[n.start:n.end], n.value, n.high, n.qualifier) == (found, low, high, "about")


def test_scores_and_codes_are_not_ranges():
    assert find_numbers("The score was 3-2 at the end.") == []
    assert find_numbers("Call 555-1234 now.") == []


@needs_model
def test_range_quantity_interval():
    qs = _by_text("Between 10 and 20 people were killed in the flood.")
    q = qs["Between 10 and 20"]
    assert (q.low, q.high, q.qualifier, q.measure) == (10, 20, "about", "killed")


@needs_model
def test_carriers_and_keepers_are_not_casualties():
    # the subject of an active care verb carries someone else to the hospital
    q = _by_text("The two deputies rushed the girl to the hospital, where she died.")
    assert q["two"].measure != "injured"
    # "in the care of" is no hospital care
    q = _by_text("Three young children were in the care of a baby sitter.")
    assert q["Three"].measure != "injured"
    # ... while the patient of the care verb is still a casualty
    q = _by_text("Two men were rushed to the hospital with gunshot wounds.")
    assert q["Two"].measure == "injured"


def test_plural_murders_with_a_suicide():
    from consilience.annotate.quantities_numbers import find_multiples

    (m,) = find_multiples("Police called it a murders-suicide.")
    assert (m.value, m.role) == (3.0, "killed")
    (m,) = find_multiples("Police called it a murder-suicide.")
    assert (m.value, m.qualifier) == (2.0, "at-least")  # a victim and the killer, or more
    (m,) = find_multiples("Police called it a double murder-suicide.")
    assert (m.value, m.qualifier) == (3.0, "exact")


def test_no_one_is_no_count_of_one():
    assert find_numbers("No one inside the center was injured.") == []
    assert find_numbers("Police said no one else was hurt.") == []
    assert len(find_numbers("One was hurt.")) == 1


@needs_model
def test_an_age_after_a_name_is_no_count():
    q = _by_text("Ann Lee, 24, and Tom Cruz, 32 were taken to the hospital with injuries.")
    assert "32" not in q and "24" not in q
    q = _by_text("Police arrested Tom Cruz and 3 others.")
    assert "3" in q


def test_number_words_in_a_row_are_not_one_number():
    assert words_to_number("twenty one") == 21
    assert words_to_number("one hundred twenty three") == 123
    assert words_to_number("one nineteen") is None  # "two eighteen, one nineteen": ages told in a row


def test_a_participle_tagged_present_still_reads_as_a_reduced_passive():
    # "leaving one dead and 11 others shot, the chief said": the parse may tag "shot" VBP
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from consilience.annotate.quantities_measure import _verb_role

    doc = Doc(Vocab(), words=["11", "others", "shot"], heads=[1, 2, 2], deps=["nummod", "nsubj", "ROOT"],
              tags=["CD", "NNS", "VBP"], pos=["NUM", "NOUN", "VERB"], lemmas=["11", "other", "shot"])
    assert _verb_role(doc[2], "nsubj") == "shot"
    doc = Doc(Vocab(), words=["they", "shoot"], heads=[1, 1], deps=["nsubj", "ROOT"],
              tags=["PRP", "VBP"], pos=["PRON", "VERB"], lemmas=["they", "shoot"])
    assert _verb_role(doc[1], "nsubj") is None


@needs_model
def test_the_subject_of_an_active_left_or_found_is_no_victim():
    q = _by_text("Two shootings near the campus left one man dead.")
    assert q["Two"].measure != "killed" and q["one"].measure == "killed"
    q = _by_text("Two people were found dead in the home.")
    assert q["Two"].measure == "killed"
    q = _by_text("The shooting left four people injured.")
    assert q["four"].measure == "injured"
