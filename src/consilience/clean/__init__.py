"""The clean stage: a `Document` becomes an `Article` with a clean body and its fields."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlparse

from ..model import Article, Credit, Document
from .fields import Fields, extract_fields
from .html import extract_html
from .patterns import parse_date


class EmptyArticle(ValueError):
    pass


@dataclass(frozen=True)
class _Paragraph:
    number: int
    text: str
    label: str = "body"
    reason: str = "extracted article body"


def article_id(text: str) -> str:
    normalised = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def article_from_text(raw: str, origin: str, stats=None, hints: Optional[dict] = None) -> Article:
    from .text import classify_lines

    hints = hints or {}
    lines = classify_lines(raw, stats=stats, published=hints.get("published"))
    fields = extract_fields(lines, title_hint=hints.get("title"))
    return _article(origin, fields, hints)


def article_from_html(html: str, origin: str, hints: Optional[dict] = None) -> Article:
    hints = hints or {}
    extraction = extract_html(html, url=hints.get("url"))
    lines = [_Paragraph(i, p) for i, p in enumerate(extraction.paragraphs, start=1)]
    fields = extract_fields(lines, title_hint=hints.get("title") or extraction.title, numbered=False)
    fields.captions = list(dict.fromkeys(extraction.captions + fields.captions))
    if extraction.authors and not any(c.role in ("author", "writing") for c in fields.authors):
        fields.authors.extend(Credit(name=a.strip(), role="author") for a in re.split(r";|\band\b", extraction.authors) if a.strip())
    if extraction.published and not hints.get("published"):
        hints = {**hints, "published": extraction.published}
    hints.setdefault("url", extraction.url)
    hints.setdefault("site", extraction.sitename or extraction.hostname)
    return _article(origin, fields, hints, language=extraction.language)


def clean_document(document: Document, stats=None) -> Article:
    hints = {k: v for k, v in document.hints}
    if document.content_type == "html":
        return article_from_html(document.content, document.origin, hints)
    return article_from_text(document.content, document.origin, stats=stats, hints=hints)


# Paragraphs run together by a lost line break ("in Menifee.Five people were shot"): a word,
# its full stop (and a closing curly quote) and a capitalised word with no space between.
_GLUED_SENTENCES = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][”’])(?=[A-Z][a-z])")


def separate_glued_sentences(paragraph: str) -> str:
    return _GLUED_SENTENCES.sub(" ", paragraph)


def _article(origin: str, fields: Fields, hints: dict, language: Optional[str] = None) -> Article:
    text = "\n\n".join(map(separate_glued_sentences, fields.paragraphs))
    if len(text.split()) < 5 and len(text) < 40:  # characters too: not every script spaces its words
        raise EmptyArticle("no article body found (the page holds only clutter or too little text)")
    published, basis = fields.published, fields.published_basis
    metadata_date = _metadata_date(hints.get("published"))
    if metadata_date:
        published, basis = metadata_date, "metadata"
    url = hints.get("url")
    outlet = _outlet(url, hints.get("site"), fields)
    return Article(
        id=article_id(text), origin=origin, url=url, text=text, title=fields.title, outlet=outlet,
        published=published, published_basis=basis if published else None,
        dateline=fields.dateline, agency=fields.agency, authors=tuple(_unique(fields.authors)),
        captions=tuple(fields.captions), removed=tuple(fields.removed), language=language or "en",
    )


def _metadata_date(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    value = value.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value)
    if match:
        date, minute = match.groups()
        return date if not minute or minute == "00:00" else f"{date}T{minute}"
    return parse_date(value)


def _outlet(url: Optional[str], site: Optional[str], fields: Fields) -> Optional[str]:
    if url:
        host = urlparse(url).hostname or ""
        # Archive captures name the archived page's host inside their path.
        archived = re.search(r"/web/\d+[a-z_]*/(?:https?://)?([^/]+)", url)
        if archived:
            host = archived.group(1)
        host = re.sub(r"^(www\d?|m|amp|mobile)\.", "", host.lower())
        if host:
            return host
    return site or fields.site or fields.agency


def _unique(credits: list[Credit]) -> list[Credit]:
    return list(dict.fromkeys(credits))
