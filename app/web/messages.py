"""What the chat socket sends, built from the stored conversation: the conversation so far, each
turn, the end, and the errors (the shapes are in app/web/protocol.py)."""

from __future__ import annotations

from app.store.models import PracticeSession, Turn
from app.usecases.conversations import Conversations, Played
from app.web.protocol import (
    Coding,
    EndedMessage,
    ErrorMessage,
    Limits,
    PersonAnswer,
    PersonLine,
    ScenarioBrief,
    StateMessage,
    TurnMessage,
)
from app.web.schemas import TurnPublic, session_public
from dialogue.scenario import Scenario


def state_message(conversations: Conversations, session_id: str) -> StateMessage:
    """Everything a page needs to show the conversation as it stands (sent on every connect)."""
    row = conversations.get(session_id)
    return state_of(conversations, row, conversations.turns(row.id))


def state_of(conversations: Conversations, row: PracticeSession, turns: list[Turn]) -> StateMessage:
    """The `state` message for a session and its turns already read."""
    engine, snap = conversations.current_line(row)
    coach = row.mode == "coach"
    reveal = coach or row.ended_at is not None
    last = next(t for t in reversed(turns) if not t.undone)  # the opening is never taken back
    return StateMessage(
        session=session_public(conversations, row, turns),
        scenario=_brief(engine.scenario),
        turns=[TurnPublic.of(t, reveal=reveal, audience=engine.scenario.audience.value) for t in turns],
        client=_line(last, coach) if last.speaker == "client" else None,
        meters=dict(snap.meters) if coach else None,
        limits=Limits(max_reply_chars=conversations.max_reply_chars),
        ended=row.ended_at is not None,
        end=ended_message(conversations, row, turns) if row.ended_at is not None else None,
    )


def turn_message(row: PracticeSession, played: Played, audience: str | None = None) -> TurnMessage:
    """One exchange; `audience` is the scenario's ("family": the coding's label in plain words)."""
    coach = row.mode == "coach"
    learner = TurnPublic.of(played.learner, reveal=coach, audience=audience)
    return TurnMessage(
        turn=(learner.index + 1) // 2,  # this exchange's number, also when a resend of an older one is answered
        learner=learner,
        coding=Coding.model_validate(learner, from_attributes=True) if coach else None,
        client=PersonAnswer(**_line(played.client, coach).model_dump(), index=played.client.index),
        meters=played.meters if coach else None,
    )


def ended_message(conversations: Conversations, row: PracticeSession, turns: list[Turn] | None = None) -> EndedMessage:
    summary = conversations.summary(row, turns if turns is not None else conversations.turns(row.id))
    return EndedMessage(
        outcome=row.outcome,
        outcome_kind=row.outcome_kind,
        debrief=conversations.debrief(row),
        summary=summary,
        scorecard_url=f"/practice/{row.id}/scorecard",
    )


def error_message(error: str, message: str, retry_after: float | None = None) -> ErrorMessage:
    """A typed error; the wait, when there is one, to a tenth of a second."""
    return ErrorMessage(error=error, message=message, retry_after=round(retry_after, 1) if retry_after else None)


def _brief(sc: Scenario) -> ScenarioBrief:
    return ScenarioBrief(
        id=sc.id,
        title=sc.title,
        person=sc.persona.name,
        first_name=sc.persona.name.split()[0],
        relationship=sc.persona.relationship,
        you_are=sc.you_are,
        goal=sc.goal,
        setting=sc.setting,
        tips=list(sc.tips),
        max_turns=sc.max_turns,
    )


def _line(turn: Turn, coach: bool) -> PersonLine:
    """The person's line; the talk type, state, stage and inner thought only in coach mode."""
    return PersonLine(
        text=turn.text,
        talk_type=turn.talk_type if coach else None,
        state=turn.state_after if coach else None,
        stage=turn.stage if coach else None,
        thought=turn.thought if coach else None,
    )
