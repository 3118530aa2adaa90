"""The footer and the legend draw a look they had before from memory: what they
draw must still be what they would draw afresh, in every theme."""

from __future__ import annotations

from app_screen import screen_text, settled
from conftest import SEED
from textual.geometry import Region

from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.key_footer import KeyFooter
from readout_tui.app.widgets.legend import Legend

SIZE = (120, 36)


def _drawn(widget) -> list[list[tuple[str, object]]]:
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return [[(segment.text, segment.style) for segment in line] for line in lines]


def _afresh(widget) -> list[list[tuple[str, object]]]:
    widget._drawn_looks.clear()
    widget.refresh()
    return _drawn(widget)


async def test_looks_drawn_from_memory_are_the_looks_drawn_afresh() -> None:
    app = ReadoutApp([str(SEED)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        footer, legend = app.query_one(KeyFooter), app.query_one(Legend)
        in_list = (_drawn(footer), _drawn(legend), screen_text(app))
        await pilot.press("1")  # the first speaker's filter: the legend and the keys change
        await pilot.pause()
        filtered = (_drawn(footer), _drawn(legend))
        assert filtered[1] != in_list[1]
        await pilot.press("1")  # cleared again: the first look comes back from memory
        await pilot.pause()
        assert (_drawn(footer), _drawn(legend), screen_text(app)) == in_list
        assert (_afresh(footer), _afresh(legend)) == in_list[:2]

        dark = in_list[:2]
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        light = (_drawn(footer), _drawn(legend))
        assert light != dark  # a new theme is never drawn from the old one's memory
        assert (_afresh(footer), _afresh(legend)) == light
