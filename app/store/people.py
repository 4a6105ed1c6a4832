"""Every query on people: users, cohorts, invitations and failed sign-ins. Keyword-only
functions on a Session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.store.models import Cohort, Invite, LoginAttempt, User, now

# --- users ---------------------------------------------------------------------------------


def get_user(db: Session, *, user_id: int) -> User | None:
    return db.get(User, user_id)


def user_by_email(db: Session, *, email: str) -> User | None:
    """The account for an email address, given as stored (trimmed, lower case)."""
    return db.exec(select(User).where(User.email == email)).first()


def add_user(db: Session, *, user: User) -> None:
    """Store a new account; its `id` is set when this returns."""
    db.add(user)
    db.flush()


def users_in_cohorts(db: Session, *, cohort_ids: Collection[int], plus_user_id: int) -> list[User]:
    """Everyone in these cohorts, and the user `plus_user_id` wherever they are."""
    query = select(User).where(col(User.cohort_id).in_(cohort_ids) | (User.id == plus_user_id))
    return list(db.exec(query))


def user_ids_in_cohort(db: Session, *, cohort_id: int) -> list[int]:
    found = db.exec(select(User.id).where(User.cohort_id == cohort_id)).all()
    return [user_id for user_id in found if user_id is not None]


def cohort_members(db: Session, *, cohort_id: int) -> list[User]:
    """A cohort's members by name."""
    return list(db.exec(select(User).where(User.cohort_id == cohort_id).order_by(col(User.name))))


# --- cohorts -------------------------------------------------------------------------------


def get_cohort(db: Session, *, cohort_id: int) -> Cohort | None:
    return db.get(Cohort, cohort_id)


def cohort_named(db: Session, *, name: str) -> Cohort | None:
    return db.exec(select(Cohort).where(Cohort.name == name)).first()


def add_cohort(db: Session, *, cohort: Cohort) -> None:
    db.add(cohort)


def cohorts_of(db: Session, *, supervisor_id: int) -> list[Cohort]:
    """A supervisor's cohorts by name."""
    query = select(Cohort).where(Cohort.supervisor_id == supervisor_id).order_by(col(Cohort.name))
    return list(db.exec(query))


def cohort_ids_of(db: Session, *, supervisor_id: int) -> set[int]:
    """The ids of a supervisor's cohorts."""
    found = db.exec(select(Cohort.id).where(Cohort.supervisor_id == supervisor_id)).all()
    return {cohort_id for cohort_id in found if cohort_id is not None}


# --- invitations ---------------------------------------------------------------------------


def add_invite(db: Session, *, invite: Invite) -> None:
    db.add(invite)


def invite_by_token_hash(db: Session, *, token_hash: str) -> Invite | None:
    return db.exec(select(Invite).where(Invite.token_hash == token_hash)).first()


def get_invite(db: Session, *, invite_id: int) -> Invite | None:
    return db.get(Invite, invite_id)


def mark_invite_used(db: Session, *, invite: Invite, user_id: int | None) -> None:
    invite.used_at = now()
    invite.used_by = user_id
    db.add(invite)


# --- failed sign-ins -----------------------------------------------------------------------


def record_failed_sign_in(db: Session, *, key: str) -> None:
    """One failure against `key` ("account:EMAIL" or "address:IP"), counted for rate limiting."""
    db.add(LoginAttempt(key=key))


def failed_sign_ins(db: Session, *, key: str, since: datetime) -> int:
    """How many failures `key` has had since `since`."""
    query = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.key == key, LoginAttempt.at >= since)
    return int(db.exec(query).one())


def forget_failed_sign_ins(db: Session, *, key: str) -> None:
    """Start `key`'s count again (after it signs in)."""
    db.execute(delete(LoginAttempt).where(col(LoginAttempt.key) == key))


def forget_old_sign_ins(db: Session, *, before: datetime) -> None:
    """Delete the failures older than `before`: they no longer count."""
    db.execute(delete(LoginAttempt).where(col(LoginAttempt.at) < before))
