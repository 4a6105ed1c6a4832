"""Conversations that live in the database: start, reply, end, delete. Synchronous, one short
database transaction per call; the web layer runs these off the event loop."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app import repository as repo
from app.db import session_scope
from app.models import PracticeSession, Turn, now
from dialogue.codes import Code, TalkType
from dialogue.coding import Coding, ReplyError
from dialogue.crisis import detect_crisis
from dialogue.engine import ClientTurn, ConversationSnapshot, ScenarioEngine
from dialogue.engine import Turn as EngineTurn
from dialogue.library import Library
from dialogue.scenario import Difficulty
from dialogue.summary import SessionSummary, summarise

CRISIS_MESSAGE = (
    "What you wrote sounds like you might be going through something hard yourself, so the practice is paused. "
    "What you typed has not been saved."
)
STOPPED = "stopped"


class ConversationError(Exception):
    """A request about a conversation that cannot be met; `code` is machine-readable."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(ConversationError):
    code = "not_found"


class WrongToken(ConversationError):
    code = "wrong_token"


class Ended(ConversationError):
    code = "conversation_ended"


class TakenOver(ConversationError):
    code = "taken_over"


class Busy(ConversationError):
    code = "busy"


class StillPaused(ConversationError):
    code = "paused"


class Paused(ConversationError):
    """The role-play is paused because the person typing may be in danger."""

    code = "paused"

    def __init__(self, message: str, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class BadReply(ConversationError):
    code = "bad_reply"


class EmptyReply(BadReply):
    code = "empty_reply"


class TooLong(BadReply):
    code = "reply_too_long"


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


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Conversations:
    """Conversation storage and play, over one database engine and the scenario library."""

    def __init__(self, db: Engine, library: Library, max_reply_chars: int) -> None:
        self.db = db
        self.library = library
        self.max_reply_chars = max_reply_chars

    # --- lifecycle -------------------------------------------------------------------------

    def start(
        self,
        *,
        scenario_id: str,
        mode: str,
        seed: int | None = None,
        difficulty: Difficulty | None = None,
        owner_id: int | None = None,
    ) -> Started:
        """A new conversation, stored with the person's opening line; raises UnknownScenario."""
        engine = self.library.engine(scenario_id)
        seed = seed if seed is not None else secrets.randbelow(2**31)
        conv = engine.start(seed, difficulty)
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
        )
        opening = _client_row(row.id, 0, engine, snap)
        with session_scope(self.db) as db:
            repo.add_session(db, row=row, turns=[opening])
        return Started(row, token)

    def authorize(self, session_id: str, token: str | None) -> PracticeSession:
        """The session if the token opens it; NotFound or WrongToken otherwise."""
        with session_scope(self.db) as db:
            row = repo.get_session(db, session_id=session_id)
        if row is None:
            raise NotFound("There is no conversation with this id. It may have been deleted.")
        if not token or not hmac.compare_digest(row.token_hash, hash_token(token)):
            raise WrongToken("This link's key does not open that conversation. Use the full link you were given.")
        return row

    def get(self, session_id: str) -> PracticeSession:
        with session_scope(self.db) as db:
            row = repo.get_session(db, session_id=session_id)
        if row is None:
            raise NotFound("There is no conversation with this id. It may have been deleted.")
        return row

    def turns(self, session_id: str) -> list[Turn]:
        with session_scope(self.db) as db:
            return repo.list_turns(db, session_id=session_id)

    def connect(self, session_id: str) -> int:
        """Mark a new socket as the conversation's current one."""
        with session_scope(self.db) as db:
            return repo.bump_connection(db, session_id=session_id)

    def delete(self, session_id: str) -> None:
        with session_scope(self.db) as db:
            if not repo.delete_session(db, session_id=session_id):
                raise NotFound("There is no conversation with this id. It may have been deleted already.")

    def purge(self, retention_days: int) -> int:
        with session_scope(self.db) as db:
            return repo.purge_anonymous(db, before=datetime.now(UTC) - timedelta(days=retention_days))

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
        """Code and play one reply; the exchange is committed before this returns."""
        text = self.check_text(text)
        with session_scope(self.db) as db:
            row = repo.get_session(db, session_id=session_id)
            if row is None:
                raise NotFound("There is no conversation with this id. It may have been deleted.")
            if connection is not None and row.connection != connection:
                raise TakenOver("This conversation was opened somewhere else; continue it there.")
            if message_id and message_id == row.last_client_message:
                return self._repeat(db, row)
            if row.ended_at is not None:
                raise Ended("This conversation has ended. Start a new one to practise again.")
            if row.paused:
                raise StillPaused("The practice is paused. When you're ready, choose “I'm safe, carry on practising”.")
            self._check_crisis(db, row, text)
            engine = self.library.engine(row.scenario_id)
            snap = ConversationSnapshot.model_validate_json(row.snapshot)
            with engine.open(snap) as conv:
                try:
                    turn = engine.reply(conv, text)
                except ReplyError as exc:
                    raise BadReply(str(exc)) from None
                after = conv.snapshot()
            return self._store(db, row, engine, turn, text, after, message_id)

    def _check_crisis(self, db: Session, row: PracticeSession, text: str) -> None:
        """Pause (storing nothing of the reply) if the person typing may be in danger."""
        if row.crisis_cleared:
            row.crisis_cleared = False  # the one reply right after "I'm safe" goes through
            db.add(row)
            return
        signal = detect_crisis(text)
        if signal is None:
            return
        row.paused = True
        db.add(row)
        db.commit()
        raise Paused(CRISIS_MESSAGE, signal.kind.value)

    def resume(self, session_id: str) -> PracticeSession:
        """Carry on after a pause; the next reply is not checked again."""
        with session_scope(self.db) as db:
            row = repo.get_session(db, session_id=session_id)
            if row is None:
                raise NotFound("There is no conversation with this id. It may have been deleted.")
            if row.paused:
                row.paused = False
                row.crisis_cleared = True
                db.add(row)
            return row

    def _store(
        self,
        db: Session,
        row: PracticeSession,
        engine: ScenarioEngine,
        turn: EngineTurn,
        text: str,
        after: ConversationSnapshot,
        message_id: str | None,
    ) -> Played:
        index = row.turn_count * 2 + 1
        learner = _learner_row(row.id, index, text, turn)
        client = _client_turn_row(row.id, index + 1, turn.client, turn)
        ending = engine.scenario.endings.get(after.outcome or "")
        changes: dict[str, object] = {
            "snapshot": after.model_dump_json(),
            "turn_count": row.turn_count + 1,
            "updated_at": now(),
            "last_client_message": message_id,
            "outcome": after.outcome,
            "outcome_kind": ending.kind.value if ending else None,
            "ended_at": now() if after.outcome else None,
        }
        if not repo.advance_session(db, row=row, expected_turns=row.turn_count, changes=changes):
            raise Busy("Another reply to this conversation arrived at the same moment. Please send yours again.")
        db.add_all([learner, client])
        try:
            db.flush()
        except IntegrityError:
            raise Busy(
                "Another reply to this conversation arrived at the same moment. Please send yours again."
            ) from None
        for key, value in changes.items():
            setattr(row, key, value)
        return Played(row, learner, client, dict(turn.meters))

    def _repeat(self, db: Session, row: PracticeSession) -> Played:
        """The same message arrived twice (a resend after a dropped link): answer it again."""
        turns = repo.list_turns(db, session_id=row.id)
        snap = ConversationSnapshot.model_validate_json(row.snapshot)
        return Played(row, turns[-2], turns[-1], dict(snap.meters), repeated=True)

    def end(self, session_id: str) -> PracticeSession:
        """Stop a conversation before it reaches an ending."""
        with session_scope(self.db) as db:
            row = repo.get_session(db, session_id=session_id)
            if row is None:
                raise NotFound("There is no conversation with this id. It may have been deleted.")
            if row.ended_at is None:
                changes: dict[str, object] = {
                    "outcome": STOPPED,
                    "outcome_kind": STOPPED,
                    "ended_at": now(),
                    "updated_at": now(),
                }
                repo.advance_session(db, row=row, expected_turns=row.turn_count, changes=changes)
                for key, value in changes.items():
                    setattr(row, key, value)
            return row

    # --- reading -------------------------------------------------------------------------

    def summary(
        self, row: PracticeSession, turns: list[Turn], human: Mapping[int, str] | None = None
    ) -> SessionSummary:
        """The session summary; `human` codes (turn id → code), where given, replace the coder's."""
        human = human or {}
        codes = [Code(human.get(t.id or 0, t.code)) for t in turns if t.speaker == "learner" and t.code]
        talk = [TalkType(t.talk_type) for t in turns if t.speaker == "client" and t.talk_type and t.index > 0]
        return summarise(codes, talk, outcome=row.outcome, outcome_kind=row.outcome_kind)

    def current_line(self, row: PracticeSession) -> tuple[ScenarioEngine, ConversationSnapshot]:
        engine = self.library.engine(row.scenario_id)
        return engine, ConversationSnapshot.model_validate_json(row.snapshot)


