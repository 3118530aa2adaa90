"""Ctrl+F: find text in the open readout, or search every readout.

In the open readout the box finds as the reader types: every match is
highlighted, the count says where the reader is ("3 of 17"), and Enter / n
(Shift+Enter / N) go to the next (previous) match. With the filter bar on "all
readouts" it searches the archive instead: Enter lists the statements with the
words (`speaker:name words` for one person's) in the archive view. What is typed
is text, never a pattern, and matching ignores case. Finding runs in a worker: a
50 MB readout is searched without holding up the keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Input, Label, Static
from textual.worker import get_current_worker

from readout_tui.app.page import Page

MAX_MATCHES = 10_000
"""More matches than this are not counted: the reader needs a narrower word."""
HERE_PLACEHOLDER = "text in this readout · Enter: next match · Esc closes"
EVERYWHERE_PLACEHOLDER = "words, or speaker:name words · Enter searches every readout · Esc closes"

Match = tuple[int, int, int]
"""(block, start, end) in a page."""


def find_in_page(page: Page, text: str, cancelled=lambda: False) -> list[Match]:
    """Where `text` occurs in `page`, ignoring case, at most MAX_MATCHES + 1 places."""
    pattern = re.compile(re.escape(text), re.IGNORECASE)
    matches: list[Match] = []
    for block in range(len(page.blocks)):
        if block % 256 == 0 and cancelled():
            return []
        for match in pattern.finditer(page.text_of(block)):
            if match.end() > match.start():
                matches.append((block, match.start(), match.end()))
                if len(matches) > MAX_MATCHES:
                    return matches
    return matches


def count_text(matches: int, current: int | None) -> Content:
    if matches == 0:
        return Content.styled("no matches", "$text-warning")
    total = f"{MAX_MATCHES:,}+" if matches > MAX_MATCHES else f"{matches:,}"
    where = f"{current + 1:,} of {total}" if current is not None else f"{total} matches"
    return Content.styled(where, Style(bold=True))


class FindBar(Horizontal):
    BINDINGS = [
        Binding("escape", "close", "Close find", id="find.close"),
        Binding("shift+enter", "move(-1)", "Previous match", id="find.previous"),
    ]

    DEFAULT_CSS = """
    FindBar {
        display: none;
        height: 1;
        padding: 0 1;
        &.-open { display: block; }
        #find-label { color: $text-muted; margin-right: 1; }
        #find-input { width: 1fr; }
        #find-count { width: auto; margin-left: 2; }
    }
    """

    @dataclass
    class Found(Message):
        """`matches` of `text` in `page`, found by the worker."""

        page: Page
        text: str
        matches: list[Match]

    @dataclass
    class Moved(Message):
        """Go to the next (`delta` 1) or previous (-1) match."""

        delta: int

    @dataclass
    class Searched(Message):
        """Search every readout for `text`."""

        text: str

    class Closed(Message):
        """The box was closed: no more highlights."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.everywhere = False
        self.page: Page | None = None
        """The page searched (in the open readout)."""

    def compose(self) -> ComposeResult:
        yield Label("Find", id="find-label")
        yield Input(placeholder=HERE_PLACEHOLDER, id="find-input", compact=True, select_on_focus=False)
        yield Static(id="find-count", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one("#find-input", Input)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    @property
    def text(self) -> str:
        return self.input.value

    def open(self, everywhere: bool, text: str | None = None) -> None:
        """Show the box for the open readout or, `everywhere`, for the archive."""
        self.everywhere = everywhere
        self.add_class("-open")
        self.input.placeholder = EVERYWHERE_PLACEHOLDER if everywhere else HERE_PLACEHOLDER
        self.show_count(Content())
        if text is not None:
            with self.input.prevent(Input.Changed):
                self.input.value = text
            self.input.cursor_position = len(text)
        else:
            self.input.action_select_all()  # the last words, ready to be typed over
        self.input.focus()

    def close(self) -> None:
        self.workers.cancel_group(self, "find")
        self.remove_class("-open")
        self.page = None
        self.post_message(self.Closed())

    def show_count(self, count: Content) -> None:
        self.query_one("#find-count", Static).update(count)

    def find(self, page: Page) -> None:
        """Find what the box holds in `page` (the open readout's, as shown)."""
        self.page = page
        text = self.text
        if not text:
            self.workers.cancel_group(self, "find")
            self.show_count(Content())
            self.post_message(self.Found(page, text, []))
            return
        self._find(page, text)

    @work(thread=True, exclusive=True, group="find", exit_on_error=False)
    def _find(self, page: Page, text: str) -> None:
        worker = get_current_worker()
        matches = find_in_page(page, text, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(self.Found(page, text, matches))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.everywhere and self.page is not None:
            self.find(self.page)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.everywhere:
            if event.value.strip():
                self.post_message(self.Searched(event.value))
        else:
            self.post_message(self.Moved(1))

    def action_move(self, delta: int) -> None:
        if not self.everywhere:
            self.post_message(self.Moved(delta))

    def action_close(self) -> None:
        self.close()
