"""Casualty roles behind the parser's misreadings (`quantities_repair`).

Sentences written for these tests; none is taken from the seeds or the corpora.
"""
from __future__ import annotations

import pytest

from consilience.model import Article

try:
    from consilience.annotate.nlp import load_nlp

    load_nlp()
    HAVE_MODEL = True
except Exception:  # pragma: no cover - the model is an install-time dependency
    HAVE_MODEL = False

needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="spaCy English model not installed")


def _figures(text: str):
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="repair", origin="test", text=text)
    return main_casualties(article, find_quantities(article))


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
