"""What the chat socket sends: the conversation so far, each turn, and the end."""

from __future__ import annotations

from typing import Any

from app.store.models import PracticeSession, Turn
from app.usecases.conversations import Conversations, Played
from app.web.schemas import TurnPublic, session_public


def state_message(conversations: Conversations, session_id: str) -> dict[str, Any]:
    """Everything a page needs to show the conversation as it stands (sent on every connect)."""
    row = conversations.get(session_id)
    turns = conversations.turns(row.id)
    engine, snap = conversations.current_line(row)
    sc = engine.scenario
    coach = row.mode == "coach"
    reveal = coach or row.ended_at is not None
    last = turns[-1]
    message: dict[str, Any] = {
        "type": "state",
        "session": session_public(conversations, row, turns).model_dump(mode="json"),
        "scenario": {
            "id": sc.id,
            "title": sc.title,
            "person": sc.persona.name,
            "first_name": sc.persona.name.split()[0],
            "relationship": sc.persona.relationship,
            "you_are": sc.you_are,
            "goal": sc.goal,
            "setting": sc.setting,
            "tips": list(sc.tips),
            "max_turns": sc.max_turns,
        },
        "turns": [TurnPublic.of(t, reveal=reveal).model_dump(mode="json") for t in turns],
        "client": _client(last.text, last.talk_type, last.state_after, last.stage, last.thought, coach)
        if last.speaker == "client"
        else None,
        "meters": dict(snap.meters) if coach else None,
        "limits": {"max_reply_chars": conversations.max_reply_chars},
        "ended": row.ended_at is not None,
    }
    if row.ended_at is not None:
        message["end"] = ended_message(conversations, row, turns)
    return message


def turn_message(row: PracticeSession, played: Played) -> dict[str, Any]:
    coach = row.mode == "coach"
    learner = TurnPublic.of(played.learner, reveal=coach)
    client = played.client
    coding = None
    if coach:
        coding = {
            key: getattr(learner, key)
            for key in (
                "code",
                "mi_adherence",
                "label",
                "verdict",
                "evidence",
                "roadblock",
                "feedback",
                "suggestion",
                "risk",
                "risk_addressed",
            )
        }
    return {
        "type": "turn",
        "turn": (learner.index + 1) // 2,  # this exchange's number, also when a resend of an older one is answered
        "learner": learner.model_dump(mode="json"),
        "coding": coding,
        "client": _client(client.text, client.talk_type, client.state_after, client.stage, client.thought, coach)
        | {"index": client.index},
        "meters": played.meters if coach else None,
    }


def ended_message(
    conversations: Conversations, row: PracticeSession, turns: list[Turn] | None = None
) -> dict[str, Any]:
    sc = conversations.library.get(row.scenario_id)
    ending = sc.endings.get(row.outcome or "")
    summary = conversations.summary(row, turns if turns is not None else conversations.turns(row.id))
    return {
        "type": "ended",
        "outcome": row.outcome,
        "outcome_kind": row.outcome_kind,
        "debrief": ending.debrief if ending else None,
        "summary": summary.model_dump(mode="json"),
        "scorecard_url": f"/practice/{row.id}/scorecard",
    }


def _client(
    text: str, talk: str | None, state: str | None, stage: str | None, thought: str | None, coach: bool
) -> dict[str, Any]:
    """The person's line; the state, stage and inner thought only in coach mode."""
    return {
        "text": text,
        "talk_type": talk if coach else None,
        "state": state if coach else None,
        "stage": stage if coach else None,
        "thought": thought if coach else None,
    }
