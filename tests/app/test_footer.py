"""The footer: the keys that work where the focus is, and a click presses one."""

from __future__ import annotations

from app_screen import screen_text, settled
from conftest import SEED

from readout_tui.app.app import ReadoutApp
from readout_tui.app.screens.help import HelpScreen
from readout_tui.app.widgets.key_footer import KeyFooter

SIZE = (120, 36)


async def test_the_footer_follows_the_focus() -> None:
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        footer = app.query_one(KeyFooter)
        in_list = footer.keys
        assert "⏎ Read" in in_list and "q Quit" in in_list and "/ Filter speaker" in in_list
        assert screen_text(app).splitlines()[-1].strip().startswith("⏎ Read")
        await pilot.press("slash")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "filter-input"
        assert "esc Clear filter" in footer.keys
        assert footer.keys != in_list
        assert "^p palette" in screen_text(app).splitlines()[-1]


async def test_clicking_a_key_in_the_footer_presses_it() -> None:
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        line = screen_text(app).splitlines()[-1]
        column = line.index("Help")
        await pilot.click(KeyFooter, offset=(column, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_narrow_footer_shows_whole_keys_and_keeps_the_palettes() -> None:
    """At 80 columns the keys ran off the line: "N Previous" cut after its first
    word, and the palette's key, pushed past the edge, was not drawn at all."""
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        line = screen_text(app).splitlines()[-1].rstrip()
        assert line.endswith("▏ ^p palette")
        shown = line.removesuffix("▏ ^p palette").strip()
        keys = app.query_one(KeyFooter).keys
        whole = [key for key in keys if key in shown]
        assert whole == keys[: len(whole)] and 3 <= len(whole) < len(keys)
        assert " ".join(shown.split()) == " ".join(whole)  # nothing but whole keys
