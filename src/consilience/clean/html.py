"""HTML pages to body paragraphs and metadata: trafilatura (precision favoured) and htmldate."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

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


def extract_html(html: str, url: Optional[str] = None) -> HtmlExtraction:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoArticle("HTML could not be parsed")
    captions = _captions(tree)
    result = trafilatura.bare_extraction(
        tree, url=url, favor_precision=True, with_metadata=True, include_comments=False,
    )
    if result is None or not (result.text or "").strip():
        raise NoArticle("HTML holds no article text (navigation or an empty page)")
    published = result.date
    if not published:
        published = find_date(html, extensive_search=False, original_date=True)
    paragraphs = [p.strip() for p in result.text.split("\n") if p.strip()]
    return HtmlExtraction(
        paragraphs=paragraphs, title=result.title, published=published, authors=result.author,
        sitename=result.sitename, hostname=result.hostname, url=result.url or url,
        language=result.language, captions=captions,
    )


def _captions(tree) -> list[str]:
    out = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if text and text not in out:
            out.append(text)
    return out
