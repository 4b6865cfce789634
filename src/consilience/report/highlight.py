"""Clean text with its annotations as non-overlapping, escaped HTML segments."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from markupsafe import Markup, escape

from ..model import Article


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css: str
    note: str


def article_marks(article: Article) -> list[Mark]:
    marks: list[Mark] = []
    for e in article.entities:
        for m in e.mentions:
            attrs = f" ({', '.join(e.attributes)})" if e.attributes else ""
            marks.append(Mark(m.start, m.end, f"ent ent-{e.type.lower()}", f"{e.type}: {e.canonical}{attrs}"))
    for t in article.times:
        event = f" — {t.event}" if t.event else ""
        marks.append(Mark(t.span.start, t.span.end, "time", f"time: {t.value}{event}"))
    for q in article.quantities:
        bounds = f"[{_num(q.low)}, {_num(q.high)}]"
        what = f" {q.counts}" if q.counts else ""
        marks.append(Mark(q.span.start, q.span.end, f"qty qty-{q.measure}", f"{q.measure}: {bounds} {q.qualifier}{what}"))
    for q in article.quotes:
        marks.append(Mark(q.content_span.start, q.content_span.end, "quote",
                          f"{q.kind} quote — speaker: {q.speaker or 'unknown'}; cue: {q.cue or '—'}"))
    return marks


def _num(value) -> str:
    if value is None:
        return "∞"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def render_marked(text: str, marks: Iterable[Mark], anchor_prefix: str) -> Markup:
    """Split text at every mark boundary; each piece carries the classes of the marks over it.

    A sweep over the cut points, O((cuts + marks) log marks): a story page renders every
    source with every annotation and every cited span.
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        starting.setdefault(m.start, []).append(i)
        ending.setdefault(m.end, []).append(i)
    active: set[int] = set()
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ending.get(a, ()))
        active.update(starting.get(a, ()))
        chunk = escape(text[a:b])
        if not active:
            pieces.append(str(chunk))
            continue
        over = [marks[i] for i in sorted(active)]
        css = " ".join(sorted({c for m in over for c in m.css.split()}))
        note = escape(" · ".join(dict.fromkeys(m.note for m in over)))
        ids = "".join(f'<a class="anchor" id="{anchor_prefix}-{marks[i].start}-{marks[i].end}"></a>'
                      for i in starting.get(a, ()))
        pieces.append(f'{ids}<span class="{css}" title="{note}">{chunk}</span>')
    return Markup("".join(pieces))
