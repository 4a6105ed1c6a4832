"""The chat page when the server dies under it: real headless Chromium, a real `rapport serve`
killed with SIGKILL and started again on the same port and SQLite file. The page must say it is
reconnecting, keep what the person types, come back by itself without a reload, show every
earlier turn once, and deliver a reply that was on its way exactly once."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Page, WebSocketRoute

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

SCENARIO = "johnson-son-denial"
FIRST = "It feels like we ganged up on you, and that's the last thing I wanted."
SECOND = "You didn't ask for any of this today."
THIRD = "What would you want me to understand about how things are for you?"
BACK = 45_000  # ms: a restart on a busy 2-core machine takes a few seconds, the page's next try up to 4 more


def create(server: LiveServer, seed: int) -> dict[str, Any]:
    response = httpx.post(f"{server.base}/api/sessions", json={"scenario": SCENARIO, "seed": seed}, timeout=10)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def stored_replies(server: LiveServer, created: dict[str, Any]) -> list[str]:
    """The learner's replies in the transcript, in order: what the database kept."""
    headers = {"Authorization": f"Bearer {created['token']}"}
    url = f"{server.base}/api/sessions/{created['id']}/transcript"
    turns = httpx.get(url, headers=headers, timeout=10).json()["turns"]
    assert [t["index"] for t in turns] == list(range(len(turns)))
    return [t["text"] for t in turns if t["speaker"] == "learner"]


async def shown_replies(page: Page) -> list[str]:
    return await page.locator(".msg.learner .text").all_inner_texts()


async def answers(page: Page) -> int:
    return await page.locator(".msg.client").count()


async def reconnecting(page: Page) -> str:
    """Wait for the page to say the link is down; its status text."""
    status = page.locator("#status[data-state='reconnecting']")
    await status.wait_for(state="visible", timeout=15_000)
    return await status.inner_text()


async def back(page: Page, replies: int) -> None:
    """Wait until the page is connected again and every reply has its answer (nothing pending)."""
    await page.wait_for_selector("#status[data-state='connected']", timeout=BACK)
    await page.wait_for_function(
        "n => !document.querySelector('.msg.learner.pending')"
        " && document.querySelectorAll('.msg.client').length === n + 1",
        arg=replies,
        timeout=BACK,
    )


async def test_the_page_says_it_is_reconnecting_keeps_what_you_type_and_carries_on(tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "rapport.db").start()
    try:
        created = create(server, seed=5)
        async with chromium() as browser:
            page = await browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            await page.goto(created["practice_url"])
            await page.wait_for_selector("#send:not([disabled])")
            assert await page.inner_text("#status") == "Connected."
            await send(page, FIRST)
            opening_and_answer = await page.locator(".msg.client .text").all_inner_texts()

            server.kill()
            status = await reconnecting(page)
            assert "Reconnecting" in status and "saved" in status, status
            note = page.locator("#composer-note")
            await note.wait_for(state="visible")
            assert "offline" in await note.inner_text()
            assert await page.is_disabled("#send") and await page.is_disabled("#end")
            assert await page.is_enabled("#reply"), "you can keep typing while it reconnects"
            await page.fill("#reply", SECOND)
            await page.keyboard.press("Enter")  # nothing to send it to: it stays in the box
            assert await page.input_value("#reply") == SECOND
            assert await shown_replies(page) == [FIRST]

            server.start()  # the same port and database
            await back(page, 1)
            assert "Connected again" in await page.inner_text("#status")
            assert await note.is_hidden()
            assert await shown_replies(page) == [FIRST], "the earlier turns, once"
            assert await page.locator(".msg.client .text").all_inner_texts() == opening_and_answer
            assert await page.locator(".msg.learner .chip").count() == 1
            assert await page.input_value("#reply") == SECOND, "what was typed offline is still there"
            await page.wait_for_selector("#send:not([disabled])")
            await page.focus("#reply")
            await page.keyboard.press("Enter")
            await back(page, 2)
            assert await shown_replies(page) == [FIRST, SECOND]

            # A reply sent just as the server dies: answered before the kill, or sent again after it.
            await page.fill("#reply", THIRD)
            await page.keyboard.press("Enter")
            server.kill()
            await reconnecting(page)
            if await page.locator(".msg.learner.pending").count():
                assert "Not sent yet" in await page.inner_text(".msg.learner.pending")
            server.start()
            await back(page, 3)
            assert await shown_replies(page) == [FIRST, SECOND, THIRD]
            assert not errors, errors
        assert stored_replies(server, created) == [FIRST, SECOND, THIRD]
    finally:
        server.stop()


@pytest.mark.parametrize(("lost", "leave"), [("answer", False), ("reply", False), ("reply", True)])
async def test_a_reply_cut_off_by_the_crash_arrives_exactly_once(tmp_path: Path, lost: str, leave: bool) -> None:
    """Deterministically, both ways a crash can cut a reply off: the server saved it and died
    before its answer reached the page ("answer"), or it died before the reply reached it
    ("reply"); and (`leave`) the person left the page while the server was down and opened the
    link again once it was back. The page's socket goes through Playwright's websocket routing,
    which forwards every frame both ways except the one frame this test drops."""
    server = LiveServer(tmp_path / "rapport.db").start()
    armed, cut = False, asyncio.Event()

    def route(ws: WebSocketRoute) -> None:
        upstream = ws.connect_to_server()

        def to_server(message: str | bytes) -> None:
            nonlocal armed
            if armed and lost == "reply" and json.loads(message)["type"] == "reply":
                armed = False
                cut.set()
                return
            upstream.send(message)

        def to_page(message: str | bytes) -> None:
            nonlocal armed
            if armed and lost == "answer" and json.loads(message)["type"] == "turn":
                armed = False
                cut.set()
                return
            ws.send(message)

        ws.on_message(to_server)
        upstream.on_message(to_page)

    try:
        created = create(server, seed=11)
        async with chromium() as browser:
            page = await browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            await page.route_web_socket(re.compile(r"/ws/sessions/"), route)
            await page.goto(created["practice_url"])
            await page.wait_for_selector("#send:not([disabled])")
            await send(page, FIRST)

            armed = True
            await page.fill("#reply", SECOND)
            await page.keyboard.press("Enter")
            await asyncio.wait_for(cut.wait(), 15)
            if lost == "answer":  # the turn is committed before its answer is sent
                assert stored_replies(server, created) == [FIRST, SECOND]
            server.kill()
            await reconnecting(page)
            pending = page.locator(".msg.learner.pending")
            assert await pending.count() == 1, "the reply on its way is shown as not sent yet"
            assert "Not sent yet" in await pending.inner_text()
            assert SECOND in await pending.inner_text()
            if leave:  # only the tab's sessionStorage still knows about the reply
                await page.goto("about:blank")

            server.start()
            if leave:
                await page.goto(created["practice_url"])
            await back(page, 2)
            assert await shown_replies(page) == [FIRST, SECOND], "shown once, answered once"
            assert await page.input_value("#reply") == ""
            await send(page, THIRD)
            assert await shown_replies(page) == [FIRST, SECOND, THIRD]
            assert not errors, errors
        assert stored_replies(server, created) == [FIRST, SECOND, THIRD], "stored once"
    finally:
        server.stop()
