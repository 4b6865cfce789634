"""The server-drawn timeline plot."""
from __future__ import annotations

import re
from datetime import date
from xml.etree import ElementTree

from consilience.report.timeline_svg import parse_when, timeline_svg


def ev(when, what, aid="a", start=0, end=3):
    return {"when": when, "what": what, "citations": [{"article": aid, "start": start, "end": end, "text": "abc"}]}


def test_parse_when_granularities():
    assert parse_when("2008") == date(2008, 1, 1)
    assert parse_when("2008-11") == date(2008, 11, 1)
    assert parse_when("2014-12-16") == date(2014, 12, 16)
    assert parse_when("2015-01-12T12:20") == date(2015, 1, 12)
    assert parse_when("2015-W03") == date(2015, 1, 12)
    assert parse_when("--01-13") is None and parse_when("2015-13") is None and parse_when("") is None


def test_empty_and_undated_timelines_draw_nothing():
    assert str(timeline_svg([], {})) == ""
    assert str(timeline_svg([ev("--01-13", "x")], {})) == ""


def test_plot_is_valid_svg_in_date_order_with_escaped_labels():
    events = [ev("2015-01-13", "press conference <b>&</b>", "b"), ev("2008-11", "Mumbai attacks", "a"),
              ev("2014-12-16", "school attack"), ev("2015-01-12", "talks")]
    svg = str(timeline_svg(events, {"a": 1, "b": 2}))
    root = ElementTree.fromstring(svg)  # well-formed XML
    assert root.tag.endswith("svg")
    dates = re.findall(r'<text class="date" x="([\d.]+)"[^>]*>([^<]+)<', svg)
    assert [d for _, d in dates] == ["2008-11", "2014-12-16", "2015-01-12", "2015-01-13"]
    xs = [float(x) for x, _ in dates]
    assert xs == sorted(xs) and min(b - a for a, b in zip(xs, xs[1:])) >= 40  # adjacent days stay apart
    assert all(0 <= x <= 960 for x in xs)
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in svg and "<b>" not in svg
    assert 'class="axis-break"' in svg  # the 6-year gap is shortened, and says so
    assert svg.count('class="tl-event"') == 4 and 'data-spans="b:0:3"' in svg


def test_many_events_on_one_day_get_their_own_lanes():
    svg = str(timeline_svg([ev("2015-01-12", f"event number {i} with a longish label") for i in range(5)], {"a": 1}))
    ys = {y for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)"', svg)}
    assert len(ys) == 5
