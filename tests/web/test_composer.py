"""The box you type in, in real Chromium at phone and laptop sizes: focus on load, a draft that
survives a reload, a reply over the limit refused whole (never cut), a link that opens nothing
says so, and the ending is on screen, not under the box."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, ViewportSize

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send, start_from_picker

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

SIZES: list[ViewportSize] = [{"width": 390, "height": 844}, {"width": 1280, "height": 800}]


async def _start(page: Page, base: str, person: str = "Danny Reyes") -> None:
    await page.goto(f"{base}/scenarios?audience=family")
    await start_from_picker(page, person)
    await page.wait_for_selector("#send:not([disabled])")


async def _uncovered(page: Page, selector: str) -> bool:
    """Whether the element's centre is on screen and it is what a tap there would hit."""
    return bool(
        await page.eval_on_selector(
            selector,
            """(el) => {
                el.scrollIntoView({block: "nearest"});
                const r = el.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
                const hit = document.elementFromPoint(x, y);
                return hit === el || el.contains(hit);
            }""",
        )
    )


@pytest.mark.parametrize("size", SIZES, ids=["phone", "laptop"])
async def test_focus_draft_and_the_limit(server: LiveServer, size: ViewportSize) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=size)
        await _start(page, server.base)
        assert await page.evaluate("() => document.activeElement.id") == "reply"  # no tabbing to start
        await page.keyboard.type("I was going to say something about the car but")
        await page.reload()
        await page.wait_for_selector("#send:not([disabled])")
        assert await page.input_value("#reply") == "I was going to say something about the car but"

        long = "I love you and I am scared. " * 45  # 1,260 characters, pasted
        await page.fill("#reply", long)
        assert await page.input_value("#reply") == long  # nothing cut
        assert "too many to send" in await page.inner_text("#count")
        await page.click("#send")
        assert "over the 1000-character limit, so it was not sent" in await page.inner_text("#composer-note")
        assert await page.is_visible("#composer-note")
        assert await page.input_value("#reply") == long and await page.locator(".msg.learner").count() == 0

        await page.fill("#reply", "")
        await send(page, "It feels like we ganged up on you, and that's the last thing I wanted.")
        await page.reload()
        await page.wait_for_selector("#send:not([disabled])")
        assert await page.input_value("#reply") == ""  # a sent reply is no draft


@pytest.mark.parametrize("size", SIZES, ids=["phone", "laptop"])
async def test_the_ending_and_its_buttons_are_not_under_the_box(server: LiveServer, size: ViewportSize) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=size)
        await _start(page, server.base)
        for _ in range(8):
            await send(page, "You're a drunk and everyone knows it.")
            await page.wait_for_function(
                "() => !document.getElementById('ended').hidden || !document.getElementById('send').disabled"
            )
            if await page.is_visible("#ended"):
                break
        await page.wait_for_selector("#ended:not([hidden])")
        assert await _uncovered(page, "#scorecard-link")
        assert await _uncovered(page, "#undo-again")


@pytest.mark.parametrize("size", SIZES, ids=["phone", "laptop"])
async def test_the_pause_and_its_help_are_not_under_the_box(server: LiveServer, size: ViewportSize) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=size)
        await _start(page, server.base, "Rosa Delgado")
        await page.fill("#reply", "I can't do this anymore, I want to kill myself")
        await page.keyboard.press("Enter")
        await page.locator("#crisis").wait_for(state="visible")
        assert await _uncovered(page, "#resume")
        assert await _uncovered(page, "#helplines li:last-child")


async def test_a_link_that_opens_nothing_says_so_and_where_to_go(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=SIZES[0])
        await page.goto(f"{server.base}/practice/0123456789abcdef#token=not-a-real-key")
        await page.wait_for_selector("#gone:not([hidden])")
        assert await page.inner_text("#title") == "This conversation can't be opened"
        assert await page.is_hidden("#composer")
        await page.get_by_role("link", name="Start a new practice").click()
        await page.wait_for_url("**/scenarios")


async def test_the_helplines_on_every_page_are_phone_links(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=SIZES[0])
        await page.goto(server.base)
        links = await page.eval_on_selector_all("footer a[href^='tel:']", "(as) => as.map((a) => a.textContent)")
        assert {"911", "988", "1-800-662-4357"} <= set(links)


