"""The chat socket's protocol: the messages each side sends, a discriminated union on `type` each
way, and what the close codes mean. The page (web/static) reads the close codes from here,
through the practice page, so the numbers live in one place; docs/socket.schema.json is written
from these models (tools/write_docs.py)."""

from __future__ import annotations

from enum import IntEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from app.web.schemas import SessionPublic, TurnPublic
from dialogue.summary import SessionSummary


class CloseCode(IntEnum):
    """Why the server closed a chat socket; the page decides from this whether to reconnect."""

    TRY_AGAIN = 1013  # the standard "try again later": the page reconnects after a pause
    MISSING_TOKEN = 4401  # the link has no key
    WRONG_TOKEN = 4403  # the key does not open this conversation
    NOT_FOUND = 4404  # no such conversation, or it was deleted
    TAKEN_OVER = 4409  # opened in another window
    TOO_MANY = 4429  # too many conversations open from this address


class StrictMessage(BaseModel):
    """A socket message, or a part of one: no keys but the declared ones. Every key is sent,
    null when empty, unless its field says it is left out."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


def _left_out(value: object) -> bool:
    return value is None


# --- from the browser --------------------------------------------------------------------------


class ReplyMessage(StrictMessage):
    type: Literal["reply"]
    text: str = Field(max_length=20_000)
    id: str | None = Field(
        default=None, max_length=64, description="Optional id; a resend with the same id is answered once."
    )


class EndMessage(StrictMessage):
    type: Literal["end"]


class ResumeMessage(StrictMessage):
    type: Literal["resume"]


class PingMessage(StrictMessage):
    type: Literal["ping"]


class UndoMessage(StrictMessage):
    """Take back the last reply and try the moment again (coach mode only)."""

    type: Literal["undo"]


class HintRequest(StrictMessage):
    """'What could I say?' (coach mode only)."""

    type: Literal["hint"]


BrowserMessage = Annotated[
    ReplyMessage | EndMessage | ResumeMessage | PingMessage | UndoMessage | HintRequest, Field(discriminator="type")
]
BROWSER_MESSAGE: TypeAdapter[BrowserMessage] = TypeAdapter(BrowserMessage)
MESSAGE_TYPES = ("reply", "end", "resume", "ping", "undo", "hint")


# --- from the server ---------------------------------------------------------------------------


class ScenarioBrief(StrictMessage):
    """What the chat page shows about the scenario."""

    id: str
    title: str
    person: str
    first_name: str
    relationship: str
    you_are: str
    goal: str
    setting: str
    tips: list[str]
    max_turns: int


class PersonLine(StrictMessage):
    """The person's line; its talk type, state, stage and inner thought only in coach mode."""

    text: str
    talk_type: str | None
    state: str | None
    stage: str | None
    thought: str | None


class PersonAnswer(PersonLine):
    """The person's answer to a reply, with its index in the transcript."""

    index: int


class Coding(StrictMessage):
    """How a reply was coded, and what to try instead (coach mode)."""

    code: str | None
    mi_adherence: str | None
    label: str | None
    verdict: str | None
    evidence: str | None
    roadblock: str | None
    feedback: str | None
    suggestion: str | None
    risk: str | None
    risk_addressed: bool | None


class Limits(StrictMessage):
    max_reply_chars: int


class EndedMessage(StrictMessage):
    """The conversation has ended: how, and the summary."""

    type: Literal["ended"] = "ended"
    outcome: str | None
    outcome_kind: str | None
    debrief: str | None
    summary: SessionSummary
    scorecard_url: str


class StateMessage(StrictMessage):
    """The conversation as it stands: sent on every connect, and after a resume."""

    type: Literal["state"] = "state"
    session: SessionPublic
    scenario: ScenarioBrief
    turns: list[TurnPublic]
    client: PersonLine | None = Field(description="The person's last line, when they spoke last.")
    meters: dict[str, float] | None = Field(description="Coach mode only.")
    limits: Limits
    ended: bool
    end: EndedMessage | None = Field(default=None, exclude_if=_left_out, description="Only once it has ended.")


class TurnMessage(StrictMessage):
    """One exchange: the reply as stored and coded, and the person's answer."""

    type: Literal["turn"] = "turn"
    turn: int = Field(description="This exchange's number, also when a resend of an older one is answered.")
    learner: TurnPublic
    coding: Coding | None = Field(description="Coach mode only.")
    client: PersonAnswer
    meters: dict[str, float] | None = Field(description="Coach mode only.")


class PausedMessage(StrictMessage):
    """The reply read as someone in danger: the role-play stops, nothing of it is stored."""

    type: Literal["paused"] = "paused"
    kind: str | None
    message: str


class ErrorMessage(StrictMessage):
    """A frame the server could not take, or a fault of ours; the socket stays open."""

    type: Literal["error"] = "error"
    error: str = Field(description="A machine code, e.g. bad_json, rate_limited, conversation_ended.")
    message: str = Field(description="What happened and what to do, for a person.")
    retry_after: float | None = Field(
        default=None, exclude_if=_left_out, description="Seconds to wait, when waiting helps."
    )


class PongMessage(StrictMessage):
    type: Literal["pong"] = "pong"


class UndoneMessage(StrictMessage):
    """The last reply was taken back; a `state` message with the conversation as it now stands follows."""

    type: Literal["undone"] = "undone"
    index: int = Field(description="The transcript index of the reply taken back (it stays, marked undone).")
    text: str
    message: str


class HintMessage(StrictMessage):
    """Sentence starters for the moment (never a whole reply) and what to aim for."""

    type: Literal["hint"] = "hint"
    starters: list[str]
    aim: str


ServerMessage = Annotated[
    StateMessage
    | TurnMessage
    | EndedMessage
    | PausedMessage
    | ErrorMessage
    | PongMessage
    | UndoneMessage
    | HintMessage,
    Field(discriminator="type"),
]
SERVER_MESSAGE: TypeAdapter[ServerMessage] = TypeAdapter(ServerMessage)


def socket_schema() -> dict[str, Any]:
    """The JSON Schema of the protocol, both ways (docs/socket.schema.json)."""
    named, found = TypeAdapter.json_schemas(
        [("browser", "validation", BROWSER_MESSAGE), ("server", "serialization", SERVER_MESSAGE)],
        ref_template="#/$defs/{model}",
    )
    defs = found["$defs"] | {
        "BrowserMessage": named["browser", "validation"],
        "ServerMessage": named["server", "serialization"],
        "CloseCode": {
            "description": "Why the server closed the socket: "
            + ", ".join(f"{code.value} {code.name.lower()}" for code in CloseCode),
            "enum": [code.value for code in CloseCode],
            "type": "integer",
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Rapport chat socket: /ws/sessions/{id}?token=TOKEN",
        "description": "JSON text frames. The browser sends a BrowserMessage, the server a ServerMessage; "
        "the server closes the socket with a CloseCode.",
        "anyOf": [{"$ref": "#/$defs/BrowserMessage"}, {"$ref": "#/$defs/ServerMessage"}],
        "$defs": dict(sorted(defs.items())),
    }
