"""s: who spoke how much, in the open readout and across the archive, and a
speaker's statements over time. Expected figures come from the engine's own
attribution of the fixture readouts, so these tests check the panel, not the engine."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled, wait_for
from textual.widgets import OptionList, Sparkline

from readout_tui.app import indexing
from readout_tui.app.app import ReadoutApp
from readout_tui.app.screens.statistics import StatisticsScreen
from readout_tui.model import Readout
from readout_tui.statistics import ArchiveTally

SIZE = (120, 36)
TITLE = "Foreign Ministers"


def rows(app: ReadoutApp) -> list[str]:
    """The panel's rows as the reader sees them."""
    shares = app.screen.query_one("#shares", OptionList)
    return [option.prompt.plain for option in shares.options]


def row_of(app: ReadoutApp, name: str, after: str = "") -> str:
    """The first row naming `name` after the row starting with `after`."""
    lines = rows(app)
    start = next(index for index, line in enumerate(lines) if line.startswith(after)) if after else 0
    return next(line for line in lines[start:] if name in line)


def words(readout: Readout, name: str) -> int:
    return sum(len(s.text.split()) for s in readout.attribution.by_speaker(name))


async def open_panel(pilot) -> StatisticsScreen:
    await settled(pilot)
    await open_readout(pilot, TITLE)
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, StatisticsScreen)
    return screen


async def tallied(pilot) -> None:
    await wait_for(pilot, lambda: pilot.app.screen.people is not None)


def bar_cells(row: str) -> int:
    """How many cells of a row's bar are filled (partial cells count as one)."""
    return sum(1 for ch in row if ch in "█▏▎▍▌▋▊▉")


async def test_s_shows_each_speakers_statements_and_share_of_words_as_bars(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(pilot)
        readout = app.readout
        assert f"This readout · {readout.document.title}" in screen_text(app)
        total = sum(len(s.text.split()) for s in readout.attribution.statements)
        shown = {}
        for speaker in readout.attribution.speakers:
            row = row_of(app, speaker.name)
            statements = len(readout.attribution.by_speaker(speaker.name))
            assert f" {statements}  " in row
            assert row.rstrip().endswith(f"{words(readout, speaker.name) / total:.0%}")
            shown[speaker.name] = bar_cells(row)
        most, least = sorted(shown, key=lambda name: -words(readout, name))
        assert shown[most] > shown[least] > 0
        assert rows(app).index(row_of(app, most)) < rows(app).index(row_of(app, least)), "most words first"


async def test_the_archive_section_merges_every_readout_in_a_worker(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(pilot)
        await tallied(pilot)
        readouts = [indexing.open_readout(entry.path, None)[0] for entry in app.library.entries()]
        readable = [r for r in readouts if r.document.ok]
        statements = Counter(s.speaker for r in readable for s in r.attribution.statements)
        screen = screen_text(app)
        assert f"Archive · {len(readable)} readouts · {sum(statements.values())} statements" in screen
        for name, count in statements.items():
            in_readouts = sum(1 for r in readable if r.attribution.speaker(name))
            row = row_of(app, name, after="Archive")
            assert f" {count}  " in row
            assert row.endswith(f"{in_readouts} readout" + ("s" if in_readouts > 1 else ""))
        assert "Piet Varro" in screen, "a speaker of another readout"


async def test_a_highlighted_speaker_is_shown_over_time_as_a_sparkline(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(pilot)
        await tallied(pilot)
        lisk = row_of(app, "Teodora Lisk")
        shares = app.screen.query_one("#shares", OptionList)
        while shares.highlighted_option.prompt.plain != lisk:
            await pilot.press("down")
        await pilot.pause()
        months = Counter(
            readout.document.date[:7]
            for entry in app.library.entries()
            for readout in [indexing.open_readout(entry.path, None)[0]]
            if readout.document.ok
            for s in readout.attribution.by_speaker("Teodora Lisk")
        )
        first, last = min(months), max(months)
        screen = screen_text(app)
        assert f"Statements of Teodora Lisk per month, {first} to {last} · {sum(months.values())} in all" in screen
        axis = next(line for line in screen.splitlines() if first in line and last in line and "Statements" not in line)
        assert axis.index(first) < axis.index(last)
        sparkline = app.screen.query_one("#timeline", Sparkline)
        assert sparkline.display and max(sparkline.data) == max(months.values())
        lines = sparkline.render_lines(sparkline.region.reset_offset)
        top, bottom = lines[0], lines[-1]
        assert bottom.text.strip() and len(bottom.text.strip()) == sparkline.size.width, "every month has a bar"
        assert months[first] != months[last] and top.text.strip() != bottom.text.strip(), "bars of different heights"


async def test_the_archive_is_read_without_blocking_and_says_how_far_it_got(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    original = indexing.open_readout

    def slow_open(path, cache, **options):
        release.wait(10)
        return original(path, cache, **options)

    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        monkeypatch.setattr(indexing, "open_readout", slow_open)
        await open_readout(pilot, TITLE)
        await pilot.press("s")
        await pilot.pause()
        total = app.library.total
        assert f"Archive · reading 0 of {total} readouts…" in screen_text(app)
        await pilot.press("down")  # keys are answered meanwhile
        await pilot.pause()
        assert "over time: once the archive is read." in screen_text(app)
        release.set()
        await tallied(pilot)
        assert "Archive · reading" not in screen_text(app)
        assert "Statements of" in screen_text(app)


async def test_the_tally_is_kept_after_closing_and_redone_only_for_a_new_list(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Readout] = []
    original = ArchiveTally.add

    def counting_add(tally: ArchiveTally, readout: Readout) -> None:
        opened.append(readout)
        original(tally, readout)

    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        monkeypatch.setattr(ArchiveTally, "add", counting_add)
        await open_readout(pilot, TITLE)
        await pilot.press("s")
        await tallied(pilot)
        assert len(opened) == app.library.total
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatisticsScreen)
        await open_readout(pilot, "Telephone Call")
        await pilot.press("s")
        await pilot.pause()
        assert f"This readout · {app.readout.document.title}" in screen_text(app)
        assert "Archive · reading" not in screen_text(app)
        assert len(opened) == app.library.total, "nothing read again"


async def test_without_a_readout_to_count_only_the_archive_is_shown(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "unreadable-readout")
        await pilot.press("s")
        await tallied(pilot)
        screen = screen_text(app)
        assert "This readout" not in screen
        assert "Archive · 2 readouts" in screen


async def test_the_command_palette_opens_the_panel_too(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, TITLE)
        await pilot.press("ctrl+p", *"who spoke")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, StatisticsScreen))
        assert f"This readout · {app.readout.document.title}" in screen_text(app)
