"""The web application: `create_app()` with a lifespan that loads every scenario once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from app.config import Settings, get_settings
from app.store.db import make_engine, storage_problem
from app.store.migrate import check as check_schema
from app.usecases.accounts import Accounts
from app.usecases.conversations import Conversations
from app.usecases.preparations import Preparations
from app.usecases.review import Review
from app.web.deps import LoginRequired
from app.web.headers import SafeJSONResponse, SecurityHeaders
from app.web.limits import BodySizeLimit, KeyedBuckets, OpenConversations
from app.web.routes import accounts, api, exports, health, pages, prepare, review, socket
from app.web.security import keep_keys_out_of_logs, secret_key
from app.web.templating import add_page_globals
from app.web.turns import TurnQueue
from dialogue.coding import code_reply
from dialogue.library import Library
from web import STATIC_DIR, TEMPLATE_DIR

log = logging.getLogger("rapport")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the scenarios are loaded and validated once, at start-up."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        library = Library.load(settings.scenario_dir)
        code_reply("Hello.")  # load the feedback texts now rather than on someone's first reply
        database = make_engine(settings.database_url)
        try:
            check_schema(database)  # refuse to start on tables this version does not match
        except DBAPIError as exc:
            database.dispose()
            message = f"Cannot open the database: {str(exc.orig).strip()}. Check RAPPORT_DATABASE_URL and the server."
            log.error(message)
            raise RuntimeError(message) from None
        conversations = Conversations(database, library, settings.max_reply_chars, settings.live_conversations)
        app.state.accounts = Accounts(database)
        app.state.review = Review(database, conversations)
        app.state.preparations = Preparations(database, conversations, app.state.review)
        _purge(conversations, app.state.preparations, settings.retention_days)
        app.state.library = library
        app.state.conversations = conversations
        app.state.sockets = {}
        app.state.open_conversations = OpenConversations(settings.conversations_per_address)
        app.state.start_limits = KeyedBuckets.per_minute(settings.sessions_per_minute)
        # per conversation, not per socket: reconnecting does not refill it
        app.state.reply_limits = KeyedBuckets(settings.replies_per_minute / 60.0, settings.reply_burst)
        # Turns run on their own few threads, each playing the replies waiting as one group with one
        # commit: on SQLite one thread (it writes one at a time anyway), which spares each turn the
        # GIL contention of the shared pool's forty.
        threads = 1 if database.dialect.name == "sqlite" else 8
        app.state.turns = TurnQueue(conversations, threads)
        log.info("loaded %d scenarios", len(library.engines))
        if settings.env == "production" and not settings.public_url:
            log.warning("RAPPORT_PUBLIC_URL is not set: the links Rapport hands out follow each request's Host header")
        purger = asyncio.create_task(_purge_regularly(conversations, app.state.preparations, settings))
        yield
        purger.cancel()
        app.state.turns.close()
        conversations.close()
        database.dispose()

    app = FastAPI(
        title="Rapport",
        summary="Practise hard conversations about addiction, coded against motivational-interviewing criteria.",
        version="0.1.0",
        lifespan=lifespan,
        default_response_class=SafeJSONResponse,
        docs_url="/docs" if settings.docs_served else None,
        redoc_url="/redoc" if settings.docs_served else None,
    )
    app.state.settings = settings
    keep_keys_out_of_logs()  # the chat socket's URL carries the conversation key: never log it
    app.state.templates = Jinja2Templates(directory=TEMPLATE_DIR)
    add_page_globals(app.state.templates)  # the chat's close codes, a stored reply's verdict
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings),
        session_cookie="rapport_session",
        max_age=settings.session_max_days * 24 * 3600,
        same_site="lax",
        https_only=settings.cookies_secure,
    )
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)  # last added, so outermost: every answer gets the headers
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(health.router)
    app.include_router(socket.router)
    app.include_router(pages.router)
    app.include_router(prepare.router)
    app.include_router(prepare.api)
    app.include_router(accounts.router)
    app.include_router(review.router)
    app.include_router(exports.router)
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, pages.http_error)  # type: ignore[arg-type]
    app.add_exception_handler(LoginRequired, pages.login_required)
    app.add_exception_handler(DBAPIError, _storage_error)  # type: ignore[arg-type]
    return app


def _purge(conversations: Conversations, preparations: Preparations, retention_days: int) -> None:
    purged = conversations.purge(retention_days)
    if purged:
        log.info("deleted %d anonymous conversations untouched for %d days", purged, retention_days)
    purged = preparations.purge(retention_days)
    if purged:
        log.info("deleted %d anonymous letters and plans untouched for %d days", purged, retention_days)


async def _purge_regularly(conversations: Conversations, preparations: Preparations, settings: Settings) -> None:
    """The retention period holds while a worker runs for months, not only when it starts."""
    while True:
        await asyncio.sleep(settings.purge_every_minutes * 60)
        try:
            await run_in_threadpool(_purge, conversations, preparations, settings.retention_days)
        except DBAPIError as exc:  # the database is away: try again next time
            log.warning("could not delete old conversations: %s", exc.orig)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    """422 with a message a person can act on, plus the details."""
    problems = [f"{'.'.join(str(p) for p in e['loc'] if p != 'body')}: {e['msg']}" for e in exc.errors()]
    return SafeJSONResponse(
        status_code=422,
        # jsonable_encoder, as FastAPI's own handler does: an error's `input` may be bytes
        content=jsonable_encoder({"error": "invalid_request", "message": "; ".join(problems), "detail": exc.errors()}),
    )


async def _storage_error(request: Request, exc: DBAPIError) -> Response:
    """The database is down or full: 503 with what to do, JSON or a page as for any other error."""
    problem = storage_problem(exc)
    log.warning("database call failed (%s): %s", problem.code, exc.orig)
    error = StarletteHTTPException(503, problem.message, headers={"Retry-After": str(problem.retry_after)})
    response = await pages.http_error(request, error)
    if isinstance(response, JSONResponse):
        response = JSONResponse(
            {"error": problem.code, "message": problem.message}, status_code=503, headers=error.headers
        )
    return response
