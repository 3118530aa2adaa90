"""A text widget updated in place: the screen is laid out again only when the
widget's height changes, and its height still follows its content."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from readout_tui.app.widgets.same_height import update_in_place


class OneStatic(App[None]):
    CSS = "Static { height: auto; text-wrap: nowrap; }"

    def compose(self) -> ComposeResult:
        yield Static(Content("one line"), id="text")


async def test_the_screen_is_laid_out_again_only_when_the_height_changes(monkeypatch) -> None:
    layouts: list[bool] = []
    real_refresh_layout = Screen._refresh_layout

    def noting_refresh_layout(self, *args, **kwargs):
        layouts.append(True)
        return real_refresh_layout(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", noting_refresh_layout)
    app = OneStatic()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        text = app.query_one("#text", Static)
        assert text.size.height == 1
        layouts.clear()
        update_in_place(text, Content("another line, as high"))
        await pilot.pause()
        assert layouts == [] and "another line" in str(text.render())
        update_in_place(text, Content("first\nsecond\nthird"))
        await pilot.pause()
        assert layouts and text.size.height == 3
        layouts.clear()
        update_in_place(text, Content("one again"))
        await pilot.pause()
        assert layouts and text.size.height == 1
