"""Request limits, security headers and error bodies.

Every error on an `/api` route is JSON: `{"error": {"status": 404, "message": "..."}}` (with
`detail` for validation errors); pages get a small HTML error page with the same status.
Bodies larger than the limit are refused with 413 before the route reads them.
"""
from __future__ import annotations

import hmac
import json
import logging
from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 2_000_000
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class BodyTooLarge(Exception):
    pass


class LimitsMiddleware:
    """Pure ASGI: refuse bodies over `max_body` bytes (declared or streamed) with a JSON 413,
    and add the security headers to every response."""

    def __init__(self, app, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                return await _send_json(send, 400, "malformed Content-Length header")
            if size > self.max_body:
                return await _send_json(send, 413, f"request body is {size} bytes; the limit is {self.max_body}")
        seen = 0
        started = False
        head = scope.get("method") == "HEAD"
        if head:  # answered as GET without the body, for every page and API route
            scope = {**scope, "method": "GET"}

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge()
            return message

        async def headed_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *[(k, v) for k, v in HEADERS if k not in names]]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, counted_receive, headed_send)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, f"request body is over the limit of {self.max_body} bytes")


async def _send_json(send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, detail: Any = None,
                   headers: Optional[dict] = None):
    if is_api(request):
        error: dict[str, Any] = {"status": status, "message": message}
        if detail is not None:
            error["detail"] = detail
        return JSONResponse({"error": error}, status_code=status, headers=headers)
    from .app import render_page

    return HTMLResponse(render_page("error.html.j2", status=status, message=message, detail=detail),
                        status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else _reason(exc.status_code)
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        where = ", ".join(".".join(str(p) for p in d["loc"]) + f": {d['msg']}" for d in detail[:5])
        return error_response(request, 422, f"invalid request ({where})", detail=detail)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):  # a bug, never a bad request
        log.exception("internal error on %s", request.url.path)
        return error_response(request, 500, "internal error")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"


def bearer_ok(request: Request, token: Optional[str]) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())
