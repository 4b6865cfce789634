"""`consilience serve`: server-rendered pages over the store, and the JSON API under /api.

    from consilience.web.app import create_app
    app = create_app("sqlite:///corpus.db")       # or create_app(store=an_open_store)

Pages: `/` (stories, with search and filters), `/stories/{id}`, `/articles/{id}`, `/docs` (the
API described from its OpenAPI document, `/api/openapi.json`). No page loads anything from
another origin; the Content-Security-Policy forbids it, and inline scripts with it.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path as FsPath
from typing import Any, Optional
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from .. import __version__
from . import api
from .safety import DEFAULT_MAX_BODY, LimitsMiddleware, install_error_handlers
from .views import VERDICT_HELP, article_view, safe_url, story_view

HERE = FsPath(__file__).resolve().parent
PAGE_SIZE = 50

_env = Environment(loader=PackageLoader("consilience.web", "templates"),
                   autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
_env.globals.update(version=__version__, safe_url=safe_url)


def render_page(template: str, **context: Any) -> str:
    return _env.get_template(template).render(**context)


def create_app(store_url: Optional[str] = None, store=None, allow_ingest: bool = False,
               token: Optional[str] = None, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The web app over `store` (or the store at `store_url`, opened here and closed at shutdown).

    `allow_ingest` turns on `POST /api/ingest`, which then needs `Authorization: Bearer <token>`.
    """
    if allow_ingest and not token:
        raise ValueError("--allow-ingest needs a --token: ingest over HTTP is never open to anyone")
    owned = store is None
    if owned:
        from ..store import open_store

        store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owned:
            store.close()

    app = FastAPI(title="consilience", version=__version__, lifespan=lifespan,
                  description="Stories, facts and sources: where news reports agree, differ or conflict.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.add_middleware(LimitsMiddleware, max_body=max_body)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    _pages(app)
    return app


def _page_date(value: Optional[str], name: str) -> Optional[date]:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date like 2015-01-13, not {value[:40]!r}")


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        request: Request,
        q: Optional[str] = Query(None, max_length=200, pattern=api.TEXT_PATTERN),
        since: Optional[str] = Query(None, max_length=40),
        until: Optional[str] = Query(None, max_length=40),
        outlet: Optional[str] = Query(None, max_length=200, pattern=api.TEXT_PATTERN),
        conflicts: Optional[str] = Query(None, max_length=10),
        page: int = Query(1, ge=1, le=100_000),
    ):
        has_conflicts = conflicts not in (None, "", "0", "false", "off")
        query = api.story_query(q, _page_date(since, "since"), _page_date(until, "until"), outlet,
                                has_conflicts, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
        found = request.app.state.store.stories(query)
        more = len(found) > PAGE_SIZE
        found = found[:PAGE_SIZE]
        params = {k: v for k, v in (("q", q), ("since", since), ("until", until), ("outlet", outlet),
                                    ("conflicts", "1" if has_conflicts else None)) if v}
        link = lambda p: "/?" + urlencode({**params, "page": p})  # noqa: E731
        outlets = sorted({o for s in found for o in s.outlets})
        return render_page("stories.html.j2", stories=found, q=q or "", since=since or "", until=until or "",
                           outlet=outlet or "", conflicts=has_conflicts, page=page, outlets=outlets,
                           prev_link=link(page - 1) if page > 1 else None,
                           next_link=link(page + 1) if more else None,
                           filtered=bool(params))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str = Path(..., max_length=200, pattern=api.ID_PATTERN)):
        store = request.app.state.store
        sr = store.story(story_id)
        if sr is None:
            raise HTTPException(404, f"There is no story {story_id!r} in this corpus.")
        view = story_view(sr, store.articles(list(sr.story.articles)))
        return render_page("story.html.j2", story=sr.story, **view)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str = Path(..., max_length=200, pattern=api.ID_PATTERN)):
        store = request.app.state.store
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"There is no article {article_id!r} in this corpus.")
        story_id = store.story_of(article_id) if hasattr(store, "story_of") else None  # CorpusStore only
        return render_page("article.html.j2", story_id=story_id, **article_view(article))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request):
        return render_page("docs.html.j2", spec=request.app.openapi(), operations=_operations(request.app.openapi()),
                           verdict_help=VERDICT_HELP)


def _operations(spec: dict) -> list[dict]:
    """The OpenAPI document flattened for the docs page (no Swagger UI: it would load from a CDN)."""
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type_of(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            content = op.get("requestBody", {}).get("content", {})
            schema = content.get("application/json", {}).get("schema", {})
            fields = [{"name": name, "in": "body (JSON)", "required": name in schema.get("required", ()),
                       "type": _type_of(prop), "description": prop.get("description", "")}
                      for name, prop in schema.get("properties", {}).items()]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params + fields, "body": list(content), "responses": sorted(op.get("responses", {}))})
    return ops


def _type_of(schema: dict) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_of(s) for s in schema["anyOf"] if s.get("type") != "null")
    kind = schema.get("type", "")
    if schema.get("format"):
        kind += f" ({schema['format']})"
    if "enum" in schema:
        kind += ": " + ", ".join(map(str, schema["enum"]))
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength") if k in schema]
    return kind + (f" [{'; '.join(bounds)}]" if bounds else "") + (f" = {schema['default']}" if "default" in schema else "")
