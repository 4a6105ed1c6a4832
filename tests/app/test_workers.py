"""Conversations kept in memory by several workers at once: each worker's copy is checked
against the database on every write, so none of them can store a turn from an old copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.db import make_engine
from app.store.models import Turn
from app.usecases.conversations import Conversations
from app.usecases.errors import Ended, NotFound
from dialogue.library import Library
from scenarios import SCENARIO_DIR
from tests.live import migrate

SCENARIO = "trainee-opioids-bargaining"
REPLIES = [
    "It sounds like the pills have been doing a lot of work for you this year.",
    "What worries you most about the next few months?",
    "You're not sure stopping is even possible right now.",
    "What would you like to be different by the summer?",
]


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(SCENARIO_DIR)


def _workers(tmp_path: Path, library: Library, n: int = 2, capacity: int = 100) -> list[Conversations]:
    database = tmp_path / "r.db"
    migrate(database)
    return [Conversations(make_engine(f"sqlite:///{database}"), library, 1000, capacity) for _ in range(n)]


def _learner_texts(turns: list[Turn]) -> list[str]:
    return [t.text for t in turns if t.speaker == "learner"]


def test_replies_alternating_between_workers_stay_whole_and_in_order(tmp_path: Path, library: Library) -> None:
    a, b = _workers(tmp_path, library)
    started = a.start(scenario_id=SCENARIO, mode="coach", seed=3)
    for i, text in enumerate(REPLIES):
        played = (a, b)[i % 2].reply(started.row.id, text, message_id=f"m{i}")
        assert played.row.turn_count == i + 1 and not played.repeated
    for worker in (a, b):
        turns = worker.turns(started.row.id)
        assert [t.index for t in turns] == list(range(1 + 2 * len(REPLIES)))
        assert _learner_texts(turns) == REPLIES
    assert len(a.live) == len(b.live) == 1


def test_a_resend_to_another_worker_is_answered_from_the_stored_turn(tmp_path: Path, library: Library) -> None:
    a, b = _workers(tmp_path, library)
    sid = a.start(scenario_id=SCENARIO, mode="coach", seed=4).row.id
    first = a.reply(sid, REPLIES[0], message_id="x1")
    a.reply(sid, REPLIES[1], message_id="x2")
    for worker in (a, b):  # the newest reply, and an older one, sent again
        newest = worker.reply(sid, REPLIES[1], message_id="x2")
        older = worker.reply(sid, REPLIES[0], message_id="x1")
        assert newest.repeated and older.repeated
        assert older.client.text == first.client.text and older.learner.index == 1
    assert _learner_texts(a.turns(sid)) == REPLIES[:2]
    assert b.reply(sid, REPLIES[2], message_id="x3").row.turn_count == 3


def test_an_ending_or_a_deletion_elsewhere_reaches_every_worker(tmp_path: Path, library: Library) -> None:
    a, b = _workers(tmp_path, library)
    sid = a.start(scenario_id=SCENARIO, mode="coach", seed=5).row.id
    b.reply(sid, REPLIES[0])
    a.reply(sid, REPLIES[1])  # both now hold a copy
    a.end(sid)
    with pytest.raises(Ended):
        b.reply(sid, REPLIES[2])
    other = a.start(scenario_id=SCENARIO, mode="coach", seed=6).row.id
    b.reply(other, REPLIES[0])
    a.delete(other)
    with pytest.raises(NotFound):
        b.reply(other, REPLIES[1])


@pytest.mark.parametrize("capacity", [0, 2])
def test_few_or_no_conversations_in_memory_still_plays_every_turn(
    tmp_path: Path, library: Library, capacity: int
) -> None:
    (worker,) = _workers(tmp_path, library, n=1, capacity=capacity)
    ids = [worker.start(scenario_id=SCENARIO, mode="coach", seed=s).row.id for s in range(5)]
    for text in REPLIES[:3]:
        for sid in ids:
            worker.reply(sid, text)
    assert len(worker.live) == capacity
    for sid in ids:
        assert _learner_texts(worker.turns(sid)) == REPLIES[:3]
