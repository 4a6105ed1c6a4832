"""Before the meeting, through the real app on a real SQLite file: the safety screen (which stores
nothing), letters and plans (private keys, drafts, deleting), a plan's rehearsal (a refusal first,
the plan B for the chat page) and who else may read them."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi.testclient import TestClient

from app.config import Settings
from tests.app.people import csrf, make_people, sign_in

KIND = (
    "Dear Sam,\nI love you, and I always will.\n"
    "Last Friday I saw you asleep in the car with the engine running, and I was terrified.\n"
    "At Emma's graduation your seat was empty, and I felt so alone.\n"
    "I'm asking you to accept the help we've arranged at Hope House today; the car is outside.\n"
    "If you decide not to go, I won't give you money any more.\nLove, Mum"
)
HARSH = "Sam, you're a drunk.\nYou ruined Christmas.\nIf you don't go today you're out of this house."
PLAN: dict[str, Any] = {
    "name": "Greg",
    "relationship": "husband",
    "substance": "alcohol",
    "reason": "He hates the shakes in the morning and wants to coach Liam's team again.",
    "moment": "Sunday morning after breakfast, when he's sober.",
    "who_asks": "Me, on my own.",
    "treatment_place": "Riverside Recovery",
    "treatment_phone": "555 123 4567",
    "treatment_when": "Monday at 9",
    "script": "Greg, I love you. Will you come with me to Riverside on Monday at 9?",
    "plan_b_no": "Okay. Thank you for listening to me. The offer stands, and I'll ask again next Sunday.",
    "plan_b_walkout": "I'll let him go and say: I love you, the offer stands.",
    "call_after": "My sister Ana.",
}


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def rows(settings: Settings, table: str) -> int:
    path = settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        count: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return count


def make_letter(client: TestClient, text: str = KIND) -> dict[str, Any]:
    response = client.post("/api/letters", json={"text": text})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def make_plan(client: TestClient, **changes: str) -> dict[str, Any]:
    response = client.post("/api/plans", json={"plan": PLAN | changes})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


# --- the safety screen -------------------------------------------------------------------------


def test_the_letter_and_plan_pages_begin_with_the_safety_screen(client: TestClient) -> None:
    for kind in ("letter", "plan"):
        first = client.get(f"/{kind}s/new", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == f"/prepare?next={kind}"
        screen = client.get(first.headers["location"]).text
        assert "is everyone safe?" in screen and 'name="weapons"' in screen and 'name="overdose"' in screen
        assert client.get(f"/{kind}s/new?ready=1").status_code == 200


def test_a_yes_shows_a_safety_plan_and_nothing_is_stored(client: TestClient, settings: Settings) -> None:
    token = csrf(client, "/prepare")
    before = {t: rows(settings, t) for t in ("preparation", "practice_session")}
    answer = client.post(
        "/prepare",
        data={"violence": "no", "weapons": "no", "overdose": "yes", "next": "plan", "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 200
    assert "Naloxone" in answer.text and "professional interventionist" in answer.text and "tel:988" in answer.text
    assert "Nothing you answered has been saved" in answer.text and "/plans/new?ready=1" in answer.text
    unsure = client.post(
        "/prepare",
        data={"violence": "unsure", "weapons": "no", "overdose": "no", "next": "letter", "csrf_token": token},
    )
    assert "Where to go" in unsure.text and "Naloxone" not in unsure.text
    assert {t: rows(settings, t) for t in before} == before


def test_all_no_goes_on_and_still_stores_nothing(client: TestClient, settings: Settings) -> None:
    token = csrf(client, "/prepare")
    answer = client.post(
        "/prepare",
        data={"violence": "no", "weapons": "no", "overdose": "no", "next": "letter", "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/letters/new?ready=1"
    assert rows(settings, "preparation") == 0


def test_a_johnson_meeting_from_the_picker_passes_the_screen_first(client: TestClient) -> None:
    picker = client.get("/scenarios").text
    danny = picker.split('data-scenario="johnson-son-denial"')[1].split("</li>")[0]
    assert '/prepare" class="start"' in danny and 'name="next" value="practice"' in danny
    screen = client.get("/prepare?next=practice&scenario=johnson-son-denial&mode=exam").text
    assert 'value="johnson-son-denial"' in screen and 'name="mode" value="exam"' in screen
    token = csrf(client, "/prepare")
    started = client.post(
        "/prepare",
        data={"violence": "no", "weapons": "no", "overdose": "no", "next": "practice",
              "scenario": "johnson-son-denial", "mode": "exam", "csrf_token": token},
        follow_redirects=False,
    )  # fmt: skip
    assert started.status_code == 303 and "/practice/" in started.headers["location"]
    session_id, key = started.headers["location"].split("/practice/")[1].split("#token=")
    assert client.get(f"/api/sessions/{session_id}", headers=auth(key)).json()["mode"] == "exam"


def test_an_unanswered_screen_is_refused_with_what_to_do(client: TestClient) -> None:
    token = csrf(client, "/prepare")
    answer = client.post("/prepare", data={"violence": "no", "next": "letter", "csrf_token": token})
    assert answer.status_code == 422
    assert "weapons" in answer.json()["message"]


# --- letters -----------------------------------------------------------------------------------


def test_a_letter_is_saved_coached_and_opened_with_its_key(client: TestClient) -> None:
    made = make_letter(client)
    assert made["url"].endswith(f"/letters/{made['id']}#key={made['key']}")
    letter = made["letter"]
    assert letter["can_edit"] and letter["version"] == 0
    assert all(s["flag"] is None for s in letter["report"]["sentences"])
    assert {c["name"]: c["ok"] for c in letter["report"]["checks"]} == {
        "opens_with_love": True,
        "incidents": True,
        "no_harm": True,
        "one_clear_ask": True,
        "bottom_line": True,
        "length": True,
    }
    again = client.get(f"/api/letters/{made['id']}", headers=auth(made["key"]))
    assert again.status_code == 200 and again.json()["text"] == KIND
    assert client.get(f"/api/letters/{made['id']}").status_code == 401
    assert client.get(f"/api/letters/{made['id']}", headers=auth("wrong")).status_code == 403
    assert client.get(f"/api/plans/{made['id']}", headers=auth(made["key"])).status_code == 404


def test_a_harsh_letter_gets_each_sentence_flagged_with_a_kinder_way(client: TestClient) -> None:
    sentences = make_letter(client, HARSH)["letter"]["report"]["sentences"]
    assert [s["flag"] for s in sentences] == ["label", "blame", "threat"]
    assert all(s["suggestion"] and s["mi_adherence"] == "non_adherent" for s in sentences)
    assert {s["code"] for s in sentences} == {"CO"}


def test_saving_a_draft_over_a_newer_one_is_refused_and_loses_nothing(client: TestClient) -> None:
    made = make_letter(client)
    first = client.put(f"/api/letters/{made['id']}", json={"text": HARSH, "version": 0}, headers=auth(made["key"]))
    assert first.status_code == 200 and first.json()["version"] == 1
    stale = client.put(f"/api/letters/{made['id']}", json={"text": "older", "version": 0}, headers=auth(made["key"]))
    assert stale.status_code == 409 and "another window" in stale.json()["message"]
    assert client.get(f"/api/letters/{made['id']}", headers=auth(made["key"])).json()["text"] == HARSH


def test_a_letter_too_long_is_refused_with_what_to_do(client: TestClient, settings: Settings) -> None:
    answer = client.post("/api/letters", json={"text": "I love you. " * 2000})
    assert answer.status_code == 422 and "cut it down" in answer.json()["message"]
    assert rows(settings, "preparation") == 0


def test_a_letter_that_signals_danger_is_saved_and_answered_with_help(client: TestClient) -> None:
    made = make_letter(client, "Dear Dad,\nI love you.\nI took all my pills tonight and I want it to be over.")
    assert made["letter"]["report"]["crisis"]["kind"] == "self_harm"
    assert client.get(f"/api/letters/{made['id']}", headers=auth(made["key"])).status_code == 200


def test_a_deleted_letter_is_gone(client: TestClient, settings: Settings) -> None:
    made = make_letter(client)
    assert client.delete(f"/api/letters/{made['id']}", headers=auth(made["key"])).status_code == 204
    assert client.get(f"/api/letters/{made['id']}", headers=auth(made["key"])).status_code == 404
    assert rows(settings, "preparation") == 0


# --- plans and their rehearsal -----------------------------------------------------------------


def test_a_plan_is_checked_part_by_part(client: TestClient) -> None:
    good = make_plan(client)["plan"]
    assert all(c["ok"] for c in good["report"]["checks"]), good["report"]["checks"]
    assert good["rehearse_with"].startswith("Greg Lawson, your husband")
    worse = make_plan(
        client,
        reason="He needs to stop drinking before it kills him.",
        moment="When he comes home drunk on Friday.",
        treatment_phone="",
        plan_b_walkout="If you walk out, you're out of this house.",
    )["plan"]["report"]
    failed = {c["name"]: c["message"] for c in worse["checks"] if not c["ok"]}
    assert set(failed) == {"reason", "moment", "treatment", "plan_b_walkout"}
    assert "your reason" in failed["reason"] and "its phone number" in failed["treatment"]
    assert [s["flag"] for s in worse["plan_b_walkout"]] == ["threat"]


def test_a_plan_part_that_cannot_be_read_is_refused(client: TestClient) -> None:
    answer = client.post("/api/plans", json={"plan": PLAN | {"relationship": "cousin"}})
    assert answer.status_code == 422 and "relationship" in answer.json()["message"]
    answer = client.post("/api/plans", json={"plan": PLAN | {"script": "x" * 2001}})
    assert answer.status_code == 422


def test_a_rehearsal_opens_with_the_chosen_refusal_and_shows_the_plan_b(client: TestClient) -> None:
    made = make_plan(client)
    started = client.post(f"/api/plans/{made['id']}/rehearse", json={"refusal": "walks_out"}, headers=auth(made["key"]))
    assert started.status_code == 201, started.text
    rehearsal = started.json()
    assert rehearsal["refusal"] == "walks_out" and rehearsal["scenario"] == "invitation-refused-husband-alcohol"
    key = auth(rehearsal["token"])
    plan = client.get(f"/api/sessions/{rehearsal['id']}/plan", headers=key).json()
    assert (
        plan["plan_b"] == PLAN["plan_b_walkout"] and plan["person"] == "Greg" and plan["refusal_words"] == "walks out"
    )
    opening = client.get(f"/api/sessions/{rehearsal['id']}/transcript", headers=key).json()["turns"][0]["text"]
    library = client.app.state.library  # type: ignore[attr-defined]
    refusal = library.get("invitation-refused-husband-alcohol").refusals["walks_out"]
    assert opening in refusal.opening.variants


def test_a_random_refusal_is_one_of_the_scenario_s(client: TestClient) -> None:
    made = make_plan(client, relationship="daughter", substance="opioids")
    kinds = set()
    for _ in range(12):
        started = client.post(f"/api/plans/{made['id']}/rehearse", json={}, headers=auth(made["key"])).json()
        assert started["scenario"] == "johnson-walkout-daughter-opioids"
        kinds.add(started["refusal"])
    assert kinds <= {"says_no", "not_now", "angry", "walks_out"} and len(kinds) >= 2


def test_a_conversation_without_a_plan_has_none(client: TestClient) -> None:
    created = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    answer = client.get(f"/api/sessions/{created['id']}/plan", headers=auth(created["token"]))
    assert answer.status_code == 404 and "does not rehearse a plan" in answer.json()["message"]


def test_the_scorecard_compares_the_rehearsal_with_the_plan(client: TestClient) -> None:
    made = make_plan(client)
    rehearsal = client.post(
        f"/api/plans/{made['id']}/rehearse", json={"refusal": "says_no"}, headers=auth(made["key"])
    ).json()
    with client.websocket_connect(f"/ws/sessions/{rehearsal['id']}?token={rehearsal['token']}") as ws:
        ws.receive_json()
        for text in ("Okay. Thank you for listening to me, Greg.", "You're a drunk and you know it."):
            ws.send_json({"type": "reply", "text": text})
            assert ws.receive_json()["type"] == "turn"
    panel = client.get(f"/practice/{rehearsal['id']}/scorecard/panel", headers=auth(rehearsal["token"])).text
    assert "Your plan and what you said" in panel and "Greg says no first" in panel
    assert "“Okay.”" in panel or "Thank you for listening to me." in panel
    said = panel.split("Thank you for listening to me.")[1].split("</li>")[0]
    assert "You said something like this." in said
    assert "1 of your 2 replies pushed or argued" in panel
    assert "You didn’t name the help that is ready" in panel


def test_deleting_a_plan_keeps_its_rehearsals(client: TestClient, settings: Settings) -> None:
    made = make_plan(client)
    rehearsal = client.post(f"/api/plans/{made['id']}/rehearse", json={}, headers=auth(made["key"])).json()
    assert client.delete(f"/api/plans/{made['id']}", headers=auth(made["key"])).status_code == 204
    assert rows(settings, "preparation") == 0 and rows(settings, "practice_session") == 1
    assert client.get(f"/api/sessions/{rehearsal['id']}/plan", headers=auth(rehearsal["token"])).status_code == 404
    assert (
        client.get(f"/practice/{rehearsal['id']}/scorecard/panel", headers=auth(rehearsal["token"])).status_code == 200
    )


# --- accounts ----------------------------------------------------------------------------------


def test_a_supervisor_reads_a_trainee_s_letter_and_cannot_change_it(client: TestClient) -> None:
    people = make_people(client)
    sign_in(client, people.spring_trainee.email)
    token = csrf(client, "/scenarios")
    made = client.post("/api/letters", json={"text": KIND}).json()
    mine = client.put(f"/api/letters/{made['id']}", json={"text": HARSH}, headers={"X-CSRF-Token": token})
    assert mine.status_code == 200 and mine.json()["can_edit"]
    sign_in(client, people.spring_supervisor.email)
    read = client.get(f"/api/letters/{made['id']}")
    assert read.status_code == 200 and read.json()["text"] == HARSH and not read.json()["can_edit"]
    token = csrf(client, "/scenarios")
    change = client.put(f"/api/letters/{made['id']}", json={"text": "mine now"}, headers={"X-CSRF-Token": token})
    assert change.status_code == 403 and "Only the person who wrote" in change.json()["message"]
    sign_in(client, people.autumn_supervisor.email)
    assert client.get(f"/api/letters/{made['id']}").status_code == 404


def test_anonymous_letters_are_purged_with_the_conversations(client: TestClient, settings: Settings) -> None:
    make_letter(client)
    make_plan(client)
    path = settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE preparation SET updated_at = '2020-01-01 00:00:00'")
    purged = client.app.state.preparations.purge(settings.retention_days)  # type: ignore[attr-defined]
    assert purged == 2 and rows(settings, "preparation") == 0


def test_a_trainee_s_letters_and_plans_are_listed_for_them_and_their_supervisor(client: TestClient) -> None:
    people = make_people(client)
    sign_in(client, people.spring_trainee.email)
    letter = client.post("/api/letters", json={"text": KIND}).json()
    plan = client.post("/api/plans", json={"plan": PLAN}).json()
    mine = client.get("/me").text
    assert f"/letters/{letter['id']}" in mine and f"/plans/{plan['id']}" in mine and "Invitation plan for Greg" in mine
    sign_in(client, people.spring_supervisor.email)
    theirs = client.get(f"/review/trainees/{people.spring_trainee.id}").text
    assert f"/letters/{letter['id']}" in theirs and "Dear Sam," in theirs
    assert client.get(f"/api/plans/{plan['id']}").json()["can_edit"] is False


def test_a_supervisor_sees_which_plan_a_rehearsal_practised(client: TestClient) -> None:
    people = make_people(client)
    sign_in(client, people.spring_trainee.email)
    plan = client.post("/api/plans", json={"plan": PLAN}).json()
    token = {"X-CSRF-Token": csrf(client, "/scenarios")}
    rehearsal = client.post(f"/api/plans/{plan['id']}/rehearse", json={"refusal": "not_now"}, headers=token).json()
    sign_in(client, people.spring_supervisor.email)
    page = client.get(f"/review/sessions/{rehearsal['id']}").text
    assert "Rehearsing an invitation plan." in page and "Greg says “not now” first" in page
    assert "The offer stands, and I&#39;ll ask again next Sunday." in page
