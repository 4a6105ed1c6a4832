"""Limits that keep one sender from crowding out everyone else: rates per connection and per
client address, open conversations per address, and the size of request bodies.

Every limit answers with a typed error that says when to try again; none of them drops
anything a person has already sent and had acknowledged."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cachetools import LRUCache
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

RATE_LIMITED = "rate_limited"
TOO_MANY_CONVERSATIONS = "too_many_conversations"
TOO_LARGE = "too_large"


def too_large(limit: int) -> str:
    return f"That is larger than the {limit:,} bytes Rapport accepts. Please send less at once."


@dataclass
class TokenBucket:
    """`rate` tokens per second up to `burst`; `take()` spends one or says how long to wait.

    A rate of 0 means no limit. The clock is injectable for tests of the arithmetic."""

    rate: float
    burst: int
    clock: Callable[[], float] = time.monotonic
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = float(self.burst)
        self.stamp = self.clock()

    def take(self) -> float:
        """0.0 when a token was spent, else the seconds until one is due."""
        if self.rate <= 0:
            return 0.0
        now = self.clock()
        self.tokens = min(float(self.burst), self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


def wait_words(seconds: float) -> str:
    """'1 second', '12 seconds': how long to wait, rounded up."""
    whole = max(1, math.ceil(seconds))
    return f"{whole} second" if whole == 1 else f"{whole} seconds"


class KeyedBuckets:
    """One token bucket per key (a client address, a conversation), at most `capacity` keys
    remembered (the least recently seen are forgotten first), so a flood of keys cannot grow
    memory without bound. Used from the event loop only, so it needs no lock."""

    def __init__(self, rate: float, burst: int, capacity: int = 10_000) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self.capacity = capacity
        self._buckets: LRUCache[str, TokenBucket] = LRUCache(max(1, capacity))

    @classmethod
    def per_minute(cls, count: int, capacity: int = 10_000) -> KeyedBuckets:
        """`count` a minute, all of which may come at once."""
        return cls(count / 60.0, count, capacity)

    def take(self, key: str) -> float:
        if self.rate <= 0:
            return 0.0
        bucket = self._buckets.get(key)  # a read counts as a use
        if bucket is None:
            self._buckets[key] = bucket = TokenBucket(self.rate, self.burst)
        return bucket.take()


class OpenConversations:
    """How many chat connections each client address has open in this worker."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._open: dict[str, int] = {}

    def enter(self, address: str) -> bool:
        """Count one more for the address; False (and nothing counted) when it is at the cap."""
        count = self._open.get(address, 0)
        if self.cap and count >= self.cap:
            return False
        self._open[address] = count + 1
        return True

    def leave(self, address: str) -> None:
        count = self._open.get(address, 0) - 1
        if count > 0:
            self._open[address] = count
        else:
            self._open.pop(address, None)

    def __len__(self) -> int:
        return sum(self._open.values())


class _BodyTooLarge(HTTPException):
    """Raised while a route reads the body; an HTTPException so the app's handlers answer it
    (JSON for the API, a page for people) rather than FastAPI calling it a parsing error."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large(limit))


class BodySizeLimit:
    """Refuse request bodies over `limit` bytes with 413 and a typed JSON error, whether the size
    is declared up front (Content-Length) or only found out while streaming.

    FastAPI's own `max_body_size` would count the same bytes, but it answers from outside the
    app's middleware: a plain-text 413 without the typed error or the security headers."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _BodyTooLarge(self.limit)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except _BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            {
                "error": TOO_LARGE,
                "message": too_large(self.limit),
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
