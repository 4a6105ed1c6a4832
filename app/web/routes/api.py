"""The JSON API: scenarios and conversations. Handlers are plain `def`, so FastAPI runs them in
its thread pool, off the event loop."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response, status

from app.web.deps import ConversationsDep, LibraryDep, OwnedSession, StartAllowed
from app.web.links import link, socket_link
from app.web.schemas import (
    ScenarioSummary,
    SessionCreate,
    SessionCreated,
    SessionPublic,
    Transcript,
    TurnPublic,
    session_public,
)
from dialogue.library import UnknownScenario

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/scenarios", response_model=list[ScenarioSummary])
def list_scenarios(library: LibraryDep) -> list[ScenarioSummary]:
    """Every scenario: id, title, audience, intervention model, difficulty and the person."""
    return [ScenarioSummary.of(s) for s in library.scenarios()]


@router.get("/scenarios/{scenario_id}", response_model=ScenarioSummary)
def get_scenario(scenario_id: str, library: LibraryDep) -> ScenarioSummary:
    try:
        return ScenarioSummary.of(library.get(scenario_id))
    except UnknownScenario as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None


@router.post(
    "/sessions",
    response_model=SessionCreated,
    status_code=status.HTTP_201_CREATED,
    dependencies=[StartAllowed],
    responses={429: {"description": "Too many conversations started from this address; see Retry-After."}},
)
def create_session(body: SessionCreate, request: Request, conversations: ConversationsDep) -> SessionCreated:
    """Start a conversation. Keep the token: it is the only key to the conversation."""
    try:
        started = conversations.start(
            scenario_id=body.scenario, mode=body.mode, seed=body.seed, difficulty=body.difficulty
        )
    except UnknownScenario as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    row = started.row
    socket = socket_link(request, "chat_socket", session_id=row.id)
    return SessionCreated(
        id=row.id,
        token=started.token,
        scenario=row.scenario_id,
        mode=row.mode,
        difficulty=row.difficulty,
        seed=row.seed,
        practice_url=f"{link(request, 'practice_page', session_id=row.id)}#token={started.token}",
        socket_url=f"{socket}?token={started.token}",
    )


@router.get("/sessions/{session_id}", response_model=SessionPublic)
def get_session(row: OwnedSession, conversations: ConversationsDep) -> SessionPublic:
    return session_public(conversations, row)


@router.get("/sessions/{session_id}/transcript", response_model=Transcript)
def get_transcript(row: OwnedSession, conversations: ConversationsDep) -> Transcript:
    """Every turn so far; in exam mode the codes appear once the conversation has ended."""
    turns = conversations.turns(row.id)
    reveal = row.mode == "coach" or row.ended_at is not None
    return Transcript(
        session=session_public(conversations, row, turns),
        turns=[TurnPublic.of(t, reveal=reveal) for t in turns],
    )


@router.delete("/sessions/{session_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_session(row: OwnedSession, conversations: ConversationsDep) -> Response:
    """Delete the conversation and every turn in it, for good."""
    conversations.delete(row.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
