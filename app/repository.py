"""Every query on practice sessions and turns: small keyword-only functions on a Session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from app.models import PracticeSession, Turn


def get_session(db: Session, *, session_id: str) -> PracticeSession | None:
    return db.get(PracticeSession, session_id)


def add_session(db: Session, *, row: PracticeSession, turns: Sequence[Turn]) -> None:
    db.add(row)
    db.flush()
    db.add_all(turns)


def list_turns(db: Session, *, session_id: str) -> list[Turn]:
    query = select(Turn).where(Turn.session_id == session_id).order_by(col(Turn.index))
    return list(db.exec(query))


def advance_session(db: Session, *, row: PracticeSession, expected_turns: int, changes: dict[str, object]) -> bool:
    """Update a session only if nobody else moved it on meanwhile (optimistic concurrency)."""
    result = db.execute(
        update(PracticeSession)
        .where(col(PracticeSession.id) == row.id, col(PracticeSession.turn_count) == expected_turns)
        .values(**changes)
    )
    return bool(getattr(result, "rowcount", 0))


def bump_connection(db: Session, *, session_id: str) -> int:
    """Record a new socket for a session; the returned number marks it the current one."""
    db.execute(
        update(PracticeSession)
        .where(col(PracticeSession.id) == session_id)
        .values(connection=PracticeSession.connection + 1)
    )
    row = db.get(PracticeSession, session_id)
    return row.connection if row else 0


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
