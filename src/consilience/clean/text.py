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

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
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


# ---------------------------------------------------------------- batch statistics


def normalise_line(line: str) -> str:
    """Case, spacing, digits and bullets folded, so the same furniture matches across pages."""
    text = _BULLET.sub("", line.strip())
    text = re.sub(r"\d+", "0", text.lower())
    return re.sub(r"\s+", " ", text).strip()


class LineStats:
    """Counts normalised lines across the documents of one batch."""

    def __init__(self, counts: Optional[Counter] = None, documents: int = 0):
        self._counts: Counter = counts if counts is not None else Counter()
        self.documents = documents

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "LineStats":
        counts: Counter = Counter()
        documents = 0
        for text in texts:
            documents += 1
            counts.update({normalise_line(line) for line in (text or "").split("\n") if line.strip()})
        return cls(counts, documents)

    def count(self, line: str) -> int:
        """How many documents of the batch contain this line."""
        key = normalise_line(line)
        return self._counts.get(key, 0) if key else 0


# ---------------------------------------------------------------- line shapes

_BULLET = re.compile(r"^\s*(?:[•·●▪■◦‣∙○►▶»›*+]|-(?=\s)|\d{1,2}[.)](?=\s))\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.U)
_TERMINAL = re.compile(r"[.!?…。！？](?:[\"'”’»)\]」』]*)\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SMALL_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
    "from", "as", "is", "vs", "via", "into", "over", "after", "amid", "up", "out", "its", "de",
}
_CSS_TOKEN = re.compile(r"^(?:[a-z][a-z0-9]*(?:(?:-{1,2}|_{1,2})[a-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]+)$")
_NO_ALNUM = re.compile(r"^[\W_]+$", re.U)
_COUNTER = re.compile(r"^[\s\d.,:/|()+\-–—%kKmM×x]+$")
_RELATIVE = re.compile(
    r"^(?:(?:updated|posted|published|added)\s*:?\s*)?(?:(?:about|over|almost|nearly)\s+)?"
    r"(?:\d+|an?|one|few)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|"
    r"mos?|months?|y|yrs?|years?)\s+ago$|^(?:just now|yesterday|today)$",
    re.I,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTHS = {m: i for i, ms in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in ms}
_DATE_IN_LINE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<y1>(?:19|20)\d\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<mo3>\d\d)-\d\d)\b",
    re.I,
)
_DATE_WORDS = re.compile(
    rf"\b(?:{_MONTH}|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|[ap]\.?m\.?|gmt|utc|[ecmp][sd]t|ist|bst|cet|et|updated|published|"
    r"posted|last|modified|on|at|ago|seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"mins?|hrs?|yesterday|today|just|now|an?|about|date|time)\b|\d+(?:st|nd|rd|th)?",
    re.I,
)
# Imperative prompts of page furniture: a short line that starts with (or is mostly) one of these.
_UI_PROMPT = re.compile(
    r"^(?:please\s+)?(?:click|tap|press|subscribe|sign\s*(?:up|in)|log\s*(?:in|out)|register|"
    r"enter\s+(?:the|your)|type\s+the|share|follow|like\s+us|join|download|install|watch|listen|"
    r"read\s+(?:more|full|next|the\s+full)|see\s+(?:more|all|also)|view\s+(?:more|all|comments|gallery)|"
    r"load\s+more|show\s+more|continue\s+reading|skip\s+to|back\s+to\s+top|go\s+to|scroll|"
    r"enable\s+javascript|unblock|allow\s+notifications|turn\s+on|get\s+(?:the\s+app|our|the\s+latest)|"
    r"send\s+(?:us|to|a\s+tip)|email\s+(?:this|us)|print\s+this|leave\s+a\s+(?:comment|reply)|"
    r"post\s+a?\s*comment|add\s+(?:a\s+)?comment|write\s+a\s+comment|report\s+(?:this|an?\s+error|a\s+typo)|"
    r"accept|agree|continue|close|dismiss|play|pause|mute|open|expand|toggle|"
    r"(?:you\s+must|please)\s+(?:enter|enable|log|sign|select|allow|update|upgrade))\b",
    re.I,
)
_UI_ANYWHERE = re.compile(
    r"\b(?:click\s+(?:here|it|to|the|on\s+(?:the|this|a|an|it)\b)|tap\s+(?:here|to)|enable\s+javascript|javascript\s+(?:is\s+)?"
    r"(?:disabled|required)|your\s+browser\s+(?:does\s+not|doesn'?t)|(?:enter|type)\s+the\s+characters|"
    r"unblock\s+the\s+notifications|push\s+notifications|sign\s+up\s+(?:for|to)|subscribe\s+(?:to|now|for)|"
    r"follow\s+us\s+on|share\s+(?:this|on)\s|download\s+(?:our|the)\s+app|(?:adobe\s+)?flash\s+player|"
    r"to\s+(?:view|watch|play)\s+(?:this|the)\s+(?:video|content|gallery))\b",
    re.I,
)
_NOTICE = re.compile(
    r"\b(?:cookies?|newsletters?|advertisements?|advertising|advert|sponsored|promoted\s+content|"
    r"all\s+rights\s+reserved|copyright|©|privacy\s+policy|terms\s+(?:of|and)\s+(?:use|service|conditions)|"
    r"captcha|not\s+a\s+robot|this\s+material\s+may\s+not\s+be|may\s+not\s+be\s+(?:published|reproduced|"
    r"redistributed)|subscribers?\s+only|subscription|paywall|ad\s*blocker|disable\s+your\s+ad|"
    r"free\s+articles?\s+(?:left|remaining)|already\s+a\s+subscriber|inbox|user\s+agreement|"
    r"community\s+guidelines|comments?\s+(?:are|is)\s+(?:closed|moderated)|trouble\s+viewing|"
    r"verification\s+(?:e-?mail|message|link|code)|update\s+your\s+profile|thank\s+you\s+for\s+(?:registering|signing\s+up|subscribing)|"
    r"email\s+notifications|create\s+(?:a|an|your)\s+(?:free\s+)?account)\b",
    re.I,
)
_WIDGET_WORDS = {
    "share", "shares", "shared", "tweet", "tweets", "like", "likes", "pin", "pinit", "email",
    "e-mail", "mail", "print", "comment", "comments", "reply", "replies", "views", "view",
    "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "tumblr", "telegram",
    "messenger", "sms", "copy", "link", "save", "saved", "bookmark", "follow", "followers",
    "recommend", "reactions", "votes", "vote", "rating", "rate", "flag", "report", "more", "less",
    "google", "gmail", "x", "instagram", "youtube", "rss", "feed", "up", "down", "next",
    "previous", "prev", "top", "of", "this", "article", "story", "post", "on", "the", "and",
}
_NAV_SPLIT = re.compile(r"\s+(?:\||/|»|›|>|•|·|::)\s+")
_BY_LINE = re.compile(r"^(?i:by)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:\s*(?:,|and|&)\s*[A-Z][\w'’. -]*)*$")
_AGENCY_LINE = re.compile(r"^[(\[©]?\s*(?:[A-Z]{2,6}(?:/[A-Z]{2,6})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:News|Press|Agency|Wire))\s*[)\]]?$")
_CREDIT_START = re.compile(
    r"^(?:(?:additional\s+)?(?:writing|reporting|editing|written|reported|compiled|edited)\s+by|"
    r"(?:photo|image|video|graphic)s?\s*(?:by|:|credit)|contributed\s+to\s+this|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+contributed\s+to)",
    re.I,
)
_COMMENT_HEADER = re.compile(
    r"^\S+(?:\s+\S+){0,3}\s+(?:says|writes)\s*:?\s*$"
    r"|^.{1,60}\d.{0,40}\b(?:said|says|wrote|writes|commented)\s*:\s*$",
    re.I,
)
_COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:(?:top|most|best|newest|oldest|all|recent|featured|reader|readers'?)\s+)*"
    r"(?:comments?|responses?|replies|reactions|discussion)(?:\s*\(\d+\))?(?:\s+(?:to|on|for)\b.*)?$"
    r"|^(?:leave|post|add|write|join)\s+(?:a|the|your)\s+(?:comment|reply|discussion|conversation)\b"
    r"|^(?:show|view|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments\b",
    re.I,
)
_MARKER = re.compile(r"^[#*=~_<>\[\]{}|]{2,}\s*[\w .'-]{1,40}?\s*[#*=~_<>\[\]{}|]{2,}$")
_GALLERY = re.compile(r"^(?:image|photo|picture|slide|video)\s+\d+\s+(?:of|/)\s+\d+\b", re.I)
_HEADLINE_TAIL = re.compile(r"\s[-–—|»›]\s*$")


