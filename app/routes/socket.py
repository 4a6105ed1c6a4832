"""The chat socket: /ws/sessions/{id}?token=…

decode → on_receive → on_disconnect. Every database call runs in the thread pool; a turn is
committed before its answer is sent. A frame that is the sender's fault gets a typed `error`
message and the socket stays open.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import MutableMapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from app.conversations import (
    BadReply,
    Busy,
    ConversationError,
    Conversations,
    Ended,
    NotFound,
    Paused,
    TakenOver,
    WrongToken,
)
from app.messages import ended_message, state_message, turn_message
from app.schemas import INCOMING, MESSAGE_TYPES, EndMessage, PingMessage, ReplyMessage, ResumeMessage

router = APIRouter()
log = logging.getLogger("rapport.socket")

CLOSE_MISSING_TOKEN = 4401
CLOSE_WRONG_TOKEN = 4403
CLOSE_NOT_FOUND = 4404
CLOSE_TAKEN_OVER = 4409


class _Bad(Exception):
    """A frame the sender should fix; the socket stays open."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message


@router.websocket("/ws/sessions/{session_id}", name="chat_socket")
async def chat_socket(websocket: WebSocket, session_id: str) -> None:
    conversations: Conversations = websocket.app.state.conversations
    sockets: dict[str, WebSocket] = websocket.app.state.sockets
    await websocket.accept()
    token = websocket.query_params.get("token")
    if not token:
        await _close(websocket, CLOSE_MISSING_TOKEN, "This link has no key. Open the conversation from its full link.")
        return
    try:
        await run_in_threadpool(conversations.authorize, session_id, token)
        connection = await run_in_threadpool(conversations.connect, session_id)
    except NotFound:
        await _close(websocket, CLOSE_NOT_FOUND, "No conversation with this id; it may have been deleted.")
        return
    except WrongToken:
        await _close(websocket, CLOSE_WRONG_TOKEN, "The key in this link does not open that conversation.")
        return
    await _take_over(sockets, session_id, websocket)
    try:
        await websocket.send_json(await run_in_threadpool(state_message, conversations, session_id))
        while True:
            if not await _receive_one(websocket, conversations, session_id, connection):
                return
    except WebSocketDisconnect:
        return
    finally:
        if sockets.get(session_id) is websocket:
            del sockets[session_id]


async def _take_over(sockets: dict[str, WebSocket], session_id: str, websocket: WebSocket) -> None:
    """One socket per conversation: a new one takes over, and the old one is told why."""
    previous = sockets.get(session_id)
    sockets[session_id] = websocket
    if previous is not None and previous is not websocket:
        try:
            await previous.send_json(_error("taken_over", _TAKEN_OVER))
            await previous.close(CLOSE_TAKEN_OVER, "Opened in another window.")
        except (RuntimeError, WebSocketDisconnect):  # it had already gone
            pass


_TAKEN_OVER = "This conversation was opened in another tab or window, so this one has stopped. Carry on there."


async def _receive_one(websocket: WebSocket, conversations: Conversations, session_id: str, connection: int) -> bool:
    """Handle one frame; False when the socket should close."""
    frame = await websocket.receive()
    if frame["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(frame.get("code", 1000))
    try:
        message = _decode(frame)
        return await _on_receive(websocket, conversations, session_id, connection, message)
    except _Bad as bad:
        await websocket.send_json(_error(bad.error, bad.message))
        return True


def _decode(frame: MutableMapping[str, Any]) -> ReplyMessage | EndMessage | ResumeMessage | PingMessage:
    text = frame.get("text")
    if text is None:
        raise _Bad("bad_json", 'Send JSON text frames, e.g. {"type": "reply", "text": "…"}.')
    try:
        data = json.loads(text)
    except ValueError:
        raise _Bad("bad_json", 'That message was not valid JSON. Send {"type": "reply", "text": "…"}.') from None
    if not isinstance(data, dict) or data.get("type") not in MESSAGE_TYPES:
        kind = data.get("type") if isinstance(data, dict) else None
        raise _Bad("unknown_type", f"Unknown message type {kind!r}; use one of: {', '.join(MESSAGE_TYPES)}.")
    try:
        return INCOMING.validate_python(data)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'message'}: {e['msg']}" for e in exc.errors())
        raise _Bad("bad_message", f"That {data['type']} message is not right ({where}).") from None


async def _on_receive(
    websocket: WebSocket,
    conversations: Conversations,
    session_id: str,
    connection: int,
    message: ReplyMessage | EndMessage | ResumeMessage | PingMessage,
) -> bool:
    if isinstance(message, PingMessage):
        await websocket.send_json({"type": "pong"})
        return True
    if isinstance(message, EndMessage):
        row = await run_in_threadpool(conversations.end, session_id)
        await websocket.send_json(await run_in_threadpool(ended_message, conversations, row))
        return True
    if isinstance(message, ResumeMessage):
        await run_in_threadpool(conversations.resume, session_id)
        await websocket.send_json(await run_in_threadpool(state_message, conversations, session_id))
        return True
    try:
        turns: ThreadPoolExecutor = websocket.app.state.turn_executor
        played = await asyncio.get_running_loop().run_in_executor(
            turns, partial(conversations.reply, session_id, message.text, connection=connection, message_id=message.id)
        )
    except Paused as exc:
        await websocket.send_json({"type": "paused", "kind": exc.kind, "message": exc.message})
        return True
    except (BadReply, Ended, Busy) as exc:
        raise _Bad(exc.code, exc.message) from None
    except TakenOver as exc:
        await websocket.send_json(_error(exc.code, _TAKEN_OVER))
        await _close(websocket, CLOSE_TAKEN_OVER, "Opened in another window.")
        return False
    except NotFound:
        await _close(websocket, CLOSE_NOT_FOUND, "This conversation has been deleted.")
        return False
    except ConversationError as exc:  # anything else we know of: tell the person, keep going
        raise _Bad(exc.code, exc.message) from None
    await websocket.send_json(turn_message(played.row, played))
    if played.row.ended_at is not None:
        await websocket.send_json(await run_in_threadpool(ended_message, conversations, played.row))
    return True


def _error(error: str, message: str) -> dict[str, str]:
    return {"type": "error", "error": error, "message": message}


async def _close(websocket: WebSocket, code: int, reason: str) -> None:
    await websocket.close(code, reason[:120])
