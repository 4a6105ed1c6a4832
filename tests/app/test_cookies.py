"""The session cookie's flags, and when a sign-in ends.

Time passing is played by the browser's side of the bargain: the test reads the real cookie the
server set at sign-in, moves its "signed in at" or "last used" back, signs it again with the
server's key (as the server itself would have, hours earlier) and sends it back."""

from __future__ import annotations

import json
import time
from base64 import b64decode, b64encode
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import itsdangerous
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.config import Settings
from app.main import create_app
from app.web.security import secret_key
from tests.app.people import PASSWORD, csrf, make_people, sign_in

COOKIE = "rapport_session"
DOMAIN = "testserver.local"  # where the test client keeps the cookies the app sets
GOOD_KEY = "k3Jx9-vQ2mP8sLw4ZtR7yN1bC6dF0hGa5eUiOo_TqWx"


def _signer(settings: Settings) -> itsdangerous.TimestampSigner:
    return itsdangerous.TimestampSigner(secret_key(settings))


def read_session(client: TestClient, settings: Settings) -> dict[str, Any]:
    raw = client.cookies.get(COOKIE, domain=DOMAIN)
    assert raw, "no session cookie"
    data: dict[str, Any] = json.loads(b64decode(_signer(settings).unsign(raw.encode())))
    return data


def send_back(client: TestClient, settings: Settings, session: dict[str, Any]) -> None:
    """The cookie as the server would have signed it with this content."""
    value = _signer(settings).sign(b64encode(json.dumps(session).encode())).decode()
    client.cookies.set(COOKIE, value, domain=DOMAIN, path="/")