def _learner_row(session_id: str, index: int, text: str, turn: EngineTurn) -> Turn:
    coding: Coding = turn.coding
    return Turn(
        session_id=session_id,
        index=index,
        speaker="learner",
        text=text,
        code=coding.code.value,
        adherence=coding.adherence.value,
        confidence=coding.confidence,
        evidence=coding.evidence,
        rule=coding.rule,
        roadblock=coding.roadblock.value if coding.roadblock else None,
        feedback=coding.feedback,
        suggestion=coding.suggestion,
        risk=coding.risk.value if coding.risk else None,
        risk_addressed=coding.risk_addressed,
        state_before=turn.state_before,
        state_after=turn.client.state,
    )


def _client_turn_row(session_id: str, index: int, said: ClientTurn, turn: EngineTurn) -> Turn:
    return Turn(
        session_id=session_id,
        index=index,
        speaker="client",
        text=said.text,
        talk_type=said.talk.value,
        state_before=turn.state_before,
        state_after=said.state,
        stage=said.stage,
        thought=said.thought,
        risk=said.risk,
        meters=json.dumps(turn.meters),
    )


def _client_row(session_id: str, index: int, engine: ScenarioEngine, snap: ConversationSnapshot) -> Turn:
    line = engine.line(snap.last_line)
    state = engine.scenario.states[snap.state]
    return Turn(
        session_id=session_id,
        index=index,
        speaker="client",
        text=engine.text_of(snap.last_line),
        talk_type=line.talk.value,
        state_after=snap.state,
        stage=state.stage.value,
        thought=state.thought,
        risk=line.risk.value if line.risk else None,
        meters=json.dumps(snap.meters),
    )
