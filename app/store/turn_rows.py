"""Turn rows built from what the dialogue engine played: the learner's coded reply, the person's
answer, and the person's opening line."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.store.models import Turn
from dialogue.engine import ConversationSnapshot, Exchange, ScenarioEngine

_TURN_COLUMNS = tuple(name for name in Turn.model_fields if name != "id")


def _turn_values(**values: Any) -> dict[str, Any]:
    """Every column of a turn (None where not given): one shape for a many-row insert."""
    return dict.fromkeys(_TURN_COLUMNS) | {"undone": False} | values


def learner_values(
    *, session_id: str, index: int, text: str, turn: Exchange, message_id: str | None, at: datetime
) -> dict[str, Any]:
    """The learner's reply as the coder coded it, as the columns of a turn."""
    coding = turn.coding
    return _turn_values(
        session_id=session_id,
        index=index,
        speaker="learner",
        message_id=message_id,
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
        created_at=at,
    )


def client_values(*, session_id: str, index: int, turn: Exchange, at: datetime) -> dict[str, Any]:
    """The person's answer to that reply, with the meters after it, as the columns of a turn."""
    said = turn.client
    return _turn_values(
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
        created_at=at,
    )


def opening_turn(*, session_id: str, engine: ScenarioEngine, snap: ConversationSnapshot) -> Turn:
    """The person's first line of a new conversation (turn 0)."""
    line = engine.line(snap.last_line)
    state = engine.scenario.states[snap.state]
    return Turn(
        session_id=session_id,
        index=0,
        speaker="client",
        text=engine.text_of(snap.last_line),
        talk_type=line.talk.value,
        state_after=snap.state,
        stage=state.stage.value,
        thought=state.thought,
        risk=line.risk.value if line.risk else None,
        meters=json.dumps(snap.meters),
    )
