"""The chat socket: the protocol in DESIGN.md, including every kind of bad frame."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from tests.app.test_api import auth, start


def url(created: dict[str, Any], token: str | None = None) -> str:
    return f"/ws/sessions/{created['id']}?token={token if token is not None else created['token']}"


def transcript(client: TestClient, created: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = client.get(
        f"/api/sessions/{created['id']}/transcript", headers=auth(created["token"])
    ).json()
    return data


def test_connect_sends_the_conversation_so_far(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        state = ws.receive_json()
    assert state["type"] == "state"
    assert state["scenario"]["first_name"] == "Danny"
    assert [t["speaker"] for t in state["turns"]] == ["client"]
    assert state["client"]["text"] == state["turns"][0]["text"] and state["client"]["thought"]
    assert state["meters"] == {"rapport": 2.0, "resistance": 6.0}
    assert state["limits"]["max_reply_chars"] == 1000 and state["ended"] is False


def test_a_reply_is_coded_answered_and_stored(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_json(
            {"type": "reply", "text": "It feels like we ganged up on you, and that's the last thing I wanted."}
        )
        turn = ws.receive_json()
        assert turn["type"] == "turn" and turn["turn"] == 1
        assert turn["coding"]["code"] == "CR" and turn["coding"]["verdict"] == "good"
        assert turn["coding"]["feedback"] and turn["coding"]["label"] == "a listening statement that goes deeper"
        assert turn["client"]["text"] and turn["client"]["state"] == "ambushed" and turn["client"]["thought"]
        assert turn["meters"]["rapport"] > 2
        stored = transcript(client, created)["turns"]
        assert [t["speaker"] for t in stored] == ["client", "learner", "client"]
        assert stored[1]["code"] == "CR" and stored[2]["text"] == turn["client"]["text"]


@pytest.mark.parametrize(
    ("frame", "error"),
    [
        ("not json at all", "bad_json"),
        ('["a", "list"]', "unknown_type"),
        ('{"type": "shout", "text": "hi"}', "unknown_type"),
        ('{"text": "no type"}', "unknown_type"),
        ('{"type": "reply"}', "bad_message"),
        ('{"type": "reply", "text": 42}', "bad_message"),
        ('{"type": "reply", "text": "   "}', "empty_reply"),
        ('{"type": "reply", "text": "' + "word " * 400 + '"}', "reply_too_long"),
        ('{"type": "reply", "text": "' + "x" * 25000 + '"}', "bad_message"),
    ],
)
def test_bad_frames_get_a_typed_error_and_the_socket_stays_open(client: TestClient, frame: str, error: str) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_text(frame)
        problem = ws.receive_json()
        assert problem["type"] == "error" and problem["error"] == error and problem["message"]
        assert transcript(client, created)["session"]["turns"] == 0  # nothing stored
        ws.send_json({"type": "reply", "text": "What's been hardest?"})
        assert ws.receive_json()["type"] == "turn"


def test_binary_frames_are_refused(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_bytes(b"\x00\x01")
        assert ws.receive_json()["error"] == "bad_json"
        ws.send_json({"type": "ping"})
        assert ws.receive_json() == {"type": "pong"}


def _closed(ws: WebSocketTestSession) -> WebSocketDisconnect:
    with pytest.raises(WebSocketDisconnect) as closed:
        ws.receive_json()
    return closed.value


def test_unknown_session_and_wrong_or_missing_token_close_with_4xxx(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect("/ws/sessions/nope?token=x") as ws:
        gone = _closed(ws)
    assert gone.code == 4404 and "No conversation" in gone.reason
    with client.websocket_connect(url(created, "wrong")) as ws:
        wrong = _closed(ws)
    assert wrong.code == 4403 and "key" in wrong.reason
    with client.websocket_connect(f"/ws/sessions/{created['id']}") as ws:
        missing = _closed(ws)
    assert missing.code == 4401


def test_a_second_socket_takes_over_and_the_first_is_told(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as first:
        first.receive_json()
        with client.websocket_connect(url(created)) as second:
            second.receive_json()
            told = first.receive_json()
            assert told["type"] == "error" and told["error"] == "taken_over"
            assert _closed(first).code == 4409
            second.send_json({"type": "reply", "text": "What's on your mind?"})
            assert second.receive_json()["type"] == "turn"


def test_a_resent_reply_is_answered_once(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        message = {"type": "reply", "text": "What's been hardest?", "id": "m-1"}
        ws.send_json(message)
        first = ws.receive_json()
        ws.send_json(message)
        again = ws.receive_json()
    assert again["client"]["text"] == first["client"]["text"]
    assert transcript(client, created)["session"]["turns"] == 1


def test_a_resend_of_an_older_reply_is_answered_with_that_turn_and_its_number(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        answers = []
        for n, text in enumerate(["What's been hardest?", "You're tired of this.", "What would help?"], 1):
            ws.send_json({"type": "reply", "text": text, "id": f"m-{n}"})
            answers.append(ws.receive_json())
        ws.send_json({"type": "reply", "text": "What's been hardest?", "id": "m-1"})
        again = ws.receive_json()
    assert [a["turn"] for a in answers] == [1, 2, 3]
    assert again["turn"] == 1 and again["client"]["text"] == answers[0]["client"]["text"]
    assert transcript(client, created)["session"]["turns"] == 3


def test_ending_early_and_replying_after_the_end(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "Tell me what this morning has been like."})
        ws.receive_json()
        ws.send_json({"type": "end"})
        ended = ws.receive_json()
        assert ended["type"] == "ended" and ended["outcome"] == "stopped"
        assert ended["summary"]["replies"] == 1 and ended["scorecard_url"].endswith("/scorecard")
        ws.send_json({"type": "reply", "text": "Wait."})
        problem = ws.receive_json()
        assert problem["error"] == "conversation_ended" and "Start a new one" in problem["message"]


def test_reaching_an_ending_sends_turn_then_ended(client: TestClient) -> None:
    created = start(client, difficulty="hard")
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        for _ in range(2):
            ws.send_json({"type": "reply", "text": "You're a drunk."})
            turn = ws.receive_json()
        assert turn["client"]["state"] == "walks_out"
        ended = ws.receive_json()
        assert ended["type"] == "ended" and ended["outcome_kind"] == "failure" and ended["debrief"]
    with client.websocket_connect(url(created)) as ws:
        state = ws.receive_json()
        assert state["ended"] is True and state["end"]["outcome"] == "walks_out"


def test_a_crisis_pauses_the_role_play_and_stores_nothing(client: TestClient) -> None:
    created = start(client)
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "Honestly I just want to die."})
        paused = ws.receive_json()
        assert paused["type"] == "paused" and paused["kind"] == "self_harm" and "not been saved" in paused["message"]
        assert transcript(client, created)["session"] | {"turns": 0} == transcript(client, created)["session"]
        assert transcript(client, created)["session"]["paused"] is True
        ws.send_json({"type": "reply", "text": "What's been hardest?"})
        assert ws.receive_json()["error"] == "paused"
        ws.send_json({"type": "resume"})
        state = ws.receive_json()
        assert state["type"] == "state" and state["session"]["paused"] is False
        ws.send_json({"type": "reply", "text": "Honestly I just want to die."})  # resent as role-play
        assert ws.receive_json()["type"] == "turn"
        ws.send_json({"type": "reply", "text": "I want to die."})
        assert ws.receive_json()["type"] == "paused"  # checked again after that one
    assert [t["speaker"] for t in transcript(client, created)["turns"]] == ["client", "learner", "client"]
