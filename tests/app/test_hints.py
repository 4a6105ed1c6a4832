"""'What could I say?': in coach mode, sentence starters that fit the moment (never a whole model
reply) and what to aim for, counted for the scorecard; exam mode has none."""

from __future__ import annotations

from fastapi.testclient import TestClient

from dialogue.hints import starter
from dialogue.library import Library
from scenarios import SCENARIO_DIR
from tests.app.test_api import auth, start
from tests.app.test_socket import transcript, url

LIBRARY = Library.load(SCENARIO_DIR)


def test_a_hint_gives_starters_for_the_moment_and_is_counted(client: TestClient) -> None:
    created = start(client, mode="coach")
    whole = {r.text for s in LIBRARY.get("johnson-son-denial").states.values() for r in s.model_replies}
    with client.websocket_connect(url(created)) as ws:
        state = ws.receive_json()
        ws.send_json({"type": "hint"})
        hint = ws.receive_json()
        assert hint["type"] == "hint" and hint["aim"] and 1 <= len(hint["starters"]) <= 3
        assert all(s.endswith("…") and s[:-1] not in whole for s in hint["starters"])  # never the whole answer
        here = LIBRARY.get("johnson-son-denial").states[state["client"]["state"]]
        assert hint["starters"] == list(dict.fromkeys(starter(r.text) for r in here.model_replies[:3]))
        ws.send_json({"type": "hint"})
        assert ws.receive_json()["type"] == "hint"
    assert transcript(client, created)["session"]["hints"] == 2
    panel = client.get(f"/practice/{created['id']}/scorecard/panel", headers=auth(created["token"])).text
    assert "2 hints used" in panel


def test_family_hints_speak_plainly_and_a_danger_moment_asks_about_it() -> None:
    from dialogue.hints import hint_for

    kayla = LIBRARY.get("craft-adult-child-fentanyl-hopeless")
    assert "reflection" not in hint_for(kayla, "worn_out").aim
    assert "ending their life" in hint_for(kayla, "dark_thought").aim
    jo = LIBRARY.get("trainee-discord-repair")
    assert "reflection" in hint_for(jo, "furious").aim  # trainees get the MITI words


def test_exam_mode_has_no_hints(client: TestClient) -> None:
    created = start(client, mode="exam")
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_json({"type": "hint"})
        problem = ws.receive_json()
        assert problem["error"] == "no_hints" and "Exam mode has no hints" in problem["message"]
