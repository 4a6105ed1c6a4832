"""Supervisor review: conversation lists, transcripts with overrides and comments, cohorts,
invitations, agreement, trainee progress. Pages redirect strangers to sign in; the JSON API
answers 401; anything outside the viewer's cohorts is a 404."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.usecases.errors import NotFound
from app.usecases.preparations import Preparations
from app.usecases.review import (
    AGREES,
    ENOUGH_REVIEWED,
    OUTCOME_WORDS,
    PROBLEMS,
    QUEUE,
    Listed,
    Reviewed,
    enough_reviewed,
)
from app.web.charts import progress_chart
from app.web.deps import (
    AccountsDep,
    ApiSupervisor,
    ApiUser,
    CsrfChecked,
    LibraryDep,
    PageSupervisor,
    PageUser,
    PreparationsDep,
    ReviewDep,
    RowId,
    TemplatesDep,
    answerable,
    not_found,
    own_cohort,
    reviewed_or_404,
)
from app.web.links import link
from app.web.schemas import (
    AgreementReport,
    CodeBody,
    CodeSaved,
    CommentBody,
    CommentSaved,
    ListedSession,
    ReviewedSession,
    ReviewQuery,
)
from app.web.templating import render
from dialogue.codes import LABELS, Code
from dialogue.scenario import REFUSAL_WORDS

router = APIRouter()

ReviewFilters = Annotated[ReviewQuery, Query()]


# --- pages ------------------------------------------------------------------------------------


@router.get("/review", name="review_list", include_in_schema=False)
def review_list(
    request: Request,
    templates: TemplatesDep,
    me: PageSupervisor,
    review: ReviewDep,
    accounts: AccountsDep,
    library: LibraryDep,
    review_query: ReviewFilters,
) -> HTMLResponse:
    filters = review_query.filters()
    if "sort" not in request.query_params:  # the page's own order: not reviewed yet first, then the newest
        filters = replace(filters, sort=QUEUE, descending=True)
    trainees = [u for c in accounts.cohorts_of(me.id or 0) for u in accounts.members(c.id or 0)]
    items = review.listing(me, filters)
    return render(
        templates,
        request,
        "review_list.html",
        items=items,
        waiting=sum(1 for item in items if not item.reviewed),
        filters=filters,
        trainees=trainees,
        scenarios=sorted(library.scenarios(), key=lambda s: s.title.lower()),
        outcomes=OUTCOME_WORDS,
        query={k: v for k, v in request.query_params.items() if k not in ("sort", "order")},
    )


@router.get("/review/sessions/{session_id}", name="review_session", include_in_schema=False)
def review_session(
    session_id: str,
    request: Request,
    templates: TemplatesDep,
    me: PageUser,
    review: ReviewDep,
    library: LibraryDep,
    preparations: PreparationsDep,
) -> HTMLResponse:
    item = reviewed_or_404(review, me, session_id)
    page = _session_page(
        request, templates, item, library, me.role == "supervisor", "review_session.html", preparations
    )
    return page


@router.get("/review/sessions/{session_id}/print", name="print_session", include_in_schema=False)
def print_session(
    session_id: str, request: Request, templates: TemplatesDep, me: PageUser, review: ReviewDep, library: LibraryDep
) -> HTMLResponse:
    item = reviewed_or_404(review, me, session_id)
    return _session_page(request, templates, item, library, False, "print.html")


# What the page says next to a form after a save without JavaScript (`?on=…&saved=…`).
SAVED = {
    "code": "Saved.",
    "agreed": "Saved: you agree with the coder.",
    "comment": "Comment saved.",
    "edited": "Comment saved.",
    "deleted": "Comment deleted.",
}


def _session_page(
    request: Request,
    templates: Any,
    item: Reviewed,
    library: Any,
    can_edit: bool,
    name: str,
    preparations: Preparations | None = None,
) -> HTMLResponse:
    scenario = library.get(item.row.scenario_id)
    plan = preparations.comparison(item.row, item.turns) if preparations is not None else None
    params = request.query_params
    problem, saved = PROBLEMS.get(params.get("problem", "")), SAVED.get(params.get("saved", ""))
    note = {"on": params.get("on", ""), "text": problem or saved or "", "problem": bool(problem)}
    chosen = params.get("code") if problem and params.get("code") in {c.value for c in Code} else None
    return render(
        templates,
        request,
        name,
        item=item,
        scenario=scenario,
        can_edit=can_edit,
        codes=[(c.value, LABELS[c]) for c in Code],
        labels={c.value: LABELS[c] for c in Code},
        outcome=OUTCOME_WORDS.get(item.row.outcome_kind or "open", item.row.outcome_kind),
        agrees=AGREES,
        note=note,
        chosen=chosen,
        plan=plan,
        refusal_words=REFUSAL_WORDS,
    )


@router.post("/review/turns/{turn_id}/code", name="override_code", include_in_schema=False)
def override_code(
    turn_id: RowId,
    request: Request,
    me: PageSupervisor,
    review: ReviewDep,
    code: Annotated[str, Form()] = "",
    reason: Annotated[str, Form(max_length=2000)] = "",
    session_id: Annotated[str, Form(max_length=32)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    if code not in {c.value for c in Code}:
        raise HTTPException(status_code=422, detail="Choose one of the codes in the list.")
    on = f"code-note-{turn_id}"
    try:
        review.set_code(me, turn_id, Code(code), reason)
    except NotFound as exc:
        raise not_found(exc) from None
    except ValueError as exc:
        return _back(session_id, f"turn-{turn_id}", on, problem=_problem(exc), code=code)
    return _back(session_id, f"turn-{turn_id}", on, saved="code")


@router.post("/review/turns/{turn_id}/agree", name="agree_code", include_in_schema=False)
def agree_code(
    turn_id: RowId,
    request: Request,
    me: PageSupervisor,
    review: ReviewDep,
    session_id: Annotated[str, Form(max_length=32)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    """The Agree button shares the code form: its code and reason are not used."""
    on = f"code-note-{turn_id}"
    try:
        saved = review.agree(me, turn_id)
    except NotFound as exc:
        raise not_found(exc) from None
    except ValueError as exc:
        return _back(session_id, f"turn-{turn_id}", on, problem=_problem(exc))
    return _back(saved.session_id, f"turn-{turn_id}", on, saved="agreed")


@router.post("/review/turns/{turn_id}/comments", name="add_comment", include_in_schema=False)
def add_comment(
    turn_id: RowId,
    request: Request,
    me: PageSupervisor,
    review: ReviewDep,
    text: Annotated[str, Form(max_length=4000)] = "",
    session_id: Annotated[str, Form(max_length=32)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    on = f"comment-note-{turn_id}"
    try:
        review.add_comment(me, turn_id, text)
    except NotFound as exc:
        raise not_found(exc) from None
    except ValueError as exc:
        return _back(session_id, f"turn-{turn_id}", on, problem=_problem(exc))
    return _back(session_id, f"turn-{turn_id}", on, saved="comment")


@router.post("/review/comments/{comment_id}/edit", name="edit_comment", include_in_schema=False)
def edit_comment(
    comment_id: RowId,
    request: Request,
    me: PageSupervisor,
    review: ReviewDep,
    text: Annotated[str, Form(max_length=4000)] = "",
    session_id: Annotated[str, Form(max_length=32)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    """Change your own comment; anyone else's is not found."""
    on = f"edit-note-{comment_id}"
    try:
        comment = review.edit_comment(me, comment_id, text)
    except NotFound as exc:
        raise not_found(exc) from None
    except ValueError as exc:
        return _back(session_id, f"comment-{comment_id}", on, problem=_problem(exc))
    return _back(comment.session_id, f"comment-{comment_id}", on, saved="edited")


