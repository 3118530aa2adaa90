"""Start-up: the first frame comes before the cycle collector's work."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from app_screen import settled
from conftest import SEED

from readout_tui.app.app import ReadoutApp


class _Watched(ReadoutApp):
    """The reader, noting whether the collector runs while it is being mounted."""

    CSS_PATH = str(Path(sys.modules[ReadoutApp.__module__].__file__).parent / ReadoutApp.CSS_PATH)
    collector_on_mount: list[bool]

    def on_mount(self) -> None:
        self.collector_on_mount = [gc.isenabled()]
        super().on_mount()


async def test_the_cycle_collector_waits_for_the_first_frame_and_only_for_it() -> None:
    assert gc.isenabled()
    app = _Watched([str(SEED)], cursor_blink=False)
    assert gc.isenabled()  # an app that is made but never run changes nothing
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert app.collector_on_mount == [False]
        assert gc.isenabled()
    assert gc.isenabled()


async def test_the_parts_not_on_screen_at_first_are_mounted_after_the_first_frame() -> None:
    from readout_tui.app.find import FindBar
    from readout_tui.app.widgets.archive_view import ArchiveView

    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert len(app.query(ArchiveView)) == 1 and len(app.query(FindBar)) == 1
        assert len(app.query("#progress-bar")) == 1
        main = [widget.id for widget in app.query_one("#main").children]
        assert main == ["header", "legend", "readout", "archive", "find", "filter"]
        bar = [widget.id for widget in app.query_one("#filter").children]
        assert bar == ["filter-label", "filter-scope", "filter-input", "filter-status"]


async def test_quitting_before_the_first_frame_is_drawn_is_clean() -> None:
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(120, 36)):
        app.exit(0)
    assert app.return_code == 0


class _TypedAhead(ReadoutApp):
    """The reader as a key typed ahead finds it: the parts mounted after the first
    frame are not there yet when the key is handled."""

    CSS_PATH = _Watched.CSS_PATH

    def _mount_the_rest(self) -> None:
        if getattr(self, "typed_ahead", False):
            super()._mount_the_rest()


async def test_keys_typed_ahead_of_the_parts_mounted_later_still_work() -> None:
    from readout_tui.app.find import FindBar
    from readout_tui.app.widgets.archive_view import ArchiveView

    app = _TypedAhead([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert not app.query(FindBar) and not app.query(ArchiveView)  # held back, as a key typed ahead finds them
        assert not app.query_one("#filter").children  # the filter bar's parts too
        app.typed_ahead = True
        await pilot.press("ctrl+f")
        await pilot.pause()
        find = app.query_one(FindBar)
        assert find.is_open and app.focused is find.input
        await pilot.press("escape", "ctrl+a")
        await pilot.pause()
        assert app.query_one(ArchiveView).display and app._everywhere


async def test_a_filter_typed_ahead_of_the_filter_box_is_applied() -> None:
    """/ before the filter bar's box is mounted mounts it and goes to it; a speaker
    asked for on the command line is in the box as it appears."""
    from textual.widgets import Input

    app = _TypedAhead([str(SEED)], speaker="Mitchell", cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert not app.query_one("#filter").children
        assert app.speaker_filter is not None and app.speaker_filter.query == "Mitchell"
        await pilot.press("slash")
        box = app.query_one("#filter-input", Input)
        assert app.focused is box and box.value == "Mitchell" and not box.cursor_blink
        await pilot.press("ctrl+u", *"lukashenko", "enter")
        await settled(pilot)
        assert app.speaker_filter is not None and app.speaker_filter.query == "lukashenko"
        assert "statement" in str(app.query_one("#filter-status").render())


async def test_a_burst_of_keys_as_the_reader_starts_goes_where_the_slash_sends_it() -> None:
    """"/luka" typed before the reader is up reaches the list all at once: the list
    hands the / on (the app's key) and has taken the letters before the box has the
    focus. The letters still go to the filter box, not to the title search."""
    from textual import events
    from textual.widgets import Input

    app = _TypedAhead([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        app.typed_ahead = True
        for key in ("slash", *"luka"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await settled(pilot)
        box = app.query_one("#filter-input", Input)
        assert app.focused is box and box.value == "luka"
        assert app.query_one("#title-search", Input).value == ""
        app.query_one("#readouts").focus()  # back in the list, a letter narrows the list again
        await pilot.press("l")
        await settled(pilot)
        assert app.query_one("#title-search", Input).value == "l" and box.value == "luka"


async def test_a_word_typed_in_a_burst_after_ctrl_f_goes_to_the_find_box_even_before_it_is_mounted() -> None:
    from textual import events

    from readout_tui.app.find import FindBar

    app = _TypedAhead([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert not app.query(FindBar)  # held back, as a key typed ahead finds it
        app.typed_ahead = True
        app.post_message(events.Key("ctrl+f", None))
        for key in "hope":
            app.post_message(events.Key(key, key))
        await settled(pilot)
        find = app.query_one(FindBar)
        assert app.focused is find.input and find.input.value == "hope"
        assert app.query_one("#title-search").value == ""


def test_the_parts_mounted_after_the_first_frame_are_not_imported_before_it() -> None:
    """The view across readouts, the find box and the help screen (~12 ms of
    imports) load with the rest, not before the first frame."""
    import subprocess

    later = ("readout_tui.app.widgets.archive_view", "readout_tui.app.find", "readout_tui.corpus_index",
             "readout_tui.app.screens.help")
    code = "import sys, readout_tui.cli, readout_tui.app.app; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "readout_tui.app.app" in loaded
    assert [module for module in later if module in loaded] == []
