"""Line scores for `clean.text`: rule evidence for body or clutter, and the optional learned scorer.

The rule score is in units of words: positive for prose, negative for clutter shapes. The
learned scorer (`data/line_scorer.json`, trained by `benchmarks/train_line_classifier.py`) is a
small logistic or boosted-tree model over `line_features`; without the file the rules work alone.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Optional

from ..shipped_model import ShippedModel, sigmoid
from .lines import _Shape


def _rule_score(s: _Shape) -> float:
    """Evidence for body (positive) or clutter (negative), in units of words."""
    if s.kind is not None:
        return -max(8.0, float(s.words)) if s.strong else -max(4.0, 0.5 * s.words)
    w = float(s.words)
    if s.repeats >= 3 and (not s.terminal or s.words < 12):
        return -max(6.0, w)
    if s.far_date and not s.terminal:
        return -max(6.0, w)
    if s.terminal and s.words >= 8 and s.lower_ratio >= 0.3:
        score = w
    elif s.words >= 20 and s.lower_ratio >= 0.4:
        score = 0.8 * w
    elif s.terminal and s.words >= 5:
        score = 0.3 * w
    elif s.headline_like:
        score = -0.6 * w - 2
    elif s.short:
        score = -3.0
    else:
        score = -0.2 * w - 1
    if s.repeats >= 5 and score > 0:
        score *= 0.5
    return score


class _Scorer(ShippedModel):
    """Optional learned line scorer: a logistic model over line and context features (JSON)."""

    path = Path(__file__).with_name("data") / "line_scorer.json"

    def __init__(self, spec: dict):
        self.names = spec["features"]
        self.mean = spec.get("mean", [])
        self.scale = spec.get("scale", [])
        self.coef = spec.get("coef", [])
        self.intercept = spec.get("intercept", 0.0)
        self.trees = spec.get("trees") or []
        self.init = spec.get("init", 0.0)
        self.rate = spec.get("learning_rate", 0.1)

    def _tree_probability(self, row: list[float]) -> float:
        z = self.init
        for tree in self.trees:
            feature, threshold, left, right, value = tree
            node = 0
            while left[node] >= 0:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            z += self.rate * value[node]
        return sigmoid(z)

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        if self.trees:
            return [self._tree_probability(row) for row in rows]
        out = []
        for row in rows:
            z = self.intercept
            for x, m, sc, c in zip(row, self.mean, self.scale, self.coef):
                z += c * (x - m) / sc
            out.append(sigmoid(z))
        return out


FEATURES = (
    "log_words", "terminal", "title_ratio", "lower_ratio", "bullet", "kind", "strong",
    "repeats", "far_date", "headline_like", "short", "stamp", "rule",
    "prev_rule", "next_rule", "window_rule", "comma_rate", "digit_rate", "upper_start",
    "quote", "avg_word_len", "near_long", "page_repeats",
)


def line_features(shapes: list[Optional[_Shape]]) -> list[Optional[list[float]]]:
    """Per-line feature rows (None for blank lines), used by the learned scorer and its trainer."""
    idx = [i for i, s in enumerate(shapes) if s is not None]
    rules = {i: _rule_score(shapes[i]) for i in idx}
    n = len(idx)
    prose_total = sum(max(0.0, r) for r in rules.values()) or 1.0
    prose_before, acc = {}, 0.0
    for i in idx:
        prose_before[i] = acc / prose_total
        acc += max(0.0, rules[i])
    rows: list[Optional[list[float]]] = [None] * len(shapes)
    for k, i in enumerate(idx):
        s = shapes[i]
        prev_rule = rules[idx[k - 1]] if k > 0 else -10.0
        next_rule = rules[idx[k + 1]] if k + 1 < n else -10.0
        window = [rules[idx[j]] for j in range(max(0, k - 3), min(n, k + 4))]
        near_long = max((shapes[idx[j]].words for j in range(max(0, k - 2), min(n, k + 3)) if j != k), default=0)
        text = s.text
        rows[i] = [
            math.log1p(s.words), float(s.terminal), s.title_ratio, s.lower_ratio, float(s.bullet),
            float(s.kind is not None), float(s.strong), math.log1p(_furniture_repeats(s)), float(s.far_date),
            float(s.headline_like), float(s.short), float(s.stamp), _squash(rules[i]),
            prose_before[i], _squash(prev_rule), _squash(next_rule), _squash(sum(window)),
            text.count(",") / max(1, s.words), sum(c.isdigit() for c in text) / max(1, len(text)),
            float(text[:1].isupper()), float(bool(re.search(r"[\"“”]", text))),
            sum(len(w) for w in text.split()) / max(1, s.words), math.log1p(near_long),
            math.log1p(s.doc_repeats - 1) if s.words <= 12 else 0.0,
        ]
    return rows


def _furniture_repeats(s: _Shape) -> int:
    """Repetition across the batch counts against short or unterminated lines only: wire copy
    repeats whole paragraphs across outlets, and those paragraphs are body."""
    return s.repeats if (s.words < 12 or not s.terminal) else 0


def _squash(x: float) -> float:
    return math.copysign(math.log1p(abs(x)), x)
