"""Two voices: a family member reads plain words in the chat notes and on the scorecard, with the
MITI terms one tap away in a closed "For professionals" section; trainees keep the MITI terms."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dialogue.codes import FAMILY_LABELS, FAMILY_RULE_LABELS, LABELS, Code, label_for
from dialogue.coding.feedback import texts
from tests.app.test_api import auth, start
from tests.app.test_socket import url

MITI_TERMS = [
    "complex reflection",
    "simple reflection",
    "closed question",
    "open question",
    "MI-adherent",
    "R:Q",
    "MITI",
    "change talk",
    "sustain talk",
    "persuading with",
    "confronting",
    "giving information",
    "seeking collaboration",
    "emphasising autonomy",
]
# A mix of replies: a reflection, an open and a closed question, advice, then a confrontation
# (last: Danny may walk out after it).
REPLIES = [
    "It feels like we ganged up on you, and that's the last thing I wanted.",
    "What's it been like for you since the job?",
    "Did you drink last night?",
    "You need to stop drinking.",
    "You're an alcoholic and you need to admit it.",
]
_PROFESSIONAL = re.compile(r"<details\b[^>]*>.*?</details>", re.DOTALL)


def jargon(text: str | None) -> list[str]:
    """The MITI terms a text uses (case aside)."""
    lowered = (text or "").lower()
    return [term for term in MITI_TERMS if term.lower() in lowered]


def play(client: TestClient, scenario: str) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """Play REPLIES in coach mode (until the person walks out) and end: the session, the codings
    the socket sent, and the state it sends on reconnecting."""
    created = start(client, scenario=scenario, seed=4)
    codings: list[dict[str, Any]] = []
    with client.websocket_connect(url(created)) as ws:
        ws.receive_json()
        for text in REPLIES:
            ws.send_json({"type": "reply", "text": text})
            turn = ws.receive_json()
            assert turn["type"] == "turn", turn
            codings.append(turn["coding"])
            if client.get(f"/api/sessions/{created['id']}", headers=auth(created["token"])).json()["ended"]:
                assert ws.receive_json()["type"] == "ended"
                break
        else:
            ws.send_json({"type": "end"})
            assert ws.receive_json()["type"] == "ended"
    with client.websocket_connect(url(created)) as ws:
        state = ws.receive_json()
    return created, codings, state


def panel(client: TestClient, created: dict[str, Any]) -> str:
    response = client.get(f"/practice/{created['id']}/scorecard/panel", headers=auth(created["token"]))
    assert response.status_code == 200
    return response.text


def visible_outside_professional(page: str) -> str:
    """The panel's text without the closed professional section (tags dropped, entities read)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", _PROFESSIONAL.sub(" ", page)))


def test_a_family_member_reads_plain_words_in_the_chat(client: TestClient) -> None:
    _, codings, state = play(client, "johnson-son-denial")
    codes = {c["code"] for c in codings}
    assert {"OQ", "CQ", "PE", "CO"} <= codes and codes & {"SR", "CR"}, codes  # the mix was really played
    for coding in codings:
        for field in ("label", "feedback", "suggestion"):
            assert not jargon(coding[field]), (field, coding)
        assert coding["label"] == label_for(Code(coding["code"]), "family")  # the code itself is kept
    by_code = {c["code"]: c["label"] for c in codings}
    assert by_code["CQ"] == "a yes/no question" and by_code["CO"] == "lecturing or criticising"
    assert by_code["OQ"] == "a question that invites a story"
    reopened = [t for t in state["turns"] if t["speaker"] == "learner"]
    assert [t["label"] for t in reopened] == [c["label"] for c in codings]  # and when the page reopens


def test_a_family_scorecard_keeps_the_miti_terms_in_a_closed_professional_section(client: TestClient) -> None:
    created, codings, _ = play(client, "johnson-son-denial")
    page = panel(client, created)
    sections = _PROFESSIONAL.findall(page)
    assert len(sections) == 1, "one professional section"
    professional = sections[0]
    opening = professional[: professional.index(">") + 1]
    assert not re.search(r"\sopen[\s=>]", opening), "closed until tapped"
    assert "<summary>For professionals</summary>" in professional
    assert "R:Q" in professional and "MI-adherent" in professional and "Codes: " in professional
    outside = visible_outside_professional(page)
    assert not jargon(outside), jargon(outside)
    assert "Your MI scores" not in outside and "Codes:" not in outside
    text = " ".join(outside.split())
    assert "How you listened" in text
    reflections = sum(1 for c in codings if c["code"] in ("SR", "CR", "SU"))
    assert f"You listened (said back what you heard) {'once' if reflections == 1 else reflections}" in text
    assert "asked 2 questions" in text and "told Danny what to do once" in text
    assert "Danny didn't talk about changing yet" in text or "Danny talked about changing" in text
    assert "lecturing or criticising:" in text  # the weakest replies, in the family's words


def test_a_trainee_still_reads_the_miti_terms(client: TestClient) -> None:
    created, codings, _ = play(client, "trainee-contemplation-cannabis")
    labels = {c["code"]: c["label"] for c in codings}
    assert labels["OQ"] == "open question" and labels["CQ"] == "closed question"
    assert any(c["label"] in ("complex reflection", "simple reflection") for c in codings)
    assert labels["CO"] == "confronting"
    assert any(jargon(c["feedback"]) for c in codings if c["code"] in ("CR", "OQ"))
    page = panel(client, created)
    assert "<details" not in page
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    for term in ("Your MI scores", "Reflections to questions (R:Q)", "% MI-adherent", "MITI 4.2.1", "Codes: "):
        assert term in text, term
    assert "voiced change talk" in text or "no change talk yet" in text


@pytest.mark.parametrize("rule", sorted(texts().rules))
def test_every_note_has_plain_words_for_a_family(rule: str) -> None:
    """Not only the replies played above: every rule's note, as a family member reads it."""
    assert not jargon(texts().rules[rule].for_audience("family"))


def test_every_label_and_added_note_has_plain_words_for_a_family() -> None:
    table = texts()
    for talk, groups in table.after_talk.items():
        for group in groups:
            assert not jargon(table.after(talk, group, "family")), (talk, group)
    assert not jargon(table.streak("family"))
    assert set(FAMILY_LABELS) == set(Code)
    for code in Code:
        assert not jargon(label_for(code, "family")), code
        assert label_for(code, "trainee") == label_for(code) == LABELS[code]  # others keep MITI's names
    for rule, words in FAMILY_RULE_LABELS.items():
        assert not jargon(words), rule
    assert label_for(Code.GI, "family", "craft_i_statement") == "saying how you feel"
    assert label_for(Code.GI, "family") == "sharing information"
    assert texts().rules["repeats"].for_audience("trainee") == texts().rules["repeats"].why
