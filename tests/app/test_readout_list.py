"""The sidebar's list keeps the reader's place in view."""

from __future__ import annotations

from pathlib import Path

from app_screen import screen_text
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from readout_tui.app.library import Entry, Library
from readout_tui.app.widgets.readout_list import ReadoutList


class ListAndPanel(App[None]):
    """The list over a panel that shows and hides, as the sidebar's progress does."""

    CSS = "#panel { height: 4; display: none; } ReadoutList { height: 1fr; }"

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.readouts = ReadoutList(library)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield self.readouts
            yield Label("progress", id="panel")


def library_of(count: int) -> Library:
    library = Library()
    library.add(Entry(Path(f"r{n}.txt"), f"Readout number {n}", f"2021-01-{n % 28 + 1:02d}") for n in range(count))
    return library


async def test_the_cursor_stays_in_view_when_the_list_grows_shorter() -> None:
    library = library_of(40)
    app = ListAndPanel(library)
    async with app.run_test(size=(60, 20)) as pilot:
        app.readouts.reload()
        app.readouts.focus()
        await pilot.press("G")  # the last readout, at the bottom of the list
        await pilot.pause()
        last = library[len(library) - 1]
        assert last.date in screen_text(app).splitlines()[-1]
        app.query_one("#panel").display = True  # four rows fewer for the list
        await pilot.pause()
        await pilot.pause()
        lines = screen_text(app).splitlines()
        title_rows = [k for k, line in enumerate(lines) if last.title in line]
        assert title_rows, "the cursor's readout went out of view"
        title_row = title_rows[0]
        assert last.date in lines[title_row + 1]  # its date line too, not hidden
        assert "progress" in lines[title_row + 2]


async def test_at_the_end_of_the_list_the_top_line_is_still_a_title() -> None:
    """An odd number of lines on screen: scrolled to the last readout, the list
    starts with a title (not the date line of a readout whose title is hidden)."""
    library = library_of(40)
    app = ListAndPanel(library)
    async with app.run_test(size=(60, 17)) as pilot:  # 17 lines: an odd height for the list
        app.readouts.reload()
        app.readouts.focus()
        await pilot.pause()
        assert app.readouts.scrollable_content_region.height % 2 == 1
        await pilot.press("G")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert "Readout number" in lines[0]
        last = library[len(library) - 1]
        title_row = next(k for k, line in enumerate(lines) if last.title in line)
        assert last.date in lines[title_row + 1]


async def test_a_narrow_list_cuts_titles_and_details_short_with_an_ellipsis() -> None:
    library = Library()
    library.add([Entry(Path("a.txt"), "A readout with a title far too long for the list", "2021-01-01", speakers=12)])
    app = ListAndPanel(library)
    async with app.run_test(size=(22, 10)) as pilot:
        app.readouts.reload()
        await pilot.pause()
        title, details = screen_text(app).splitlines()[:2]
        assert title.rstrip().endswith("…") and details.rstrip().endswith("…")
        assert details.strip().startswith("2021-01-01 · 12")


async def test_moving_the_cursor_redraws_only_the_two_rows_it_leaves_and_enters() -> None:
    """j on a list that need not scroll draws four lines again (two rows of two),
    not the whole list: a key held down through 100,000 readouts stays cheap."""
    library = library_of(40)
    app = ListAndPanel(library)
    async with app.run_test(size=(60, 30)) as pilot:
        app.readouts.reload()
        app.readouts.focus()
        await pilot.pause()
        await pilot.pause()
        drawn: list[int] = []
        real_render_line = app.readouts.render_line

        def noting_render_line(y: int):
            drawn.append(y)
            return real_render_line(y)

        app.readouts.render_line = noting_render_line
        for _ in range(3):
            drawn.clear()
            await pilot.press("j")
            await pilot.pause()
            cursor = app.readouts.cursor
            assert sorted(drawn) == [2 * cursor - 2, 2 * cursor - 1, 2 * cursor, 2 * cursor + 1], drawn
        assert library[app.readouts.cursor].title in screen_text(app)
