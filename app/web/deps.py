"""Request dependencies as `Annotated` aliases."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.templating import Jinja2Templates

from app.config import Settings
from app.store.models import PracticeSession, User
from app.usecases.accounts import Accounts
from app.usecases.conversations import Conversations
from app.usecases.errors import ConversationError, ExamOpen, NotFound
from app.usecases.preparations import Preparations
from app.usecases.review import Review, Reviewed
from app.web.limits import wait_words
from app.web.security import CSRF_FIELD, CSRF_HEADER, check_csrf, signed_in_user_id
from dialogue.library import Library


def _conversations(request: Request) -> Conversations:
    conversations: Conversations = request.app.state.conversations
    return conversations


def _library(request: Request) -> Library:
    library: Library = request.app.state.library
    return library


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


def _accounts(request: Request) -> Accounts:
    accounts: Accounts = request.app.state.accounts
    return accounts


def _preparations(request: Request) -> Preparations:
    preparations: Preparations = request.app.state.preparations
    return preparations


def _review(request: Request) -> Review:
    review: Review = request.app.state.review
    return review


MAX_ID = 2**63 - 1  # the largest id a database row can have: past it SQLite and PostgreSQL refuse the number
RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="A row id (a whole number from 1).")]
TraineeFilter = Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this trainee's conversations.")]

ConversationsDep = Annotated[Conversations, Depends(_conversations)]
AccountsDep = Annotated[Accounts, Depends(_accounts)]
ReviewDep = Annotated[Review, Depends(_review)]
PreparationsDep = Annotated[Preparations, Depends(_preparations)]
LibraryDep = Annotated[Library, Depends(_library)]
SettingsDep = Annotated[Settings, Depends(_settings)]
TemplatesDep = Annotated[Jinja2Templates, Depends(_templates)]


async def start_allowed(request: Request) -> None:
    """429 when this client address has started too many conversations this minute. Async, so
    it runs on the event loop and the limiter needs no lock."""
    address = request.client.host if request.client else "unknown"
    wait = request.app.state.start_limits.take(address)
    if wait:
        raise HTTPException(
            status_code=429,
            detail=f"Many conversations were started from your address just now. Try again in {wait_words(wait)}.",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )


StartAllowed = Depends(start_allowed)


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class LoginRequired(Exception):
    """A page for signed-in people only: the handler redirects to the sign-in page."""


def current_user(request: Request) -> User | None:
    """The signed-in account, from the signed session cookie."""
    if "user" in request.scope.get("state", {}):
        cached: User | None = request.state.user
        return cached
    user_id = signed_in_user_id(request) if "session" in request.scope else None  # None once expired
    user = request.app.state.accounts.get(user_id) if isinstance(user_id, int) else None
    request.state.user = user
    return user


def _page_user(request: Request) -> User:
    user = current_user(request)
    if user is None:
        raise LoginRequired()
    return user


def _api_user(request: Request) -> User:
    user = current_user(request)
    if user is None:
        raise HTTPException(status_code=401, detail="Sign in first: this needs a supervisor or trainee account.")
    return user


def _page_supervisor(user: Annotated[User, Depends(_page_user)]) -> User:
    if user.role != "supervisor":
        raise HTTPException(status_code=404, detail="There's nothing here for your account.")
    return user


def _api_supervisor(user: Annotated[User, Depends(_api_user)]) -> User:
    if user.role != "supervisor":
        raise HTTPException(status_code=404, detail="There's nothing here for your account.")
    return user


MaybeUser = Annotated[User | None, Depends(current_user)]
PageUser = Annotated[User, Depends(_page_user)]
ApiUser = Annotated[User, Depends(_api_user)]
PageSupervisor = Annotated[User, Depends(_page_supervisor)]
ApiSupervisor = Annotated[User, Depends(_api_supervisor)]


def owned_session(
    session_id: str, request: Request, conversations: ConversationsDep, review: ReviewDep
) -> PracticeSession:
    """The session in the path, for its token (Authorization: Bearer) or a signed-in viewer
    (its trainee, or the supervisor of their cohort)."""
    token = bearer_token(request)
    user = current_user(request) if token is None else None
    if user is not None:
        if request.method not in ("GET", "HEAD"):  # a cookie rides along by itself: writes need the token
            check_csrf(request, request.headers.get(CSRF_HEADER))  # JSON writes: the header only
        try:
            return review.session_for(user, session_id)
        except NotFound as exc:
            raise HTTPException(status_code=404, detail=exc.message) from None
    if token is None:
        raise HTTPException(
            status_code=401,
            detail="This needs the conversation's key: send it as 'Authorization: Bearer TOKEN'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    try:
        return conversations.authorize(session_id, token)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=exc.message) from None
    except ConversationError as exc:
        raise HTTPException(status_code=403, detail=exc.message) from None


OwnedSession = Annotated[PracticeSession, Depends(owned_session)]


FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


async def require_csrf(request: Request) -> None:
    """A write a cookie could carry by itself needs this visitor's CSRF token: the form's
    `csrf_token` field, or the `X-CSRF-Token` header for JSON. 403 otherwise."""
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(FORMS):
        value = (await request.form()).get(CSRF_FIELD)  # Starlette keeps the parsed form for the route
        submitted = value if isinstance(value, str) else None
    check_csrf(request, submitted)


CsrfChecked = Annotated[None, Depends(require_csrf)]
"""`_csrf: CsrfChecked` as the last parameter of every form and cookie-authenticated write: it is
checked after the sign-in, so a stranger is still sent to sign in (or told 401) first."""


# --- answers shared by the review pages, its API and the exports ---------------------------


def not_found(exc: NotFound) -> HTTPException:
    return HTTPException(status_code=404, detail=exc.message)


@contextmanager
def answerable() -> Iterator[None]:
    """Not yours or not there → 404; a request the person can fix → 422."""
    try:
        yield
    except NotFound as exc:
        raise not_found(exc) from None
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


def reviewed_or_404(review: Any, me: Any, session_id: str) -> Reviewed:
    """The reviewed conversation; 404 when it is not the viewer's to see, 403 for their own open exam."""
    try:
        with answerable():
            item: Reviewed = review.reviewed(me, session_id)
    except ExamOpen as exc:
        raise HTTPException(status_code=403, detail=exc.message) from None
    return item


def own_cohort(review: Any, accounts: Any, me: Any, cohort_id: int) -> Any:
    cohort = accounts.cohort(cohort_id)
    if cohort is None or not review.can_supervise(me, cohort_id):
        raise HTTPException(status_code=404, detail="There is no cohort with this id that you supervise.")
    return cohort
