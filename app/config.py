"""Settings from the environment (prefix RAPPORT_), read once and cached."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from scenarios import SCENARIO_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAPPORT_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///data/rapport.db",
        description="SQLAlchemy URL: a SQLite file (default) or postgresql+psycopg://… for several workers.",
    )
    secret_key: str = Field(default="", description="Signs session cookies; generated into the data folder if empty.")
    scenario_dir: Path = SCENARIO_DIR
    max_reply_chars: int = Field(default=1000, ge=50, le=4000)
    retention_days: int = Field(
        default=90, ge=1, description="Anonymous conversations untouched this long are deleted."
    )
    purge_every_minutes: float = Field(
        default=60, gt=0, description="How often a running worker deletes conversations past the retention period."
    )
    live_conversations: int = Field(
        default=10_000, ge=0, description="Conversations each worker keeps in memory between turns (0: none)."
    )
    data_dir: Path = Path("data")
    env: Literal["development", "production"] = Field(
        default="development",
        description="production: refuse to start without a real RAPPORT_SECRET_KEY; secure cookies by default.",
    )
    secure_cookies: bool | None = Field(
        default=None, description="Send the session cookie over HTTPS only (default: on in production, off otherwise)."
    )
    public_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^/?#\s]+(?:/[^?#\s]*[^/?#\s])?$",
        description="The address people reach Rapport at (https://practice.example.org), used for every link "
        "Rapport shows or hands out; set it in production, so the Host header never decides them.",
    )
    api_docs: bool | None = Field(
        default=None,
        description="Serve the interactive API docs (/docs, /redoc; they load Swagger UI and ReDoc from a CDN): "
        "default on in development, off in production. /openapi.json is always served.",
    )
    session_idle_minutes: int = Field(
        default=480, ge=1, description="A sign-in ends after this long without a request (8 hours)."
    )
    session_max_days: int = Field(default=14, ge=1, le=365, description="A sign-in ends this long after it began.")
    # Limits: each answers with a typed error that says what to do. 0 turns a rate or cap off.
    replies_per_minute: int = Field(
        default=30, ge=0, description="Replies one conversation may take per minute, after a burst (0: no limit)."
    )
    reply_burst: int = Field(default=10, ge=1, description="Replies a conversation may take at once.")
    frames_per_second: int = Field(
        default=20, ge=0, description="Socket messages of any kind per connection per second (0: no limit)."
    )
    conversations_per_address: int = Field(
        default=100,
        ge=0,
        description="Chat connections open at once from one client address, per worker (0: no cap). "
        "Raise it for a classroom behind one address.",
    )
    sessions_per_minute: int = Field(
        default=60, ge=0, description="New conversations one client address may start per minute (0: no limit)."
    )
    max_body_bytes: int = Field(default=1_000_000, ge=1024, description="Largest HTTP request body accepted.")
    max_frame_bytes: int = Field(
        default=65_536, ge=1024, description="Largest socket message answered; larger ones get a typed error."
    )
    send_timeout: float = Field(
        default=30.0, gt=0, description="Seconds a chat connection may take to accept a message before it is closed."
    )

    @property
    def docs_served(self) -> bool:
        """Whether /docs and /redoc are served: RAPPORT_API_DOCS, else only outside production."""
        return self.env != "production" if self.api_docs is None else self.api_docs

    @property
    def cookies_secure(self) -> bool:
        """The session cookie's Secure flag: RAPPORT_SECURE_COOKIES, else on in production."""
        return self.env == "production" if self.secure_cookies is None else self.secure_cookies


@cache
def get_settings() -> Settings:
    return Settings()
