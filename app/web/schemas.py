"""Typed shapes at the HTTP and socket boundary."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from app.store.models import PracticeSession, Turn
from app.usecases.conversations import Conversations
from app.usecases.review import Reviewed
from dialogue.codes import LABELS, Code
from dialogue.coding.coder import verdict
from dialogue.scenario import Difficulty, Scenario
from dialogue.summary import SessionSummary


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- scenarios ----------------------------------------------------------------------------


class PersonaSummary(BaseModel):
    name: str
    age: int
    substance: str
    relationship: str
    pronouns: str


class ScenarioSummary(BaseModel):
    id: str
    title: str
    summary: str
    audience: str
    model: str
    difficulty: str
    persona: PersonaSummary
    you_are: str
    goal: str
    setting: str
    tips: list[str]
    max_turns: int

    @classmethod
    def of(cls, sc: Scenario) -> ScenarioSummary:
        p = sc.persona
        return cls(
            id=sc.id,
            title=sc.title,
            summary=sc.summary,
            audience=sc.audience.value,
            model=sc.model.value,
            difficulty=sc.difficulty.value,
            persona=PersonaSummary(
                name=p.name,
                age=p.age,
                substance=p.substance,
                relationship=p.relationship,
                pronouns=p.pronouns,
            ),
            you_are=sc.you_are,
            goal=sc.goal,
            setting=sc.setting,
            tips=list(sc.tips),
            max_turns=sc.max_turns,
        )


# --- sessions -------------------------------------------------------------------------------


class SessionCreate(Strict):
    scenario: str = Field(min_length=1, max_length=100, description="Scenario id, see GET /api/scenarios.")
    mode: Literal["coach", "exam"] = "coach"
    seed: int | None = Field(default=None, ge=0, lt=2**31, description="Same seed, same wording.")
    difficulty: Difficulty | None = None


class SessionCreated(BaseModel):
    id: str
    token: str
    scenario: str
    mode: str
    difficulty: str
    seed: int
    practice_url: str = Field(description="Open this in a browser; the key stays in the #fragment.")
    socket_url: str


class SessionPublic(BaseModel):
    id: str
    scenario: str
    title: str
    mode: str
    difficulty: str
    seed: int
    turns: int
    ended: bool
    outcome: str | None
    outcome_kind: str | None
    paused: bool
    created_at: datetime
    updated_at: datetime
    summary: SessionSummary | None = None

    @classmethod
    def of(cls, row: PracticeSession, title: str, summary: SessionSummary | None) -> SessionPublic:
        return cls(
            id=row.id,
            scenario=row.scenario_id,
            title=title,
            mode=row.mode,
            difficulty=row.difficulty,
            seed=row.seed,
            turns=row.turn_count,
            ended=row.ended_at is not None,
            outcome=row.outcome,
            outcome_kind=row.outcome_kind,
            paused=row.paused,
            created_at=row.created_at,
            updated_at=row.updated_at,
            summary=summary,
        )


class TurnPublic(BaseModel):
    index: int
    speaker: Literal["learner", "client"]
    text: str
    code: str | None = None
    mi_adherence: str | None = None
    label: str | None = None
    verdict: str | None = None
    confidence: float | None = None
    evidence: str | None = None
    roadblock: str | None = None
    feedback: str | None = None
    suggestion: str | None = None
    risk: str | None = None
    risk_addressed: bool | None = None
    talk_type: str | None = None
    state_before: str | None = None
    state_after: str | None = None
    stage: str | None = None
    thought: str | None = None
    meters: dict[str, float] | None = None
    created_at: datetime

    @classmethod
    def of(cls, turn: Turn, *, reveal: bool) -> TurnPublic:
        """A turn for the learner; `reveal` False hides coding (exam mode before the end)."""
        data: dict[str, Any] = {
            "index": turn.index,
            "speaker": turn.speaker,
            "text": turn.text,
            "created_at": turn.created_at,
        }
        if turn.speaker == "client":
            data |= {
                "talk_type": turn.talk_type,
                "state_before": turn.state_before,
                "state_after": turn.state_after,
                "stage": turn.stage,
                "thought": turn.thought,
                "risk": turn.risk,
                "meters": json.loads(turn.meters) if turn.meters else None,
            }
        elif reveal and turn.code:
            code = Code(turn.code)
            data |= {
                "code": turn.code,
                "mi_adherence": turn.adherence,
                "label": LABELS[code],
                "verdict": _verdict(turn, code),
                "confidence": turn.confidence,
                "evidence": turn.evidence,
                "roadblock": turn.roadblock,
                "feedback": turn.feedback,
                "suggestion": turn.suggestion,
                "risk": turn.risk,
                "risk_addressed": turn.risk_addressed,
                "state_before": turn.state_before,
                "state_after": turn.state_after,
            }
        return cls(**data)


def _verdict(turn: Turn, code: Code) -> str:
    """The same verdict the coder gave: a safety question, a repair or a family "I" statement is good."""
    return verdict(code, turn.rule, turn.risk_addressed).value


class Transcript(BaseModel):
    session: SessionPublic
    turns: list[TurnPublic]


# --- the chat socket ---------------------------------------------------------------------------


class ReplyMessage(Strict):
    type: Literal["reply"]
    text: str = Field(max_length=20_000)
    id: str | None = Field(
        default=None, max_length=64, description="Optional id; a resend with the same id is answered once."
    )


class EndMessage(Strict):
    type: Literal["end"]


class ResumeMessage(Strict):
    type: Literal["resume"]


class PingMessage(Strict):
    type: Literal["ping"]


Incoming = Annotated[ReplyMessage | EndMessage | ResumeMessage | PingMessage, Field(discriminator="type")]
INCOMING: TypeAdapter[ReplyMessage | EndMessage | ResumeMessage | PingMessage] = TypeAdapter(Incoming)
MESSAGE_TYPES = ("reply", "end", "resume", "ping")


def session_public(
    conversations: Conversations, row: PracticeSession, turns: list[Turn] | None = None
) -> SessionPublic:
    """The session; its summary too, once coding is visible (coach mode, or after the end)."""
    title = conversations.library.get(row.scenario_id).title
    show = row.mode == "coach" or row.ended_at is not None
    summary = conversations.summary(row, turns if turns is not None else conversations.turns(row.id)) if show else None
    return SessionPublic.of(row, title, summary)


def review_json(item: Reviewed) -> dict[str, Any]:
    turns = []
    for turn in item.turns:
        data = TurnPublic.of(turn, reveal=True).model_dump(mode="json")
        human = item.codes.get(turn.id or 0)
        data["human_code"] = human.code if human else None
        data["human_reason"] = human.reason if human else None
        data["comments"] = [
            {"author": name, "text": c.text, "created_at": c.created_at.isoformat()}
            for c, name in item.comments.get(turn.id or 0, [])
        ]
        data["turn_id"] = turn.id
        turns.append(data)
    return {
        "session": {
            "id": item.row.id,
            "scenario": item.row.scenario_id,
            "trainee": item.trainee.name if item.trainee else None,
            "mode": item.row.mode,
            "difficulty": item.row.difficulty,
            "created_at": item.row.created_at.isoformat(),
            "outcome": item.row.outcome,
            "outcome_kind": item.row.outcome_kind,
        },
        "summary": item.summary.model_dump(mode="json") if item.summary else None,
        "automatic_summary": item.automatic.model_dump(mode="json") if item.automatic else None,
        "turns": turns,
    }
