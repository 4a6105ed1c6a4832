"""Try that again: in coach mode the last reply can be taken back over the socket. The person is
where they were before it, the exchange stays in the transcript marked undone, the scores count
the kept replies and say how many were retried; exam mode has no undo."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from starlette.testclient import WebSocketTestSession

from tests.app.people import UNDO, make_people, practise, sign_in
from tests.app.test_api import auth, start
from tests.app.test_socket import transcript, url

OUTBURST = "You're a drunk."
REPAIR = "I'm sorry, that came out harsh. My fault. I do want to hear you."


def reply(ws: WebSocketTestSession, text: str) -> dict[str, Any]:
    ws.send_json({"type": "reply", "text": text})
    turn: dict[str, Any] = ws.receive_json()
    assert turn["type"] == "turn", turn
    return turn


def test_an_outburst_that_ended_it_is_taken_back_and_the_repair_goes_on(client: TestClient) -> None:
    created = start(client, difficulty="hard", mode="coach")
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        first = reply(ws, "Tell me what this morning has been like.")
        reply(ws, OUTBURST)
        last = reply(ws, OUTBURST)
        assert last["client"]["state"] == "walks_out" and ws.receive_json()["type"] == "ended"
        ws.send_json({"type": "undo"})
        undone = ws.receive_json()
        assert undone["type"] == "undone" and undone["index"] == last["learner"]["index"]
        assert undone["text"] == OUTBURST and "try it another way" in undone["message"]
        state = ws.receive_json()
        assert state["type"] == "state" and state["ended"] is False and "end" not in state
        assert [t["undone"] for t in state["turns"][-2:]] == [True, True]
        ws.send_json({"type": "undo"})  # and the first outburst too
        assert ws.receive_json()["type"] == "undone"
        state = ws.receive_json()
        assert state["client"]["text"] == first["client"]["text"]  # where they were before it
        assert state["meters"] == first["meters"]
        repaired = reply(ws, REPAIR)
        assert repaired["learner"]["undone"] is False
    stored = transcript(client, created)
    kept = [t for t in stored["turns"] if not t["undone"]]
    assert [t["text"] for t in kept if t["speaker"] == "learner"] == [
        "Tell me what this morning has been like.",
        REPAIR,
    ]
    assert sum(t["undone"] for t in stored["turns"]) == 4  # both attempts stay, marked
    session = stored["session"]
    assert session["ended"] is False and session["turns"] == 2 and session["retried"] == 2
    assert session["summary"]["replies"] == 2
    panel = client.get(f"/practice/{created['id']}/scorecard/panel", headers=auth(created["token"])).text
    assert "2 replies (2 taken back and tried again)" in panel


def test_taking_back_puts_the_person_exactly_where_they_were(client: TestClient) -> None:
    kept = ["Tell me what this morning has been like.", "You feel ambushed."]
    one = start(client, mode="coach", seed=11)
    other = start(client, mode="coach", seed=11)
    with client.websocket_connect(url(one)) as ws:
        ws.receive_json()
        for text in [kept[0], OUTBURST, kept[1]]:
            if text == kept[1]:
                ws.send_json({"type": "undo"})
                assert ws.receive_json()["type"] == "undone"
                ws.receive_json()
            answer = reply(ws, text)
    with client.websocket_connect(url(other)) as ws:
        ws.receive_json()
        for text in kept:
            straight = reply(ws, text)
    assert answer["client"]["text"] == straight["client"]["text"] and answer["meters"] == straight["meters"]


def test_exam_mode_and_nothing_to_take_back_and_a_conversation_ended_by_hand(client: TestClient) -> None:
    exam = start(client, mode="exam")
    with client.websocket_connect(url(exam)) as ws:
        ws.receive_json()
        reply(ws, OUTBURST)
        ws.send_json({"type": "undo"})
        problem = ws.receive_json()
        assert problem["error"] == "cannot_undo" and "Exam mode has no undo" in problem["message"]
    coach = start(client, mode="coach")
    with client.websocket_connect(url(coach)) as ws:
        ws.receive_json()
        ws.send_json({"type": "undo"})
        problem = ws.receive_json()
        assert problem["error"] == "cannot_undo" and "nothing to take back" in problem["message"]
        reply(ws, OUTBURST)
        ws.send_json({"type": "end"})
        assert ws.receive_json()["type"] == "ended"
        ws.send_json({"type": "undo"})
        problem = ws.receive_json()
        assert problem["error"] == "conversation_ended" and "Start a new one" in problem["message"]
    assert not any(t["undone"] for t in transcript(client, coach)["turns"])


def test_a_supervisor_sees_both_attempts_marked_and_the_export_says_which(client: TestClient) -> None:
    people = make_people(client)
    sign_in(client, people.spring_trainee.email)
    session_id = practise(client, ["Tell me what this morning has been like.", OUTBURST, UNDO, REPAIR])
    sign_in(client, people.spring_supervisor.email)
    page = client.get(f"/review/sessions/{session_id}").text
    assert "1 reply taken back and tried again" in page
    assert (
        page.count('class="turn-review learner undone"') == 1 and page.count('class="turn-review client undone"') == 1
    )
    assert "taken back, then tried again" in page
    csv_rows = client.get(f"/review/sessions/{session_id}/export.csv").text.splitlines()
    header = csv_rows[0].split(",")
    undone = [row for row in csv_rows[1:] if OUTBURST in row]
    assert "undone" in header and len(undone) == 1 and ",True," in undone[0]
