"""Review: who may see what (every route), overrides and comments, agreement, progress, exports."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.store import people, reviews
from app.store.db import session_scope
from app.store.models import Comment
from app.usecases.review import ENOUGH_REVIEWED, enough_reviewed
from dialogue.agreement import agreement
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
    ("POST", "/api/review/turns/1/agree"),
    ("POST", "/api/review/turns/1/comments"),
    ("PUT", "/api/review/comments/1"),
    ("DELETE", "/api/review/comments/1"),
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
    header = {"x-csrf-token": csrf(client, "/review")}
    comment = client.post(f"/api/review/turns/{turn}/comments", json={"text": "Mine."}, headers=header).json()["id"]
    forms = [
        (f"/review/turns/{turn}/code", {"code": "CR", "reason": "x", "session_id": world["spring"]}),
        (f"/review/turns/{turn}/agree", {"session_id": world["spring"]}),
        (f"/review/turns/{turn}/comments", {"text": "hello", "session_id": world["spring"]}),
        (f"/review/comments/{comment}/edit", {"text": "changed", "session_id": world["spring"]}),
        (f"/review/comments/{comment}/delete", {"session_id": world["spring"]}),
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


# --- review in place: agree in one click, your own comments, κ with its count, the list ----------


def _detail_turn(client: TestClient, session_id: str, turn_id: int) -> dict[str, Any]:
    detail = client.get(f"/api/review/sessions/{session_id}").json()
    found: dict[str, Any] = next(t for t in detail["turns"] if t["turn_id"] == turn_id)
    return found


def test_agree_in_one_click(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    session = world["spring"]
    first, second, *_ = _turn_ids(client, session)
    token = {"x-csrf-token": csrf(client, f"/review/sessions/{session}")}
    automatic = _detail_turn(client, session, second)["code"]
    changed = client.put(
        f"/api/review/turns/{second}/code", json={"code": "OQ", "reason": "It invites a story."}, headers=token
    )
    assert changed.status_code == 200 and changed.json()["code"] == "OQ"

    agreed = client.post(f"/api/review/turns/{second}/agree", headers=token)
    assert agreed.status_code == 200, agreed.text
    assert agreed.json() == {"turn_id": second, "code": automatic, "reason": "agrees"}
    row = _detail_turn(client, session, second)
    assert (row["human_code"], row["human_reason"]) == (automatic, "agrees")  # the override is replaced
    page = client.get(f"/review/sessions/{session}").text
    assert "(agrees)" in page and "It invites a story." not in page

    assert client.post(f"/api/review/turns/{second}/agree").status_code == 403  # no CSRF header
    opening = client.get(f"/api/review/sessions/{session}").json()["turns"][0]
    assert opening["speaker"] == "client"
    refused = client.post(f"/api/review/turns/{opening['turn_id']}/agree", headers=token)
    assert refused.status_code == 422 and "comment on this turn" in refused.json()["message"]

    # without JavaScript: the form's Agree button posts here and comes back to the turn, saying so
    form = client.post(
        f"/review/turns/{first}/agree",
        data={"code": "GI", "reason": "", "session_id": session, "csrf_token": token["x-csrf-token"]},
        follow_redirects=False,
    )
    assert form.status_code == 303
    assert form.headers["location"].endswith(f"on=code-note-{first}&saved=agreed#turn-{first}")
    back = client.get(form.headers["location"]).text
    assert f'id="code-note-{first}" aria-live="polite">Saved: you agree with the coder.' in back
    assert _detail_turn(client, session, first)["human_reason"] == "agrees"


def test_a_refused_code_keeps_the_choice_and_says_why_next_to_it(client: TestClient, world: dict[str, str]) -> None:
    """Without JavaScript: the problem is shown by the form it belongs to, with the chosen code."""
    sign_in(client, "ana@example.org")
    session = world["spring"]
    second = _turn_ids(client, session)[1]
    token = csrf(client, f"/review/sessions/{session}")
    refused = client.post(
        f"/review/turns/{second}/code",
        data={"code": "GI", "reason": "", "session_id": session, "csrf_token": token},
        follow_redirects=False,
    )
    page = client.get(refused.headers["location"]).text
    note = re.search(rf'<p class="save-note problem" id="code-note-{second}" aria-live="polite">([^<]+)</p>', page)
    assert note and "a reason is required" in note.group(1)
    form = page.split(f'data-turn="{second}"')[1].split("</form>")[0]
    assert '<option value="GI" selected>' in form
    assert 'class="error" role="alert"' not in page  # no longer at the top of the page


def test_edit_and_delete_your_own_comments(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    session = world["spring"]
    turn = _turn_ids(client, session)[0]
    token = {"x-csrf-token": csrf(client, f"/review/sessions/{session}")}
    made = client.post(f"/api/review/turns/{turn}/comments", json={"text": "Nice reflection."}, headers=token)
    assert made.status_code == 201
    comment_id = made.json()["id"]
    listed = _detail_turn(client, session, turn)["comments"]
    assert listed[0]["id"] == comment_id and listed[0]["author"] == "Ana"

    edited = client.put(
        f"/api/review/comments/{comment_id}", json={"text": "  A lovely complex reflection.  "}, headers=token
    )
    assert edited.status_code == 200, edited.text
    assert edited.json() == {"id": comment_id, "turn_id": turn, "text": "A lovely complex reflection."}
    listed = _detail_turn(client, session, turn)["comments"]
    assert [c["text"] for c in listed] == ["A lovely complex reflection."]
    blank = client.put(f"/api/review/comments/{comment_id}", json={"text": "   "}, headers=token)
    assert blank.status_code == 422 and "empty" in blank.json()["message"]
    assert client.put(f"/api/review/comments/{comment_id}", json={"text": "x"}).status_code == 403  # no CSRF
    assert client.delete(f"/api/review/comments/{comment_id}").status_code == 403

    deleted = client.delete(f"/api/review/comments/{comment_id}", headers=token)
    assert deleted.status_code == 204 and deleted.content == b""
    assert _detail_turn(client, session, turn)["comments"] == []
    assert client.delete(f"/api/review/comments/{comment_id}", headers=token).status_code == 404
    assert client.put(f"/api/review/comments/{comment_id}", json={"text": "x"}, headers=token).status_code == 404

    # the same without JavaScript: forms that come back to the comment, or to its turn once deleted
    field = token["x-csrf-token"]
    first_go = {"text": "First go.", "session_id": session, "csrf_token": field}
    client.post(f"/review/turns/{turn}/comments", data=first_go)
    second_id = _detail_turn(client, session, turn)["comments"][0]["id"]
    form = client.post(
        f"/review/comments/{second_id}/edit",
        data={"text": "Second go.", "session_id": session, "csrf_token": field},
        follow_redirects=False,
    )
    assert form.headers["location"].endswith(f"on=edit-note-{second_id}&saved=edited#comment-{second_id}")
    page = client.get(form.headers["location"]).text
    assert "Second go." in page and "First go." not in page and f'/review/comments/{second_id}/edit"' in page
    gone = client.post(
        f"/review/comments/{second_id}/delete",
        data={"session_id": session, "csrf_token": field},
        follow_redirects=False,
    )
    assert gone.headers["location"].endswith(f"on=comment-note-{turn}&saved=deleted#turn-{turn}")
    assert "Comment deleted." in client.get(gone.headers["location"]).text
    assert _detail_turn(client, session, turn)["comments"] == []


def test_someone_elses_comment_is_a_404(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "ana@example.org")
    session = world["spring"]
    turn = _turn_ids(client, session)[0]
    token = {"x-csrf-token": csrf(client, "/review")}
    mine = client.post(f"/api/review/turns/{turn}/comments", json={"text": "Ana's note."}, headers=token).json()["id"]
    # A comment someone else left on a conversation Ana supervises (a supervisor before her, say).
    review = client.app.state.review  # type: ignore[attr-defined]
    with session_scope(review.database) as db:
        ben = people.user_by_email(db, email="ben@example.org")
        assert ben is not None
        theirs = Comment(turn_id=turn, session_id=session, author_id=ben.id or 0, text="Ben's note.")
        reviews.add_comment(db, comment=theirs)
    assert theirs.id is not None

    page = client.get(f"/review/sessions/{session}").text
    assert "Ben&#39;s note." in page or "Ben's note." in page
    assert f'/review/comments/{mine}/edit"' in page
    assert f'/review/comments/{theirs.id}/edit"' not in page  # no Edit or Delete for it
    assert f'/review/comments/{theirs.id}/delete"' not in page
    for method in ("PUT", "DELETE"):
        answer = client.request(method, f"/api/review/comments/{theirs.id}", json={"text": "Mine now."}, headers=token)
        assert answer.status_code == 404 and answer.json()["error"] == "not_found", method
    field = token["x-csrf-token"]
    for action in ("edit", "delete"):
        form = client.post(
            f"/review/comments/{theirs.id}/{action}", data={"text": "x", "session_id": session, "csrf_token": field}
        )
        assert form.status_code == 404, action
    texts = [c["text"] for c in _detail_turn(client, session, turn)["comments"]]
    assert texts == ["Ana's note.", "Ben's note."]

    for email in ("ben@example.org", "tess@example.org"):  # another cohort's supervisor; the trainee herself
        sign_in(client, email)
        other = {"x-csrf-token": csrf(client, "/scenarios")}
        for method in ("PUT", "DELETE"):
            answer = client.request(method, f"/api/review/comments/{mine}", json={"text": "Hacked."}, headers=other)
            assert answer.status_code == 404, (email, method)
    sign_in(client, "ana@example.org")
    texts = [c["text"] for c in _detail_turn(client, session, turn)["comments"]]
    assert texts == ["Ana's note.", "Ben's note."]


def test_kappa_says_how_many_replies_and_warns_when_too_few(client: TestClient, world: dict[str, str]) -> None:
    assert not enough_reviewed(agreement([("CR", "CR")] * (ENOUGH_REVIEWED - 1)))
    assert enough_reviewed(agreement([("CR", "CR"), ("CQ", "OQ")] * (ENOUGH_REVIEWED // 2)))
    sign_in(client, "ana@example.org")
    session = world["spring"]
    token = {"x-csrf-token": csrf(client, "/review")}
    first, second, *_ = _turn_ids(client, session)
    client.post(f"/api/review/turns/{first}/agree", headers=token)
    client.put(f"/api/review/turns/{second}/code", json={"code": "OQ", "reason": "Open."}, headers=token)
    report = client.get("/api/cohorts/1/agreement").json()
    assert report["reviewed"] == 2 and report["enough"] is False
    page = client.get("/review/cohorts/1/agreement").text
    assert "over 2 reviewed replies" in page and "Too few replies to judge agreement yet" in page
    assert "(fair)" not in page and "(slight)" not in page and "(poor)" not in page
    cohort = client.get("/review/cohorts/1").text
    assert "over 2 reviewed replies" in cohort and "too few replies to judge agreement yet" in cohort


def test_the_review_list_reads_plainly_and_puts_the_unreviewed_first(client: TestClient, world: dict[str, str]) -> None:
    sign_in(client, "tess@example.org")
    newer = practise(client, ["What brings you in today?"], scenario="trainee-opioids-bargaining")
    sign_in(client, "ana@example.org")
    token = {"x-csrf-token": csrf(client, "/review")}
    spring = world["spring"]
    client.post(f"/api/review/turns/{_turn_ids(client, spring)[0]}/agree", headers=token)
    client.post(f"/api/review/turns/{_turn_ids(client, newer)[0]}/agree", headers=token)
    third = practise(client, ["You need to stop."])  # Ana practises too: the newest, not reviewed yet
    library = client.app.state.library  # type: ignore[attr-defined]
    title = library.get("johnson-son-denial").title

    page = client.get("/review").text
    order = re.findall(r'<tr data-session="([^"]+)"', page)
    assert order[0] == third  # the one not reviewed yet first
    assert set(order) == {spring, newer, third} and order[1:] == [newer, spring]  # then the newest first
    assert "1 not reviewed yet" in page and "Those not reviewed yet come first" in page
    assert "Not reviewed yet</span>" in page
    assert f'<td data-label="Scenario">{title}</td>' in page.replace("&#39;", "'")
    assert '<td data-label="Scenario">johnson-son-denial</td>' not in page
    assert '<td data-label="How it ended">still going</td>' in page
    assert ">open<" not in page and ">stopped<" not in page

    by_date = client.get("/review", params={"sort": "date", "order": "asc"}).text
    assert re.search(r'<th scope="col" data-sort="date" aria-sort="ascending"><a ', by_date)
    assert "<a" not in re.sub(r"<th[^>]*>", "", by_date).split("aria-sort")[0][-20:]  # not on the link
    assert re.findall(r'<tr data-session="([^"]+)"', by_date) == [spring, newer, third]
    assert "Put the ones not reviewed yet first" in by_date

    waiting = client.get("/review", params={"reviewed": "false"}).text
    assert re.findall(r'<tr data-session="([^"]+)"', waiting) == [third]
    done = client.get("/api/review/sessions", params={"reviewed": "true"}).json()
    assert {s["id"] for s in done} == {spring, newer}
    assert {s["scenario_title"] for s in done} == {title, library.get("trainee-opioids-bargaining").title}
    assert client.get("/api/review/sessions", params={"reviewed": ""}).status_code == 200
