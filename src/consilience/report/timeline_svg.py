"""A story's timeline drawn as an inline SVG: dates on a proportional axis, labels in lanes."""
from __future__ import annotations

from datetime import date
from typing import Optional, Sequence

from markupsafe import Markup, escape

from ..model import TimelineEvent

WIDTH, LANE, MARGIN, CHAR = 920, 18, 40, 6.2


def _day(value: str) -> Optional[date]:
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def timeline_svg(events: Sequence[TimelineEvent], link_prefix: str = "#a-") -> Markup:
    dated = [(d, e) for e in events if (d := _day(e.when))]
    if not dated:
        return Markup("")
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max(1, (last - first).days)
    x_of = lambda d: MARGIN + (WIDTH - 2 * MARGIN) * (d - first).days / span  # noqa: E731
    lanes: list[float] = []
    items = []
    for d, event in sorted(dated, key=lambda p: (p[0], p[1].what)):
        x = x_of(d)
        label = f"{event.when} {event.what}"
        label = label if len(label) <= 60 else label[:57] + "…"
        width = len(label) * CHAR
        lane = next((i for i, end in enumerate(lanes) if end < x), None)
        if lane is None:
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = x + width + 8
        items.append((x, lane, label, event))
    height = 50 + LANE * len(lanes)
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH + 300} {height}" width="100%" role="img" aria-label="timeline">',
             f'<line x1="{MARGIN}" y1="24" x2="{WIDTH - MARGIN}" y2="24" stroke="#8a96a3" stroke-width="2"/>',
             f'<text x="{MARGIN}" y="14" font-size="11" fill="#5b6570">{first.isoformat()}</text>',
             f'<text x="{WIDTH - MARGIN}" y="14" font-size="11" fill="#5b6570" text-anchor="end">{last.isoformat()}</text>']
    for x, lane, label, event in items:
        y = 44 + LANE * lane
        target = ""
        if event.citations:
            c = event.citations[0]
            target = f"{link_prefix}{c.article_id}-{c.start}-{c.end}"
        parts.append(f'<circle cx="{x:.1f}" cy="24" r="5" fill="#2f5d8a"/>')
        parts.append(f'<line x1="{x:.1f}" y1="29" x2="{x:.1f}" y2="{y - 10}" stroke="#c3ccd5"/>')
        text = f'<text x="{x:.1f}" y="{y}" font-size="12" fill="#1d232a">{escape(label)}</text>'
        parts.append(f'<a href="{escape(target)}">{text}</a>' if target else text)
    parts.append("</svg>")
    return Markup("".join(parts))
