"""What the practice page hands its script (web/static/chat.js): the socket's close codes and
path from the server, and the turn bubble from web/templates/_turn.html, which the review page
renders too."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from fastapi.testclient import TestClient

from app.web.protocol import CloseCode
from tests.app.people import make_people, practise, sign_in
from web import STATIC_DIR

CLOSE_CODES = re.compile(r'<script type="application/json" id="close-codes">(.*?)</script>', re.S)
SOCKET_PATH = re.compile(r'id="chat" data-session="[^"]*" data-socket="([^"]*)"')
FINAL_CLOSES = re.compile(r"const FINAL_CLOSES = new Set\(\[([^\]]*)\]")
CHIP = re.compile(r'<p class="chip (\w+)" data-code="(\w*)">')
REPLIES = [
    "It feels like we ganged up on you, and that's the last thing I wanted.",
    "How much did you drink last night?",
    "You're an alcoholic and you need to admit it.",
]


def test_the_page_gives_its_script_every_close_code(client: TestClient) -> None:
    page = client.get("/practice/some-session").text
    found = CLOSE_CODES.search(page)
    assert found, "no close codes on the practice page"
    assert json.loads(found.group(1)) == {code.name: code.value for code in CloseCode}


def test_the_closes_the_script_takes_as_final_are_close_codes() -> None:
    source = (Path(STATIC_DIR) / "chat.js").read_text(encoding="utf-8")
    found = FINAL_CLOSES.search(source)
    assert found, "chat.js no longer lists its final closes as the test expects"
    names = re.findall(r'"(\w+)"', found.group(1))
    assert names and set(names) <= set(CloseCode.__members__), names
    assert "TRY_AGAIN" not in names and "TOO_MANY" not in names, "after these the page must try again"


def test_the_page_gives_its_script_the_socket_path_the_api_gives(client: TestClient) -> None:
    created = client.post("/api/sessions", json={"scenario": "johnson-son-denial"}).json()
    page = client.get(f"/practice/{created['id']}").text
    found = SOCKET_PATH.search(page)
    assert found, "no socket path on the practice page"
    assert found.group(1) == urlsplit(created["socket_url"]).path
    assert created["token"] not in page, "the key stays in the link's #fragment"


def test_the_practice_page_has_the_bubble_the_review_page_shows(client: TestClient) -> None:
    page = client.get("/practice/some-session").text
    bubble = '<li class="msg"><span class="who"></span> <span class="text"></span></li>'
    assert f'<template id="turn-template">{bubble}</template>' in page
    for verdict in ("good", "okay", "rethink"):
        chip = f'<p class="chip {verdict}" data-code="">'
        assert f'<template class="chip-template" data-verdict="{verdict}">{chip}' in page

    make_people(client)
    sign_in(client, "tess@example.org")
    session_id = practise(client, REPLIES)
    sign_in(client, "ana@example.org")
    review = client.get(f"/review/sessions/{session_id}").text
    learner = [t for t in client.get(f"/api/review/sessions/{session_id}").json()["turns"] if t["speaker"] == "learner"]
    assert review.count('<span class="who">Trainee</span> <span class="text">') == len(REPLIES)
    assert '<span class="text">You&#39;re an alcoholic and you need to admit it.</span>' in review
    # the chips the chat showed for these replies (the verdicts the socket sent), in order
    assert CHIP.findall(review) == [(t["verdict"], t["code"]) for t in learner]
    assert [verdict for verdict, _ in CHIP.findall(review)][-1] == "rethink"
