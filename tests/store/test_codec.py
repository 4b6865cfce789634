"""Every model record through JSON and back, unchanged."""
from __future__ import annotations

import json

import pytest

from consilience.model import Article, Document, StoryReport
from consilience.store import codec

from . import samples


def test_article_round_trip():
    for a in samples.articles():
        text = codec.encode_article(a)
        json.loads(text)  # standard JSON (no bare Infinity)
        assert "Infinity" not in text
        assert codec.decode_article(text) == a


def test_story_report_round_trip():
    arts = samples.articles()
    report = samples.story_report("s1", arts)
    assert codec.decode_story_report(codec.encode_story_report(report)) == report
    bare = StoryReport(story=report.story)
    assert codec.decode_story_report(codec.encode_story_report(bare)) == bare


def test_document_round_trip():
    for d in samples.documents(samples.articles()):
        assert codec.decode_document(codec.encode_document(d)) == d
    d = Document(origin="x", content="", content_type="text")
    assert codec.decode_document(codec.encode_document(d)) == d


def test_defaults_are_left_out():
    a = samples.articles(rich=False)[0]
    data = json.loads(codec.encode_article(a))
    assert "entities" not in data and "dateline" not in data


def test_unknown_fields_are_an_error():
    with pytest.raises(codec.CodecError):
        codec.loads(Article, '{"id": "x", "origin": "o", "text": "t", "colour": "red"}')


def test_real_articles_round_trip(seeds_dir):
    from consilience.pipeline import RunOptions, analyze

    report = analyze([str(seeds_dir)], RunOptions(annotate=False, stories=False))
    assert report.articles
    for a in report.articles:
        assert codec.decode_article(codec.encode_article(a)) == a
