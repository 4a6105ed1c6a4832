"""Accounts for tests: two supervisors with a cohort each, a trainee in each cohort."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi.testclient import TestClient

from app.store.models import User
from app.usecases.accounts import Accounts

PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class People:
    spring_supervisor: User
    autumn_supervisor: User
    spring_trainee: User
    autumn_trainee: User


def make_people(client: TestClient) -> People:
    accounts: Accounts = client.app.state.accounts  # type: ignore[attr-defined]
    sup_a = accounts.add_user(
        email="ana@example.org", name="Ana", role="supervisor", password=PASSWORD, cohort="Spring"
    )
    sup_b = accounts.add_user(
        email="ben@example.org", name="Ben", role="supervisor", password=PASSWORD, cohort="Autumn"
    )
    t_a = accounts.add_user(email="tess@example.org", name="Tess", role="trainee", password=PASSWORD, cohort="Spring")
    t_b = accounts.add_user(email="tom@example.org", name="Tom", role="trainee", password=PASSWORD, cohort="Autumn")
    return People(sup_a, sup_b, t_a, t_b)


def csrf(client: TestClient, page: str = "/login") -> str:
    found = CSRF.search(client.get(page).text)
    assert found, f"no CSRF token on {page}"
    return found.group(1)


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> None:
    client.cookies.clear()
    response = client.post(
        "/login", data={"email": email, "password": password, "csrf_token": csrf(client)}, follow_redirects=False
    )
    assert response.status_code == 303, response.text


UNDO = "/undo"  # in `practise`'s replies: take the last reply back


def practise(client: TestClient, replies: list[str], scenario: str = "johnson-son-denial") -> str:
    """Start a conversation from the picker form (so it is linked to whoever is signed in) and play
    it; an UNDO among the replies takes the one before it back."""
    token_field = csrf(client, "/scenarios")
    response = client.post(
        "/practice", data={"scenario": scenario, "mode": "coach", "csrf_token": token_field}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    session_id, token = location.split("/practice/")[1].split("#token=")
    with client.websocket_connect(f"/ws/sessions/{session_id}?token={token}") as ws:
        ws.receive_json()
        for text in replies:
            if text == UNDO:
                ws.send_json({"type": "undo"})
                assert [ws.receive_json()["type"] for _ in range(2)] == ["undone", "state"]
                continue
            ws.send_json({"type": "reply", "text": text})
            assert ws.receive_json()["type"] == "turn"
    return session_id
