"""The signed session cookie's secret, sign-in expiry, CSRF tokens for every form."""

from __future__ import annotations

import hmac
import logging
import os
import re
import secrets
import time
from pathlib import Path

from fastapi import HTTPException, Request

from app.config import Settings

CSRF_KEY = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_COOKIE = "rapport_session"


MIN_SECRET_KEY = 32
MAKE_A_KEY = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'
# Values people copy from examples and tutorials, compared in lower case with only letters and
# digits kept; and words that only ever appear in a template's stand-in value.
PLACEHOLDER_KEYS = frozenset(
    {"changeme", "secret", "secretkey", "mysecret", "mysecretkey", "password", "rapport", "rapportsecret"}
    | {"development", "dev", "test", "testing", "example", "default", "key", "sessionkey", "supersecret"}
)
PLACEHOLDER_WORDS = ("changeme", "replaceme", "changethis", "yoursecret", "placeholder", "example", "generated")


class SecretKeyProblem(RuntimeError):
    """RAPPORT_SECRET_KEY cannot be used in production; the message says what to set."""


def secret_key_problem(key: str) -> str | None:
    """Why `key` is not fit to sign cookies in production, in plain words, or None."""
    squashed = re.sub(r"[^a-z0-9]", "", key.lower())
    if not key.strip():
        return "RAPPORT_SECRET_KEY is not set."
    if squashed in PLACEHOLDER_KEYS or any(word in squashed for word in PLACEHOLDER_WORDS):
        return "RAPPORT_SECRET_KEY is an example value, which anyone who has read the example knows."
    if len(key) < MIN_SECRET_KEY:
        return f"RAPPORT_SECRET_KEY is {len(key)} characters long; it needs at least {MIN_SECRET_KEY}."
    if len(set(key)) < 10:
        return "RAPPORT_SECRET_KEY repeats a few characters; it needs to be random."
    return None


def secret_key(settings: Settings) -> str:
    """The key that signs session cookies.

    In production, RAPPORT_SECRET_KEY, checked (SecretKeyProblem says what to set). In
    development, RAPPORT_SECRET_KEY if set, else one generated once into the data folder
    (readable by its owner only)."""
    if settings.env != "development":
        problem = secret_key_problem(settings.secret_key)
        if problem:
            raise SecretKeyProblem(
                f"Rapport will not start with RAPPORT_ENV={settings.env}: {problem}\n"
                "The key signs everyone's sign-in, so it must be long, random and kept private. Make one with\n"
                f"    {MAKE_A_KEY}\n"
                "and set it as RAPPORT_SECRET_KEY (in the environment or a .env file). "
                "To try Rapport on your own computer, set RAPPORT_ENV=development instead: a key is then made for you."
            )
        return settings.secret_key
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker made it a moment ago
        return path.read_text().strip() or key
    except OSError as exc:
        raise RuntimeError(
            f"Cannot create {path} ({exc.strerror}). Set RAPPORT_SECRET_KEY, or RAPPORT_DATA_DIR to a writable folder."
        ) from None
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def csrf_token(request: Request) -> str:
    """This visitor's CSRF token, kept in the signed session cookie."""
    token = request.session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[CSRF_KEY] = token
    return token


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse (403) a form or cookie-authenticated request without this visitor's token."""
    expected = request.session.get(CSRF_KEY)
    if not isinstance(expected, str) or not submitted or not hmac.compare_digest(expected, submitted):
        settings: Settings = request.app.state.settings
        if settings.cookies_secure and request.url.scheme == "http" and SESSION_COOKIE not in request.cookies:
            # The browser kept no cookie: it was Secure and this page came over plain HTTP.
            raise HTTPException(
                status_code=403,
                detail="This server keeps its cookies for HTTPS only, and this page came over plain HTTP. "
                "Open it with https:// instead. (Running a trial without HTTPS? Set RAPPORT_SECURE_COOKIES=false.)",
            )
        raise HTTPException(
            status_code=403,
            detail="This form has expired or did not come from Rapport. Reload the page and try again.",
        )


