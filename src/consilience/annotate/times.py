"""Time expressions, normalised against the publication date, with the events they date.

    find_times(article, doc=None) -> tuple[TimeRef, ...]

1. Candidates come from a grammar over the text (`times_grammar`): dates, months, years,
   weekdays, "last month", "two years ago", quarters, seasons, clock times, durations, sets
   and the vague references of TimeML (PRESENT_REF ...). spaCy's parse then vetoes the
   ambiguous ones ("May" the modal, a year that is a count).
2. Each is resolved (`times_resolve`) against `article.published` (a date, a datetime, or a
   partial "--MM-DD" whose year a later story step supplies) with the tense of the verb that
   governs it: past (VBD, VBN, did/had/was) picks the latest such date not after
   publication, future (will/would/shall/may + VB, "plans to") the earliest not before,
   otherwise the nearest. Expressions that carry their own year are `absolute`.
3. A dated point (not a duration, set or vague reference) is linked to what the sentence says
   happened then: the noun the date modifies ("the March 3 attack on ..." -> "attack on ...")
   or the clause of the verb it attaches to (subject, verb, object, other complements).

dateparser is not used: run over whole texts it finds dates in "We" and "1500", and no one
setting resolves both past and future references; these rules read the tense instead.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Article, Span, TimeRef
from .times_grammar import MONTHS, Cand, find_candidates
from .times_events import event_of
from .times_resolve import parse_dct, resolve
from .times_tense import tense_of

TIME_PREPS = {"in", "since", "by", "until", "till", "of", "from", "to", "before", "after",
              "during", "through", "between", "and", "or", "early", "late", "mid", "fiscal",
              "around", "circa", "throughout", "spring", "summer", "autumn", "fall", "winter",
              "-", "–", "year", "'s", "calendar", "the", "end", "beginning", "start", "middle"}
CLOCK_PREPS = {"at", "about", "around", "by", "until", "till", "after", "before", "from", "since", "to",
               "and", "between", "approximately", "roughly", "shortly", "just"}
COUNT_ENTS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
POINT_GRANULARITIES = {"year", "month", "week", "day", "minute", "hour", "part-of-day",
                       "quarter", "half", "season", "decade", "century"}


def find_times(article: Article, doc=None) -> tuple[TimeRef, ...]:
    text = article.text
    if not text.strip():
        return ()
    if doc is None:
        from .nlp import load_nlp

        doc = load_nlp()(text)
    dct = parse_dct(article.published)
    cands = _merge_clocks([c for c in find_candidates(text) if _plausible(c, doc, text)], text)
    refs: list[TimeRef] = []
    blocked = frozenset(t.i for c in cands for sp in [doc.char_span(c.start, c.end, alignment_mode="expand")]
                        if sp is not None for t in sp)
    resolved: dict[int, tuple] = {}
    order = sorted(range(len(cands)), key=lambda i: cands[i].kind == "clock")  # dates before clocks
    for i in order:
        c = cands[i]
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tense = tense_of(span)
        if c.kind == "weekday" and text.startswith(("'s ", "’s "), c.end):
            tense = None  # "Thursday's closing price": a day named as a past one, whatever the clause
        if c.kind == "the_day":  # "the day", "that night": the day last named, else the publication day
            days = [day for j in sorted(resolved) if cands[j].end <= c.start and (day := _day_of(resolved[j]))]
            c.f["ref_day"] = days[-1] if days else None
        if c.kind == "relunit" and c.f.get("rel", "").lower() == "the same":  # "the same month": the one last named
            same = [resolved[j] for j in sorted(resolved) if cands[j].end <= c.start
                    and resolved[j][1] == c.f["unit"].lower() and resolved[j][0][:1].isdigit()]
            c.f["same_as_value"] = same[-1] if same else None
        if c.f.get("pattern") == "year_quarter":  # "the 1988 quarter": the quarter the story is about, that year
            named = [resolved[j][0] for j in sorted(resolved) if cands[j].end <= c.start and resolved[j][1] == "quarter"]
            c.f["q_hint"] = int(named[-1][-1]) if named and named[-1][-1].isdigit() else None
        if c.kind == "relunit":
            c.f["narrative"] = _narrative(c, span, cands, resolved)
        if c.kind == "clock":
            day = c.f.get("with")
            if day is not None:
                day_result = resolve(day, dct, tense, text[day.start:day.end])
                c.f["date"] = day_result[0] if day_result and day_result[1] == "day" else None
            else:
                c.f["date"] = _adjacent_day(cands, resolved, i, text)
        result = resolve(c, dct, tense, text[c.start:c.end])
        if c.kind == "weekday" and result is not None and c.f.get("same_as") is not None:
            date_c = c.f["same_as"]  # "Thursday, Jan. 6": the weekday is that date
            dated = resolve(date_c, dct, tense, text[date_c.start:date_c.end])
            if dated is not None and dated[1] == "day" and dated[0][:1].isdigit():
                result = (dated[0], "day", result[2])
        if c.f.get("year_back") is not None:
            result = _a_year_before(result, c, cands, resolved, doc, dct, tense, text)
        elif c.kind in ("ago", "relunit") and result is not None:
            result = _same_period(c, result, cands, resolved, doc, text)
        if result is None:
            continue
        resolved[i] = result
        value, granularity, anchor = result
        if dct is None and anchor != "absolute":
            continue
        event = event_span = None
        if granularity in POINT_GRANULARITIES:
            found = event_of(span, doc, blocked, text)
            if found is not None:
                s, e = found
                event, event_span = text[s:e], Span(article.id, s, e)
        refs.append(TimeRef(Span(article.id, c.start, c.end), value, granularity, anchor,
                            event=event, event_span=event_span))
    return tuple(sorted(refs, key=lambda r: (r.span.start, r.span.end)))


# ---------------------------------------------------------------- vetoes from the parse


def _plausible(c: Cand, doc, text: str) -> bool:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first = span[0]
    prev = doc[first.i - 1] if first.i > 0 else None
    prev_word = prev.lower_ if prev is not None else ""
    ents = {t.ent_type_ for t in span if t.ent_type_}
    if c.kind in ("weekday", "date", "month") and first.ent_type_ == "EVENT" and first.ent_iob_ == "I" \
            and ("year" in c.f or not any(t.like_num for t in span)):  # "the Aug. 7 embassy bombings" is dated
        return False  # a named day ("Black Friday") is an event, not that week's Friday
    if c.kind == "month":
        if ents & {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"}:
            return False
        word = c.f["month"].lower().rstrip(".")
        if word in ("may", "march") and len(span) == 1:
            if first.tag_ == "MD" or first.pos_ == "VERB":
                return False
            return prev_word in TIME_PREPS or prev_word in ("last", "this", "next", "in", "of")
        if len(word) <= 4 and not c.f["month"].endswith(".") and MONTHS.get(word) and len(span) == 1:
            return word in ("june", "july") and first.ent_type_ == "DATE"
        return True
    if c.kind == "year":
        nxt = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
        if nxt is not None and (nxt.text in ("%", "percent") or nxt.lower_ in ("people", "troops", "men", "women")):
            return False
        if prev is not None and prev.text in ("$", "#", "No.", "no.", "£", "€"):
            return False
        if first.ent_type_ in COUNT_ENTS and prev_word not in TIME_PREPS:
            return False
        if c.f.get("pattern") == "year" and len(span) == 1 and prev is not None and prev.pos_ == "PROPN" \
                and prev.text[:1].isupper() and prev_word.rstrip(".") not in MONTHS and (
                    first.ent_type_ != "DATE" or (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())):
            return False  # a name: "the Russell 2000 Index", "Orion 1980"
        return True
    if c.kind in ("weekday", "season") and ents & {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC"}:
        return c.kind == "weekday" and "DATE" in ents
    if c.f.get("pattern") == "clock24" and not c.f.get("tz"):
        # a bare "3:02" is as often a running time or a score: only "at 3:02", "by 14:30" are clocks
        return prev_word in CLOCK_PREPS
    if c.kind == "duration" and c.f.get("unit", "").lower() == "quarter":
        num = c.f.get("num", "").lower()
        if num in ("a", "an"):
            return False  # a fraction: "about a quarter of its dealers"
        if span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].lower_ == "of" and (
                num in ("one", "three") or "-" in text[c.start:c.end]):
            return False  # "three-quarters of its food", not "two consecutive quarters of losses"
    if c.kind == "relday" and first.text[0].isupper() and ents & {"ORG", "WORK_OF_ART", "PRODUCT"} \
            and prev is not None and not prev.is_sent_end and not prev.is_punct:
        return False  # a name: "VOA Today"
    if c.kind == "duration" and c.f.get("num", "").lower() in ("a", "an") and prev is not None \
            and (prev.pos_ in ("NOUN", "NUM", "SYM", "PROPN") or prev.like_num):
        c.f["rate"] = True  # a rate: "four flights a week", "$500 million a year": a set (TimeML)
    if c.kind == "set" and c.f.get("pattern") == "set2" and first.text[0].isupper() and not first.is_sent_start:
        return False  # a title: "the Daily Telegraph", "Weekly Standard"
    if c.kind == "ref" and c.f["word"].lower() == "the future" and text.startswith(" of ", c.end):
        return False  # "the future of our peoples": a fate, not a time
    if c.kind == "ref" and c.f["word"].lower() == "current":
        return first.dep_ == "amod" and first.head.lower_ not in ("account", "accounts", "affairs", "events", "flow")
    return True


# ---------------------------------------------------------------- clocks take their day


DAY_KINDS = {"weekday", "relday", "date"}


def _merge_clocks(cands: list[Cand], text: str) -> list[Cand]:
    """"16:00 UTC today", "Monday 9 a.m.": one expression, the clock on that day."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.kind == "weekday" and nxt is not None and nxt.kind == "date" and text[c.end:nxt.start] in (", ", " "):
            c.f["same_as"] = nxt
        if nxt is not None and text[c.end:nxt.start] == " " and c.kind in PERIOD_KINDS and _year_back(nxt):
            f = dict(c.f)  # "the quarter a year ago", "the same month a year earlier": one expression
            f["year_back"] = nxt
            out.append(Cand(c.start, nxt.end, c.kind, f))
            i += 2
            continue
        if nxt is not None and text[c.end:nxt.start] == " " and (
                (c.kind == "clock" and nxt.kind in DAY_KINDS) or (c.kind in DAY_KINDS and nxt.kind == "clock")):
            clock, day = (c, nxt) if c.kind == "clock" else (nxt, c)
            f = dict(clock.f)
            f["with"] = day
            out.append(Cand(c.start, nxt.end, "clock", f))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


