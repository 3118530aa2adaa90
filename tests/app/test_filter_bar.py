"""The filter bar keeps room to type in, however narrow the terminal."""

from __future__ import annotations

import pytest
from app_screen import screen_text, settled, wait_for
from notices import notice
from conftest import SEED

from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.filter_bar import BOX_ROOM, fitting_hint


@pytest.mark.parametrize("width", [80, 100, 120, 160])
async def test_the_filter_box_keeps_room_and_the_status_stays_on_screen(width: int) -> None:
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(width, 30)) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"lukashenko", "enter")
        await pilot.pause()
        box, status = app.query_one("#filter-input"), app.query_one("#filter-status")
        assert box.region.width >= BOX_ROOM
        assert status.region.right <= width  # all of it on screen, nothing cut off by the edge
        shown = status.render().plain.strip()
        whole = "9 of 12 statements · Aleksandr Lukashenko"
        if status.region.width >= len(whole):
            assert shown == whole
        elif shown.endswith("…"):  # cut short, and seen to be: half the name at least
            assert whole.startswith(shown[:-1])
            assert len(shown) - 1 - len("9 of 12 statements · ") >= len("Aleksandr Lukashenko") / 2
        else:  # too little of the name would show ("· Ale…"): the parts that fit whole
            assert shown == "9 of 12 statements"
        assert shown in screen_text(app)
        assert app.query_one("#filter-label").display == (width >= 120)


async def test_typing_in_a_narrow_bar_shows_what_is_typed() -> None:
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(80, 30)) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"mitch")
        await pilot.pause()
        assert "mitch" in screen_text(app).splitlines()[-2]


async def test_the_status_counts_in_the_singular_for_one(tmp_path) -> None:
    readout = tmp_path / "call.txt"
    readout.write_text("A call\n\n“We agree,” Anna Berg said.\n", encoding="utf-8")
    app = ReadoutApp([str(readout)], cursor_blink=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settled(pilot)
        assert app.query_one("#filter-status").render().plain.strip() == "1 statement · 1 speaker"


def test_a_hint_too_long_for_its_box_loses_its_last_parts_not_half_a_word() -> None:
    hint = "text in this readout · Enter: next match · Esc closes"
    assert fitting_hint(hint, 80) == hint
    assert fitting_hint(hint, 45) == "text in this readout · Enter: next match"
    assert fitting_hint(hint, 25) == "text in this readout"
    assert fitting_hint("name or alias, Enter filters", 20) == "name or alias"
    assert fitting_hint("name or alias, Enter filters", 10) == "name or"


@pytest.mark.parametrize("width", [80, 120])
async def test_the_filter_and_find_hints_are_cut_at_a_part_not_mid_word(width: int) -> None:
    """The hints were cut where the box ended: "name or alias, Ente", "name or
    alias,", "· Enter: next match · Esc cl"."""
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=(width, 30)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        screen = screen_text(app)
        for box, hint in (("#filter-input", "name or alias, Enter filters"),
                          ("#find-input", "text in this readout · Enter: next match · Esc closes")):
            shown = app.query_one(box).placeholder
            assert shown and hint.startswith(shown) and hint[len(shown):][:1] in ("", ",", " ")  # whole words
            assert not shown.endswith((",", "·"))
            assert len(shown) <= app.query_one(box).scrollable_content_region.width
            assert shown in screen


async def test_the_status_counts_thousands_as_the_rest_of_the_reader_does(tmp_path) -> None:
    """"6905 statements · 17 speakers" beside "statement 1 of 6,905" in the border;
    the clipboard's notice too ("Copied 6905 statements of …")."""
    readout = tmp_path / "plenary.txt"
    paragraphs = [f"“We discussed item {n},” Anna Berg said." for n in range(1, 1201)]
    readout.write_text("A long plenary\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    app = ReadoutApp([str(readout)], cursor_blink=False)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settled(pilot)
        status = app.query_one("#filter-status")
        assert status.render().plain.strip() == "1,200 statements · 1 speaker"
        await pilot.press("1")
        assert status.render().plain.strip() == "1,200 of 1,200 statements · Anna Berg"
        app.text_view.focus()
        await wait_for(pilot, lambda: app.focused is app.text_view)  # (the keys go where the reader is)
        await pilot.press("C")
        await notice(pilot, "Copied 1,200 statements of Anna Berg")
