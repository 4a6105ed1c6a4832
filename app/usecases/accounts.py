"""Supervisor and trainee accounts, cohorts, invitations and signing in."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import unicodedata
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from app.store import people
from app.store.db import session_scope
from app.store.models import Cohort, Invite, User, now
from app.usecases.errors import AccountError, TooManyAttempts
from app.usecases.passwords import hash_password, password_problem, verify_password

ROLES = ("supervisor", "trainee")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
INVITE_DAYS = 14
SIGN_IN_FAILED = "That email and password don't match an account. Check both and try again."


INVITE_TRIES = 10
"""Tries of the invitation form one address may make in 15 minutes."""
HASHING_AT_ONCE = 2
"""Password checks run at once at most (each takes a core for tens of milliseconds)."""
_HASHING = threading.BoundedSemaphore(HASHING_AT_ONCE)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Accounts:
    def __init__(self, database: Engine) -> None:
        self.database = database

    # --- users and cohorts ---------------------------------------------------------------

    def add_user(self, *, email: str, name: str, role: str, password: str, cohort: str | None = None) -> User:
        """Create an account. A supervisor's --cohort is created for them; a trainee's must exist."""
        email, name = self._check_new(email, name, password)
        if role not in ROLES:
            raise AccountError(f"Role must be one of: {', '.join(ROLES)}.")
        with session_scope(self.database) as db:
            if people.user_by_email(db, email=email):
                raise AccountError(f"There is already an account for {email}.")
            user = User(email=email, name=name.strip(), role=role, password_hash=hash_password(password))
            people.add_user(db, user=user)
            if cohort:
                group = people.cohort_named(db, name=cohort.strip())
                if role == "supervisor":
                    if group is not None:
                        raise AccountError(f"The cohort {cohort!r} already exists and has a supervisor.")
                    people.add_cohort(db, cohort=Cohort(name=cohort.strip(), supervisor_id=user.id or 0))
                elif group is None:
                    raise AccountError(f"There is no cohort {cohort!r}. Add its supervisor first, with --cohort.")
                else:
                    user.cohort_id = group.id
            return user

    def _check_new(self, email: str, name: str, password: str) -> tuple[str, str]:
        """The email and name as they will be stored (NFKC: one form for what looks the same), or
        AccountError: invisible characters (zero-width, direction overrides, NUL and other
        controls) would let two accounts look alike."""
        email, name = unicodedata.normalize("NFKC", email).strip().lower(), unicodedata.normalize("NFKC", name).strip()
        for field, value in (("email address", email), ("name", name)):
            if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in value):
                raise AccountError(
                    f"The {field} has an invisible or control character in it (pasted, perhaps); type it again."
                )
        if not EMAIL.match(email):
            raise AccountError("Give an email address like name@example.org.")
        if not name:
            raise AccountError("Give a name, as it should appear to supervisors.")
        problem = password_problem(password)
        if problem:
            raise AccountError(problem)
        return email, name

    def get(self, user_id: int) -> User | None:
        with session_scope(self.database) as db:
            return people.get_user(db, user_id=user_id)

    def cohorts_of(self, supervisor_id: int) -> list[Cohort]:
        with session_scope(self.database) as db:
            return people.cohorts_of(db, supervisor_id=supervisor_id)

    def cohort(self, cohort_id: int) -> Cohort | None:
        with session_scope(self.database) as db:
            return people.get_cohort(db, cohort_id=cohort_id)

    def members(self, cohort_id: int) -> list[User]:
        with session_scope(self.database) as db:
            return people.cohort_members(db, cohort_id=cohort_id)

    # --- signing in ------------------------------------------------------------------------

    def authenticate(self, email: str, password: str, address: str) -> User:
        """The account for these credentials; the same message whether or not it exists.

        The password is checked with no database connection held (argon2 takes tens of
        milliseconds; on SQLite the pool's one connection would wait for it), and at most
        HASHING_AT_ONCE checks run together. Five failures lock an account for fifteen minutes,
        except to an address that has not failed in that time and gives the right password: a
        stranger who knows the email cannot lock its owner out."""
        key = email.strip().lower()
        account, origin = f"account:{key}", f"address:{address}"
        with session_scope(self.database) as db:
            since = now() - WINDOW
            people.forget_old_sign_ins(db, before=since - WINDOW)
            from_here = people.failed_sign_ins(db, key=origin, since=since)
            locked = people.failed_sign_ins(db, key=account, since=since) >= MAX_FAILURES_PER_ACCOUNT
            if from_here >= MAX_FAILURES_PER_ADDRESS or (locked and from_here > 0):
                raise TooManyAttempts("Too many attempts to sign in. Wait 15 minutes, then try again.")
            user = people.user_by_email(db, email=key)
            stored = user.password_hash if user else None
        with _HASHING:
            right = verify_password(stored, password) and user is not None
        with session_scope(self.database) as db:
            if not right or user is None:
                people.record_failed_sign_in(db, key=account)
                people.record_failed_sign_in(db, key=origin)
                db.commit()  # the failures must stay counted: raising would roll them back
                raise AccountError(SIGN_IN_FAILED)
            people.forget_failed_sign_ins(db, key=account)
            return user

    # --- invitations -----------------------------------------------------------------------

    def invite(self, *, cohort_id: int, by: int) -> str:
        """A one-time link token for joining a cohort (shown once, stored only as a hash)."""
        token = secrets.token_urlsafe(24)
        invite = Invite(
            token_hash=_hash(token), cohort_id=cohort_id, created_by=by, expires_at=now() + timedelta(days=INVITE_DAYS)
        )
        with session_scope(self.database) as db:
            people.add_invite(db, invite=invite)
        return token

    def open_invite(self, token: str) -> tuple[Invite, Cohort]:
        with session_scope(self.database) as db:
            invite = people.invite_by_token_hash(db, token_hash=_hash(token))
            if invite is None:
                raise AccountError("This invitation link isn't valid. Ask your supervisor for a new one.")
            if invite.used_at is not None:
                raise AccountError("This invitation has already been used. Sign in, or ask for a new link.")
            if _aware(invite.expires_at) < now():
                raise AccountError("This invitation has expired. Ask your supervisor for a new one.")
            cohort = people.get_cohort(db, cohort_id=invite.cohort_id)
            assert cohort is not None
            return invite, cohort

    def accept_invite(self, token: str, *, email: str, name: str, password: str, address: str) -> User | None:
        """A new trainee account from an invitation, or None when the email already has one.

        Both use the invitation up, and the page answers both the same way ("sign in"), so the form
        cannot be used to learn which emails have accounts; an address may try it INVITE_TRIES
        times in 15 minutes."""
        invite, cohort = self.open_invite(token)
        origin = f"invite:{address}"
        with session_scope(self.database) as db:
            if people.failed_sign_ins(db, key=origin, since=now() - WINDOW) >= INVITE_TRIES:
                raise TooManyAttempts("Too many tries from here. Wait 15 minutes, then try again.")
            people.record_failed_sign_in(db, key=origin)  # every try counts
        email, name = self._check_new(email, name, password)
        with session_scope(self.database) as db:
            fresh = people.get_invite(db, invite_id=invite.id or 0)
            if fresh is None or fresh.used_at is not None:
                raise AccountError("This invitation has already been used. Sign in, or ask for a new link.")
            if people.user_by_email(db, email=email):
                people.mark_invite_used(db, invite=fresh, user_id=None)
                return None
            user = User(
                email=email,
                name=name.strip(),
                role="trainee",
                password_hash=hash_password(password),
                cohort_id=cohort.id,
            )
            people.add_user(db, user=user)
            people.mark_invite_used(db, invite=fresh, user_id=user.id)
            return user
