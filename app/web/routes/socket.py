"""The chat socket: /ws/sessions/{id}?token=…

decode → on_receive → on_disconnect. Every database call runs off the event loop; a turn is
committed before its answer is sent. A frame that is the sender's fault gets a typed `error`
message and the socket stays open; so does a database that is down or full (nothing is
half-written, and the next reply works once it is back). The limits (rates, open conversations
per address, frame size, a client that stops reading) answer with typed errors too.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import MutableMapping
from functools import partial
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool

from app.config import Settings
from app.store.db import storage_problem
from app.usecases.conversations import Conversations, Reply
from app.usecases.errors import (
    ConversationError,
    DangerSignalled,
    NotFound,
    TakenOver,
    WrongToken,
)
from app.web.limits import (
    RATE_LIMITED,
    TOO_LARGE,
    TOO_MANY_CONVERSATIONS,
    KeyedBuckets,
    OpenConversations,
    TokenBucket,
    too_large,
    wait_words,
)
from app.web.messages import ended_message, error_message, state_message, state_of
from app.web.protocol import (
    BROWSER_MESSAGE,
    MESSAGE_TYPES,
    BrowserMessage,
    CloseCode,
    EndMessage,
    HintMessage,
    HintRequest,
    PausedMessage,
    PingMessage,
    PongMessage,
    ResumeMessage,
    ServerMessage,
    UndoMessage,
    UndoneMessage,
)
from app.web.turns import TurnQueue

router = APIRouter()
log = logging.getLogger("rapport.socket")

CLOSE_TIMEOUT = 5.0
HARD_FRAME_FACTOR = 16  # frames over max_frame_bytes × this are refused by the server itself (close 1009)


class _SenderFault(Exception):
    """A frame the sender should fix; it is answered with an `error` message and the socket stays open."""

    def __init__(self, error: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.error = error
        self.message = message
        self.retry_after = retry_after


class _SlowClient(Exception):
    """The other end stopped reading: give its connection up rather than buffer for it."""


class _ChatConnection:
    """One open chat socket: its conversation, its limits, and how it sends."""

    def __init__(self, websocket: WebSocket, session_id: str) -> None:
        app = websocket.app
        settings: Settings = app.state.settings
        self.websocket = websocket
        self.session_id = session_id
        self.conversations: Conversations = app.state.conversations
        self.turns: TurnQueue = app.state.turns
        self.connection = 0
        self.max_frame = settings.max_frame_bytes
        self.send_timeout = settings.send_timeout
        self.replies: KeyedBuckets = app.state.reply_limits
        self.frames = TokenBucket(float(settings.frames_per_second), max(1, 2 * settings.frames_per_second))
        self.flood_told = False

    async def send(self, message: ServerMessage) -> None:
        await _send(self.websocket, message.model_dump_json(), self.send_timeout)

    async def send_frames(self, frames: list[str]) -> None:
        """Frames already encoded (on the turn thread), sent in order."""
        for frame in frames:
            await _send(self.websocket, frame, self.send_timeout)

    async def error(self, error: str, message: str, retry_after: float | None = None) -> None:
        await self.send(error_message(error, message, retry_after))


@router.websocket("/ws/sessions/{session_id}", name="chat_socket")
async def chat_socket(websocket: WebSocket, session_id: str) -> None:
    await websocket.accept()
    chat = _ChatConnection(websocket, session_id)
    address = websocket.client.host if websocket.client else "unknown"
    open_conversations: OpenConversations = websocket.app.state.open_conversations
    try:
        if not open_conversations.enter(address):
            await chat.error(TOO_MANY_CONVERSATIONS, _TOO_MANY)
            await _close(websocket, CloseCode.TOO_MANY, "Too many conversations open from this address.")
            return
        try:
            await _serve(chat)
        finally:
            open_conversations.leave(address)
    except WebSocketDisconnect:
        return
    except _SlowClient:
        log.info("closed a chat socket for %s: it stopped reading for %.0f s", session_id, chat.send_timeout)


_TOO_MANY = (
    "There are already many conversations open from your address. Close one you've finished, then try again. "
    "(Whoever runs Rapport can raise this limit for a classroom that shares one address.)"
)
_TAKEN_OVER = "This conversation was opened in another tab or window, so this one has stopped. Carry on there."


async def _serve(chat: _ChatConnection) -> None:
    websocket, conversations, session_id = chat.websocket, chat.conversations, chat.session_id
    sockets: dict[str, WebSocket] = websocket.app.state.sockets
    token = websocket.query_params.get("token")
    if not token:
        await _close(
            websocket, CloseCode.MISSING_TOKEN, "This link has no key. Open the conversation from its full link."
        )
        return
    try:
        chat.connection, state = await run_in_threadpool(_opened, conversations, session_id, token)
    except NotFound:
        await _close(websocket, CloseCode.NOT_FOUND, "No conversation with this id; it may have been deleted.")
        return
    except WrongToken:
        await _close(websocket, CloseCode.WRONG_TOKEN, "The key in this link does not open that conversation.")
        return
    except DBAPIError as exc:
        problem = storage_problem(exc)
        log.warning("chat socket could not open %s (%s): %s", session_id, problem.code, exc.orig)
        await chat.error(problem.code, problem.message, problem.retry_after)
        await _close(websocket, CloseCode.TRY_AGAIN, "The database is not answering; reconnect in a moment.")
        return
    await _take_over(sockets, session_id, websocket, chat.send_timeout)
    try:
        await chat.send_frames([state])
        while await _receive_one(chat):
            pass
    finally:
        if sockets.get(session_id) is websocket:
            del sockets[session_id]


def _opened(conversations: Conversations, session_id: str, token: str) -> tuple[int, str]:
    """Check the key, mark this socket as the conversation's current one, and build and encode the
    `state` message: one hand-off to a thread for all of it (a class pressing Start at once waits less)."""
    opened = conversations.open(session_id, token)
    return opened.connection, state_of(conversations, opened.row, opened.turns).model_dump_json()


async def _take_over(sockets: dict[str, WebSocket], session_id: str, websocket: WebSocket, timeout: float) -> None:
    """One socket per conversation: a new one takes over, and the old one is told why."""
    previous = sockets.get(session_id)
    sockets[session_id] = websocket
    if previous is not None and previous is not websocket:
        try:
            await _send(previous, error_message("taken_over", _TAKEN_OVER).model_dump_json(), timeout)
            await previous.close(CloseCode.TAKEN_OVER, "Opened in another window.")
        except (RuntimeError, WebSocketDisconnect, _SlowClient):  # it had already gone, or stopped reading
            pass


async def _receive_one(chat: _ChatConnection) -> bool:
    """Handle one frame; False when the socket should close."""
    frame = await chat.websocket.receive()
    if frame["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(frame.get("code", 1000))
    wait = chat.frames.take()
    if wait:  # a flood: say so once, then let frames go unanswered until it stops
        if not chat.flood_told:
            chat.flood_told = True
            await chat.error(RATE_LIMITED, _flood(wait), wait)
        return True
    chat.flood_told = False
    try:
        message = _decode(frame, chat.max_frame)
        return await _on_receive(chat, message)
    except _SenderFault as fault:
        await chat.error(fault.error, fault.message, fault.retry_after)
    except DBAPIError as exc:  # down or full: nothing was written; the next try works once it is back
        problem = storage_problem(exc)
        log.warning("chat turn for %s failed (%s): %s", chat.session_id, problem.code, exc.orig)
        await chat.error(problem.code, problem.message, problem.retry_after)
    except (WebSocketDisconnect, _SlowClient):
        raise
    except Exception:  # a fault of ours: keep the socket, say so plainly, and keep the details in the log
        log.exception("chat frame for %s failed", chat.session_id)
        await chat.error("server_error", _OUR_FAULT)
    return True


_OUR_FAULT = (
    "Something went wrong on our side with that message. Your conversation so far is saved; "
    "please send it again, or reload the page."
)


def _flood(wait: float) -> str:
    return f"Messages are arriving faster than Rapport answers them. Pause for {wait_words(wait)}, then carry on."


def _decode(frame: MutableMapping[str, Any], max_frame: int) -> BrowserMessage:
    text = frame.get("text")
    if text is None:
        raise _SenderFault("bad_json", 'Send JSON text frames, e.g. {"type": "reply", "text": "…"}.')
    if len(text) > max_frame or len(text.encode("utf-8", "surrogatepass")) > max_frame:
        raise _SenderFault(TOO_LARGE, too_large(max_frame))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _SenderFault(
            "bad_json", 'That message was not valid JSON. Send {"type": "reply", "text": "…"}.'
        ) from None
    if not isinstance(data, dict) or data.get("type") not in MESSAGE_TYPES:
        kind = data.get("type") if isinstance(data, dict) else None
        shown = repr(kind)[:40] if isinstance(kind, str | int | float | bool) or kind is None else type(kind).__name__
        raise _SenderFault("unknown_type", f"Unknown message type {shown}; use one of: {', '.join(MESSAGE_TYPES)}.")
    try:
        return BROWSER_MESSAGE.validate_python(data)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'message'}: {e['msg']}" for e in exc.errors())
        raise _SenderFault("bad_message", f"That {data['type']} message is not right ({where[:300]}).") from None


async def _on_receive(chat: _ChatConnection, message: BrowserMessage) -> bool:
    conversations, session_id = chat.conversations, chat.session_id
    if isinstance(message, PingMessage):
        await chat.send(PongMessage())
        return True
    if isinstance(message, EndMessage):
        row = await run_in_threadpool(conversations.end, session_id)
        await chat.send(await run_in_threadpool(ended_message, conversations, row))
        return True
    if isinstance(message, ResumeMessage):
        await run_in_threadpool(conversations.resume, session_id)
        await chat.send(await run_in_threadpool(state_message, conversations, session_id))
        return True
    if isinstance(message, UndoMessage):
        return await _undo(chat)
    if isinstance(message, HintRequest):
        try:
            found = await run_in_threadpool(conversations.hint, session_id)
        except ConversationError as exc:  # exam mode, ended, paused; deleted
            return await _gone(chat, exc)
        await chat.send(HintMessage(starters=list(found.starters), aim=found.aim))
        return True
    wait = chat.replies.take(session_id)
    if wait:
        raise _SenderFault(
            RATE_LIMITED,
            f"That's quicker than anyone could type. Wait {wait_words(wait)}, then send this reply again.",
            wait,
        )
    try:
        frames = await chat.turns.play(Reply(session_id, message.text, chat.connection, message.id))
    except DangerSignalled as exc:
        await chat.send(PausedMessage(kind=exc.kind, message=exc.message))
        return True
    except ConversationError as exc:  # a bad reply, ended, busy...; opened elsewhere or deleted
        return await _gone(chat, exc)
    await chat.send_frames(frames)
    return True


async def _gone(chat: _ChatConnection, exc: ConversationError) -> bool:
    """A conversation opened in another window, or deleted, closes this socket (False); any other
    error of ours about it is the sender's to hear, and the socket stays open."""
    if isinstance(exc, TakenOver):
        await chat.error(exc.code, _TAKEN_OVER)
        await _close(chat.websocket, CloseCode.TAKEN_OVER, "Opened in another window.")
        return False
    if isinstance(exc, NotFound):
        await _close(chat.websocket, CloseCode.NOT_FOUND, "This conversation has been deleted.")
        return False
    raise _SenderFault(exc.code, exc.message) from None


