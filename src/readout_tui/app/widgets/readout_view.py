"""The main pane's text: the selected readout, or the filtered speakers' statements.

A line-API widget: the page is wrapped once per width into (block, start, end)
lines and only the rows on screen are drawn, so a 200 KB readout opens and
scrolls as fast as a short one. The gutter carries the paragraph number and a
mark in the speaker's colour beside every line that holds a statement (┃ direct
quote, ┆ reported speech, ▶ the statement n/N stopped at), so who speaks where
is visible even at a glance down the margin.
"""

from __future__ import annotations

from typing import NamedTuple

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size, Spacing
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from readout_tui.app.page import Mark, Page
from readout_tui.app.wrap import wrap

MARK_GLYPHS = {"direct": "┃", "indirect": "┆"}
CURRENT_GLYPH = "▶"


class _Line(NamedTuple):
    block: int
    """Index into `Page.blocks`; -1 for the blank line between blocks."""
    start: int
    end: int
    first: bool


_GAP = _Line(-1, 0, 0, False)


class ReadoutView(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="readout.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="readout.up"),
        Binding("g", "scroll_home", "Top", show=False, id="readout.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="readout.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="readout.page-down"),
        Binding("b", "page_up", "Page up", show=False, id="readout.page-up"),
    ]

    DEFAULT_CSS = """
    ReadoutView {
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    """

    current: reactive[int | None] = reactive(None, init=False)
    """Index into the page's statements of the statement n/N stopped at."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._page = Page()
        self._lines: list[_Line] = []
        self._first_line: list[int] = []
        self._laid_out_width = 0
        self._strips: LRUCache[tuple[int, int | None], Strip] = LRUCache(1024)

    @property
    def page(self) -> Page:
        return self._page

    @property
    def lines(self) -> int:
        return len(self._lines)

    def show(self, page: Page, *, keep_place: bool = False) -> None:
        """Display `page`; `keep_place` keeps the scroll position and current
        statement, for a page that only changed colours (a new theme)."""
        self._page = page
        self._laid_out_width = 0
        self._lay_out()
        if not keep_place:
            self.set_reactive(ReadoutView.current, None)
            self.scroll_to(0, 0, animate=False, immediate=True)
        self._update_subtitle()
        self.refresh()

    def text_lines(self) -> list[str]:
        """The whole page as plain text lines, gutter included, as it would be drawn."""
        return [self._line_content(index).plain.rstrip() for index in range(len(self._lines))]

    def action_next_statement(self) -> None:
        self._step(+1)

    def action_previous_statement(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        total = len(self._page.statements)
        if not total:
            self.app.bell()
            return
        if self.current is None:
            target = self._nearest_statement(delta)
        else:
            target = min(max(self.current + delta, 0), total - 1)
        if target == self.current:
            self.app.bell()
        self.current = target

    def _nearest_statement(self, delta: int) -> int:
        """The first statement from the top of the screen (n), or the last one
        above its bottom (N), so stepping starts where the reader is looking."""
        if delta > 0:
            found = self._page.first_statement_from(self._block_at(round(self.scroll_y)))
            return len(self._page.statements) - 1 if found is None else found
        bottom = round(self.scroll_y) + self.scrollable_content_region.height - 1
        found = self._page.last_statement_before(self._block_at(bottom) + 1)
        return 0 if found is None else found

    def _block_at(self, y: int) -> int:
        """The block shown on page line `y` (the next one, on a gap between blocks)."""
        for line in self._lines[max(min(y, len(self._lines) - 1), 0) :]:
            if line.block >= 0:
                return line.block
        return len(self._page.blocks)

    def watch_current(self, current: int | None) -> None:
        self._strips.clear()
        self.refresh()
        self._update_subtitle()
        if current is not None:
            self.scroll_to_region(
                self._statement_region(current), spacing=Spacing(1, 0, 1, 0), animate=False, force=True, immediate=True
            )

    def _update_subtitle(self) -> None:
        total = len(self._page.statements)
        self.border_subtitle = f"statement {self.current + 1} of {total}" if self.current is not None else ""

    def _statement_region(self, statement: int) -> Region:
        """Where statement `statement` starts and ends, in page lines."""
        found = self._page.locate(statement)
        if found is None or not self._lines:
            return Region(0, 0, 1, 1)
        block, mark = found
        y = self._first_line[block]
        while y + 1 < len(self._lines) and self._lines[y + 1].block == block and self._lines[y + 1].start <= mark.start:
            y += 1
        end = y
        while (
            end + 1 < len(self._lines) and self._lines[end + 1].block == block and self._lines[end + 1].start < mark.end
        ):
            end += 1
        return Region(0, y, 1, end - y + 1)

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._laid_out_width:
            return
        self._laid_out_width = width
        self._strips.clear()
        text_width = max(width - self._gutter_width, 8)
        lines: list[_Line] = []
        first_line: list[int] = []
        for index, block in enumerate(self._page.blocks):
            if index:
                lines.append(_GAP)
            first_line.append(len(lines))
            lines.extend(
                _Line(index, start, end, number == 0)
                for number, (start, end) in enumerate(wrap(block.text.plain, text_width))
            )
        self._lines, self._first_line = lines, first_line
        self.virtual_size = Size(width, len(lines))

    @property
    def _gutter_width(self) -> int:
        return self._page.label_width + 2

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.visual_style
        if index >= len(self._lines) or self._lines[index].block < 0:
            return Strip.blank(width, base.rich_style)
        key = (index, self.current if self._current_mark(index) else None)
        strip = self._strips.get(key)
        if strip is None:
            content = self._line_content(index)
            strip = Strip(content.render_segments(base), content.cell_length).crop_extend(0, width, base.rich_style)
            self._strips[key] = strip
        return strip

    def _marks(self, index: int) -> list[Mark]:
        line = self._lines[index]
        if line.block < 0:
            return []
        return [
            mark
            for mark in self._page.blocks[line.block].marks
            if mark.start < max(line.end, line.start + 1) and mark.end > line.start
        ]

    def _current_mark(self, index: int) -> Mark | None:
        if self.current is None:
            return None
        return next((mark for mark in self._marks(index) if mark.statement == self.current), None)

    def _line_content(self, index: int) -> Content:
        line = self._lines[index]
        if line.block < 0:
            return Content()
        block = self._page.blocks[line.block]
        text = block.text[line.start : line.end]
        glyph = Content(" ")
        marks = self._marks(index)
        current = self._current_mark(index)
        if current is not None:
            glyph = Content.styled(CURRENT_GLYPH, current.style)
            text = text.stylize(
                current.current, max(current.start - line.start, 0), min(current.end, line.end) - line.start
            )
        elif marks:
            glyph = Content.styled(MARK_GLYPHS[marks[0].kind], marks[0].style)
        label = block.label if line.first else Content()
        label = label.pad_right(max(self._page.label_width - label.cell_length, 0))
        return Content.assemble(label, glyph, " ", text)

    def on_click(self, event: events.Click) -> None:
        """Clicking a statement makes it the current one."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_y) + offset.y
        if index >= len(self._lines):
            return
        marks = self._marks(index)
        column = self._lines[index].start + offset.x - self._gutter_width
        hit = next((mark for mark in marks if mark.start <= column < mark.end), marks[0] if marks else None)
        if hit is not None:
            self.current = hit.statement
