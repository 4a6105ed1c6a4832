"""The "Your practice" page in real headless Chromium, on a phone: the conversations this browser
remembers (web/static/chat/remember.js, in localStorage) outlive the tab, are listed with how they
went, reopen where they were, and can be deleted from the list or from the scorecard."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import BrowserContext, Page

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send, start_from_picker

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

PHONE = {"width": 390, "height": 844}
REPLY = "It feels like we ganged up on you, and that's the last thing I wanted."
DANNY = "The family meeting: Danny says he doesn't have a problem"
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`);
});
"""

# chat.js remembers a conversation after the first state message: the list has it by itself.
REMEMBER = """async () => {
  const { rememberedConversations } = await import("/static/chat/remember.js");
  const id = document.getElementById("chat").dataset.session;
  return rememberedConversations().some((c) => c.id === id) ? "chat.js" : "missing";
}"""
REMEMBERED = """async () => (await import("/static/chat/remember.js")).rememberedConversations()"""


async def _start(page: Page, base: str, person: str, scenario: str) -> str:
    """Start a conversation from the picker; returns its id once the page has remembered it."""
    await page.goto(f"{base}/scenarios")
    await start_from_picker(page, person)
    await page.wait_for_selector("#send:not([disabled])")
    found = re.search(r"/practice/([^/#]+)#token=", page.url)
    assert found, page.url
    assert await page.evaluate(REMEMBER) == "chat.js", scenario
    return found.group(1)


async def _settled(page: Page, count: int) -> None:
    """The list shows `count` conversations, each with what the server said about it."""
    await page.wait_for_function(
        "(n) => document.querySelectorAll('.practice-item').length === n"
        " && [...document.querySelectorAll('.practice-item')].every((li) => li.dataset.outcome)",
        arg=count,
    )


async def _context(browser: Any) -> BrowserContext:
    context: BrowserContext = await browser.new_context(viewport=PHONE)
    await context.add_init_script(RECORD_VIOLATIONS)
    return context


async def test_practice_outlives_the_tab_reopens_and_deletes(server: LiveServer) -> None:
    async with chromium() as browser:
        context = await _context(browser)
        errors: list[str] = []
        context.on("weberror", lambda e: errors.append(str(e.error)))
        page = await context.new_page()
        danny = await _start(page, server.base, "Danny Reyes", "johnson-son-denial")
        await send(page, REPLY)
        rosa = await _start(page, server.base, "Rosa Delgado", "aftercare-slip-60-days")
        await page.evaluate(  # one this browser remembers, which the server no longer has
            """async () => (await import("/static/chat/remember.js")).rememberConversation(
                 "0123456789abcdef", "no-longer-a-key",
                 {title: "An old conversation", person: "Someone", mode: "exam", startedAt: "2025-01-02T10:00:00Z"})"""
        )
        await page.close()  # the tab closes: its sessionStorage (the keys) goes with it

        page = await context.new_page()
        await page.goto(server.base)
        await page.get_by_role("link", name="Your practice").click()
        await page.wait_for_url("**/my-practice")
        assert "This list lives only in this browser" in await page.inner_text("main")
        await _settled(page, 3)
        items = page.locator(".practice-item")
        assert [await items.nth(i).get_attribute("data-session") for i in range(3)] == [
            rosa,
            danny,
            "0123456789abcdef",
        ], "newest first"
        mine = page.locator(f".practice-item[data-session='{danny}']")
        assert await mine.locator("h3").inner_text() == DANNY
        text = await mine.inner_text()
        assert "with Danny Reyes" in text and "coach mode" in text
        assert "How it went: still going" in text
        assert "Your 1 reply: 1 said back what you heard" in text
        assert "How it went: still going" in await page.locator(f".practice-item[data-session='{rosa}']").inner_text()
        headline = await page.inner_text("#progress-headline")
        assert headline.startswith("Your last conversation:"), headline

        old = page.locator(".practice-item[data-session='0123456789abcdef']")
        assert "How it went: no longer available" in await old.inner_text()
        assert await old.locator(".reopen").is_hidden() and await old.locator(".delete").is_hidden()
        await old.get_by_role("button", name="Remove").click()
        await _settled(page, 2)
        assert "Removed" in await page.inner_text("#status")

        await mine.get_by_role("link", name="Reopen").click()  # the key came from this browser, not the tab
        await page.wait_for_url(f"**/practice/{danny}#token=*")
        await page.wait_for_selector(".msg.learner")
        assert REPLY in await page.inner_text(".msg.learner")
        await page.wait_for_selector("#send:not([disabled])")

        await page.goto(f"{server.base}/my-practice")
        await _settled(page, 2)
        mine = page.locator(f".practice-item[data-session='{danny}']")
        await mine.get_by_role("button", name="Delete").click()
        assert "Delete this conversation for good?" in await mine.locator(".confirm").inner_text()
        await mine.get_by_role("button", name="Keep it").click()  # changed their mind
        assert await mine.locator(".confirm").is_hidden()
        await mine.get_by_role("button", name="Delete").click()
        await mine.get_by_role("button", name="Yes, delete it").click()
        await _settled(page, 1)
        assert "Nothing of it is left on the server" in await page.inner_text("#status")
        remembered = await page.evaluate(REMEMBERED)
        assert [c["id"] for c in remembered] == [rosa]
        response = await page.request.get(f"{server.base}/api/sessions/{danny}")
        assert response.status == 401  # no key: the API asks for one; with the old key it is gone:
        gone = await page.evaluate(
            "async ([id, token]) =>"
            " (await fetch(`/api/sessions/${id}`, {headers: {Authorization: `Bearer ${token}`}})).status",
            [danny, "x"],
        )
        assert gone == 404

        # The other one is deleted from its scorecard: this browser forgets it there too.
        await page.locator(f".practice-item[data-session='{rosa}']").get_by_role("link", name="Scorecard").click()
        await page.wait_for_selector("#panel #outcome-title")
        await page.click("#delete")
        await page.click("#delete-yes")
        await page.wait_for_url("**/?deleted=1")
        assert await page.evaluate(REMEMBERED) == []
        await page.goto(f"{server.base}/my-practice")
        await page.wait_for_selector("#empty:not([hidden])")
        assert await page.get_by_role("link", name="Start practising").is_visible()

        assert await page.evaluate("window.__violations") == []
        assert not errors, errors


