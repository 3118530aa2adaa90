"""Ctrl+F: find in the open readout (highlights, a count, Enter / n / N), or, on
"all readouts", search every readout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_screen import archive_text, cached_reader as make_app, gathered, open_readout, screen_text, settled, wait_for
from conftest import FIXTURES, SEED
from textual.strip import Strip

from readout_tui.app.app import ReadoutApp
from readout_tui.app.find import FindBar
from readout_tui.app.widgets.archive_view import ArchiveView
from readout_tui.app.widgets.readout_view import CURRENT_MATCH_STYLE, ReadoutView

SIZE = (120, 36)


def highlighted(view: ReadoutView) -> list[tuple[str, bool]]:
    """The highlighted words drawn on screen, and whether each is the current match
    (black on yellow; the others in reverse video)."""
    found: list[tuple[str, bool]] = []
    for y in range(view.scrollable_content_region.height):
        strip: Strip = view.render_line(y)
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            current = style.bgcolor is not None and style.bgcolor.triplet == CURRENT_MATCH_STYLE.background.rgb
            if current or style.reverse:
                found.append((segment.text, current))
    return found


def find_count(app: ReadoutApp) -> str:
    return app.query_one("#find-count").render().plain


async def found(pilot, count: str) -> None:
    def shown() -> bool:
        """the find box to show its count"""
        return find_count(pilot.app) == count

    await wait_for(pilot, shown)


async def test_ctrl_f_highlights_every_match_and_moves_between_them(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        body = app.readout.document.body
        assert body.casefold().count("dorvik") == 2
        await pilot.press("ctrl+f", *"DORVIK")
        await found(pilot, "1 of 2")
        assert highlighted(app.text_view) == [("Dorvik", True), ("Dorvik", False)]
        await pilot.press("enter")
        await found(pilot, "2 of 2")
        assert highlighted(app.text_view) == [("Dorvik", False), ("Dorvik", True)]
        await pilot.press("enter")
        await found(pilot, "1 of 2")  # round to the first again
        app.text_view.focus()
        await pilot.press("N")
        await found(pilot, "2 of 2")
        await pilot.press("n")
        await found(pilot, "1 of 2")
        await pilot.press("escape")
        await pilot.pause()
        assert not app.query_one(FindBar).display
        assert highlighted(app.text_view) == []
        await pilot.press("n")  # n is the next statement again
        await pilot.pause()
        assert app.text_view.current == 0


async def test_what_is_typed_is_text_not_markup_or_a_pattern(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        await pilot.press("ctrl+f", *"[bold]")
        await found(pilot, "1 of 1")
        assert highlighted(app.text_view) == [("[bold]", True)]
        await pilot.press(*["backspace"] * 6, *".*(")
        await found(pilot, "no matches")
        assert highlighted(app.text_view) == []
        assert "no matches" in screen_text(app)


async def test_find_looks_in_what_the_filter_shows(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        await pilot.press("slash", *"quell", "enter", "ctrl+f", *"the")
        quell = [s.text for s in app.readout.attribution.statements if s.speaker == "Amara Quell"]
        expected = sum(text.casefold().count("the") for text in quell)
        await found(pilot, f"1 of {expected}")
        await pilot.press("escape", "escape")  # the find box, then the filter
        await pilot.press("ctrl+f", *"the")
        everywhere = app.readout.document.body.casefold().count("the")
        assert everywhere > expected
        await found(pilot, f"1 of {everywhere}")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(FIXTURES / "archive", folder)
    return folder


async def test_searching_every_readout_lists_statements_and_readouts(archive: Path, tmp_path: Path) -> None:
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "ctrl+f", *"Sovereignty", "enter")
        await gathered(pilot)
        text = archive_text(app)
        assert text.startswith("“Sovereignty” · 3 statements and 3 readouts")
        assert "¶3 direct ┃ Joe Biden: We are ready to talk about trade" in text
        assert "¶2 direct ┃ Aleksandr Lukashenko: We will never trade" in text
        assert "¶3 reported ┆ Ilona Brenn: Ilona Brenn stressed that" in text
        assert "text ┆ Jill Biden visited a school in Dorvik on Monday." in text
        assert "3 statements and 3 readouts" in screen_text(app)
        assert app.focused is app.query_one(ArchiveView)


async def test_a_search_combines_with_the_speaker(archive: Path, tmp_path: Path) -> None:
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"lukashenko", "enter")
        await gathered(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert app.query_one(FindBar).text == "speaker:lukashenko "  # the filter, to add words to
        await pilot.press(*"sovereignty", "enter")

        def narrowed() -> bool:
            """the search to narrow to Lukashenko's word"""
            return archive_text(app).startswith("Aleksandr Lukashenko · 1 statement with “sovereignty” in 1 readout")

        await wait_for(pilot, narrowed)
        assert "Ilona Brenn" not in archive_text(app) and "Joe Biden" not in archive_text(app)


async def test_enter_on_a_readout_whose_text_matches_opens_it_with_the_words_found(archive: Path, tmp_path: Path) -> None:
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "ctrl+f", *"sovereignty", "enter")
        await gathered(pilot)
        await pilot.press("G", "N", "enter")  # the last entry: the school visit's text

        def opened() -> bool:
            """the school readout to open"""
            return app.readout is not None and "School" in app.readout.document.title

        await wait_for(pilot, opened)
        await found(pilot, "1 of 1")
        assert highlighted(app.text_view) == [("sovereignty", True)]


async def test_find_starts_at_the_first_match_on_screen() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(100, 16)) as pilot:
        await settled(pilot)
        matches = app.readout.document.body.casefold().count("belarus")
        assert matches > 3
        app.text_view.focus()
        await pilot.press("G")  # the end of the readout: the first matches are above the screen
        await pilot.pause()
        await pilot.press("ctrl+f", *"belarus")

        def counted() -> bool:
            """the find box to count the matches"""
            return find_count(app).endswith(f"of {matches}")

        await wait_for(pilot, counted)
        assert not find_count(app).startswith("1 of")
        assert any(current for _, current in highlighted(app.text_view))  # on screen, as it was
