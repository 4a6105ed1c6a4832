"""Review: who may see what (every route), overrides and comments, agreement, progress, exports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.app.people import csrf, make_people, practise, sign_in

REPLIES = [
    "It feels like we ganged up on you, and that's the last thing I wanted.",
    "How much did you drink last night?",
    "You're an alcoholic.",
    "<script>document.title='pwned'</script> Tell me more.",
]


@pytest.fixture
def world(client: TestClient) -> dict[str, str]:
    """Tess (Spring) and Tom (Autumn) each practised once; nobody is signed in afterwards."""
    make_people(client)
    sign_in(client, "tess@example.org")
    spring = practise(client, REPLIES)
    sign_in(client, "tom@example.org")
    autumn = practise(client, REPLIES[:1])
    client.cookies.clear()
    return {"spring": spring, "autumn": autumn}


def _turn_ids(client: TestClient, session_id: str) -> list[int]:
    detail = client.get(f"/api/review/sessions/{session_id}").json()
    return [t["turn_id"] for t in detail["turns"] if t["speaker"] == "learner"]


PAGES = [
    "/review",
    "/review/cohorts",
    "/review/cohorts/1",
    "/review/cohorts/1/agreement",
    "/review/cohorts/1/sessions.csv",
    "/review/cohorts/1/reviewed.jsonl",
    "/review/sessions/{spring}",
    "/review/sessions/{spring}/print",
    "/review/sessions/{spring}/export.json",
    "/review/sessions/{spring}/export.csv",
    "/review/trainees/3",
    "/me",
]
API = [
    ("GET", "/api/review/sessions"),
    ("GET", "/api/review/sessions/{spring}"),
    ("GET", "/api/cohorts/1/agreement"),
    ("GET", "/api/trainees/3/progress"),
    ("PUT", "/api/review/turns/1/code"),
    ("POST", "/api/review/turns/1/comments"),
]


def test_strangers_are_sent_to_sign_in_or_get_401(client: TestClient, world: dict[str, str]) -> None:
    for page in PAGES:
        response = client.get(page.format(**world), follow_redirects=False)
        assert response.status_code == 303, page
        assert response.headers["location"].startswith("/login?next="), page
    for method, path in API:
        response = client.request(method, path.format(**world), json={"code": "CR", "text": "x"})
        assert response.status_code == 401, (method, path)
        assert response.json()["error"] == "unauthorized"
    assert client.get(f"/api/sessions/{world['spring']}").status_code == 401


def test_another_cohorts_supervisor_gets_404_everywhere(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ben@example.org")  # supervises Autumn, not Spring
    for page in PAGES[2:-1]:
        assert client.get(page.format(**world)).status_code == 404, page
    for method, path in API[1:]:
        response = client.request(
            method,
            path.format(**world),
            json={"code": "CR", "reason": "x", "text": "x"},
            headers={"x-csrf-token": csrf(client, "/review")},
        )
        assert response.status_code == 404, (method, path)
    assert client.get(f"/api/sessions/{world['spring']}").status_code == 404
    listed = client.get("/api/review/sessions").json()
    assert [s["id"] for s in listed] == [world["autumn"]]


def test_a_trainee_gets_404_for_anyone_elses_data(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "tom@example.org")
    for page in PAGES[:-1]:
        assert client.get(page.format(**world)).status_code == 404, page
    for method, path in API:
        response = client.request(
            method,
            path.format(**world),
            json={"code": "CR", "reason": "x", "text": "x"},
            headers={"x-csrf-token": csrf(client, "/me")},
        )
        assert response.status_code == 404, (method, path)
    assert client.get(f"/review/sessions/{world['autumn']}").status_code == 200  # their own
    assert client.get(f"/api/sessions/{world['spring']}").status_code == 404


def test_override_needs_a_reason_recomputes_and_keeps_both_codes(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    session = world["spring"]
    first, second, third, _ = _turn_ids(client, session)
    before = client.get(f"/api/review/sessions/{session}").json()
    assert before["summary"]["counts"]["CR"] == 1 and before["summary"]["counts"]["CQ"] == 1
    token = csrf(client, f"/review/sessions/{session}")
    refused = client.post(
        f"/review/turns/{second}/code",
        data={"code": "OQ", "reason": " ", "session_id": session, "csrf_token": token},
        follow_redirects=False,
    )
    assert "problem=" in refused.headers["location"]
    saved = client.post(
        f"/review/turns/{second}/code",
        data={"code": "OQ", "reason": "It invites a story.", "session_id": session, "csrf_token": token},
    )
    assert saved.status_code == 200 and "It invites a story." in saved.text
    agreed = client.post(
        f"/review/turns/{first}/code", data={"code": "CR", "reason": "", "session_id": session, "csrf_token": token}
    )
    assert agreed.status_code == 200
    after = client.get(f"/api/review/sessions/{session}").json()
    assert after["summary"]["counts"]["OQ"] == 1 and after["summary"]["counts"]["CQ"] == 0
    assert after["automatic_summary"]["counts"]["CQ"] == 1
    row = next(t for t in after["turns"] if t["turn_id"] == second)
    assert (row["code"], row["human_code"], row["human_reason"]) == ("CQ", "OQ", "It invites a story.")
    api = client.put(
        f"/api/review/turns/{third}/code", json={"code": "PE", "reason": "Directive."}, headers={"x-csrf-token": token}
    )
    assert api.status_code == 200 and api.json()["code"] == "PE"
    no_header = client.put(f"/api/review/turns/{third}/code", json={"code": "PE", "reason": "x"})
    assert no_header.status_code == 403


def test_comments_on_any_turn(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    session = world["spring"]
    detail = client.get(f"/api/review/sessions/{session}").json()
    client_turn = detail["turns"][0]["turn_id"]
    token = csrf(client, f"/review/sessions/{session}")
    page = client.post(
        f"/review/turns/{client_turn}/comments",
        data={"text": "Notice how defensive he is here.", "session_id": session, "csrf_token": token},
    )
    assert "Notice how defensive he is here." in page.text
    empty = client.post(
        f"/review/turns/{client_turn}/comments",
        data={"text": "  ", "session_id": session, "csrf_token": token},
        follow_redirects=False,
    )
    assert "problem=" in empty.headers["location"]
    sign_in(client, "tess@example.org")
    assert "Notice how defensive he is here." in client.get(f"/review/sessions/{session}").text


def test_html_in_a_reply_is_shown_as_text(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    page = client.get(f"/review/sessions/{world['spring']}").text
    assert "<script>document.title" not in page
    assert "&lt;script&gt;document.title" in page


def test_list_filters_and_sorting(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    practise(client, ["You need to stop."], scenario="trainee-opioids-bargaining")  # Ana practises too
    sign_in(client, "tess@example.org")
    practise(client, ["What brings you in today?"], scenario="trainee-opioids-bargaining")
    sign_in(client, "ana@example.org")
    everything = client.get("/api/review/sessions").json()
    assert {s["trainee"]["name"] for s in everything} >= {"Tess"}
    only = client.get("/api/review/sessions", params={"scenario": "trainee-opioids-bargaining", "trainee": 3}).json()
    assert len(only) == 1 and only[0]["scenario"] == "trainee-opioids-bargaining"
    by_replies = client.get("/api/review/sessions", params={"sort": "replies", "order": "asc"}).json()
    counts = [s["replies"] for s in by_replies]
    assert counts == sorted(counts)
    by_rq = client.get("/review", params={"sort": "rq"}).text
    assert 'aria-sort="descending"' in by_rq
    assert client.get("/api/review/sessions", params={"outcome": "success"}).json() == []


def test_the_filter_form_as_the_page_sends_it(client: TestClient, world: dict[str, str]) -> None:
    """ "All", "Any" and an empty date come as empty strings: they mean any, not a 422."""
    sign_in(client, "ana@example.org")
    empty = {"trainee": "", "scenario": "", "since": "", "until": "", "outcome": "", "mode": "", "sort": "date"}
    page = client.get("/review", params=empty)
    assert page.status_code == 200 and "Tess" in page.text
    assert client.get("/api/review/sessions", params=empty).status_code == 200
    assert client.get("/review", params={**empty, "since": "not a date"}).status_code == 422


@pytest.mark.subprocess
def test_agreement_progress_and_exports(client: TestClient, world: dict[str, str], tmp_path: Path) -> None:
    sign_in(client, "ana@example.org")
    session = world["spring"]
    ids = _turn_ids(client, session)
    token = csrf(client, f"/review/sessions/{session}")
    automatic = [t["code"] for t in client.get(f"/api/review/sessions/{session}").json()["turns"] if t["code"]]
    human = [*automatic[:1], "OQ", *automatic[2:]]  # the supervisor differs on the second reply only
    for turn_id, code in zip(ids, human, strict=True):
        client.put(
            f"/api/review/turns/{turn_id}/code",
            json={"code": code, "reason": "review"},
            headers={"x-csrf-token": token},
        )
    agreement = client.get("/api/cohorts/1/agreement").json()
    assert agreement["reviewed"] == 4 and agreement["observed"] == 0.75
    assert agreement["kappa"] is not None and agreement["codes"]
    page = client.get("/review/cohorts/1/agreement").text
    assert "Cohen's κ" in page and 'id="matrix"' in page
    assert "Tess" in client.get("/review/cohorts/1").text
    progress = client.get("/api/trainees/3/progress").json()
    assert [p["id"] for p in progress] == [session]
    assert "<svg" in client.get("/review/trainees/3").text

    exported = client.get(f"/review/sessions/{session}/export.json")
    assert exported.headers["content-disposition"].startswith("attachment")
    assert exported.json()["turns"][1]["human_code"] == "CR"
    rows = client.get(f"/review/sessions/{session}/export.csv").text.splitlines()
    assert rows[0].startswith("index,speaker,text,code,human_code") and len(rows) >= 9
    cohort_csv = client.get("/review/cohorts/1/sessions.csv").text.splitlines()
    assert cohort_csv[0].startswith("session,trainee,email") and session in cohort_csv[1]
    assert "@media print" in client.get("/static/app.css").text

    reviewed = client.get("/review/cohorts/1/reviewed.jsonl").text
    lines = [json.loads(line) for line in reviewed.splitlines()]
    assert len(lines) == 4 and {"id", "text", "context", "human_code"} <= set(lines[0])
    assert lines[0]["context"][-1]["speaker"] == "client"
    path = tmp_path / "reviewed.jsonl"
    path.write_text(reviewed)
    measured = subprocess.run(
        [sys.executable, "-m", "app", "agreement", str(path)], capture_output=True, text=True, timeout=60
    )
    assert measured.returncode == 0, measured.stderr
    assert "4 reviewed replies; agreement 75.0%" in measured.stdout and "confusion" in measured.stdout
    coded = subprocess.run([sys.executable, "-m", "app", "code", str(path)], capture_output=True, text=True, timeout=60)
    predictions = tmp_path / "codes.jsonl"
    predictions.write_text(coded.stdout)
    again = subprocess.run(
        [sys.executable, "-m", "app", "agreement", str(path), "--predictions", str(predictions)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.stdout == measured.stdout


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"id": 1, "text": "Hi", "human_code": "GI"}\nnot json\n', "line 2"),
        ("[1, 2]\n", "line 1"),
        ("[" * 50_000 + "\n", "line 1"),
        ('{"id": 1, "text": "Hi"}\n', "no human_code"),
        ('{"id": 1, "text": "Hi", "human_code": 7}\n', "no human_code"),
    ],
)
@pytest.mark.subprocess
def test_rapport_agreement_says_which_line_is_wrong(tmp_path: Path, content: str, said: str) -> None:
    path = tmp_path / "reviewed.jsonl"
    path.write_text(content)
    run = subprocess.run([sys.executable, "-m", "app", "agreement", str(path)], capture_output=True, text=True)
    assert run.returncode == 2 and said in run.stderr and "Traceback" not in run.stderr


def test_review_forms_are_guarded_too(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    turn = _turn_ids(client, world["spring"])[0]
    forms = [
        (f"/review/turns/{turn}/code", {"code": "CR", "reason": "x", "session_id": world["spring"]}),
        (f"/review/turns/{turn}/comments", {"text": "hello", "session_id": world["spring"]}),
        ("/review/cohorts/1/invites", {}),
    ]
    client.cookies.clear()
    for path, data in forms:
        response = client.post(path, data={**data, "csrf_token": csrf(client, "/login")}, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login"), path
    for email in ("ben@example.org", "tess@example.org"):  # another cohort's supervisor; the trainee herself
        sign_in(client, email)
        token = csrf(client, "/scenarios")
        for path, data in forms:
            assert client.post(path, data={**data, "csrf_token": token}).status_code == 404, (email, path)
