"""Waiting for a notification to be on screen, as the reader would read it."""

from __future__ import annotations

from app_screen import wait_for
from textual.pilot import Pilot
from textual.widgets._toast import Toast


def notices(pilot: Pilot) -> list[str]:
    """The notifications on the current screen, each on one line."""
    return [" ".join(toast.render().plain.split()) for toast in pilot.app.screen.query(Toast)]


async def notice(pilot: Pilot, text: str) -> str:
    """Wait for a notification saying `text` to be on screen; return all of it."""

    def shown() -> bool:
        return any(text in shown for shown in notices(pilot))

    shown.__doc__ = f"a notice saying {text!r} (shown: {notices(pilot)})"
    await wait_for(pilot, shown, timeout=5)
    return next(shown for shown in notices(pilot) if text in shown)
