"""Security headers on every kind of response the app gives: pages, API, static files, errors
(404, 401, 422, and an unhandled exception's 500), and the relaxed policy on the API docs only.
The same headers as Chromium receives them: tests/web/test_csp.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient
from httpx2 import Response

from app.config import Settings
from app.main import create_app

STRICT = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def policy(response: Response) -> dict[str, str]:
    parts = (part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
    return {p[0]: p[1] if len(p) > 1 else "" for p in parts}


def assert_secured(response: Response, *, cached: bool = False) -> None:
    where = f"{response.request.method} {response.request.url.path} ({response.status_code})"
    assert policy(response) == STRICT, where
    assert response.headers["x-frame-options"] == "DENY", where
    assert response.headers["referrer-policy"] == "no-referrer", where
    assert response.headers["x-content-type-options"] == "nosniff", where
    assert response.headers["cross-origin-opener-policy"] == "same-origin", where
    assert "camera=()" in response.headers["permissions-policy"], where
    if cached:
        assert "no-store" not in response.headers.get("cache-control", ""), where
    else:
        assert response.headers["cache-control"] == "no-store", where


def test_pages_api_and_errors_carry_every_header(client: TestClient) -> None:
    for path, status in (
        ("/", 200),
        ("/scenarios", 200),
        ("/privacy", 200),
        ("/login", 200),
        ("/practice/abc", 200),
        ("/practice/abc/scorecard", 200),
        ("/api/scenarios", 200),
        ("/healthz", 200),
        ("/openapi.json", 200),
        ("/no-such-page", 404),
        ("/api/sessions/nope", 401),
        ("/review", 303),
    ):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == status, path
        assert_secured(response)
    created = client.post("/api/sessions", json={"scenario": "johnson-son-denial"})
    assert created.status_code == 201
    assert_secured(created)
    assert_secured(client.post("/api/sessions", json={"scenario": "johnson-son-denial", "mode": "quiz"}))  # 422
    transcript = client.get(
        f"/api/sessions/{created.json()['id']}/transcript",
        headers={"Authorization": f"Bearer {created.json()['token']}"},
    )
    assert transcript.status_code == 200 and transcript.json()["turns"]
    assert_secured(transcript)  # a conversation: never cached


def test_static_files_carry_the_headers_and_may_be_cached(client: TestClient) -> None:
    for path in ("/static/app.css", "/static/chat.js", "/static/print.js", "/static/favicon.svg"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_secured(response, cached=True)
    missing = client.get("/static/nothing.js")
    assert missing.status_code == 404
    assert_secured(missing, cached=True)


def test_the_api_docs_get_a_relaxed_policy_and_openapi_json_keeps_working(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        response = client.get(path)
        assert response.status_code == 200, path
        docs = policy(response)
        assert "https://cdn.jsdelivr.net" in docs["script-src"] and "'unsafe-inline'" in docs["script-src"]
        assert docs["frame-ancestors"] == "'none'" and docs["object-src"] == "'none'"
        assert response.headers["x-frame-options"] == "DENY"
    schema = client.get("/openapi.json")
    assert schema.headers["content-type"] == "application/json"
    assert "/api/sessions" in schema.json()["paths"]
    assert_secured(schema)


@pytest.fixture
def shaky(settings: Settings) -> Iterator[TestClient]:
    """The real app plus two routes of the test's own: one that fails, one with its own caching."""
    app: FastAPI = create_app(settings)

    def fails() -> None:
        raise RuntimeError("a bug nobody caught")

    def cached() -> PlainTextResponse:
        return PlainTextResponse("ok", headers={"Cache-Control": "public, max-age=60"})

    app.add_api_route("/test-only/fails", fails)
    app.add_api_route("/test-only/cached", cached)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_an_unhandled_error_still_carries_the_headers(shaky: TestClient) -> None:
    response = shaky.get("/test-only/fails")
    assert response.status_code == 500
    assert response.text and "a bug nobody caught" not in response.text
    assert_secured(response)


def test_a_response_that_sets_its_own_cache_control_keeps_it(shaky: TestClient) -> None:
    response = shaky.get("/test-only/cached")
    assert response.headers["cache-control"] == "public, max-age=60"
    assert response.headers["x-frame-options"] == "DENY"


def test_the_chat_socket_still_works_through_the_middleware(client: TestClient) -> None:
    created = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    with client.websocket_connect(f"/ws/sessions/{created['id']}?token={created['token']}") as ws:
        assert ws.receive_json()["type"] == "state"
        ws.send_json({"type": "reply", "text": "What would you like to happen?"})
        assert ws.receive_json()["type"] == "turn"
