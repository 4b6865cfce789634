"""The JSON API under /api. Shapes reuse the report contract (`consilience.report.serialize`)."""
from __future__ import annotations

import threading
from datetime import date
from typing import Any, Literal, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field, ValidationError

from .. import REPORT_SCHEMA
from ..report.serialize import article_to_dict, story_to_dict
from ..store.base import StoryQuery
from .safety import bearer_ok
from .views import summary_dict

router = APIRouter(prefix="/api", tags=["api"])

ID_PATTERN = r"^[^\x00-\x1f\x7f]+$"   # no control characters (PostgreSQL text cannot hold NUL)
TEXT_PATTERN = r"^[^\x00]*$"


def ID():  # a fresh Path per parameter: FastAPI binds a Path object to one parameter name
    return Path(..., min_length=1, max_length=200, pattern=ID_PATTERN, description="A story or article id.")
MAX_OFFSET = 1_000_000_000


class ErrorBody(BaseModel):
    status: int
    message: str
    detail: Any = None


class Error(BaseModel):
    error: ErrorBody


ERRORS = {404: {"model": Error}, 422: {"model": Error}, 413: {"model": Error}}


def store_of(request: Request):
    return request.app.state.store


def story_query(q: Optional[str], since: Optional[date], until: Optional[date], outlet: Optional[str],
                conflicts: bool, limit: int, offset: int) -> StoryQuery:
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return StoryQuery(since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                      search=(q or "").strip() or None, outlet=(outlet or "").strip() or None,
                      conflicts_only=conflicts, limit=limit, offset=offset)


@router.get("/stories", responses=ERRORS, summary="Stories, newest first, with the list page's filters")
def list_stories(
    request: Request,
    q: Optional[str] = Query(None, max_length=200, pattern=TEXT_PATTERN, description="Full-text search over titles and article text."),
    since: Optional[date] = Query(None, description="Stories last seen on or after this date (YYYY-MM-DD)."),
    until: Optional[date] = Query(None, description="Stories first seen on or before this date (YYYY-MM-DD)."),
    outlet: Optional[str] = Query(None, max_length=200, pattern=TEXT_PATTERN, description="Only stories with an article from this outlet."),
    conflicts: bool = Query(False, description="Only stories with at least one conflicting fact."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    query = story_query(q, since, until, outlet, conflicts, limit, offset)
    found = store_of(request).stories(query)
    return {"schema": REPORT_SCHEMA, "limit": limit, "offset": offset,
            "stories": [summary_dict(s) for s in found]}


def _story(request: Request, story_id: str):
    store = store_of(request)
    sr = store.story(story_id)
    if sr is None:
        raise HTTPException(404, f"no story {story_id!r}")
    articles = store.articles(list(sr.story.articles))
    return sr, {a.id: a.text for a in articles}, articles


@router.get("/stories/{story_id}", responses=ERRORS, summary="One story: facts, timeline, brief (report contract)")
def get_story(request: Request, story_id: str = ID()) -> dict[str, Any]:
    sr, texts, articles = _story(request, story_id)
    out = story_to_dict(sr, texts)
    out["sources"] = [{"id": a.id, "outlet": a.outlet, "agency": a.agency, "title": a.title,
                       "published": a.published, "url": a.url} for a in articles]
    return out


@router.get("/stories/{story_id}/facts", responses=ERRORS, summary="A story's fact groups with claims and verdicts")
def get_facts(request: Request, story_id: str = ID(),
              verdict: Optional[Literal["agree", "compatible", "differing", "conflict", "update", "unique", "framing"]] = None,
              ) -> dict[str, Any]:
    sr, texts, _ = _story(request, story_id)
    facts = story_to_dict(sr, texts)["facts"]
    if verdict:
        facts = [f for f in facts if f["verdict"] == verdict]
    return {"story": sr.story.id, "facts": facts}


@router.get("/articles/{article_id}", responses=ERRORS, summary="One article with its fields and annotations")
def get_article(request: Request, article_id: str = ID()) -> dict[str, Any]:
    article = store_of(request).article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article_to_dict(article)


class IngestRequest(BaseModel):
    content: str = Field(..., min_length=1, description="The article: plain text or an HTML page.")
    content_type: Literal["text", "html"] = "text"
    origin: Optional[str] = Field(None, max_length=2000, description="Where it came from (defaults to http-post).")
    url: Optional[str] = Field(None, max_length=2000)
    title: Optional[str] = Field(None, max_length=1000)
    published: Optional[str] = Field(None, max_length=64)


INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": IngestRequest.model_json_schema()},
    "text/plain": {"schema": {"type": "string"}},
    "text/html": {"schema": {"type": "string"}},
}}}


@router.post("/ingest", status_code=201, openapi_extra=INGEST_BODY,
             responses={code: {"model": Error} for code in (401, 403, 413, 415, 422, 503)},
             summary="Add an article (only with --allow-ingest and a Bearer token)")
async def ingest(request: Request) -> dict[str, Any]:
    state = request.app.state
    if not state.allow_ingest:
        raise HTTPException(403, "ingest over HTTP is off: start the server with --allow-ingest --token TOKEN")
    if not bearer_ok(request, state.token):
        raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is required",
                            headers={"WWW-Authenticate": "Bearer"})
    body = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if kind == "application/json":
            item = IngestRequest.model_validate_json(body)
        elif kind in ("text/plain", "text/html"):
            item = IngestRequest(content=body.decode("utf-8", errors="replace"),
                                 content_type="html" if kind == "text/html" else "text",
                                 origin=request.query_params.get("origin"), url=request.query_params.get("url"))
        else:
            raise HTTPException(415, "send application/json, text/plain or text/html")
    except ValidationError as exc:
        raise HTTPException(422, "invalid ingest body: " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]))
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_ingest, state.store, item)


_INGEST_LOCK = threading.Lock()


def _ingest(store, item: IngestRequest) -> dict[str, Any]:
    from ..corpus import IngestError, ingest as corpus_ingest
    from ..model import Document

    hints = tuple((k, v) for k, v in (("url", item.url), ("title", item.title), ("published", item.published)) if v)
    document = Document(origin=item.origin or item.url or "http-post", content=item.content,
                        content_type=item.content_type, hints=hints)
    with _INGEST_LOCK:  # one at a time: an ingest regroups the stories of the whole corpus
        try:
            result = corpus_ingest([document], store)
        except IngestError as exc:
            raise HTTPException(503, f"ingest cannot run: {exc}")
    out = _plain(result)
    return out if isinstance(out, dict) else {"result": out}


def _plain(value: Any) -> Any:
    """A result record (dataclass, tuple, dict) as JSON-ready data."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    return value
