"""Casualty roles told by a conjunct's own words (`quantities_care.conjunct_in_care`,
`quantities_care.more_clause_role`).

Sentences written for these tests; none is taken from the seeds or the corpora.
"""
from __future__ import annotations

import pytest

from consilience.model import Article

from .helpers import needs_model, casualty_figures as _figures



@needs_model
@pytest.mark.parametrize("text,expected", [
    # the conjunct's own place of care is its state, not the first conjunct's "dead"
    ("The shooting left a man dead and two women in critical condition.", (1, 2)),
    ("The crash on the highway left one person dead and three others in the hospital.", (1, 3)),
])
def test_a_conjunct_in_care_is_wounded(text, expected):
    assert _figures(text) == expected


def test_a_gapped_death_at_a_hospital_is_no_care():
    # "... and a fourth one at a hospital" elides "died"; the parser may hang the conjunct on a
    # noun before it (here "shooting"), so the parse is given by hand
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from consilience.annotate.quantities_care import conjunct_in_care

    words = ["the", "shooting", "in", "which", "three", "men", "died", "and", "a", "fourth", "one", "at", "a", "hospital"]
    heads = [1, 1, 6, 2, 5, 6, 1, 1, 10, 10, 1, 10, 13, 11]
    deps = ["det", "ROOT", "prep", "pobj", "nummod", "nsubj", "relcl", "cc", "det", "amod", "conj", "prep", "det", "pobj"]
    pos = ["DET", "NOUN", "ADP", "PRON", "NUM", "NOUN", "VERB", "CCONJ", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"]
    lemmas = ["the", "shooting", "in", "which", "three", "man", "die", "and", "a", "fourth", "one", "at", "a", "hospital"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert conjunct_in_care(doc[10]) is False
    lemmas[6] = "sit"  # "three men sat ... and a fourth one at a hospital" is no death
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert conjunct_in_care(doc[10]) is True


@needs_model
def test_n_more_told_by_their_relative_clause():
    # the parser hangs "who were injured" on the first conjunct; it tells the role of "two more"
    text = ("Investigators released the identities of two people found dead and two more "
            "who were injured inside a home on Saturday.")
    assert _figures(text) == (2, 2)


@needs_model
def test_n_more_with_a_clause_of_no_casualty_is_none():
    from consilience.annotate.quantities import find_quantities

    article = Article(id="conj2", origin="test", text="Police arrested two men and two more who fled.")
    measures = [q.measure for q in find_quantities(article)]
    assert "killed" not in measures and "injured" not in measures


@needs_model
@pytest.mark.parametrize("text,expected", [
    # "wound" with a person as object is the verb of wounding, not the past of "wind"
    ("The attacker killed a man and wound two women.", (1, 2)),
    ("Police say the gunman tried to shoot and kill one person and wound five others in a rampage.", (1, 5)),
])
def test_wound_with_a_person_object_wounds(text, expected):
    assert _figures(text) == expected


@needs_model
def test_wound_with_a_thing_object_counts_no_one():
    assert _figures("The sailor wound two ropes around the post.") == (0, 0)


@needs_model
@pytest.mark.parametrize("text,expected", [
    # kin words built on a person noun ("step-", "grand-") name victims like the noun itself
    ("Gunmen shot a woman dead on Sunday and severely injured her stepfather.", (1, 1)),
    ("A woman was killed and her stepson was wounded in the attack.", (1, 1)),
])
def test_kin_by_marriage_or_descent_are_victims(text, expected):
    assert _figures(text) == expected


@needs_model
def test_kin_prefixes_on_person_nouns_only():
    from consilience.annotate.nlp import load_nlp
    from consilience.annotate.quantities_measure import is_person

    doc = load_nlp()("the stepfather, the grandson, the grandstand and the steps")
    words = {t.text: is_person(t) for t in doc if t.pos_ == "NOUN"}
    assert words["stepfather"] and words["grandson"]
    assert not words["grandstand"] and not words["steps"]
