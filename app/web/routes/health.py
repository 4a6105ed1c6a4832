"""`GET /healthz`: is this worker up and can it reach its database? For container health checks
and load balancers."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(request: Request) -> JSONResponse:
    """200 {"status": "ok"} when the database answers, else 503 with what is wrong."""
    conversations = request.app.state.conversations
    try:
        with conversations.db.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        return JSONResponse(
            {"status": "unavailable", "message": f"The database does not answer: {type(exc).__name__}."},
            status_code=503,
        )
    return JSONResponse(
        {
            "status": "ok",
            "live_conversations": len(conversations.live),
            "open_sockets": len(request.app.state.open_conversations),
        }
    )
