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
    """The same for a websocket route: wss:// for an https:// base, ws:// for http:// (Starlette's
    own URL for a websocket route already has its ws or wss scheme)."""
    address = link(request, name, **params)
    for http, ws in (("https://", "wss://"), ("http://", "ws://")):
        if address.startswith(http):
            return ws + address.removeprefix(http)
    return address
