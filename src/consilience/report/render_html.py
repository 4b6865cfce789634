"""The report as one self-contained HTML page (inline CSS, no external requests)."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import Report
from .highlight import article_marks, render_marked
from .serialize import report_to_dict
from .view import credit_lines, removed_summary

_env = Environment(
    loader=PackageLoader("consilience.report", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(report: Report) -> str:
    data = report_to_dict(report)
    articles = {a.id: a for a in report.articles}
    views = []
    for article in report.articles:
        views.append({
            "article": article,
            "body": render_marked(article.text, article_marks(article), f"a-{article.id}"),
            "credits": credit_lines(article),
            "removed_summary": removed_summary(article),
        })
    return _env.get_template("report.html.j2").render(
        data=data, views=views, articles=articles, failures=report.failures,
    )
