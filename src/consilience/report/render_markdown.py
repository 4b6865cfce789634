"""The report as Markdown: stories, then each article's fields, text and what was cut."""
from __future__ import annotations

from ..model import Article, Report
from .serialize import report_to_dict
from .view import credit_lines, removed_summary


def render(report: Report) -> str:
    data = report_to_dict(report)
    by_id = {a.id: a for a in report.articles}
    out = ["# consilience report", "",
           f"{len(report.articles)} articles, {len(report.stories)} stories, {len(report.failures)} failed inputs", ""]
    for story in data["stories"]:
        out += [f"## Story: {story['title'] or story['id']}", "",
                f"- dates: {story['span'][0] or '?'} to {story['span'][1] or '?'}",
                "- articles: " + ", ".join(_label(by_id[i]) for i in story["articles"] if i in by_id), ""]
        if story["figures"]:
            out += ["### Figures", ""] + [f"- **{f['measure']}: {_figure(f)}** — {f['reason']} {_cite(f['citations'], by_id)}"
                                          for f in story["figures"]] + [""]
        if story["brief"]:
            out += ["### Brief", ""] + [f"- {b['text']} {_cite(b['citations'], by_id)}" for b in story["brief"]] + [""]
        if story["facts"]:
            out += ["### Facts", "", "| fact | verdict | claims | reason |", "|---|---|---|---|"]
            for fact in story["facts"]:
                claims = "; ".join(f"{c['value']} ({_label(by_id[c['span']['article']])})" for c in fact["claims"] if c["span"]["article"] in by_id)
                out.append(f"| {_cell(fact['subject'])} | {fact['verdict']} | {_cell(claims)} | {_cell(fact['reason'])} |")
            out.append("")
        if story["timeline"]:
            out += ["### Timeline", ""] + [f"- **{e['when']}** {e['what']} {_cite(e['citations'], by_id)}"
                                           for e in story["timeline"]] + [""]
    for article in report.articles:
        out += _article(article)
    if report.failures:
        out += ["## Failed inputs", ""] + [f"- `{f.origin}`: {f.reason}" for f in report.failures] + [""]
    return "\n".join(out) + "\n"


def _article(a: Article) -> list[str]:
    lines = [f"## {a.title or '(untitled)'}", "",
             f"- origin: `{a.origin}`", f"- outlet: {a.outlet or '—'}; agency: {a.agency or '—'}",
             f"- published: {a.published or 'unknown'} ({a.published_basis or 'no basis'})"]
    if a.dateline:
        lines.append(f"- dateline: {a.dateline.place or ''} {a.dateline.date_text or ''}".rstrip())
    lines += [f"- {line}" for line in credit_lines(a)]
    lines += [f"- caption: {c}" for c in a.captions]
    lines += ["", a.text, ""]
    if a.removed:
        lines += ["<details><summary>Removed: " + removed_summary(a) + "</summary>", ""]
        for r in a.removed:
            where = f"lines {r.lines[0]}-{r.lines[1]}" if r.lines else ""
            text = r.text.replace("\n", " ⏎ ")
            lines.append(f"- **{r.kind}** {where}: {_cell(text[:300])} — _{r.reason}_")
        lines += ["", "</details>", ""]
    return lines


def _figure(figure: dict) -> str:
    return "disputed" if figure.get("disputed") else str(figure["value"])


def _cite(citations: list[dict], by_id: dict[str, Article]) -> str:
    """Citations grouped by source, each span as its character offsets in that source's text:
    [Dawn 120-245; PTI 30-90, 400-460]."""
    spans: dict[str, list[str]] = {}
    for c in citations:
        label = _label(by_id[c["article"]]) if c["article"] in by_id else c["article"]
        spans.setdefault(label, []).append(f"{c['start']}-{c['end']}")
    return "[" + "; ".join(f"{label} {', '.join(where)}" for label, where in spans.items()) + "]" if spans else ""


def _label(a: Article) -> str:
    return a.outlet or a.agency or a.origin


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
