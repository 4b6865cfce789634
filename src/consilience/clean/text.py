"""Scraped-text clutter removal: label every line of a scraped page as body, blank or clutter.

Scrapers save a page's visible text with all its furniture: menus, related headlines, share
widgets, cookie and newsletter notices, CSS class names that leaked into the text, counters.
`classify_lines` labels each line in three steps:

1. Every non-empty line gets shape features (words, terminal punctuation, title-case ratio,
   hyphenated lowercase tokens, bullet markers, how many documents of the batch hold the same
   line) and, where its shape is unmistakable, a clutter kind (`separator`, `widget`,
   `css-class-names`, `ui-prompt`, `notice`, `relative-timestamp`, `timestamp`, ...).
2. Each line gets a score: positive for prose (by its length), negative for clutter. A small
   learned scorer (`data/line_scorer.json`: a logistic model over the line's shape and its
   neighbours' rule scores, trained by `benchmarks/train_line_classifier.py`) replaces the
   prose score when it is present; the rules work without it (tests run both ways).
   The body is the contiguous run of lines with the highest total score (maximum subarray),
   never crossing into a reader-comments section; prose lines right after it join it (scraped
   text often ends with the body), and headline- or credit-shaped lines at its edges leave it.
3. Lines inside the body block are body unless their shape is clearly clutter; lines outside
   are named by their position and shape: headline-like lines before the body are
   `headline`, runs of headline-like lines after it `related-headlines`, runs of one-to-three
   word lines `navigation`, a lone agency or "By ..." line right after it `credit`, ...

All rules are general shapes of web pages, not any outlet's strings.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

__all__ = ["Line", "LineStats", "classify_lines", "KINDS", "body_text"]

KINDS = (
    "body", "blank", "related-headlines", "css-class-names", "ui-prompt", "widget",
    "relative-timestamp", "separator", "navigation", "notice", "credit", "headline",
    "timestamp", "boilerplate",
)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the raw text
    text: str  # the raw line (no trailing newline)
    label: str  # "body" | "blank" | a clutter kind
    reason: str  # one short human-readable reason

from .lines import (  # noqa: F401  (LineStats is part of this module's API)
    _AGENCY_LINE, _BY_LINE, _CREDIT_START, LineStats, _parse_published, _Shape, shapes_of,
)
from .scoring import _rule_score, _Scorer, line_features  # noqa: F401  (line_features: trainer's API)


# ---------------------------------------------------------------- the body block


def _best_block(scores: list[Optional[float]]) -> tuple[int, int]:
    """Maximum-sum contiguous run of lines (blank lines score 0). (-1, -1) if none is positive."""
    best, best_span = 0.0, (-1, -1)
    run, start = 0.0, None
    for i, sc in enumerate(scores):
        if sc is None:
            continue
        if start is None or run <= 0:
            run, start = 0.0, i
        run += sc
        if run > best:
            best, best_span = run, (start, i)
    return best_span


# Tuning of the block search (measured on the extraction benchmark, see BENCHMARKS.md).
EDGE_TRIM_PROB = 0.9  # an edge line the rules call clutter stays only if the model is this sure
LONG_PROSE = 80.0  # a line this long (in rule-score units ~ words) keeps ...
PROSE_FLOOR = 0.25  # ... this share of its rule score under the learned scorer
BARRIER = -1e6  # a reader-comments header: the body block never crosses it
MIN_BODY_SCORE = 15.0  # prose needed before the comments for the body to be sought there
PROSE_LINE = 0.5  # any line that reads as prose by its own shape



def _extend_to_edges(start, end, shapes, rule_scores) -> tuple[int, int]:
    """Prose lines right before and right after the block join it, up to the first line that
    is not prose by its own shape.

    Scraped text often ends with the body itself, and the learned scorer, trained on
    whole-page renders (which always end in a footer), doubts a text's last lines.
    """
    if start < 0:
        return start, end
    tail = [i for i in range(end + 1, len(shapes)) if shapes[i] is not None]
    for i in tail:
        if rule_scores[i] < PROSE_LINE or shapes[i].barrier:
            break
        end = i
    for i in range(start - 1, -1, -1):
        if shapes[i] is None:
            continue
        if rule_scores[i] < PROSE_LINE or shapes[i].barrier:
            break
        start = i
    return start, end


def _trim_edges(start, end, shapes, rule_scores, probs_at) -> tuple[int, int]:
    """Headline-, credit- or menu-shaped lines at the edges of the block are not body.

    The learned scorer sees neighbours, so it tends to pull a title above the first
    paragraph or a credit below the last one into the block; the line's own shape decides.
    """
    if start < 0:
        return start, end

    def weak(i: int) -> bool:
        s = shapes[i]
        if s is None:
            return True
        if rule_scores[i] >= 0:
            return False
        return (not s.terminal and s.words <= 25) or probs_at.get(i, 0.0) < EDGE_TRIM_PROB

    while start < end and weak(start):
        start += 1
    while end > start and weak(end):
        end -= 1
    return start, end


def _best_block_before_comments(scores, shapes) -> tuple[int, int]:
    """The best block; once a reader-comments section starts, what follows is comments, so
    the body is sought before it whenever there is prose there."""
    barriers = [i for i, s in enumerate(shapes) if s is not None and s.barrier]
    if barriers:
        start, end = _best_block(scores[:barriers[0]])
        if start >= 0 and sum(sc for sc in scores[start:end + 1] if sc is not None) >= MIN_BODY_SCORE:
            return start, end
    return _best_block(scores)


def _run_lengths(flags: list[bool], shapes: list[Optional[_Shape]]) -> list[int]:
    """For each flagged non-blank line, the number of flagged lines in its run (blanks skipped)."""
    out = [0] * len(flags)
    idx = [i for i, s in enumerate(shapes) if s is not None]
    k = 0
    while k < len(idx):
        if not flags[idx[k]]:
            k += 1
            continue
        j = k
        while j + 1 < len(idx) and flags[idx[j + 1]]:
            j += 1
        for m in range(k, j + 1):
            out[idx[m]] = j - k + 1
        k = j + 1
    return out


def classify_lines(raw: str, stats: LineStats | None = None, published: str | None = None) -> list[Line]:
    """Label every line of raw text (one Line per line of raw.split('\\n'), in order)."""
    raw_lines = (raw or "").split("\n")
    pub = _parse_published(published)
    shapes = shapes_of(raw_lines, stats, pub)
    rule_scores: list[Optional[float]] = [None if s is None else _rule_score(s) for s in shapes]
    scores = list(rule_scores)
    probs_at: dict[int, float] = {}
    scorer = _Scorer.load()
    if scorer is not None and any(s is not None for s in shapes):
        rows = line_features(shapes)
        idx = [i for i, r in enumerate(rows) if r is not None]
        probs = scorer.probabilities([rows[i] for i in idx])
        for i, p in zip(idx, probs):
            s = shapes[i]
            probs_at[i] = p
            # The model's confidence, in the same units as the rule score (words).
            learned = (p - 0.5) * 2.0 * max(4.0, float(s.words))
            if s.strong:
                scores[i] = min(scores[i], learned)
            else:
                scores[i] = learned
                if rule_scores[i] >= LONG_PROSE:
                    scores[i] = max(learned, PROSE_FLOOR * rule_scores[i])
    for i, s in enumerate(shapes):
        if s is not None and s.barrier:
            scores[i] = BARRIER
    start, end = _best_block_before_comments(scores, shapes)
    if start < 0 and probs_at:
        # The learned scorer doubts a short text's edges (it was trained on whole pages):
        # when it finds no body at all, the rules decide.
        start, end = _best_block([BARRIER if s is not None and s.barrier else r for s, r in zip(shapes, rule_scores)])
    start, end = _extend_to_edges(start, end, shapes, rule_scores)
    start, end = _trim_edges(start, end, shapes, rule_scores, probs_at)

    headline_run = _run_lengths([bool(s and s.kind is None and (s.headline_like or (s.far_date and not s.terminal))) for s in shapes], shapes)
    short_run = _run_lengths([bool(s and s.kind is None and s.words <= 4 and not s.terminal) for s in shapes], shapes)
    css_run = _run_lengths([bool(s and s.kind == "css-class-names") for s in shapes], shapes)

    # Non-blank lines between the block's end and each line; the next non-blank line of each.
    gaps, count = [0] * len(shapes), 0
    for i in range(max(end + 1, 0), len(shapes)):
        gaps[i] = count
        count += shapes[i] is not None
    following: list[Optional[int]] = [None] * len(shapes)
    nxt = None
    for i in range(len(shapes) - 1, -1, -1):
        following[i] = nxt
        if shapes[i] is not None:
            nxt = i

    out: list[Line] = []
    for i, line in enumerate(raw_lines):
        s = shapes[i]
        number = i + 1
        if s is None:
            out.append(Line(number, line, "blank", "empty line"))
            continue
        inside = start <= i <= end
        if inside:
            label, reason = _inside_label(s, scores[i])
        elif start < 0 or i < start:
            label, reason = _before_label(s, headline_run[i], short_run[i], css_run[i])
        else:
            label, reason = _after_label(s, gaps[i], headline_run[i], short_run[i], css_run[i])
            after = following[i]
            if (label in ("boilerplate", "navigation") and s.words <= 4 and not s.terminal
                    and after is not None and headline_run[after] >= 2):
                label, reason = "related-headlines", "the label of a list of headlines below it"
        out.append(Line(number, line, label, reason))
    return out


def _inside_label(s: _Shape, score: float) -> tuple[str, str]:
    if s.kind is not None and s.strong:
        return s.kind, s.reason + " inside the body block"
    if s.kind is not None and s.words <= 12 and not s.terminal:
        return s.kind, s.reason + " inside the body block"
    if s.repeats >= 3 and s.words <= 12 and not s.terminal:
        return "boilerplate", f"short line repeated in {s.repeats} documents of the batch"
    return "body", "inside the main block of prose"


def _before_label(s: _Shape, headline_run: int, short_run: int, css_run: int) -> tuple[str, str]:
    if s.kind is not None:
        return _kind_with_run(s, css_run)
    if s.repeats >= 3:
        return "boilerplate", f"line repeated in {s.repeats} documents of the batch, before the body"
    if short_run >= 3:
        return "navigation", f"short line in a run of {short_run} menu-like lines before the body"
    if headline_run >= 4:
        return "related-headlines", f"headline-like line in a run of {headline_run} before the body"
    if s.words <= 30 and not (s.terminal and s.words >= 12):
        return "headline", "short headline-like line before the body"
    return "boilerplate", "text before the main block of prose"


def _after_label(s: _Shape, gap: int, headline_run: int, short_run: int, css_run: int) -> tuple[str, str]:
    if s.kind is not None:
        return _kind_with_run(s, css_run)
    if gap <= 3 and s.words <= 40 and _is_credit(s.text):
        return "credit", "agency or byline credit right after the body"
    if s.repeats >= 3:
        return "boilerplate", f"line repeated in {s.repeats} documents of the batch, after the body"
    if headline_run >= 2 or (s.far_date and not s.terminal):
        run = max(headline_run, 1)
        why = "dated far from the article" if s.far_date else "short title-case line"
        return "related-headlines", f"{why} in a run of {run} headline-like lines after the body"
    if short_run >= 3:
        return "navigation", f"short line in a run of {short_run} menu-like lines after the body"
    return "boilerplate", "text after the main block of prose"


def _kind_with_run(s: _Shape, css_run: int) -> tuple[str, str]:
    if s.kind == "css-class-names" and css_run > 1:
        return s.kind, f"{s.reason}, in a run of {css_run}"
    return s.kind, s.reason


def _is_credit(text: str) -> bool:
    text = text.strip()
    if _AGENCY_LINE.match(text) and len(text) <= 30:
        return True
    if _BY_LINE.match(text) and len(text.split()) <= 10:
        return True
    if _CREDIT_START.match(text):
        return True
    try:
        from .patterns import agency_name, parse_credit_line
    except ImportError:  # pragma: no cover - the field pass's helpers are optional here
        return False
    return bool(agency_name(text)) or bool(parse_credit_line(text))


def body_text(lines: Iterable[Line]) -> str:
    """The body lines, joined one paragraph per line (for benchmarks and quick looks)."""
    return "\n".join(line.text.strip() for line in lines if line.label == "body")
