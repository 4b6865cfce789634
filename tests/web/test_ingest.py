"""POST /api/ingest end to end: the real `consilience.corpus.ingest` into a real SQLite store."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from consilience.web.app import create_app

from ..conftest import SEEDS, need

TOKEN = "t0ken"


def test_ingest_over_http_stores_the_article_once(tmp_path):
    pytest.importorskip("consilience.corpus", reason="consilience.corpus is not in the tree yet")
    from consilience.store import open_store

    text = sorted(need(SEEDS).glob("*.txt"))[0].read_text(encoding="utf-8")
    store = open_store(str(tmp_path / "ingest.db"))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(store=store, allow_ingest=True, token=TOKEN)) as client:
        first = client.post("/api/ingest", json={"content": text, "origin": "posted/seed.txt"}, headers=auth)
        if first.status_code == 503:
            pytest.skip("ingest reports a missing stage: " + first.json()["error"]["message"])
        assert first.status_code == 201, first.text
        [article_id] = first.json()["added"]
        article = client.get(f"/api/articles/{article_id}").json()
        assert article["origin"] == "posted/seed.txt" and article["text"]
        assert client.get("/api/stories").json()["stories"]
        again = client.post("/api/ingest", json={"content": text, "origin": "posted/again.txt"}, headers=auth)
        assert again.status_code == 201 and again.json()["added"] == [] and again.json()["existing"] == [article_id]
    store.close()
