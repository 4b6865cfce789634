"""Server-rendered pages: the story list, a story, an article; empty states; escaping."""
from __future__ import annotations

import re

import pytest

from .fakes import EVIL, TEXT_A, article_a


def test_story_list_shows_counts_and_links(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert 'href="/stories/s-kerry"' in html and "Kerry in Pakistan" in html
    row = html[html.index('href="/stories/s-kerry"'):].split("</tr>")[0]
    assert re.findall(r'class="num">(\d+)<', row)[:2] == ["2", "2"]  # articles, independent sources
    assert "Reuters" in row and "Zee News" in row


def test_story_list_filters(client):
    assert "s-kerry" in client.get("/?q=Lashkar").text
    assert "s-kerry" not in client.get("/?q=zzzqqq").text
    assert "No story matches" in client.get("/?q=zzzqqq").text
    assert "s-kerry" not in client.get("/?since=2015-01-20").text
    assert "s-kerry" in client.get("/?since=2015-01-01&until=2015-01-31").text
    assert "s-kerry" in client.get("/?outlet=Reuters").text
    assert "s-kerry" not in client.get("/?outlet=Nobody").text
    conflicts = client.get("/?conflicts=1").text
    assert "s-evil" in conflicts and "s-kerry" not in conflicts
    # an empty form submits empty fields: they mean "no filter"
    assert "s-kerry" in client.get("/?q=&since=&until=&outlet=").text


def test_story_list_rejects_bad_dates_with_400(client):
    page = client.get("/?since=13/01/2015")
    assert page.status_code == 400 and "date" in page.text


def test_story_page_sections(client):
    html = client.get("/stories/s-kerry").text
    for section in ('id="brief"', 'id="facts"', 'id="timeline"', 'id="coverage"', 'id="sources"'):
        assert section in html
    # fact table: a row per fact, a column per source, cells coloured by verdict with the reason on hover
    assert html.count('<tr class="fact"') == 2
    shared, unique = html.split('<details class="unique-facts"')
    assert shared.count('class="src-col"') == 2 and shared.count('<tr class="fact"') == 1
    assert "Reported by one source only: 1 facts" in unique and 'id="f-money"' in unique
    assert 'class="claim v-differing"' in html
    assert "166 satisfies &#39;at least 163&#39;" in html
    # the timeline is an inline SVG plot drawn on the server
    assert "<svg class=\"timeline\"" in html and "2008-11" in html and "talks in Pakistan" in html
    # coverage: each outlet's headline and lead
    assert "Kerry holds security talks in Pakistan" in html and "Kerry to Pak: target all militant groups" in html
    # sources side by side with the cited spans addressable
    assert html.count('class="src-body text"') == 2
    # the story's figure, its citation one click from the words in its source
    assert "<b>killed: 166</b>" in html and "story figure: killed 166" in html


def test_every_clickable_span_has_a_target_in_its_source(client):
    html = client.get("/stories/s-kerry").text
    keys = {k for attr in re.findall(r'data-spans="([^"]*)"', html) for k in attr.split()}
    assert keys
    panes = dict(re.findall(r'data-article="([^"]+)">(.*?)</div>\s*</div>', html, re.S))
    for key in keys:
        aid, start, end = key.split(":")
        assert f"hl-{start}-{end}" in panes[aid], key


def test_fact_cell_hover_shows_claim_words(client):
    html = client.get("/stories/s-kerry").text
    cells = re.findall(r'<td class="claim v-differing"[^>]*title="([^"]*)"', html)
    assert len(cells) == 2 and all(c.startswith("differing: 166 satisfies") for c in cells)
    assert any("“166 people dead”" in c for c in cells) and any("“at least 163 people”" in c for c in cells)


def test_story_without_reconciliation_renders_empty_states(client):
    page = client.get("/stories/s-bare")
    assert page.status_code == 200
    for text in ("No brief yet", "No facts reconciled", "No dated events"):
        assert text in page.text
    assert 'class="src-body text"' in page.text


def test_article_page_highlights_and_removed(client):
    a = article_a()
    html = client.get(f"/articles/{a.id}").text
    assert 'class="ent ent-person"' in html and "PERSON: John Kerry (Secretary of State)" in html
    assert 'class="time"' in html and "time: 2008-11" in html
    assert 'class="qty qty-killed"' in html and "killed: [166, 166] exact people" in html
    assert 'class="quote"' in html
    assert "<details class=\"removed\">" in html and "related-headlines" in html
    assert "More: other story" in html
    assert "and 1 blank" in html
    text_only = re.sub(r"<[^>]+>", "", html)
    assert "166 people dead" in text_only


def test_unknown_ids_give_404_pages(client):
    for path in ("/stories/nope", "/articles/nope"):
        page = client.get(path)
        assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_article_text_is_escaped_everywhere(client):
    for path in ("/stories/s-evil", f"/articles/{'c' * 16}", "/", "/?q=injection"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;" in html, path
    article = client.get(f"/articles/{'c' * 16}").text
    assert 'href="javascript:' not in article


def test_pages_load_nothing_from_elsewhere(client):
    for path in ("/", "/stories/s-kerry", f"/articles/{'a' * 16}", "/docs"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html), path
        assert "<script>" not in html  # the only script is /static/app.js
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "data-spans" in js.text
    assert client.get("/static/app.css").status_code == 200


def test_security_headers(client):
    headers = client.get("/stories/s-kerry").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_docs_page_lists_the_api(client):
    html = client.get("/docs").text
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/ingest"):
        assert f"<code>{path}</code>" in html
    spec = client.get("/api/openapi.json").json()
    assert "/api/stories/{story_id}/facts" in spec["paths"]


def test_lead_is_the_first_paragraph():
    from consilience.web.views import lead_of

    assert lead_of(TEXT_A) == TEXT_A.split("\n\n")[0]
    long = "First sentence here. " * 40
    assert lead_of(long).endswith(".") and len(lead_of(long)) <= 420
    assert EVIL not in lead_of("plain")


def test_malformed_page_parameters_are_4xx_pages(client):
    for query in ("page=0", "page=abc", "page=99999999999999999999", "until=2015-02-30", "q=" + "x" * 500,
                  "since=2015-02-01&until=2015-01-01"):
        page = client.get(f"/?{query}")
        assert 400 <= page.status_code < 500, (query, page.status_code)
        assert "text/html" in page.headers["content-type"]


def test_story_with_an_article_missing_from_the_store_still_renders(store):
    from fastapi.testclient import TestClient

    from consilience.web.app import create_app

    from .fakes import MemoryStore

    if not isinstance(store, MemoryStore):
        pytest.skip("a store keeps its stories' articles; only the fake can lose one")
    del store._articles["b" * 16]
    with TestClient(create_app(store=store)) as c:
        page = c.get("/stories/s-kerry")
    assert page.status_code == 200 and "1 article(s) of this story are not in the store" in page.text


def test_head_requests_are_answered_like_get(client):
    for path in ("/", "/stories/s-kerry", "/api/stories"):
        response = client.head(path)
        assert response.status_code == 200 and response.content == b""
    assert client.head("/stories/nope").status_code == 404
