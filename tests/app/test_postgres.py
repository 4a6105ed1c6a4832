"""Rapport on a real PostgreSQL server with several worker processes, each run on its own
throwaway database (tests/pg.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

from app.store.db import make_engine
from app.store.migrate import SchemaOutOfDate, check, current, downgrade, head, upgrade
from tests.live import LiveServer
from tests.pg import throwaway_database

SCENARIO = "trainee-opioids-bargaining"
REPLIES = [
    "It sounds like the pills have been doing a lot of work for you this year.",
    "What worries you most about the next few months?",
    "You're not sure stopping is even possible right now.",
    "On one hand they help with the pain, and on the other you're scared of what they're doing.",
    "What would you like to be different by the summer?",
    "It's your call what happens next.",
]


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with throwaway_database() as url:
        yield url


@pytest.fixture(scope="module")
def two_workers(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[LiveServer]]:
    """Two separate uvicorn worker processes on one PostgreSQL database."""
    folder = tmp_path_factory.mktemp("pg")
    servers: list[LiveServer] = []
    try:
        for _ in range(2):
            servers.append(LiveServer(folder / "unused.db", url=postgres_url).start())
        yield servers
    finally:
        for server in servers:
            server.stop()


def test_migrations_go_up_down_and_up_again() -> None:
    with throwaway_database() as url:
        engine = make_engine(url)
        try:
            with pytest.raises(SchemaOutOfDate, match=r"no tables yet.*rapport db upgrade"):
                check(engine)
            assert upgrade(engine).describe() == f"Created the tables (revision {head()})."
            check(engine)
            downgrade(engine, "base")
            assert current(engine) is None
            upgrade(engine, "0001")
            with pytest.raises(SchemaOutOfDate, match=r"revision 0001; this Rapport needs .*rapport db upgrade"):
                check(engine)
            assert upgrade(engine).after == head()
            again = upgrade(engine)
            assert again.before == again.after == head()
        finally:
            engine.dispose()


async def _open(server: LiveServer, session: dict[str, Any]) -> tuple[ClientConnection, dict[str, Any]]:
    ws = await connect(f"{server.ws}/ws/sessions/{session['id']}?token={session['token']}")
    state = json.loads(await ws.recv())
    assert state["type"] == "state"
    return ws, state


async def _answer(ws: ClientConnection) -> dict[str, Any]:
    """The next message that is not a `state` one."""
    while True:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 30))
        if message["type"] != "state":
            return message


def _create(server: LiveServer, seed: int) -> dict[str, Any]:
    made = httpx.post(f"{server.base}/api/sessions", json={"scenario": SCENARIO, "seed": seed}, timeout=30)
    assert made.status_code == 201, made.text
    session: dict[str, Any] = made.json()
    return session


def _transcript(server: LiveServer, session: dict[str, Any]) -> list[dict[str, Any]]:
    response = httpx.get(
        f"{server.base}/api/sessions/{session['id']}/transcript",
        headers={"Authorization": f"Bearer {session['token']}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    turns: list[dict[str, Any]] = response.json()["turns"]
    return turns


async def test_turns_alternate_between_two_workers_and_the_transcript_is_whole(two_workers: list[LiveServer]) -> None:
    a, b = two_workers
    session = _create(a, seed=11)
    sent: list[str] = []
    for i in range(8):
        server = two_workers[i % 2]
        ws, state = await _open(server, session)
        assert len(state["turns"]) == 1 + 2 * i, "each worker sees every turn the other one stored"
        reply = REPLIES[i % len(REPLIES)]
        await ws.send(json.dumps({"type": "reply", "text": reply, "id": f"m{i}"}))
        message = await _answer(ws)
        await ws.close()
        assert message["type"] == "turn", message
        assert message["turn"] == i + 1
        sent.append(reply)
        if message["client"]["state"] in ("walks_out", "next_step"):
            break
    for server in (a, b):
        turns = _transcript(server, session)
        assert [t["index"] for t in turns] == list(range(len(turns)))
        assert [t["speaker"] for t in turns] == ["client"] + ["learner", "client"] * len(sent)
        assert [t["text"] for t in turns if t["speaker"] == "learner"] == sent


async def test_a_resent_reply_makes_one_turn_even_on_another_worker(two_workers: list[LiveServer]) -> None:
    a, b = two_workers
    session = _create(a, seed=12)
    frame = json.dumps({"type": "reply", "text": REPLIES[0], "id": "resend-1"})
    first, _ = await _open(a, session)
    await first.send(frame)
    answered = await _answer(first)
    await first.close()
    again, _ = await _open(b, session)  # the link dropped; the page resends to whichever worker it reaches
    await again.send(frame)
    repeated = await _answer(again)
    await again.close()
    assert repeated["turn"] == answered["turn"] == 1
    assert repeated["client"]["text"] == answered["client"]["text"]
    assert [t["speaker"] for t in _transcript(b, session)] == ["client", "learner", "client"]


async def test_a_resend_racing_the_original_never_makes_two_turns(two_workers: list[LiveServer]) -> None:
    """The frame goes to one worker and, before its answer comes, again to the other."""
    a, b = two_workers
    for round_ in range(6):
        session = _create(a, seed=20 + round_)
        frame = json.dumps({"type": "reply", "text": REPLIES[round_ % len(REPLIES)], "id": f"race-{round_}"})
        first, _ = await _open(a if round_ % 2 else b, session)
        await first.send(frame)
        second, _ = await _open(b if round_ % 2 else a, session)  # takes the conversation over
        await second.send(frame)
        answer = await _answer(second)
        assert answer["type"] == "turn" and answer["turn"] == 1, answer
        try:  # the first socket either got its answer or was told the conversation moved on
            early = await _answer(first)
            assert early["type"] == "turn" or early.get("error") == "taken_over", early
        except Exception:
            pass
        await first.close()
        await second.close()
        learners = [t for t in _transcript(a, session) if t["speaker"] == "learner"]
        assert len(learners) == 1, learners


async def test_rapport_serve_with_two_workers(postgres_url: str, tmp_path: Path) -> None:
    """`rapport serve --workers 2`: many conversations at once, every transcript complete."""
    server = LiveServer(tmp_path / "unused.db", url=postgres_url, workers=2).start()
    try:

        async def one(seed: int) -> tuple[dict[str, Any], list[str]]:
            session = await asyncio.to_thread(_create, server, seed)
            said: list[str] = []
            ws, _ = await _open(server, session)
            for i in range(4):
                await ws.send(json.dumps({"type": "reply", "text": REPLIES[(seed + i) % len(REPLIES)], "id": str(i)}))
                message = await _answer(ws)
                assert message["type"] == "turn", message
                said.append(REPLIES[(seed + i) % len(REPLIES)])
                if message["client"]["state"] in ("walks_out", "next_step"):
                    break
            await ws.close()
            return session, said

        results = await asyncio.gather(*(one(seed) for seed in range(20)))
        for session, said in results:
            turns = await asyncio.to_thread(_transcript, server, session)
            assert [t["text"] for t in turns if t["speaker"] == "learner"] == said
    finally:
        server.stop()
