"""HTML pages to body paragraphs and metadata: trafilatura (precision favoured) and htmldate.

The page is parsed once. The body comes from trafilatura without its metadata pass (a third
of its time); the few metadata fields we need are read from the head directly, and the date
from htmldate's fast search.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlparse

import trafilatura
from htmldate import find_date


class NoArticle(ValueError):
    pass


@dataclass
class HtmlExtraction:
    paragraphs: list[str]
    title: Optional[str] = None
    published: Optional[str] = None
    authors: Optional[str] = None
    sitename: Optional[str] = None
    hostname: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    captions: list[str] = field(default_factory=list)


_META = {
    "title": ('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content', "//title/text()", "//h1//text()"),
    "sitename": ('//meta[@property="og:site_name"]/@content', '//meta[@name="application-name"]/@content'),
    "author": ('//meta[@name="author"]/@content', '//meta[@property="article:author"]/@content',
               '//*[@rel="author"]//text()'),
    "url": ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'),
    "language": ("/html/@lang",),
}


def extract_html(html: str, url: Optional[str] = None) -> HtmlExtraction:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoArticle("HTML could not be parsed")
    meta = {key: _first(tree, paths) for key, paths in _META.items()}
    captions = _captions(tree)
    published = find_date(tree, extensive_search=False, original_date=True, url=url)
    result = trafilatura.bare_extraction(tree, url=url, favor_precision=True, include_comments=False)
    if result is None or not (result.text or "").strip():
        raise NoArticle("HTML holds no article text (navigation or an empty page)")
    paragraphs = [p.strip() for p in result.text.split("\n") if p.strip()]
    page_url = url or meta["url"]
    author = meta["author"]
    if author and (author.startswith("http") or len(author) > 80):
        author = None
    return HtmlExtraction(
        paragraphs=paragraphs, title=meta["title"], published=published, authors=author,
        sitename=meta["sitename"], hostname=urlparse(page_url).hostname if page_url else None, url=page_url,
        language=(meta["language"] or "").split("-")[0].lower() or None, captions=captions,
    )


def _first(tree, paths: tuple[str, ...]) -> Optional[str]:
    for path in paths:
        for value in tree.xpath(path):
            text = " ".join(str(value).split())
            if text:
                return text
    return None


def _captions(tree) -> list[str]:
    out = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if text and text not in out:
            out.append(text)
    return out
