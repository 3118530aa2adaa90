"""Snapshots of the screens a reader sees, at two sizes, in a dark and a light theme.

The fixture readouts are attributed unambiguously (plain “…,” X said. and
X stressed that …), but the engine still decides the highlighting: when it
changes on purpose, regenerate with `pytest tests/app --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from app_screen import open_readout, settled
from textual.pilot import Pilot

from readout_tui.app.app import ReadoutApp

SIZES = {"100x30": (100, 30), "160x45": (160, 45)}
THEMES = ("textual-dark", "textual-light")


def prepare(theme: str, readout: str, *keys: str) -> Callable[[Pilot], Awaitable[None]]:
    async def run_before(pilot: Pilot) -> None:
        pilot.app.theme = theme
        await settled(pilot)
        await open_readout(pilot, readout)
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


SCREENS = {
    "main": ("Foreign Ministers", ()),
    "filtered": ("Foreign Ministers", ("slash", *"quell", "enter")),
    "help": ("Foreign Ministers", ("f1",)),
    "failed": ("unreadable-readout", ()),
}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_screen(snap_compare, library_dir: Path, screen: str, size: str, theme: str) -> None:
    readout, keys = SCREENS[screen]
    app = ReadoutApp([str(library_dir)], cursor_blink=False)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=prepare(theme, readout, *keys))
