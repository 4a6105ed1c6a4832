"""Conversations that live in the database: start, reply, end, delete. Synchronous, one short
database transaction per call; the web layer runs these off the event loop."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.attributes import set_committed_value

from app.store import repository as repo
from app.store.db import forget_deleted, session_scope
from app.store.live import Live, LiveCache
from app.store.models import PracticeSession, Turn, now
from app.store.turn_rows import client_values, learner_values, opening_turn
from app.usecases.errors import (
    AwaitingResume,
    BadReply,
    Busy,
    CannotUndo,
    ConversationError,
    DangerSignalled,
    EmptyReply,
    Ended,
    NoHints,
    NotFound,
    TakenOver,
    TooLong,
    WrongToken,
)
from dialogue.codes import Code, TalkType
from dialogue.coding import ReplyError
from dialogue.crisis import crisis_help
from dialogue.engine import ConversationSnapshot, CrisisDetected, Exchange, ScenarioEngine, SnapshotMismatch
from dialogue.hints import Hint, hint_for
from dialogue.library import Library
from dialogue.scenario import Difficulty, RefusalKind
from dialogue.summary import SessionSummary, summarise

CRISIS_MESSAGE = crisis_help().message
STOPPED = "stopped"
BUSY = "Another reply to this conversation arrived at the same moment. Please send yours again."


class _Stale(Exception):
    """This process's copy of a conversation is older than the database's: read it again."""


class _Duplicate(Exception):
    """A reply with this id is already stored (a resend that another worker played first)."""


@dataclass(frozen=True)
class Started:
    row: PracticeSession
    token: str


@dataclass(frozen=True)
class Played:
    """A committed exchange: the learner's coded turn, the person's answer, the session after."""

    row: PracticeSession
    learner: Turn
    client: Turn
    meters: dict[str, float]
    repeated: bool = False


@dataclass(frozen=True)
class Reply:
    """One reply to play: what `Conversations.reply` takes, for `reply_many`."""

    session_id: str
    text: str
    connection: int | None = None
    message_id: str | None = None


@dataclass(frozen=True)
class _Pending:
    """An exchange played on a live copy and not yet written: the session's changes and the two
    turn rows."""

    live: Live
    meters: dict[str, float]
    changes: dict[str, object]
    rows: tuple[dict[str, Any], dict[str, Any]]

    @classmethod
    def of(cls, live: Live, turn: Exchange, text: str, message_id: str | None) -> _Pending:
        row, after = live.row, live.conv.snapshot()
        index = row.turn_count * 2 + 1
        at = now()
        learner = learner_values(session_id=row.id, index=index, text=text, turn=turn, message_id=message_id, at=at)
        client = client_values(session_id=row.id, index=index + 1, turn=turn, at=at)
        ending = live.engine.scenario.endings.get(after.outcome or "")
        changes: dict[str, object] = {
            "snapshot": after.model_dump_json(),
            "turn_count": row.turn_count + 1,
            "updated_at": at,
            "last_client_message": message_id,
            "outcome": after.outcome,
            "outcome_kind": ending.kind.value if ending else None,
            "ended_at": at if after.outcome else None,
            "crisis_cleared": False,
            "version": row.version + 1,
        }
        return cls(live, dict(turn.meters), changes, (learner, client))

    def advance(self, connection: Connection) -> bool:
        """The session's update, only if it is still at our copy's version."""
        row = self.live.row
        return repo.advance_live(connection, session_id=row.id, version=row.version, changes=self.changes)

    def settle(self) -> Played:
        """Once committed: our copy of the row takes the changes (it is detached: no change tracking)."""
        row = self.live.row
        for key, value in self.changes.items():
            set_committed_value(row, key, value)
        learner, client = self.rows
        return Played(row, Turn.model_construct(**learner), Turn.model_construct(**client), self.meters)


@dataclass(frozen=True)
class Opened:
    """A socket made the conversation's current one: its number, and the session and turns as
    they stood (read in the same transaction, for the `state` message)."""

    connection: int
    row: PracticeSession
    turns: list[Turn]


@dataclass(frozen=True)
class Undone:
    """A reply taken back: the session after it, and the learner's turn that was taken back."""

    row: PracticeSession
    taken: Turn


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _opened_by(row: PracticeSession | None, token: str | None) -> PracticeSession:
    """The session if the token opens it; NotFound or WrongToken otherwise."""
    if row is None:
        raise NotFound()
    if not token or not hmac.compare_digest(row.token_hash, hash_token(token)):
        raise WrongToken("This link's key does not open that conversation. Use the full link you were given.")
    return row