ANAPHORIC = {"the following": 1, "the previous": -1, "the preceding": -1, "that": 0}
NARRATIVE_GRANULARITIES = {"year": ("year", "quarter", "half", "season", "month", "day", "part-of-day", "minute"),
                           "month": ("month", "day", "part-of-day", "minute"), "quarter": ("quarter",)}


def _narrative(c: Cand, span, cands, resolved) -> Optional[str]:
    """"the following year", "the previous month" count from the time the story last named, and
    "the full year" after "the fourth quarter of 2005" in one sentence is that year."""
    unit, rel = c.f.get("unit", "").lower(), c.f.get("rel", "").lower()
    shift = ANAPHORIC.get(rel)
    whole = c.f.get("adj", "").lower() in ("full", "entire", "whole")
    if unit not in NARRATIVE_GRANULARITIES or (shift is None and not whole):
        return None
    since = span.sent.start_char if shift is None else 0
    named = [resolved[j] for j in sorted(resolved) if since <= cands[j].start and cands[j].end <= c.start
             and resolved[j][1] in NARRATIVE_GRANULARITIES[unit] and resolved[j][0][:4].isdigit()]
    if not named:
        return None
    value = named[-1][0]
    if unit == "quarter":
        return value if shift == 0 else None
    if unit == "year":
        return f"{int(value[:4]) + (shift or 0):04d}"
    if len(value) < 7 or value[4] != "-" or not value[5:7].isdigit():
        return None
    y, m = divmod(int(value[:4]) * 12 + int(value[5:7]) - 1 + (shift or 0), 12)
    return f"{y:04d}-{m + 1:02d}"


