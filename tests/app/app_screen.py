"""Reading the app as the user sees it, and waiting the way a user waits."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from time import monotonic

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.archive_view import ArchiveView
from readout_tui.cache import ReadoutCache


def screen_text(app: App) -> str:
    """The screen as plain text, the way `export_screenshot` draws it."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), force_terminal=True, record=True, legacy_windows=False
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = monotonic() + timeout
    while not condition():
        if monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition.__doc__ or condition}")
        await pilot.pause(0.02)
    await pilot.pause()


async def settled(pilot: Pilot) -> None:
    """Wait until every readout is listed and attributed and the open one is shown."""
    app = pilot.app
    assert isinstance(app, ReadoutApp)

    def done() -> bool:
        """the library to load"""
        return (
            not app.query_one("#progress").display
            and app.readout is not None
            and app._opening is None
            and all(entry.speakers is not None or entry.failed for entry in app.library)
        )

    await wait_for(pilot, done)
    for _ in range(50):  # (the folder's worker is followed for good: not waited for)
        finishing = [worker for worker in app.workers if worker.group != "folder" and not worker.is_finished]
        if not finishing:
            break
        for worker in finishing:
            try:
                await worker.wait()
            except WorkerCancelled:
                pass  # replaced by a newer one of its exclusive group (a find per key typed): waited for next round
    await pilot.pause()


async def open_readout(pilot: Pilot, title_part: str) -> None:
    """Move the sidebar's cursor down to the readout whose title contains `title_part`."""
    app = pilot.app
    assert isinstance(app, ReadoutApp)
    titles = [app.library[index].title for index in range(len(app.library))]
    target = next(index for index, title in enumerate(titles) if title_part in title)
    app.query_one("#readouts").focus()
    await pilot.press("g", *["j"] * target)

    def shown() -> bool:
        """the readout to open"""
        return app.readout is not None and title_part in app.readout.document.title and app._opening is None

    await wait_for(pilot, shown)
    await asyncio.sleep(0)


def cached_reader(folder, cache_dir=None) -> ReadoutApp:
    """The reader on `folder`, with its cache in `cache_dir` (none without one)."""
    cache = ReadoutCache(cache_dir, protected=[folder]) if cache_dir is not None else None
    return ReadoutApp([str(folder)], cursor_blink=False, cache=cache)


def archive_lines(app: ReadoutApp) -> list[str]:
    return app.query_one(ArchiveView).text_lines()


def archive_text(app: ReadoutApp) -> str:
    """The view across readouts as text, wrapped lines joined."""
    return " ".join(" ".join(archive_lines(app)).split())


async def gathered(pilot: Pilot) -> None:
    """Wait until the view across readouts has finished looking (a person or a search)."""
    view = pilot.app.query_one(ArchiveView)

    def done() -> bool:
        """the view across readouts to finish looking"""
        return view.gathered is not None and view.gathered.done

    await wait_for(pilot, done)
