"""The Content-Security-Policy in real headless Chromium: every kind of page, the chat over its
websocket, the scorecard's fetch, the review pages, with no violation reported, and the security
headers on every document and API answer the browser received."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.async_api import BrowserContext, ConsoleMessage, Page, Response

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send, start_from_picker

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

PASSWORD = "correct horse battery"
# Runs in every document before the page's own scripts (init scripts are not subject to the CSP).
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`);
});
"""


class Watch:
    """Everything the browser says about the policy, and every response it received."""

    def __init__(self) -> None:
        self.console: list[str] = []
        self.responses: list[Response] = []

    def attach(self, context: BrowserContext) -> None:
        context.on("console", self._console)
        context.on("response", self._response)

    def _response(self, response: Response) -> None:
        self.responses.append(response)

    def _console(self, message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(message.text)

    async def check(self, page: Page) -> None:
        """No violation on this page so far, by event or by console message."""
        events = await page.evaluate("window.__violations")
        assert events == [], events
        assert self.console == [], self.console


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


def _policy(headers: dict[str, str]) -> dict[str, str]:
    directives = (part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    return {d[0]: d[1] if len(d) > 1 else "" for d in directives}


async def _check_headers(response: Response) -> None:
    headers = await response.all_headers()
    url = response.url
    policy = _policy(headers)
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'", url
    assert "unsafe-inline" not in headers["content-security-policy"], url
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'", url
    assert policy["base-uri"] == "'self'" and policy["form-action"] == "'self'", url
    assert policy["connect-src"] == "'self'", url
    assert headers["x-frame-options"] == "DENY", url
    assert headers["referrer-policy"] == "no-referrer", url
    assert headers["x-content-type-options"] == "nosniff", url
    if "/static/" in url:
        assert "no-store" not in headers.get("cache-control", ""), url
    else:
        assert headers["cache-control"] == "no-store", url


async def _sign_in(page: Page, base: str, email: str) -> None:
    await page.goto(f"{base}/login")
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")


async def test_no_page_breaks_the_content_security_policy(server: LiveServer) -> None:
    for email, name, role in (("ana@example.org", "Ana", "supervisor"), ("tess@example.org", "Tess", "trainee")):
        _add_user(server.database, "--email", email, "--name", name, "--role", role, "--cohort", "Spring")
    watch = Watch()
    async with chromium() as browser:
        trainee_context = await browser.new_context()
        await trainee_context.add_init_script(RECORD_VIOLATIONS)
        watch.attach(trainee_context)
        page = await trainee_context.new_page()
        page_errors: list[str] = []
        page.on("pageerror", lambda exc: page_errors.append(str(exc)))

        for path in ("/", "/privacy", "/no-such-page"):
            response = await page.goto(server.base + path)
            assert response is not None and response.status == (404 if path == "/no-such-page" else 200), path
            await watch.check(page)
        assert "We couldn't find that" in await page.inner_text("main")

        await _sign_in(page, server.base, "tess@example.org")  # the sign-in page, then My progress
        await page.wait_for_url("**/me")
        await watch.check(page)

        await page.goto(f"{server.base}/scenarios?audience=family")  # the picker
        await watch.check(page)
        await start_from_picker(page, "Danny Reyes")
        await page.wait_for_selector("#send:not([disabled])")  # the socket is open
        await send(page, "It feels like we ganged up on you, and that's the last thing I wanted.")
        chip = page.locator(".msg.learner .chip").last  # the turn came back over the websocket
        assert await chip.get_attribute("data-code") == "CR"
        await send(page, "What would you like to happen next?")
        await watch.check(page)

        await page.click("#end")
        await page.click("#end")
        await page.wait_for_selector("#ended:not([hidden])")
        await page.click("#scorecard-link")
        await page.wait_for_selector("svg.chart")  # fetched with the key, shown in the page
        await watch.check(page)

        await page.goto(f"{server.base}/me")  # the progress chart
        await page.wait_for_selector("figure.progress-chart")
        await watch.check(page)

        supervisor_context = await browser.new_context()
        await supervisor_context.add_init_script(RECORD_VIOLATIONS)
        watch.attach(supervisor_context)
        review = await supervisor_context.new_page()
        review.on("pageerror", lambda exc: page_errors.append(str(exc)))
        await _sign_in(review, server.base, "ana@example.org")
        await review.wait_for_url("**/review")
        await watch.check(review)
        await review.click("#sessions tbody tr a")
        await review.wait_for_selector(".transcript")
        await watch.check(review)
        first = review.locator("li.turn-review.learner").first
        await first.locator("input[name=text]").fill("A warm reflection.")
        await first.get_by_role("button", name="Add comment").click()  # saved in place by review.js (a fetch)
        await review.wait_for_selector("p.comment")
        await watch.check(review)

        await review.click("text=Printable transcript")
        await review.wait_for_selector("#print")
        await review.evaluate("window.print = () => { window.printed = true; }")  # no dialog in a test
        await review.click("#print")
        assert await review.evaluate("window.printed") is True, "the Print button works without inline script"
        await watch.check(review)

        for path in ("/review/cohorts", "/review/cohorts/1", "/review/cohorts/1/agreement", "/review/trainees/2"):
            response = await review.goto(server.base + path)
            assert response is not None and response.status == 200, path
            await watch.check(review)

        assert not page_errors, page_errors
        documents = [r for r in watch.responses if r.request.resource_type == "document" and r.status != 303]
        kinds = {r.url.removeprefix(server.base).split("?")[0].split("/")[1] for r in documents}
        assert {"", "privacy", "no-such-page", "login", "me", "scenarios", "practice", "review"} <= kinds, kinds
        for response in documents:
            await _check_headers(response)
        fetched = [r for r in watch.responses if r.request.resource_type in ("fetch", "script", "stylesheet")]
        assert any(r.url.endswith("/scorecard/panel") for r in fetched)
        assert any(r.url.endswith("/static/chat.js") for r in fetched)
        for response in fetched:
            await _check_headers(response)


async def test_the_watch_sees_a_violation_when_there_is_one(server: LiveServer) -> None:
    """The check above could pass by seeing nothing: here an inline script and an inline style are
    put into a page, and both the event and the console message must be caught."""
    watch = Watch()
    async with chromium() as browser:
        context = await browser.new_context()
        await context.add_init_script(RECORD_VIOLATIONS)
        watch.attach(context)
        page = await context.new_page()
        await page.goto(server.base)
        await page.evaluate(
            """() => {
              const script = document.createElement("script");
              script.textContent = "window.ranInline = true";
              document.body.append(script);
              document.body.setAttribute("style", "background: red");
            }"""
        )
        await page.wait_for_function("() => window.__violations.length >= 2")
        violations = await page.evaluate("window.__violations")
        assert any(v.startswith("script-src") for v in violations), violations
        assert any(v.startswith("style-src") for v in violations), violations
        assert await page.evaluate("window.ranInline") is None
        assert watch.console, "Chromium also reports a violation on the console"
        with pytest.raises(AssertionError):
            await watch.check(page)
