"""Quotes with their speakers, on small texts written for these tests."""
from __future__ import annotations

import pytest

from consilience.model import Article

quotes_mod = pytest.importorskip("consilience.annotate.quotes")
find_quotes = quotes_mod.find_quotes


def _nlp_or_skip():
    from consilience.annotate.nlp import ModelMissing, load_nlp

    try:
        return load_nlp()
    except ModelMissing as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))


def quotes_of(text: str):
    _nlp_or_skip()
    article = Article(id="t", origin="test", text=text)
    return article, find_quotes(article)


def content(article, q) -> str:
    return article.text[q.content_span.start:q.content_span.end]


def speaker_words(article, q) -> str:
    return article.text[q.speaker_span.start:q.speaker_span.end]


def test_split_quote_same_speaker():
    text = ('Maria Lopez runs the harbour office. "The ships will not sail tonight," she said. '
            '"We are waiting for the storm to pass."')
    article, quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [content(article, q) for q in direct] == [
        "The ships will not sail tonight", "We are waiting for the storm to pass."]
    assert {q.speaker for q in direct} == {"Maria Lopez"}
    assert {q.cue for q in direct} == {"said"}
    assert direct[0].span == direct[1].span  # one attribution, two parts


def test_multi_sentence_curly_quote_with_colon_cue():
    text = ("The mayor, Tomas Berg, spoke after the vote.\n\n"
            "Berg added: \u201cThis bridge took ten years. It will carry a million people. Nobody should forget that.\u201d")
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.kind == "direct")
    assert content(article, q).startswith("This bridge took ten years.")
    assert content(article, q).endswith("Nobody should forget that.")
    assert q.speaker == "Tomas Berg"
    assert speaker_words(article, q) == "Berg"
    assert q.cue == "added"
    assert article.text[q.span.start:q.span.end].startswith("Berg added")


def test_pronoun_resolves_to_previous_subject():
    text = ("Elena Varga announced on Tuesday that the clinic would reopen. Nurses had been "
            "hired from three towns.\n\n"
            "\u201cWe owe this to the families who waited,\u201d she said.")
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.kind == "direct")
    assert q.speaker == "Elena Varga"
    assert speaker_words(article, q) == "Elena Varga"


def test_pronoun_matches_gender():
    text = ("Mr. Adams met Ms. Cole at the ministry. Ms. Cole had asked for the meeting.\n\n"
            '"The figures are wrong," he said.')
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.kind == "direct")
    assert q.speaker == "Adams"


def test_said_one_inspector_description():
    text = "The convoy was stopped at the border, said one inspector, saying the papers were incomplete."
    article, quotes = quotes_of(text)
    said = next(q for q in quotes if q.cue == "said")
    assert q_text(article, said) == "The convoy was stopped at the border"
    assert said.speaker == "one inspector"
    assert said.kind == "indirect"
    saying = next(q for q in quotes if q.cue == "saying")
    assert content(article, saying) == "the papers were incomplete"
    assert saying.speaker == "one inspector"


def q_text(article, q) -> str:
    return content(article, q)


def test_indirect_reassured_that():
    text = "Karim Said reassured the envoy that the talks would resume next week."
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.cue == "reassured")
    assert q.kind == "indirect"
    assert content(article, q) == "that the talks would resume next week"
    assert q.speaker == "Karim Said"


def test_indirect_without_that_and_description_speaker():
    text = "A second European diplomat said all armed groups should leave the city."
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.cue == "said")
    assert content(article, q) == "all armed groups should leave the city"
    assert q.speaker == "A second European diplomat"


def test_mixed_quote():
    text = 'Engineers have warned that the dam "cannot hold another flood" without repairs.'
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.cue == "warned")
    assert q.kind == "mixed"
    assert content(article, q) == 'that the dam "cannot hold another flood" without repairs'
    assert q.speaker == "Engineers"


def test_according_to():
    text = "The river rose two metres overnight, according to the weather service."
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.cue == "according to")
    assert content(article, q) == "The river rose two metres overnight"
    assert q.speaker == "the weather service"


def test_scare_quote_is_not_a_quote():
    text = 'The senator repeated his "key pitch" at every stop on the tour.'
    _, quotes = quotes_of(text)
    assert quotes == ()


def test_surname_takes_full_name_and_spans_are_sorted():
    text = ("Sofia Marin leads the union. Talks resumed on Monday.\n\n"
            '"We want a fair deal," Marin told reporters. The company denied that wages were frozen.')
    article, quotes = quotes_of(text)
    assert list(quotes) == sorted(quotes, key=lambda q: (q.span, q.content_span))
    told = next(q for q in quotes if q.cue == "told")
    assert told.speaker == "Sofia Marin"
    assert speaker_words(article, told) == "Marin"
    denied = next(q for q in quotes if q.cue == "denied")
    assert denied.speaker == "The company"
    for q in quotes:
        assert q.span.start <= q.content_span.start and q.content_span.end <= q.span.end
        assert q.speaker_entity is None


def test_doubled_apostrophes_as_quote_marks():
    text = "''The harvest was the worst in decades,'' said Pieter Smit, a farmer near the river."
    article, quotes = quotes_of(text)
    q = next(q for q in quotes if q.kind == "direct")
    assert content(article, q) == "The harvest was the worst in decades"
    assert q.speaker == "Pieter Smit"


def test_quotation_split_by_a_long_speaker_description():
    text = ('"Prices will rise again," said Ana Ruiz, an economist at a regional bank who studies '
            'housing. "Nobody expects the rents to fall."')
    article, quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 2 and direct[0].span == direct[1].span
    assert {q.speaker for q in direct} == {"Ana Ruiz"}


def test_parenthetical_cue_splits_the_content():
    text = "The new bridge, the engineer said, will open in the spring."
    article, quotes = quotes_of(text)
    parts = [content(article, q) for q in quotes if q.cue == "said"]
    assert parts == ["The new bridge", "will open in the spring"]


def test_quote_continues_in_next_paragraph_without_cue():
    text = ('Mayor Ilse Brandt opened the session. "We have waited long enough," Brandt said.\n\n'
            '"The council will vote on the plan next week and the work can begin in May."')
    article, quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ilse Brandt", "Ilse Brandt"]
    assert content(article, direct[1]).startswith("The council will vote")


def test_quoted_title_and_passive_are_not_quotes():
    text = ('The network is blamed for two attacks. She appeared on "Meet the Morning Show" '
            'on Sunday.')
    _, quotes = quotes_of(text)
    assert quotes == ()


def test_quote_in_sentence_after_short_cue_sentence():
    text = '\u201cThat never happened!\u201d Novak replied. \u201cAsk anyone who was there.\u201d'
    article, quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [content(article, q) for q in direct] == ["That never happened!", "Ask anyone who was there."]
    assert {q.cue for q in direct} == {"replied"}


def test_empty_text():
    assert quotes_of("")[1] == ()
