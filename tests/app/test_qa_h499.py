"""Defects a user's QA pass found, each pinned by what the user sees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled, wait_for

from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.readout_list import ReadoutList

SIZE = (120, 36)
LIBRARY = Path(__file__).resolve().parent / "fixtures" / "library"


def statements_in_order(app: ReadoutApp):
    assert app.readout is not None
    return sorted(app.readout.attribution.statements, key=lambda s: s.start)


@pytest.mark.parametrize("key", ["c", "C"])
async def test_c_in_the_readout_list_copies_and_does_not_narrow(library_dir: Path, key: str) -> None:
    """README: `c` / `C` are keys of the table, so in the list they copy; they
    began the narrowing instead (the box showed "c", "Readouts (2 of 3)")."""
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        assert isinstance(app.focused, ReadoutList)
        await pilot.press(key)
        await pilot.pause()
        assert app.library.query == ""
        assert isinstance(app.focused, ReadoutList)
        first = statements_in_order(app)[0]
        if key == "c":
            assert app.clipboard == f"{first.speaker}: “{first.text}”"
        else:
            assert app.clipboard.startswith(app.readout.document.title + "\n\n")


def test_every_letter_the_readme_names_as_a_key_of_the_list_is_bound_there() -> None:
    """The README's "letters" row names the letters that act from the list; each
    must be bound in the list or everywhere, and every letter bound there named."""
    from readout_tui.app.app import ReadoutApp

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| letters | readout list |"))
    bound = {
        key
        for binding in [*ReadoutApp.BINDINGS, *ReadoutList.BINDINGS]
        for key in binding.key.split(",")
        if len(key) == 1 and key.isalpha()
    }
    listed = row.split("keys of the list (", 1)[1].split(")", 1)[0]
    named = set()
    for part in listed.split("`")[1::2]:
        named.update(key.strip() for key in part.split("/") if len(key.strip()) == 1 and key.strip().isalpha())
    assert bound <= named, f"bound in the list but not named in the README: {sorted(bound - named)}"
    assert named <= bound, f"named in the README but not bound in the list: {sorted(named - bound)}"


async def keys_panel(pilot) -> None:
    """Open Textual's Keys panel the way the reader does: Ctrl+P, "Keys"."""
    from textual.command import CommandPalette

    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*"keys")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await wait_for(pilot, lambda: bool(app.screen.query("HelpPanel")))


async def test_esc_closes_the_keys_panel_opened_from_the_palette(library_dir: Path) -> None:
    """Esc left Textual's Keys panel open (it stopped the background reading)."""
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.text_view.focus()
        await keys_panel(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not app.screen.query("HelpPanel"))


async def test_esc_with_the_keys_panel_open_still_closes_the_find_box_first(library_dir: Path) -> None:
    """The find box keeps its own Esc; the next Esc closes the panel."""
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.text_view.focus()
        await keys_panel(pilot)
        await pilot.press("ctrl+f", *"the")
        await wait_for(pilot, lambda: app._find is not None and app._find.is_open)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not app._find.is_open)
        assert app.screen.query("HelpPanel")
        await pilot.press("escape")
        await wait_for(pilot, lambda: not app.screen.query("HelpPanel"))


async def palette_command(pilot, name: str) -> None:
    from textual.command import CommandPalette

    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*name)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette))


async def test_the_palettes_screenshot_is_saved_in_the_current_folder_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It went to ~/Downloads, which may not exist: "Failed to save screenshot"."""
    from notices import notice

    monkeypatch.setenv("HOME", str(tmp_path / "home-without-downloads"))
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    app = ReadoutApp([LIBRARY], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await palette_command(pilot, "screenshot")
        shown = await notice(pilot, "Saved the screenshot")
        saved = list(here.glob("*.svg"))
        assert len(saved) == 1
        assert f"{saved[0].name} in {here.resolve()}" in shown, shown


async def test_a_screenshot_that_cannot_be_saved_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from notices import notice

    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()  # the current folder removed under the reader
    app = ReadoutApp([LIBRARY], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await palette_command(pilot, "screenshot")
        await notice(pilot, "Could not save the screenshot: No such file or directory")


async def help_lines(pilot) -> list[str]:
    from textual.widgets import Static

    from readout_tui.app.screens.help import HelpScreen

    await pilot.press("f1")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
    await pilot.pause()
    return str(pilot.app.screen.query_one("#help-text", Static).content).splitlines()


async def test_help_lists_every_key_that_works_on_all_readouts(library_dir: Path) -> None:
    """The "All readouts (Ctrl+A)" section listed only ⏎, though c / C and the
    readout's scrolling keys work there."""
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        lines = await help_lines(pilot)
        start = lines.index("All readouts (Ctrl+A)")
        section = lines[start + 1: lines.index("", start)]
        keys = {line.split("  ")[0].strip() for line in section if not line.startswith(" ")}
        assert {"⏎", "c", "C", "j", "k", "g", "G", "space", "b"} <= keys, section
        assert any(line.startswith("C ") and "statements listed" in line for line in section)


async def test_help_at_60_by_20_wraps_each_description_in_its_own_column(library_dir: Path) -> None:
    """A scroll bar took two columns after the text was fitted: "Who spoke how
    much: readout and" was wrapped again, "and" alone under the keys."""
    from textual.widgets import Static

    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settled(pilot)
        lines = await help_lines(pilot)
        text = app.screen.query_one("#help-text", Static)
        assert max(len(line) for line in lines) <= text.content_region.width
        assert text.size.height == len(lines)  # drawn as fitted: no line wrapped again