PERIOD_KINDS = {"quarter", "half", "relunit", "month"}


def _year_back(c: Cand) -> bool:
    return c.kind == "ago" and c.f.get("unit", "").lower() == "year" and c.f.get("num", "").lower() in ("a", "one") \
        and c.f.get("dir", "").lower() in ("ago", "earlier", "before")


PERIOD_GRANULARITIES = {"quarter", "half", "month"}
PERIOD_LOOKBACK = 1000  # characters back to the period a "year ago" compares with


def _same_period(c: Cand, result, cands, resolved, doc, text):
    """"a year ago" after "the third quarter" in one sentence means that quarter a year before."""
    value, granularity, anchor = result
    if granularity != "year":
        return result
    if c.kind == "ago" and (c.f.get("dir", "").lower() not in ("ago", "earlier", "before")
                            or c.f.get("num", "").lower() not in ("a", "one", "1")):
        return result
    if c.kind == "relunit" and not re.search(r"\b(?:period|quarter|months?)\s+$", text[max(0, c.start - 20):c.start]):
        return result
    best = None
    for j, other in enumerate(cands):
        if j in resolved and c.start - PERIOD_LOOKBACK <= other.start < c.start \
                and resolved[j][1] in PERIOD_GRANULARITIES:
            best = resolved[j][0]
    if best is None or not best[:4].isdigit():
        return result
    shift = int(best[:4]) - int(value[:4])
    if shift <= 0:
        return result
    return (f"{int(value[:4]):04d}{best[4:]}", resolved_granularity(best), anchor)


