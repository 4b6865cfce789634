"""The quotes scope's indirect and mixed quotes with a noun-phrase content: what was said or
felt ("said the same of X", "expressed concern about X") and objects holding a quotation
("lampooned the \u201cmiracle budget\u201d"). Small texts written for these tests."""
from __future__ import annotations

import pytest

quotes_mod = pytest.importorskip("consilience.annotate.quotes")
learned_mod = pytest.importorskip("consilience.annotate.quotes_learned")


def _nlp_or_skip():
    from consilience.annotate.nlp import ModelMissing, load_nlp

    try:
        return load_nlp()
    except ModelMissing as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))


def _found(text: str, scope: str = "quotes", learned: bool = True):
    doc = _nlp_or_skip()(text)
    return [(a.cue, a.speaker, [text[s:e] for s, e in a.parts])
            for a in quotes_mod.find_attributions(text, doc, scope=scope, learned=learned)]


class _Stub:
    """Scores every candidate by its cue word, so that the quotes scope's choice is tested alone."""

    threshold = quotes_threshold = 0.5
    quotes_kinds = frozenset({"ccomp", "xcomp", "nclause"})

    def __init__(self, scores, voiced=True):
        self.scores, self.quotes_voiced = scores, voiced

    def probability(self, feats):
        return max((self.scores.get(f[2:], 0.0) for f in feats if f.startswith("l=")), default=0.0)


def _stubbed(monkeypatch, scores, text, voiced=True):
    monkeypatch.setattr(learned_mod._Model, "load", classmethod(lambda cls: _Stub(scores, voiced)))
    return _found(text)


def test_expressing_a_feeling_is_a_quote_by_rule():
    assert _found("Several senators expressed concern about the cost of the new rule.", learned=False) == [
        ("expressed", "Several senators", ["concern about the cost of the new rule"])]


def test_echoing_words_is_a_quote_by_rule():
    assert _found("The minister echoed those warnings on Tuesday.", learned=False) == [
        ("echoed", "The minister", ["those warnings"])]


def test_said_with_an_object_is_offered_to_the_quotes_scope(monkeypatch):
    text = "The mayor said the same of her rival."
    assert _stubbed(monkeypatch, {"say": 0.9}, text) == [("said", "The mayor", ["the same of her rival"])]
    assert _stubbed(monkeypatch, {"say": 0.9}, text, voiced=False) == []


def test_an_object_holding_a_quotation_is_a_mixed_quote(monkeypatch):
    quoted = "The governor lampooned the \u201cbudget that nobody in this town wanted\u201d from her rival."
    assert _stubbed(monkeypatch, {"lampoon": 0.9}, quoted) == [
        ("lampooned", "The governor", ["the \u201cbudget that nobody in this town wanted\u201d from her rival"])]
    plain = "The governor lampooned the budget from her rival."  # a stance: the broad scope's alone
    assert _stubbed(monkeypatch, {"lampoon": 0.9}, plain) == []


def test_a_scare_quoted_object_is_no_quote(monkeypatch):
    text = "The governor lampooned the \u201cmiracle budget\u201d from her rival."
    assert _stubbed(monkeypatch, {"lampoon": 0.9}, text) == []
    text = "The governor repeated her \u201ckey pitch\u201d at every stop."  # said, but a scare quote
    assert _stubbed(monkeypatch, {"repeat": 0.9}, text) == []
