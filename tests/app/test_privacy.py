"""What SECURITY.md says is stored, and how: read back from the SQLite file itself."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.config import Settings
from tests.app.people import PASSWORD, csrf, make_people, practise, sign_in
from tests.live import LiveServer


def _stored_bytes(settings: Settings) -> bytes:
    """Everything in the database file and its write-ahead log."""
    path = Path(settings.database_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def _count(settings: Settings, table: str, session_id: str) -> int:
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as db:
            column = "id" if table == "practice_session" else "session_id"
            found: int = db.execute(
                text(f"SELECT count(*) FROM {table} WHERE {column} = :id"), {"id": session_id}
            ).one()[0]
            return found
    finally:
        engine.dispose()


def test_passwords_are_stored_only_as_argon2id_hashes(client: TestClient, settings: Settings) -> None:
    make_people(client)
    engine = create_engine(settings.database_url)
    with engine.connect() as db:
        hashes = [row[0] for row in db.execute(text("SELECT password_hash FROM app_user"))]
    engine.dispose()
    assert len(hashes) == 4 and all(h.startswith("$argon2id$") for h in hashes)
    assert PASSWORD.encode() not in _stored_bytes(settings)


def test_conversation_and_invitation_keys_are_stored_only_as_hashes(client: TestClient, settings: Settings) -> None:
    started = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    make_people(client)
    sign_in(client, "ana@example.org")
    made = client.post(
        "/review/cohorts/1/invites", data={"csrf_token": csrf(client, "/review/cohorts/1")}, follow_redirects=False
    )
    invite = made.headers["location"].split("invite=")[1].split("#")[0]
    stored = _stored_bytes(settings)
    for key in (started["token"], invite):
        assert key.encode() not in stored
        assert hashlib.sha256(key.encode()).hexdigest().encode() in stored


def test_no_address_or_name_is_stored_with_an_anonymous_conversation(client: TestClient, settings: Settings) -> None:
    started = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    with client.websocket_connect(f"/ws/sessions/{started['id']}?token={started['token']}") as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "What worries you most about this?"})
        assert ws.receive_json()["type"] == "turn"
    stored = _stored_bytes(settings)
    assert b"What worries you most about this?" in stored  # the reply is there, as the privacy page says
    assert b"testclient" not in stored  # the test client's address: not kept with the conversation
    assert b"Mozilla" not in stored and b"testserver" not in stored


def test_a_signed_in_delete_needs_the_csrf_token_and_takes_codes_and_comments_with_it(
    client: TestClient, settings: Settings
) -> None:
    make_people(client)
    sign_in(client, "tess@example.org")
    session = practise(client, ["How much did you drink?", "It sounds like you feel cornered."])
    sign_in(client, "ana@example.org")
    token = csrf(client, "/review")
    turns = client.get(f"/api/review/sessions/{session}").json()["turns"]
    learner = next(t["turn_id"] for t in turns if t["speaker"] == "learner")
    headers = {"x-csrf-token": token}
    coded = client.put(f"/api/review/turns/{learner}/code", json={"code": "OQ", "reason": "A story."}, headers=headers)
    assert coded.status_code == 200
    noted = client.post(f"/api/review/turns/{learner}/comments", json={"text": "Good start."}, headers=headers)
    assert noted.status_code in (200, 201)
    for table in ("practice_session", "turn", "codereview", "comment"):
        assert _count(settings, table, session) >= 1, table

    sign_in(client, "tess@example.org")  # the trainee deletes her own conversation
    assert client.delete(f"/api/sessions/{session}").status_code == 403  # the cookie alone is not enough
    own_token = csrf(client, "/me")
    assert client.delete(f"/api/sessions/{session}", headers={"x-csrf-token": own_token}).status_code == 204
    for table in ("practice_session", "turn", "codereview", "comment"):
        assert _count(settings, table, session) == 0, table
    assert json.loads(client.get(f"/api/sessions/{session}").text)["error"] == "not_found"


async def test_conversation_keys_never_reach_the_server_log(server: LiveServer) -> None:
    started = httpx.post(f"{server.base}/api/sessions", json={"scenario": "johnson-son-denial"}, timeout=10).json()
    async with connect(f"{server.ws}/ws/sessions/{started['id']}?token={started['token']}") as ws:
        await ws.recv()
        await ws.send(json.dumps({"type": "reply", "text": "What matters most to you?"}))
        assert json.loads(await ws.recv())["type"] == "turn"
    async with connect(f"{server.ws}/ws/sessions/{started['id']}?token=a-wrong-key") as ws:
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    transcript = httpx.get(
        f"{server.base}/api/sessions/{started['id']}/transcript",
        headers={"Authorization": f"Bearer {started['token']}"},
        timeout=10,
    )
    assert transcript.status_code == 200
    server.stop()
    log = server.log.read_text()
    assert f"/ws/sessions/{started['id']}?token=[hidden]" in log  # the socket was logged, without its key
    assert started["token"] not in log and "a-wrong-key" not in log


def test_an_invitation_expires_after_14_days(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    made = client.post(
        "/review/cohorts/1/invites", data={"csrf_token": csrf(client, "/review/cohorts/1")}, follow_redirects=False
    )
    invite = made.headers["location"].split("invite=")[1].split("#")[0]
    client.cookies.clear()
    engine = create_engine(settings.database_url)
    with engine.connect() as db:
        expires = db.execute(text("SELECT expires_at, created_at FROM invite")).one()
    lifetime = datetime.fromisoformat(str(expires[0])) - datetime.fromisoformat(str(expires[1]))
    assert abs(lifetime - timedelta(days=14)) < timedelta(minutes=1)
    with engine.begin() as db:  # as if those 14 days had passed
        db.execute(text("UPDATE invite SET expires_at = :when"), {"when": str(expires[1])})
    engine.dispose()
    page = client.get(f"/invite/{invite}")
    assert page.status_code == 404 and "This invitation has expired. Ask your supervisor for a new one." in page.text


def test_signing_in_only_ever_sends_people_on_within_rapport(client: TestClient) -> None:
    make_people(client)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"):
        client.cookies.clear()
        done = client.post(
            "/login",
            data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": csrf(client), "next": target},
            follow_redirects=False,
        )
        assert done.status_code == 303 and done.headers["location"] == "/review", target
