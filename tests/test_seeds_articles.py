"""Acceptance: the `articles:` section of ../shared/seeds/expected.yaml, read from the YAML itself."""
import json

import pytest
import yaml

from consilience.pipeline import RunOptions, analyze
from consilience.report.render_json import render, validate

from .conftest import SEEDS, need

# The YAML names two clutter kinds more narrowly than our vocabulary does.
KIND_FAMILIES = {"css-breakpoint-names": {"css-class-names"}, "widget": {"widget", "share-widget"}}


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(need(SEEDS / "expected.yaml").read_text())


@pytest.fixture(scope="module")
def report():
    rep = analyze([str(need(SEEDS))], RunOptions(annotate=False, stories=False))
    data = json.loads(render(rep))
    validate(data)
    return {a["origin"].rsplit("/", 1)[-1]: a for a in data["articles"]}


def test_both_seed_articles_come_out(report, expected):
    assert set(expected["articles"]) <= set(report)


@pytest.mark.parametrize("name", ["000_b4143deb9c83a06b.txt", "003_67c8cc3bacf6713b.txt"])
def test_fields(report, expected, name):
    want, got = expected["articles"][name], report[name]
    assert got["title"] == want["title"]
    assert (got["outlet"] or "").lower() == want["outlet_hint"].lower() or got["agency"] == want["outlet_hint"]
    assert got["dateline"]["place"].lower() == want["dateline"]["place"].lower()
    if "date_text" in want["dateline"]:
        assert got["dateline"]["date_text"] == want["dateline"]["date_text"]
    assert got["text"].startswith(want["body"]["first_words"])
    assert got["text"].rstrip().endswith(want["body"]["last_words"])
    if "published_from_text_alone" in want:
        # Alone, the file supports month and day only; the story supplies the year.
        assert got["published"] == want["published_from_text_alone"]
        assert got["published_basis"] == "text"
    else:
        assert got["published"] == str(want["published"])
        assert got["published_basis"] == "text"
    for caption in want.get("captions", []):
        assert caption in got["captions"]
        assert caption not in got["text"]


def test_byline_roles(report, expected):
    name = "003_67c8cc3bacf6713b.txt"
    want = expected["articles"][name]["byline"]
    roles = {}
    for credit in report[name]["authors"]:
        roles.setdefault(credit["role"], []).append(credit["name"])
    assert roles["writing"] == want["writers"]
    assert roles["additional-reporting"] == want["additional_reporting"]
    assert roles["editing"] == [want["editor"]]


@pytest.mark.parametrize("name", ["000_b4143deb9c83a06b.txt", "003_67c8cc3bacf6713b.txt"])
def test_clutter_removed_with_kind(report, expected, name):
    removed = report[name]["removed"]
    body = report[name]["text"]
    for block in expected["articles"][name]["clutter"]:
        first, last = block["lines"]
        kinds = KIND_FAMILIES.get(block["kind"], {block["kind"]})
        covering = [r for r in removed if r["lines"] and r["lines"][0] <= last and r["lines"][1] >= first]
        assert covering, f"lines {first}-{last} ({block['kind']}) not removed"
        assert {r["kind"] for r in covering} <= kinds, (block, covering)
        covered = set()
        for r in covering:
            covered.update(range(r["lines"][0], r["lines"][1] + 1))
        assert set(range(first, last + 1)) <= covered
        if "text" in block:
            assert block["text"] in "\n".join(r["text"] for r in covering)
            assert block["text"] not in body or len(block["text"]) < 4
