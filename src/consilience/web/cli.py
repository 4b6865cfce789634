"""`consilience serve`: registered on the main typer app by `register(app)`."""
from __future__ import annotations

import os
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Optional[str] = typer.Option(None, "--db", help="Store URL or SQLite path (else $CONSILIENCE_DB, else ./consilience.db)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
        port: int = typer.Option(8000, "--port", min=1, max=65535),
        allow_ingest: bool = typer.Option(False, "--allow-ingest", help="Turn on POST /api/ingest (needs --token)."),
        token: Optional[str] = typer.Option(None, "--token", envvar="CONSILIENCE_TOKEN",
                                            help="Bearer token that POST /api/ingest requires (or $CONSILIENCE_TOKEN)."),
        max_body_mb: float = typer.Option(2.0, "--max-body-mb", help="Largest request body accepted, in MB."),
    ) -> None:
        """Browse stories, facts and sources in a web UI, with a JSON API under /api."""
        try:
            import uvicorn

            from .app import create_app
        except ImportError as exc:
            typer.echo(f"consilience serve needs the web extra: pip install 'consilience[web]' ({exc})", err=True)
            raise typer.Exit(2)
        if allow_ingest and not token:
            typer.echo("consilience: --allow-ingest needs --token TOKEN (or $CONSILIENCE_TOKEN)", err=True)
            raise typer.Exit(2)
        if token and not allow_ingest:
            typer.echo("consilience: note: --token has no effect without --allow-ingest", err=True)
        url = db or os.environ.get("CONSILIENCE_DB")
        application = create_app(url, allow_ingest=allow_ingest, token=token, max_body=int(max_body_mb * 1_000_000))
        typer.echo(f"consilience: serving on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops", err=True)
        uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
