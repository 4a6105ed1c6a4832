"""A supervisor reviewing in real headless Chromium: codes, Agree and comments are saved in place
(no page reload, the page stays where it was), each form says "Saved" or what to do right next
to it, a refused save keeps what the supervisor chose, and the review list fits a phone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.async_api import Locator, Page

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send, start_from_picker

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

PASSWORD = "correct horse battery"
# Runs in every document before the page's own scripts (init scripts are not subject to the CSP).
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`);
});
"""


def _add_user(database: Path, *args: str) -> None:
    env = {**os.environ, "RAPPORT_DATABASE_URL": f"sqlite:///{database}"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "users", "add", *args, "--password-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


async def _sign_in(page: Page, base: str, email: str) -> None:
    await page.goto(f"{base}/login")
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")


async def _not_reloaded(page: Page) -> None:
    """The marker set on this window before the saves is still there: the page never reloaded."""
    assert await page.evaluate("window.stillHere") == "yes", "the page reloaded"


async def _turn_id(turn: Locator) -> str:
    element_id = await turn.get_attribute("id")
    assert element_id and element_id.startswith("turn-")
    return element_id.removeprefix("turn-")


async def test_a_supervisor_reviews_in_place(server: LiveServer) -> None:
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
        await send(trainee, "It feels like we ganged up on you, and that's the last thing I wanted.")

        context = await browser.new_context()
        await context.add_init_script(RECORD_VIOLATIONS)
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        await _sign_in(page, server.base, "ana@example.org")
        await page.wait_for_url("**/review")
        await page.click("#sessions tbody tr a")
        await page.wait_for_selector(".transcript")
        address = page.url
        title = await page.inner_text("h1")
        await page.evaluate("window.stillHere = 'yes'")
        assert await page.locator("#summary-automatic").count() == 0  # nothing reviewed yet

        # A changed code without a reason: the problem is shown by the form, the choice is kept.
        first = page.locator("li.turn-review.learner").first
        first_id = await _turn_id(first)
        assert await first.locator(".auto-code").inner_text() == "CQ"
        await first.locator("select[name=code]").select_option("OQ")
        save = first.get_by_role("button", name="Save code")
        await save.scroll_into_view_if_needed()
        scrolled = await page.evaluate("window.scrollY")
        await save.click()
        note = first.locator(f"#code-note-{first_id}")
        await page.wait_for_selector(f"#code-note-{first_id}.problem")
        assert "reason is required" in await note.inner_text()
        assert await note.get_attribute("aria-live") == "polite"
        assert await first.locator("form.override .save-note.problem").count() == 1  # inside the code's own form
        assert await first.locator("select[name=code]").input_value() == "OQ", "the chosen code must stay"
        assert await first.locator("input[name=reason]").get_attribute("aria-invalid") == "true"
        assert await page.locator("p.error[role=alert]").count() == 0  # nothing at the top of the page
        assert await first.locator(".human-code").count() == 0  # nothing was saved
        assert page.url == address
        await _not_reloaded(page)
        assert await page.evaluate("window.scrollY") == scrolled  # the page stays where it was

        # With a reason: "Saved.", the supervisor's code shown, the summaries recomputed in place.
        before = await page.inner_text("#summary-reviewed tr[data-measure='pct_open'] td")
        await first.locator("input[name=reason]").fill("It asks for his experience, not a number.")
        await first.get_by_role("button", name="Save code").click()
        await page.wait_for_selector(f"#code-note-{first_id}.saved")
        assert (await note.inner_text()).strip() == "Saved."
        await page.wait_for_selector("#summary-automatic")
        assert await first.locator(".human-code").inner_text() == "OQ"
        assert "It asks for his experience" in await first.locator(".human").inner_text()
        after = await page.inner_text("#summary-reviewed tr[data-measure='pct_open'] td")
        assert before != after and after.startswith("100%")
        assert await first.locator("select[name=code]").input_value() == "OQ"
        assert await first.locator("input[name=reason]").get_attribute("aria-invalid") is None
        await _not_reloaded(page)

        # Agree in one click.
        second = page.locator("li.turn-review.learner").nth(1)
        second_id = await _turn_id(second)
        automatic = await second.locator(".auto-code").inner_text()
        await second.locator("select[name=code]").select_option("GI")  # then thinks better of it
        await second.get_by_role("button", name="Agree with the coder").click()
        await page.wait_for_selector(f"#code-note-{second_id}.saved")
        assert "you agree with the coder" in await second.locator(f"#code-note-{second_id}").inner_text()
        await page.wait_for_function(
            "(id) => document.getElementById(`human-${id}`).textContent.includes('(agrees)')", arg=second_id
        )
        assert await second.locator(".human-code").inner_text() == automatic
        assert await second.locator("select[name=code]").input_value() == automatic
        await _not_reloaded(page)

        # A comment: added, edited and deleted in place.
        box = first.locator("form.add-comment input[name=text]")
        await box.fill("Lovely: you asked about him, not the drinking.")
        await first.get_by_role("button", name="Add comment").click()
        comment = first.locator(".comment-item").first
        await comment.locator("p.comment").wait_for()
        assert "Lovely: you asked about him" in await comment.locator(".comment-text").inner_text()
        assert "Ana" in await comment.locator(".comment-author").inner_text()
        assert "Comment saved." in await first.locator(f"#comment-note-{first_id}").inner_text()
        assert await box.input_value() == ""
        comment_id = await comment.get_attribute("data-comment")
        assert comment_id and comment_id != "0"

        await comment.locator("summary").click()
        await comment.locator("form.edit-comment input[name=text]").fill("Lovely open curiosity about him.")
        await comment.get_by_role("button", name="Save comment").click()
        await page.wait_for_selector(f"#edit-note-{comment_id}.saved")
        assert await comment.locator(".comment-text").inner_text() == "Lovely open curiosity about him."
        assert not await comment.locator("details.comment-edit").evaluate("(d) => d.open")

        await comment.get_by_role("button", name="Delete your comment").click()
        await comment.get_by_role("button", name="Yes, delete it").click()
        await page.wait_for_selector(f"#comment-{comment_id}", state="detached")
        assert "Comment deleted." in await first.locator(f"#comment-note-{first_id}").inner_text()
        await _not_reloaded(page)
        assert page.url == address

        # All of it was stored: a fresh load shows the codes and no comment.
        await page.reload()
        first = page.locator("li.turn-review.learner").first
        second = page.locator("li.turn-review.learner").nth(1)
        assert await first.locator(".human-code").inner_text() == "OQ"
        assert "(agrees)" in await second.locator(".human").inner_text()
        assert await page.locator(".comment-item").count() == 0
        assert await page.evaluate("window.__violations") == []
        assert not errors, errors

        # The review list on a phone: no sideways scrolling, for the page or the table.
        await page.set_viewport_size({"width": 390, "height": 844})
        await page.goto(f"{server.base}/review")
        row = page.locator("#sessions tbody tr").first
        assert await row.locator("td[data-label=Scenario]").inner_text() == title  # the title, not the id
        assert await row.locator("td[data-label='How it ended']").inner_text() == "still going"
        fits = await page.evaluate(
            """() => {
              const table = document.getElementById("sessions");
              return {
                page: document.documentElement.scrollWidth <= window.innerWidth,
                wrap: table.parentElement.scrollWidth <= table.parentElement.clientWidth,
                table: table.getBoundingClientRect().right <= window.innerWidth,
              };
            }"""
        )
        assert fits == {"page": True, "wrap": True, "table": True}, fits
        await page.goto(address)  # the transcript fits too
        await page.wait_for_selector(".transcript")
        assert await page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
        assert await page.evaluate("window.__violations") == []
        assert not errors, errors