@dataclass
class _Shape:
    text: str  # stripped, bullet removed
    words: int
    alpha_words: int
    terminal: bool
    title_ratio: float
    lower_ratio: float
    bullet: bool
    kind: Optional[str]  # unmistakable clutter kind from the shape alone
    reason: str
    strong: bool  # clutter even inside the body block
    repeats: int
    far_date: bool
    headline_like: bool
    short: bool
    stamp: bool
    barrier: bool = False  # a reader-comments section starts here: the body never crosses it
    doc_repeats: int = 1


def shapes_of(raw_lines: list[str], stats: Optional[LineStats], published: Optional[date]) -> list[Optional[_Shape]]:
    """Shapes of every line (None for blank lines), with repetition inside the document."""
    shapes = [_shape(line, stats, published) if line.strip() else None for line in raw_lines]
    local = Counter(normalise_line(line) for line in raw_lines if line.strip())
    for line, s in zip(raw_lines, shapes):
        if s is None:
            continue
        s.doc_repeats = local[normalise_line(line)]
    return shapes


def _shape(raw: str, stats: Optional[LineStats], published: Optional[date]) -> _Shape:
    stripped = raw.strip()
    bullet = bool(_BULLET.match(stripped)) and not re.match(r"^\d{1,2}[.)]\s", stripped)
    text = _BULLET.sub("", stripped).strip() if bullet else stripped
    tokens = text.split()
    # Scripts written without spaces (Chinese, Japanese) count about two characters a word.
    words = len(tokens) + len(_CJK.findall(text)) // 2
    alpha = [w for w in _WORD.findall(text)]
    content = [w for w in alpha if w.lower() not in _SMALL_WORDS]
    capital = sum(1 for w in content if w[0].isupper())
    title_ratio = capital / len(content) if content else 0.0
    cased = [w for w in alpha if w[0].islower() or w[0].isupper()]
    # Scripts without case (CJK, Arabic, Hindi, ...) read as prose-like here; shape decides.
    lower_ratio = sum(1 for w in cased if w[0].islower()) / len(cased) if cased else (1.0 if alpha else 0.0)
    # A line cut off with an ellipsis is a teaser ("... placed on the door step of the...").
    truncated = bool(re.search(r"(?:\.\.\.|…)\s*$", text))
    terminal = bool(_TERMINAL.search(text)) and not truncated
    repeats = stats.count(raw) if stats is not None else 0
    far_date = _far_date(text, published)
    short = words <= 3
    headline_like = (
        3 <= words <= 25 and not terminal and (title_ratio >= 0.6 or bool(_HEADLINE_TAIL.search(text)))
    ) or (3 <= words <= 25 and text.endswith("?") and title_ratio >= 0.7)
    stamp = _is_stamp(text)
    kind, reason, strong = _kind(text, tokens, words, alpha, terminal, bullet, stamp)
    barrier = "reader comment" in reason
    return _Shape(
        text, words, len(alpha), terminal, title_ratio, lower_ratio, bullet, kind, reason, strong,
        repeats, far_date, headline_like, short, stamp, barrier,
    )


