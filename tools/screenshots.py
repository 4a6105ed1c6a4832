"""Regenerate the README screenshots: `.venv/bin/python tools/screenshots.py` (needs chromium)."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.live import LiveServer  # noqa: E402
from tests.web.browser import chromium, send  # noqa: E402

REPLIES = [
    "It feels like we ganged up on you, and that's the last thing I wanted.",
    "You're an alcoholic and you need to admit it.",
    "It seems unfair that it's you everyone's looking at, when other people drink too.",
    "Losing the job knocked you flat, and the drinking is one of the few things that makes the evenings bearable.",
]


async def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        live = LiveServer(Path(tmp) / "rapport.db").start()
        try:
            async with chromium() as browser:
                page = await browser.new_page(viewport={"width": 1000, "height": 1250})
                await page.goto(f"{live.base}/scenarios?audience=family")
                await page.screenshot(path=str(out / "picker.png"))
                await page.get_by_role("button", name="Start practising with Danny Reyes").click()
                await page.wait_for_selector("#send:not([disabled])")
                for text in REPLIES:
                    await send(page, text)
                await page.wait_for_timeout(800)
                await page.evaluate("window.scrollTo(0, 0)")
                await page.screenshot(path=str(out / "chat.png"))
                await page.click("#end")
                await page.click("#end")
                await page.wait_for_selector("#ended:not([hidden])")
                await page.click("#scorecard-link")
                await page.wait_for_selector("svg.chart")
                await page.screenshot(path=str(out / "scorecard.png"), full_page=True)
        finally:
            live.stop()


if __name__ == "__main__":
    target = ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    asyncio.run(main(target))
    print(f"screenshots written to {target}")