async def test_an_empty_or_broken_list_shows_the_way_in(server: LiveServer) -> None:
    async with chromium() as browser:
        context = await _context(browser)
        errors: list[str] = []
        context.on("weberror", lambda e: errors.append(str(e.error)))
        page = await context.new_page()
        await page.goto(f"{server.base}/my-practice")
        await page.wait_for_selector("#empty:not([hidden])")
        assert await page.is_hidden("#list-section") and await page.is_hidden("#progress")
        await page.get_by_role("link", name="Start practising").click()
        await page.wait_for_url("**/scenarios")

        await page.evaluate("() => localStorage.setItem('rapport:remembered', '{not json')")
        await page.goto(f"{server.base}/my-practice")
        await page.wait_for_selector("#empty:not([hidden])")

        kept = await page.evaluate(
            """async () => {
              const m = await import("/static/chat/remember.js");
              const bad = [{id: "<img src=x>", token: "t"}, 7, null, {id: "ok", token: "k"}];
              localStorage.setItem(m.STORAGE_KEY, JSON.stringify(bad));
              const cleaned = m.rememberedConversations().map((c) => c.id);
              for (let i = 0; i < m.MAX + 20; i++) {
                m.rememberConversation(`c${i}`, "k", {startedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()});
              }
              const list = m.rememberedConversations();
              return {cleaned, count: list.length, newest: list[0].id, max: m.MAX};
            }"""
        )
        assert kept["cleaned"] == ["ok"]
        assert kept["count"] == kept["max"] == 200 and kept["newest"] == "c219"
        assert await page.evaluate("window.__violations") == []
        assert not errors, errors


async def test_progress_in_plain_words(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page()
        await page.goto(f"{server.base}/my-practice")
        words = await page.evaluate(
            """async () => {
              const w = await import("/static/my_practice/words.js");
              const c = (replies, reflections, questions, non_adherent, outcome_kind = null) =>
                ({summary: {replies, reflections, questions, non_adherent}, outcome_kind});
              return {
                better: w.progressWords(
                  [c(5, 3, 1, 0, "success"), c(4, 2, 1, 0), c(6, 3, 2, 0), c(5, 0, 3, 2), c(4, 1, 2, 1)]),
                one: w.progressWords([c(4, 0, 2, 2)]),
                none: w.progressWords([{summary: null}, c(0, 0, 0, 0)]),
                outcomes: ["success", "failure", "time_up", "stopped"]
                  .map((k) => w.outcomeWords({ended: true, outcome_kind: k})),
                open: w.outcomeWords({ended: false}),
              };
            }"""
        )
    assert words["better"]["headline"] == "Your last 3 conversations: you listened more and told less."
    assert "1 of 3 ended with them agreeing to a step." in words["better"]["details"]
    assert words["one"]["headline"] == "Your last conversation: you told more than you listened."
    assert words["none"] is None
    assert words["outcomes"] == ["agreed to a step", "walked out", "ran out of time", "ended early"]
    assert words["open"] == "still going"
