"""The timeline as an inline SVG plot, drawn on the server: no script library, nothing fetched.

Dates sit on one horizontal axis in order. Gaps are compressed (log of the days between) so
events years apart and events a day apart both stay readable; a compressed gap is marked with
a break on the axis. Each event is a labelled line in the first lane where it fits, joined to
its date by a leader; hovering shows the whole text, clicking scrolls the sources to it.
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Optional, Sequence

from markupsafe import Markup, escape

WIDTH, LEFT, RIGHT = 960, 24, 24
AXIS_Y, LANE_H, TOP = 58, 20, 74
CHAR_W, MAX_CHARS = 6.3, 58
MIN_GAP = 90.0
DATE_W = 66.0  # a date label's width at 11px


def parse_when(value: str) -> Optional[date]:
    """The first day an ISO 8601 value (year, month, week, day, minute) covers, or None."""
    m = re.match(r"^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not m:
        return None
    year, week, month, day = m.groups()
    try:
        if week:
            return date.fromisocalendar(int(year), int(week), 1)
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def _gap(days: int) -> float:
    return MIN_GAP + 18.0 * math.log2(1 + max(days, 0) / 7)


def timeline_svg(events: Sequence[dict], index: dict[str, int]) -> Markup:
    dated = [(parse_when(e["when"]), e) for e in events]
    dated = [(d, e) for d, e in dated if d is not None]
    if not dated:
        return Markup("")
    whens = sorted({(d, e["when"]) for d, e in dated})
    xs: list[float] = [0.0]
    breaks: list[int] = []
    for (d0, _), (d1, _) in zip(whens, whens[1:]):
        days = (d1 - d0).days
        xs.append(xs[-1] + _gap(days))
        if days > 62:
            breaks.append(len(xs) - 1)
    span = xs[-1] or 1.0
    usable = WIDTH - LEFT - RIGHT - 140
    scale = usable / span if len(xs) > 1 else 1.0
    offset = LEFT + 70 if len(xs) > 1 else WIDTH / 2
    pos = {w: offset + x * scale for (_, w), x in zip(whens, xs)}

    lanes: list[float] = []  # right edge of the last label in each lane
    lefts: list[float] = []
    placed = []
    for d, e in sorted(dated, key=lambda p: (p[0], p[1]["when"], p[1]["what"])):
        x = pos[e["when"]]
        label = e["what"] if len(e["what"]) <= MAX_CHARS else e["what"][: MAX_CHARS - 1].rstrip() + "…"
        w = len(label) * CHAR_W + 14
        anchor_end = x + w > WIDTH - RIGHT
        x0, x1 = (x - w, x) if anchor_end else (x, x + w)
        lane = next((i for i, right in enumerate(lanes) if x0 > right + 6 or x1 < lefts[i] - 6), None)
        if lane is None:
            lanes.append(x1)
            lefts.append(x0)
            lane = len(lanes) - 1
        else:
            lanes[lane] = max(lanes[lane], x1)
            lefts[lane] = min(lefts[lane], x0)
        placed.append((x, lane, label, anchor_end, e))

    height = TOP + LANE_H * max(1, len(lanes)) + 10
    out = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="Timeline of {len(dated)} dated events" xmlns="http://www.w3.org/2000/svg">']
    x_first, x_last = min(pos.values()), max(pos.values())
    out.append(f'<line class="axis" x1="{x_first - 20:.1f}" y1="{AXIS_Y}" x2="{x_last + 20:.1f}" y2="{AXIS_Y}"/>')
    xs_sorted = [pos[w] for _, w in whens]
    for i in breaks:
        bx = (xs_sorted[i - 1] + xs_sorted[i]) / 2
        out.append(f'<path class="axis-break" d="M{bx - 5:.1f},{AXIS_Y + 6} l4,-12 M{bx + 1:.1f},{AXIS_Y + 6} l4,-12"/>')
    row_end = [-1e9, -1e9, -1e9]  # right edge of the last date label in each of three rows
    for d, w in whens:
        half = max(DATE_W, len(w) * CHAR_W) / 2
        row = next((r for r, end in enumerate(row_end) if pos[w] - half > end + 4),
                   min(range(3), key=lambda r: row_end[r]))
        row_end[row] = pos[w] + half
        ty = AXIS_Y - 10 - 13 * row
        out.append(f'<circle class="tick" cx="{pos[w]:.1f}" cy="{AXIS_Y}" r="4"/>'
                   f'<text class="date" x="{pos[w]:.1f}" y="{ty}" text-anchor="middle">{escape(w)}</text>')
    for x, lane, _, _, _ in placed:  # leaders first, so that no leader crosses a label
        out.append(f'<line class="leader" x1="{x:.1f}" y1="{AXIS_Y + 4}" x2="{x:.1f}" y2="{TOP + lane * LANE_H + 6}"/>')
    for x, lane, label, anchor_end, e in placed:
        y = TOP + lane * LANE_H + 10
        keys = " ".join(f"{c['article']}:{c['start']}:{c['end']}" for c in e["citations"])
        sources = sorted({index[c["article"]] for c in e["citations"] if c["article"] in index})
        refs = "".join(f"[{n}]" for n in sources)
        tip = f"{e['when']}: {e['what']} — sources {refs or 'none'}"
        tx = x - 6 if anchor_end else x + 6
        out.append(
            f'<g class="tl-event" tabindex="0" data-spans="{escape(keys)}">'
            f'<title>{escape(tip)}</title>'
            f'<circle class="dot" cx="{x:.1f}" cy="{y - 4}" r="{3 + min(len(sources), 4)}"/>'
            f'<text x="{tx:.1f}" y="{y}" text-anchor="{"end" if anchor_end else "start"}">'
            f'{escape(label)} <tspan class="refs">{escape(refs)}</tspan></text></g>')
    out.append("</svg>")
    return Markup("".join(out))


__all__ = ["timeline_svg", "parse_when", "timedelta"]
