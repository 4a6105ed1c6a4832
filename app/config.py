"""Settings from the environment (prefix RAPPORT_), read once and cached."""

from __future__ import annotations

from functools import cache
from pathlib import Path

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
    live_conversations: int = Field(
        default=10_000, ge=0, description="Conversations each worker keeps in memory between turns (0: none)."
    )
    data_dir: Path = Path("data")
    secure_cookies: bool = Field(default=False, description="Send the session cookie over HTTPS only (set behind TLS).")


@cache
def get_settings() -> Settings:
    return Settings()
