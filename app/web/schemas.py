"""Typed shapes at the HTTP boundary: request bodies and queries, and every JSON answer. (The chat
socket's messages are in app/web/protocol.py.)"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema, field_validator

from app.store.models import PracticeSession, Turn
from app.usecases.conversations import Conversations
from app.usecases.review import ENOUGH_REVIEWED, SORTS, Filters, Listed, Reviewed, enough_reviewed
from app.web.deps import MAX_ID
from dialogue.agreement import Agreement
from dialogue.codes import Code, label_for
from dialogue.coding.coder import verdict
from dialogue.letter import MOST_CHARS
from dialogue.plan import PlanFields
from dialogue.scenario import Difficulty, RefusalKind, Scenario
from dialogue.summary import SessionSummary


class StrictBody(BaseModel):
    """A request body: a key it does not declare is an error, not ignored."""

    model_config = ConfigDict(extra="forbid")


IsoDateTime = Annotated[
    datetime,
    PlainSerializer(datetime.isoformat, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
"""A time written by `datetime.isoformat` (`+00:00`, not pydantic's `Z`), as the review API always has."""


class ApiError(BaseModel):
    """What every error of the JSON API answers."""

    error: str = Field(description="A machine code, e.g. not_found, invalid_request, rate_limited.")
    message: str = Field(description="What went wrong and what to do, for a person.")


class Healthy(BaseModel):
    status: Literal["ok"] = "ok"
    live_conversations: int
    open_sockets: int


class Unhealthy(BaseModel):
    status: Literal["unavailable"] = "unavailable"
    message: str


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


class SessionCreate(StrictBody):
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
    turns: int = Field(description="Exchanges that count: replies taken back are left out.")
    retried: int = Field(default=0, description="Replies taken back and tried again (coach mode).")
    hints: int = Field(default=0, description="Times 'What could I say?' was asked (coach mode).")
    ended: bool
    outcome: str | None
    outcome_kind: str | None
    paused: bool
    created_at: datetime
    updated_at: datetime
    summary: SessionSummary | None = None

    @classmethod
    def of(cls, row: PracticeSession, title: str, summary: SessionSummary | None, retried: int = 0) -> SessionPublic:
        return cls(
            id=row.id,
            scenario=row.scenario_id,
            title=title,
            mode=row.mode,
            difficulty=row.difficulty,
            seed=row.seed,
            turns=row.turn_count - retried,
            retried=retried,
            hints=row.hints,
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
    label: str | None = Field(
        default=None,
        description="What the reply is called: the MITI name (e.g. complex reflection), or the same code "
        "in plain words in a family scenario's chat (e.g. a listening statement that goes deeper).",
    )
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
    undone: bool = Field(default=False, description="Taken back in coach mode: shown, not scored.")
    created_at: datetime

    @classmethod
    def of(cls, turn: Turn, *, reveal: bool, audience: str | None = None) -> TurnPublic:
        """A turn for the learner; `reveal` False hides coding (exam mode before the end). With
        `audience` "family" the label is in plain words (the code stays as it is)."""
        data: dict[str, Any] = {
            "index": turn.index,
            "speaker": turn.speaker,
            "text": turn.text,
            "undone": turn.undone,
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
                "label": label_for(code, audience, turn.rule),
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


def session_public(
    conversations: Conversations, row: PracticeSession, turns: list[Turn] | None = None
) -> SessionPublic:
    """The session; its summary too, once coding is visible (coach mode, or after the end)."""
    title = conversations.library.get(row.scenario_id).title
    show = row.mode == "coach" or row.ended_at is not None
    if turns is None and show:
        turns = conversations.turns(row.id)
    summary = conversations.summary(row, turns) if show and turns is not None else None
    retried = sum(1 for t in turns or () if t.undone and t.speaker == "learner")
    return SessionPublic.of(row, title, summary, retried)


# --- review -------------------------------------------------------------------------------------


class ReviewQuery(BaseModel):
    """The filters and order of a review list, from the query string (the page and the API)."""

    trainee: int | None = Field(default=None, ge=1, le=MAX_ID, description="Only this trainee's conversations.")
    scenario: str | None = None
    since: date | None = None
    until: date | None = None
    outcome: str | None = None
    mode: str | None = None
    reviewed: bool | None = Field(
        default=None, description="true: only conversations with a reviewed reply; false: only those not reviewed yet."
    )
    sort: str = "date"
    order: str = "desc"

    @field_validator("trainee", "since", "until", "reviewed", mode="before")
    @classmethod
    def _empty_is_any(cls, value: object) -> object:
        """The page's form sends "All" and an empty date as an empty string: that means any."""
        return None if isinstance(value, str) and not value.strip() else value

    def filters(self) -> Filters:
        """Empty values mean "any"; an unknown mode is ignored, an unknown sort is by date."""
        return Filters(
            trainee=self.trainee,
            scenario=self.scenario or None,
            since=self.since,
            until=self.until,
            outcome=self.outcome or None,
            mode=self.mode if self.mode in ("coach", "exam") else None,
            reviewed=self.reviewed,
            sort=self.sort if self.sort in SORTS else "date",
            descending=self.order != "asc",
        )


class CodeBody(BaseModel):
    code: Code
    reason: str = Field(default="", max_length=2000)


class CommentBody(BaseModel):
    text: str = Field(min_length=1, max_length=4000)


class TraineeRef(BaseModel):
    id: int
    name: str


class ListedSession(BaseModel):
    """A conversation in a review list or a trainee's progress, with its summary."""

    id: str
    trainee: TraineeRef
    scenario: str
    scenario_title: str
    mode: str
    created_at: IsoDateTime
    outcome: str | None
    outcome_kind: str | None
    replies: int
    reviewed: int
    summary: SessionSummary

    @classmethod
    def of(cls, item: Listed) -> ListedSession:
        return cls(
            id=item.row.id,
            trainee=TraineeRef(id=item.trainee.id, name=item.trainee.name),
            scenario=item.row.scenario_id,
            scenario_title=item.scenario_title or item.row.scenario_id,
            mode=item.row.mode,
            created_at=item.row.created_at,
            outcome=item.row.outcome,
            outcome_kind=item.row.outcome_kind,
            replies=item.summary.replies,
            reviewed=item.reviewed,
            summary=item.summary,
        )


class ReviewComment(BaseModel):
    id: int
    author_id: int = Field(description="Only the author may edit or delete a comment.")
    author: str
    text: str
    created_at: IsoDateTime


class ReviewedTurn(TurnPublic):
    """A turn with everything a reviewer sees: the human code and the comments too."""

    human_code: str | None
    human_reason: str | None
    comments: list[ReviewComment]
    turn_id: int | None


class ReviewedSessionInfo(BaseModel):
    id: str
    scenario: str
    trainee: str | None
    mode: str
    difficulty: str
    created_at: IsoDateTime
    outcome: str | None
    outcome_kind: str | None


class ReviewedSession(BaseModel):
    """A transcript for review: automatic and human codes, comments, and both summaries."""

    session: ReviewedSessionInfo
    summary: SessionSummary | None = Field(description="With the human codes where there are any.")
    automatic_summary: SessionSummary | None
    turns: list[ReviewedTurn]

    @classmethod
    def of(cls, item: Reviewed) -> ReviewedSession:
        row = item.row
        return cls(
            session=ReviewedSessionInfo(
                id=row.id,
                scenario=row.scenario_id,
                trainee=item.trainee.name if item.trainee else None,
                mode=row.mode,
                difficulty=row.difficulty,
                created_at=row.created_at,
                outcome=row.outcome,
                outcome_kind=row.outcome_kind,
            ),
            summary=item.summary,
            automatic_summary=item.automatic,
            turns=[_reviewed_turn(item, turn) for turn in item.turns],
        )


def _reviewed_turn(item: Reviewed, turn: Turn) -> ReviewedTurn:
    human = item.codes.get(turn.id or 0)
    return ReviewedTurn(
        **dict(TurnPublic.of(turn, reveal=True)),
        human_code=human.code if human else None,
        human_reason=human.reason if human else None,
        comments=[
            ReviewComment(id=c.id or 0, author_id=c.author_id, author=name, text=c.text, created_at=c.created_at)
            for c, name in item.comments.get(turn.id or 0, [])
        ],
        turn_id=turn.id,
    )


class CodeSaved(BaseModel):
    turn_id: int
    code: str
    reason: str


class CommentSaved(BaseModel):
    id: int | None
    turn_id: int
    text: str


class AgreementReport(BaseModel):
    """Cohen's kappa between the coder and a cohort's human codes, and the confusion matrix."""

    reviewed: int
    observed: float
    kappa: float | None
    interpretation: str
    enough: bool = Field(
        description=f"Whether at least {ENOUGH_REVIEWED} replies were reviewed: with fewer, kappa moves too much "
        "with each new one to judge the coder by."
    )
    codes: list[str]
    matrix: list[list[int]] = Field(description="Rows: the coder's code; columns: the human code; as in `codes`.")

    @classmethod
    def of(cls, result: Agreement) -> AgreementReport:
        return cls(
            reviewed=result.n,
            observed=result.observed,
            kappa=result.kappa,
            interpretation=result.describe(),
            enough=enough_reviewed(result),
            codes=result.codes,
            matrix=[[result.count(a, h) for h in result.codes] for a in result.codes],
        )


class ContextLine(BaseModel):
    speaker: Literal["client", "therapist"]
    text: str


class ReviewedReply(BaseModel):
    """A reviewed reply, one line of reviewed.jsonl: the `rapport code` input plus the human code."""

    id: str
    text: str
    context: list[ContextLine]
    human_code: str
    human_reason: str
    automatic_code: str | None
    scenario_state: str | None


# --- before the meeting: letters and invitation plans ----------------------------------------


class LetterBody(StrictBody):
    text: str = Field(description=f"The letter, as written; line breaks kept; at most {MOST_CHARS:,} characters.")
    version: int | None = Field(
        default=None, ge=0, description="The version you last saw; saving over a newer draft is refused (409)."
    )


class PlanBody(StrictBody):
    plan: PlanFields
    version: int | None = Field(default=None, ge=0, description="The version you last saw (see LetterBody).")


class SentencePublic(BaseModel):
    index: int = Field(description="1 for the first sentence.")
    text: str
    code: str = Field(description="The MITI code the chat's coder gives it.")
    mi_adherence: str = Field(description="adherent, neutral or non_adherent")
    roadblock: str | None
    feedback: str = Field(description="What the sentence does, in plain words.")
    suggestion: str | None = Field(description="A kinder way to say it, for a flagged sentence.")
    flag: str | None = Field(
        description="label, diagnosis, blame, threat or lecture: what could make them stop listening."
    )
    parts: list[str] = Field(description="What it does in the letter: love, incident, ask, bottom_line, always.")


class CheckPublic(BaseModel):
    name: str
    ok: bool
    message: str


class CrisisPublic(BaseModel):
    kind: str = Field(description="self_harm, violence or overdose")
    evidence: str


class LetterReportPublic(BaseModel):
    sentences: list[SentencePublic]
    checks: list[CheckPublic]
    words: int
    crisis: CrisisPublic | None = Field(description="What the safety net saw in the text, if anything: show help.")


class PlanReportPublic(BaseModel):
    checks: list[CheckPublic]
    script: list[SentencePublic]
    plan_b_no: list[SentencePublic]
    plan_b_walkout: list[SentencePublic]
    crisis: CrisisPublic | None


class LetterPublic(BaseModel):
    id: str
    title: str
    text: str
    version: int
    updated_at: IsoDateTime
    can_edit: bool = Field(description="False for a supervisor reading a trainee's letter.")
    report: LetterReportPublic


class PlanPublic(BaseModel):
    id: str
    title: str
    plan: PlanFields
    version: int
    updated_at: IsoDateTime
    can_edit: bool
    report: PlanReportPublic
    rehearse_with: str = Field(description="The person the rehearsal plays: the scenario that fits best.")


class Made(BaseModel):
    id: str
    key: str = Field(description="The only key to it: keep the link.")
    url: str = Field(description="Open this in a browser; the key stays in the #fragment.")


class LetterMade(Made):
    letter: LetterPublic


class PlanMade(Made):
    plan: PlanPublic


class RehearseBody(StrictBody):
    refusal: RefusalKind | None = Field(default=None, description="How they first say no; left out: one at random.")
    difficulty: Difficulty | None = None


class RehearsalCreated(BaseModel):
    id: str
    token: str
    scenario: str
    refusal: str
    practice_url: str


class SessionPlan(BaseModel):
    """The plan a rehearsal practises, for the chat page: the plan B for the refusal it opened with."""

    person: str = Field(description="The person's first name, as the chat shows it.")
    refusal: str | None
    refusal_words: str | None = Field(description='How they refused, after their name: "walks out".')
    plan_b: str = Field(description="The plan B for this refusal: for a walk-out, the walk-out one.")
    script: str
    reason: str
    treatment: str
