"""Who holds a stance noun that the learned step proposes, and the feature marking candidates
that hang from another attribution's content (`quotes_learned.candidates`). Small texts
written for these tests."""
from __future__ import annotations

import pytest

quotes_mod = pytest.importorskip("consilience.annotate.quotes")
learned_mod = pytest.importorskip("consilience.annotate.quotes_learned")


def _candidates(text: str):
    from consilience.annotate.nlp import ModelMissing, load_nlp

    try:
        nlp = load_nlp()
    except ModelMissing as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))
    doc = nlp(text)
    atts, inside = quotes_mod.rule_attributions(text, doc, True)
    return [(c.tok.text, c.owner.text if c.owner is not None else None, text[c.span[0]:c.span[1]], c.feats)
            for c in learned_mod.candidates(doc, inside, atts)]


def test_a_copula_predicate_noun_is_held_by_the_subject():
    cands = _candidates("The senator was a longtime sponsor of the bill.")
    [(cue, owner, content, feats)] = [c for c in cands if c[0] == "sponsor"]
    assert (owner, content) == ("senator", "the bill")
    assert "h=csubj" in feats


def test_a_stance_noun_in_a_verbs_prepositional_phrase_is_held_by_its_subject():
    cands = _candidates("The union released a statement in opposition to the merger.")
    [(cue, owner, content, feats)] = [c for c in cands if c[0] == "opposition"]
    assert (owner, content) == ("union", "the merger")
    assert "h=psubj" in feats


def test_a_candidate_hanging_from_another_content_is_marked():
    cands = _candidates("The mayor said the council will delay the vote, which angered the residents.")
    [(cue, owner, content, feats)] = [c for c in cands if c[0] == "angered"]
    assert "hangs" in feats
    cands = _candidates("The council will delay the vote, which angered the residents.")
    [(cue, owner, content, feats)] = [c for c in cands if c[0] == "angered"]
    assert "hangs" not in feats


def _kinds(text: str, cue: str) -> set[str]:
    from consilience.annotate.nlp import load_nlp

    doc = load_nlp()(text)
    atts, inside = quotes_mod.rule_attributions(text, doc, True)
    return {c.kind for c in learned_mod.candidates(doc, inside, atts) if c.tok.text == cue}


def test_a_clause_as_a_prepositional_object_is_a_kind_of_its_own():
    assert "pclause:about" in _kinds("The governor reminisced about how immigration changed the state.", "reminisced")
    assert "pger:about" in _kinds("The governor reminisced about cutting the school budget.", "reminisced")
    assert "npclause:of" in _kinds("The question of whether the plan would pass hung over them.", "question")
    assert _kinds("The governor reminisced about the changes in the state.", "reminisced") == {"prep:about"}


def test_a_clausal_prepositional_object_is_scored_as_any_prepositional_object():
    text = "The governor reminisced about how immigration changed the state."
    [feats] = [c[3] for c in _candidates(text) if c[0] == "reminisced"]
    assert "k=prep:about" in feats


def test_a_for_clause_with_its_own_subject_is_a_candidate():
    cands = _candidates("The senator pressed hard for the United States to step up its efforts.")
    [(cue, owner, content, feats)] = [c for c in cands if c[0] == "pressed" and "k=forto" in c[3]]
    assert owner == "senator" and content.endswith("the United States to step up its efforts")


class _Stub:
    """Keeps every candidate of the cue "reminisce"; the quotes scope takes the kinds given."""

    threshold = quotes_threshold = 0.5
    quotes_voiced = False

    def __init__(self, kinds):
        self.quotes_kinds = frozenset(kinds)

    def probability(self, feats):
        return 0.9 if "l=reminisce" in feats else 0.0


def test_the_quotes_scope_takes_a_clausal_prepositional_object_of_a_chosen_kind(monkeypatch):
    from consilience.annotate.nlp import load_nlp

    text = "The governor reminisced about how immigration changed the state."
    doc = load_nlp()(text)
    for kinds, expected in (({"pclause"}, [["how immigration changed the state"]]), ({"ccomp"}, [])):
        monkeypatch.setattr(learned_mod._Model, "load", classmethod(lambda cls, k=kinds: _Stub(k)))
        found = [[text[s:e] for s, e in a.parts] for a in quotes_mod.find_attributions(text, doc, scope="quotes")]
        assert found == expected
