"""Skip a regular expression on texts that cannot match it.

Scanning a text with dozens of rich patterns costs more than the rest of an annotator, yet
most patterns cannot match most articles: no "quarter", no "ago", no season in it. From a
pattern's syntax tree we take a set of literal strings of which every match must contain at
least one (as RE2's prefilter does); a text that contains none of them (both case-folded) is
not scanned. The set is only ever a necessary condition, so results never change.
"""
from __future__ import annotations

import re
from typing import Optional

try:  # Python 3.11+
    import re._parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, IN, LITERAL,
                               MAX_REPEAT, MIN_REPEAT, RANGE, SUBPATTERN)
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore
    from sre_constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, IN,  # type: ignore
                               LITERAL, MAX_REPEAT, MIN_REPEAT, RANGE, SUBPATTERN)

Needs = Optional[frozenset[str]]  # None: no literal is required
MAX_CHOICES = 64  # a class or alternation wider than this is not worth testing
_ZERO_WIDTH = {ASSERT, ASSERT_NOT, AT}
DIGIT = "\\d"  # any decimal digit, ASCII or not, as `\d` matches


def required_literals(pattern: re.Pattern) -> Needs:
    """Case-folded strings one of which is in every match of `pattern`, or None."""
    return _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE)))


class Haystack:
    """A text prepared once for many `may_match` tests."""

    def __init__(self, text: str) -> None:
        self.folded = text.casefold()
        self.has_digit = any(c.isdigit() for c in text)


def may_match(needs: Needs, text: Haystack) -> bool:
    if needs is None:
        return True
    return any(text.has_digit if s == DIGIT else s in text.folded for s in needs)


def _better(a: Needs, b: Needs) -> Needs:
    """The more selective of two necessary sets: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: list) -> Needs:
    best: Needs = None
    run = ""
    for op, arg in items:
        if op == LITERAL:
            run += chr(arg).casefold()
            continue
        if run:
            best = _better(best, frozenset({run}))
            run = ""
        if op in _ZERO_WIDTH:
            continue
        best = _better(best, _node(op, arg))
    if run:
        best = _better(best, frozenset({run}))
    return best


def _node(op, arg) -> Needs:
    if op == SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op in (MAX_REPEAT, MIN_REPEAT):
        low, _, body = arg
        return _sequence(list(body)) if low >= 1 else None
    if op == BRANCH:
        found: set[str] = set()
        for alternative in arg[1]:
            needs = _sequence(list(alternative))
            if needs is None:
                return None
            found |= needs
        return frozenset(found) if len(found) <= MAX_CHOICES else None
    if op == IN:
        return _char_class(arg)
    return None


def _char_class(items) -> Needs:
    chars: set[str] = set()
    for op, arg in items:
        if op == LITERAL:
            chars.add(chr(arg).casefold())
        elif op == RANGE and arg[1] - arg[0] < 16:
            chars.update(chr(c).casefold() for c in range(arg[0], arg[1] + 1))
        elif op == CATEGORY and arg == CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None  # a negated or wide class: anything may match
    return frozenset(chars) if len(chars) <= MAX_CHOICES else None
