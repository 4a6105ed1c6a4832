"""A family member's scorecard on a phone, in real headless Chromium: the chart's words are
readable at 390px and the MITI terms wait, closed, under "For professionals".

With RAPPORT_SCREENSHOTS=1 it also writes docs/screenshots/family-scorecard-phone.png for the README."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.live import LiveServer
from tests.web.browser import CHROMIUM, chromium, send, start_from_picker

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "family-scorecard-phone.png"
REPLIES = [
    "It feels like we ganged up on you, and that's the last thing I wanted.",
    "What's it been like for you since the job?",
    "Did you drink last night?",
]
MIN_TEXT_PX = 11


async def test_the_family_scorecard_reads_on_a_phone(server: LiveServer, tmp_path: Path) -> None:
    async with chromium() as browser:
        page = await browser.new_page(viewport={"width": 390, "height": 844})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        await page.goto(f"{server.base}/scenarios?audience=family")
        await start_from_picker(page, "Danny Reyes")
        await page.wait_for_selector("#send:not([disabled])")
        for text in REPLIES:
            await send(page, text)
        await page.click("#end")
        await page.click("#end")  # confirm
        await page.wait_for_selector("#ended:not([hidden])")
        await page.click("#scorecard-link")
        await page.wait_for_selector("svg.chart text")

        heights: list[float] = await page.eval_on_selector_all(
            "svg.chart text", "texts => texts.map(t => t.getBoundingClientRect().height)"
        )
        assert heights and min(heights) >= MIN_TEXT_PX, heights
        width = await page.eval_on_selector("svg.chart", "svg => svg.getBoundingClientRect().width")
        assert width <= 390, width  # the chart fits the phone

        professional = page.locator("details.professional")
        assert await professional.count() == 1
        assert await professional.evaluate("d => d.open") is False  # closed until tapped
        assert "For professionals" in await professional.locator("summary").inner_text()
        assert await page.is_hidden("#summary-miti")
        text = await page.inner_text("#panel")  # what shows: the closed section's words don't
        assert "How you listened" in text and "R:Q" not in text and "MITI" not in text
        assert "You listened (said back what you heard)" in text

        await professional.locator("summary").click()  # one tap away
        assert await page.is_visible("#summary-miti")
        assert "R:Q" in await page.inner_text("#panel")
        await professional.locator("summary").click()

        if os.environ.get("RAPPORT_SCREENSHOTS") == "1":
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(SCREENSHOT), full_page=True)
        else:
            await page.screenshot(path=str(tmp_path / "family-scorecard-phone.png"), full_page=True)
        assert not errors, errors
