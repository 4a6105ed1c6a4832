"""Signing in and out, joining a cohort from an invitation, and a trainee's own progress."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.usecases.errors import AccountError, TooManyAttempts
from app.web.charts import progress_chart
from app.web.deps import AccountsDep, CsrfChecked, MaybeUser, PageUser, PreparationsDep, ReviewDep, TemplatesDep
from app.web.security import begin_sign_in, sign_in_notice
from app.web.templating import render

router = APIRouter(include_in_schema=False)
log = logging.getLogger("rapport.accounts")


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths, so a crafted link cannot send people elsewhere after signing in."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def _home_for(role: str) -> str:
    return "/review" if role == "supervisor" else "/me"


@router.get("/login", name="login_page")
def login_page(request: Request, templates: TemplatesDep, me: MaybeUser, next: str | None = None) -> Response:
    if me is not None:
        return RedirectResponse(_safe_next(next) or _home_for(me.role), status_code=303)
    notice = sign_in_notice(request)  # why they were signed out, once
    if request.query_params.get("joined") == "1":
        notice = JOINED
    return render(templates, request, "login.html", next=_safe_next(next) or "", error=None, email="", notice=notice)


JOINED = (
    "Your account is ready if that email address was new to Rapport: sign in with it and the password you chose. "
    "(If you already had an account, sign in with your own password as usual.)"
)


@router.post("/login", name="login")
def login(
    request: Request,
    templates: TemplatesDep,
    accounts: AccountsDep,
    email: Annotated[str, Form(max_length=254)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form(max_length=500)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    address = request.client.host if request.client else "unknown"
    try:
        user = accounts.authenticate(email, password, address)
    except TooManyAttempts as exc:
        log.warning("sign-in refused: too many attempts for an account or address")
        return render(templates, request, "login.html", 429, next=next, error=str(exc), email=email)
    except AccountError as exc:
        log.info("sign-in failed")
        return render(templates, request, "login.html", 400, next=next, error=str(exc), email=email)
    begin_sign_in(request, user.id)  # a fresh session, with when it began for its expiry
    log.info("user %s signed in", user.id)
    return RedirectResponse(_safe_next(next) or _home_for(user.role), status_code=303)


@router.post("/logout", name="logout")
def logout(request: Request, _csrf: CsrfChecked = None) -> Response:
    request.session.clear()
    return RedirectResponse("/", status_code=303)


@router.get("/invite/{token}", name="invite_page")
def invite_page(token: str, request: Request, templates: TemplatesDep, accounts: AccountsDep) -> HTMLResponse:
    try:
        _, cohort = accounts.open_invite(token)
    except AccountError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    return render(templates, request, "invite.html", cohort=cohort, token=token, error=None, name="", email="")


@router.post("/invite/{token}", name="accept_invite")
def accept_invite(
    token: str,
    request: Request,
    templates: TemplatesDep,
    accounts: AccountsDep,
    name: Annotated[str, Form(max_length=120)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    _csrf: CsrfChecked = None,
) -> Response:
    try:
        _, cohort = accounts.open_invite(token)
    except AccountError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    address = request.client.host if request.client else "unknown"
    try:
        accounts.accept_invite(token, email=email, name=name, password=password, address=address)
    except TooManyAttempts as exc:
        context = {"cohort": cohort, "token": token, "error": str(exc), "name": name, "email": email}
        return render(templates, request, "invite.html", 429, **context)
    except AccountError as exc:
        context = {"cohort": cohort, "token": token, "error": str(exc), "name": name, "email": email}
        return render(templates, request, "invite.html", 400, **context)
    # The same answer whether the account was made or the email already had one (nothing to learn here).
    return RedirectResponse("/login?joined=1", status_code=303)


@router.get("/me", name="my_progress")
def my_progress(
    request: Request, templates: TemplatesDep, me: PageUser, review: ReviewDep, preparations: PreparationsDep
) -> Response:
    if me.role == "supervisor":
        return RedirectResponse("/review", status_code=303)
    items = review.progress(me)
    return render(
        templates,
        request,
        "progress.html",
        trainee=me,
        items=items,
        chart=progress_chart(items),
        own=True,
        prepared=preparations.owned([me.id or 0]),
    )
