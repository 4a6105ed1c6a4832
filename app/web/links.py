"""Links Rapport shows and hands out (a conversation's, a letter's, an invitation's): built on
RAPPORT_PUBLIC_URL when it is set, so a request's Host header (which anyone can send) never
decides where a key is sent; without it (development), on the address the request came to."""

from __future__ import annotations

from typing import Any

from fastapi import Request


def link(request: Request, name: str, **params: Any) -> str:
    """The absolute URL of the route `name`."""
    base: str | None = request.app.state.settings.public_url
    if base:
        return f"{base}{request.app.url_path_for(name, **params)}"
    return str(request.url_for(name, **params))


def socket_link(request: Request, name: str, **params: Any) -> str:
    """The same for a websocket route: ws:// for an http:// base, wss:// for https://."""
    http = link(request, name, **params)
    return (
        "wss://" + http.removeprefix("https://")
        if http.startswith("https://")
        else "ws://" + http.removeprefix("http://")
    )
