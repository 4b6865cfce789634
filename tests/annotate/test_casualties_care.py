"""Which figure is the incident's: a wounded count told by care gives way to one told by the
wound (`casualties_care`); round-ups told by their period or city, near deaths ("almost lost her
life") and a related story's headline late in the page are not the incident's toll.

Sentences written for these tests; none is taken from the seeds or the corpora.
"""
from __future__ import annotations

import pytest


from .helpers import needs_model, casualty_figures as _figures



@needs_model
@pytest.mark.parametrize("text,expected", [
    # more wounded than were sent to a hospital (some went on their own)
    ("A fight outside a bar on Friday sent three people to the hospital.\n\n"
     "Police said a man pulled a gun and fired into the crowd. Four people were wounded.", (0, 4)),
    # fewer wounded than were sent there (one was not hurt)
    ("The gunfire at the fair sent five people to the hospital.\n\n"
     "Four people were injured, and a woman was treated for shock.", (0, 4)),
])
def test_a_count_of_the_wounded_beats_a_count_of_their_care(text, expected):
    assert _figures(text) == expected


@needs_model
def test_a_later_count_of_part_of_them_leaves_the_care_count():
    # "two were critically wounded" counts part of those taken: the first count stands
    text = ("The shooting sent four people to the hospital.\n\n"
            "Two people were critically wounded, police said.")
    assert _figures(text)[1] == 4


@needs_model
def test_a_round_up_told_by_its_period_or_its_city_gives_way_to_the_incident():
    # "since 6 p.m.", "across the city": the headline's total is the night's, not the party's
    title = "9 shot, one fatally, since 6 p.m., including 4 at South Side block party"
    text = ("A gunman shot four people, one fatally, at a South Side block party early Saturday.\n\n"
            "Five other people were wounded across the city overnight since about 6 p.m.\n\n"
            "The gunman fled on foot, police said.")
    assert _figures(text, title) == (1, 3)


@needs_model
def test_almost_losing_ones_life_is_no_death():
    text = ("Three people were wounded in a shooting at a bus stop on Tuesday morning.\n\n"
            "The girl's uncle said she was lucky. \"This girl almost lost her life,\" he said.")
    assert _figures(text) == (0, 3)


@needs_model
def test_a_late_death_on_a_related_story_headline_is_another_incidents():
    filler = ("Police said the gunman fled in a gray sedan and has not been found. Detectives asked anyone "
              "with information to call the department's tip line. ") * 8
    text = ("Four men were wounded early Saturday when a gunman fired into a corner store.\n\n" + filler
            + "\n\nTwo men shot, one fatally, inside a Queens pizzeria\n\nThe city's shootings are down this year.")
    assert _figures(text) == (0, 4)
