"""Tables: practice sessions (one conversation each) and their turns."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, ForeignKey, Integer, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel

# Named constraints, the same on SQLite and PostgreSQL, so migrations can find them again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def now() -> datetime:
    return datetime.now(UTC)


class PracticeSession(SQLModel, table=True):
    """One conversation with a simulated person; `snapshot` is the engine state as JSON."""

    __tablename__ = "practice_session"

    id: str = Field(primary_key=True, max_length=32)
    token_hash: str = Field(max_length=64)
    scenario_id: str = Field(index=True, max_length=100)
    scenario_digest: str = Field(max_length=32)
    mode: str = Field(max_length=10)
    difficulty: str = Field(max_length=12)
    seed: int
    snapshot: str = Field(sa_column=Column(Text, nullable=False))
    turn_count: int = 0
    outcome: str | None = Field(default=None, max_length=64)
    outcome_kind: str | None = Field(default=None, max_length=16)
    connection: int = 0
    last_client_message: str | None = Field(default=None, max_length=64)
    version: int = Field(default=0, description="Goes up with every change; writes check it (optimistic locking).")
    paused: bool = False
    crisis_cleared: bool = False
    hints: int = Field(default=0, description="Times 'What could I say?' was asked (coach mode).")
    owner_id: int | None = Field(default=None, foreign_key="app_user.id", index=True)
    plan_id: str | None = Field(
        default=None,
        index=True,
        max_length=32,
        description="The invitation plan this conversation rehearses (its plan B is on screen); no foreign key, "
        "so SQLite adds the column in place (deleting a plan clears it, in app/store/preparations.py).",
    )
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now, index=True)
    ended_at: datetime | None = None


class Preparation(SQLModel, table=True):
    """Something written before the meeting: an impact letter or an invitation plan. Like a
    conversation, it opens with its key (anonymous) or belongs to an account."""

    id: str = Field(primary_key=True, max_length=32)
    token_hash: str = Field(max_length=64)
    kind: str = Field(max_length=10, description="letter or plan")
    title: str = Field(default="", max_length=120)
    body: str = Field(sa_column=Column(Text, nullable=False), description="The letter's text, or the plan as JSON.")
    owner_id: int | None = Field(default=None, foreign_key="app_user.id", index=True)
    version: int = 0
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now, index=True)


class Turn(SQLModel, table=True):
    """One utterance: the learner's coded reply or the person's line."""

    __table_args__ = (UniqueConstraint("session_id", "index"), UniqueConstraint("session_id", "message_id"))

    id: int | None = Field(default=None, primary_key=True)
    session_id: str = Field(foreign_key="practice_session.id", index=True, ondelete="CASCADE", max_length=32)
    index: int
    speaker: str = Field(max_length=10)
    message_id: str | None = Field(default=None, max_length=64, description="The client's id for a learner reply.")
    text: str = Field(sa_column=Column(Text, nullable=False))
    code: str | None = Field(default=None, max_length=4)
    adherence: str | None = Field(default=None, max_length=16)
    confidence: float | None = None
    evidence: str | None = Field(default=None, sa_column=Column(Text))
    rule: str | None = Field(default=None, max_length=40)
    roadblock: str | None = Field(default=None, max_length=40)
    feedback: str | None = Field(default=None, sa_column=Column(Text))
    suggestion: str | None = Field(default=None, sa_column=Column(Text))
    risk: str | None = Field(default=None, max_length=16)
    risk_addressed: bool | None = None
    talk_type: str | None = Field(default=None, max_length=10)
    state_before: str | None = Field(default=None, max_length=64)
    state_after: str | None = Field(default=None, max_length=64)
    stage: str | None = Field(default=None, max_length=20)
    thought: str | None = Field(default=None, sa_column=Column(Text))
    meters: str | None = Field(default=None, max_length=200)
    undone: bool = Field(
        default=False,
        sa_column=Column(Boolean, nullable=False, default=False, server_default=false()),
        description='Taken back in coach mode ("try that again"): kept in the transcript, left out of the scores.',
    )
    created_at: datetime = Field(default_factory=now)


class User(SQLModel, table=True):
    """A supervisor or a trainee (family members practise anonymously)."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True, max_length=254)
    name: str = Field(max_length=120)
    role: str = Field(max_length=12)
    password_hash: str = Field(max_length=200)
    # Users and cohorts refer to each other; this key is added after both tables exist (use_alter).
    cohort_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("cohort.id", use_alter=True), index=True, nullable=True)
    )
    created_at: datetime = Field(default_factory=now)


class Cohort(SQLModel, table=True):
    """A group of trainees; its supervisor sees their practice."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=120)
    supervisor_id: int = Field(foreign_key="app_user.id", index=True)
    created_at: datetime = Field(default_factory=now)


class Invite(SQLModel, table=True):
    """A one-time link that lets a trainee create an account in a cohort."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True, max_length=64)
    cohort_id: int = Field(foreign_key="cohort.id", index=True)
    created_by: int = Field(foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=now)
    expires_at: datetime
    used_at: datetime | None = None
    used_by: int | None = Field(default=None, foreign_key="app_user.id")


class CodeReview(SQLModel, table=True):
    """A supervisor's code for one reply; the automatic code stays on the turn."""

    id: int | None = Field(default=None, primary_key=True)
    turn_id: int = Field(foreign_key="turn.id", unique=True, ondelete="CASCADE")
    session_id: str = Field(foreign_key="practice_session.id", index=True, ondelete="CASCADE", max_length=32)
    code: str = Field(max_length=4)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    reviewer_id: int = Field(foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=now)


class Comment(SQLModel, table=True):
    """A supervisor's note on any turn."""

    id: int | None = Field(default=None, primary_key=True)
    turn_id: int = Field(foreign_key="turn.id", index=True, ondelete="CASCADE")
    session_id: str = Field(foreign_key="practice_session.id", index=True, ondelete="CASCADE", max_length=32)
    author_id: int = Field(foreign_key="app_user.id")
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=now)


class LoginAttempt(SQLModel, table=True):
    """Failed sign-ins, for rate limiting across worker processes."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, max_length=300)
    at: datetime = Field(default_factory=now, index=True)
