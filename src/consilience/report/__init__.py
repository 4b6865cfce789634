"""The report stage's renderers: a report becomes JSON, Markdown or one self-contained HTML page.

Renderers are registered as entry points (`consilience.renderers`), the way a third-party one
would be, so an outlet-specific or house-style renderer can live in a plugin.
"""
from __future__ import annotations

from importlib.metadata import entry_points
from typing import Callable

from ..model import Report

Renderer = Callable[[Report], str]


class UnknownFormat(ValueError):
    pass


def renderers() -> dict[str, Renderer]:
    found = {ep.name: ep for ep in entry_points(group="consilience.renderers")}
    if not found:  # running from a source tree without installed metadata
        from . import render_html, render_json, render_markdown

        return {"json": render_json.render, "md": render_markdown.render, "html": render_html.render}
    return {name: ep.load() for name, ep in sorted(found.items())}


def render(report: Report, fmt: str) -> str:
    available = renderers()
    if fmt not in available:
        raise UnknownFormat(f"unknown format {fmt!r}: choose one of {', '.join(available)}")
    return available[fmt](report)
