"""Snapshots of the statistics panel (s), in a dark and a light theme: bars in
the speakers' colours, the archive's people, a speaker's statements over time.
Regenerate with `pytest tests/app/test_statistics_snapshots.py --snapshot-update`."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_screen import open_readout, settled, wait_for
from textual.pilot import Pilot

from readout_tui.app.app import ReadoutApp

THEMES = ("textual-dark", "textual-light")


async def statistics_with_a_speaker_over_time(pilot: Pilot) -> None:
    await settled(pilot)
    await open_readout(pilot, "Foreign Ministers")
    await pilot.press("s")
    await wait_for(pilot, lambda: getattr(pilot.app.screen, "people", None) is not None)
    await pilot.press("down")
    await pilot.pause()


@pytest.mark.parametrize("theme", THEMES)
def test_statistics_panel(snap_compare, library_dir: Path, theme: str) -> None:
    app = ReadoutApp([str(library_dir)], cursor_blink=False)

    async def run_before(pilot: Pilot) -> None:
        pilot.app.theme = theme
        await statistics_with_a_speaker_over_time(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
