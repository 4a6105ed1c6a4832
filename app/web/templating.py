"""Pages from Jinja2 templates, each with the signed-in user and this visitor's CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.store.models import Turn
from app.web.deps import current_user
from app.web.protocol import CloseCode
from app.web.security import csrf_token
from dialogue.codes import Code
from dialogue.coding.coder import verdict


def render(templates: Any, request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with the signed-in user and this visitor's CSRF token."""
    context.setdefault("me", current_user(request))
    context["csrf"] = csrf_token(request)
    response: HTMLResponse = templates.TemplateResponse(request, template, context, status_code=status_code)
    return response


def add_page_globals(templates: Jinja2Templates) -> None:
    """What every template may use besides its context: the chat socket's close codes (the
    practice page hands them to its script) and how a stored reply landed (the review page's chip)."""
    templates.env.globals["close_codes"] = {code.name: code.value for code in CloseCode}
    templates.env.globals["turn_verdict"] = turn_verdict


def turn_verdict(turn: Turn) -> str:
    """good, okay or rethink: the verdict the chat's chip showed for this coded reply."""
    return verdict(Code(turn.code), turn.rule, turn.risk_addressed).value if turn.code else "okay"
