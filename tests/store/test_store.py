"""The Store contract, on SQLite and on PostgreSQL: the same records out as went in."""
from __future__ import annotations

import threading

import pytest

from consilience.store import StoreError, open_store
from consilience.store.base import StoryQuery

from . import samples


def test_articles_round_trip_with_documents(store):
    arts = samples.articles()
    docs = samples.documents(arts)
    result = store.add_articles(arts, docs)
    assert result.added == tuple(a.id for a in arts) and result.existing == ()
    assert store.articles([a.id for a in reversed(arts)]) == list(reversed(arts))
    assert store.articles() == arts  # insertion order
    assert store.article(arts[0].id) == arts[0]
    assert store.article("nope") is None
    assert store.articles(["nope", arts[1].id]) == [arts[1]]
    assert store.document(arts[2].id) == docs[2]
    assert store.article_count() == 4


def test_same_article_twice_is_stored_once(store):
    arts = samples.articles()
    store.add_articles(arts[:2])
    again = store.add_articles([arts[1], arts[2], arts[2]])
    assert again.added == (arts[2].id,)
    assert again.existing == (arts[1].id, arts[2].id)
    assert store.article_count() == 3
    assert store.known_ids([a.id for a in arts]) == {a.id for a in arts[:3]}


def test_a_failing_batch_leaves_nothing_behind(store):
    arts = samples.articles()
    store.add_articles(arts[:1])

    class Boom(Exception):
        pass

    class Exploding(list):
        def __iter__(self):
            yield arts[1]
            yield arts[2]
            raise Boom()

    with pytest.raises(Boom):
        store.add_articles(Exploding())
    assert [a.id for a in store.articles()] == [arts[0].id]
    # and the store is still usable afterwards
    assert store.add_articles(arts[1:]).added == tuple(a.id for a in arts[1:])


def test_stories_round_trip_and_summaries(store):
    arts = samples.articles()
    store.add_articles(arts)
    s1 = samples.story_report("s1", arts[:2])
    s2 = samples.story_report("s2", arts[2:], conflict=False)
    store.save_stories([s1, s2])
    assert store.story("s1") == s1
    assert store.story("s2") == s2
    assert store.story("missing") is None
    found = {s.id: s for s in store.stories()}
    assert set(found) == {"s1", "s2"}
    one = found["s1"]
    assert (one.title, one.first_seen, one.last_seen) == ("Peshawar school attack", "2014-12-16", "2014-12-16T10:20")
    assert one.articles == 2 and one.independent_sources == 1 and one.outlets == ("a.com", "b.org")
    assert one.conflicts == 1 and one.facts == 2
    assert found["s2"].conflicts == 0
    assert store.story_of(arts[3].id) == "s2"


def test_story_queries(store):
    arts = samples.articles()
    store.add_articles(arts)
    store.save_stories([samples.story_report("s1", arts[:2]), samples.story_report("s2", arts[2:], conflict=False)])
    ids = lambda q: [s.id for s in store.stories(q)]  # noqa: E731
    assert ids(StoryQuery()) == ["s1", "s2"]  # latest first
    assert ids(StoryQuery(search="Mumbai")) == ["s2"]
    assert ids(StoryQuery(search="children")) == ["s1"]  # article text, not only titles
    assert ids(StoryQuery(search="school killed")) == ["s1"]
    assert ids(StoryQuery(search="'; DROP TABLE stories; --")) == []
    assert ids(StoryQuery(search="!!!")) == []
    assert ids(StoryQuery(conflicts_only=True)) == ["s1"]
    assert ids(StoryQuery(since="2010-01-01")) == ["s1"]
    assert ids(StoryQuery(until="2010-01-01")) == ["s2"]
    assert ids(StoryQuery(since="2014-12-16", until="2014-12-16")) == ["s1"]
    assert ids(StoryQuery(outlet="c.net")) == ["s2"]
    assert ids(StoryQuery(outlet="a.com")) == ["s1", "s2"]
    assert ids(StoryQuery(limit=1)) == ["s1"]
    assert ids(StoryQuery(limit=1, offset=1)) == ["s2"]
    assert store.story_count() == 2


def test_saving_a_story_again_replaces_it(store):
    arts = samples.articles()
    store.add_articles(arts)
    store.save_stories([samples.story_report("s1", arts[:2])])
    bigger = samples.story_report("s1", arts[:3], conflict=False)
    store.save_stories([bigger])
    assert store.story("s1") == bigger
    assert [s.articles for s in store.stories()] == [3]
    assert store.story_members() == {"s1": " ".join(sorted(a.id for a in arts[:3]))}
    store.replace_stories([samples.story_report("s9", arts[3:])], delete=["s1"])
    assert [s.id for s in store.stories()] == ["s9"]
    assert store.story("s1") is None
    rows = list(store.claim_rows())
    assert {r["story_id"] for r in rows} == {"s9"}


