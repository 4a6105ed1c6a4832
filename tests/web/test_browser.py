"""What a person clicks, in real headless Chromium against a real server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.async_api import Page

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send, start_from_picker

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")


async def test_pick_practise_score_and_delete(server: LiveServer, tmp_path: Path) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport={"width": 390, "height": 844})  # a phone
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        await page.goto(server.base)
        await page.get_by_role("link", name="I'm worried about someone I love").click()
        await page.wait_for_url("**/scenarios?audience=family")
        await start_from_picker(page, "Danny Reyes")
        await page.wait_for_selector(".msg.client")
        assert "#token=" in page.url
        await page.wait_for_selector("#send:not([disabled])")

        await send(page, "It feels like we ganged up on you, and that's the last thing I wanted.")
        chip = page.locator(".msg.learner .chip").last
        assert "listening statement" in await chip.inner_text()  # a family member's words for a CR
        assert await chip.get_attribute("data-code") == "CR"
        await send(page, "You're an alcoholic and you need to admit it.")
        rethink = page.locator(".msg.learner .chip.rethink").last
        assert "lecturing or criticising" in await rethink.inner_text() and "Try instead" in await rethink.inner_text()
        assert await page.locator(".thought").count() == 1
        assert await page.get_attribute("#log", "aria-live") == "polite"
        await page.screenshot(path=str(tmp_path / "chat.png"))

        await page.click("#end")
        await page.click("#end")  # confirm
        await page.wait_for_selector("#ended:not([hidden])")
        await page.click("#scorecard-link")
        await page.wait_for_selector("svg.chart")
        text = await page.inner_text("#panel")
        assert "How you listened" in text and "What to try differently" in text
        assert "Reflections to questions" not in text  # the MITI words wait in "For professionals"
        assert "Try instead" in text
        await page.screenshot(path=str(tmp_path / "scorecard.png"), full_page=True)

        await page.click("#delete")
        await page.click("#delete-yes")
        await page.wait_for_url("**/?deleted=1")
        assert "has been deleted" in await page.inner_text("main")
        assert not errors, errors


async def test_keyboard_only(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page()
        await page.goto(f"{server.base}/scenarios?audience=trainee")
        start = page.get_by_role("button", name="Start practising with Cody Marchetti")
        await start.focus()
        await page.keyboard.press("Enter")
        await page.wait_for_selector("#send:not([disabled])")
        await page.focus("#reply")
        await page.keyboard.type("What's been on your mind since last week?")
        await page.keyboard.press("Enter")
        await page.wait_for_selector(".msg.learner .chip")
        assert "open question" in await page.inner_text(".msg.learner .chip")


async def test_a_crisis_message_pauses_and_shows_help(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page()
        await page.goto(f"{server.base}/scenarios")
        await page.get_by_role("button", name="Start practising with Rosa Delgado").click()
        await page.wait_for_selector("#send:not([disabled])")
        await page.fill("#reply", "I can't do this anymore, I want to kill myself")
        await page.keyboard.press("Enter")
        crisis = page.locator("#crisis")
        await crisis.wait_for(state="visible")
        help_text = await crisis.inner_text()
        assert "988" in help_text and "911" in help_text and "1-800-662-4357" in help_text
        assert await page.is_disabled("#reply")
        assert await page.input_value("#reply") == "I can't do this anymore, I want to kill myself"
        assert await page.locator(".msg.learner").count() == 0
        await page.click("#resume")
        await crisis.wait_for(state="hidden")
        await page.wait_for_selector("#send:not([disabled])")
        await page.fill("#reply", "It took courage to tell me, Rosa.")
        await page.keyboard.press("Enter")
        await page.wait_for_selector(".msg.learner .chip")


async def test_an_outburst_that_ends_it_is_taken_back_and_the_repair_goes_on(
    server: LiveServer, tmp_path: Path
) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport={"width": 390, "height": 844})  # a phone
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        await page.goto(f"{server.base}/scenarios?audience=family")
        await start_from_picker(page, "Danny Reyes")
        await page.wait_for_selector("#send:not([disabled])")
        assert await page.is_hidden("#undo")  # nothing to take back yet
        await send(page, "What's it been like for you since the job?")
        await page.wait_for_selector("#undo:not([disabled])")
        for _ in range(8):  # outbursts until he walks out
            await send(page, "You're a drunk and everyone knows it.")
            await page.wait_for_function(  # the end box shows a moment after the last answer
                "() => !document.getElementById('ended').hidden || !document.getElementById('send').disabled"
            )
            if await page.is_visible("#ended"):
                break
        await page.wait_for_selector("#ended:not([hidden])")
        await page.screenshot(path=str(tmp_path / "walked-out.png"))
        await page.click("#undo-again")  # "Take back my last reply and try again"
        await page.wait_for_selector("#ended", state="hidden")
        await page.wait_for_selector("#send:not([disabled])")
        assert await page.locator(".msg.learner.undone").count() == 1
        assert "taken back" in await page.inner_text(".msg.learner.undone")
        assert "Taken back" in await page.inner_text("#status")
        await send(page, "I'm sorry. That came out harsh, and it's not fair to you. My fault.")
        assert await page.locator(".msg.learner:not(.undone) .chip").count() >= 2
        await page.screenshot(path=str(tmp_path / "taken-back.png"), full_page=True)
        assert not errors, errors


def _add_user(database: Path, *args: str) -> None:
    env = {**os.environ, "RAPPORT_DATABASE_URL": f"sqlite:///{database}"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "users", "add", *args, "--password-stdin"],
        input="correct horse battery\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


async def _sign_in(page: Page, base: str, email: str) -> None:
    await page.goto(f"{base}/login")
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", "correct horse battery")
    await page.click("button[type=submit]")


async def test_a_supervisor_overrides_a_code_and_the_summary_changes(server: LiveServer) -> None:
    _add_user(
        server.database, "--email", "ana@example.org", "--name", "Ana", "--role", "supervisor", "--cohort", "Spring"
    )
    _add_user(
        server.database, "--email", "tess@example.org", "--name", "Tess", "--role", "trainee", "--cohort", "Spring"
    )
    async with chromium() as browser:
        trainee = await browser.new_page()
        await _sign_in(trainee, server.base, "tess@example.org")
        await trainee.wait_for_url("**/me")
        await trainee.goto(f"{server.base}/scenarios?audience=family")
        await start_from_picker(trainee, "Danny Reyes")
        await trainee.wait_for_selector("#send:not([disabled])")
        await send(trainee, "How much did you drink last night?")
        await send(trainee, '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> okay')

        supervisor = await browser.new_page()
        await _sign_in(supervisor, server.base, "ana@example.org")
        await supervisor.wait_for_url("**/review")
        await supervisor.click("#sessions tbody tr a")
        await supervisor.wait_for_selector(".transcript")
        assert await supervisor.evaluate("window.pwned") is None, "HTML in a reply must never run"
        assert "<script>window.pwned = 1</script>" in await supervisor.inner_text(".transcript")
        before = await supervisor.inner_text("#summary-reviewed tr[data-measure='pct_open'] td")
        first = supervisor.locator("li.turn-review.learner").first
        assert await first.locator(".auto-code").inner_text() == "CQ"
        await first.locator("select[name=code]").select_option("OQ")
        await first.locator("input[name=reason]").fill("It asks for his experience, not a number.")
        await first.get_by_role("button", name="Save code").click()
        await supervisor.wait_for_selector("#summary-automatic")
        after = await supervisor.inner_text("#summary-reviewed tr[data-measure='pct_open'] td")
        assert before != after and after.startswith("100%")
        first = supervisor.locator("li.turn-review.learner").first
        assert await first.locator(".auto-code").inner_text() == "CQ"
        assert await first.locator(".human-code").inner_text() == "OQ"
        assert "It asks for his experience" in await first.inner_text()
        assert await supervisor.evaluate("window.pwned") is None
