"""Pages: home, scenario picker, chat, scorecard, your practice, glossary, privacy. The chat,
scorecard and your-practice pages are shells: the conversation's key stays in the link's #fragment
(or, for the conversations a browser remembers, in its localStorage) and the page's script uses it."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.store.models import User
from app.usecases import scorecard
from app.usecases.conversations import Conversations
from app.usecases.review import EXAM_OPEN
from app.web.deps import (
    ConversationsDep,
    CsrfChecked,
    LibraryDep,
    MaybeUser,
    OwnedSession,
    PreparationsDep,
    StartAllowed,
    TemplatesDep,
)
from app.web.headers import SafeJSONResponse
from app.web.schemas import ApiError
from app.web.templating import render
from dialogue.codes import LABELS, Code, Roadblock
from dialogue.crisis import crisis_help
from dialogue.library import UnknownScenario
from dialogue.scenario import REFUSAL_WORDS, Approach, Audience, Difficulty
from dialogue.summary import summarise

router = APIRouter(include_in_schema=False)

AUDIENCES = {
    "family": "Family members",
    "trainee": "Counsellor trainees",
    "interventionist": "Interventionists",
}
MODELS = {
    "johnson": "Johnson-style family meeting",
    "invitational": "Invitational (ARISE)",
    "craft": "CRAFT everyday conversation",
    "mi": "Motivational interviewing session",
    "aftercare": "Aftercare and slips",
}


@router.get("/", name="home")
def home(request: Request, templates: TemplatesDep, deleted: bool = False) -> HTMLResponse:
    return render(templates, request, "home.html", deleted=deleted)


@router.get("/scenarios", name="scenarios_page")
def scenarios_page(
    request: Request,
    templates: TemplatesDep,
    library: LibraryDep,
    audience: str | None = None,
    model: str | None = None,
    difficulty: str | None = None,
) -> HTMLResponse:
    chosen = {
        "audience": audience if audience in {a.value for a in Audience} else None,
        "model": model if model in {m.value for m in Approach} else None,
        "difficulty": difficulty if difficulty in {d.value for d in Difficulty} else None,
    }
    shown = [
        s
        for s in library.scenarios()
        if (chosen["audience"] is None or s.audience.value == chosen["audience"])
        and (chosen["model"] is None or s.model.value == chosen["model"])
    ]
    return render(
        templates,
        request,
        "scenarios.html",
        scenarios=shown,
        chosen=chosen,
        audiences=AUDIENCES,
        models=MODELS,
        difficulties=[d.value for d in Difficulty],
        total=len(library.engines),
        needs_screen=needs_screen,
    )


@router.post("/practice", name="start_practice", dependencies=[StartAllowed])
def start_practice(
    request: Request,
    conversations: ConversationsDep,
    me: MaybeUser,
    scenario: Annotated[str, Form(max_length=100)],
    mode: Annotated[str, Form()] = "coach",
    difficulty: Annotated[str, Form()] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    """Start from the picker (works without JavaScript); the key goes into the link's fragment.
    Signed in, the conversation is linked to the account."""
    if mode not in ("coach", "exam"):
        raise HTTPException(status_code=422, detail="Choose coach or exam mode.")
    return open_practice(conversations, me, scenario, mode, difficulty)


def open_practice(conversations: Conversations, me: User | None, scenario: str, mode: str, difficulty: str) -> Response:
    """Start a conversation from a form (the picker's, or the safety screen's) and open its page,
    the key in the link's fragment; signed in, it is linked to the account."""
    level = Difficulty(difficulty) if difficulty in {d.value for d in Difficulty} else None
    try:
        started = conversations.start(scenario_id=scenario, mode=mode, difficulty=level, owner_id=me.id if me else None)
    except UnknownScenario as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    return RedirectResponse(f"/practice/{started.row.id}#token={started.token}", status_code=303)


def needs_screen(approach: Approach, has_refusals: bool) -> bool:
    """A confrontation rehearsal (a Johnson-style meeting, or a refusal to face) gets the safety screen first."""
    return approach is Approach.JOHNSON or has_refusals


@router.get("/practice/{session_id}", name="practice_page")
def practicerender(session_id: str, request: Request, templates: TemplatesDep) -> HTMLResponse:
    return render(templates, request, "practice.html", session_id=session_id, crisis=crisis_help())


@router.get("/practice/{session_id}/scorecard", name="scorecard_page")
def scorecardrender(session_id: str, request: Request, templates: TemplatesDep) -> HTMLResponse:
    return render(templates, request, "scorecard.html", session_id=session_id)


@router.get("/practice/{session_id}/scorecard/panel", name="scorecard_panel")
def scorecard_panel(
    row: OwnedSession,
    request: Request,
    templates: TemplatesDep,
    conversations: ConversationsDep,
    preparations: PreparationsDep,
) -> HTMLResponse:
    """The scorecard itself, rendered on the server (chart included); needs the key. An exam's
    scorecard opens when it ends: until then it would show every reply's code and note."""
    if row.mode == "exam" and row.ended_at is None:
        raise HTTPException(status_code=403, detail=EXAM_OPEN)
    turns = conversations.turns(row.id)
    sc = conversations.library.get(row.scenario_id)
    card = scorecard.build(row, turns, sc, conversations.summary(row, turns), conversations.debrief(row))
    return render(
        templates,
        request,
        "_scorecard.html",
        card=card,
        row=row,
        scenario=sc,
        mark=scorecard.verdict_mark,
        plan=preparations.comparison(row, turns),
        refusal_words=REFUSAL_WORDS,
    )


@router.get("/my-practice", name="my_practice_page")
def my_practice_page(request: Request, templates: TemplatesDep) -> HTMLResponse:
    """The conversations this browser remembers; the list is in the browser, so the page is a shell."""
    return render(templates, request, "my_practice.html")


@router.get("/glossary", name="glossary_page")
def glossary_page(request: Request, templates: TemplatesDep) -> HTMLResponse:
    """Every code, summary score and meter, in plain words and in MITI terms. The names and the
    bands come from the code set and the summary, so the page says what the scorecard does."""
    measures = {m.key: m for m in summarise([]).measures}
    labels = {code.value: LABELS[code] for code in Code}
    roadblocks = [r.value for r in Roadblock]
    return render(templates, request, "glossary.html", labels=labels, measures=measures, roadblocks=roadblocks)


@router.get("/privacy", name="privacy_page")
def privacyrender(request: Request, templates: TemplatesDep) -> HTMLResponse:
    return render(templates, request, "privacy.html", retention=request.app.state.settings.retention_days)


async def login_required(request: Request, exc: Exception) -> Response:
    """Pages for signed-in people send everyone else to the sign-in page, and back afterwards."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """JSON for the API ({"error", "message"}), a friendly page for people."""
    message = exc.detail if isinstance(exc.detail, str) else "Something went wrong."
    if request.url.path.startswith("/api/") or (
        request.url.path.startswith("/practice/") and "/panel" in request.url.path
    ):
        names = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
            409: "conflict",
            413: "too_large",
            422: "invalid_request",
            429: "rate_limited",
            503: "storage_unavailable",
        }
        return SafeJSONResponse(
            ApiError(error=names.get(exc.status_code, "error"), message=message).model_dump(),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
    if exc.status_code == 404 and message == "Not Found":
        message = "There's no page here. The link may be mistyped, or the conversation deleted."
    templates = request.app.state.templates
    return render(
        templates, request, "error.html", status_code=exc.status_code, status=exc.status_code, message=message
    )
