"""Helpers of benchmarks/reconcile.py's injection: which count facts a change can contradict."""
from __future__ import annotations

import re
from collections import Counter

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CITIES = ["Sacramento", "Tucson", "Omaha", "Boise", "Albuquerque", "Spokane", "Des Moines", "Anchorage", "Little Rock",
          "Salt Lake City"]
PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "other": "others"}
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]



# A cardinal figure opens the claim's words ("three", "at least 16", "13"): a count of the
# measure. "a family friend", "the fourth victim" or a name tells of one victim, who may be one
# of many, so changing another report's figure against it contradicts nothing it states.
CARDINAL = re.compile(r"^(?:(?:at\s+least|more\s+than|nearly|about|almost|some|over|up\s+to)\s+)?"
                      r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                      r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens?)\b", re.I)

# ... but those in one condition ("two remain in critical condition") are a part of the injured,
# whatever the whole: no other report's figure need match theirs.
CONDITION = re.compile(r"\b(?:critical|serious|grave|stable)\s+condition|\bcritically\s+(?:wounded|injured|hurt)|(?<!non-)(?<!non )life[- ]threatening|"
                       r"\bremain\w*\s+(?:in|at)\s+(?:the\s+)?hospital", re.I)

# Count targets dropped by the rule below, over a run, for the reader: (facts, stories left with none).
REMOVED: Counter = Counter()


# ... nor those summed over separate incidents ("16 wounded in Chicago shootings throughout the
# day"), whose period and incidents vary by report, nor the rest of a group ("the other five",
# "three more").
SUM = re.compile(r"\b(?:separate|different|unrelated)\s+(?:\w+\s+)?(?:shootings|incidents|attacks)\b|"
                 r"\bshootings\s+(?:\w+\s+)?(?:across|around|throughout)\b", re.I)
REST = re.compile(r"^the\s+other\b", re.I)
REST_BEFORE = re.compile(r"\bthe\s+other\s+$", re.I)
MORE = re.compile(r"^\s+(?:more|additional)\b(?!\s+than)", re.I)  # "three more people": on top of someone


def states_toll(claim, texts: dict) -> bool:
    """The claim's words give a cardinal figure of the whole measure."""
    text = texts[claim.span.article_id]
    words, sentence = text[claim.span.start:claim.span.end].strip(), _sentence(text, claim.span.start, claim.span.end)
    rest = REST.match(words) or REST_BEFORE.search(text[max(0, claim.span.start - 12):claim.span.start])
    return bool(CARDINAL.match(words)) and not rest and not MORE.match(text[claim.span.end:]) \
        and not CONDITION.search(sentence) and not SUM.search(sentence)


def stated_by_two(fact, texts: dict, source_of: dict) -> bool:
    """At least two independent sources (wire reprints are one) state a toll in the fact: only
    then is there a figure for the changed one to contradict."""
    sources = {source_of.get(c.span.article_id, c.span.article_id) for c in fact.claims if states_toll(c, texts)}
    return len(sources) >= 2


def contradicts(kind, claim, words, change, others) -> bool:
    """The changed claim cannot hold beside at least one other source's claim of the fact: a
    bound moved ("at least eight" -> "at least 12") stays consistent with another bound ("at
    least 10"), and a weekday moved within the month another report gives ("March") with it, so
    neither is a contradiction to look for."""
    a, b, new = change
    if kind == "count":
        old_value = re.search(r"\d+|[a-z]+", words[a:b].lower()).group(0)
        old = int(old_value) if old_value.isdigit() else NUMBER_WORDS.index(old_value)
        scale = int(re.match(r"\d+", new).group(0)) / old if old else None
        if scale is None or claim.low is None:
            return False
        low, high = claim.low * scale, None if claim.high is None else claim.high * scale
        return any((c.high is not None and low > c.high) or (high is not None and c.low is not None and high < c.low)
                   for c in others)
    if kind == "date":
        # A weekday or a day of the month moved contradicts a day; a month moved, a month.
        precision = 7 if words[a:b] in MONTHS else 10
        return any(len(c.value) >= precision for c in others)
    return True


