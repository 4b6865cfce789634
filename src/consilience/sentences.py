"""Sentence boundaries of clean text, shared by the stages that read sentences.

pysbd respects our paragraph breaks (run per paragraph) and does not split "U.S." or
"Dec. 16"; results are cached because several stages ask about the same article.
"""
from __future__ import annotations

import re
from functools import lru_cache


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`, paragraph by paragraph."""
    return list(_split_cached(text))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) that contain [start, end)."""
    spans = [s for s in _split_cached(text) if s[0] < end and start < s[1]]
    if not spans:
        return start, end
    return min(s[0] for s in spans), max(s[1] for s in spans)


@lru_cache(maxsize=256)
def _split_cached(text: str) -> tuple[tuple[int, int], ...]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for piece in segmenter.segment(paragraph.group(0)):
            start = paragraph.start() + piece.start
            end = paragraph.start() + piece.end
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    return tuple(spans)
