"""The chat socket's protocol: what its close codes mean. The page (web/static) reads them from
here, through the practice page, so the numbers live in one place."""

from __future__ import annotations

from enum import IntEnum


class CloseCode(IntEnum):
    """Why the server closed a chat socket; the page decides from this whether to reconnect."""

    TRY_AGAIN = 1013  # the standard "try again later": the page reconnects after a pause
    MISSING_TOKEN = 4401  # the link has no key
    WRONG_TOKEN = 4403  # the key does not open this conversation
    NOT_FOUND = 4404  # no such conversation, or it was deleted
    TAKEN_OVER = 4409  # opened in another window
    TOO_MANY = 4429  # too many conversations open from this address