def _a_year_before(result, c: Cand, cands, resolved, doc, dct, tense, text):
    """The period named, a year back; a period that does not resolve ("the same period") is
    the one the year-ago phrase alone gives."""
    if result is not None and result[0][:4].isdigit() and result[1] in PERIOD_GRANULARITIES | {"year", "week"}:
        value, granularity, anchor = result
        return f"{int(value[:4]) - 1:04d}{value[4:]}", granularity, anchor
    ago = c.f["year_back"]
    alone = resolve(ago, dct, tense, text[ago.start:ago.end])
    return _same_period(ago, alone, cands, resolved, doc, text) if alone is not None else None


def resolved_granularity(value: str) -> str:
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    return "month"


def _day_of(result: tuple) -> Optional[str]:
    """The day a resolved day or part of a day ("that night") falls on, or None."""
    value, granularity = result[0], result[1]
    return value[:10] if granularity in ("day", "part-of-day") else None


def _adjacent_day(cands: list[Cand], resolved: dict, i: int, text: str) -> Optional[str]:
    c = cands[i]
    best = None
    for j, other in enumerate(cands):
        if j == i or j not in resolved:
            continue
        value = _day_of(resolved[j])
        if value is None or "X" in value:
            continue
        gap = text[other.end:c.start] if other.end <= c.start else text[c.end:other.start]
        if len(gap) <= 12 and "." not in gap.replace("a.m.", "").replace("p.m.", ""):
            if best is None or len(gap) < best[0]:
                best = (len(gap), value)
    return best[1] if best else None