async def _undo(chat: _ChatConnection) -> bool:
    """Take back the last reply: say what was taken back, then the conversation as it now stands."""
    conversations, session_id = chat.conversations, chat.session_id
    try:
        undone = await run_in_threadpool(partial(conversations.undo, session_id, connection=chat.connection))
    except ConversationError as exc:  # exam mode, nothing to take back, ended, paused, busy; elsewhere
        return await _gone(chat, exc)
    said = UndoneMessage(
        index=undone.taken.index,
        text=undone.taken.text,
        message="Taken back. The moment is as it was before that reply: try it another way.",
    )
    await chat.send(said)
    await chat.send(await run_in_threadpool(state_message, conversations, session_id))
    return True


async def _send(websocket: WebSocket, frame: str, timeout: float) -> None:
    """Send, or give the connection up when the other end has not read for `timeout` seconds:
    the server then holds at most the transport's write buffer for it, never an unbounded queue."""
    try:
        async with asyncio.timeout(timeout):  # a timer, not a task per send as wait_for makes
            await websocket.send_text(frame)
    except TimeoutError:
        raise _SlowClient from None


async def _close(websocket: WebSocket, code: int, reason: str) -> None:
    try:
        async with asyncio.timeout(CLOSE_TIMEOUT):
            await websocket.close(code, reason[:120])
    except TimeoutError:
        raise _SlowClient from None
