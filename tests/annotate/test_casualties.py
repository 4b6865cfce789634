"""The main incident's killed and injured figures (`casualties.main_casualties`).

Sentences and headlines written for these tests; none is taken from the seeds or the corpora.
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


def _figures(text: str, title: str | None = None):
    from consilience.annotate.casualties import main_casualties
    from consilience.annotate.quantities import find_quantities

    article = Article(id="c", origin="test", text=text, title=title)
    return main_casualties(article, find_quantities(article))


def test_still_importable_from_quantities():
    from consilience.annotate import casualties, quantities

    assert quantities.main_casualties is casualties.main_casualties


@needs_model
@pytest.mark.parametrize("text,expected", [
    # a victim set apart from the shooter is not a second victim
    ("A teenager accidentally shot another teenage boy at a house on Monday. The boy died at a hospital.", (1, 0)),
    # "another" named as a victim after a death is one more, injured
    ("A gunman killed one man and wounded another outside a store on Sunday.", (1, 1)),
    ("A man was shot and killed and another was wounded.", (1, 1)),
    # negated casualty words count nobody
    ("A woman was shot and killed. Three other children were in the house but were not injured.", (1, 0)),
    # a number that counts wounds is no count of victims
    ("Officers found the girl suffering from at least one gunshot wound. She died later.", (1, 0)),
    # a charge names no victim
    ("A man was wounded in the leg. A boy was charged with injuring another by careless handling of a gun.", (0, 1)),
])
def test_who_is_a_victim(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("A man and two women were killed in a shooting on Sunday.", (3, 0)),
    ("Police said the man shot and killed his wife and their four daughters on Saturday.", (5, 0)),
    ("A 59-year-old teacher and his 17-month-old son were found dead inside a farmhouse.", (2, 0)),
    ("Two people were found dead in a house on Friday.", (2, 0)),
    # members listed after their count are not more victims
    ("Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were taken to a hospital "
     "with injuries. Two others were killed.", (2, 3)),
])
def test_victims_counted_together(text, expected):
    assert _figures(text) == expected


@needs_model
def test_suicide_after_wounding_leaves_an_injured_victim():
    text = ("A suspect shot a deputy on Sunday. The deputy was wounded and taken to a hospital. "
            "The suspect then killed himself.")
    assert _figures(text) == (1, 1)
    assert _figures("A man shot and killed himself on Sunday.") == (1, 0)


@needs_model
def test_ages_and_dates_are_not_counts():
    assert _figures("Another teen, also 15, was shot in the foot. He was treated and released.") == (0, 1)
    assert _figures("A boy was accidentally shot 10/16/16 at a home. He is in stable condition.") == (0, 1)


@needs_model
@pytest.mark.parametrize("title,expected", [
    ("UPDATE: Three dead in Riverside murder-suicide", (3, 0)),
    ("Utah: House where three were shot dead is linked to drugs", (3, 0)),
    ("Police kill gunman after shooting rampage injures three", (1, 3)),
    ("Mother killed 2 children, herself, officials say", (3, 0)),
    ("Boy, 13, dies after he was shot on East Side", (1, 0)),
    ("Family of murdered teen leads peace walk", (1, 0)),
    ("Coroner: 12-year-old boy dead in accidental shooting", (1, 0)),
    ("Slain teen identified, police say double shooting was planned", (1, 1)),
    ("Farmer shot himself and son, 10, while cleaning gun", (0, 2)),
])
def test_headlines(title, expected):
    assert _figures("Please log in to read this article.", title=title) == expected


@needs_model
@pytest.mark.parametrize("title,expected", [
    ("1 killed 3 injured in weekend shooting downtown", (1, 3)),
    ("Police seek 2 men in shooting that injured 13", (0, 13)),
    ("Two teen girls, two men shot outside housing complex", (0, 4)),
    ("3 adults, 2 children killed in house fire", (5, 0)),
    ("Father of 3 fatally shot outside pharmacy", (1, 0)),
])
def test_headline_counts(title, expected):
    assert _figures("Please log in to read this article.", title=title) == expected


@needs_model
def test_statistics_are_not_the_incident():
    text = ("A 4-year-old boy died on Thursday after a gun went off at his grandparents' home. "
            "Last year, at least four children died in the county as a result of accidental shootings.")
    assert _figures(text) == (1, 0)
    text = "A man was shot and killed on Friday. In 2014, 165 people were murdered in the city."
    assert _figures(text) == (1, 0)


@needs_model
def test_names_ages_and_channels_are_not_counts():
    assert _figures("The shooting claimed the life of Gerald Smith, 17 of Elm Street. He died at the scene.") == (1, 0)
    assert _figures("A sergeant told WAVE 3 News the man died at the hospital.") == (1, 0)


@needs_model
@pytest.mark.parametrize("text,expected", [
    ("A teen was killed and a child was injured Friday evening in a drive-by shooting.", (1, 1)),
    ("A man was killed while a young girl was injured following a shooting on Saturday night.", (1, 1)),
    # the same victim told twice is one death
    ("A 15-year-old boy was shot on Friday. The boy died at the hospital.", (1, 0)),
])
def test_a_second_victim_introduced(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    # the subject's own predicate outranks what modifies it
    ("Police say a juvenile injured in a shooting incident Monday morning has died of his injuries.", (1, 0)),
    ("The 16-year-old boy who was shot was pronounced dead at the scene.", (1, 0)),
    ("A man was shot on Sunday. He did not die.", (0, 1)),
])
def test_died_after_being_wounded(text, expected):
    assert _figures(text) == expected


@needs_model
@pytest.mark.parametrize("text,expected", [
    # a count coordinated with a pronoun counts the pronoun's person too
    ("A 12-year-old was in critical condition after he and three others were shot on a basketball court.", (0, 4)),
    ("A shooting on Wednesday left him and his two daughters dead.", (3, 0)),
    # a victim named without a number, then the killer himself
    ("Police say the man killed his wife and then himself.", (2, 0)),
])
def test_counts_with_pronouns(text, expected):
    assert _figures(text) == expected


@needs_model
def test_shooter_who_killed_himself_is_among_the_dead():
    text = "Three people were killed at an office on Monday. The gunman then killed himself, police said."
    assert _figures(text) == (4, 0)
    text = "Four people were dead, including the gunman, and two others were wounded."
    assert _figures(text) == (4, 2)