class Conversations:
    """Conversation storage and play, over one database engine and the scenario library."""

    def __init__(self, database: Engine, library: Library, max_reply_chars: int, live_capacity: int = 10_000) -> None:
        self.database = database
        self.library = library
        self.max_reply_chars = max_reply_chars
        self.live = LiveCache(live_capacity)

    def close(self) -> None:
        """Let go of the live conversations (at shutdown)."""
        self.live.clear()

    # --- lifecycle -------------------------------------------------------------------------

    def start(
        self,
        *,
        scenario_id: str,
        mode: str,
        seed: int | None = None,
        difficulty: Difficulty | None = None,
        owner_id: int | None = None,
        refusal: RefusalKind | None = None,
        plan_id: str | None = None,
    ) -> Started:
        """A new conversation, stored with the person's opening line (with `refusal`, that refusal,
        for rehearsing `plan_id`'s plan B); raises UnknownScenario or NoSuchRefusal."""
        engine = self.library.engine(scenario_id)
        seed = seed if seed is not None else secrets.randbelow(2**31)
        conv = engine.start(seed, difficulty, refusal)
        try:
            snap = conv.snapshot()
        finally:
            engine.release(conv)
        token = secrets.token_urlsafe(24)
        row = PracticeSession(
            id=secrets.token_hex(8),
            token_hash=hash_token(token),
            scenario_id=scenario_id,
            scenario_digest=engine.digest,
            mode=mode,
            difficulty=snap.difficulty.value,
            seed=seed,
            snapshot=snap.model_dump_json(),
            owner_id=owner_id,
            plan_id=plan_id,
        )
        opening = opening_turn(session_id=row.id, engine=engine, snap=snap)
        with session_scope(self.database) as db:
            repo.add_session(db, row=row, turns=[opening])
        return Started(row, token)

    def authorize(self, session_id: str, token: str | None) -> PracticeSession:
        """The session if the token opens it; NotFound or WrongToken otherwise."""
        with session_scope(self.database) as db:
            row = repo.get_session(db, session_id=session_id)
        return _opened_by(row, token)

    def open(self, session_id: str, token: str | None) -> Opened:
        """A new socket: check the key, mark it as the conversation's current one, and read the
        session and its turns, all in one transaction (a class pressing Start at once waits less).
        NotFound or WrongToken when it cannot be opened."""
        with session_scope(self.database) as db:
            row = _opened_by(repo.get_session(db, session_id=session_id), token)  # a read: no lock held yet
            bumped = repo.bump_connection(db, session_id=session_id)
            if bumped is None:  # deleted while we looked
                self.live.drop(session_id)
                raise NotFound()
            turns = repo.list_turns(db, session_id=session_id)
        set_committed_value(row, "connection", bumped[0])
        set_committed_value(row, "version", bumped[1])
        self._bumped(session_id, *bumped)
        return Opened(bumped[0], row, turns)

    def get(self, session_id: str) -> PracticeSession:
        with session_scope(self.database) as db:
            row = repo.get_session(db, session_id=session_id)
        if row is None:
            raise NotFound()
        return row

    def turns(self, session_id: str) -> list[Turn]:
        with session_scope(self.database) as db:
            return repo.list_turns(db, session_id=session_id)

    def _bumped(self, session_id: str, number: int, version: int) -> None:
        live = self.live.get(session_id)
        if live is not None:
            with live.lock:  # our copy stays good if this bump was the only change since it was made
                if not live.gone and live.row.version == version - 1:
                    live.row.connection, live.row.version = number, version
                else:
                    self.live.drop(session_id)

    def delete(self, session_id: str) -> None:
        with session_scope(self.database) as db:
            if not repo.delete_session(db, session_id=session_id):
                raise NotFound()
        self.live.drop(session_id)
        forget_deleted(self.database)

    def purge(self, retention_days: int) -> int:
        with session_scope(self.database) as db:
            purged = repo.purge_anonymous(db, before=datetime.now(UTC) - timedelta(days=retention_days))
        if purged:
            self.live.clear()
            forget_deleted(self.database)
        return purged

    # --- playing -------------------------------------------------------------------------

    def check_text(self, text: object) -> str:
        """The reply text if it can be coded, else BadReply saying what to do."""
        if not isinstance(text, str) or not text.strip():
            raise EmptyReply("The reply is empty: type what you would say.")
        if len(text.strip()) > self.max_reply_chars:
            raise TooLong(
                f"That reply is {len(text.strip()):,} characters; the limit is {self.max_reply_chars:,}. "
                "Say it in a shorter reply, or split it in two."
            )
        return text.strip()

    def reply(
        self, session_id: str, text: str, *, connection: int | None = None, message_id: str | None = None
    ) -> Played:
        """Code and play one reply; the exchange is committed before this returns.

        A reply whose `message_id` is already stored (a resend after a dropped link, to this
        worker or another) is answered with the stored exchange and never makes a second turn."""
        text = self.check_text(text)
        for _attempt in range(3):
            live = self._live(session_id)
            try:
                with live.lock:
                    if live.gone:  # dropped while we waited for it
                        continue
                    try:
                        return self._play(live, text, connection, message_id)
                    except _Stale:
                        self.live.drop(session_id)
                    except _Duplicate:
                        self.live.drop(session_id)
                        return self._repeat(session_id, message_id or "")
            finally:
                if not self.live.capacity:
                    live.close()
        raise Busy(BUSY)

    def _live(self, session_id: str) -> Live:
        """This process's copy of the conversation, read from the database when it has none."""
        live = self.live.get(session_id)
        if live is not None:
            return live
        row = self.get(session_id)
        engine = self.library.engine(row.scenario_id)
        try:
            conv = engine.restore(ConversationSnapshot.model_validate_json(row.snapshot))
        except SnapshotMismatch as exc:
            raise Ended(f"This conversation can't go on: its scenario has changed since it began ({exc}).") from None
        return self.live.put(Live(row, engine, conv))

    def reply_many(self, requests: Sequence[Reply]) -> list[Played | Exception]:
        """Play replies to several conversations and commit them together: one transaction for the
        turns that were waiting at the same moment (group commit), each settled only after it.

        A reply whose conversation is already in this group, or busy on another thread, is played
        after the group's commit, on its own, as `reply` plays it; so is every reply of a group
        whose write fails (nothing of it was written). The results, in order, are what `reply`
        would have returned or raised for each."""
        results: list[Played | Exception | None] = [None] * len(requests)
        group: list[tuple[int, _Pending]] = []
        held: list[Live] = []
        alone: list[int] = []
        try:
            for index, request in enumerate(requests):
                live = self._join(request, held, results, index)
                if live is None:
                    if results[index] is None:
                        alone.append(index)
                    continue
                try:
                    played = self._play_now(live, self.check_text(request.text), request)
                except _Stale:
                    self.live.drop(live.row.id)
                    alone.append(index)
                    continue
                except ConversationError as exc:
                    results[index] = exc
                    continue
                except Exception as exc:  # a fault of ours: this copy may be half played
                    self.live.drop(live.row.id)
                    results[index] = exc
                    continue
                if isinstance(played, Played):
                    results[index] = played
                else:
                    group.append((index, played))
            self._commit_group(group, results, alone)
        finally:
            for live in held:
                live.lock.release()
                if not self.live.capacity:
                    live.close()
        for index in alone:
            request = requests[index]
            try:
                results[index] = self.reply(
                    request.session_id, request.text, connection=request.connection, message_id=request.message_id
                )
            except Exception as exc:  # each reply's own error, for its own sender
                results[index] = exc
        return [result if result is not None else Busy(BUSY) for result in results]

    def _join(
        self, request: Reply, held: list[Live], results: list[Played | Exception | None], index: int
    ) -> Live | None:
        """The conversation's live copy, locked and added to `held`, if this reply can join the
        group; None when it must wait (already in the group, busy) or failed (its result is set)."""
        if any(live.row.id == request.session_id for live in held):
            return None
        try:
            live = self._live(request.session_id)
        except ConversationError as exc:
            results[index] = exc
            return None
        if not live.lock.acquire(blocking=False):
            return None
        if live.gone:  # dropped while we looked
            live.lock.release()
            return None
        held.append(live)
        return live

    def _commit_group(
        self, group: list[tuple[int, _Pending]], results: list[Played | Exception | None], alone: list[int]
    ) -> None:
        if not group:
            return
        try:
            with self.database.begin() as connection:  # committed on leaving
                for _index, pending in group:
                    if not pending.advance(connection):
                        raise _Stale
                repo.insert_turns(connection, [values for _i, pending in group for values in pending.rows])
        except (_Stale, IntegrityError, OperationalError):  # nothing was written: each is played again alone
            for _index, pending in group:
                self.live.drop(pending.live.row.id)
            alone.extend(index for index, _pending in group)
            alone.sort()
        except Exception as exc:  # the database is gone or full: nothing was written
            for index, pending in group:
                self.live.drop(pending.live.row.id)
                results[index] = exc
        else:
            for index, pending in group:
                results[index] = pending.settle()

    def _play(self, live: Live, text: str, connection: int | None, message_id: str | None) -> Played:
        played = self._play_now(live, text, Reply(live.row.id, text, connection, message_id))
        if isinstance(played, Played):
            return played
        try:  # the model has moved on: if the write fails, this copy is wrong and must go
            return self._store(played)
        except BaseException:
            self.live.drop(live.row.id)
            raise

    def _play_now(self, live: Live, text: str, request: Reply) -> Played | _Pending:
        """Play the reply on our copy: a repeat's stored answer, or the exchange still to write."""
        row, connection, message_id = live.row, request.connection, request.message_id
        if connection is not None and row.connection != connection:
            if connection > row.connection:
                raise _Stale  # this socket is newer than our copy
            raise TakenOver("This conversation was opened somewhere else; continue it there.")
        if message_id and message_id == row.last_client_message:
            return self._repeat(row.id, message_id)
        if row.ended_at is not None:
            raise Ended("This conversation has ended. Start a new one to practise again.")
        if row.paused:
            raise AwaitingResume("The practice is paused. When you're ready, choose “I'm safe, carry on practising”.")
        try:  # the one reply right after "I'm safe" goes through unchecked
            turn = live.engine.reply(live.conv, text, check_crisis=not row.crisis_cleared)
        except CrisisDetected as exc:
            self._change(row.id, paused=True)
            raise DangerSignalled(CRISIS_MESSAGE, exc.signal.kind.value) from None
        except ReplyError as exc:
            raise BadReply(str(exc)) from None
        return _Pending.of(live, turn, text, message_id)

    def _store(self, pending: _Pending) -> Played:
        row, message_id = pending.live.row, pending.rows[0]["message_id"]
        try:
            with self.database.begin() as connection:  # committed on leaving
                if not pending.advance(connection):
                    raise _Stale
                repo.insert_turns(connection, pending.rows)
        except IntegrityError:
            if message_id and self._stored(row.id, message_id):
                raise _Duplicate from None
            raise _Stale from None
        except OperationalError as exc:
            if "locked" in str(exc.orig):  # SQLite under several worker processes: the file stayed locked
                raise Busy(BUSY) from exc
            raise  # the database is gone or full: nothing was written, and the caller says so
        return pending.settle()

    def undo(self, session_id: str, *, connection: int | None = None) -> Undone:
        """Take back the last reply (coach mode): the person is where they were before it. The
        exchange stays in the transcript, marked undone, so a supervisor sees both attempts."""
        for _attempt in range(3):
            live = self._live(session_id)
            with live.lock:
                if live.gone:
                    continue
                try:
                    return self._undo(live, connection)
                except _Stale:
                    self.live.drop(session_id)
        raise Busy(BUSY)

    def _undo(self, live: Live, connection: int | None) -> Undone:
        row = live.row
        if connection is not None and row.connection != connection:
            if connection > row.connection:
                raise _Stale
            raise TakenOver("This conversation was opened somewhere else; continue it there.")
        if row.mode != "coach":
            raise CannotUndo("Exam mode has no undo: every reply counts, as in a real conversation.")
        if row.paused:
            raise AwaitingResume("The practice is paused. When you're ready, choose “I'm safe, carry on practising”.")
        if row.outcome == STOPPED:
            raise Ended(
                "You ended this conversation, so there is nothing to take back. Start a new one to practise again."
            )
        if row.scenario_digest != live.engine.digest:
            raise Ended(
                "This conversation's scenario has changed since it began, so it can't be rewound. Start a new one."
            )
        kept = [t for t in self.turns(row.id) if t.speaker == "learner" and not t.undone]
        if not kept:
            raise CannotUndo("There is nothing to take back yet: reply first, then you can try it another way.")
        taken = kept[-1]
        refusal = ConversationSnapshot.model_validate_json(row.snapshot).refusal
        conv = live.engine.replay(row.seed, Difficulty(row.difficulty), [t.text for t in kept[:-1]], refusal)
        after = conv.snapshot()
        at = now()
        changes: dict[str, object] = {
            "snapshot": after.model_dump_json(),
            "turn_count": row.turn_count,  # turns are numbered as stored: the next one comes after the undone
            "updated_at": at,
            "last_client_message": row.last_client_message,
            "outcome": None,
            "outcome_kind": None,
            "ended_at": None,
            "crisis_cleared": False,
            "version": row.version + 1,
        }
        try:
            with self.database.begin() as db:
                if not repo.advance_live(db, session_id=row.id, version=row.version, changes=changes):
                    raise _Stale
                repo.mark_undone(db, session_id=row.id, indexes=[taken.index, taken.index + 1])
        except BaseException:
            live.engine.release(conv)
            raise
        live.engine.release(live.conv)
        live.conv = conv
        for key, value in changes.items():
            set_committed_value(row, key, value)
        taken.undone = True
        return Undone(row, taken)

    def hint(self, session_id: str) -> Hint:
        """'What could I say?' (coach mode): sentence starters for the moment, and what to aim for;
        each hint asked for is counted for the scorecard."""
        row = self.get(session_id)
        if row.mode != "coach":
            raise NoHints("Exam mode has no hints: it's just you and them, as in a real conversation.")
        if row.ended_at is not None:
            raise Ended("This conversation has ended. Start a new one to practise again.")
        if row.paused:
            raise AwaitingResume("The practice is paused. When you're ready, choose “I'm safe, carry on practising”.")
        engine, snap = self.current_line(row)
        found = hint_for(engine.scenario, snap.state)
        self._change(session_id, hints=row.hints + 1)
        return found

    def _stored(self, session_id: str, message_id: str) -> bool:
        with session_scope(self.database) as db:
            return repo.turn_with_message(db, session_id=session_id, message_id=message_id) is not None

    def _repeat(self, session_id: str, message_id: str) -> Played:
        """The same message arrived twice (a resend after a dropped link): answer it again."""
        with session_scope(self.database) as db:
            row = repo.get_session(db, session_id=session_id)
            learner = repo.turn_with_message(db, session_id=session_id, message_id=message_id)
            client = learner and repo.turn_at(db, session_id=session_id, index=learner.index + 1)
        if row is None or learner is None or client is None:
            raise NotFound()
        meters = json.loads(client.meters) if client.meters else {}
        return Played(row, learner, client, meters, repeated=True)

    def _change(self, session_id: str, **changes: object) -> PracticeSession:
        """Change a session outside a turn (a pause, a resume, a hint counted); our copy is dropped."""
        with session_scope(self.database) as db:
            if not repo.change_session(db, session_id=session_id, changes=dict(changes)):
                raise NotFound()
            row = repo.get_session(db, session_id=session_id)
        self.live.drop(session_id)
        assert row is not None
        return row

    def resume(self, session_id: str) -> PracticeSession:
        """Carry on after a pause; the next reply is not checked again."""
        row = self.get(session_id)
        if not row.paused:
            return row
        return self._change(session_id, paused=False, crisis_cleared=True)

    def end(self, session_id: str) -> PracticeSession:
        """Stop a conversation before it reaches an ending."""
        at = now()
        changes: dict[str, object] = {"outcome": STOPPED, "outcome_kind": STOPPED, "ended_at": at, "updated_at": at}
        with session_scope(self.database) as db:
            row = repo.get_session(db, session_id=session_id)
            if row is None:
                raise NotFound()
            if repo.change_session(db, session_id=session_id, changes=changes, unless_ended=True):
                db.refresh(row)
        self.live.drop(session_id)
        return row

    # --- reading -------------------------------------------------------------------------

    def summary(
        self, row: PracticeSession, turns: list[Turn], human: Mapping[int, str] | None = None
    ) -> SessionSummary:
        """The session summary; `human` codes (turn id → code), where given, replace the coder's."""
        human = human or {}
        turns = [t for t in turns if not t.undone]  # taken back in coach mode: shown, never scored
        codes = [Code(human.get(t.id or 0, t.code)) for t in turns if t.speaker == "learner" and t.code]
        talk = [TalkType(t.talk_type) for t in turns if t.speaker == "client" and t.talk_type and t.index > 0]
        return summarise(codes, talk, outcome=row.outcome, outcome_kind=row.outcome_kind)

    def debrief(self, row: PracticeSession) -> str | None:
        """The ending's debrief, with the notes that hold for what happened in this conversation."""
        engine, snap = self.current_line(row)
        return engine.debrief(row.outcome, snap.facts)

    def current_line(self, row: PracticeSession) -> tuple[ScenarioEngine, ConversationSnapshot]:
        engine = self.library.engine(row.scenario_id)
        return engine, ConversationSnapshot.model_validate_json(row.snapshot)