@router.post("/review/comments/{comment_id}/delete", name="delete_comment", include_in_schema=False)
def delete_comment(
    comment_id: RowId,
    request: Request,
    me: PageSupervisor,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> Response:
    """Delete your own comment; anyone else's is not found."""
    try:
        comment = review.delete_comment(me, comment_id)
    except NotFound as exc:
        raise not_found(exc) from None
    return _back(comment.session_id, f"turn-{comment.turn_id}", f"comment-note-{comment.turn_id}", saved="deleted")


def _problem(exc: ValueError) -> str:
    """The code for what went wrong (the page shows the words for it, never text from the link)."""
    return next((code for code, words in PROBLEMS.items() if words == str(exc)), "not_saved")


def _back(session_id: str, anchor: str, on: str, **note: str) -> RedirectResponse:
    """Back to the transcript at `anchor`, with a word for the form whose note has the id `on`:
    `saved=` what was saved, or `problem=` what to do about it (and `code=` the code the
    supervisor chose, so the page keeps it)."""
    query = urlencode({"on": on, **note})
    return RedirectResponse(f"/review/sessions/{quote(session_id)}?{query}#{anchor}", status_code=303)


@router.get("/review/cohorts", name="cohorts_page", include_in_schema=False)
def cohorts_page(request: Request, templates: TemplatesDep, me: PageSupervisor, accounts: AccountsDep) -> HTMLResponse:
    cohorts = [(c, accounts.members(c.id or 0)) for c in accounts.cohorts_of(me.id or 0)]
    return render(templates, request, "cohorts.html", cohorts=cohorts)


@router.get("/review/cohorts/{cohort_id}", name="cohort_page", include_in_schema=False)
def cohort_page(
    cohort_id: RowId,
    request: Request,
    templates: TemplatesDep,
    me: PageSupervisor,
    accounts: AccountsDep,
    review: ReviewDep,
    invite: str | None = None,
) -> HTMLResponse:
    cohort = own_cohort(review, accounts, me, cohort_id)
    sessions = review.cohort_sessions(me, cohort_id)
    return render(
        templates,
        request,
        "cohort.html",
        cohort=cohort,
        rows=_overview(accounts.members(cohort_id), sessions),
        **_agreement(review, cohort_id),
        invite_url=link(request, "invite_page", token=invite) if invite else None,
    )


@router.post("/review/cohorts/{cohort_id}/invites", name="create_invite", include_in_schema=False)
def create_invite(
    cohort_id: RowId,
    request: Request,
    me: PageSupervisor,
    accounts: AccountsDep,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> Response:
    own_cohort(review, accounts, me, cohort_id)
    token = accounts.invite(cohort_id=cohort_id, by=me.id or 0)
    return RedirectResponse(f"/review/cohorts/{cohort_id}?invite={token}#invite", status_code=303)


@router.get("/review/cohorts/{cohort_id}/agreement", name="agreement_page", include_in_schema=False)
def agreement_page(
    cohort_id: RowId,
    request: Request,
    templates: TemplatesDep,
    me: PageSupervisor,
    accounts: AccountsDep,
    review: ReviewDep,
) -> HTMLResponse:
    cohort = own_cohort(review, accounts, me, cohort_id)
    return render(
        templates,
        request,
        "agreement.html",
        cohort=cohort,
        labels={c.value: LABELS[c] for c in Code},
        **_agreement(review, cohort_id),
    )


@router.get("/review/trainees/{user_id}", name="trainee_progress", include_in_schema=False)
def trainee_progress(
    user_id: RowId,
    request: Request,
    templates: TemplatesDep,
    me: PageUser,
    review: ReviewDep,
    preparations: PreparationsDep,
) -> HTMLResponse:
    try:
        trainee = review.trainee_for(me, user_id)
    except NotFound as exc:
        raise not_found(exc) from None
    items = review.progress(trainee)
    chart = progress_chart(items)
    return render(
        templates,
        request,
        "progress.html",
        trainee=trainee,
        items=items,
        chart=chart,
        own=me.id == user_id,
        prepared=preparations.owned([user_id]),
    )


def _agreement(review: Any, cohort_id: int) -> dict[str, Any]:
    """κ for a page, with whether enough replies were reviewed to judge by it."""
    result = review.agreement(cohort_id)
    return {"agreement": result, "enough": enough_reviewed(result), "enough_n": ENOUGH_REVIEWED}


def _overview(members: list[Any], sessions: list[Listed]) -> list[dict[str, Any]]:
    rows = []
    for member in members:
        own = sorted((s for s in sessions if s.trainee.id == member.id), key=lambda s: s.row.created_at)
        latest = own[-1].summary if own else None
        rows.append(
            {
                "trainee": member,
                "sessions": len(own),
                "successes": sum(1 for s in own if s.row.outcome_kind == "success"),
                "latest": latest,
                "first": own[0].summary if own else None,
                "reviewed": sum(s.reviewed for s in own),
            }
        )
    return rows


# --- JSON API ---------------------------------------------------------------------------------


@router.get("/api/review/sessions", tags=["review"])
def api_review_list(me: ApiSupervisor, review: ReviewDep, review_query: ReviewFilters) -> list[ListedSession]:
    """Conversations of the trainees in your cohorts, filtered and sorted."""
    return [ListedSession.of(item) for item in review.listing(me, review_query.filters())]


@router.get("/api/review/sessions/{session_id}", tags=["review"])
def api_review_session(session_id: str, me: ApiUser, review: ReviewDep) -> ReviewedSession:
    """A transcript with automatic and human codes, comments and both summaries."""
    return ReviewedSession.of(reviewed_or_404(review, me, session_id))


@router.put("/api/review/turns/{turn_id}/code", tags=["review"])
def api_override(
    turn_id: RowId,
    body: CodeBody,
    request: Request,
    me: ApiSupervisor,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> CodeSaved:
    """Set the human code for a reply (a reason is required when it differs from the coder's)."""
    with answerable():
        saved = review.set_code(me, turn_id, body.code, body.reason)
    return CodeSaved(turn_id=turn_id, code=saved.code, reason=saved.reason)


@router.post("/api/review/turns/{turn_id}/agree", tags=["review"])
def api_agree(
    turn_id: RowId,
    request: Request,
    me: ApiSupervisor,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> CodeSaved:
    """Agree with the coder: the human code becomes the automatic code, with the reason "agrees"."""
    with answerable():
        saved = review.agree(me, turn_id)
    return CodeSaved(turn_id=turn_id, code=saved.code, reason=saved.reason)


@router.post("/api/review/turns/{turn_id}/comments", tags=["review"], status_code=201)
def api_comment(
    turn_id: RowId,
    body: CommentBody,
    request: Request,
    me: ApiSupervisor,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> CommentSaved:
    """Comment on any turn."""
    with answerable():
        comment = review.add_comment(me, turn_id, body.text)
    return CommentSaved(id=comment.id, turn_id=turn_id, text=comment.text)


@router.put("/api/review/comments/{comment_id}", tags=["review"])
def api_edit_comment(
    comment_id: RowId,
    body: CommentBody,
    request: Request,
    me: ApiSupervisor,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> CommentSaved:
    """Change the text of your own comment (anyone else's is a 404)."""
    with answerable():
        comment = review.edit_comment(me, comment_id, body.text)
    return CommentSaved(id=comment.id, turn_id=comment.turn_id, text=comment.text)


@router.delete("/api/review/comments/{comment_id}", tags=["review"], status_code=204)
def api_delete_comment(
    comment_id: RowId,
    request: Request,
    me: ApiSupervisor,
    review: ReviewDep,
    _csrf: CsrfChecked = None,
) -> Response:
    """Delete your own comment (anyone else's is a 404)."""
    with answerable():
        review.delete_comment(me, comment_id)
    return Response(status_code=204)


@router.get("/api/cohorts/{cohort_id}/agreement", tags=["review"])
def api_agreement(cohort_id: RowId, me: ApiSupervisor, review: ReviewDep, accounts: AccountsDep) -> AgreementReport:
    """Cohen's kappa and the confusion matrix between the coder and your codes."""
    own_cohort(review, accounts, me, cohort_id)
    return AgreementReport.of(review.agreement(cohort_id))


@router.get("/api/trainees/{user_id}/progress", tags=["review"])
def api_progress(user_id: RowId, me: ApiUser, review: ReviewDep) -> list[ListedSession]:
    """Your conversations, or a trainee's in a cohort you supervise, oldest first, with their summaries."""
    with answerable():
        trainee = review.trainee_for(me, user_id)
    return [ListedSession.of(item) for item in review.progress(trainee)]
