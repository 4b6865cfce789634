"""Line shapes of scraped text: what one line looks like, alone and across a batch.

The features `clean.text` and `clean.scoring` score lines by: words, terminal punctuation, title-case ratio,
hyphenated lowercase tokens, bullet markers, dates far from the article's, and how many
documents of the batch hold the same line; and, where a line's shape is unmistakable, its
clutter kind. General shapes of web pages, not any outlet's strings.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

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
# "RELATED ARTICLE - 2 killed in ...", "READ MORE: ...": another story's headline inside the
# body, whose figures are not this story's.
_RELATED_LINK = re.compile(r"^\s*(?:RELATED(?:\s+(?:ARTICLES?|STOR(?:Y|IES)|CONTENT|COVERAGE|LINKS?|VIDEO))?|"
                           r"Related(?:\s+(?:[Aa]rticles?|[Ss]tor(?:y|ies)|[Cc]overage|[Ll]inks?))?|READ\s+MORE|Read\s+more|"
                           r"ALSO\s+READ|Also\s+read|SEE\s+ALSO|See\s+also)\s*(?::|-|–|—|\|)\s*\S")
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
    if words <= 30 and _RELATED_LINK.match(text):
        return "related-headlines", "a link to another story under a label (\"RELATED:\", \"READ MORE:\")", True
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
