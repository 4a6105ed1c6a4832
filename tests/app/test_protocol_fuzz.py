"""The chat socket under random and hostile frames (hypothesis): text that is not JSON, JSON of
every shape, messages with the right type and wrong fields, binary frames, deeply nested JSON,
frames far over the size limit, and replies of any Unicode. Whatever arrives, the server answers
with messages of the documented kinds (a typed error where the sender was at fault, never a
server error), keeps the socket open, and stores only whole turns."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import WebSocketTestSession

from app.config import Settings
from app.main import create_app
from app.web.protocol import MESSAGE_TYPES
from tests.app.test_api import auth, start
from tests.app.test_socket import url

# Every machine code a sender's fault (or a state of the conversation) may earn; `server_error`
# is deliberately absent: it would mean a fault of ours.
SENDER_ERRORS = {
    "bad_json",
    "unknown_type",
    "bad_message",
    "too_large",
    "empty_reply",
    "reply_too_long",
    "bad_reply",
    "conversation_ended",
    "paused",
    "busy",
    "cannot_undo",
    "no_hints",
}
MESSAGE_KINDS = {"turn", "ended", "paused", "state", "pong", "error", "undone", "hint"}

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
types = st.sampled_from([*MESSAGE_TYPES, "", "REPLY", "state", "turn"]) | st.text(max_size=10) | json_scalars
shaped = st.fixed_dictionaries(
    {"type": types},
    optional={"text": json_values | st.text(max_size=300), "id": json_values, "extra": json_values},
)
replies = st.fixed_dictionaries(
    {"type": st.just("reply"), "text": st.text(min_size=0, max_size=1200)},
    optional={"id": st.text(max_size=80)},
)


def _deep(depth: int, message: bool) -> str:
    nested = "[" * depth + "]" * depth
    return json.dumps({"type": "reply", "text": "x"})[:-1] + f', "nest": {nested}}}' if message else nested


frames = st.one_of(
    st.text(max_size=200).map(lambda text: ("text", text)),
    json_values.map(lambda value: ("text", json.dumps(value))),
    shaped.map(lambda message: ("text", json.dumps(message))),
    replies.map(lambda message: ("text", json.dumps(message))),
    st.binary(max_size=200).map(lambda data: ("bytes", data)),
    st.tuples(st.integers(1, 200_000), st.booleans()).map(lambda d: ("text", _deep(*d))),
    st.integers(60_000, 300_000).map(lambda n: ("text", json.dumps({"type": "reply", "text": "é" * n}))),
)


class Chat:
    """One socket to one conversation; a new conversation when the last one has ended."""

    def __init__(self, client: TestClient, stack: ExitStack) -> None:
        self.client = client
        self.stack = stack
        self.sessions: list[dict[str, Any]] = []
        self.ws = self._open()

    def _open(self) -> WebSocketTestSession:
        created = start(self.client)
        self.sessions.append(created)
        ws = self.stack.enter_context(self.client.websocket_connect(url(created)))
        assert ws.receive_json()["type"] == "state"
        return ws

    def send(self, kind: str, data: Any) -> None:
        if kind == "bytes":
            self.ws.send_bytes(data)
        else:
            self.ws.send_text(data)

    def answers_until_pong(self, pongs: int) -> list[dict[str, Any]]:
        """Everything the server says until our ping is answered: the socket is still open."""
        self.ws.send_json({"type": "ping"})
        said: list[dict[str, Any]] = []
        while pongs:
            message = self.ws.receive_json()
            said.append(message)
            pongs -= message == {"type": "pong"}
        return said

    def renew_if_ended(self, said: list[dict[str, Any]]) -> None:
        if any(m["type"] == "ended" for m in said):
            self.ws = self._open()


def _is_plain_ping(kind: str, data: Any) -> bool:
    if kind != "text":
        return False
    try:
        return bool(json.loads(data) == {"type": "ping"})
    except (ValueError, RecursionError):
        return False


@pytest.fixture
def chat_client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


def test_random_and_hostile_frames_get_documented_answers_and_the_socket_stays(chat_client: TestClient) -> None:
    with ExitStack() as stack:
        chat = Chat(chat_client, stack)

        @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(frame=frames)
        def one(frame: tuple[str, Any]) -> None:
            kind, data = frame
            chat.send(kind, data)
            said = chat.answers_until_pong(2 if _is_plain_ping(kind, data) else 1)
            for message in said:
                assert message["type"] in MESSAGE_KINDS, message
                if message["type"] == "error":
                    assert message["error"] in SENDER_ERRORS, message
                    assert isinstance(message["message"], str) and message["message"], message
            chat.renew_if_ended(said)

        one()

    for created in chat.sessions:  # only whole exchanges were stored, numbered without gaps
        turns = chat_client.get(f"/api/sessions/{created['id']}/transcript", headers=auth(created["token"]))
        assert turns.status_code == 200
        stored = turns.json()["turns"]
        assert [t["index"] for t in stored] == list(range(len(stored)))
        assert len(stored) % 2 == 1 and stored[0]["speaker"] == "client"
        assert all(t["speaker"] == ("learner" if t["index"] % 2 else "client") for t in stored)


@pytest.mark.parametrize("depth", [1_000, 100_000, 1_000_000])
def test_deeply_nested_json_is_bad_json_or_a_bad_message_not_a_crash(chat_client: TestClient, depth: int) -> None:
    created = start(chat_client)
    with chat_client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        ws.send_text(_deep(depth, message=True))
        answer = ws.receive_json()
        assert answer["type"] == "error" and answer["error"] in {"bad_json", "bad_message", "too_large"}
        ws.send_json({"type": "reply", "text": "What's been hardest?"})
        assert ws.receive_json()["type"] == "turn"
