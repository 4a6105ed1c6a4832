"""Before the meeting: the safety screen, the letter coach, the invitation plan and its rehearsal.

Pages are shells like the chat: a letter's or plan's key stays in the link's #fragment and the
page's script sends it (Authorization: Bearer); signed in, the account opens it. The safety screen
stores nothing: it answers with a safety plan, or sends the person on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response, status
from fastapi.responses import HTMLResponse, RedirectResponse

from app.store.models import Preparation, User
from app.usecases.errors import BadReply, ConversationError, NotFound, TakenOver
from app.usecases.preparations import Kind, Preparations
from app.web.deps import (
    ConversationsDep,
    CsrfChecked,
    LibraryDep,
    MaybeUser,
    OwnedSession,
    PreparationsDep,
    StartAllowed,
    TemplatesDep,
    bearer_token,
    current_user,
)
from app.web.links import link
from app.web.routes.pages import open_practice
from app.web.schemas import (
    CheckPublic,
    CrisisPublic,
    LetterBody,
    LetterMade,
    LetterPublic,
    LetterReportPublic,
    PlanBody,
    PlanMade,
    PlanPublic,
    PlanReportPublic,
    RehearsalCreated,
    RehearseBody,
    SentencePublic,
    SessionPlan,
)
from app.web.security import CSRF_HEADER, check_csrf
from app.web.templating import render
from dialogue.crisis import CrisisSignal, crisis_help
from dialogue.engine import ConversationSnapshot
from dialogue.letter import Check, LetterReport, SentenceReport
from dialogue.library import UnknownScenario
from dialogue.plan import RELATIONSHIP_WORDS, SUBSTANCE_WORDS, PlanFields, PlanReport, fitting_scenario
from dialogue.scenario import REFUSAL_CHOICES, REFUSAL_WORDS, Difficulty, RefusalKind

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["before the meeting"])

NEXT = ("letter", "plan", "practice")
QUESTIONS = {
    "violence": "Have they ever hit, pushed or threatened you or anyone at home, or broken things in anger?",
    "weapons": "Are there weapons (a gun, knives kept as weapons) in the home or with them?",
    "overdose": "Have they overdosed before, or do they use opioids, or mix drink or drugs with pills?",
}
Answer = Literal["yes", "no", "unsure"]


# --- the safety screen -------------------------------------------------------------------------


@router.get("/prepare", name="prepare_page")
def prepare_page(
    request: Request,
    templates: TemplatesDep,
    library: LibraryDep,
    next: str = "letter",
    scenario: str = "",
    mode: str = "coach",
    difficulty: str = "",
    plan: str = "",
) -> HTMLResponse:
    """The safety questions asked before any letter, plan or confrontation rehearsal."""
    going = next if next in NEXT else "letter"
    chosen = None
    if going == "practice":
        try:
            chosen = library.get(scenario)
        except UnknownScenario:
            raise HTTPException(status_code=404, detail="There is no such conversation to practise.") from None
    return render(
        templates,
        request,
        "prepare_safety.html",
        next=going,
        scenario=chosen,
        mode=mode if mode in ("coach", "exam") else "coach",
        difficulty=difficulty if difficulty in {d.value for d in Difficulty} else "",
        questions=QUESTIONS,
    )


@router.post("/prepare", name="prepare_answer", dependencies=[StartAllowed])
def prepare_answer(
    request: Request,
    templates: TemplatesDep,
    conversations: ConversationsDep,
    me: MaybeUser,
    violence: Annotated[Answer, Form()],
    weapons: Annotated[Answer, Form()],
    overdose: Annotated[Answer, Form()],
    next: Annotated[Literal["letter", "plan", "practice"], Form()] = "letter",
    scenario: Annotated[str, Form(max_length=100)] = "",
    mode: Annotated[Literal["coach", "exam"], Form()] = "coach",
    difficulty: Annotated[str, Form(max_length=12)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    """Nothing is stored here: any "yes" or "not sure" shows the safety plan; all "no" goes on."""
    answers = {"violence": violence, "weapons": weapons, "overdose": overdose}
    risky = [name for name, answer in answers.items() if answer != "no"]
    if risky:
        return render(
            templates,
            request,
            "safety_plan.html",
            risky=risky,
            next=next,
            scenario=scenario,
            mode=mode,
            difficulty=difficulty,
            crisis=crisis_help(),
        )
    if next == "practice":
        return open_practice(conversations, me, scenario, mode, difficulty)
    return RedirectResponse(f"/{next}s/new?ready=1", status_code=303)


# --- the pages ---------------------------------------------------------------------------------


def _editor(kind: Kind) -> Callable[..., Response]:
    def new_page(request: Request, templates: TemplatesDep, ready: int = 0) -> Response:
        if ready != 1:  # the safety screen first
            return RedirectResponse(f"/prepare?{urlencode({'next': kind})}", status_code=303)
        return _render_editor(kind, request, templates, None)

    return new_page


def _render_editor(kind: Kind, request: Request, templates: Any, prep_id: str | None) -> HTMLResponse:
    if kind == "letter":
        return render(templates, request, "letter.html", prep_id=prep_id, crisis=crisis_help())
    return render(
        templates,
        request,
        "plan.html",
        prep_id=prep_id,
        crisis=crisis_help(),
        relationships=RELATIONSHIP_WORDS,
        substances=SUBSTANCE_WORDS,
        refusals={k.value: w for k, w in REFUSAL_CHOICES.items()},
    )


router.add_api_route("/letters/new", _editor("letter"), methods=["GET"], name="new_letter_page")
router.add_api_route("/plans/new", _editor("plan"), methods=["GET"], name="new_plan_page")


@router.get("/letters/{prep_id}", name="letter_page")
def letter_page(prep_id: str, request: Request, templates: TemplatesDep) -> HTMLResponse:
    return _render_editor("letter", request, templates, prep_id)


@router.get("/plans/{prep_id}", name="plan_page")
def plan_page(prep_id: str, request: Request, templates: TemplatesDep) -> HTMLResponse:
    return _render_editor("plan", request, templates, prep_id)


# --- who may open a letter or a plan -----------------------------------------------------------


def _opened(kind: Kind, write: bool) -> Callable[..., Preparation]:
    def opened(prep_id: str, request: Request, preparations: PreparationsDep) -> Preparation:
        token = bearer_token(request)
        try:
            if token is not None:
                return preparations.authorize(prep_id, token, kind)
            user = current_user(request)
            if user is None:
                raise HTTPException(
                    status_code=401,
                    detail=f"This needs the {kind}'s key: send it as 'Authorization: Bearer KEY'.",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            if request.method not in ("GET", "HEAD"):
                check_csrf(request, request.headers.get(CSRF_HEADER))
            row = preparations.for_user(user, prep_id, kind)
        except NotFound as exc:
            raise HTTPException(status_code=404, detail=exc.message) from None
        except ConversationError as exc:
            raise HTTPException(status_code=403, detail=exc.message) from None
        if write and row.owner_id != user.id:
            raise HTTPException(status_code=403, detail=f"Only the person who wrote this {kind} can change it.")
        return row

    return opened


ReadLetter = Annotated[Preparation, Depends(_opened("letter", write=False))]
WriteLetter = Annotated[Preparation, Depends(_opened("letter", write=True))]
ReadPlan = Annotated[Preparation, Depends(_opened("plan", write=False))]
WritePlan = Annotated[Preparation, Depends(_opened("plan", write=True))]


def _can_edit(request: Request, row: Preparation) -> bool:
    if bearer_token(request) is not None:
        return True
    user: User | None = current_user(request)
    return user is not None and user.id == row.owner_id


# --- the answers -------------------------------------------------------------------------------


def _sentence(s: SentenceReport) -> SentencePublic:
    return SentencePublic.model_validate(s.as_json())


def _checks(checks: tuple[Check, ...]) -> list[CheckPublic]:
    return [CheckPublic(name=c.name, ok=c.ok, message=c.message) for c in checks]


def _crisis(signal: CrisisSignal | None) -> CrisisPublic | None:
    return CrisisPublic(kind=signal.kind.value, evidence=signal.evidence) if signal else None


def letter_public(request: Request, preparations: Preparations, row: Preparation, made: bool = False) -> LetterPublic:
    report = preparations.coach(row)
    assert isinstance(report, LetterReport)
    return LetterPublic(
        id=row.id,
        title=row.title,
        text=row.body,
        version=row.version,
        updated_at=row.updated_at,
        can_edit=made or _can_edit(request, row),
        report=LetterReportPublic(
            sentences=[_sentence(s) for s in report.sentences],
            checks=_checks(report.checks),
            words=report.words,
            crisis=_crisis(report.crisis),
        ),
    )


def plan_public(request: Request, preparations: Preparations, row: Preparation, made: bool = False) -> PlanPublic:
    report = preparations.coach(row)
    assert isinstance(report, PlanReport)
    fields = PlanFields.model_validate_json(row.body)
    scenario = fitting_scenario(preparations.conversations.library.scenarios(), fields.relationship, fields.substance)
    return PlanPublic(
        id=row.id,
        title=row.title,
        plan=fields,
        version=row.version,
        updated_at=row.updated_at,
        can_edit=made or _can_edit(request, row),
        report=PlanReportPublic(
            checks=_checks(report.checks),
            script=[_sentence(s) for s in report.script],
            plan_b_no=[_sentence(s) for s in report.plan_b_no],
            plan_b_walkout=[_sentence(s) for s in report.plan_b_walkout],
            crisis=_crisis(report.crisis),
        ),
        rehearse_with=f"{scenario.persona.name}, {scenario.persona.relationship} ({scenario.persona.substance})",
    )


def _saving(call: Callable[[], Preparation]) -> Preparation:
    try:
        return call()
    except BadReply as exc:
        raise HTTPException(status_code=422, detail=exc.message) from None
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=exc.message) from None
    except TakenOver as exc:
        raise HTTPException(status_code=409, detail=exc.message) from None


_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    409: {"description": "Changed in another window since the version you sent: reload first."},
    422: {"description": "Too long, or a part of the plan that cannot be read; nothing was saved."},
}


@api.post(
    "/letters",
    response_model=LetterMade,
    status_code=status.HTTP_201_CREATED,
    dependencies=[StartAllowed],
    responses=_WRITE_ERRORS,
)
def create_letter(body: LetterBody, request: Request, preparations: PreparationsDep, me: MaybeUser) -> LetterMade:
    """Save a new letter and coach it. Keep the key: it is the only way back to the letter."""
    text = _text(preparations, body.text)
    made = preparations.make("letter", text, me)
    return LetterMade(
        id=made.row.id,
        key=made.token,
        url=f"{link(request, 'letter_page', prep_id=made.row.id)}#key={made.token}",
        letter=letter_public(request, preparations, made.row, made=True),
    )


def _text(preparations: Preparations, text: str) -> str:
    try:
        return preparations.letter_text(text)
    except BadReply as exc:
        raise HTTPException(status_code=422, detail=exc.message) from None


@api.get("/letters/{prep_id}", response_model=LetterPublic)
def get_letter(row: ReadLetter, request: Request, preparations: PreparationsDep) -> LetterPublic:
    """The letter and its coaching (a supervisor may read a trainee's)."""
    return letter_public(request, preparations, row)


@api.put("/letters/{prep_id}", response_model=LetterPublic, responses=_WRITE_ERRORS)
def save_letter(body: LetterBody, row: WriteLetter, request: Request, preparations: PreparationsDep) -> LetterPublic:
    """Save a new draft and coach it again."""
    text = _text(preparations, body.text)
    saved = _saving(lambda: preparations.save(row, text, body.version))
    return letter_public(request, preparations, saved)


@api.delete("/letters/{prep_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_letter(row: WriteLetter, preparations: PreparationsDep) -> Response:
    """Delete the letter for good."""
    preparations.delete(row)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@api.post(
    "/plans",
    response_model=PlanMade,
    status_code=status.HTTP_201_CREATED,
    dependencies=[StartAllowed],
    responses=_WRITE_ERRORS,
)
def create_plan(body: PlanBody, request: Request, preparations: PreparationsDep, me: MaybeUser) -> PlanMade:
    """Save a new invitation plan and check it. Keep the key."""
    made = preparations.make("plan", body.plan.model_dump_json(), me)
    return PlanMade(
        id=made.row.id,
        key=made.token,
        url=f"{link(request, 'plan_page', prep_id=made.row.id)}#key={made.token}",
        plan=plan_public(request, preparations, made.row, made=True),
    )


@api.get("/plans/{prep_id}", response_model=PlanPublic)
def get_plan(row: ReadPlan, request: Request, preparations: PreparationsDep) -> PlanPublic:
    return plan_public(request, preparations, row)


@api.put("/plans/{prep_id}", response_model=PlanPublic, responses=_WRITE_ERRORS)
def save_plan(body: PlanBody, row: WritePlan, request: Request, preparations: PreparationsDep) -> PlanPublic:
    saved = _saving(lambda: preparations.save(row, body.plan.model_dump_json(), body.version))
    return plan_public(request, preparations, saved)


@api.delete("/plans/{prep_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_plan(row: WritePlan, preparations: PreparationsDep) -> Response:
    """Delete the plan for good; its rehearsals stay, without it."""
    preparations.delete(row)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@api.post(
    "/plans/{prep_id}/rehearse",
    response_model=RehearsalCreated,
    status_code=status.HTTP_201_CREATED,
    dependencies=[StartAllowed],
)
def rehearse_plan(
    body: RehearseBody, row: WritePlan, request: Request, preparations: PreparationsDep, me: MaybeUser
) -> RehearsalCreated:
    """Start a rehearsal of the plan: the person's first answer is a refusal (the one chosen, or
    one at random), and the plan B is on the chat page."""
    started = preparations.rehearse(row, body.refusal, body.difficulty, me)
    snapshot_refusal = _refusal_of(started.row.snapshot)
    return RehearsalCreated(
        id=started.row.id,
        token=started.token,
        scenario=started.row.scenario_id,
        refusal=snapshot_refusal.value if snapshot_refusal else "",
        practice_url=f"{link(request, 'practice_page', session_id=started.row.id)}#token={started.token}",
    )


def _refusal_of(snapshot: str) -> RefusalKind | None:
    return ConversationSnapshot.model_validate_json(snapshot).refusal


@api.get("/sessions/{session_id}/plan", response_model=SessionPlan, responses={404: {"description": "No plan."}})
def session_plan(row: OwnedSession, preparations: PreparationsDep, library: LibraryDep) -> SessionPlan:
    """The plan a rehearsal practises (404 for a conversation that rehearses none)."""
    plan = preparations.plan_of(row.plan_id)
    if plan is None:
        raise HTTPException(status_code=404, detail="This conversation does not rehearse a plan.")
    refusal = _refusal_of(row.snapshot)
    plan_b = plan.plan_b_walkout if refusal is RefusalKind.WALKS_OUT else plan.plan_b_no
    treatment = ", ".join(p for p in (plan.treatment_place, plan.treatment_phone, plan.treatment_when) if p)
    return SessionPlan(
        person=library.get(row.scenario_id).persona.name.split()[0],
        refusal=refusal.value if refusal else None,
        refusal_words=REFUSAL_WORDS[refusal] if refusal else None,
        plan_b=plan_b,
        script=plan.script,
        reason=plan.reason,
        treatment=treatment,
    )
