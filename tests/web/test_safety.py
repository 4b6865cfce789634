"""Ingest over HTTP is off unless asked for, needs a Bearer token, and bodies have a size limit."""
from __future__ import annotations

import sys
import types

import pytest
from fastapi.testclient import TestClient

from consilience.web.app import create_app

from .fakes import filled_store

TOKEN = "s3cret-token"


@pytest.fixture
def store():
    """These tests are about the HTTP layer: one backend (the fake) is enough."""
    return filled_store()


@pytest.fixture
def client(store):
    with TestClient(create_app(store=store)) as c:
        yield c


@pytest.fixture
def fake_corpus(monkeypatch):
    """Stands in for consilience.corpus.ingest: records what the route passed it."""
    calls = []
    module = types.ModuleType("consilience.corpus")

    class IngestError(RuntimeError):
        pass

    def ingest(documents, store, **kwargs):
        calls.append((store, list(documents)))
        return {"added": [d.origin for d in documents], "existing": []}

    module.ingest = ingest
    module.IngestError = IngestError
    monkeypatch.setitem(sys.modules, "consilience.corpus", module)
    return calls


@pytest.fixture
def ingest_client(store):
    with TestClient(create_app(store=store, allow_ingest=True, token=TOKEN, max_body=10_000)) as c:
        yield c


def _error(response, status):
    assert response.status_code == status, (response.status_code, response.text)
    assert response.json()["error"]["status"] == status
    return response.json()["error"]


def test_ingest_is_off_by_default(client, fake_corpus):
    _error(client.post("/api/ingest", json={"content": "text"}, headers={"Authorization": f"Bearer {TOKEN}"}), 403)
    assert fake_corpus == []


def test_allow_ingest_needs_a_token(store):
    with pytest.raises(ValueError):
        create_app(store=store, allow_ingest=True)


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", f"Bearer {TOKEN}x", ""])
def test_ingest_refuses_missing_or_wrong_tokens(ingest_client, fake_corpus, header):
    headers = {"Authorization": header} if header is not None else {}
    response = ingest_client.post("/api/ingest", json={"content": "some text"}, headers=headers)
    _error(response, 401)
    assert response.headers.get("www-authenticate") == "Bearer"
    assert fake_corpus == []


def test_ingest_with_token_calls_the_corpus(ingest_client, fake_corpus, store):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = ingest_client.post("/api/ingest", headers=auth, json={
        "content": "<html><body><p>Story</p></body></html>", "content_type": "html",
        "origin": "https://example.org/a", "title": "A title"})
    assert response.status_code == 201, response.text
    assert response.json() == {"added": ["https://example.org/a"], "existing": []}
    [(got_store, [document])] = fake_corpus
    assert got_store is store and document.content_type == "html" and document.hint("title") == "A title"
    raw = ingest_client.post("/api/ingest?origin=pasted", headers={**auth, "Content-Type": "text/plain"},
                             content="Plain text article.".encode())
    assert raw.status_code == 201 and fake_corpus[-1][1][0].content == "Plain text article."


@pytest.mark.parametrize("body,kind,status", [
    (b"{not json", "application/json", 422),
    (b'{"content": ""}', "application/json", 422),
    (b'{"content": "x", "content_type": "pdf"}', "application/json", 422),
    (b'[1, 2]', "application/json", 422),
    (b"x", "application/pdf", 415),
])
def test_ingest_bad_bodies_are_4xx_json(ingest_client, fake_corpus, body, kind, status):
    response = ingest_client.post("/api/ingest", content=body,
                                  headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": kind})
    _error(response, status)
    assert fake_corpus == []


def test_oversized_body_is_413_before_auth(ingest_client, fake_corpus):
    big = {"content": "x" * 20_000}
    error = _error(ingest_client.post("/api/ingest", json=big, headers={"Authorization": f"Bearer {TOKEN}"}), 413)
    assert "limit" in error["message"]
    _error(ingest_client.post("/api/ingest", json=big), 413)
    assert fake_corpus == []


def test_oversized_streamed_body_is_413(ingest_client, fake_corpus):
    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for _ in range(20):
            yield b"x" * 1000

    response = ingest_client.post("/api/ingest", content=chunks(),
                                  headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
    _error(response, 413)
    assert fake_corpus == []


def test_body_limit_applies_to_every_route(client):
    _error(client.post("/api/stories", content=b"x" * 3_000_000), 413)


def test_malformed_content_length_is_400(client):
    response = client.post("/api/ingest", content=b"x", headers={"Content-Length": "abc"})
    assert response.status_code == 400
