"""The report as one self-contained HTML page (inline CSS, no external requests)."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import Report
from .highlight import Mark, article_marks, render_marked
from .serialize import report_to_dict
from .timeline_svg import timeline_svg
from .view import cited_spans, credit_lines, removed_summary, source_label, story_view

_env = Environment(
    loader=PackageLoader("consilience.report", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(report: Report) -> str:
    data = report_to_dict(report)
    articles = {a.id: a for a in report.articles}
    cited = cited_spans(report.stories)
    views = []
    for article in report.articles:
        marks = article_marks(article) + [
            Mark(span.start, span.end, "claim" if verdict not in ("unique", "cite") else "cited", f"{verdict}: {subject}")
            for span, verdict, subject in cited.get(article.id, [])
        ]
        views.append({
            "article": article,
            "body": render_marked(article.text, marks, f"a-{article.id}"),
            "credits": credit_lines(article),
            "removed_summary": removed_summary(article),
        })
    stories = [
        {**story_view(sr, articles), "data": sd,
         "svg": timeline_svg(sd["timeline"], {aid: i for i, aid in enumerate(sd["articles"], start=1)})}
        for sr, sd in zip(report.stories, data["stories"])
    ]
    return _env.get_template("report.html.j2").render(
        data=data, views=views, articles=articles, failures=report.failures, stories=stories,
        label=source_label,
    )
