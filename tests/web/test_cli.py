"""`consilience serve` as registered on a typer app."""
from __future__ import annotations

import typer
from typer.testing import CliRunner

from consilience.web import cli as web_cli

from .fakes import filled_store


def _app():
    app = typer.Typer()

    @app.callback()
    def root():
        pass

    web_cli.register(app)
    return app


def test_serve_starts_uvicorn_with_the_app(monkeypatch):
    started = {}
    store = filled_store()
    monkeypatch.setattr("consilience.store.open_store", lambda url: started.setdefault("url", url) and store,
                        raising=False)
    monkeypatch.setattr("uvicorn.run", lambda app, host, port, **kw: started.update(app=app, host=host, port=port))
    result = CliRunner().invoke(_app(), ["serve", "--db", "x.db", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert started["url"] == "x.db" and started["host"] == "127.0.0.1" and started["port"] == 8123
    assert started["app"].state.allow_ingest is False


def test_allow_ingest_without_token_is_a_usage_error(monkeypatch):
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: (_ for _ in ()).throw(AssertionError("must not start")))
    monkeypatch.delenv("CONSILIENCE_TOKEN", raising=False)
    result = CliRunner().invoke(_app(), ["serve", "--allow-ingest"])
    assert result.exit_code == 2 and "--token" in result.output


def test_allow_ingest_with_token(monkeypatch):
    started = {}
    monkeypatch.setattr("consilience.store.open_store", lambda url: filled_store(), raising=False)
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: started.update(app=app))
    result = CliRunner().invoke(_app(), ["serve", "--allow-ingest", "--token", "t0k"])
    assert result.exit_code == 0, result.output
    assert started["app"].state.allow_ingest and started["app"].state.token == "t0k"


def test_help_lists_the_options():
    out = CliRunner().invoke(_app(), ["serve", "--help"]).output
    for option in ("--db", "--host", "--port", "--allow-ingest", "--token"):
        assert option in out
