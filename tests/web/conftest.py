from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'consilience[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from consilience.web.app import create_app  # noqa: E402

from .fakes import MemoryStore, fill_records  # noqa: E402
from .stores import PostgresDatabase  # noqa: E402

try:  # the session's PostgreSQL server, started by the store tests' fixture
    from ..store.conftest import pg_admin_url  # noqa: F401
except ImportError:
    @pytest.fixture(scope="session")
    def pg_admin_url():
        pytest.skip("tests/store/conftest.py provides no pg_admin_url fixture")


def _open_store():
    try:
        from consilience.store import open_store
    except ImportError:
        pytest.skip("consilience.store.open_store is not in the tree yet")
    return open_store


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def store(request, tmp_path):
    """The web tests' records in the in-memory fake, the SQLite store and the PostgreSQL store."""
    if request.param == "memory":
        s = MemoryStore()
    elif request.param == "sqlite":
        s = _open_store()(f"sqlite:///{tmp_path / 'web.db'}")
    else:
        open_store = _open_store()
        database = PostgresDatabase(request.getfixturevalue("pg_admin_url"))
        request.addfinalizer(database.drop)
        s = open_store(database.url)
    fill_records(s)
    yield s
    s.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store=store)) as c:
        yield c
