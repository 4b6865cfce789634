"""The prefilter only ever skips texts a pattern cannot match."""
import re

import pytest

from consilience.annotate.prefilter import Haystack, may_match, required_literals

PATTERNS = [
    r"\b(?:last|next) (?:week|month)\b",
    r"(?<![\w$])(?P<n>\d+) years? ago\b",
    r"(?:Jan|Feb)\.? \d{1,2}",
    r"[A-Z][a-z]+ said",
    r"(?:now|currently)?\s*\w+",
]
TEXTS = ["Next week it rains.", "He left 3 years ago.", "on Feb. 3 and Jan 9", "Smith said no.",
         "nothing here", "", "٣ years ago", "NEXT MONTH", "ſaid Smith"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_skipped_texts_have_no_match(pattern):
    for flags in (0, re.IGNORECASE):
        rx = re.compile(pattern, flags)
        needs = required_literals(rx)
        for text in TEXTS:
            if not may_match(needs, Haystack(text)):
                assert rx.search(text) is None, (pattern, flags, text)


def test_required_literals_are_selective():
    assert required_literals(re.compile(r"\b(?:last|next) (?:week|month)\b")) == {"last", "next"}
    assert required_literals(re.compile(r"\d+ years? ago", re.I)) == {" year"}
    assert required_literals(re.compile(r"(?:now)?\s*\w+")) is None  # nothing is required
    assert not may_match(required_literals(re.compile(r"\d+ years? ago")), Haystack("years ago"))
    assert may_match(required_literals(re.compile(r"\d+ days")), Haystack("٣ days"))  # \d is any digit
