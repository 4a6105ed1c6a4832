"""Before the meeting, in real headless Chromium at phone size against a live server: the safety
screen comes first and stores nothing when left; the letter coach flags what could make them
stop listening, keeps the draft, and prints a clean copy; the plan is checked and its rehearsal
opens with a refusal, shows the plan B, and the scorecard compares the two.

With RAPPORT_SCREENSHOTS=1 it also writes docs/screenshots/letter-coach-phone.png for the README."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from playwright.async_api import Page, ViewportSize

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, answer_safety_questions, chromium, send

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

PHONE: ViewportSize = {"width": 390, "height": 844}
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "letter-coach-phone.png"
HARSH = (
    "Dear Sam,\n"
    "I love you and I remember teaching you to swim at the lake.\n"
    "You're a drunk and you always ruin everything.\n"
    "Last Friday I saw you asleep in the car with the engine running, and I was terrified.\n"
    "At Emma's graduation your seat was empty, and I felt so alone.\n"
    "If you don't go today you're out of this house.\n"
    "I'm asking you to go to Hope House today."
)


def count(server: LiveServer, table: str) -> int:
    with sqlite3.connect(server.database) as db:
        found: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return found


async def watch(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors


async def test_the_safety_screen_comes_first_and_stores_nothing_when_left(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=PHONE)
        await page.goto(server.base)
        await page.get_by_role("link", name="Write your letter").click()
        await page.wait_for_url("**/prepare?next=letter")
        assert await page.get_by_role("heading", name="Before you start: is everyone safe?").is_visible()
        await answer_safety_questions(page, "no", "yes", "no")
        await page.wait_for_selector("text=Let's put safety first")
        assert await page.get_by_text("planning this with a professional interventionist").is_visible()
        assert await page.locator("a[href='tel:911']").first.is_visible()
        await page.get_by_role("link", name="Leave for now").click()
        await page.wait_for_url(server.base + "/")
        # A Johnson-style meeting from the picker asks first too; leaving stores no conversation.
        await page.goto(f"{server.base}/scenarios?audience=family")
        await page.get_by_role("button", name="Start practising with Danny Reyes").click()
        await page.wait_for_selector("form.safety-questions")
        await page.get_by_role("link", name="Not now").click()
        await page.wait_for_url(server.base + "/")
    assert count(server, "preparation") == 0 and count(server, "practice_session") == 0


async def test_the_letter_coach_flags_keeps_the_draft_and_prints_a_clean_copy(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=PHONE)
        errors = await watch(page)
        await page.goto(f"{server.base}/letters/new")
        await answer_safety_questions(page, "no", "no", "no")
        await page.wait_for_selector("#text")
        await page.fill("#text", HARSH)
        await page.reload()  # typed and not saved: still there
        assert await page.input_value("#text") == HARSH
        await page.get_by_role("button", name="Save and check my letter").click()
        await page.wait_for_selector("#report:not([hidden])")
        assert "/letters/" in page.url and "#key=" in page.url
        flagged = page.locator(".sentence.flagged")
        assert await flagged.count() == 2
        assert "A label." in await flagged.nth(0).inner_text() and "Kinder:" in await flagged.nth(0).inner_text()
        assert "A threat." in await flagged.nth(1).inner_text()
        todo = await page.locator(".check.todo").all_inner_texts()
        assert any("as a threat" in t for t in todo) and any('"always" or "never"' in t for t in todo)
        if os.environ.get("RAPPORT_SCREENSHOTS"):
            await page.locator("#report").screenshot(path=str(SCREENSHOT))
        # A kinder draft, saved over the first, reloaded from its link.
        kinder = HARSH.replace("You're a drunk and you always ruin everything.\n", "").replace(
            "If you don't go today you're out of this house.",
            "If you decide not to go, I won't lend you money any more.",
        )
        await page.fill("#text", kinder)
        await page.get_by_role("button", name="Save and check my letter").click()
        await page.wait_for_function("() => document.querySelectorAll('.sentence.flagged').length === 0")
        link = page.url
        await page.goto(server.base)
        await page.goto(link)
        await page.wait_for_selector("#report:not([hidden])")
        assert await page.input_value("#text") == kinder
        assert await page.locator(".check.todo").count() == 0
        await page.emulate_media(media="print")
        assert await page.is_hidden("#editor") and await page.is_hidden("header.site")
        printed = await page.inner_text("#print-copy")
        assert "If you decide not to go" in printed and "How your letter reads" not in printed
        await page.emulate_media(media="screen")
        await page.goto(f"{server.base}/my-practice")  # remembered in this browser, with its key
        await page.get_by_role("link", name="Dear Sam,").click()
        await page.wait_for_selector("#report:not([hidden])")
        await page.get_by_role("button", name="Delete this letter").click()
        await page.get_by_role("button", name="Delete it").click()
        await page.wait_for_url("**/my-practice?deleted=letter")
        assert "Your letter has been deleted" in await page.inner_text("#deleted-note")
        assert await page.is_hidden("#prepared-section")
        assert errors == []
    assert count(server, "preparation") == 0


async def test_a_plan_is_rehearsed_with_a_refusal_first_and_its_plan_b_on_screen(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=PHONE)
        errors = await watch(page)
        await page.goto(f"{server.base}/plans/new")
        await answer_safety_questions(page, "no", "no", "no")
        await page.wait_for_selector("#reason")
        await page.fill("#name", "Greg")
        await page.select_option("#relationship", "husband")
        await page.fill("#reason", "He hates the shakes in the morning")
        await page.fill("#moment", "Sunday morning after breakfast, when he's sober")
        await page.fill("#who_asks", "Me, on my own")
        await page.fill("#treatment_place", "Riverside Recovery")
        await page.fill("#treatment_phone", "555 123 4567")
        await page.fill("#treatment_when", "Monday at 9")
        await page.fill("#script", "Greg, I love you. Will you come with me to Riverside on Monday at 9?")
        await page.fill("#plan_b_no", "Okay. Thank you for listening to me. The offer stands.")
        await page.fill("#plan_b_walkout", "If you walk out, you're out of this house.")
        await page.fill("#call_after", "My sister Ana")
        await page.get_by_role("button", name="Save and check my plan").click()
        await page.wait_for_selector("#report:not([hidden])")
        walkout = page.locator('.field-check[data-for="plan_b_walkout"]')
        assert "could sound like a threat" in await walkout.inner_text()
        await page.fill("#plan_b_walkout", "I'll let him go and say: I love you, the offer stands.")
        assert "Greg Lawson" in await page.inner_text("#rehearse-with")
        await page.get_by_role("radio", name="They walk out").check()
        await page.get_by_role("button", name="Start the rehearsal").click()  # saves the change first
        await page.wait_for_url("**/practice/**")
        await page.wait_for_selector("#plan-b:not([hidden])")
        assert "Greg walks out first" in await page.inner_text("#plan-b-refusal")
        assert "I love you, the offer stands." in await page.inner_text("#plan-b-text")
        await page.wait_for_selector("#send:not([disabled])")
        await send(page, "I love you. The offer stands, whenever you're ready.")
        await page.get_by_role("button", name="End conversation").click()
        await page.get_by_role("button", name="Yes, end it now").click()
        await page.get_by_role("link", name="See your scorecard").click()
        await page.wait_for_selector("text=Your plan and what you said")
        compared = await page.locator(".plan-compare").inner_text()
        assert "Greg walks out first" in compared and "You said something like this." in compared
        assert errors == []
