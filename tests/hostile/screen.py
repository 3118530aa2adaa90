"""The reader's screen as the user sees it, read through Pilot, and waiting as a user waits."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path
from time import monotonic

from textual.pilot import Pilot
from textual.strip import Strip

from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.readout_header import ReadoutHeader
from readout_tui.app.widgets.readout_view import ReadoutView

UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What must never be drawn: control characters (a newline only ends a line),
bidirectional controls, lone surrogates."""


def make_app(*paths: Path | str) -> ReadoutApp:
    return ReadoutApp([str(path) for path in paths], None, cursor_blink=False)


def strips(app: ReadoutApp) -> list[Strip]:
    """The whole screen as drawn: one strip of styled segments a row."""
    return app.screen._compositor.render_strips()


def screen_text(app: ReadoutApp) -> str:
    return "\n".join("".join(segment.text for segment in strip) for strip in strips(app))


def header_text(app: ReadoutApp) -> str:
    return app.query_one(ReadoutHeader).render().plain


def view_text(app: ReadoutApp) -> str:
    """The readout pane's text as drawn, every line of it, its gutter (paragraph
    numbers and statement marks) taken off and wrapped lines joined again."""
    view = app.query_one(ReadoutView)
    gutter = view.page.label_width + 2
    return " ".join(" ".join(line[gutter:] for line in view.text_lines()).split())


def unsafe_drawn(app: ReadoutApp) -> list[str]:
    """Anything unsafe in what is drawn, or drawn as a link or a click action (the
    scroll bars' own mouse actions are Textual's, not a document's)."""
    found: list[str] = []
    for strip in strips(app):
        for segment in strip:
            found.extend(repr(match.group()) for match in UNSAFE.finditer(segment.text))
            style = segment.style
            if style is not None and (style.link or "@click" in (style.meta or {})):
                found.append(f"{segment.text!r} drawn with {style.link or style.meta}")
    return found


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = monotonic() + timeout
    while not condition():
        if not pilot.app.is_running:
            raise AssertionError(f"the reader stopped while waiting for {condition.__doc__ or condition}")
        if monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition.__doc__ or condition}")
        await pilot.pause(0.02)
    await pilot.pause()


async def listed(pilot: Pilot, count: int) -> None:
    """Wait until `count` readouts are listed and the first is shown."""
    app = pilot.app
    assert isinstance(app, ReadoutApp)

    def done() -> bool:
        """the readouts to be listed"""
        return app.library.total >= count and app.readout is not None

    await wait_for(pilot, done, timeout=60)


async def open_readout(pilot: Pilot, path: Path) -> None:
    """Put the list's cursor on `path` and wait until it is shown."""
    app = pilot.app
    assert isinstance(app, ReadoutApp)
    app.select_path(path)

    def shown() -> bool:
        """the readout to be shown"""
        readout = app.readout
        return readout is not None and readout.document.path == path and app._opening is None

    await wait_for(pilot, shown, timeout=60)  # (a deadline, not a timing: a loaded machine reads slowly)
    await asyncio.sleep(0)
    await pilot.pause()
