"""A story's timeline: the dated events its articles mention, each with its sources."""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Article, TimelineEvent


def build_timeline(articles: Sequence[Article]) -> list[TimelineEvent]:
    entries: dict[tuple[str, str], dict] = {}
    for article in articles:
        for t in article.times:
            if not t.event or not re.match(r"^\d{4}", t.value):
                continue
            key = (t.value, _event_key(t.event))
            merged = _find_similar(entries, t.value, t.event) or key
            entry = entries.setdefault(merged, {"what": t.event, "spans": []})
            entry["spans"].append(t.event_span or t.span)
            entry["spans"].append(t.span)
    events = [
        TimelineEvent(when=value, what=entry["what"], citations=tuple(sorted(set(entry["spans"]))))
        for (value, _), entry in entries.items()
    ]
    return sorted(events, key=lambda e: (e.when, e.what))


def _event_key(event: str) -> str:
    return " ".join(sorted(set(re.findall(r"[a-z]{4,}", event.lower()))))


def _find_similar(entries: dict, value: str, event: str):
    words = set(re.findall(r"[a-z]{4,}", event.lower()))
    for (v, key), entry in entries.items():
        if v[:7] != value[:7] and not (v.startswith(value) or value.startswith(v)):
            continue
        other = set(key.split())
        if words and other and len(words & other) / min(len(words), len(other)) >= 0.5:
            return (v, key)
    return None
