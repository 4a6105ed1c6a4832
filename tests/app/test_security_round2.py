"""The outside review's findings (issue 18), each shown fixed: every test here failed before its fix."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.config import Settings
from app.main import create_app
from app.store.db import make_engine
from app.usecases.accounts import Accounts
from app.usecases.errors import AccountError, TooManyAttempts
from tests.app.people import CSRF, PASSWORD, csrf, make_people, practise, sign_in
from tests.live import LiveServer

SURROGATE = b'"\\ud800"'  # a lone surrogate, as JSON writes it: valid JSON, not valid UTF-8 text


def test_a_lone_surrogate_in_any_field_is_a_clear_error_not_a_500(client: TestClient) -> None:
    bodies = {
        "/api/sessions": [b'{"scenario": ' + SURROGATE + b', "mode": "coach"}',
                          b'{"scenario": "johnson-son-denial", "mode": ' + SURROGATE + b"}"],
        "/api/letters": [b'{"text": "I love you.", ' + SURROGATE + b": 1}"],
        "/api/plans": [b'{"plan": {"relationship": ' + SURROGATE + b"}}"],
    }  # fmt: skip
    for path, sent in bodies.items():
        for body in sent:
            answer = client.post(path, content=body, headers={"Content-Type": "application/json"})
            assert answer.status_code in (404, 422), (path, body, answer.status_code)
            problem = json.loads(answer.content)  # JSON, with the character escaped
            assert problem["error"] in ("invalid_request", "not_found") and problem["message"]


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_spreadsheet_formulas_are_written_as_text_in_every_csv(client: TestClient) -> None:
    """OWASP's CSV-injection guidance: a cell starting with = + - @ (or tab, CR) gets a leading '."""
    accounts = client.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user(email="sup@example.org", name="Sup", role="supervisor", password="correct horse battery",
                      cohort="Formulas")  # fmt: skip
    accounts.add_user(email="eve@example.org", name="=HYPERLINK(\"http://evil.example\",\"x\")", role="trainee",
                      password="correct horse battery", cohort="Formulas")  # fmt: skip
    sign_in(client, "eve@example.org")
    session_id = practise(client, ["=1+1", "+SUM(A1:A9)", "@cmd", "-2+3", "It feels like we ganged up on you."])
    sign_in(client, "sup@example.org")
    turns = _rows(client.get(f"/review/sessions/{session_id}/export.csv").text)
    said = [t["text"] for t in turns if t["speaker"] == "learner"]
    assert said[:4] == ["'=1+1", "'+SUM(A1:A9)", "'@cmd", "'-2+3"]
    assert said[4] == "It feels like we ganged up on you."
    cohort = client.get("/review/cohorts").text.split("/review/cohorts/")[1].split('"')[0]
    trainees = _rows(client.get(f"/review/cohorts/{cohort}/sessions.csv").text)
    assert trainees[0]["trainee"] == '\'=HYPERLINK("http://evil.example","x")'


def test_a_cohort_csv_named_in_any_language_downloads_with_a_well_formed_filename(client: TestClient) -> None:
    accounts = client.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user(email="sup@example.org", name="Sup", role="supervisor", password="correct horse battery",
                      cohort='Группа "весна"')  # fmt: skip
    sign_in(client, "sup@example.org")
    cohort = client.get("/review/cohorts").text.split("/review/cohorts/")[1].split('"')[0]
    answer = client.get(f"/review/cohorts/{cohort}/sessions.csv")
    assert answer.status_code == 200
    disposition = answer.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="rapport-cohort-') and disposition.count('"') == 2
    assert "filename*=UTF-8''rapport-cohort-%D0%93%D1%80%D1%83%D0%BF%D0%BF%D0%B0%20%22" in disposition


def test_an_open_exam_shows_no_code_until_it_ends_in_pages_api_exports_and_scorecard(client: TestClient) -> None:
    people = make_people(client)
    sign_in(client, people.spring_trainee.email)
    started = client.post(
        "/practice",
        data={"scenario": "trainee-discord-repair", "mode": "exam", "csrf_token": csrf(client, "/scenarios")},
        follow_redirects=False,
    )
    session_id, token = started.headers["location"].split("/practice/")[1].split("#token=")
    with client.websocket_connect(f"/ws/sessions/{session_id}?token={token}") as ws:
        ws.receive_json()
        for text in ("You're an addict, just admit it.", "It sounds like this week has been a lot."):
            ws.send_json({"type": "reply", "text": text})
            assert ws.receive_json()["coding"] is None  # exam mode: no code in the chat
        paths = [
            f"/api/review/sessions/{session_id}",
            f"/review/sessions/{session_id}",
            f"/review/sessions/{session_id}/print",
            f"/review/sessions/{session_id}/export.json",
            f"/review/sessions/{session_id}/export.csv",
        ]
        for path in paths:
            answer = client.get(path)
            assert answer.status_code == 403, path
            assert "onfronting" not in answer.text and '"CO"' not in answer.text and ",CO," not in answer.text
            assert "still going" in answer.text
        panel = client.get(f"/practice/{session_id}/scorecard/panel", headers={"Authorization": f"Bearer {token}"})
        assert panel.status_code == 403 and "still going" in panel.json()["message"]
        sign_in(client, people.spring_supervisor.email)  # the examiner sees it as it goes
        assert client.get(f"/api/review/sessions/{session_id}").status_code == 200
        ws.send_json({"type": "end"})
        assert ws.receive_json()["type"] == "ended"
    sign_in(client, people.spring_trainee.email)
    for path in paths:
        assert client.get(path).status_code == 200, path
    codes = [t["code"] for t in client.get(paths[0]).json()["turns"] if t["speaker"] == "learner"]
    assert codes[0] == "CO"
    panel = client.get(f"/practice/{session_id}/scorecard/panel", headers={"Authorization": f"Bearer {token}"})
    assert panel.status_code == 200


def test_invitation_keys_never_reach_the_server_log(server: LiveServer) -> None:
    accounts = Accounts(make_engine(server.url))
    accounts.add_user(email="ana@example.org", name="Ana", role="supervisor", password=PASSWORD, cohort="Spring")
    with httpx.Client(base_url=server.base, timeout=10, follow_redirects=False) as web:
        token = CSRF.search(web.get("/login").text)
        assert token
        web.post("/login", data={"email": "ana@example.org", "password": PASSWORD, "csrf_token": token.group(1)})
        cohort = web.get("/review/cohorts").text.split("/review/cohorts/")[1].split('"')[0]
        form = CSRF.search(web.get(f"/review/cohorts/{cohort}").text)
        assert form
        made = web.post(f"/review/cohorts/{cohort}/invites", data={"csrf_token": form.group(1)})
        shown = made.headers["location"]  # the cohort page, showing the new link once
        key = shown.split("invite=")[1].split("#")[0]
        assert web.get(shown).status_code == 200
        web.cookies.clear()
        assert web.get(f"/invite/{key}").status_code == 200
    server.stop()
    log = server.log.read_text()
    assert "/invite/[hidden]" in log and "invite=[hidden]" in log  # the requests were logged, without the key
    assert key not in log


def test_a_stranger_cannot_lock_an_account_by_failing_from_elsewhere(client: TestClient) -> None:
    """Five failures lock the account for addresses that failed; its owner, elsewhere, gets in."""
    people = make_people(client)
    accounts: Accounts = client.app.state.accounts  # type: ignore[attr-defined]
    email = people.spring_trainee.email
    for n in range(5):
        with pytest.raises(AccountError):
            accounts.authenticate(email, "wrong password", f"203.0.113.{n}")
    with pytest.raises(TooManyAttempts):
        accounts.authenticate(email, PASSWORD, "203.0.113.1")  # an address that failed: locked out
    assert accounts.authenticate(email, PASSWORD, "198.51.100.7").id == people.spring_trainee.id  # the owner
    for _ in range(5):
        with pytest.raises(AccountError):
            accounts.authenticate(email, "wrong again", "203.0.113.9")
    with pytest.raises(AccountError):
        accounts.authenticate(email, "and wrong", "198.51.100.8")
    with pytest.raises(TooManyAttempts):
        accounts.authenticate(email, PASSWORD, "198.51.100.8")  # once this address failed too, it waits


def test_signing_in_holds_no_database_connection_while_the_password_is_checked(client: TestClient) -> None:
    """On SQLite the pool has one connection: a read made while a slow password check runs must not
    wait for it. The stored hash is a real argon2 hash made slow by its own parameters."""
    people = make_people(client)
    accounts: Accounts = client.app.state.accounts  # type: ignore[attr-defined]
    slow = PasswordHasher(time_cost=60).hash(PASSWORD)
    with accounts.database.begin() as db:
        db.execute(
            text("UPDATE app_user SET password_hash = :h WHERE id = :i"), {"h": slow, "i": people.spring_trainee.id}
        )
    signing_in = threading.Thread(target=accounts.authenticate, args=(people.spring_trainee.email, PASSWORD, "x"))
    signing_in.start()
    time.sleep(0.05)  # inside the check by now (it takes about a second)
    assert accounts.get(people.spring_supervisor.id or 0) is not None  # a read, while the check runs
    assert signing_in.is_alive(), "the read waited for the password check to end"
    signing_in.join()


def test_a_review_page_shows_problems_from_a_fixed_list_never_text_from_the_link(client: TestClient) -> None:
    people = make_people(client)
    sign_in(client, people.spring_trainee.email)
    session_id = practise(client, ["It feels like we ganged up on you."])
    sign_in(client, people.spring_supervisor.email)
    detail = client.get(f"/api/review/sessions/{session_id}").json()
    turn = next(t for t in detail["turns"] if t["speaker"] == "learner")["turn_id"]
    on = f"code-note-{turn}"
    planted = client.get(
        f"/review/sessions/{session_id}", params={"problem": "Session expired: call 0800 FAKE", "on": on}
    )
    assert planted.status_code == 200 and "0800 FAKE" not in planted.text
    known = client.get(f"/review/sessions/{session_id}", params={"problem": "no_reason", "on": on})
    assert "a reason is required for an override" in known.text
    token = csrf(client, f"/review/sessions/{session_id}")
    back = client.post(
        f"/review/turns/{turn}/code",
        data={"code": "CO", "reason": "", "session_id": session_id, "csrf_token": token},
        follow_redirects=False,
    )
    assert "problem=no_reason" in back.headers["location"]  # a code in the link, the words on the page


def test_names_and_emails_are_normalised_and_invisible_characters_refused(client: TestClient) -> None:
    accounts: Accounts = client.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user(email="ana@example.org", name="Ana", role="supervisor", password=PASSWORD, cohort="Spring")
    for email, name in [
        ("ana\u200b@example.org", "Ana"),  # zero-width space: a second "ana@example.org"
        ("tess@example.org", "Tess\u202egnirts"),  # a direction override
        ("nul@example.org", "Nu\x00l"),
    ]:
        with pytest.raises(AccountError, match="invisible or control character"):
            accounts.add_user(email=email, name=name, role="trainee", password=PASSWORD, cohort="Spring")
    wide = accounts.add_user(
        email="ＴＯＭ@example.org", name="Ｔｏｍ　Ｌｅｅ", role="trainee", password=PASSWORD, cohort="Spring"
    )
    assert (wide.email, wide.name) == ("tom@example.org", "Tom Lee")  # NFKC: one form for what looks the same
    with pytest.raises(AccountError):
        accounts.add_user(email="tom@example.org", name="Tom", role="trainee", password=PASSWORD, cohort="Spring")
    sign_in(client, "ana@example.org")
    made = client.post("/review/cohorts/1/invites", data={"csrf_token": csrf(client, "/review/cohorts/1")},
                       follow_redirects=False)  # fmt: skip
    invite = made.headers["location"].split("invite=")[1].split("#")[0]
    client.cookies.clear()
    form = {
        "email": "new@example.org",
        "name": "Ne\u200bw",
        "password": PASSWORD,
        "csrf_token": csrf(client, f"/invite/{invite}"),
    }
    refused = client.post(f"/invite/{invite}", data=form)
    assert refused.status_code == 400 and "invisible or control character" in refused.text


def test_deleted_words_leave_the_sqlite_files(client: TestClient, settings: Settings) -> None:
    """Deleting a conversation checkpoints the write-ahead log (TRUNCATE) and overwrites the freed
    pages (secure_delete), so the words are in neither file afterwards."""
    words = "Zanzibar-periwinkle-4471 is what I would say"
    created = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    with client.websocket_connect(f"/ws/sessions/{created['id']}?token={created['token']}") as ws:
        ws.receive_json()
        ws.send_json({"type": "reply", "text": words})
        assert ws.receive_json()["type"] == "turn"
    database = Path(settings.database_url.removeprefix("sqlite:///"))
    wal = database.with_name(database.name + "-wal")
    stored = database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Zanzibar-periwinkle-4471" in stored  # it was written somewhere
    client.delete(f"/api/sessions/{created['id']}", headers={"Authorization": f"Bearer {created['token']}"})
    left = database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Zanzibar-periwinkle-4471" not in left


def test_the_api_docs_are_off_in_production_unless_asked_for(settings: Settings) -> None:
    key = {"secret_key": "k" * 16 + "Q7#vX!2m9Lr$4pZt", "env": "production"}
    with TestClient(create_app(settings.model_copy(update=key))) as production:
        assert production.get("/docs").status_code == 404 and production.get("/redoc").status_code == 404
        assert production.get("/openapi.json").status_code == 200
    with TestClient(create_app(settings.model_copy(update={**key, "api_docs": True}))) as asked:
        assert asked.get("/docs").status_code == 200
    with TestClient(create_app(settings)) as development:
        assert development.get("/docs").status_code == 200


def test_the_server_log_has_the_lines_security_md_names_and_no_secret(server: LiveServer) -> None:
    accounts = Accounts(make_engine(server.url))
    ana = accounts.add_user(email="ana@example.org", name="Ana", role="supervisor", password=PASSWORD, cohort="Spring")
    with httpx.Client(base_url=server.base, timeout=10, follow_redirects=False) as web:
        for password in ("not the password", PASSWORD):
            token = CSRF.search(web.get("/login").text)
            assert token
            web.post("/login", data={"email": "ana@example.org", "password": password, "csrf_token": token.group(1)})
    server.stop()
    log = server.log.read_text()
    assert re.search(r"loaded \d+ scenarios", log)
    assert "sign-in failed" in log and f"user {ana.id} signed in" in log
    assert "ana@example.org" not in log and PASSWORD not in log and "not the password" not in log


def test_links_handed_out_use_the_public_url_not_the_host_header(settings: Settings) -> None:
    public = settings.model_copy(update={"public_url": "https://practice.example.org"})
    with TestClient(create_app(public)) as client:
        evil = {"Host": "evil.example"}
        created = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}, headers=evil).json()
        assert created["practice_url"].startswith("https://practice.example.org/practice/")
        assert created["socket_url"].startswith("wss://practice.example.org/ws/sessions/")
        letter = client.post("/api/letters", json={"text": "I love you."}, headers=evil).json()
        assert letter["url"].startswith("https://practice.example.org/letters/")
        make_people(client)
        sign_in(client, "ana@example.org")
        made = client.post("/review/cohorts/1/invites", data={"csrf_token": csrf(client, "/review/cohorts/1")},
                           follow_redirects=False)  # fmt: skip
        page = client.get(made.headers["location"], headers=evil).text
        assert "https://practice.example.org/invite/" in page and "evil.example/invite/" not in page
    with pytest.raises(ValueError, match="public_url"):
        Settings(public_url="practice.example.org/")  # a scheme and no trailing slash


def _invite(client: TestClient) -> str:
    sign_in(client, "ana@example.org")
    made = client.post("/review/cohorts/1/invites", data={"csrf_token": csrf(client, "/review/cohorts/1")},
                       follow_redirects=False)  # fmt: skip
    client.cookies.clear()
    return str(made.headers["location"].split("invite=")[1].split("#")[0])


def test_the_invitation_form_does_not_tell_which_emails_have_accounts(client: TestClient) -> None:
    make_people(client)
    answers = []
    for email in ("tess@example.org", "nobody-yet@example.org"):  # an account, and none
        link = _invite(client)
        form = {"name": "Probe", "email": email, "password": PASSWORD, "csrf_token": csrf(client, f"/invite/{link}")}
        answer = client.post(f"/invite/{link}", data=form, follow_redirects=False)
        answers.append((answer.status_code, answer.headers.get("location"), email in answer.text))
        assert client.get(f"/invite/{link}").status_code == 404  # the link is used up either way
    assert answers[0] == answers[1] == (303, "/login?joined=1", False)
    sign_in(client, "tess@example.org")  # the existing account is untouched: its own password still works


def test_the_invitation_form_is_rate_limited(client: TestClient) -> None:
    make_people(client)
    link = _invite(client)
    token = csrf(client, f"/invite/{link}")
    codes = [
        client.post(
            f"/invite/{link}", data={"name": "X", "email": "bad", "password": "p", "csrf_token": token}
        ).status_code
        for _ in range(11)
    ]
    assert codes[:10] == [400] * 10 and codes[10] == 429
