"""Every query on letters and invitation plans (the `preparation` table)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from app.store.models import PracticeSession, Preparation


def get(db: Session, *, prep_id: str) -> Preparation | None:
    return db.get(Preparation, prep_id)


def add(db: Session, *, row: Preparation) -> None:
    db.add(row)


def save(db: Session, *, prep_id: str, version: int, changes: dict[str, object]) -> bool:
    """Change a letter or plan only if it is still at `version` (a second window's older copy
    must not overwrite a newer draft)."""
    query = update(Preparation).where(col(Preparation.id) == prep_id, col(Preparation.version) == version)
    result = db.execute(query.values(**changes, version=version + 1))
    return bool(getattr(result, "rowcount", 0))


def remove(db: Session, *, prep_id: str) -> bool:
    """Delete it for good; the conversations that rehearsed a plan keep their turns and lose the link."""
    db.execute(update(PracticeSession).where(col(PracticeSession.plan_id) == prep_id).values(plan_id=None))
    result = db.execute(delete(Preparation).where(col(Preparation.id) == prep_id))
    return bool(getattr(result, "rowcount", 0))


def owned_by(db: Session, *, owner_ids: list[int]) -> list[Preparation]:
    query = select(Preparation).where(col(Preparation.owner_id).in_(owner_ids))
    return list(db.exec(query.order_by(col(Preparation.updated_at).desc())))


def purge_anonymous(db: Session, *, before: datetime) -> int:
    """Delete anonymous letters and plans untouched since `before`; returns how many."""
    stale = list(
        db.exec(select(Preparation.id).where(col(Preparation.owner_id).is_(None), col(Preparation.updated_at) < before))
    )
    for prep_id in stale:
        remove(db, prep_id=prep_id)
    return len(stale)
