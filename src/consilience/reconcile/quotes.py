"""Quote verdicts: the same words, or a word swapped inside otherwise identical quoted words.

Quotes of one passage are aligned by shared runs of words (align.py); here they are read word
by word, contractions spelled out, so that a trim, a transcription or an editor's gloss is told
from a misquote.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional, Sequence

from .claims import Evidence


def quote_verdict(group: Sequence[Evidence]) -> tuple[str, str]:
    speakers = {(e.speaker or "unknown").lower() for e in group}
    tokens = [quote_tokens(e.text) for e in group]
    misquotes = [d for i, a in enumerate(tokens) for b in tokens[i + 1:] if (d := _misquote(a, b))]
    if misquotes:
        a, b = misquotes[0]
        return "conflict", f"the quoted words differ: “{a}” vs “{b}”"
    if len(speakers) > 1:
        return "framing", f"the same words attributed to different speakers: {', '.join(sorted(speakers))}"
    verbatim = all(_contained(a, b) or _contained(b, a) for i, a in enumerate(tokens) for b in tokens[i + 1:])
    how = "same words" if verbatim else "same statement, reworded or trimmed differently"
    return "agree", f"{how}, attributed to {group[0].speaker or 'the same speaker'}"


_FUNCTION_WORDS = frozenset("""a an the and or but of to in on at for with by from that this it is was be were are am been
his her their my our your its him them me us""".split())


# Spoken forms spelled out too: "gonna" / "going to", "'til" / "until" are one quote.
_CONTRACTIONS = [(r"\bgonna\b", "going to"), (r"\bwanna\b", "want to"), (r"\bgotta\b", "got to"),
                 (r"['’]til\b", "until"), (r"\btill?\b", "until"), (r"\bwon['’]t\b", "will not"),
                 (r"\bcan['’]t\b", "can not"), (r"\bcannot\b", "can not"),
                 (r"n['’]t\b", " not"), (r"['’]re\b", " are"), (r"['’]ve\b", " have"), (r"['’]ll\b", " will"),
                 (r"['’]m\b", " am"), (r"['’]d\b", " would")]


@lru_cache(maxsize=4096)
def quote_tokens(text: str) -> tuple[str, ...]:
    """Words of a quote, with contractions spelled out: "we've" and "we have" are one quote.
    Cached: alignment compares each quote with many others."""
    text = text.lower()
    for pattern, full in _CONTRACTIONS:
        text = re.sub(pattern, full, text)
    return tuple(re.sub(r"[^\w\s]", " ", text).split())


def _contained(a: Sequence[str], b: Sequence[str]) -> bool:
    n = len(a)
    return any(b[i:i + n] == a for i in range(len(b) - n + 1))


def _misquote(a: Sequence[str], b: Sequence[str]) -> Optional[tuple[str, str]]:
    """A word or two swapped inside otherwise identical quoted words: a misquote, not a trim.

    Quotes cut at different points, or joined differently, differ only at their ends; a
    substitution with matching words on both sides cannot be explained that way. A quote may
    also start inside the other at a later occurrence of its first word ("It happens all the
    time" in "It's scary. It happens all the time"), which the matcher pins to the first one.
    """
    found = _swapped(a, b)
    for p in range(1, len(a)):
        if found:
            break
        if a[p] == b[0]:
            found = _swapped(a[p:], b)
    for p in range(1, len(b)):
        if found:
            break
        if b[p] == a[0]:
            found = _swapped(a, b[p:])
    return found


def _swapped(a: Sequence[str], b: Sequence[str]) -> Optional[tuple[str, str]]:
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()

    def one_for_one(op) -> bool:
        return op[0] == "replace" and op[2] - op[1] == op[4] - op[3]

    def content(op) -> set:
        return (set(a[op[1]:op[2]]) | set(b[op[3]:op[4]])) - _FUNCTION_WORDS

    def inflected(op) -> bool:
        return one_for_one(op) and all(_same_stem(x, y) for x, y in zip(a[op[1]:op[2]], b[op[3]:op[4]]))

    def run(side) -> int:
        # The same words around the swap, through function words swapped ("was"/"is") and
        # inflections ("acts"/"actions") too.
        total = 0
        for op in side:
            if op[0] != "equal" and not (one_for_one(op) and (not content(op) or inflected(op))):
                break
            total += op[2] - op[1]
        return total

    for k in range(1, len(ops) - 1):
        tag, i1, i2, j1, j2 = ops[k]
        # Only between runs of the same words on both sides: quotes cut or joined differently,
        # or two passages sharing a phrase, differ at their ends, not inside a shared run.
        if ops[k - 1][0] != "equal" or ops[k + 1][0] != "equal" or run(ops[k - 1::-1]) + run(ops[k + 1:]) < 5:
            continue
        # Words swapped one for one, a content word among them; a run of another length ("we" /
        # "(our bumpers)") is an editor's gloss or a transcription, dropped or added words
        # ("tragedy that a" / "tragedy that") a trim, and a word of the same stem ("acts" /
        # "actions") an inflection misheard.
        if one_for_one(ops[k]) and i2 - i1 <= 3 and content(ops[k]) and not inflected(ops[k]):
            context = a[max(0, i1 - 2):i1]
            return " ".join(context + a[i1:i2]) or "…", " ".join(context + b[j1:j2]) or "…"
    return None


def _same_stem(x: str, y: str) -> bool:
    shared = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
    return shared >= 3 and shared >= 0.6 * min(len(x), len(y))
