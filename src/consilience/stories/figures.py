"""Figures in an article's opening that tell two events of one kind apart.

Two heists in one city, two quakes on one island: their reports share words and names, and their
openings differ most in the figures (EUR 85m taken against EUR 2m, five hurt against 50). Two
members whose openings give the same kind of figure (money, killed, injured) far apart (no pair of
values within `FACTOR` of each other, and for counts at least `MIN_DIFF` apart) are less alike
than their words say: `penalize` takes `StoryConfig.figure_penalty` off their lead similarity.
A toll that rises as a story is updated is no conflict: the larger figure published on the same
day as the smaller or later is taken for an update.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article
from .features import NUMBER_WORDS, counts_from_text, headline, parse_day

FACTOR = 4.0     # values of one kind this far apart (ratio) contradict each other
MIN_DIFF = 3     # ... and counts at least this far apart

_WORDS = "|".join(NUMBER_WORDS)
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\s?\d+)?|" + _WORDS + r")"
_SCALE = r"(?:\s*-?\s*(million|mn|m|billion|bn|thousand|k)\b)?"
_CURRENCY = r"(?:euros?|eur|dollars?|usd|pounds?|sterling|gbp|yen|yuan|rupees?)\b"
_MONEY_SIGN = re.compile(r"(?:[\u20ac$\u00a3\u00a5]|\bus\$|\b(?:eur|usd|gbp)\s|\b([ep])(?=\d))\s?" + _NUM + _SCALE, re.IGNORECASE)
_MONEY_WORD = re.compile(r"\b" + _CURRENCY, re.IGNORECASE)
_BEFORE_WORD = re.compile(r"\b" + _NUM + _SCALE + r"\s*-?\s*$", re.IGNORECASE)  # "85 million" before "euros"
_SCALES = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
_VERB_COUNT = re.compile(
    r"\b(kill(?:s|ed|ing)|injur(?:es|ed|ing)|wound(?:s|ed|ing)|hurting)\s+(?:at least\s+|about\s+)?"
    r"(\d{1,4}|" + _WORDS + r")\b(?!\s*-?\s*(?:years?|months?|weeks?|days?|hours?|%|per\b))",
    re.IGNORECASE,
)


def _number(raw: str) -> Optional[float]:
    raw = raw.lower().replace(",", "").replace(" ", "")
    if raw in NUMBER_WORDS:
        return float(NUMBER_WORDS[raw])
    try:
        return float(raw)
    except ValueError:
        return None


@dataclass(frozen=True)
class Figures:
    day: Optional[int] = None
    values: dict[str, tuple[float, ...]] = field(default_factory=dict)


def lead_figures(article: Article, chars: int = 400) -> Figures:
    """Amounts of money and casualty counts in the title and opening `chars` characters."""
    text = headline(article.title or "") + "\n" + article.text[:chars]
    out: dict[str, set[float]] = {}
    amounts = []
    for m in _MONEY_SIGN.finditer(text):
        if m.group(1) and not m.group(3):
            continue  # "e80 million" is money, "p53" or "e3" is not
        amounts.append((m.group(2), m.group(3)))
    for w in _MONEY_WORD.finditer(text):
        m = _BEFORE_WORD.search(text, max(0, w.start() - 24), w.start())
        if m:
            amounts.append((m.group(1), m.group(2)))
    for raw, scale in amounts:
        n = _number(raw)
        if n and n > 0:
            out.setdefault("money", set()).add(n * _SCALES.get((scale or "").lower(), 1.0))
    for kind, ns in counts_from_text(text, len(text)).items():
        if kind in ("killed", "injured"):
            out.setdefault(kind, set()).update(ns)
    for m in _VERB_COUNT.finditer(text):
        n = _number(m.group(2))
        if n and 0 < n < 1000:
            out.setdefault("killed" if m.group(1).lower().startswith("kill") else "injured", set()).add(n)
    return Figures(parse_day(article.published), {k: tuple(sorted(v)) for k, v in out.items()})


def conflict(a: Figures, b: Figures) -> bool:
    """Whether two openings give figures of one kind that cannot be of one event."""
    for kind, xs in a.values.items():
        ys = b.values.get(kind)
        if not ys:
            continue
        near = min((max(x, y) / min(x, y), abs(x - y)) for x in xs for y in ys)
        if near[0] < FACTOR or (kind != "money" and near[1] < MIN_DIFF):
            continue
        if a.day is not None and b.day is not None:
            low, high = (a, b) if max(xs) < max(ys) else (b, a)
            if high.day >= low.day:  # a toll or estimate updated upwards
                continue
        return True
    return False


def penalize(sims: list[list[float]], figures: Optional[list[Figures]], penalty: float) -> None:
    """Take `penalty` off the similarity of every pair whose figures conflict (in place)."""
    if not figures or penalty <= 0:
        return
    have = [i for i, f in enumerate(figures) if f.values]
    for n, i in enumerate(have):
        for j in have[n + 1:]:
            if conflict(figures[i], figures[j]):
                sims[i][j] -= penalty
                sims[j][i] -= penalty
