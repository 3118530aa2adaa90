"""The reader with its cache, as a user meets it: the second start parses nothing,
an edited readout is never shown as it was, Esc stops the background work."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from app_screen import screen_text, settled, wait_for
from conftest import LIBRARY

from readout_tui.app.app import ReadoutApp
from readout_tui.cache import ReadoutCache

SIZE = (120, 36)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(LIBRARY, folder)
    return folder


def make_app(archive: Path, cache_dir: Path) -> ReadoutApp:
    return ReadoutApp([str(archive)], cursor_blink=False, cache=ReadoutCache(cache_dir, protected=[archive]))


async def test_the_second_start_lists_and_shows_readouts_without_parsing(archive: Path, tmp_path: Path, monkeypatch):
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await _to_the_top(pilot)  # (a slow first search shows the first file by name meanwhile)
        first = screen_text(pilot.app)

    def no_parsing(*args, **kwargs):
        raise AssertionError("a warm start must not parse")

    monkeypatch.setattr("readout_tui.loading.read_title_and_date", no_parsing)
    monkeypatch.setattr("readout_tui.readouts.read_readout", no_parsing)
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await _to_the_top(pilot)
        assert screen_text(app) == first
        assert "2024-06-02 · 2 speakers" in first and "Telephone Call with Osterra" in first


async def _to_the_top(pilot) -> None:
    """The newest readout shown, as g in the list shows it."""
    app = pilot.app
    app.query_one("#readouts").focus()
    await pilot.press("g")
    await wait_for(pilot, lambda: app._opening is None and app.readout.document.path == app._list.entry.path)


async def test_an_edited_readout_is_read_again_and_a_deleted_one_leaves_the_list(archive: Path, tmp_path: Path):
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
    call = archive / "2024-06-02-lisk-call.txt"
    before = call.stat().st_mtime_ns
    call.write_text(call.read_text(encoding="utf-8").replace("Osterra", "Dunmere"), encoding="utf-8")
    os.utime(call, ns=(before + 10**9, before + 10**9))
    (archive / "unreadable-readout.yaml").unlink()
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        screen = screen_text(app)
        assert "Telephone Call with Dunmere" in screen and "Osterra" not in screen
        assert "unreadable" not in screen and "Readouts (2)" in screen


async def test_esc_stops_the_background_work_and_the_palette_resumes_it(archive: Path, tmp_path: Path):
    app = ReadoutApp([str(archive)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.readout is not None)
        app._indexing, app._indexed = True, False  # as if a large archive were still being read
        await pilot.press("escape")
        await pilot.pause()
        assert not app._indexing and not app.query_one("#progress").display
        assert any("Stopped reading the archive" in notice.message for notice in app._notifications)
        commands = [command.title for command in app.get_system_commands(app.screen)]
        assert "Resume reading the archive" in commands
        app.action_resume_indexing()
        await settled(pilot)
        assert app._indexed


async def test_a_slow_search_shows_a_readout_meanwhile_then_the_newest(archive: Path, monkeypatch) -> None:
    """(Untouched meanwhile: see test_audit_fixes3 for a reader who pressed a key.)"""
    import readout_tui.loading as loading

    searched = loading.discover

    def slow_discover(paths):
        from time import sleep

        sleep(1.0)  # a large archive, a slow disk
        return searched(paths)

    monkeypatch.setattr(loading, "discover", slow_discover)
    app = ReadoutApp([str(archive)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.readout is not None)
        assert app.library.total == 1, "shown before the search ended"
        peeked = app.readout.document.path
        assert peeked.name == "unreadable-readout.yaml"  # the last file, by name
        await settled(pilot)
        assert app.library.total == 3
        newest = archive / "2024-06-02-lisk-call.txt"
        assert app._list.cursor == 0 and app._list.entry.path == newest and app.readout.document.path == newest


def _nested_archive(root: Path, offices: int, per_office: int) -> Path:
    for office in range(offices):
        folder = root / f"office-{office}"
        folder.mkdir(parents=True)
        for number in range(per_office):
            (folder / f"readout-{number:03}.txt").write_text(
                f"Readout {office}-{number}\n\nPresident Anton Vesk said that the harbour is open.\n", encoding="utf-8"
            )
    return root


@pytest.mark.parametrize(("offices", "per_office", "first_then_search"), [(3, 40, True), (2, 3, False)])
async def test_a_large_archive_shows_its_last_file_before_it_is_searched(
    tmp_path: Path, monkeypatch, offices: int, per_office: int, first_then_search: bool
) -> None:
    """A first start on an archive that looks large (3 folders of 40: about 120
    readouts, more than are listed with their titles) shows its last file by name
    before the folders are searched, so that searching does not hold the first
    readout up; a small one is searched at once and listed newest first as ever.
    Either ends on the top of the list ("Readout 0-0": undated, by title)."""
    import readout_tui.loading as loading

    archive = _nested_archive(tmp_path / "archive", offices, per_office)
    app = ReadoutApp([str(archive)], cursor_blink=False, cache=ReadoutCache(tmp_path / "cache", protected=[archive]))
    shown_when_searched: list[bool] = []
    searched = loading.discover

    def noting_discover(paths):
        shown_when_searched.append(app.readout is not None)
        return searched(paths)

    monkeypatch.setattr(loading, "discover", noting_discover)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert shown_when_searched == [first_then_search]
        assert app.library.total == offices * per_office
        if first_then_search:
            assert app.readout.document.path == archive / "office-0" / "readout-000.txt"
