"""The reader reopens where the user left it: the readout, the speaker filter, the
line and the theme; `--speaker` wins, a readout deleted since is passed over, and a
broken state file is only a notice."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled, wait_for
from conftest import LIBRARY

from readout_tui import cli
from readout_tui.app.app import ReadoutApp
from readout_tui.cache import ReadoutCache
from readout_tui.state import STATE_FILE, SavedState

SIZE = (120, 36)
CALL = "Telephone Call with Osterra"
MINISTERS = "Foreign Ministers of Veloria and Lirea"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(LIBRARY, folder)
    long = folder / "2023-01-01-long-plenary.txt"
    paragraphs = [f"Paragraph {n}: “We discussed item {n},” Teodora Lisk said." for n in range(1, 80)]
    long.write_text("Long Plenary Session\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def make_app(archive: Path, state_dir: Path, speaker: str | None = None) -> ReadoutApp:
    """The reader as started from the command line: a cache (warm on the second
    start, so the saved readout comes back at once) and the saved state."""
    cache = ReadoutCache(state_dir.parent / "cache", protected=[archive])
    return ReadoutApp([str(archive)], speaker, cursor_blink=False, cache=cache, state=SavedState(state_dir))


def cursor_title(app: ReadoutApp) -> str:
    entry = app.query_one("#readouts").entry
    assert entry is not None
    return entry.title


def first_item(app: ReadoutApp) -> int:
    """The number of the first statement of the long readout on screen."""
    return int(re.search(r"item (\d+)", screen_text(app)).group(1))


async def shown(pilot, title_part: str) -> None:
    app = pilot.app

    def opened() -> bool:
        """the readout to open"""
        return app.readout is not None and title_part in app.readout.document.title and app._opening is None

    await wait_for(pilot, opened)


async def test_the_reader_reopens_at_the_readout_filter_line_and_theme_left(archive: Path, tmp_path: Path) -> None:
    app = make_app(archive, tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert CALL in app.readout.document.title, "with nothing saved, the newest readout opens"
        await open_readout(pilot, "Long Plenary")
        app.theme = "textual-light"
        await pilot.press("slash", *"lisk", "enter")
        await wait_for(pilot, lambda: "of 79 statements" in screen_text(app))
        await pilot.press(*["space"] * 3)
        await pilot.pause()
        line = round(app.text_view.scroll_y)
        assert line > 20
        top = first_item(app)
        assert top > 10

    again = make_app(archive, tmp_path / "state")
    async with again.run_test(size=SIZE) as pilot:
        await shown(pilot, "Long Plenary")
        await settled(pilot)
        screen = screen_text(again)
        assert again.theme == "textual-light"
        assert cursor_title(again) == "Long Plenary Session", "the list's cursor is on it too"
        assert again.query_one("#filter Input").value == "lisk"
        assert "79 of 79 statements · Teodora Lisk" in screen
        assert round(again.text_view.scroll_y) == line
        assert first_item(again) == top, "the same statements are on screen"


async def test_each_archive_reopens_at_its_own_readout(archive: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(archive, other)
    for folder, title in ((archive, MINISTERS), (other, "Long Plenary")):
        async with make_app(folder, tmp_path / "state").run_test(size=SIZE) as pilot:
            await settled(pilot)
            await open_readout(pilot, title)
    for folder, title in ((archive, MINISTERS), (other, "Long Plenary")):
        app = make_app(folder, tmp_path / "state")
        async with app.run_test(size=SIZE) as pilot:
            await shown(pilot, title)
            await settled(pilot)
            assert title in app.readout.document.title


async def test_the_speaker_given_on_the_command_line_wins_over_the_saved_filter(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "state").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"lisk", "enter")
        await pilot.pause()
    app = make_app(archive, tmp_path / "state", speaker="Varro")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.query_one("#filter Input").value == "Varro"
        assert "Piet Varro" in screen_text(app).split("statement")[-2] or "· Piet Varro" in screen_text(app)


async def test_a_saved_readout_deleted_since_is_passed_over(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "state").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Long Plenary")
    (archive / "2023-01-01-long-plenary.txt").unlink()
    app = make_app(archive, tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert CALL in app.readout.document.title
        assert "Long Plenary" not in screen_text(app)


async def test_a_broken_state_file_is_a_notice_and_the_reader_starts_as_new(archive: Path, tmp_path: Path) -> None:
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / STATE_FILE).write_text('{"places": {', encoding="utf-8")
    app = make_app(archive, tmp_path / "state")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        assert CALL in app.readout.document.title
        assert "Where you left off" in screen_text(app)
        await open_readout(pilot, MINISTERS)
    app = make_app(archive, tmp_path / "state")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await shown(pilot, MINISTERS)
        assert "Where you left off" not in screen_text(app), "the next save mended it"


async def test_moving_to_another_readout_is_saved_without_quitting(archive: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("readout_tui.app.saved_place.SAVE_AFTER_SECONDS", 0.05)
    app = make_app(archive, tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, MINISTERS)
        readout = str(archive / "2024-05-14-veloria-lirea-ministers.txt")
        await wait_for(pilot, lambda: SavedState(tmp_path / "state").place([archive]).readout == readout)


def test_no_state_on_the_command_line_neither_reads_nor_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("readout_tui.app.run", lambda *args, **kwargs: calls.append(kwargs) or 0)
    assert cli.main(["--no-state", "somewhere"]) == 0
    assert cli.main(["somewhere"]) == 0
    assert [call["use_state"] for call in calls] == [False, True]
