"""Accounts: the `users add` command, signing in and out, CSRF, rate limits, invitations."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from app.usecases.accounts import SIGN_IN_FAILED
from tests.app.people import PASSWORD, csrf, make_people, practise, sign_in


def _rapport(args: list[str], database: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.subprocess
def test_users_add_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "users.db"
    refused = _rapport(["users", "add", "--email", "a@b.org", "--name", "A", "--role", "supervisor"], db, "")
    assert refused.returncode == 1
    assert "no tables yet" in refused.stderr and "rapport db upgrade" in refused.stderr
    assert _rapport(["db", "upgrade"], db, "").returncode == 0
    secret = "a long enough secret"
    made = _rapport(
        [
            "users",
            "add",
            "--email",
            "Sam@Example.org",
            "--name",
            "Sam",
            "--role",
            "supervisor",
            "--cohort",
            "Winter",
            "--password-stdin",
        ],
        db,
        secret + "\n",
    )
    assert made.returncode == 0, made.stderr
    assert "Added supervisor Sam <sam@example.org> in cohort 'Winter'" in made.stdout
    assert secret not in made.stdout + made.stderr
    joined = _rapport(
        [
            "users",
            "add",
            "--email",
            "ty@example.org",
            "--name",
            "Ty",
            "--role",
            "trainee",
            "--cohort",
            "Winter",
            "--password-stdin",
        ],
        db,
        secret + "\n",
    )
    assert joined.returncode == 0, joined.stderr
    for args, message in (
        (["--email", "ty@example.org", "--name", "Ty", "--role", "trainee"], "already an account"),
        (["--email", "x@example.org", "--name", "X", "--role", "trainee", "--cohort", "Nope"], "no cohort 'Nope'"),
        (["--email", "y@example.org", "--name", "Y", "--role", "admin"], "Role must be one of"),
        (["--email", "not-an-email", "--name", "Z", "--role", "trainee"], "email address like"),
    ):
        failed = _rapport(["users", "add", *args, "--password-stdin"], db, secret + "\n")
        assert failed.returncode == 2 and message in failed.stderr, failed.stderr
    short = _rapport(
        ["users", "add", "--email", "s@example.org", "--name", "S", "--role", "trainee", "--password-stdin"],
        db,
        "short\n",
    )
    assert short.returncode == 2 and "at least 10 characters" in short.stderr


def test_sign_in_and_out(client: TestClient) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    assert "Your trainees" in client.get("/review").text
    assert "rapport_session" in client.cookies
    out = client.post("/logout", data={"csrf_token": csrf(client, "/review")}, follow_redirects=False)
    assert out.status_code == 303
    assert client.get("/review", follow_redirects=False).headers["location"].startswith("/login")


def test_the_cookie_is_httponly_and_samesite_lax(client: TestClient) -> None:
    make_people(client)
    token = csrf(client)
    response = client.post(
        "/login", data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": token}, follow_redirects=False
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_a_wrong_password_reads_the_same_whether_or_not_the_account_exists(client: TestClient) -> None:
    make_people(client)
    pages = []
    for email in ("ana@example.org", "nobody@example.org"):
        response = client.post(
            "/login", data={"email": email, "password": "wrong password!", "csrf_token": csrf(client)}
        )
        assert response.status_code == 400
        pages.append(response.text.replace(email, "EMAIL"))
    assert str(escape(SIGN_IN_FAILED)) in pages[0]
    assert pages[0].split("<main")[1].split("csrf_token")[0] == pages[1].split("<main")[1].split("csrf_token")[0]


def test_sign_in_attempts_are_rate_limited(client: TestClient) -> None:
    make_people(client)
    for _ in range(5):
        client.post(
            "/login", data={"email": "ana@example.org", "password": "nope nope nope", "csrf_token": csrf(client)}
        )
    blocked = client.post("/login", data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": csrf(client)})
    assert blocked.status_code == 429 and "Wait 15 minutes" in blocked.text


def test_forms_without_a_valid_csrf_token_are_refused(client: TestClient) -> None:
    make_people(client)
    assert client.post("/login", data={"email": "ana@example.org", "password": PASSWORD}).status_code == 403
    bad = client.post("/login", data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": "forged"})
    assert bad.status_code == 403 and "Reload the page" in bad.text
    assert client.post("/practice", data={"scenario": "johnson-son-denial"}).status_code == 403
    sign_in(client, "ana@example.org")
    assert client.post("/logout", data={}).status_code == 403
    assert client.post("/review/cohorts/1/invites", data={"csrf_token": "forged"}).status_code == 403


def test_passwords_never_reach_the_logs(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    make_people(client)
    sign_in(client, "ana@example.org")
    client.post(
        "/login", data={"email": "ana@example.org", "password": "a wrong secret 123", "csrf_token": csrf(client)}
    )
    assert PASSWORD not in caplog.text and "a wrong secret 123" not in caplog.text
    assert "signed in" in caplog.text


def test_a_signed_in_trainee_owns_their_practice(client: TestClient) -> None:
    make_people(client)
    sign_in(client, "tess@example.org")
    session_id = practise(client, ["What's been hardest about this year?"])
    page = client.get("/me").text
    assert "My progress" in page and session_id in page
    assert client.get(f"/api/sessions/{session_id}").status_code == 200  # the owner, by cookie


def test_invitations_work_once(client: TestClient) -> None:
    make_people(client)
    sign_in(client, "ana@example.org")
    made = client.post(
        "/review/cohorts/1/invites", data={"csrf_token": csrf(client, "/review/cohorts/1")}, follow_redirects=False
    )
    token = made.headers["location"].split("invite=")[1].split("#")[0]
    assert f"/invite/{token}" in client.get(made.headers["location"]).text
    client.cookies.clear()
    page = client.get(f"/invite/{token}")
    assert "Join Spring" in page.text
    short = client.post(
        f"/invite/{token}",
        data={
            "name": "Uma",
            "email": "uma@example.org",
            "password": "short",
            "csrf_token": csrf(client, f"/invite/{token}"),
        },
    )
    assert short.status_code == 400 and "at least 10 characters" in short.text
    joined = client.post(
        f"/invite/{token}",
        data={
            "name": "Uma",
            "email": "uma@example.org",
            "password": PASSWORD,
            "csrf_token": csrf(client, f"/invite/{token}"),
        },
        follow_redirects=False,
    )
    assert joined.status_code == 303 and joined.headers["location"] == "/login?joined=1"
    assert "Your account is ready" in client.get("/login?joined=1").text
    sign_in(client, "uma@example.org")
    assert "My progress" in client.get("/me").text
    client.cookies.clear()
    again = client.get(f"/invite/{token}")
    assert again.status_code == 404 and "already been used" in again.text
    assert client.get("/invite/not-a-token").status_code == 404


def test_the_cookie_secret_is_made_once_and_kept_private(tmp_path: Path) -> None:
    from app.config import Settings
    from app.web.security import secret_key

    settings = Settings(data_dir=tmp_path / "data")
    first = secret_key(settings)
    assert first == secret_key(settings) and len(first) > 40
    assert (tmp_path / "data" / "secret_key").stat().st_mode & 0o777 == 0o600
    assert secret_key(Settings(secret_key="given")) == "given"
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(RuntimeError, match="RAPPORT_SECRET_KEY"):
        secret_key(Settings(data_dir=blocked / "data"))
