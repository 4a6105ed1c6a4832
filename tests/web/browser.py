"""Drive Debian's Chromium through Playwright (never `playwright install`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from playwright.async_api import Browser, Page, async_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            await browser.close()


async def send(page: Page, text: str) -> None:
    """Type a reply, press Enter, and wait for the person's answer to appear."""
    answers = await page.locator(".msg.client").count()
    await page.fill("#reply", text)
    await page.keyboard.press("Enter")
    # A function, not a string: a string would be eval'd in the page, which its CSP forbids.
    await page.wait_for_function(
        "(n) => document.querySelectorAll('.msg.client').length > n", arg=answers, timeout=15_000
    )


async def start_from_picker(page: Page, person: str) -> None:
    """Press a person's Start button on the picker; a confrontation rehearsal (a Johnson-style
    meeting) asks the safety questions first, answered here with "no", as a family without
    danger at home would."""
    await page.get_by_role("button", name=f"Start practising with {person}").click()
    await page.wait_for_selector("#reply, form.safety-questions")
    if await page.locator("form.safety-questions").count():
        await answer_safety_questions(page, "no", "no", "no")
        await page.wait_for_selector("#reply")


async def answer_safety_questions(page: Page, violence: str, weapons: str, overdose: str) -> None:
    for name, answer in (("violence", violence), ("weapons", weapons), ("overdose", overdose)):
        await page.check(f"input[name={name}][value={answer}]")
    await page.get_by_role("button", name="Continue").click()
