"""The published contracts hold: docs/openapi.json and docs/socket.schema.json are what the code
writes (tools/write_docs.py), every message the server sends in real conversations is one the
socket schema describes, and every JSON answer of the API is its route's response model."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, cast

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from httpx2 import Response
from pydantic import TypeAdapter
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from app.config import Settings
from app.main import create_app
from app.web.protocol import SERVER_MESSAGE, socket_schema
from app.web.routes import accounts, api, exports, health, pages, prepare, review
from tests.app.people import csrf, make_people, practise, sign_in
from tests.app.test_api import auth, start
from tests.app.test_socket import url
from tests.live import ROOT

OPENAPI = ROOT / "docs" / "openapi.json"
SOCKET_SCHEMA = ROOT / "docs" / "socket.schema.json"


def conforms(adapter: TypeAdapter[Any], data: Any) -> None:
    """`data` is what the model writes: it validates, and written again it comes back unchanged
    (no key missing, none extra, no value changed)."""
    assert adapter.dump_python(adapter.validate_python(data), mode="json") == data


def test_the_documents_are_what_the_code_writes(client: TestClient) -> None:
    stale = "is out of date: run `make docs`"
    assert json.loads(OPENAPI.read_text(encoding="utf-8")) == cast(FastAPI, client.app).openapi(), f"{OPENAPI} {stale}"
    assert json.loads(SOCKET_SCHEMA.read_text(encoding="utf-8")) == socket_schema(), f"{SOCKET_SCHEMA} {stale}"


@pytest.mark.subprocess
def test_write_docs_check_says_whether_they_are() -> None:
    run = subprocess.run(
        [sys.executable, "tools/write_docs.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr


# --- the chat socket -----------------------------------------------------------------------------


class Recorded:
    """Every message the server sent, from every socket."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def receive(self, ws: WebSocketTestSession) -> dict[str, Any]:
        message: dict[str, Any] = ws.receive_json()
        self.messages.append(message)
        return message


@pytest.fixture
def limited(settings: Settings) -> Iterator[TestClient]:
    """The app with a reply limit, for the `rate_limited` error and its `retry_after`."""
    with TestClient(create_app(settings.model_copy(update={"replies_per_minute": 1, "reply_burst": 1}))) as test:
        yield test


def _play(client: TestClient, limited: TestClient, sent: Recorded) -> None:
    """Coach and exam conversations to their ends, a pause for someone in danger, bad frames,
    a take-over, a reconnect after the end, a reply taken back, and a reply over the rate."""
    coach = start(client, difficulty="hard")
    with client.websocket_connect(url(coach)) as ws:
        sent.receive(ws)  # state
        ws.send_json({"type": "ping"})
        sent.receive(ws)  # pong
        ws.send_text("not json")
        sent.receive(ws)  # error
        ws.send_json({"type": "reply", "text": "Honestly I just want to die."})
        sent.receive(ws)  # paused
        ws.send_json({"type": "resume"})
        sent.receive(ws)  # state
        with client.websocket_connect(url(coach)) as second:
            sent.receive(second)  # state
            sent.receive(ws)  # error: taken over
            with pytest.raises(WebSocketDisconnect):
                ws.receive_json()
            for _ in range(2):
                second.send_json({"type": "reply", "text": "You're a drunk."})
                sent.receive(second)  # turn
            assert sent.receive(second)["type"] == "ended"
    with client.websocket_connect(url(coach)) as ws:
        assert "end" in sent.receive(ws)  # state, with how it ended
        ws.send_json({"type": "undo"})
        sent.receive(ws)  # undone
        assert "end" not in sent.receive(ws)  # state, going on again
        ws.send_json({"type": "hint"})
        sent.receive(ws)  # hint
    exam = start(client, mode="exam")
    with client.websocket_connect(url(exam)) as ws:
        sent.receive(ws)
        ws.send_json({"type": "reply", "text": "What's been hardest?", "id": "m-1"})
        sent.receive(ws)
        ws.send_json({"type": "end"})
        sent.receive(ws)
    fast = start(limited)
    with limited.websocket_connect(url(fast)) as ws:
        sent.receive(ws)
        for text in ("What's been hardest?", "What would help?"):
            ws.send_json({"type": "reply", "text": text})
            sent.receive(ws)
    assert "retry_after" in sent.messages[-1]


def test_every_message_the_server_sends_is_in_the_socket_schema(client: TestClient, limited: TestClient) -> None:
    documented = json.loads(SOCKET_SCHEMA.read_text(encoding="utf-8"))
    assert documented == socket_schema()  # so SERVER_MESSAGE is what the file describes (no JSON Schema validator here)
    sent = Recorded()
    _play(client, limited, sent)
    for message in sent.messages:
        conforms(SERVER_MESSAGE, message)
    assert {m["type"] for m in sent.messages} == set(documented["$defs"]["ServerMessage"]["discriminator"]["mapping"])


