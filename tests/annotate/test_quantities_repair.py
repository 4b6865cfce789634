"""Casualty roles behind the parser's misreadings (`quantities_repair`).

Sentences written for these tests; none is taken from the seeds or the corpora.
"""
from __future__ import annotations

import pytest


from .helpers import needs_model, casualty_figures as _figures



@needs_model
@pytest.mark.parametrize("text,expected", [
    # the count read as the object of "after", its passive verb left without a subject
    ("Police are investigating after two men, both in their 20s, were wounded on Sunday.", (0, 2)),
    ("Deputies searched the area after five people, including a baby, were injured in a drive-by.", (0, 5)),
])
def test_a_count_stranded_after_a_subordinator_takes_its_verb(text, expected):
    assert _figures(text) == expected


@needs_model
def test_a_stranded_count_of_things_is_no_victim():
    assert _figures("Officers arrived after two cars, both parked, were hit by gunfire.") == (0, 0)


@needs_model
def test_an_object_misread_as_the_next_clauses_subject():
    text = "Two men accused in a shooting that killed a toddler and injured one other person appeared in court."
    assert _figures(text) == (1, 1)