def test_update_articles_keeps_search_in_step(store):
    from dataclasses import replace

    arts = samples.articles(rich=False)
    store.add_articles(arts)
    store.save_stories([samples.story_report("s1", arts[:2])])
    new = replace(arts[0], title="Renamed headline", published="2014-12-17", published_basis="story")
    assert store.update_articles([new, arts[1]]) == 1
    assert store.article(arts[0].id) == new
    assert [s.id for s in store.stories(StoryQuery(search="renamed"))] == ["s1"]


def test_claim_rows_for_export(store):
    arts = samples.articles()
    store.add_articles(arts)
    store.save_stories([samples.story_report("s1", arts[:2])])
    rows = list(store.claim_rows())
    assert [(r["fact_id"], r["claim"]) for r in rows] == [("f-1", 0), ("f-1", 1), ("f-2", 0)]
    first = rows[0]
    assert first["verdict"] == "conflict" and first["outlet"] == "a.com" and first["kind"] == "quantity"
    assert first["quote"] == arts[0].text[1:5]
    assert rows[1]["high"] is None


def test_readers_on_many_threads(store):
    arts = samples.articles()
    store.add_articles(arts)
    store.save_stories([samples.story_report("s1", arts[:2])])
    errors = []

    def read():
        try:
            for _ in range(20):
                assert store.story("s1").story.id == "s1"
                assert len(store.stories()) == 1
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    store.add_articles(samples.articles(rich=False)[:0])
    for t in threads:
        t.join()
    assert errors == []


def test_reopen_keeps_everything_and_schema_version(db_url):
    arts = samples.articles()
    with open_store(db_url) as s:
        s.add_articles(arts, samples.documents(arts))
        s.save_stories([samples.story_report("s1", arts[:2])])
        before = s.dump()
        assert s.schema_version() == 2
    with open_store(db_url) as s:
        assert s.dump() == before
        assert s.schema_version() == 2


def test_open_store_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONSILIENCE_DB", raising=False)
    with open_store(None) as s:
        assert s.backend == "sqlite"
    assert (tmp_path / "consilience.db").exists()
    monkeypatch.setenv("CONSILIENCE_DB", str(tmp_path / "env.db"))
    with open_store(None):
        pass
    assert (tmp_path / "env.db").exists()
    with open_store(f"sqlite:///{tmp_path / 'u.db'}"):
        pass
    assert (tmp_path / "u.db").exists()
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "x.db"))
    with pytest.raises(StoreError, match="unsupported"):
        open_store("mysql://x")
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "junk.db"))


def test_newer_schema_is_refused(tmp_path):
    import sqlite3

    path = tmp_path / "c.db"
    open_store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(str(path))


def test_unreachable_postgres_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open PostgreSQL"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_concurrent_writers_store_each_article_once(store):
    arts = samples.articles() + samples.articles(rich=False)[:0]
    more = [samples.make_article(f"Extra article number {i} about a flood in Elgin.", origin=f"x{i}", title=f"x{i}")
            for i in range(20)]
    pool = arts + more
    results = []

    def write(items):
        results.append(store.add_articles(items))

    threads = [threading.Thread(target=write, args=(pool[i::2] + pool[:6],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.article_count() == len(pool)
    added = [i for r in results for i in r.added]
    assert sorted(added) == sorted(a.id for a in pool)  # each stored by exactly one writer
    assert [a.id for a in store.articles()] == list(dict.fromkeys(a.id for a in store.articles()))


def test_sqlite_uses_wal(tmp_path):
    with open_store(str(tmp_path / "w.db")) as s:
        assert s._reader().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_upgrade_an_older_database(db_url, monkeypatch):
    import importlib

    from consilience.store import connection, schema

    backend = "postgres" if db_url.startswith("postgresql") else "sqlite"
    module = importlib.import_module(f"consilience.store.{backend}")
    store_class = module.PostgresStore if backend == "postgres" else module.SQLiteStore
    name = "POSTGRES_MIGRATIONS" if backend == "postgres" else "SQLITE_MIGRATIONS"
    with monkeypatch.context() as m:
        m.setattr(store_class, "MIGRATIONS", getattr(schema, name)[:1])
        m.setattr(connection, "LATEST", 1)
        with open_store(db_url) as s:
            assert s.schema_version() == 1
            arts = samples.articles()
            s.add_articles(arts)
    with open_store(db_url) as s:
        assert s.schema_version() == schema.LATEST == 2
        assert s.article_count() == 4
        s.set_meta("k", "v")
        s.set_meta("k", "w")
        assert s.meta("k") == "w" and s.meta("absent") is None
