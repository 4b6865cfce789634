"""The field pass on shapes every outlet uses: stamps, datelines, credits, captions."""
from consilience.clean.patterns import (
    agency_name, is_stamp_line, parse_credit_line, parse_stamp, photo_credit, title_without_site,
)
from consilience.clean import article_from_html


def test_stamp_with_time_and_relative_part():
    assert parse_stamp("March 3, 2022 / 4:05 PM / 2 years ago") == ("2022-03-03T16:05", ["2 years ago"])
    assert parse_stamp("Updated 14 June 2019") == ("2019-06-14", [])
    assert parse_stamp("Sept. 9") == ("--09-09", [])
    assert is_stamp_line("March 3, 2022 / 4:05 PM / 2 years ago")
    assert not is_stamp_line("The council met on March 3, 2022 to vote on the budget.")


def test_credit_lines_split_by_role():
    credits = parse_credit_line("Reporting by Jo Kim and Lee Ann Moss in Oslo; Writing by Max Berg; Editing by Sam Patel")
    assert credits == [("Jo Kim", "reporting"), ("Lee Ann Moss", "reporting"), ("Max Berg", "writing"), ("Sam Patel", "editing")]
    assert parse_credit_line("Additional reporting by Ida Holm, Editing by Tom Fry") == []  # ambiguous comma: not guessed
    assert parse_credit_line("The bill was passed by the senate on Monday.") == []


def test_agency_and_photo_credits():
    assert agency_name("AFP") == "AFP"
    assert agency_name("Associated Press") == "AP"
    assert agency_name("Share this article") is None
    assert photo_credit("Rescuers search the rubble in the town centre. REUTERS/Ana Lopez") == "Ana Lopez"
    assert photo_credit("Smoke rises over the harbor. (AP Photo/Lena Ortiz)") == "Lena Ortiz"
    assert photo_credit("The mayor spoke to reporters on Monday.") is None


def test_site_suffix_split_from_title():
    assert title_without_site("Teen hurt in shooting at park :: KXYZ.com") == ("Teen hurt in shooting at park", "KXYZ.com")
    assert title_without_site("Fire destroys warehouse | The Coastal Ledger") == ("Fire destroys warehouse", "The Coastal Ledger")
    assert title_without_site("Obama - the final years of a presidency") == ("Obama - the final years of a presidency", None)


def test_html_article_fields(fixtures_dir):
    html = (fixtures_dir / "html" / "harbor-fire.html").read_text()
    article = article_from_html(html, "harbor-fire.html")
    assert article.title == "Fire destroys warehouse at Port Elsworth harbor"
    assert article.text.startswith("A fire destroyed a grain warehouse")
    assert article.dateline.place == "PORT ELSWORTH" and article.agency == "AP"
    assert article.published == "2021-03-04" and article.published_basis == "metadata"
    assert "Most read" not in article.text and "newsletter" not in article.text
    assert any("Smoke rises over the harbor" in c for c in article.captions)
    assert "\n\n" in article.text  # paragraphs kept


def test_sentences_run_together_by_a_lost_line_break_are_separated():
    from consilience.clean import article_from_text, separate_glued_sentences

    assert separate_glued_sentences("Police came to Menifee.Five people were shot.") == \
        "Police came to Menifee. Five people were shot."
    assert separate_glued_sentences("“We are sad,” she said.”The vigil is Friday.") == \
        "“We are sad,” she said.” The vigil is Friday."
    # abbreviations, decimals, domains and initials stay as they are
    for text in ("St.Louis", "U.S.Army", "3.5 million", "wral.com", "J.R.R. Tolkien", "Ph.D.Candidate"):
        assert separate_glued_sentences(text) == text
    raw = "Shooting in Menifee\n\nA man shot two people in Menifee.Five people were hurt, police said on Sunday night."
    assert "Menifee. Five people" in article_from_text(raw, "glued.txt").text
