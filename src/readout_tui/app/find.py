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

from bisect import bisect_left
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
from readout_tui.app.widgets.filter_bar import QueryBox
from readout_tui.app.widgets.readout_view import ReadoutView
from readout_tui.folding import words_pattern

MAX_MATCHES = 10_000
"""More matches than this are not counted: the reader needs a narrower word."""
HERE_PLACEHOLDER = "text in this readout · Enter: next match · Esc closes"
EVERYWHERE_PLACEHOLDER = "words, or speaker:name words · Enter searches every readout · Esc closes"

Match = tuple[int, int, int]
"""(block, start, end) in a page."""


def find_in_page(page: Page, text: str, cancelled=lambda: False) -> list[Match]:
    """Where `text` occurs in `page`, ignoring case and which apostrophe or
    quotation mark ("don't" finds "don’t"), at most MAX_MATCHES + 1 places."""
    pattern = words_pattern(text)
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
    class Searched(Message):
        """Search every readout for `text`."""

        text: str

    @dataclass
    class Closed(Message):
        """The box was closed: no more highlights. `dismissed`: by the reader's Esc,
        who is done with what it found (not closed on the way to another view)."""

        dismissed: bool = False

    def __init__(self, target: ReadoutView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.target = target
        """The view of the open readout: what the box finds in and highlights."""
        self.everywhere = False
        self._matches: list[Match] = []
        self._match: int | None = None
        """The matches in the target's page, and the one the box stopped at."""

    def compose(self) -> ComposeResult:
        yield Label("Find", id="find-label")
        yield QueryBox(placeholder=HERE_PLACEHOLDER, id="find-input", compact=True, select_on_focus=False)
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
        self.query_one("#find-input", QueryBox).set_hint(EVERYWHERE_PLACEHOLDER if everywhere else HERE_PLACEHOLDER)
        self.show_count(Content())
        if text is not None:
            with self.input.prevent(Input.Changed):
                self.input.value = text
            self.input.cursor_position = len(text)
        else:
            self.input.action_select_all()  # the last words, ready to be typed over
        self.input.focus()
        self.find_again()

    def close(self, dismissed: bool = False) -> None:
        self.workers.cancel_group(self, "find")
        self.remove_class("-open")
        self._show([], None)
        self.post_message(self.Closed(dismissed))

    def show_count(self, count: Content) -> None:
        self.query_one("#find-count", Static).update(count)

    def find_again(self) -> None:
        """Find what the box holds in the page the target shows (a new one, say)."""
        if not self.is_open or self.everywhere:
            return
        if self.text:
            self._find(self.target.page, self.text)
        else:
            self.workers.cancel_group(self, "find")
            self._show([], None)

    @work(thread=True, exclusive=True, group="find", exit_on_error=False)
    def _find(self, page: Page, text: str) -> None:
        worker = get_current_worker()
        matches = find_in_page(page, text, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(self.Found(page, text, matches))

    def on_find_bar_found(self, message: Found) -> None:
        message.stop()
        if message.page is self.target.page and message.text == self.text:  # else: since replaced
            self._show(message.matches, self._first_on_screen(message.matches) if message.matches else None)

    def _first_on_screen(self, matches: list[Match]) -> int:
        """The first match from the top of the screen down, where the reader is
        looking (found by block: nothing below the screen needs wrapping for it)."""
        number = bisect_left(matches, (self.target.top_block, -1, -1))
        return number if number < len(matches) else 0

    @property
    def has_matches_here(self) -> bool:
        """Whether n / N move between matches: the box open on the readout, with some."""
        return self.is_open and not self.everywhere and bool(self._matches)

    def move(self, delta: int) -> bool:
        """Go to the next (`delta` 1) or previous (-1) match, round the ends; False
        when the box has none to go to."""
        if not self.has_matches_here:
            return False
        counted = min(len(self._matches), MAX_MATCHES)
        current = (0 if delta > 0 else counted - 1) if self._match is None else (self._match + delta) % counted
        self._show(self._matches, current)
        return True

    def _show(self, matches: list[Match], current: int | None) -> None:
        had_matches = self.has_matches_here
        self._matches, self._match = matches, current
        if self.has_matches_here != had_matches or not self.is_open:
            self.app.refresh_bindings()  # the footer's n / N: next match, or next statement
        self.target.highlight(matches[:MAX_MATCHES], current)
        self.show_count(count_text(len(matches), current) if self.is_open and self.text else Content())

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.find_again()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.everywhere:
            if event.value.strip():
                self.post_message(self.Searched(event.value))
        elif not self.move(1):
            self.app.bell()

    def action_move(self, delta: int) -> None:
        if not self.move(delta) and not self.everywhere:
            self.app.bell()

    def action_close(self) -> None:
        self.close(dismissed=True)
