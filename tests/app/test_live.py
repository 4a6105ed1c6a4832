"""A real uvicorn process, a real websocket client, and a SIGKILL in the middle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

from dialogue.library import Library
from scenarios import SCENARIO_DIR
from tests.live import LiveServer

pytestmark = [pytest.mark.server]  # a real server killed with SIGKILL

LIBRARY = Library.load(SCENARIO_DIR)
SCENARIO = "johnson-son-denial"


def create(live: LiveServer, seed: int = 9) -> dict[str, Any]:
    response = httpx.post(f"{live.base}/api/sessions", json={"scenario": SCENARIO, "seed": seed}, timeout=10)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def model_reply(state: str, turns_here: int) -> str:
    replies = LIBRARY.get(SCENARIO).states[state].model_replies
    return replies[turns_here % len(replies)].text


async def receive(ws: ClientConnection) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(await ws.recv(decode=True))
    return data


async def play(ws: ClientConnection, state: str, count: int, sent: list[str]) -> tuple[str, dict[str, Any] | None]:
    """Send model replies for the current state; stop after `count` or at the end."""
    here = 0
    for _ in range(count):
        text = model_reply(state, here)
        await ws.send(json.dumps({"type": "reply", "text": text}))
        sent.append(text)
        turn = await receive(ws)
        assert turn["type"] == "turn", turn
        here = here + 1 if turn["client"]["state"] == state else 0
        state = turn["client"]["state"]
        if state in LIBRARY.get(SCENARIO).endings:
            return state, await receive(ws)
    return state, None


async def test_a_whole_conversation_over_a_real_socket(server: LiveServer) -> None:
    created = create(server)
    async with connect(f"{server.ws}/ws/sessions/{created['id']}?token={created['token']}") as ws:
        hello = await receive(ws)
        assert hello["type"] == "state"
        sent: list[str] = []
        _, ended = await play(ws, hello["client"]["state"], 40, sent)
    assert ended is not None and ended["type"] == "ended" and ended["outcome_kind"] == "success"
    assert ended["summary"]["replies"] == len(sent) and ended["summary"]["non_adherent"] == 0


async def test_sigkill_mid_conversation_loses_no_committed_turn(tmp_path: Path) -> None:
    database = tmp_path / "rapport.db"
    first = LiveServer(database).start()
    sent: list[str] = []
    try:
        created = create(first, seed=21)
        socket_path = f"/ws/sessions/{created['id']}?token={created['token']}"
        async with connect(first.ws + socket_path) as ws:
            hello = await receive(ws)
            state, _ = await play(ws, hello["client"]["state"], 3, sent)
            first.kill()
    finally:
        first.kill()
    second = LiveServer(database).start()
    try:
        async with connect(second.ws + socket_path) as ws:
            resumed = await receive(ws)
            learner = [t["text"] for t in resumed["turns"] if t["speaker"] == "learner"]
            assert learner == sent, "every committed turn is there after the kill"
            assert resumed["client"]["state"] == state
            state, ended = await play(ws, state, 40, sent)
        assert ended is not None and ended["outcome_kind"] == "success"
        headers = {"Authorization": f"Bearer {created['token']}"}
        stored = httpx.get(f"{second.base}/api/sessions/{created['id']}/transcript", headers=headers, timeout=10).json()
    finally:
        second.stop()
    engine = LIBRARY.engine(SCENARIO)
    replayed = engine.replay(21, None, sent)
    try:
        assert replayed.outcome == stored["session"]["outcome"]
        client_lines = [t["text"] for t in stored["turns"] if t["speaker"] == "client"]
        assert client_lines[-1] == engine.text_of(replayed.last_line), "same state as an uninterrupted run"
        assert stored["turns"][-1]["meters"] == replayed.meters
    finally:
        engine.release(replayed)
