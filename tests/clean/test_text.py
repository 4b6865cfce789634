"""The scraped-text line classifier: the seeds' labels, and fixtures of other outlets' clutter.

Every labelling test runs twice: with the shipped learned scorer and with rules only, so the
rules are shown to stand on their own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from consilience.clean import scoring
from consilience.clean.text import KINDS, Line, LineStats, body_text, classify_lines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(params=["learned", "rules"])
def scorer(request, monkeypatch):
    if request.param == "rules":
        monkeypatch.setattr(scoring._Scorer, "_loaded", None)
        monkeypatch.setattr(scoring._Scorer, "_tried", True)
    return request.param


def labels(raw: str, **kwargs) -> dict[int, str]:
    return {line.number: line.label for line in classify_lines(raw, **kwargs)}


def expect(got: dict[int, str], first: int, last: int, *allowed: str) -> None:
    for n in range(first, last + 1):
        assert got[n] in allowed, f"line {n}: {got[n]!r}, expected one of {allowed}"


# ---------------------------------------------------------------- API


def test_one_line_per_raw_line_in_order():
    raw = "Title here\n\nA sentence that is long enough to be read as body text, with a verb.\n"
    lines = classify_lines(raw)
    assert [line.number for line in lines] == list(range(1, len(raw.split("\n")) + 1))
    assert [line.text for line in lines] == raw.split("\n")
    assert all(isinstance(line, Line) and line.reason for line in lines)
    assert all(line.label in KINDS for line in lines)


def test_empty_input():
    assert [(line.number, line.label) for line in classify_lines("")] == [(1, "blank")]
    assert all(line.label == "blank" for line in classify_lines("\n  \n\t\n"))


def test_line_is_frozen():
    line = classify_lines("x")[0]
    with pytest.raises(Exception):
        line.label = "body"  # type: ignore[misc]


def test_line_stats_counts_documents_not_occurrences():
    stats = LineStats.from_texts(["Footer line\nFooter line\nbody A", "  footer   LINE \nbody B", "body C"])
    assert stats.count("Footer line") == 2
    assert stats.count("body A") == 1
    assert stats.count("nothing") == 0
    assert stats.count("") == 0


def test_line_stats_folds_digits():
    stats = LineStats.from_texts(["12 comments", "3 comments"])
    assert stats.count("7 comments") == 2


# ---------------------------------------------------------------- the seeds


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not found at ../shared/seeds")
def test_seed_000_labels(scorer):
    got = labels((SEEDS / "000_b4143deb9c83a06b.txt").read_text(encoding="utf-8"))
    expect(got, 1, 1, "headline")
    expect(got, 2, 13, "body", "blank")
    assert got[2] == "body" and got[13] == "body"
    expect(got, 14, 14, "credit")
    expect(got, 15, 15, "separator")
    expect(got, 16, 27, "related-headlines")
    expect(got, 28, 39, "blank")
    expect(got, 40, 40, "ui-prompt")


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not found at ../shared/seeds")
def test_seed_003_labels(scorer):
    got = labels((SEEDS / "003_67c8cc3bacf6713b.txt").read_text(encoding="utf-8"))
    expect(got, 1, 1, "timestamp")
    expect(got, 2, 2, "blank")
    expect(got, 3, 3, "headline")
    expect(got, 5, 31, "body", "blank")
    assert got[5] == "body" and got[7] == "body" and got[31] == "body"
    expect(got, 33, 33, "credit", "body")
    expect(got, 35, 35, "widget")
    expect(got, 36, 49, "css-class-names")


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not found at ../shared/seeds")
def test_seed_related_headlines_reason_names_the_run():
    lines = classify_lines((SEEDS / "000_b4143deb9c83a06b.txt").read_text(encoding="utf-8"))
    assert "run of 12" in lines[15].reason


# ---------------------------------------------------------------- other outlets' clutter


def test_metro_daily_menu_byline_stamp_widgets_newsletter_related(scorer):
    got = labels((FIXTURES / "metro_daily.txt").read_text(encoding="utf-8"))
    expect(got, 1, 1, "ui-prompt")  # skip link
    expect(got, 2, 6, "navigation")
    expect(got, 7, 7, "ui-prompt", "navigation")
    expect(got, 9, 9, "headline")
    expect(got, 11, 11, "credit")  # a byline above the body is no headline
    expect(got, 12, 12, "timestamp")
    for n in (14, 16, 20, 22):
        assert got[n] == "body", n
    expect(got, 18, 18, "notice")  # an advert label inside the body block
    expect(got, 24, 24, "ui-prompt", "widget")
    expect(got, 25, 27, "widget")
    expect(got, 29, 29, "ui-prompt", "notice")
    expect(got, 31, 35, "related-headlines")
    expect(got, 37, 37, "notice")


def test_valley_tv_cookie_video_prompt_agency_css(scorer):
    raw = (FIXTURES / "valley_tv.txt").read_text(encoding="utf-8")
    got = labels(raw)
    expect(got, 1, 1, "notice")
    expect(got, 2, 2, "ui-prompt")
    expect(got, 3, 3, "relative-timestamp")
    expect(got, 5, 5, "headline")
    for n in (7, 9, 11):
        assert got[n] == "body", n
    expect(got, 13, 13, "credit")
    expect(got, 15, 15, "separator")
    expect(got, 16, 16, "widget")
    expect(got, 17, 19, "css-class-names")
    expect(got, 20, 20, "notice")
    body = body_text(classify_lines(raw))
    assert body.startswith("SPRINGFIELD") and body.endswith("$25,000 bond.")


def test_courier_menu_credit_and_far_dated_headlines(scorer):
    raw = (FIXTURES / "courier_2011.txt").read_text(encoding="utf-8")
    got = labels(raw, published="2011-06-09")
    expect(got, 1, 1, "navigation")
    expect(got, 3, 3, "headline")
    expect(got, 5, 9, "body", "blank")
    expect(got, 11, 11, "credit")
    expect(got, 13, 16, "related-headlines")
    far = classify_lines(raw, published="2011-06-09")[13]
    assert "run of" in far.reason


def test_single_far_dated_headline_after_body(scorer):
    raw = (
        "The regional court ruled on Friday that the election results would stand, rejecting "
        "a challenge brought by two opposition parties.\n\n"
        "Judges said the parties had not shown that irregularities changed the outcome in any district.\n\n"
        "Stock Market Live Updates, 14 February 2031: Indices Open Higher\n"
    )
    got = labels(raw, published="2012-05-04")
    assert got[1] == "body" and got[3] == "body"
    assert got[5] == "related-headlines"


def test_batch_repetition_marks_shared_furniture(scorer):
    footer = "Get breaking news alerts on your phone"
    docs = [
        f"Headline number {i}\n\nPolice said a {20 + i}-year-old man was arrested on Tuesday after a "
        f"crash on the highway that injured {i} people, and charged with reckless driving.\n\n"
        f"The driver was released on bail later in the day, a police spokesman said.\n\n{footer}\nTop Stories"
        for i in range(4)
    ]
    stats = LineStats.from_texts(docs)
    got = labels(docs[0], stats=stats)
    assert got[3] == "body" and got[5] == "body"
    assert got[7] != "body" and got[8] != "body"


def test_wire_copy_repeated_across_the_batch_stays_body(scorer):
    para = ("Authorities said the fire started in a kitchen on the second floor and spread to the roof "
            "before firefighters brought it under control shortly after midnight.")
    second = "Nobody was hurt, the fire department said in a statement on Sunday."
    docs = [f"Outlet {i} headline\n\n{para}\n\n{second}\n" for i in range(6)]
    got = labels(docs[0], stats=LineStats.from_texts(docs))
    assert got[3] == "body" and got[5] == "body"


def test_short_line_inside_body_stays_body(scorer):
    raw = (
        "Rescue teams searched the collapsed building through the night, officials said, as "
        "relatives waited outside for news.\n\n"
        "It was not enough.\n\n"
        "By morning the search had turned into a recovery operation, and the mayor declared three days of mourning.\n"
    )
    got = labels(raw)
    assert got[1] == got[3] == got[5] == "body"


def test_counters_separators_relative_stamps_are_clutter_anywhere(scorer):
    raw = (
        "12 | 4\n---\n5 minutes ago\n\n"
        "The bridge will stay closed for repairs until the end of the month, the transport agency said on Monday.\n"
        "Engineers found cracks in two supporting beams during a routine inspection last week.\n\n"
        "===\n3 years ago\n"
    )
    got = labels(raw)
    assert got[1] == "widget" and got[2] == "separator" and got[3] == "relative-timestamp"
    assert got[5] == got[6] == "body"
    assert got[8] == "separator" and got[9] == "relative-timestamp"


def test_gva_style_captcha_prompt_and_share_form(scorer):
    raw = (
        "You must enter the characters shown in the image to continue\n\n"
        "Message: * A friend wanted you to see this item\n\n"
        "A 19-year-old man was shot in the leg late Saturday outside a convenience store, police said. "
        "He was taken to a hospital with injuries that were not life-threatening.\n\n"
        "Investigators have not identified a suspect and asked anyone with information to call the police.\n"
    )
    got = labels(raw)
    assert got[1] == "ui-prompt"
    assert got[3] != "body"
    assert got[5] == got[7] == "body"


def test_blog_comments_never_join_the_body(scorer):
    raw = (FIXTURES / "blog_comments.txt").read_text(encoding="utf-8")
    got = labels(raw)
    expect(got, 4, 4, "headline")
    expect(got, 6, 10, "body", "blank")
    assert all(got[n] != "body" for n in range(11, 24))
    expect(got, 14, 14, "widget")
    expect(got, 15, 15, "boilerplate")
    expect(got, 16, 16, "timestamp")
    body = body_text(classify_lines(raw))
    assert "petition this morning" not in body and body.endswith("in the autumn.")


def test_unspaced_script_paragraphs_are_body(scorer):
    got = labels((FIXTURES / "ja_page.txt").read_text(encoding="utf-8"))
    expect(got, 1, 3, "navigation")
    expect(got, 5, 5, "headline")
    expect(got, 7, 11, "body", "blank")
    assert got[7] == got[9] == got[11] == "body"
    assert got[13] != "body"


def test_gallery_counters_markers_and_truncated_teasers(scorer):
    raw = (
        "Image 3 of 12\n###ad###\n\n"
        "Firefighters rescued two people from the upper floor of a burning house on Sunday morning, "
        "the fire department said.\n\n"
        "The cause of the fire is under investigation.\n\n"
        "Neighbours gather outside the house where the fire started on...\n"
    )
    got = labels(raw)
    assert got[1] == "widget" and got[2] == "separator"
    assert got[4] == got[6] == "body"
    assert got[8] != "body"


def test_one_long_paragraph_is_body(scorer):
    para = " ".join(["Officials said the storm damaged roofs across the county and left thousands without power"] * 8)
    got = labels(para)
    assert got[1] == "body"


def test_shipped_model_is_small_json():
    path = scoring._Scorer.path
    if not path.exists():
        pytest.skip("no learned scorer shipped; rules only")
    assert path.stat().st_size < 300_000
    spec = __import__("json").loads(path.read_text(encoding="utf-8"))
    assert spec["features"] == list(scoring.FEATURES)


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not found at ../shared/seeds")
@pytest.mark.parametrize("published", ["2015-01-13", "January 13, 2015", "not a date"])
def test_seed_000_with_publication_date(scorer, published):
    got = labels((SEEDS / "000_b4143deb9c83a06b.txt").read_text(encoding="utf-8"), published=published)
    expect(got, 2, 13, "body", "blank")
    expect(got, 16, 27, "related-headlines")


def test_windows_line_endings_and_tabs(scorer):
    raw = ("Headline of the story\r\n\r\nThe court adjourned the hearing until Monday after the defence "
           "asked for more time to review new evidence, the judge said.\r\n\tShare\r\n")
    lines = classify_lines(raw)
    assert len(lines) == len(raw.split("\n"))
    assert lines[2].label == "body" and lines[2].text.endswith("\r")
    assert lines[3].label != "body"


def test_a_labelled_link_to_another_story_inside_the_body_is_no_body(scorer):
    paragraphs = [
        "Police in Marlow said two men were wounded when shots were fired outside a diner on Main Street late "
        "Sunday, and both were taken to a hospital where they were listed in stable condition on Monday.",
        "Witnesses told officers that a gray sedan stopped in front of the diner shortly before midnight and that "
        "someone inside it fired several rounds toward a group standing near the door.",
        "RELATED ARTICLE - 3 killed in 5 Marlow shootings over the weekend",
        "Detectives were still looking for the sedan on Monday afternoon and asked anyone with video from the "
        "area to call the department's tip line, a spokeswoman said in a statement.",
        "Related to the case, the city council will discuss adding street lights along that part of Main Street "
        "at its meeting next week, the mayor's office said on Monday.",
    ]
    got = labels("\n\n".join(paragraphs))
    assert got[5] == "related-headlines"
    assert [got[n] for n in (1, 3, 7, 9)] == ["body"] * 4
