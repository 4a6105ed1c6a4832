"""Every query on practice sessions and turns: small keyword-only functions on a Session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, update
from sqlmodel import Session, col, select

from app.store.models import PracticeSession, Turn


def get_session(db: Session, *, session_id: str) -> PracticeSession | None:
    return db.get(PracticeSession, session_id)


def add_session(db: Session, *, row: PracticeSession, turns: Sequence[Turn]) -> None:
    db.add(row)
    db.flush()
    db.add_all(turns)


def list_turns(db: Session, *, session_id: str) -> list[Turn]:
    query = select(Turn).where(Turn.session_id == session_id).order_by(col(Turn.index))
    return list(db.exec(query))


_SESSION = PracticeSession.__table__  # type: ignore[attr-defined]
_TURN = Turn.__table__  # type: ignore[attr-defined]
_LIVE_COLUMNS = (
    "snapshot",
    "turn_count",
    "updated_at",
    "last_client_message",
    "outcome",
    "outcome_kind",
    "ended_at",
    "crisis_cleared",
    "version",
)
# Built once, so a turn does not build statements or their cache keys again: SQLAlchemy finds
# the compiled forms in its cache straight away.
_ADVANCE = (
    update(_SESSION)
    .where(_SESSION.c.id == bindparam("w_id"), _SESSION.c.version == bindparam("w_version"))
    .values({name: bindparam(f"v_{name}") for name in _LIVE_COLUMNS})
)
_INSERT_TURNS = insert(_TURN)


def advance_live(connection: Connection, *, session_id: str, version: int, changes: dict[str, Any]) -> bool:
    """A turn's session update, only if the session is still at `version` (optimistic locking)."""
    params = {"w_id": session_id, "w_version": version} | {f"v_{name}": changes[name] for name in _LIVE_COLUMNS}
    return connection.execute(_ADVANCE, params).rowcount == 1


def insert_turns(connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
    connection.execute(_INSERT_TURNS, list(rows))


def mark_undone(connection: Connection, *, session_id: str, indexes: Sequence[int]) -> None:
    """Mark turns as taken back; they stay in the transcript."""
    query = update(_TURN).where(_TURN.c.session_id == session_id, _TURN.c["index"].in_(list(indexes)))
    connection.execute(query.values(undone=True))


def change_session(db: Session, *, session_id: str, changes: dict[str, object], unless_ended: bool = False) -> bool:
    """Change a session outside a turn; its version goes up so other workers' copies are refreshed."""
    query = update(PracticeSession).where(col(PracticeSession.id) == session_id)
    if unless_ended:
        query = query.where(col(PracticeSession.ended_at).is_(None))
    result = db.execute(query.values(**changes, version=PracticeSession.version + 1))
    return bool(getattr(result, "rowcount", 0))


def turn_with_message(db: Session, *, session_id: str, message_id: str) -> Turn | None:
    query = select(Turn).where(Turn.session_id == session_id, Turn.message_id == message_id)
    return db.exec(query).first()


def get_turn(db: Session, *, turn_id: int) -> Turn | None:
    return db.get(Turn, turn_id)


def turn_at(db: Session, *, session_id: str, index: int) -> Turn | None:
    return db.exec(select(Turn).where(Turn.session_id == session_id, Turn.index == index)).first()


def bump_connection(db: Session, *, session_id: str) -> tuple[int, int] | None:
    """Record a new socket for a session, in one statement: (its connection number, the session's
    new version). A session object already read in `db` is left as it was: set it from these."""
    found = db.execute(
        update(_SESSION)
        .where(_SESSION.c.id == session_id)
        .values(connection=_SESSION.c.connection + 1, version=_SESSION.c.version + 1)
        .returning(_SESSION.c.connection, _SESSION.c.version)
    ).first()
    return (found[0], found[1]) if found else None


def delete_session(db: Session, *, session_id: str) -> bool:
    db.execute(delete(Turn).where(col(Turn.session_id) == session_id))
    result = db.execute(delete(PracticeSession).where(col(PracticeSession.id) == session_id))
    return bool(getattr(result, "rowcount", 0))


def purge_anonymous(db: Session, *, before: datetime) -> int:
    """Delete anonymous conversations untouched since `before`; returns how many."""
    stale = select(PracticeSession.id).where(
        col(PracticeSession.owner_id).is_(None), col(PracticeSession.updated_at) < before
    )
    ids = list(db.exec(stale))
    if ids:
        db.execute(delete(Turn).where(col(Turn.session_id).in_(ids)))
        db.execute(delete(PracticeSession).where(col(PracticeSession.id).in_(ids)))
    return len(ids)
