"""Request dependencies as `Annotated` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.templating import Jinja2Templates

from app.config import Settings
from app.conversations import ConversationError, Conversations, NotFound
from app.models import PracticeSession
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


ConversationsDep = Annotated[Conversations, Depends(_conversations)]
LibraryDep = Annotated[Library, Depends(_library)]
SettingsDep = Annotated[Settings, Depends(_settings)]
TemplatesDep = Annotated[Jinja2Templates, Depends(_templates)]


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def owned_session(session_id: str, request: Request, conversations: ConversationsDep) -> PracticeSession:
    """The session named in the path, if the request carries its token (Authorization: Bearer)."""
    token = bearer_token(request)
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
