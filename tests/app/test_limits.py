"""The limits: replies and frames per connection, conversations open and started per address,
request bodies, frame sizes and a client that never reads. Each answers with a typed error that
says what to do, and none of them loses what was already saved."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.config import Settings
from app.main import create_app
from app.web.limits import KeyedBuckets, OpenConversations, TokenBucket, wait_words
from tests.app.test_api import auth, start
from tests.app.test_socket import url
from tests.live import LiveServer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_token_bucket_allows_a_burst_then_the_rate() -> None:
    clock = Clock()
    bucket = TokenBucket(rate=0.5, burst=3, clock=clock)
    assert [bucket.take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take() == pytest.approx(2.0)  # one token every two seconds
    clock.now += 1.0
    assert bucket.take() == pytest.approx(1.0)
    clock.now += 1.0
    assert bucket.take() == 0.0
    clock.now += 1000.0  # a long pause refills only up to the burst
    assert [bucket.take() for _ in range(4)][-1] > 0
    assert TokenBucket(rate=0, burst=1).take() == 0.0  # 0: no limit


def test_keyed_buckets_forget_the_oldest_key_first() -> None:
    buckets = KeyedBuckets.per_minute(1, capacity=2)
    assert buckets.take("a") == 0.0 and buckets.take("a") > 0
    buckets.take("b")
    buckets.take("c")  # "a" is forgotten: memory stays bounded however many addresses come
    assert buckets.take("a") == 0.0


def test_open_conversations_are_capped_per_address() -> None:
    open_ = OpenConversations(cap=2)
    assert open_.enter("a") and open_.enter("a") and not open_.enter("a")
    assert open_.enter("b") and len(open_) == 3
    open_.leave("a")
    assert open_.enter("a")
    for _ in range(3):
        open_.leave("a")
    assert len(open_) == 1


def test_wait_words_round_up() -> None:
    assert wait_words(0.2) == "1 second" and wait_words(1.01) == "2 seconds"


@pytest.fixture
def limited(settings: Settings, request: pytest.FixtureRequest) -> Iterator[TestClient]:
    """The app with the limits the test's `limits` marker sets."""
    marker = request.node.get_closest_marker("limits")
    changed = settings.model_copy(update=marker.kwargs if marker else {})
    with TestClient(create_app(changed)) as test_client:
        yield test_client


@pytest.mark.limits(replies_per_minute=1, reply_burst=2)
def test_replies_over_the_rate_get_a_typed_error_and_the_socket_stays(limited: TestClient) -> None:
    created = start(limited)
    with limited.websocket_connect(url(created)) as ws:
        ws.receive_json()
        for text in ("It feels like we ganged up on you.", "You didn't ask for tonight."):
            ws.send_json({"type": "reply", "text": text})
            assert ws.receive_json()["type"] == "turn"
        ws.send_json({"type": "reply", "text": "What would help right now?"})
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["error"] == "rate_limited"
        assert refused["retry_after"] > 30 and "send this reply again" in refused["message"]
        ws.send_json({"type": "ping"})
        assert ws.receive_json() == {"type": "pong"}
    with limited.websocket_connect(url(created)) as ws:  # reconnecting does not refill the bucket
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "What would help right now?"})
        assert ws.receive_json()["error"] == "rate_limited"
    turns = limited.get(f"/api/sessions/{created['id']}/transcript", headers=auth(created["token"])).json()["turns"]
    assert len(turns) == 5  # the refused reply made no turn


@pytest.mark.limits(frames_per_second=1)
def test_a_flood_of_frames_is_told_once_and_then_left_unanswered(limited: TestClient) -> None:
    created = start(limited)
    with limited.websocket_connect(url(created)) as ws:
        ws.receive_json()
        for _ in range(6):
            ws.send_json({"type": "ping"})
        assert ws.receive_json() == {"type": "pong"}  # the burst (two frames) is answered
        assert ws.receive_json() == {"type": "pong"}
        told = ws.receive_json()
        assert told["type"] == "error" and told["error"] == "rate_limited" and "Pause" in told["message"]
        time.sleep(told["retry_after"] + 0.5)  # let the bucket refill (not a timing assertion)
        ws.send_json({"type": "ping"})
        assert ws.receive_json() == {"type": "pong"}  # the next thing said: the other three got no answer


@pytest.mark.limits(conversations_per_address=2)
def test_conversations_open_from_one_address_are_capped(limited: TestClient) -> None:
    sessions = [start(limited) for _ in range(3)]
    with limited.websocket_connect(url(sessions[0])) as first, limited.websocket_connect(url(sessions[1])) as second:
        first.receive_json()
        second.receive_json()
        with limited.websocket_connect(url(sessions[2])) as third:
            refused = third.receive_json()
            assert refused["type"] == "error" and refused["error"] == "too_many_conversations"
            assert "Close one" in refused["message"]
            with pytest.raises(WebSocketDisconnect) as closed:
                third.receive_json()
            assert closed.value.code == 4429
        assert limited.get("/healthz").json()["open_sockets"] == 2
    with limited.websocket_connect(url(sessions[2])) as third:  # once the others close, it opens
        assert third.receive_json()["type"] == "state"


