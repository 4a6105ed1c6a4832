"""The turn threads: chat replies wait in one queue, and a thread takes every reply waiting when it
is free and plays them as one group, one transaction and one commit for all of them (group commit:
`Conversations.reply_many`). Each reply's answer is encoded on the thread, and each is handed back
to the event loop only after the commit, so a turn is still durable before its answer is sent.
On a quiet server a group is one reply; when a class is typing at once, the commit is shared."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from dataclasses import dataclass

from app.usecases.conversations import Conversations, Played, Reply
from app.web.messages import ended_message, turn_message

log = logging.getLogger("rapport.turns")

MOST_IN_A_GROUP = 64


@dataclass(frozen=True)
class _Job:
    reply: Reply
    loop: asyncio.AbstractEventLoop
    answer: asyncio.Future[list[str]]


_Outcome = tuple[asyncio.Future[list[str]], list[str] | BaseException]


class TurnQueue:
    """`threads` threads playing the replies submitted from the event loop, in groups."""

    def __init__(self, conversations: Conversations, threads: int, most: int = MOST_IN_A_GROUP) -> None:
        self.conversations = conversations
        self.most = most
        self._waiting: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._run, name=f"turn-{number}", daemon=True) for number in range(threads)
        ]
        for thread in self._threads:
            thread.start()

    def play(self, reply: Reply) -> asyncio.Future[list[str]]:
        """From the event loop: the frames that answer `reply` (the turn, and the ending when it ends
        the conversation), once its exchange is committed; or its error."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[list[str]] = loop.create_future()
        self._waiting.put(_Job(reply, loop, answer))
        return answer

    def close(self) -> None:
        """Play what is waiting, then stop the threads."""
        for _thread in self._threads:
            self._waiting.put(None)
        for thread in self._threads:
            thread.join()

    def _run(self) -> None:
        while True:
            first = self._waiting.get()
            if first is None:
                return
            jobs, stopping = [first], False
            while len(jobs) < self.most:
                try:
                    job = self._waiting.get_nowait()
                except queue.Empty:
                    break
                if job is None:  # closing: play this group, then stop
                    stopping = True
                    break
                jobs.append(job)
            self._play(jobs)
            if stopping:
                return

    def _play(self, jobs: list[_Job]) -> None:
        try:
            results = self.conversations.reply_many([job.reply for job in jobs])
            outcomes: list[list[str] | BaseException] = [self._frames(result) for result in results]
        except Exception as exc:  # a fault of ours: every reply of the group hears of it
            log.exception("a group of %d turns failed", len(jobs))
            outcomes = [exc] * len(jobs)
        by_loop: dict[asyncio.AbstractEventLoop, list[_Outcome]] = {}
        for job, outcome in zip(jobs, outcomes, strict=True):
            by_loop.setdefault(job.loop, []).append((job.answer, outcome))
        for loop, settled in by_loop.items():  # one wake-up of the event loop per group
            with contextlib.suppress(RuntimeError):  # that loop has closed: nobody is waiting any more
                loop.call_soon_threadsafe(_settle, settled)

    def _frames(self, result: Played | Exception) -> list[str] | BaseException:
        if isinstance(result, Exception):
            return result
        conversations = self.conversations
        try:
            audience = conversations.library.get(result.row.scenario_id).audience.value
            frames = [turn_message(result.row, result, audience).model_dump_json()]
            if result.row.ended_at is not None:
                frames.append(ended_message(conversations, result.row).model_dump_json())
        except Exception as exc:  # the turn is saved; the sender is told and can reload
            log.exception("encoding the answer to a turn of %s failed", result.row.id)
            return exc
        return frames


def _settle(settled: list[_Outcome]) -> None:
    for answer, outcome in settled:
        if answer.done():  # its socket has gone
            continue
        if isinstance(outcome, BaseException):
            answer.set_exception(outcome)
        else:
            answer.set_result(outcome)
