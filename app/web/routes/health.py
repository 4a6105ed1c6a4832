"""`GET /healthz`: is this worker up and can it reach its database? For container health checks
and load balancers."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.web.schemas import Healthy, Unhealthy

router = APIRouter(tags=["health"])


@router.get(
    "/healthz",
    response_model=Healthy,
    responses={503: {"model": Unhealthy, "description": "The database does not answer."}},
)
def healthz(request: Request) -> Healthy | Response:
    """200 {"status": "ok"} when the database answers, else 503 with what is wrong."""
    conversations = request.app.state.conversations
    try:
        with conversations.database.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        down = Unhealthy(message=f"The database does not answer: {type(exc).__name__}.")
        return JSONResponse(down.model_dump(), status_code=503)
    return Healthy(live_conversations=len(conversations.live), open_sockets=len(request.app.state.open_conversations))