def _kind(text, tokens, words, alpha, terminal, bullet, stamp) -> tuple[Optional[str], str, bool]:
    low = text.lower()
    if words <= 14 and _COMMENTS_START.match(text):
        if words <= 4:
            return "widget", "comments widget: reader comments start here", True
        return "boilerplate", "heading of a reader-comments section", True
    if words <= 14 and _COMMENT_HEADER.match(text):
        return "boilerplate", "header of a reader comment", True
    if _NO_ALNUM.match(text):
        return "separator", "a line of punctuation only", True
    if _MARKER.match(text):
        return "separator", "a marker line wrapped in punctuation", True
    if _GALLERY.match(text):
        return "widget", "a photo-gallery counter and its caption", words <= 12
    if _COUNTER.match(text) and not re.fullmatch(r"(?:19|20)\d\d", text.strip()):
        return "widget", "a counter: numbers and punctuation only", True
    if _RELATIVE.match(text.strip(" .·•|")):
        return "relative-timestamp", "a relative time stamp of the page's rendering", True
    if tokens and all(_CSS_TOKEN.match(t) for t in tokens) and words <= 6:
        return "css-class-names", "hyphenated lowercase tokens (CSS class names)", True
    if words <= 40 and _UI_ANYWHERE.search(text):
        return "ui-prompt", "a prompt to act on the page (click, subscribe, share, ...)", words <= 15
    if words <= 12 and _UI_PROMPT.match(text) and not (terminal and words >= 8):
        return "ui-prompt", "a short imperative prompt of the page's interface", words <= 6
    notices = len({m.group(0).lower() for m in _NOTICE.finditer(text)}) if words <= 80 else 0
    if notices and (words <= 45 or notices >= 2):
        reported = bool(re.search(r"\b(?:said|says|told|according)\b", low))
        strong = not reported and (words <= 25 or notices >= 2)
        return "notice", "a cookie, newsletter, advert, copyright or subscription notice", strong
    if 1 <= words <= 6 and alpha:
        stripped = [re.sub(r"[^\w-]", "", t.lower()) for t in tokens]
        stripped = [t for t in stripped if t and not t.isdigit()]
        if stripped and all(t in _WIDGET_WORDS for t in stripped) and any(
            t not in ("of", "this", "the", "on", "and", "up", "down", "more", "less", "top", "next")
            for t in stripped
        ):
            return "widget", "share, like or comment widget labels", True
    if stamp:
        return "timestamp", "a date/time stamp", True
    parts = [p for p in _NAV_SPLIT.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not terminal:
        return "navigation", f"a menu of {len(parts)} short items joined by separators", words <= 12
    if _BY_LINE.match(text) and words <= 10:
        return "credit", "a byline", False
    return None, "", False


def _is_stamp(text: str) -> bool:
    if len(text) > 90 or not re.search(r"\d", text):
        return False
    if not (_DATE_IN_LINE.search(text) or re.search(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}:\d\d\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b", text, re.I)
            or _RELATIVE.search(text)):
        return False
    leftover = _DATE_WORDS.sub(" ", text)
    leftover = re.sub(r"[\W_]+", " ", leftover).strip()
    return len(leftover.split()) <= 1


def _far_date(text: str, published: Optional[date]) -> bool:
    if published is None:
        return False
    for match in _DATE_IN_LINE.finditer(text):
        year = int(match.group("y1") or match.group("y2") or match.group("y3"))
        month_word = (match.group("m1") or match.group("m2") or "").lower().rstrip(".")
        month = _MONTHS.get(month_word) or int(match.group("mo3") or 6)
        if abs((year - published.year) * 12 + month - published.month) > 12:
            return True
    return False


def _parse_published(published: Optional[str]) -> Optional[date]:
    if not published:
        return None
    match = re.match(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?", str(published))
    if not match:
        try:  # "January 12, 2015" and the like, through the field pass's date reader
            from .patterns import parse_date

            match = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", parse_date(str(published)) or "")
        except ImportError:  # pragma: no cover
            match = None
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
    except ValueError:
        return None


# ---------------------------------------------------------------- scoring


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


class _Scorer:
    """Optional learned line scorer: a logistic model over line and context features (JSON)."""

    path = Path(__file__).with_name("data") / "line_scorer.json"
    _loaded: Optional["_Scorer"] = None
    _tried = False

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
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls) -> Optional["_Scorer"]:
        if not cls._tried:
            cls._tried = True
            try:
                cls._loaded = cls(json.loads(cls.path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError):
                cls._loaded = None
        return cls._loaded

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        if self.trees:
            return [self._tree_probability(row) for row in rows]
        out = []
        for row in rows:
            z = self.intercept
            for x, m, sc, c in zip(row, self.mean, self.scale, self.coef):
                z += c * (x - m) / sc
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
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
