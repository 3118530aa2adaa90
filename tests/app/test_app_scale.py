"""Big inputs stay fast: 100,000 readouts in the list, a 200 KB readout in the view.

Both widgets draw only the rows on screen; these tests would catch a change that
quietly renders everything (seconds, not milliseconds, at this size). The limits
are loose so a slow CI machine passes; the timings printed are the real story.
"""

from __future__ import annotations

from pathlib import Path
from time import perf_counter

from app_screen import screen_text
from textual.app import App, ComposeResult

from readout_tui.app.library import Entry, Library
from readout_tui.app.page import Pages
from readout_tui.app.styles import SpeakerStyles
from readout_tui.app.widgets.readout_list import ReadoutList
from readout_tui.app.widgets.readout_view import ReadoutView
from readout_tui.model import Attribution, Document, Readout, Speaker, Statement

READOUTS = 100_000
SPEAKERS = tuple(Speaker(f"Speaker {n}", (), n) for n in range(12))


class OneWidget(App[None]):
    def __init__(self, widget) -> None:
        super().__init__()
        self.widget = widget

    def compose(self) -> ComposeResult:
        yield self.widget


def big_library() -> Library:
    library = Library()
    library.add(
        Entry(Path(f"r{n}.txt"), f"Readout number {n}", f"20{n % 25:02d}-01-{n % 28 + 1:02d}", speakers=n % 5)
        for n in range(READOUTS)
    )
    return library


async def test_a_hundred_thousand_readouts_list_and_scroll_instantly() -> None:
    library = big_library()
    readouts = ReadoutList(library)
    app = OneWidget(readouts)
    async with app.run_test(size=(80, 30)) as pilot:
        started = perf_counter()
        readouts.reload()
        readouts.focus()
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        last = library[len(library) - 1].title
        assert last in screen_text(app)
        await pilot.press("g", "pagedown", "pagedown", "j", "k")
        await pilot.pause()
        elapsed = perf_counter() - started
        print(f"100,000 readouts: reload, end, home and paging in {elapsed:.3f} s")
        assert elapsed < 2.0
        started = perf_counter()
        library.narrow("number 99999")  # a first slice of the list, time-boxed (the app's timer does the rest)
        library.scan()  # the rest at once: a slow machine's first slice may not reach the last readout
        readouts.reload()
        await pilot.pause()
        print(f"narrowing 100,000 titles: {perf_counter() - started:.3f} s")
        assert "Readout number 99999" in screen_text(app)


def big_readout() -> Readout:
    """2,200 paragraphs of “…,” Speaker N said. Then … : over 200 KB, one quote each."""
    quote = "“We will keep talking about trade and energy,”"
    paragraphs = [f"{quote} Speaker {n % 12} said. Then the talks went on for hours." for n in range(2200)]
    body = "\n\n".join(paragraphs)
    starts = [0]
    for paragraph in paragraphs[:-1]:
        starts.append(starts[-1] + len(paragraph) + 2)
    statements = tuple(
        Statement(f"Speaker {n % 12}", "direct", start + 1, start + len(quote) - 2, n + 1, quote[1:-2])
        for n, start in enumerate(starts)
    )
    assert len(body.encode()) > 200_000
    return Readout(Document(path=None, title="Long", body=body), Attribution(SPEAKERS, statements))


async def test_a_200_kb_readout_opens_and_scrolls_fast() -> None:
    readout = big_readout()
    view = ReadoutView()
    app = OneWidget(view)
    async with app.run_test(size=(100, 40)) as pilot:
        started = perf_counter()
        view.show(Pages(readout, SpeakerStyles(SPEAKERS, None, True)).full())
        view.focus()
        await pilot.pause()
        shown = perf_counter() - started
        started = perf_counter()
        await pilot.press("G", "g")
        for step in ("next", "next", "next", "previous"):
            getattr(view, f"action_{step}_statement")()
        await pilot.pause()
        assert "¶2200" not in screen_text(app)
        await pilot.press("G")
        assert "¶2200" in screen_text(app)
        await pilot.press("g")
        moved = perf_counter() - started
        print(f"200 KB readout: shown in {shown:.3f} s, end/home/n/N in {moved:.3f} s")
        assert view.current == 1
        assert "▶" in screen_text(app)
        assert shown < 2.0 and moved < 1.0
