"""Passwords (argon2), the signed session cookie's secret, CSRF tokens for every form."""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request

from app.config import Settings

_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("a password nobody has, so unknown accounts take as long as known ones")
MIN_PASSWORD = 10
CSRF_KEY = "csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if the password matches; the same work is done when there is no account."""
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> str | None:
    """What is wrong with a new password, in plain words, or None."""
    if len(password) < MIN_PASSWORD:
        return f"Choose a password of at least {MIN_PASSWORD} characters."
    if password.strip() != password:
        return "The password starts or ends with a space; remove it or put it inside."
    return None


def secret_key(settings: Settings) -> str:
    """RAPPORT_SECRET_KEY, else one generated once into the data folder (readable by owner only)."""
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
        raise HTTPException(
            status_code=403,
            detail="This form has expired or did not come from Rapport. Reload the page and try again.",
        )
