"""Idioms of speech that no cue list holds: "as X put it". Small texts written for these tests."""
from __future__ import annotations

import pytest

quotes_mod = pytest.importorskip("consilience.annotate.quotes")


def _found(text: str, scope: str = "quotes"):
    from consilience.annotate.nlp import ModelMissing, load_nlp

    try:
        doc = load_nlp()(text)
    except ModelMissing as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))
    return [(a.cue, a.speaker, [text[s:e] for s, e in a.parts])
            for a in quotes_mod.find_attributions(text, doc, scope=scope)]


def test_put_it_introduces_a_quotation():
    text = 'As Jane Ortiz, the harbour chief, put it: "The port will not close while I run it."'
    assert _found(text) == [("put", "Jane Ortiz", ["The port will not close while I run it."])]


def test_put_it_somewhere_is_no_speech():
    assert _found("The mayor will put it to a vote in May.") == []
    assert _found("The council put it off until the spring.") == []
