"""c copies the statement the reader is at, C the whole view, as plain text
with who said it (through `App.copy_to_clipboard`, which works over SSH)."""

from __future__ import annotations

from pathlib import Path

from app_screen import open_readout, settled
from notices import notice

from readout_tui.app.app import ReadoutApp
from readout_tui.model import Statement

SIZE = (120, 36)


def in_reading_order(app: ReadoutApp) -> list[Statement]:
    assert app.readout is not None
    return sorted(app.readout.attribution.statements, key=lambda s: s.start)


def as_copied(statement: Statement) -> str:
    return f"{statement.speaker}: “{statement.text}”"


async def reading(pilot, title: str) -> ReadoutApp:
    """Open the readout titled like `title` and put the focus in its text."""
    await settled(pilot)
    await open_readout(pilot, title)
    await pilot.press("enter")
    await pilot.pause()
    assert pilot.app.focused is pilot.app.text_view
    return pilot.app


async def test_c_copies_the_statement_n_stopped_at_with_its_speaker(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await reading(pilot, "Foreign Ministers")
        second = in_reading_order(app)[1]
        await pilot.press("n", "n", "c")
        await pilot.pause()
        assert app.clipboard == as_copied(second)
        await notice(pilot, f"Copied a statement of {second.speaker}")


async def test_c_without_a_current_statement_copies_the_first_one_on_screen(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await reading(pilot, "Foreign Ministers")
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == as_copied(in_reading_order(app)[0])


async def test_shift_c_copies_only_the_filtered_statements(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await reading(pilot, "Foreign Ministers")
        await pilot.press("slash", *"quell", "enter")
        await pilot.pause()
        quell = [s for s in in_reading_order(app) if s.speaker and "Quell" in s.speaker]
        assert len(quell) >= 2
        await pilot.press("C")
        await pilot.pause()
        assert app.clipboard == "\n\n".join(as_copied(s) for s in quell)
        await notice(pilot, f"Copied {len(quell)} statements of {quell[0].speaker}")


async def test_shift_c_without_a_filter_copies_the_whole_readout(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await reading(pilot, "Foreign Ministers")
        document = app.readout.document
        await pilot.press("C")
        await pilot.pause()
        assert app.clipboard.startswith(document.title + "\n\n")
        assert all(statement.text in app.clipboard for statement in in_reading_order(app))
        await notice(pilot, "Copied the whole readout")


async def test_nothing_is_copied_from_a_readout_that_could_not_be_loaded(library_dir: Path) -> None:
    app = ReadoutApp([library_dir], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await reading(pilot, "unreadable-readout")
        await pilot.press("c")
        await pilot.pause()
        await notice(pilot, "There is no statement here to copy.")
        await pilot.press("C")
        await pilot.pause()
        await notice(pilot, "There is no readout to copy.")
        assert app.clipboard == ""