@pytest.mark.limits(sessions_per_minute=2)
def test_starting_conversations_is_rate_limited_per_address(limited: TestClient) -> None:
    for _ in range(2):
        start(limited)
    refused = limited.post("/api/sessions", json={"scenario": "johnson-son-denial"})
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited" and "Try again in" in refused.json()["message"]
    assert int(refused.headers["Retry-After"]) >= 1
    page = limited.post("/practice", data={"scenario": "johnson-son-denial"}, follow_redirects=False)
    assert page.status_code == 429 and "text/html" in page.headers["content-type"]
    assert "Try again in" in page.text


@pytest.mark.limits(max_body_bytes=2048)
def test_request_bodies_over_the_limit_get_413(limited: TestClient) -> None:
    big = {"scenario": "johnson-son-denial", "padding": "x" * 4000}
    declared = limited.post("/api/sessions", json=big)
    assert declared.status_code == 413
    assert declared.json()["error"] == "too_large" and "2,048 bytes" in declared.json()["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: found out while reading
        yield b'{"scenario": "johnson-son-denial", "padding": "'
        for _ in range(10):
            yield b"x" * 500
        yield b'"}'

    streamed = limited.post("/api/sessions", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["error"] == "too_large"
    assert start(limited)["id"]  # an ordinary request still goes through


@pytest.mark.limits(max_frame_bytes=1024)
def test_a_frame_over_the_limit_gets_a_typed_error_and_the_socket_stays(limited: TestClient) -> None:
    created = start(limited)
    with limited.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": "é" * 600})  # 600 characters, 1,200 bytes
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["error"] == "too_large" and "1,024 bytes" in refused["message"]
        ws.send_json({"type": "reply", "text": "It feels like we ganged up on you."})
        assert ws.receive_json()["type"] == "turn"


# --- against a real uvicorn process -------------------------------------------------------------


def _session(live: LiveServer) -> dict[str, Any]:
    response = httpx.post(f"{live.base}/api/sessions", json={"scenario": "johnson-son-denial"}, timeout=10)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


@pytest.mark.server
async def test_a_frame_past_the_hard_limit_is_refused_by_the_server_with_1009(tmp_path: Path) -> None:
    live = LiveServer(tmp_path / "rapport.db", env={"RAPPORT_MAX_FRAME_BYTES": "1024"}).start()
    try:
        created = _session(live)
        async with connect(f"{live.ws}/ws/sessions/{created['id']}?token={created['token']}") as ws:
            await ws.recv()
            await ws.send(json.dumps({"type": "reply", "text": "x" * 4000}))
            assert json.loads(await ws.recv())["error"] == "too_large"  # under 16 × the limit: answered
            await ws.send(json.dumps({"type": "reply", "text": "x" * 20_000}))
            with pytest.raises(ConnectionClosed):
                await ws.recv()
            assert ws.close_code == 1009  # "message too big": the server would not buffer it
        assert httpx.get(f"{live.base}/healthz", timeout=10).status_code == 200
    finally:
        live.stop()


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.server
async def test_a_client_that_never_reads_is_let_go_and_holds_no_memory(tmp_path: Path) -> None:
    live = LiveServer(tmp_path / "rapport.db", env={"RAPPORT_SEND_TIMEOUT": "1"}).start()
    try:
        assert live.process is not None
        created = _session(live)
        before = _rss_kb(live.process.pid)
        tiny = socket.socket()
        tiny.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a reader that can take almost nothing
        tiny.connect(("127.0.0.1", live.port))
        ws = await connect(f"{live.ws}/ws/sessions/{created['id']}?token={created['token']}", sock=tiny, max_queue=1)
        # Each frame is wrong in twenty-one ways, and each earns a few hundred bytes of typed error:
        # about 4 MB of answers, more than the kernel and the server's transport will buffer.
        frame = json.dumps({"type": "reply", "text": 1, **{f"extra_{i}": i for i in range(20)}})
        try:
            for _ in range(12_000):
                await asyncio.wait_for(ws.send(frame), 2)
        except (TimeoutError, ConnectionClosed):
            pass  # the server stopped reading from us: it is waiting for us to read
        deadline = time.monotonic() + 15  # under uvicorn's own keepalive (20 s + 20 s)
        while httpx.get(f"{live.base}/healthz", timeout=10).json()["open_sockets"] and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
        assert httpx.get(f"{live.base}/healthz", timeout=10).json()["open_sockets"] == 0  # it let us go
        assert _rss_kb(live.process.pid) - before < 50_000  # what it held for us was bounded (50 MB is generous)
        other = _session(live)  # and everyone else is still served
        async with connect(f"{live.ws}/ws/sessions/{other['id']}?token={other['token']}") as fine:
            assert json.loads(await fine.recv())["type"] == "state"
        ws.transport.abort()
        await asyncio.sleep(0.1)  # let the loop close our end before the server is stopped
    finally:
        live.stop()
