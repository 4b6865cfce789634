"""Renderers: the JSON contract holds, and the HTML page escapes every piece of article text."""
import json

from consilience.model import Article, Entity, Quantity, Removed, Report, Span
from consilience.report import render
from consilience.report.render_json import validate


def _article(text="The <script>alert('x')</script> mayor said 3 people were hurt in Riverton."):
    aid = "a1"
    start = text.index("3 people")
    return Article(
        id=aid, origin="t.txt", text=text, title="<b>Headline</b>",
        removed=(Removed("ui-prompt", "<img src=x onerror=alert(1)>", "a prompt", (3, 3)),),
        entities=(Entity("Riverton", "GPE", (Span(aid, text.index("Riverton"), text.index("Riverton") + 8),)),),
        quantities=(Quantity(Span(aid, start, start + 8), 3, 3, "exact", "injured", counts="people"),),
    )


def test_json_follows_schema():
    data = json.loads(render(Report(articles=(_article(),)), "json"))
    validate(data)
    q = data["articles"][0]["quantities"][0]
    assert q["text"] == "3 people" and q["measure"] == "injured"


def test_html_escapes_article_text():
    page = render(Report(articles=(_article(),)), "html")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page and "<b>Headline</b>" not in page
    assert 'title="injured: [3, 3] exact people"' in page


def test_markdown_lists_removed_blocks():
    md = render(Report(articles=(_article(),)), "md")
    assert "**ui-prompt** lines 3-3" in md
