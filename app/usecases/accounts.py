"""Supervisor and trainee accounts, cohorts, invitations and signing in."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, func
from sqlmodel import Session, col, select

from app.store.db import session_scope
from app.store.models import Cohort, Invite, LoginAttempt, User, now
from app.usecases.passwords import hash_password, password_problem, verify_password

ROLES = ("supervisor", "trainee")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
INVITE_DAYS = 14
SIGN_IN_FAILED = "That email and password don't match an account. Check both and try again."


class AccountError(ValueError):
    """Something about an account request a person can fix; the message says what."""


class TooManyAttempts(AccountError):
    pass


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Accounts:
    def __init__(self, db: Engine) -> None:
        self.db = db

    # --- users and cohorts ---------------------------------------------------------------

    def add_user(self, *, email: str, name: str, role: str, password: str, cohort: str | None = None) -> User:
        """Create an account. A supervisor's --cohort is created for them; a trainee's must exist."""
        email = self._check_new(email, name, password)
        if role not in ROLES:
            raise AccountError(f"Role must be one of: {', '.join(ROLES)}.")
        with session_scope(self.db) as db:
            if self._by_email(db, email):
                raise AccountError(f"There is already an account for {email}.")
            user = User(email=email, name=name.strip(), role=role, password_hash=hash_password(password))
            db.add(user)
            db.flush()
            if cohort:
                group = db.exec(select(Cohort).where(Cohort.name == cohort.strip())).first()
                if role == "supervisor":
                    if group is not None:
                        raise AccountError(f"The cohort {cohort!r} already exists and has a supervisor.")
                    db.add(Cohort(name=cohort.strip(), supervisor_id=user.id or 0))
                elif group is None:
                    raise AccountError(f"There is no cohort {cohort!r}. Add its supervisor first, with --cohort.")
                else:
                    user.cohort_id = group.id
            return user

    def _check_new(self, email: str, name: str, password: str) -> str:
        email = email.strip().lower()
        if not EMAIL.match(email):
            raise AccountError("Give an email address like name@example.org.")
        if not name.strip():
            raise AccountError("Give a name, as it should appear to supervisors.")
        problem = password_problem(password)
        if problem:
            raise AccountError(problem)
        return email

    @staticmethod
    def _by_email(db: Session, email: str) -> User | None:
        return db.exec(select(User).where(User.email == email.strip().lower())).first()

    def get(self, user_id: int) -> User | None:
        with session_scope(self.db) as db:
            return db.get(User, user_id)

    def cohorts_of(self, supervisor_id: int) -> list[Cohort]:
        with session_scope(self.db) as db:
            query = select(Cohort).where(Cohort.supervisor_id == supervisor_id).order_by(col(Cohort.name))
            return list(db.exec(query))

    def cohort(self, cohort_id: int) -> Cohort | None:
        with session_scope(self.db) as db:
            return db.get(Cohort, cohort_id)

    def members(self, cohort_id: int) -> list[User]:
        with session_scope(self.db) as db:
            query = select(User).where(User.cohort_id == cohort_id).order_by(col(User.name))
            return list(db.exec(query))

    # --- signing in ------------------------------------------------------------------------

    def authenticate(self, email: str, password: str, address: str) -> User:
        """The account for these credentials; the same message whether or not it exists."""
        key = email.strip().lower()
        with session_scope(self.db) as db:
            since = now() - WINDOW
            db.execute(delete(LoginAttempt).where(col(LoginAttempt.at) < since - WINDOW))
            if self._failures(db, f"account:{key}", since) >= MAX_FAILURES_PER_ACCOUNT or (
                self._failures(db, f"address:{address}", since) >= MAX_FAILURES_PER_ADDRESS
            ):
                raise TooManyAttempts("Too many attempts to sign in. Wait 15 minutes, then try again.")
            user = self._by_email(db, key)
            if not verify_password(user.password_hash if user else None, password) or user is None:
                db.add(LoginAttempt(key=f"account:{key}"))
                db.add(LoginAttempt(key=f"address:{address}"))
                db.commit()
                raise AccountError(SIGN_IN_FAILED)
            db.execute(delete(LoginAttempt).where(col(LoginAttempt.key) == f"account:{key}"))
            return user

    @staticmethod
    def _failures(db: Session, key: str, since: datetime) -> int:
        query = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.key == key, LoginAttempt.at >= since)
        return int(db.exec(query).one())

    # --- invitations -----------------------------------------------------------------------

    def invite(self, *, cohort_id: int, by: int) -> str:
        """A one-time link token for joining a cohort (shown once, stored only as a hash)."""
        token = secrets.token_urlsafe(24)
        with session_scope(self.db) as db:
            db.add(
                Invite(
                    token_hash=_hash(token),
                    cohort_id=cohort_id,
                    created_by=by,
                    expires_at=now() + timedelta(days=INVITE_DAYS),
                )
            )
        return token

    def open_invite(self, token: str) -> tuple[Invite, Cohort]:
        with session_scope(self.db) as db:
            invite = db.exec(select(Invite).where(Invite.token_hash == _hash(token))).first()
            if invite is None:
                raise AccountError("This invitation link isn't valid. Ask your supervisor for a new one.")
            if invite.used_at is not None:
                raise AccountError("This invitation has already been used. Sign in, or ask for a new link.")
            if _aware(invite.expires_at) < now():
                raise AccountError("This invitation has expired. Ask your supervisor for a new one.")
            cohort = db.get(Cohort, invite.cohort_id)
            assert cohort is not None
            return invite, cohort

    def accept_invite(self, token: str, *, email: str, name: str, password: str) -> User:
        invite, cohort = self.open_invite(token)
        email = self._check_new(email, name, password)
        with session_scope(self.db) as db:
            if self._by_email(db, email):
                raise AccountError(f"There is already an account for {email}. Sign in instead.")
            user = User(
                email=email,
                name=name.strip(),
                role="trainee",
                password_hash=hash_password(password),
                cohort_id=cohort.id,
            )
            db.add(user)
            db.flush()
            fresh = db.get(Invite, invite.id)
            if fresh is None or fresh.used_at is not None:
                raise AccountError("This invitation has already been used. Sign in, or ask for a new link.")
            fresh.used_at = now()
            fresh.used_by = user.id
            db.add(fresh)
            return user
