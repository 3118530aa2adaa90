"""Defects a walk through the reader in a real terminal (tmux, the White House
archive, the sample readouts) found, each pinned by what the user sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_screen import archive_text, cached_reader as make_app, gathered, screen_text, settled
from conftest import FIXTURES

from readout_tui.app.find import FindBar

SIZE = (120, 36)
ARCHIVE = FIXTURES / "archive"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(ARCHIVE, folder)
    return folder


@pytest.mark.parametrize("where", ["list", "box"])
async def test_esc_after_searching_all_readouts_shows_the_filtered_speaker_again(
    archive: Path, tmp_path: Path, where: str
) -> None:
    """On all readouts with a speaker in the filter bar, a search (Ctrl+F, words,
    Enter) and then Esc closed the box but left the search's statements on screen,
    under a filter bar that named the speaker and counted nothing; the next Esc
    cleared the speaker. Esc now ends the search: the speaker's statements and
    count are back, and the filter is kept."""
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"lukashenko", "enter")
        await gathered(pilot)
        assert "3 statements in 3 readouts" in screen_text(app)
        await pilot.press("ctrl+f")
        await pilot.pause()
        app.query_one("#find-input").value = ""  # words of the reader's own, not the offered speaker:
        await pilot.press(*"school", "enter")
        await gathered(pilot)
        assert "Our schools welcome every visitor" in archive_text(app)
        assert "We will never trade our sovereignty" not in archive_text(app)
        if where == "box":
            await pilot.press("ctrl+f")  # the box again, with the words searched
            await pilot.pause()
        await pilot.press("escape")
        await gathered(pilot)
        await pilot.pause()
        assert not app.query_one(FindBar).is_open
        assert app.speaker_filter is not None and app.speaker_filter.query == "lukashenko"
        text = archive_text(app)
        assert "Aleksandr Lukashenko · 3 statements in 3 readouts" in text
        assert "We will never trade our sovereignty" in text
        assert "3 statements in 3 readouts" in screen_text(app).splitlines()[-2]  # the filter bar's count
