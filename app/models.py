"""Tables: practice sessions (one conversation each) and their turns."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


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
    paused: bool = False
    crisis_cleared: bool = False
    owner_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now, index=True)
    ended_at: datetime | None = None


class Turn(SQLModel, table=True):
    """One utterance: the learner's coded reply or the person's line."""

    __table_args__ = (UniqueConstraint("session_id", "index"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: str = Field(foreign_key="practice_session.id", index=True, ondelete="CASCADE", max_length=32)
    index: int
    speaker: str = Field(max_length=10)
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
    created_at: datetime = Field(default_factory=now)
