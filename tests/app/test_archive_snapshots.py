"""Snapshots of the views across readouts: one person's statements from every
readout, and a search of every readout, at two sizes, in a dark and a light theme.

The archive's cache is made afresh for each run (in a temporary folder) and filled
before the reader starts, as a session that read the whole archive leaves it: the
reader then starts on the newest readout whatever the machine's load (a cold start
may show the first file found while the list is still being made). Regenerate with `pytest tests/app/test_archive_snapshots.py
--snapshot-update` when the look changes on purpose.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from app_screen import settled, wait_for
from textual.pilot import Pilot

from readout_tui.app import indexing
from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.archive_view import ArchiveView
from readout_tui.cache import ReadoutCache
from readout_tui.loading import discover

SIZES = {"100x30": (100, 30), "160x45": (160, 45)}
THEMES = ("textual-dark", "textual-light")
SCREENS = {
    "speaker": ("ctrl+a", "slash", *"lukashenko", "enter", "n"),
    "search": ("ctrl+a", "ctrl+f", *"sovereignty", "enter"),
    "speaker-search": ("ctrl+a", "ctrl+f", *'speaker:"aleksandr lukashenko" trade', "enter"),
}


@pytest.fixture
def archive_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The archive fixture, by a relative path, so that the screen is the same everywhere."""
    monkeypatch.chdir(Path(__file__).resolve().parent / "fixtures")
    return Path("archive")


def prepare(theme: str, *keys: str) -> Callable[[Pilot], Awaitable[None]]:
    async def run_before(pilot: Pilot) -> None:
        pilot.app.theme = theme
        await settled(pilot)
        await pilot.press(*keys)
        view = pilot.app.query_one(ArchiveView)

        def done() -> bool:
            """the archive view to finish looking"""
            return view.gathered is not None and view.gathered.done

        await wait_for(pilot, done)

    return run_before


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_archive_screen(snap_compare, archive_dir: Path, tmp_path: Path, screen: str, size: str, theme: str) -> None:
    cache = ReadoutCache(tmp_path / "cache", protected=[archive_dir])
    paths = discover([archive_dir]).files
    for passing in (indexing.read_titles, indexing.attribute_all):
        for _ in passing(paths, cache):
            pass
    app = ReadoutApp([str(archive_dir)], cursor_blink=False, cache=cache)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=prepare(theme, *SCREENS[screen]))
