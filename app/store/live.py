"""Conversations held in memory between turns, so a turn needs no database read and no rebuild
of the state machine. The database stays the truth: every write checks the session's version,
and a copy that another worker process has moved on is dropped and read again."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from cachetools import LRUCache

from app.store.models import PracticeSession
from dialogue.engine import Conversation, ScenarioEngine


@dataclass(eq=False)
class Live:
    """One conversation as this process last wrote it: its row and its attached machine model.

    Hold `lock` while reading or playing it; `gone` is set once it has been dropped."""

    row: PracticeSession
    engine: ScenarioEngine
    conv: Conversation
    lock: threading.RLock = field(default_factory=threading.RLock)
    gone: bool = False

    def close(self) -> None:
        with self.lock:
            if not self.gone:
                self.gone = True
                self.engine.release(self.conv)


class _Evicting(LRUCache[str, Live]):
    """An LRU cache that keeps what it evicted, so it can be closed outside the lock."""

    def __init__(self, maxsize: int) -> None:
        super().__init__(maxsize)
        self.evicted: list[Live] = []

    def popitem(self) -> tuple[str, Live]:
        key, live = super().popitem()
        self.evicted.append(live)
        return key, live


class LiveCache:
    """The most recently used conversations, at most `capacity` of them (the oldest are dropped)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items = _Evicting(max(1, capacity))
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, session_id: str) -> Live | None:
        with self._lock:
            return self._items.get(session_id)  # a read counts as a use

    def put(self, live: Live) -> Live:
        """Keep `live`, unless another thread kept a copy first: then that copy is returned and
        `live` is closed. With no room at all (capacity 0) nothing is kept: the caller closes it."""
        if self.capacity == 0:
            return live
        key = live.row.id
        with self._lock:
            kept = self._items.get(key)
            if kept is None:
                self._items[key] = kept = live
            dropped, self._items.evicted = self._items.evicted, []
        if kept is not live:
            live.close()
        for old in dropped:
            old.close()
        return kept

    def drop(self, session_id: str) -> None:
        with self._lock:
            live = self._items.pop(session_id, None)
        if live is not None:
            live.close()

    def clear(self) -> None:
        with self._lock:
            items = list(self._items.values())
            self._items.clear()
        for live in items:
            live.close()
