"""The JSON API, through the real app on a real SQLite file."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def start(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/api/sessions", json={"scenario": "johnson-son-denial", "seed": 4, **body})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_scenarios_are_listed_with_their_summaries(client: TestClient) -> None:
    scenarios = client.get("/api/scenarios").json()
    assert len(scenarios) >= 16
    first = next(s for s in scenarios if s["id"] == "johnson-son-denial")
    assert {"id", "title", "audience", "model", "difficulty", "persona"} <= set(first)
    assert first["persona"]["name"] == "Danny Reyes"
    assert client.get("/api/scenarios/johnson-son-denial").json()["model"] == "johnson"
    assert client.get("/api/scenarios/nope").status_code == 404


def test_a_session_starts_with_the_opening_line(client: TestClient) -> None:
    created = start(client)
    assert created["mode"] == "coach" and created["seed"] == 4 and created["difficulty"] == "realistic"
    assert created["practice_url"].endswith(f"/practice/{created['id']}#token={created['token']}")
    assert created["socket_url"].startswith("ws://") and f"token={created['token']}" in created["socket_url"]
    transcript = client.get(f"/api/sessions/{created['id']}/transcript", headers=auth(created["token"])).json()
    assert transcript["session"]["turns"] == 0
    (opening,) = transcript["turns"]
    assert opening["speaker"] == "client" and opening["index"] == 0 and opening["text"]


def test_the_token_is_required_and_checked(client: TestClient) -> None:
    created = start(client)
    url = f"/api/sessions/{created['id']}"
    missing = client.get(url)
    assert missing.status_code == 401 and missing.json()["error"] == "unauthorized"
    assert "Bearer" in missing.json()["message"]
    wrong = client.get(url, headers=auth("not-the-token"))
    assert wrong.status_code == 403 and wrong.json()["error"] == "forbidden"
    assert client.get("/api/sessions/nope", headers=auth(created["token"])).status_code == 404
    assert client.get(url, headers=auth(created["token"])).json()["id"] == created["id"]


def test_unknown_scenario_is_a_clear_422(client: TestClient) -> None:
    response = client.post("/api/sessions", json={"scenario": "no-such-thing"})
    assert response.status_code == 422
    assert "There is no scenario 'no-such-thing'" in response.json()["message"]


def test_bad_bodies_are_422_with_the_field_named(client: TestClient) -> None:
    for body, field in (
        ({"scenario": "johnson-son-denial", "mode": "quiz"}, "mode"),
        ({"scenario": "johnson-son-denial", "seed": -1}, "seed"),
        ({"scenario": "johnson-son-denial", "extra": 1}, "extra"),
        ({}, "scenario"),
    ):
        response = client.post("/api/sessions", json=body)
        assert response.status_code == 422, body
        assert field in response.json()["message"]


def test_delete_removes_everything(client: TestClient) -> None:
    created = start(client)
    url = f"/api/sessions/{created['id']}"
    assert client.delete(url).status_code == 401
    assert client.delete(url, headers=auth(created["token"])).status_code == 204
    assert client.get(url, headers=auth(created["token"])).status_code == 404
    assert client.delete(url, headers=auth(created["token"])).status_code == 404


def test_exam_mode_hides_codes_until_the_end(client: TestClient) -> None:
    created = start(client, mode="exam")
    with client.websocket_connect(f"/ws/sessions/{created['id']}?token={created['token']}") as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "You're an alcoholic."})
        turn = ws.receive_json()
        assert turn["coding"] is None and turn["meters"] is None and turn["client"]["thought"] is None
        url = f"/api/sessions/{created['id']}/transcript"
        hidden = client.get(url, headers=auth(created["token"])).json()
        assert hidden["turns"][1]["code"] is None and hidden["session"]["summary"] is None
        ws.send_json({"type": "end"})
        assert ws.receive_json()["type"] == "ended"
    shown = client.get(url, headers=auth(created["token"])).json()
    assert shown["turns"][1]["code"] == "CO" and shown["session"]["summary"]["non_adherent"] == 1


def test_openapi_is_published(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/scenarios", "/api/sessions", "/api/sessions/{session_id}/transcript"} <= set(paths)


def test_healthz_answers_when_the_database_does(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
