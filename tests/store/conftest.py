"""The `store` fixture, once on SQLite and once on a real PostgreSQL this session starts itself.

The PostgreSQL server: `initdb` on a temporary directory, `pg_ctl start` on a free loopback
port, trust authentication, stopped at the end of the session. initdb refuses to run as root,
so as root the server runs as the `postgres` user (or `nobody`) and owns only its temporary
directory. When the binaries are missing the postgresql cases are skipped, saying what to
install; set CONSILIENCE_TEST_PG=postgresql://... to use an existing server instead.
"""
from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


PG_BIN_DIRS = ["/usr/local/bin", "/usr/bin", *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
_counter = itertools.count()


def _pg_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in PG_BIN_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> str | None:
    """None: run as ourselves. As root: an unprivileged account that exists here."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    pytest.skip("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")


class PgServer:
    def __init__(self) -> None:
        self.initdb = _pg_binary("initdb")
        self.pg_ctl = _pg_binary("pg_ctl")
        self.user = _server_user()
        # The server's user must reach its folder: as root, use /tmp rather than a private $TMPDIR.
        parent = "/tmp" if self.user is not None and os.path.isdir("/tmp") else None
        self.dir = Path(tempfile.mkdtemp(prefix="consilience-pg-", dir=parent))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), user=self.user, capture_output=True, text=True, timeout=120,
                              cwd=str(self.dir), env={**os.environ, "LC_ALL": "C", "TZ": "UTC"})

    def start(self) -> None:
        if self.user is not None:
            os.chmod(self.dir, 0o700)
            shutil.chown(self.dir, self.user)
        done = self._run(self.initdb, "-D", str(self.data), "-U", "consilience", "--auth=trust",
                         "--encoding=UTF8", "--no-instructions" if _supports_no_instructions(self.initdb) else "-N")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        opts = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c full_page_writes=off"
        done = self._run(self.pg_ctl, "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w", "-t", "60", "start")
        if done.returncode != 0:
            log = (self.dir / "log").read_text(errors="replace") if (self.dir / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log[-2000:]}")
        self.started = True

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://consilience@127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        if self.started:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


def _supports_no_instructions(initdb: str) -> bool:
    try:
        out = subprocess.run([initdb, "--help"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return False
    return "--no-instructions" in out


@pytest.fixture(scope="session")
def pg_admin_url():
    """A URL to a PostgreSQL server's `postgres` database that tests may create databases in."""
    given = os.environ.get("CONSILIENCE_TEST_PG")
    if given:
        yield given
        return
    try:
        import psycopg
    except ImportError:
        pytest.skip('psycopg is not installed: pip install "psycopg[binary]==3.3.9"')
    if not (_pg_binary("initdb") and _pg_binary("pg_ctl")):
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install -y postgresql")
    server = PgServer()
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    deadline = time.time() + 30
    while True:
        try:
            psycopg.connect(server.url(), connect_timeout=3).close()
            break
        except psycopg.OperationalError:
            if time.time() > deadline:
                server.stop()
                raise
            time.sleep(0.2)
    yield server.url()
    server.stop()


@pytest.fixture
def pg_databases(pg_admin_url):
    """Makes fresh, empty databases on the test server; drops them afterwards."""
    import psycopg

    made: list[str] = []
    base = pg_admin_url.rsplit("/", 1)[0]

    def make() -> str:
        name = f"t_{os.getpid()}_{next(_counter)}"
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return f"{base}/{name}"

    yield make
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path):
    """Makes URLs of fresh, empty stores of one backend (each test runs on both)."""
    if request.param == "sqlite":
        names = (str(tmp_path / f"corpus{i}.db") for i in itertools.count())
        return lambda: next(names)
    return request.getfixturevalue("pg_databases")


@pytest.fixture
def db_url(new_db):
    """The URL of an empty store (SQLite, then PostgreSQL)."""
    return new_db()


@pytest.fixture
def store(db_url):
    from consilience.store import open_store

    s = open_store(db_url)
    yield s
    s.close()
