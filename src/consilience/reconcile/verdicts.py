"""Verdicts: what a group of aligned claims says, with a reason a reader can check.

Interval logic decides consistency: 166 and "at least 163" can both hold (differing); 3 and 5
killed cannot (conflict), unless the later report revises a still-developing toll (update).
Reprints of one wire story count as one source.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .claims import Evidence
from .dates import date_verdict
from .hedging import certainty
from .parts import as_stated, condition_of, names_a_victim, not_a_toll
from .places import age_verdict, place_verdict
from .quotes import quote_verdict


def verdict(group: Sequence[Evidence], source_of: dict[str, str], published: dict[str, Optional[str]]) -> tuple[str, str]:
    sources = {source_of.get(e.article_id, e.article_id) for e in group}
    if len(group) == 1:
        return "unique", "reported by one source only"
    if len(sources) == 1:
        return "unique", f"{len(group)} reprints of one wire story: one source, not corroboration"
    kind = group[0].claim.kind
    if kind == "quantity":
        return _quantities(group, published)
    if kind == "date":
        return date_verdict(group)
    if kind == "quote":
        return quote_verdict(group)
    if kind == "place":
        return place_verdict([(e.text, e.article_text) for e in group])
    if kind == "age":
        return age_verdict([(int(e.text), published.get(e.article_id)) for e in group], group[0].subject[7:])
    return _statements(group)


# People counted in general, and plain synonyms of the groups reports count.
GENERIC = {"people", "person", "victim", "other", "total", "individual", "resident",
           # the toll itself counted ("a double homicide", "three bodies", "two deaths")
           "homicide", "murder", "killing", "slaying", "death", "body", "fatality", "casualty"}
SYNONYMS = {"kid": "child", "youngster": "child", "teen": "teenager", "youth": "teenager"}


def _group_noun(noun: str) -> str:
    """One name per group counted; `noun` is already singular (claims' counted noun)."""
    return SYNONYMS.get(noun, noun)


def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "∞"
    if x >= 1e6 and x % 1e5 == 0:
        return f"{x / 1e6:g} million"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _interval(e: Evidence) -> tuple[float, float]:
    low = e.low if e.low is not None else float("-inf")
    high = e.high if e.high is not None else float("inf")
    return low, high


def _central(e: Evidence) -> Optional[float]:
    low, high = _interval(e)
    if low != float("-inf") and high != float("inf"):
        return (low + high) / 2
    return e.low if e.low is not None else e.high


def _counted(e: Evidence) -> str:
    if names_a_victim(e):
        return "named victim"
    noun = _group_noun(e.counts) if e.counts else "all"
    return "all" if noun in GENERIC else noun


# A report's main toll counting men or women counts everyone: news style names the sex of a
# toll when all its victims share it ("three men and a woman" otherwise).
_SEXES = {"man", "woman", "male", "female"}


def _whole(e: Evidence) -> bool:
    """A toll that counts everyone: people in general, one sex, one victim described, or several
    groups added up; "31 children" may be a part of 40 people."""
    return _counted(e) in ("all", *_SEXES) or e.low == e.high == 1 or e.toll != (e.low, e.high)


def _main_tolls(group: Sequence[Evidence], published: dict[str, Optional[str]]) -> Optional[tuple[str, str]]:
    """Each report's main toll (its first figure of the measure, in its opening sentences)
    against the others': part-and-whole readings that excuse other figures do not apply to two
    reports each telling the toll of the event they lead with."""
    main = [replace(e, low=e.toll[0], high=e.toll[1],
                    text=e.text if e.toll == (e.low, e.high) else f"{e.text} and others ({_fmt(e.toll[0])} in all)")
            for e in group if e.toll and e.measure in ("killed", "injured") and not condition_of(e) and _whole(e)]
    if len({e.article_id for e in main}) < 2:
        return None
    label, reason = _figures(main, published)
    if label != "conflict":
        return None
    return label, f"the reports' main tolls {reason}"


_AGED = re.compile(r"\b(\d{1,3})\s*-?\s*(year|month|week)s?\s*-?\s*old\b", re.I)


def _one_victim_ages(group: Sequence[Evidence]) -> Optional[tuple[str, str]]:
    """Reports counting one victim, each described by an age ("a 17-year-old female" vs "the
    22-year-old female"): the same person cannot be both, a year apart aside."""
    aged = [(e, m) for e in group if e.low == e.high == 1 and (m := _AGED.search(e.text))]
    for i, (a, x) in enumerate(aged):
        for b, y in aged[i + 1:]:
            unit, age_a, age_b = x.group(2).lower(), int(x.group(1)), int(y.group(1))
            # A birthday may fall between two reports; a baby's age in months or weeks is exact.
            if y.group(2).lower() != unit or abs(age_a - age_b) <= (1 if unit == "year" else 0):
                continue
            # Reports naming both ages tell of two victims, not of one described twice.
            if _names_age(a.article_text, age_b, unit) or _names_age(b.article_text, age_a, unit):
                continue
            return "conflict", f"the one victim's age differs: {a.text} vs {b.text}"
    return None


def _names_age(text: str, age: int, unit: str) -> bool:
    return re.search(rf"\b{age}\s*-?\s*{unit}s?\b", text, re.I) is not None


def _quantities(group: Sequence[Evidence], published: dict[str, Optional[str]]) -> tuple[str, str]:
    group = [as_stated(e) for e in group]
    label, reason = _counts(group, published)
    tolls = [e for e in group if not not_a_toll(e)]
    if label not in ("conflict", "update") or len(tolls) == len(group):
        return label, reason
    # The contradiction or the revision may rest on figures that count nobody: judge the others alone.
    if len({e.article_id for e in tolls}) > 1:
        return _counts(tolls, published)
    words = " vs ".join(e.text for e in group)
    return "compatible", (f"one more victim, a victim's name or a sum over separate incidents is no toll to compare: "
                          f"{words}; no contradiction")


def _counts(group: Sequence[Evidence], published: dict[str, Optional[str]]) -> tuple[str, str]:
    main = _main_tolls(group, published) or _one_victim_ages(group)
    if main is not None:
        return main
    condition = [e for e in group if e.measure == "injured" and condition_of(e)]
    rest = [e for e in group if e not in condition]
    words = " vs ".join(e.text for e in group)
    if condition and rest and all((_central(e) or 0) <= max(_central(r) or 0 for r in rest) for e in condition):
        if len({e.article_id for e in rest}) > 1:
            label, reason = _counts(rest, published)
            if label != "agree":
                return label, reason
        return "compatible", f"injured in one condition counted within all injured: {words}; no contradiction"
    by_condition: dict[str, list[Evidence]] = {}
    for e in condition:
        by_condition.setdefault(condition_of(e), []).append(e)
    if not rest and len(by_condition) > 1:
        # "two in critical condition" and "three remained in hospital" count different parts;
        # reports giving the same condition must still agree.
        for members in by_condition.values():
            if len({e.article_id for e in members}) > 1 and (found := _figures(members, published))[0] == "conflict":
                return found
        return "compatible", f"injured in different conditions ({', '.join(sorted(by_condition))}): {words}; no contradiction"
    # Reports counting the same group must agree among themselves, whatever other groups say:
    # "one woman" in three reports does not excuse "one" against "five" people in two others.
    by_group: dict[str, list[Evidence]] = {}
    for e in group:
        by_group.setdefault(_counted(e), []).append(e)
    if len(by_group) > 1:
        for members in by_group.values():
            if len({e.article_id for e in members}) > 1:
                label, reason = _figures(members, published)
                if label == "conflict":
                    return label, reason
    groups = {_counted(e) for e in group if e.counts}
    specific = groups - {"all"}
    if len(specific) > 1:
        return "compatible", f"different groups counted ({' vs '.join(sorted(specific))}): {words}; no contradiction"
    if specific and "all" in groups:
        part = max((_central(e) or 0) for e in group if e.counts and _counted(e) in specific)
        whole = max((e.high if e.high is not None else float("inf")) for e in group
                    if e.counts is None or _counted(e) == "all")
        if part <= whole:
            return "compatible", (f"a part and the whole ({' within '.join(sorted(specific))} counted within all): "
                                  f"{words}; no contradiction")
    return _figures(group, published)


def _figures(group: Sequence[Evidence], published: dict[str, Optional[str]]) -> tuple[str, str]:
    """Interval logic over figures of one group counted."""
    words = " vs ".join(f"{e.text!s}" for e in group)
    centrals = {_central(e) for e in group}
    intervals = [_interval(e) for e in group]
    overlap = max(i[0] for i in intervals) <= min(i[1] for i in intervals)
    if len(centrals) == 1:
        return "agree", f"same figure: {words}"
    if overlap:
        return "differing", f"consistent but different figures: {words}; both can hold"
    ordered = sorted(group, key=lambda e: (published.get(e.article_id) or "", e.article_id))
    first, last = ordered[0], ordered[-1]
    if _is_update(ordered, published):
        return "update", (f"later report ({published.get(last.article_id)}) revises "
                          f"{_fmt(_central(first))} to {_fmt(_central(last))}")
    return "conflict", f"cannot both hold: {words}"


def _is_update(ordered: Sequence[Evidence], published: dict[str, Optional[str]]) -> bool:
    """Tolls grow as an event develops (the wounded die, victims are found), whatever the time
    between reports: figures that never fall from one report to a later one, and rise, are a
    revision. A later report with a lower toll, or two reports of one moment that differ,
    contradict."""
    first, last = ordered[0], ordered[-1]
    if first.measure not in ("killed", "injured", "missing", "arrested", "displaced"):
        return False
    times = [(published.get(e.article_id) or "")[:16] for e in ordered]
    if not times[0] or times[0] >= times[-1] or (_central(last) or 0) <= (_central(first) or 0):
        return False
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            if (_central(ordered[j]) or 0) < (_central(a) or 0) or times[j] == times[i] and _central(ordered[j]) != _central(a):
                return False
    return True


def _statements(group: Sequence[Evidence]) -> tuple[str, str]:
    hedges = {certainty(e.claim.hedging) for e in group}
    denials = {("denied" in e.claim.hedging) for e in group}
    if len(hedges) > 1:
        how = "; ".join(f"{e.claim.hedging.split('+')[0]} in {e.article_id[:8]}" for e in group)
        return "framing", f"the same fact told with different certainty: {how}"
    if denials == {True}:
        return "agree", "both attribute the claim and both carry the denial"
    if len(denials) > 1:
        return "framing", "one source carries a denial the other omits"
    return "agree", "the same statement in independent sources"