def two_readouts(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.md").write_text(
        "---\ntitle: Talks with Anton Marek\ndate: 2021-03-01\n---\n\n“Trade comes first,” Anton Marek said.\n\n"
        "“We will open the corridor,” Anton Marek said.\n", encoding="utf-8")
    (folder / "visit.md").write_text(
        "---\ntitle: A visit to Halsby\ndate: 2022-05-01\n---\n\n“The port is ready,” Ilona Brenn said.\n",
        encoding="utf-8")
    return folder


def reader_with_memory(folder: Path, tmp_path: Path) -> ReadoutApp:
    from readout_tui.cache import ReadoutCache
    from readout_tui.state import SavedState

    cache = ReadoutCache(tmp_path / "cache", protected=[folder])
    return ReadoutApp([str(folder)], cursor_blink=False, cache=cache, state=SavedState(tmp_path / "state"))


def filter_status(app: ReadoutApp) -> str:
    return app.query_one("#filter-status").render().plain


async def test_a_restart_brings_back_all_readouts_with_the_filter(tmp_path: Path) -> None:
    """Ctrl+A, /marek, q, restart: the reader came back on the newest readout, in
    "this readout", saying `No "marek" here · all 1 statement`."""
    from app_screen import gathered

    folder = two_readouts(tmp_path)
    async with reader_with_memory(folder, tmp_path).run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"marek", "enter")
        await gathered(pilot)
        assert pilot.app._everywhere
    again = reader_with_memory(folder, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await wait_for(pilot, lambda: again._everywhere)
        await gathered(pilot)
        assert again.speaker_filter is not None and again.speaker_filter.query == "marek"
        assert "all readouts" in again.query_one("#filter-scope").render().plain
        assert filter_status(again).startswith("2 statements")


async def test_a_filter_matching_nobody_in_this_readout_says_how_many_in_all_readouts(tmp_path: Path) -> None:
    folder = two_readouts(tmp_path)
    app = reader_with_memory(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "Halsby" in app.readout.document.title  # the newest: Marek is not in it
        await pilot.press("slash", *"marek", "enter")
        await wait_for(pilot, lambda: "marek" in filter_status(app) and "looking" not in filter_status(app))
        assert filter_status(app) == "No “marek” here · 2 in all readouts"
        await pilot.press("slash", *"nobody", "enter")
        await wait_for(pilot, lambda: "nobody" in filter_status(app) and "looking" not in filter_status(app))
        assert filter_status(app) == "No “nobody” in any readout"


async def test_a_search_border_counts_matches_not_statements(tmp_path: Path) -> None:
    """Ctrl+F on all readouts lists statements and readouts whose text has the
    words: the border said "statement 2 of 2" on a text match (of 1 statement)."""
    from app_screen import gathered

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.md").write_text(
        "---\ntitle: Talks on the corridor\ndate: 2022-03-01\n---\n\n“We will open the corridor,” Anton Marek said.\n",
        encoding="utf-8")
    (folder / "visit.md").write_text(
        "---\ntitle: A visit to Halsby\ndate: 2021-05-01\n---\n\nThe ministers drove along the corridor.\n\n"
        "“The port is ready,” Ilona Brenn said.\n", encoding="utf-8")
    app = reader_with_memory(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "ctrl+f", *"corridor", "enter")
        await gathered(pilot)
        view = app._archive
        await pilot.press("n")
        await pilot.pause()
        assert str(view.border_subtitle) == "match 1 of 2 · a statement"
        await pilot.press("n")
        await pilot.pause()
        assert str(view.border_subtitle) == "match 2 of 2 · in a readout's text"


def bar_line(app: ReadoutApp) -> str:
    return screen_text(app).splitlines()[-2]


async def test_the_filter_boxs_hint_keeps_a_gap_before_the_count() -> None:
    """At 120 columns "name or alias, Enter filters 0 statements": a hint as long as
    the box filled it, and ran on into the count beside it (one margin apart)."""
    from textual.app import App, ComposeResult
    from textual.containers import Horizontal
    from textual.widgets import Static

    from readout_tui.app.widgets.filter_bar import PLACEHOLDER, QueryBox

    class Bar(App[None]):
        CSS = f"QueryBox {{ width: {len(PLACEHOLDER)}; }} Static {{ width: auto; margin-left: 1; }}"

        def compose(self) -> ComposeResult:
            with Horizontal():
                yield QueryBox(placeholder=PLACEHOLDER, compact=True)
                yield Static("0 statements")

    app = Bar()
    async with app.run_test(size=(60, 3)) as pilot:
        await pilot.pause()
        line = screen_text(app).splitlines()[0]
        assert re.search(r"\S   +0 statements", line), line


async def test_the_speaker_label_stays_at_100_columns_when_it_fits(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        line = bar_line(app)
        assert "Speaker  this readout" in line, line
        assert re.search(r"\d+ statements · \d+ speakers", line), line


def contrast(one, other) -> float:
    """The WCAG contrast ratio of two Textual colours."""

    def luminance(colour) -> float:
        def linear(channel: int) -> float:
            c = channel / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_the_unfocused_panes_borders_show_on_the_theme(library_dir: Path, theme: str) -> None:
    """In textual-light the unfocused readout pane's border was near-white on light grey."""
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await settled(pilot)
        sidebar = app.query_one("#sidebar")
        for pane, focus in ((app.text_view, app.query_one("#readouts")), (sidebar, app.text_view)):
            focus.focus()
            await pilot.pause()
            assert focus.has_focus and not pane.has_focus
            border = pane.styles.border_top[1]
            _, behind = pane.background_colors
            assert contrast(border, behind) >= 1.5, (pane.id, border.hex, behind.hex)
