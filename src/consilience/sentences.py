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


# pysbd formats a regular expression per abbreviation and rule, well over the 512 that Python's
# `re` keeps compiled, so each text recompiles most of them: a larger cache makes splitting about
# 40% faster (benchmarks/reconcile.py, first call). `re._MAXCACHE` is private: where a Python
# lacks it, splitting only runs slower.
_PATTERN_CACHE = 4096


@lru_cache(maxsize=256)
def _split_cached(text: str) -> tuple[tuple[int, int], ...]:
    import pysbd

    if getattr(re, "_MAXCACHE", _PATTERN_CACHE) < _PATTERN_CACHE:
        re._MAXCACHE = _PATTERN_CACHE

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
