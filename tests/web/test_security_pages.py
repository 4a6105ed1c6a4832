"""The security review's findings where a page is involved (issue 18), in real headless Chromium
against a live server: an open exam shows no code on its scorecard or review pages until it
ends; a review page shows no text planted in its link; the invitation form answers the same way
whether or not the email has an account."""

from __future__ import annotations

import re

import pytest

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, answer_safety_questions, chromium, send
from tests.web.test_review_page import _add_user, _sign_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")


def _people(server: LiveServer) -> None:
    _add_user(
        server.database, "--email", "ana@example.org", "--name", "Ana", "--role", "supervisor", "--cohort", "Spring"
    )
    _add_user(
        server.database, "--email", "tess@example.org", "--name", "Tess", "--role", "trainee", "--cohort", "Spring"
    )


async def test_an_open_exam_shows_no_code_on_its_scorecard_or_review_pages(server: LiveServer) -> None:
    _people(server)
    async with chromium() as browser:
        page = await browser.new_page()
        await _sign_in(page, server.base, "tess@example.org")
        await page.wait_for_url("**/me")
        await page.goto(f"{server.base}/scenarios?audience=family")
        card = page.locator("li[data-scenario='johnson-son-denial']")
        await card.get_by_label("Exam: feedback at the end").check()
        await card.get_by_role("button", name="Start practising with Danny Reyes").click()
        await answer_safety_questions(page, "no", "no", "no")
        await page.wait_for_selector("#send:not([disabled])")
        await send(page, "You're a drunk and everyone knows it.")
        found = re.search(r"/practice/([^/#]+)#token=(.+)$", page.url)
        assert found
        session_id, token = found.groups()
        await page.goto(f"{server.base}/practice/{session_id}/scorecard#token={token}")
        await page.wait_for_selector("#error:not(:empty)")
        assert "still going" in await page.inner_text("#error")
        assert "onfronting" not in await page.content()
        for path in (f"/review/sessions/{session_id}", f"/review/sessions/{session_id}/print"):
            await page.goto(server.base + path)
            text = await page.inner_text("main")
            assert "still going" in text and "onfronting" not in text
        await page.goto(f"{server.base}/practice/{session_id}#token={token}")  # finish the exam
        await page.wait_for_selector("#end:not([disabled])")
        await page.click("#end")
        await page.click("#end")
        await page.wait_for_selector("#ended:not([hidden])")
        await page.goto(f"{server.base}/review/sessions/{session_id}")
        assert "onfronting" in await page.inner_text("main")


async def test_a_review_page_shows_no_text_planted_in_its_link(server: LiveServer) -> None:
    _people(server)
    async with chromium() as browser:
        trainee = await browser.new_page()
        await _sign_in(trainee, server.base, "tess@example.org")
        await trainee.wait_for_url("**/me")
        await trainee.goto(f"{server.base}/scenarios?audience=trainee")
        await trainee.get_by_role("button", name="Start practising with Cody Marchetti").click()
        await trainee.wait_for_selector("#send:not([disabled])")
        await send(trainee, "What's been hardest this week?")
        session_id = re.search(r"/practice/([^/#]+)#", trainee.url)
        assert session_id
        page = await browser.new_page()
        await _sign_in(page, server.base, "ana@example.org")
        await page.wait_for_url("**/review")
        await page.goto(f"{server.base}/review/sessions/{session_id.group(1)}")
        turn = await page.evaluate(
            "async (id) => (await (await fetch(`/api/review/sessions/${id}`)).json())"
            ".turns.find((t) => t.speaker === 'learner').turn_id",
            session_id.group(1),
        )
        on = f"code-note-{turn}"
        await page.goto(f"{server.base}/review/sessions/{session_id.group(1)}?on={on}&problem=Call+0800+FAKE+now")
        assert "0800 FAKE" not in await page.inner_text("main")
        await page.goto(f"{server.base}/review/sessions/{session_id.group(1)}?on={on}&problem=no_reason")
        assert "a reason is required" in await page.inner_text("main")


async def test_the_invitation_form_answers_the_same_for_an_existing_email(server: LiveServer) -> None:
    _people(server)
    async with chromium() as browser:
        supervisor = await browser.new_page()
        await _sign_in(supervisor, server.base, "ana@example.org")
        await supervisor.wait_for_url("**/review")
        shown = []
        for email in ("tess@example.org", "brand-new@example.org"):
            await supervisor.goto(f"{server.base}/review/cohorts")
            await supervisor.locator("a[href*='/review/cohorts/']").first.click()
            await supervisor.get_by_role("button", name="Create an invitation link").click()
            link = await supervisor.input_value("#invite-url")
            visitor = await (await browser.new_context()).new_page()
            await visitor.goto(link)
            await visitor.fill("input[name=name]", "Probe")
            await visitor.fill("input[name=email]", email)
            await visitor.fill("input[name=password]", "correct horse battery")
            await visitor.click("button[type=submit]")
            await visitor.wait_for_url("**/login?joined=1")
            shown.append(await visitor.inner_text("main"))
        assert shown[0] == shown[1] and "tess@example.org" not in shown[0]
