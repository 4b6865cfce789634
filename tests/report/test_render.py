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


def test_markdown_brief_and_timeline_cite_their_sources_by_offsets():
    from consilience.model import BriefSentence, Story, StoryReport, TimelineEvent

    one = Article(id="a1", origin="one.txt", outlet="Dawn", text="Three people died on Monday.")
    two = Article(id="a2", origin="two.txt", outlet="PTI", text="On Monday three people died. Police came.")
    brief = BriefSentence(text=one.text, citations=(Span("a1", 0, 28), Span("a2", 0, 28), Span("a2", 29, 41)))
    event = TimelineEvent(when="2015-01-12", what="three people died", citations=(Span("a1", 0, 17),))
    story = StoryReport(story=Story(id="s1", title="t", articles=("a1", "a2")), brief=(brief,), timeline=(event,))
    md = render(Report(articles=(one, two), stories=(story,)), "md")
    assert f"- {one.text} [Dawn 0-28; PTI 0-28, 29-41]" in md
    assert "- **2015-01-12** three people died [Dawn 0-17]" in md


def test_story_figures_follow_the_schema_and_show_in_every_format():
    from consilience.model import Casualties, Story, StoryFigure, StoryReport
    a = _article()
    a = a.__class__(**{**a.__dict__, "casualties": Casualties(0, 3)})
    cited = a.quantities[0].span
    figure = StoryFigure("injured", 3, "2 of 2 independent sources give 3", (cited,))
    report = Report(articles=(a,), stories=(StoryReport(Story("s", (a.id,)), figures=(figure,)),))
    data = json.loads(render(report, "json"))
    validate(data)
    assert data["stories"][0]["figures"][0]["citations"][0]["text"] == "3 people"
    assert data["articles"][0]["casualties"] == {"killed": 0, "injured": 3}
    assert "**injured: 3** — 2 of 2 independent sources give 3" in render(report, "md")
    page = render(report, "html")
    assert "injured: 3" in page and f'href="#a-{a.id}-{cited.start}-{cited.end}"' in page


def test_a_disputed_story_figure_says_so_in_every_format():
    from consilience.model import Story, StoryFigure, StoryReport
    from consilience.store import codec
    a = _article()
    cited = a.quantities[0].span
    figure = StoryFigure("injured", 3, "sources disagree (conflict): 3 (Dawn), 2 (PTI)", (cited,), disputed=True)
    story = StoryReport(Story("s", (a.id,)), figures=(figure,))
    report = Report(articles=(a,), stories=(story,))
    data = json.loads(render(report, "json"))
    validate(data)
    assert data["stories"][0]["figures"][0]["disputed"] is True
    assert "**injured: disputed** — sources disagree (conflict): 3 (Dawn), 2 (PTI)" in render(report, "md")
    assert "injured: disputed" in render(report, "html")
    assert codec.decode_story_report(codec.encode_story_report(story)) == story  # the store keeps it
