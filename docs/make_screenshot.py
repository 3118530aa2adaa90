"""Regenerate docs/screenshot.svg: the main screen on the seed readout, 120×36.

Run from anywhere: `.venv/bin/python docs/make_screenshot.py`.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

from readout_tui.app.app import ReadoutApp  # noqa: E402

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
SEED = Path("documents") / "belarus-us-mitchell-meeting.txt"


async def main() -> None:
    os.chdir(REPO)  # so the header shows the path a user would type
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        while app.readout is None or app.workers:
            await pilot.pause(0.05)
        await pilot.press(*"n" * 11)  # down to Mitchell: both colours, and the current-statement mark
        await pilot.pause()
        app.save_screenshot("screenshot.svg", path=str(DOCS))


if __name__ == "__main__":
    asyncio.run(main())
