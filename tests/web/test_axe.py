"""An axe-core audit (axe-playwright-python) of every page kind, in real Chromium at phone size:
no violations. The pages' Content-Security-Policy is relaxed for the audit only (axe is injected
as a script); tests/web/test_csp.py checks the policy itself."""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Page

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, answer_safety_questions, chromium, send, start_from_picker
from tests.web.test_browser import _add_user, _sign_in

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

AXE = Axe()


async def _violations(page: Page) -> list[str]:
    results = await AXE.run(page)
    found: list[dict[str, Any]] = results.response["violations"]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}" for v in found]


async def test_no_page_kind_has_an_axe_violation(server: LiveServer) -> None:
    _add_user(
        server.database, "--email", "ana@example.org", "--name", "Ana", "--role", "supervisor", "--cohort", "Spring"
    )
    _add_user(
        server.database, "--email", "tess@example.org", "--name", "Tess", "--role", "trainee", "--cohort", "Spring"
    )
    found: dict[str, list[str]] = {}
    async with chromium() as browser:
        context = await browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
        page = await context.new_page()

        async def audit(name: str, path: str | None = None) -> None:
            if path is not None:
                await page.goto(server.base + path)
                await page.wait_for_load_state("networkidle")
            found[name] = await _violations(page)

        await page.goto(server.base)  # the audit can fail: an image without a text alternative is found
        await page.evaluate("() => document.querySelector('main').append(document.createElement('img'))")
        assert any(v.startswith("image-alt") for v in await _violations(page))
        for path in ("/", "/scenarios?audience=family", "/privacy", "/glossary", "/my-practice", "/login"):
            await audit(path, path)
        # Before the meeting: the safety screen, the safety plan, a coached letter and a checked plan.
        await audit("safety screen", "/prepare?next=letter")
        await answer_safety_questions(page, "yes", "no", "yes")
        await page.wait_for_selector("text=Let's put safety first")
        await audit("safety plan")
        await page.goto(f"{server.base}/letters/new?ready=1")
        await page.fill("#text", "Dear Sam,\nI love you.\nYou're a drunk.\nI'm asking you to go to Hope House today.")
        await page.click("#save")
        await page.wait_for_selector("#report:not([hidden])")
        await audit("a coached letter")
        await page.goto(f"{server.base}/plans/new?ready=1")
        await page.fill("#script", "Will you come with me to Riverside on Monday at 9?")
        await page.fill("#plan_b_no", "Then you're out of this house.")
        await page.click("#save")
        await page.wait_for_selector("#report:not([hidden])")
        await audit("a checked plan")
        await page.goto(f"{server.base}/practice/0123456789abcdef#token=nope")
        await page.wait_for_selector("#gone:not([hidden])")
        await audit("a link that opens nothing")

        await _sign_in(page, server.base, "tess@example.org")
        await page.wait_for_url("**/me")
        await page.goto(f"{server.base}/scenarios?audience=family")
        await start_from_picker(page, "Danny Reyes")
        await page.wait_for_selector("#send:not([disabled])")
        session = re.search(r"/practice/([^/#]+)#", page.url)
        assert session
        await send(page, "It feels like we ganged up on you, and that's the last thing I wanted.")
        await page.click("#hint-button")
        await page.wait_for_selector("#hint:not([hidden])")
        await audit("chat, with a hint")
        await page.click("#end")
        await page.click("#end")
        await page.wait_for_selector("#ended:not([hidden])")
        await audit("chat, ended")
        await page.click("#scorecard-link")
        await page.wait_for_selector("svg.chart")
        await audit("scorecard")
        await audit("your progress", "/me")

        await context.clear_cookies()
        await _sign_in(page, server.base, "ana@example.org")
        await page.wait_for_load_state("networkidle")
        for path in ("/review", "/review/cohorts", f"/review/sessions/{session.group(1)}",
                     f"/review/sessions/{session.group(1)}/print"):  # fmt: skip
            await audit(path, path)
        await page.goto(f"{server.base}/review/cohorts")
        cohort = await page.get_attribute("a[href*='/review/cohorts/']", "href")
        assert cohort
        await audit("cohort", cohort.replace(server.base, ""))
        await audit("agreement", cohort.replace(server.base, "") + "/agreement")
    assert not any(found.values()), {name: v for name, v in found.items() if v}
    assert len(found) >= 21