def _sentence(text: str, start: int, end: int) -> str:
    stop = text.find(".", end)
    return text[max(text.rfind(".", 0, start) + 1, start - 200):stop if stop >= 0 else end + 200]


def _norm_words(text):
    return re.sub(r"[^a-z0-9 ]", " ", text.lower().replace("’", "'")).split()


def _shared_word(words, match, others):
    """The word with a neighbour on each side appears in one of the other claims' words."""
    before, after = _norm_words(words[:match.start()]), _norm_words(words[match.end():])
    if not before or not after:
        return False
    window = " ".join([before[-1], match.group(0), after[0]])
    return any(f" {window} " in f" {' '.join(_norm_words(o))} " for o in others)


def _changed_value(kind, words, later, rng, others=(), tail=""):
    """New words for a claim that no reading can reconcile with the others'."""
    if kind == "count":
        # The count itself, in digits or words; never an age ("a 25-year-old man", "17 year-old",
        # "18-month-old" count one).
        m = re.search(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\b(?!-year|[-\s]*(?:years?|months?|weeks?|days?)[-\s]*old\b)", words, re.I)
        if not m:
            return None
        token = m.group(0).lower()
        old = int(token) if token.isdigit() else NUMBER_WORDS.index(token)
        # A later report with a higher toll may be an update; a lower one, or a higher one in the
        # earliest report, contradicts.
        new = old - rng.choice([1, 2]) if later and old > 2 else old + rng.choice([3, 4, 5])
        if later and old <= 2:
            return None  # a later report's higher toll may be an update, not a contradiction
        end, replacement = m.end(), str(new)
        if old == 1:  # "one man was killed" -> "5 men were killed": keep the sentence grammatical
            rest = re.match(r"(\s+(?:(?:other|more|additional|young|unidentified|unnamed)\s+)?)([A-Za-z]+)(\s+(?:is|was|has)\b)?",
                            words[end:] + tail)
            if rest and rest.group(2).lower() not in ("and", "of", "in", "was", "is", "has", "dead", "killed", "injured"):
                noun = rest.group(2)
                plural = PLURALS.get(noun.lower(), noun + ("" if noun.endswith("s") else "s"))
                verb = {"is": "are", "was": "were", "has": "have"}.get((rest.group(3) or "").strip(), "")
                replacement += rest.group(1) + plural + (" " + verb if verb else "")
                end += rest.end()
            elif rest and rest.group(2) in ("was", "is", "has"):
                replacement += " " + {"is": "are", "was": "were", "has": "have"}[rest.group(2)]
                end += rest.end()
        return m.start(), end, replacement
    if kind == "date":
        for day in WEEKDAYS:
            if day in words:
                k = words.index(day)
                return k, k + len(day), WEEKDAYS[(WEEKDAYS.index(day) + 3) % 7]
        for month in MONTHS:
            if month in words:
                k = words.index(month)
                return k, k + len(month), MONTHS[(MONTHS.index(month) + 4) % 12]
        # A day of the month, never the hour of a clock time ("10 p.m.", "2:45"): that is no date.
        m = re.search(r"\b([12]?\d|3[01])\b(?!\s*(?::\d|[ap]\.?m\b))", words, re.I)
        if m:
            return m.start(), m.end(), str((int(m.group(0)) + 9) % 28 + 1)
        return None
    if kind == "age":
        m = re.search(r"\d+", words)
        # Years apart between reports may age a person; a decade or so never does.
        return (m.start(), m.end(), str(int(m.group(0)) + rng.choice([9, 11, 13]))) if m else None
    if kind == "quote":
        # A word inside the passage another report quotes too: a change elsewhere contradicts nobody.
        candidates = [m for m in re.finditer(r"\b[a-z]{4,}\b", words) if _shared_word(words, m, others)]
        if not candidates:
            return None
        m = rng.choice(candidates)
        return m.start(), m.end(), "never" if m.group(0) != "never" else "always"
    if kind == "place":
        # A real city that no report of the story names.
        unused = [c for c in CITIES if all(c not in o for o in others) and c not in tail]
        return (0, len(words), rng.choice(unused)) if unused and words[:1].isupper() else None
    raise ValueError(kind)