# --- sign-in sessions ------------------------------------------------------------------------
# The signed session cookie holds the account id, when the sign-in began and when it was last
# used. A sign-in ends after RAPPORT_SESSION_IDLE_MINUTES without a request, or
# RAPPORT_SESSION_MAX_DAYS after it began, whichever comes first; the cookie itself lasts as long.

USER_KEY = "user_id"
BEGAN_KEY = "signed_in_at"
SEEN_KEY = "seen_at"
NOTICE_KEY = "notice"
SEEN_EVERY = 60  # seconds: "last used" is rewritten at most once a minute, not on every request


def begin_sign_in(request: Request, user_id: int | None) -> None:
    """A fresh session for a person who has just signed in (nothing carried over from before)."""
    now = int(time.time())
    request.session.clear()
    request.session.update({USER_KEY: user_id, BEGAN_KEY: now, SEEN_KEY: now})


def signed_in_user_id(request: Request) -> int | None:
    """The signed-in account's id, or None. An expired sign-in is ended here, and the sign-in
    page is told why (`sign_in_notice`)."""
    session = request.session
    user_id = session.get(USER_KEY)
    if not isinstance(user_id, int):
        return None
    settings: Settings = request.app.state.settings
    now = time.time()
    began, seen = session.get(BEGAN_KEY), session.get(SEEN_KEY)
    if not isinstance(began, int | float) or not isinstance(seen, int | float):
        ended = "expired"  # a cookie from before sign-ins expired: sign in again once
    elif now - began > settings.session_max_days * 86_400:
        ended = "expired"
    elif now - seen > settings.session_idle_minutes * 60:
        ended = "idle"
    else:
        if now - seen >= SEEN_EVERY:
            session[SEEN_KEY] = int(now)
        return user_id
    for key in (USER_KEY, BEGAN_KEY, SEEN_KEY):
        session.pop(key, None)
    session[NOTICE_KEY] = ended
    return None


def sign_in_notice(request: Request) -> str | None:
    """Once, after a sign-in expired: a kind word on the sign-in page about why."""
    reason = request.session.pop(NOTICE_KEY, None)
    settings: Settings = request.app.state.settings
    if reason == "idle":
        hours, minutes = divmod(settings.session_idle_minutes, 60)
        span = (
            f"{hours} hour{'s' if hours != 1 else ''}"
            if hours and not minutes
            else f"{settings.session_idle_minutes} minutes"
        )
        return (
            f"You were signed out after {span} without activity, to keep conversations private. "
            "Sign in again to carry on where you were."
        )
    if reason == "expired":
        return (
            f"Each sign-in lasts {settings.session_max_days} days, and yours has come to its end. "
            "Sign in again to carry on where you were."
        )
    return None


# --- logs ----------------------------------------------------------------------------------------
# Browsers cannot set headers on a websocket, so the chat socket's URL carries the conversation's
# key (?token=…), and uvicorn logs every socket's URL; an invitation's key is in its link
# (/invite/KEY, and ?invite=KEY on the cohort page that shows a new one). Every such secret is
# replaced before any handler sees the record.

_KEY_IN_URL = re.compile(r"((?:token|invite)=)[^&\s\"'#]+|(/invite/)[^/?#\s\"']+")
_MARKS = ("token=", "invite")


def hide_keys(text: str) -> str:
    """The text with every key in a URL replaced by [hidden]."""
    if not any(mark in text for mark in _MARKS):
        return text
    return _KEY_IN_URL.sub(lambda m: (m.group(1) or m.group(2)) + "[hidden]", text)


class HideKeys(logging.Filter):
    """Replaces `token=KEY`, `invite=KEY` and `/invite/KEY` in a log record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = hide_keys(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(hide_keys(a) if isinstance(a, str) else a for a in record.args)
        return True


def keep_keys_out_of_logs() -> None:
    """Install HideKeys on uvicorn's loggers (once per process)."""
    for name in ("uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, HideKeys) for f in logger.filters):
            logger.addFilter(HideKeys())
