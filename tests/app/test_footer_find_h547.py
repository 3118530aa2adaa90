"""The footer says what n / N do: the next match while the find box (Ctrl+F, in
one readout) has matches, the next statement otherwise."""

from __future__ import annotations

from pathlib import Path

from app_screen import cached_reader as make_app, open_readout, screen_text, settled, wait_for

from readout_tui.app.find import FindBar
from readout_tui.app.widgets.key_footer import KeyFooter

SIZE = (120, 36)


def footer_line(app) -> str:
    return screen_text(app).splitlines()[-1]


async def test_the_footer_says_next_match_while_the_find_box_has_matches(library_dir: Path) -> None:
    """The footer said "n Next statement" while n moved between the find box's
    matches; it says "n Next match" now, and "n Next statement" again after Esc."""
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        await pilot.pause()
        assert "n Next statement" in footer_line(app)
        await pilot.press("ctrl+f", *"dorvik")

        def found() -> bool:
            """the find box to count its matches"""
            return app.query_one("#find-count").render().plain == "1 of 2"

        await wait_for(pilot, found)
        app.text_view.focus()  # in the readout, where n and N move between the matches

        def says_match() -> bool:
            """the footer to say n moves between matches"""
            return "n Next match" in footer_line(app)

        await wait_for(pilot, says_match)
        footer = app.query_one(KeyFooter)
        assert "n Next match" in footer.keys and "N Previous match" in footer.keys
        assert "Next statement" not in footer_line(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.query_one("#find-count").render().plain == "2 of 2"  # what the footer says n does
        await pilot.press("escape")

        def says_statement() -> bool:
            """the footer to say n is the next statement again"""
            return "n Next statement" in footer_line(app)

        await wait_for(pilot, says_statement)
        assert not app.query_one(FindBar).is_open
        assert "n Next statement" in footer.keys and "N Previous statement" in footer.keys
        assert "Next match" not in footer_line(app)


async def test_the_footer_says_next_statement_while_the_find_box_finds_nothing(library_dir: Path) -> None:
    app = make_app(library_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        await pilot.press("ctrl+f", *"zzqx")

        def no_matches() -> bool:
            """the find box to find nothing"""
            return "no matches" in screen_text(app)

        await wait_for(pilot, no_matches)
        app.text_view.focus()
        await pilot.pause()
        assert "n Next statement" in footer_line(app)
