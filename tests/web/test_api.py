"""The JSON API: shapes from the report contract, filters, and 4xx JSON errors (never a 500)."""
from __future__ import annotations

import pytest

from consilience.report.serialize import article_to_dict, story_to_dict

from .fakes import article_a, article_b, story_main


def test_stories_list_and_filters(client):
    body = client.get("/api/stories").json()
    ids = [s["id"] for s in body["stories"]]
    assert set(ids) == {"s-kerry", "s-evil", "s-bare"}
    kerry = next(s for s in body["stories"] if s["id"] == "s-kerry")
    assert kerry["articles"] == 2 and kerry["independent_sources"] == 2 and kerry["facts"] == 2
    assert set(kerry["outlets"]) == {"Reuters", "Zee News"}
    assert [s["id"] for s in client.get("/api/stories?conflicts=true").json()["stories"]] == ["s-evil"]
    assert [s["id"] for s in client.get("/api/stories?outlet=Reuters").json()["stories"]] == ["s-kerry"]
    assert [s["id"] for s in client.get("/api/stories?q=Lashkar").json()["stories"]] == ["s-kerry"]
    assert client.get("/api/stories?since=2015-01-20").json()["stories"][0]["id"] == "s-evil"
    assert len(client.get("/api/stories?limit=1").json()["stories"]) == 1
    assert client.get("/api/stories?offset=100").json()["stories"] == []


def test_story_follows_the_report_contract(client):
    got = client.get("/api/stories/s-kerry").json()
    a, b = article_a(), article_b()
    expected = story_to_dict(story_main(), {a.id: a.text, b.id: b.text})
    sources = got.pop("sources")
    assert got == expected
    assert {s["id"] for s in sources} == {a.id, b.id}


def test_story_validates_against_the_report_schema(client):
    from consilience.report.render_json import validate

    story = client.get("/api/stories/s-kerry").json()
    story.pop("sources")
    articles = [client.get(f"/api/articles/{aid}").json() for aid in story["articles"]]
    from consilience import REPORT_SCHEMA, __version__

    validate({"schema": REPORT_SCHEMA, "generator": f"consilience {__version__}",
              "summary": {"inputs": 2, "articles": 2, "stories": 1, "failures": 0},
              "failures": [], "articles": articles, "stories": [story]})


def test_article_and_facts(client):
    a = article_a()
    assert client.get(f"/api/articles/{a.id}").json() == article_to_dict(a)
    facts = client.get("/api/stories/s-kerry/facts").json()
    assert facts["story"] == "s-kerry" and [f["id"] for f in facts["facts"]] == ["f-toll", "f-money"]
    assert [f["id"] for f in client.get("/api/stories/s-kerry/facts?verdict=unique").json()["facts"]] == ["f-money"]


def test_empty_story_has_empty_lists(client):
    got = client.get("/api/stories/s-bare").json()
    assert got["facts"] == [] and got["timeline"] == [] and got["brief"] == []


def _is_json_error(response, status):
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["status"] == status and error["message"]
    return error


@pytest.mark.parametrize("path", ["/api/stories/nope", "/api/stories/nope/facts", "/api/articles/nope",
                                  "/api/nothing-here", "/api/stories/s-kerry/nothing"])
def test_unknown_ids_and_routes_are_json_404(client, path):
    _is_json_error(client.get(path), 404)


@pytest.mark.parametrize("query", [
    "since=yesterday", "until=2015-13-45", "since=2015-02-01&until=2015-01-01", "limit=0", "limit=100000",
    "limit=abc", "offset=-1", "offset=99999999999999999999999", "conflicts=maybe", "q=" + "x" * 500,
    "outlet=" + "y" * 500,
])
def test_malformed_query_parameters_are_json_422(client, query):
    error = _is_json_error(client.get(f"/api/stories?{query}"), 422)
    assert "detail" in error or "since" in error["message"]


def test_bad_verdict_filter_is_422(client):
    _is_json_error(client.get("/api/stories/s-kerry/facts?verdict=maybe"), 422)


def test_wrong_method_is_json_405(client):
    _is_json_error(client.post("/api/stories"), 405)
    _is_json_error(client.delete("/api/stories/s-kerry"), 405)


@pytest.mark.parametrize("q", ['"', "AND", "OR NOT", "*", "NEAR(", "a:b", "'); DROP TABLE x; --", "\x00", "é✓",
                               "title:kerry", "-", "^", "{}"])
def test_odd_search_text_never_fails(client, q):
    r = client.get("/api/stories", params={"q": q})
    assert r.status_code in (200, 422), (q, r.status_code, r.text)
    assert client.get("/", params={"q": q}).status_code in (200, 400, 422)


def test_long_ids_are_rejected_not_crashed(client):
    assert client.get("/api/stories/" + "x" * 5000).status_code in (404, 422)
    assert client.get("/api/articles/%00%ff").status_code == 422  # PostgreSQL text cannot hold NUL
    assert client.get("/articles/%00").status_code == 422
    assert client.get("/api/stories", params={"outlet": "a\x00b"}).status_code == 422