def set_cookie(client: TestClient, settings: Settings) -> str:
    """The Set-Cookie header the sign-in answers with."""
    client.cookies.clear()
    response = client.post(
        "/login",
        data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": csrf(client)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    return response.headers["set-cookie"].lower()


@pytest.fixture
def configured(settings: Settings) -> Iterator[Any]:
    """A client for the app under some changed settings, with the test people in it. It speaks
    https, as a browser would have to for a Secure cookie to come back."""
    clients: list[TestClient] = []

    def make(**changes: Any) -> TestClient:
        client = TestClient(create_app(settings.model_copy(update=changes)), base_url="https://testserver")
        client.__enter__()
        if not clients:  # one database for them all
            make_people(client)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


# --- flags ---------------------------------------------------------------------------------------


def test_in_development_the_cookie_is_httponly_lax_with_a_max_age_and_not_secure(
    client: TestClient, settings: Settings
) -> None:
    make_people(client)
    cookie = set_cookie(client, settings)
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "max-age=1209600" in cookie  # 14 days
    assert "secure" not in cookie  # plain http://127.0.0.1 must keep working for `make run`


def test_the_cookie_is_secure_when_asked_and_by_default_in_production(configured: Any, settings: Settings) -> None:
    assert "; secure" in set_cookie(configured(secure_cookies=True), settings)
    production = settings.model_copy(update={"env": "production", "secret_key": GOOD_KEY})
    assert "; secure" in set_cookie(configured(env="production", secret_key=GOOD_KEY), production)
    plain = configured(env="production", secret_key=GOOD_KEY, secure_cookies=False)  # a plain-HTTP trial
    assert "secure" not in set_cookie(plain, production)


def test_secure_cookies_over_plain_http_get_an_error_that_says_what_to_do(settings: Settings) -> None:
    production = settings.model_copy(update={"env": "production", "secret_key": GOOD_KEY})
    with TestClient(create_app(production)) as client:  # http://testserver: the Secure cookie never comes back
        token = csrf(client, "/scenarios")
        refused = client.post("/practice", data={"scenario": "johnson-son-denial", "csrf_token": token})
    assert refused.status_code == 403
    assert "Open it with https:// instead" in refused.text and "RAPPORT_SECURE_COOKIES=false" in refused.text


def test_the_cookie_max_age_follows_the_sign_in_lifetime(configured: Any, settings: Settings) -> None:
    assert "max-age=259200" in set_cookie(configured(session_max_days=3), settings)


def test_a_cookie_past_its_max_age_is_ignored(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)

    class Fortnight(itsdangerous.TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - 15 * 86_400

    old = Fortnight(secret_key(settings)).sign(b64encode(json.dumps(session).encode())).decode()
    client.cookies.set(COOKIE, old, domain=DOMAIN, path="/")
    assert client.get("/api/review/sessions").status_code == 401


# --- expiry --------------------------------------------------------------------------------------


def test_a_sign_in_records_when_it_began(client: TestClient, settings: Settings) -> None:
    make_people(client)
    before = int(time.time())
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)
    assert session["user_id"] == 1
    assert before <= session["signed_in_at"] == session["seen_at"] <= int(time.time())


def test_an_idle_sign_in_ends_with_a_kind_word_on_the_sign_in_page(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)
    session["seen_at"] -= 8 * 3600 + 60  # last used just over 8 hours ago
    send_back(client, settings, session)
    page = client.get("/review", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Freview"
    login = client.get(page.headers["location"])
    assert "You were signed out after 8 hours without activity" in login.text
    assert "Sign in again to carry on where you were." in login.text
    assert "signed out after" not in client.get("/login").text  # said once
    assert client.get("/api/review/sessions").status_code == 401  # and it stays ended
    assert "user_id" not in read_session(client, settings)


def test_a_sign_in_in_use_carries_on_and_is_marked_as_used(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)
    session["seen_at"] -= 7 * 3600  # seven hours idle: within the eight
    send_back(client, settings, session)
    assert client.get("/review").status_code == 200
    assert read_session(client, settings)["seen_at"] >= int(time.time()) - 5  # the clock restarts


def test_a_sign_in_ends_after_14_days_however_busy(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)
    session["signed_in_at"] -= 14 * 86_400 + 60  # used a minute ago, but begun over 14 days ago
    send_back(client, settings, session)
    assert client.get("/api/review/sessions").status_code == 401
    login = client.get("/login")
    assert "Each sign-in lasts 14 days" in login.text and "Sign in again" in login.text


def test_the_idle_timeout_is_a_setting(configured: Any, settings: Settings) -> None:
    client = configured(session_idle_minutes=30)
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)
    session["seen_at"] -= 20 * 60
    send_back(client, settings, session)
    assert client.get("/review").status_code == 200  # 20 minutes: still signed in
    session = read_session(client, settings)
    session["seen_at"] -= 31 * 60
    send_back(client, settings, session)
    assert client.get("/review", follow_redirects=False).status_code == 303
    assert "signed out after 30 minutes without activity" in client.get("/login").text


def test_a_cookie_from_before_expiry_existed_asks_to_sign_in_again(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    send_back(client, settings, {"user_id": 1, "csrf": "x"})  # what Rapport 0.1 set: no times
    assert client.get("/api/review/sessions").status_code == 401


def test_signing_in_again_after_expiry_works(client: TestClient, settings: Settings) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    session = read_session(client, settings)
    session["seen_at"] -= 9 * 3600
    send_back(client, settings, session)
    assert client.get("/review", follow_redirects=False).status_code == 303
    token = csrf(client)  # the expired cookie's page still gives a working form
    done = client.post(
        "/login",
        data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": token, "next": "/review"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == "/review"
    assert client.get("/review").status_code == 200


# --- conversation keys ---------------------------------------------------------------------------


def _untouched_for(settings: Settings, days: dict[str, int]) -> None:
    """Make conversations look untouched for so many days (conversation id → days)."""
    engine = create_engine(settings.database_url)
    with engine.begin() as db:
        for session_id, ago in days.items():
            db.execute(
                text("UPDATE practice_session SET updated_at = :when WHERE id = :id"),
                {"when": datetime.now(UTC).replace(tzinfo=None) - timedelta(days=ago), "id": session_id},
            )
    engine.dispose()


def test_an_anonymous_conversation_untouched_for_the_retention_period_is_deleted(settings: Settings) -> None:
    """A conversation's key works until the conversation is deleted: by its owner, or when nobody
    has touched it for RAPPORT_RETENTION_DAYS (checked each time a worker starts)."""
    with TestClient(create_app(settings)) as client:
        old = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
        recent = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    _untouched_for(settings, {old["id"]: 91, recent["id"]: 89})
    with TestClient(create_app(settings)) as client:  # a worker starts: the purge runs
        gone = client.get(f"/api/sessions/{old['id']}", headers={"Authorization": f"Bearer {old['token']}"})
        kept = client.get(f"/api/sessions/{recent['id']}", headers={"Authorization": f"Bearer {recent['token']}"})
    assert gone.status_code == 404
    assert kept.status_code == 200


def test_a_running_worker_deletes_conversations_past_the_retention_period(settings: Settings) -> None:
    """Not only at start: a worker that runs for months keeps the retention period too."""
    quick = settings.model_copy(update={"purge_every_minutes": 0.005})  # every 0.3 s
    with TestClient(create_app(quick)) as client:
        old = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
        recent = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
        _untouched_for(settings, {old["id"]: 91})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            gone = client.get(f"/api/sessions/{old['id']}", headers={"Authorization": f"Bearer {old['token']}"})
            if gone.status_code == 404:
                break
            time.sleep(0.2)
        assert gone.status_code == 404
        kept = client.get(f"/api/sessions/{recent['id']}", headers={"Authorization": f"Bearer {recent['token']}"})
        assert kept.status_code == 200
