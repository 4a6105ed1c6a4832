"""Group commit: the replies waiting on the turn thread are played together and written in one
transaction (`Conversations.reply_many`, `app.web.turns.TurnQueue`). Each must come out exactly as
it would have alone, in order, and one reply that cannot be played must not hold back the rest."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path

import pytest

from app.store.db import make_engine
from app.usecases.conversations import Conversations, Played, Reply
from app.usecases.errors import DangerSignalled, EmptyReply, Ended, NotFound
from app.web.turns import TurnQueue
from dialogue.library import Library
from scenarios import SCENARIO_DIR
from tests.live import migrate

SCENARIO = "trainee-opioids-bargaining"
REPLIES = [
    "It sounds like the pills have been doing a lot of work for you this year.",
    "What worries you most about the next few months?",
    "You need to stop taking them, full stop.",
    "You're not sure stopping is even possible right now.",
]


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(SCENARIO_DIR)


def _workers(tmp_path: Path, library: Library, n: int = 1, name: str = "r.db") -> list[Conversations]:
    database = tmp_path / name
    migrate(database)
    return [Conversations(make_engine(f"sqlite:///{database}"), library, 1000) for _ in range(n)]


def _played(result: Played | Exception) -> Played:
    assert isinstance(result, Played), result
    return result


def _transcript(worker: Conversations, session_id: str) -> list[tuple[object, ...]]:
    return [
        (t.index, t.speaker, t.text, t.code, t.feedback, t.suggestion, t.state_after, t.thought, t.meters)
        for t in worker.turns(session_id)
    ]


def test_replies_played_as_a_group_come_out_as_each_would_alone(tmp_path: Path, library: Library) -> None:
    (alone,) = _workers(tmp_path, library, name="alone.db")
    (grouped,) = _workers(tmp_path, library, name="grouped.db")
    seeds = range(6)
    one = [alone.start(scenario_id=SCENARIO, mode="coach", seed=s).row.id for s in seeds]
    many = [grouped.start(scenario_id=SCENARIO, mode="coach", seed=s).row.id for s in seeds]
    for round_, text in enumerate(REPLIES):
        for sid in one:
            alone.reply(sid, text, message_id=f"m{round_}")
        results = grouped.reply_many([Reply(sid, text, message_id=f"m{round_}") for sid in many])
        assert [_played(r).row.turn_count for r in results] == [round_ + 1] * len(many)
    for a, b in zip(one, many, strict=True):
        assert _transcript(alone, a) == _transcript(grouped, b)
        assert alone.get(a).snapshot == grouped.get(b).snapshot


def test_two_replies_to_one_conversation_in_a_group_are_played_in_order(tmp_path: Path, library: Library) -> None:
    (worker,) = _workers(tmp_path, library)
    sid = worker.start(scenario_id=SCENARIO, mode="coach", seed=1).row.id
    other = worker.start(scenario_id=SCENARIO, mode="coach", seed=2).row.id
    results = worker.reply_many([Reply(sid, REPLIES[0]), Reply(other, REPLIES[0]), Reply(sid, REPLIES[1])])
    assert [_played(r).learner.index for r in results] == [1, 1, 3]
    assert [t.text for t in worker.turns(sid) if t.speaker == "learner"] == REPLIES[:2]
    assert worker.get(sid).turn_count == 2 and worker.get(other).turn_count == 1


def test_a_reply_that_cannot_be_played_does_not_hold_back_the_rest(tmp_path: Path, library: Library) -> None:
    (worker,) = _workers(tmp_path, library)
    good = [worker.start(scenario_id=SCENARIO, mode="coach", seed=s).row.id for s in range(3)]
    ended = worker.start(scenario_id=SCENARIO, mode="coach", seed=9).row.id
    worker.end(ended)
    danger = worker.start(scenario_id=SCENARIO, mode="coach", seed=10).row.id
    results = worker.reply_many(
        [
            Reply(good[0], REPLIES[0]),
            Reply(ended, REPLIES[0]),
            Reply(good[1], "   "),
            Reply("no-such-conversation", REPLIES[0]),
            Reply(danger, "sorry I can't do this, I've taken all my pills tonight"),
            Reply(good[2], REPLIES[1]),
        ]
    )
    assert isinstance(results[1], Ended)
    assert isinstance(results[2], EmptyReply)
    assert isinstance(results[3], NotFound)
    assert isinstance(results[4], DangerSignalled) and worker.get(danger).paused
    assert _played(results[0]).row.turn_count == 1 and _played(results[5]).row.turn_count == 1
    assert worker.get(good[1]).turn_count == 0 and worker.get(danger).turn_count == 0


def test_a_group_whose_write_fails_is_played_again_one_by_one(tmp_path: Path, library: Library) -> None:
    """Another worker moved one conversation on: the group's write finds it changed, writes
    nothing, and each reply is then played alone from the database: none lost, none doubled."""
    a, b = _workers(tmp_path, library, n=2)
    moved = a.start(scenario_id=SCENARIO, mode="coach", seed=1).row.id
    still = a.start(scenario_id=SCENARIO, mode="coach", seed=2).row.id
    a.reply(moved, REPLIES[0])
    a.reply(still, REPLIES[0])  # a now holds both
    b.reply(moved, REPLIES[1])  # ... and its copy of `moved` is old
    results = a.reply_many([Reply(still, REPLIES[1]), Reply(moved, REPLIES[2])])
    assert [_played(r).row.turn_count for r in results] == [2, 3]
    assert [t.text for t in a.turns(moved) if t.speaker == "learner"] == REPLIES[:3]
    assert [t.text for t in a.turns(still) if t.speaker == "learner"] == REPLIES[:2]


def test_a_resend_in_a_group_is_answered_from_the_stored_turn(tmp_path: Path, library: Library) -> None:
    a, b = _workers(tmp_path, library, n=2)
    sid = a.start(scenario_id=SCENARIO, mode="coach", seed=1).row.id
    other = a.start(scenario_id=SCENARIO, mode="coach", seed=2).row.id
    a.reply(sid, REPLIES[0], message_id="x1")
    b.reply(sid, REPLIES[1], message_id="x2")  # stored by the other worker
    results = a.reply_many([Reply(sid, REPLIES[1], message_id="x2"), Reply(other, REPLIES[0], message_id="y1")])
    assert _played(results[0]).repeated and _played(results[0]).learner.index == 3
    assert not _played(results[1]).repeated
    assert len(a.turns(sid)) == 5 and len(a.turns(other)) == 3


async def test_the_turn_queue_answers_each_reply_only_once_it_is_committed(tmp_path: Path, library: Library) -> None:
    (worker,) = _workers(tmp_path, library)
    (reader,) = [Conversations(make_engine(f"sqlite:///{tmp_path / 'r.db'}"), library, 1000, 0)]
    ids = [worker.start(scenario_id=SCENARIO, mode="coach", seed=s).row.id for s in range(12)]
    turns = TurnQueue(worker, threads=1)
    stored_when_answered: list[bool] = []

    def check(sid: str, message_id: str, _answer: asyncio.Future[list[str]]) -> None:  # as the answer arrives
        stored_when_answered.append(any(t.message_id == message_id for t in reader.turns(sid)))

    try:
        answers = []
        for round_, text in enumerate(REPLIES[:2]):
            for sid in ids:
                answer = turns.play(Reply(sid, text, message_id=f"{sid}-{round_}"))
                answer.add_done_callback(partial(check, sid, f"{sid}-{round_}"))
                answers.append(answer)
        empty = turns.play(Reply(ids[0], ""))
        for answer in asyncio.as_completed(answers):
            frames = await answer
            assert '"type":"turn"' in frames[0]
        with pytest.raises(EmptyReply):
            await empty
    finally:
        turns.close()
    assert stored_when_answered == [True] * len(answers)  # every answer found its turn already committed
    assert [reader.get(sid).turn_count for sid in ids] == [2] * len(ids)


def test_closing_the_turn_queue_plays_what_is_waiting(tmp_path: Path, library: Library) -> None:
    (worker,) = _workers(tmp_path, library)
    ids = [worker.start(scenario_id=SCENARIO, mode="coach", seed=s).row.id for s in range(5)]

    async def submit_and_close() -> list[list[str]]:
        turns = TurnQueue(worker, threads=1)
        answers = [turns.play(Reply(sid, REPLIES[0])) for sid in ids]
        await asyncio.to_thread(turns.close)
        return list(await asyncio.gather(*answers))

    frames = asyncio.run(submit_and_close())
    assert len(frames) == len(ids) and all(worker.get(sid).turn_count == 1 for sid in ids)
