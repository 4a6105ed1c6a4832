"""Security headers on every HTTP response: pages, API, static files and errors.

A pure ASGI middleware (no BaseHTTPMiddleware: that one buffers, costs more and does not wrap
websockets). Added last in `create_app`, so it is the outermost of the app's own middleware and
also covers the answers other middleware give (rate limits, size limits).

* **Content-Security-Policy**, strict everywhere except the interactive API docs: scripts, styles,
  images, fonts and connections from Rapport itself only; no inline script or style (templates
  keep their styles in `web/static/app.css` and their behaviour in `web/static/*.js`). `'self'`
  in `connect-src` also allows the chat socket on the same host (`ws:` on an `http:` page, `wss:`
  on `https:`), as CSP Level 3 says and `tests/web/test_csp.py` shows in Chromium.
* `/docs` and `/redoc` are FastAPI's Swagger UI and ReDoc pages: they load their code from the
  jsDelivr CDN and start it with an inline script, so they get a relaxed policy (those hosts plus
  `'unsafe-inline'`). They show no conversation or personal data. `/openapi.json` is plain JSON.
* `X-Frame-Options: DENY` (and `frame-ancestors 'none'`): no page may be framed (clickjacking).
* `Referrer-Policy: no-referrer`: links from Rapport tell the next site nothing. Paths carry
  conversation ids and one-time invitation keys (`/invite/KEY`), and a person following the
  crisis links (findahelpline.com) should not reveal where they came from. Nothing in Rapport
  reads the Referer header (CSRF is checked with a token), so nothing is lost.
* `X-Content-Type-Options: nosniff`, `Cross-Origin-Opener-Policy: same-origin`, and a
  `Permissions-Policy` that turns off camera, microphone, geolocation and payment.
* `Cache-Control: no-store` on everything but `/static/`: pages, API answers and downloads carry
  conversations, codes, comments or at least the signed-in person's name, and must not be kept by
  the browser's or a proxy's cache. A response that sets its own Cache-Control keeps it.

An exception that escapes the app is answered here (with the app's own 500 handler, if it has one)
so the error page carries the headers too; it is then raised again for the server to log.
Responses uvicorn makes by itself (a malformed request line) never reach the app and have none.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    )
)
# Swagger UI and ReDoc as FastAPI serves them: code and styles from jsDelivr, an inline script to
# start them, Google Fonts for ReDoc, FastAPI's favicon, and a blob: worker in ReDoc.
DOCS_CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com",
        "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly",
        "font-src 'self' https://fonts.gstatic.com",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    )
)
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})
STATIC_PREFIX = "/static/"

_COMMON: list[tuple[bytes, bytes]] = [
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]
_NO_STORE = (b"cache-control", b"no-store")


def headers_for(path: str) -> list[tuple[bytes, bytes]]:
    """The headers a response to `path` gets (unless it already has them)."""
    policy = DOCS_CSP if path in DOCS_PATHS else CSP
    chosen = [(b"content-security-policy", policy.encode()), *_COMMON]
    if not path.startswith(STATIC_PREFIX):
        chosen.append(_NO_STORE)
    return chosen


class SecurityHeaders:
    """Adds `headers_for(path)` to every HTTP response; websockets pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._strict = headers_for("/")
        self._static = headers_for(STATIC_PREFIX)

    def _chosen(self, path: str) -> list[tuple[bytes, bytes]]:
        if path in DOCS_PATHS:
            return headers_for(path)
        return self._static if path.startswith(STATIC_PREFIX) else self._strict

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chosen = self._chosen(scope.get("path", ""))
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = _merged(message.get("headers", ()), chosen)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            if started or _debug(scope):
                raise
            response = await _error_response(scope, exc)
            await response(scope, receive, send_with_headers)
            raise  # the server logs it; Starlette's own error middleware sees the answer was sent


def _merged(existing: Iterable[tuple[bytes, bytes]], chosen: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    headers = list(existing)
    present = {name.lower() for name, _ in headers}
    headers.extend(header for header in chosen if header[0] not in present)
    return headers


def _debug(scope: Scope) -> bool:
    app = scope.get("app")
    return bool(getattr(app, "debug", False))


async def _error_response(scope: Scope, exc: Exception) -> Response:
    """What Starlette's ServerErrorMiddleware would answer: the app's 500 handler, else plain text."""
    app = scope.get("app")
    handlers = getattr(app, "exception_handlers", {}) or {}
    handler = handlers.get(500) or handlers.get(Exception)
    if handler is not None:
        request = Request(scope)
        try:
            if inspect.iscoroutinefunction(handler):
                response: Response = await handler(request, exc)
            else:
                response = await run_in_threadpool(handler, request, exc)
            return response
        except Exception:  # a failing handler must not hide the first error: fall back to text
            pass
    return PlainTextResponse("Something went wrong on our side. Please try again in a moment.", status_code=500)


class SafeJSONResponse(JSONResponse):
    """JSON that can always be sent: text holding a lone surrogate (valid in a JSON string's
    escapes, "\\ud800", but not in UTF-8) is written with every non-ASCII character escaped,
    instead of failing with a 500 while answering an error about that very text."""

    def render(self, content: Any) -> bytes:
        try:
            return super().render(content)
        except UnicodeEncodeError:
            return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