# --- the HTTP API ----------------------------------------------------------------------------------


ROUTERS = (accounts.router, api.router, exports.router, health.router, pages.router, review.router, prepare.router)
ROUTES = [route for router in (*ROUTERS, prepare.api) for route in router.routes if isinstance(route, APIRoute)]


class Answers:
    """Checks each JSON answer against the response model of the route that gave it."""

    def __init__(self) -> None:
        self.checked: set[str] = set()

    def check(self, response: Response, status: int = 200) -> Any:
        assert response.status_code == status, response.text
        route = self.route(response.request.method, response.request.url.path)
        assert route.response_model is not None, f"{route.path} declares no response model"
        conforms(TypeAdapter(route.response_model), response.json())
        self.checked.add(f"{response.request.method} {route.path}")
        return response.json()

    def route(self, method: str, path: str) -> APIRoute:
        for route in ROUTES:
            if method in (route.methods or ()) and route.path_regex.fullmatch(path):
                return route
        raise AssertionError(f"no route answers {method} {path}")


def test_every_json_answer_is_its_routes_response_model(client: TestClient) -> None:
    answers = Answers()
    check = answers.check
    check(client.get("/healthz"))
    check(client.get("/api/scenarios"))
    check(client.get("/api/scenarios/johnson-son-denial"))
    created = check(client.post("/api/sessions", json={"scenario": "johnson-son-denial", "seed": 4}), 201)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "What's been hardest?"})
        ws.receive_json()
    check(client.get(f"/api/sessions/{created['id']}", headers=auth(created["token"])))
    check(client.get(f"/api/sessions/{created['id']}/transcript", headers=auth(created["token"])))
    letter = check(client.post("/api/letters", json={"text": "Dear Sam, I love you. You're a drunk."}), 201)
    check(client.get(f"/api/letters/{letter['id']}", headers=auth(letter["key"])))
    check(client.put(f"/api/letters/{letter['id']}", json={"text": "I love you."}, headers=auth(letter["key"])))
    plan = check(client.post("/api/plans", json={"plan": {"script": "Will you come to Riverside today?"}}), 201)
    check(client.get(f"/api/plans/{plan['id']}", headers=auth(plan["key"])))
    check(client.put(f"/api/plans/{plan['id']}", json={"plan": {"relationship": "wife"}}, headers=auth(plan["key"])))
    rehearsal = check(client.post(f"/api/plans/{plan['id']}/rehearse", json={}, headers=auth(plan["key"])), 201)
    check(client.get(f"/api/sessions/{rehearsal['id']}/plan", headers=auth(rehearsal["token"])))

    people = make_people(client)
    sign_in(client, "tess@example.org")
    session_id = practise(client, ["It feels like we ganged up on you.", "You're an alcoholic."])
    check(client.get(f"/api/trainees/{people.spring_trainee.id}/progress"))
    sign_in(client, "ana@example.org")
    token = {"x-csrf-token": csrf(client, "/review")}
    check(client.get("/api/review/sessions", params={"sort": "rq", "order": "asc", "mode": "coach"}))
    detail = check(client.get(f"/api/review/sessions/{session_id}"))
    first, second = (t["turn_id"] for t in detail["turns"] if t["speaker"] == "learner")
    check(client.put(f"/api/review/turns/{first}/code", json={"code": "CR", "reason": "a reflection"}, headers=token))
    check(client.put(f"/api/review/turns/{second}/code", json={"code": "PE", "reason": "advice"}, headers=token))
    check(client.post(f"/api/review/turns/{first}/agree", headers=token))
    comment = check(
        client.post(f"/api/review/turns/{second}/comments", json={"text": "Try a reflection."}, headers=token), 201
    )
    check(client.put(f"/api/review/comments/{comment['id']}", json={"text": "Try a reflection first."}, headers=token))
    check(client.get(f"/api/review/sessions/{session_id}"))  # now with human codes and a comment
    check(client.get(f"/api/cohorts/{people.spring_trainee.cohort_id}/agreement"))
    check(client.get(f"/api/trainees/{people.spring_trainee.id}/progress"))

    json_operations = {
        f"{method.upper()} {path}"
        for path, operations in cast(FastAPI, client.app).openapi()["paths"].items()
        for method, operation in operations.items()
        if any(code.startswith("2") and "content" in answer for code, answer in operation["responses"].items())
    }
    assert json_operations <= answers.checked, "an operation this test does not call yet"