async def test_the_meters_say_in_words_what_they_mean_and_exam_mode_why_they_are_hidden(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=SIZES[0])
        await _start(page, server.base)
        assert await page.inner_text("#meter-words") == "Danny is getting defensive and doesn't feel heard yet."
        await send(page, "It feels like we ganged up on you, and that's the last thing I wanted.")
        words = await page.inner_text("#meter-words")
        assert words.startswith("Danny is ") and words.endswith(".")
        for name in ("rapport", "resistance"):
            assert (await page.inner_text(f"#{name}-value")).split()[0].isdigit()  # "5 of 10", not "4.75 of 10"
        await page.goto(f"{server.base}/scenarios?audience=family")
        exam = page.locator("li[data-scenario='johnson-son-denial']")
        await exam.get_by_label("Exam: feedback at the end").check()
        await start_from_picker(page, "Danny Reyes")
        await page.wait_for_selector("#send:not([disabled])")
        assert await page.is_hidden("#meters") and await page.is_hidden("#meter-words")
        assert "how Danny feels is hidden" in await page.inner_text("#mode-note")


async def test_what_could_i_say_offers_starters_that_go_into_the_box(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=SIZES[0])
        await _start(page, server.base)
        await page.click("#hint-button")
        await page.wait_for_selector("#hint:not([hidden])")
        assert "Say back" in await page.inner_text("#hint-aim")  # plain words for a family member
        first = page.locator("#hint-starters button").first
        text = (await first.inner_text()).rstrip("…")
        await first.click()
        assert (await page.input_value("#reply")).startswith(text)
        assert await page.evaluate("() => document.activeElement.id") == "reply"
        await page.keyboard.type("and I hate that it feels that way.")
        await page.keyboard.press("Enter")
        await page.wait_for_selector(".msg.learner .chip")
        assert await page.is_hidden("#hint")


async def test_on_a_touch_screen_enter_starts_a_new_line_and_send_sends(server: LiveServer) -> None:
    async with chromium() as browser:
        context = await browser.new_context(viewport=SIZES[0], has_touch=True, is_mobile=True)
        page = await context.new_page()
        await _start(page, server.base)
        assert "Tap Send" in await page.inner_text("#reply-help")
        await page.click("#reply")
        await page.keyboard.type("Line one")
        await page.keyboard.press("Enter")
        await page.keyboard.type("line two")
        assert await page.input_value("#reply") == "Line one\nline two"
        assert await page.locator(".msg.learner").count() == 0
        await page.click("#send")
        await page.wait_for_selector(".msg.learner .chip")


async def test_a_redraw_of_the_conversation_is_not_read_out_again(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=SIZES[1])
        await _start(page, server.base)
        await send(page, "You're a drunk and everyone knows it.")
        await page.evaluate(
            """() => {
                const log = document.getElementById("log");
                window.seen = [];
                new MutationObserver(() => window.seen.push(log.getAttribute("aria-live")))
                    .observe(log, { childList: true });
            }"""
        )
        await page.click("#undo")  # the conversation is redrawn from the server's state
        await page.wait_for_selector(".msg.learner.undone")
        seen = await page.evaluate("() => window.seen")
        assert seen and all(value == "off" for value in seen), seen
        await page.wait_for_function("() => document.getElementById('log').getAttribute('aria-live') === 'polite'")


async def test_the_meters_stay_in_view_as_the_conversation_scrolls_on_a_phone(server: LiveServer) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport=SIZES[0])
        await _start(page, server.base)
        for text in (
            "It feels like we ganged up on you, and that's the last thing I wanted.",
            "You didn't ask for any of this tonight.",
            "It seems unfair that it's you everyone's looking at.",
            "You've always been the one who holds it together.",
        ):
            await send(page, text)
        await page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        in_view = """(el) => {  // no scrolling here: it must already be on screen and on top
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return r.top >= 0 && r.bottom <= innerHeight && (hit === el || el.contains(hit));
        }"""
        assert await page.evaluate("() => window.scrollY") > 300  # the page did scroll
        assert await page.eval_on_selector("#meter-words", in_view)
        assert await page.eval_on_selector("#resistance-value", in_view)
        box = await page.eval_on_selector(".mood", "(el) => el.getBoundingClientRect().height")
        assert box < 120  # compact: the conversation keeps most of the screen
