"""Pages from Jinja2 templates, each with the signed-in user and this visitor's CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from app.web.deps import current_user
from app.web.security import csrf_token


def render(templates: Any, request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with the signed-in user and this visitor's CSRF token."""
    context.setdefault("me", current_user(request))
    context["csrf"] = csrf_token(request)
    response: HTMLResponse = templates.TemplateResponse(request, template, context, status_code=status_code)
    return response
