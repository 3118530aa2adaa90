"""The main pane's text: the selected readout, or the filtered speakers' statements.

A line-API widget: the page is wrapped once per width into (block, start, end)
lines and only the rows on screen are drawn, so a 200 KB readout opens and
scrolls as fast as a short one. A page too long to wrap at once (a 50 MB
readout takes seconds) is wrapped a slice at a time between the reader's
keystrokes: the first screens show at once, the rest follow, and the border
says how far the wrapping has got. A page the view has shown keeps its wrapped
lines, and the place the reader left it, for a while after another page takes
its place: turning a speaker filter on and off swaps two pages that are wrapped
already, which takes less than a frame however long the readout. The gutter carries the paragraph number and a
mark in the speaker's colour beside every line that holds a statement (┃ direct
quote, ┆ reported speech, ▶ the statement n/N stopped at), so who speaks where
is visible even at a glance down the margin.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from time import perf_counter
from typing import NamedTuple

from textual import events
from textual.binding import Binding
from textual.color import Color
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.geometry import Region, Size, Spacing
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from readout_tui.app.page import Mark, Page
from readout_tui.app.wrap import wrap
from readout_tui.model import Statement

MARK_GLYPHS = {"direct": "┃", "indirect": "┆"}
CURRENT_GLYPH = "▶"
MATCH_STYLE = Style(reverse=True)
CURRENT_MATCH_STYLE = Style(background=Color.parse("#F0E442"), foreground=Color.parse("#000000"), bold=True)
"""A match of the find box in reverse video; the one it stopped at black on yellow, as
finders mark it, whatever the speaker's colour."""
FIRST_LAYOUT_SECONDS = 0.3
"""A page that wraps within this long is wrapped before it is first drawn."""
LAYOUT_SLICE_SECONDS = 0.04
"""How long each later slice of wrapping may hold up the reader's keys."""
LAYOUT_PAUSE_SECONDS = 0.01
"""The pause between slices, in which keys are answered and the screen drawn (a
callback queued at once would run before them)."""
KEPT_PAGES = 8
KEPT_LINES = 200_000
"""The wrapped pages kept besides the one shown: the last one left always (the
whole text, while a filter is on), older ones while they are this short, in
total."""


_AT_CURRENT = (-1, -1)
"""`_place_in_view`: the statement at ▶ is on screen."""

class _Line(NamedTuple):
    block: int
    """Index into `Page.blocks`; -1 for the blank line between blocks."""
    start: int
    end: int
    first: bool


_GAP = _Line(-1, 0, 0, False)


class _BlockLines(NamedTuple):
    spans: list[list[Span]]
    """For each line of a block, the spans over it (offsets from the line's start)."""
    marks: list[list[Mark]]
    """For each line of a block, the marks of the statements on it."""


class _Layout:
    """A page wrapped to a width (as far as the wrapping has got), and where the
    reader was in it when another page took its place."""

    __slots__ = ("page", "width", "lines", "first_line", "strips", "block_lines", "scroll_y", "current")

    def __init__(self, page: Page) -> None:
        self.page = page
        self.width = 0
        self.lines: list[_Line] = []
        self.first_line: list[int] = []
        """The first line of each block wrapped so far."""
        self.strips: LRUCache[tuple[int, int | None], Strip] = LRUCache(1024)
        self.block_lines: LRUCache[int, _BlockLines] = LRUCache(64)
        self.scroll_y = 0
        self.current: int | None = None

    def reset(self, width: int) -> None:
        """Start wrapping again, to `width`."""
        self.width = width
        self.lines, self.first_line = [], []
        self.strips.clear()
        self.block_lines.clear()

    @property
    def gutter_width(self) -> int:
        """The paragraph label, the mark and a space."""
        return self.page.label_width + 2

    def wrap(self, enough: Callable[[], bool]) -> None:
        """Wrap blocks after the last one wrapped until `enough()` (asked every few
        blocks) or the end of the page."""
        lines, first_line, page = self.lines, self.first_line, self.page
        text_width = max(self.width - self.gutter_width, 8)
        index = len(first_line)
        while index < len(page.blocks):
            if index:
                lines.append(_GAP)
            first_line.append(len(lines))
            lines.extend(
                _Line(index, start, end, number == 0)
                for number, (start, end) in enumerate(wrap(page.text_of(index), text_width))
            )
            index += 1
            if index % 16 == 0 and enough():
                break

    def marks(self, index: int) -> list[Mark]:
        """The marks of the statements on line `index`."""
        line = self.lines[index]
        if line.block < 0:
            return []
        return self.lines_of(line.block).marks[index - self.first_line[line.block]]

    def lines_of(self, block: int) -> _BlockLines:
        """The spans and marks of each line of `block`, sorted out once for all its
        lines: slicing the block's text for every line would go through all its
        spans each time, and a one-megabyte paragraph has thousands of lines and
        thousands of spans."""
        found = self.block_lines.get(block)
        if found is not None:
            return found
        first = self.first_line[block]
        last = first
        while last + 1 < len(self.lines) and self.lines[last + 1].block == block:
            last += 1
        lines = self.lines[first : last + 1]
        starts = [line.start for line in lines]
        spans: list[list[Span]] = [[] for _ in lines]
        marks: list[list[Mark]] = [[] for _ in lines]
        text = self.page.blocks[block]
        for span in text.text.spans:  # in order: a later span is drawn over an earlier one
            number = max(bisect_right(starts, span.start) - 1, 0)
            while number < len(lines) and lines[number].start < span.end:
                start, end = max(span.start, lines[number].start), min(span.end, lines[number].end)
                if start < end:
                    offset = lines[number].start
                    spans[number].append(Span(start - offset, end - offset, span.style))
                number += 1
        for mark in text.marks:
            number = max(bisect_right(starts, mark.start) - 1, 0)
            while number < len(lines) and lines[number].start < mark.end:
                start, end = lines[number].start, lines[number].end
                if mark.start < max(end, start + 1) and mark.end > start:
                    marks[number].append(mark)
                number += 1
        found = self.block_lines[block] = _BlockLines(spans, marks)
        return found

    def current_mark(self, index: int, current: int | None) -> Mark | None:
        """The mark on line `index` of statement `current`, if it is on that line."""
        if current is None:
            return None
        return next((mark for mark in self.marks(index) if mark.statement == current), None)

    def strip(self, index: int, width: int, look: _Look) -> Strip:
        """Line `index` drawn `width` cells wide, kept for drawing it again."""
        key = (index, look.current if self.current_mark(index, look.current) else None)
        strip = self.strips.get(key)
        if strip is None:
            content = self.content(index, look)
            strip = Strip(content.render_segments(look.base), content.cell_length).crop_extend(
                0, width, look.base.rich_style
            )
            self.strips[key] = strip
        return strip

    def content(self, index: int, look: _Look) -> Content:
        """Line `index`: its paragraph label, its mark and its text, with the
        statement n/N stopped at and the find box's matches in `look`."""
        line = self.lines[index]
        if line.block < 0:
            return Content()
        block = self.page.blocks[line.block]
        spans = self.lines_of(line.block).spans[index - self.first_line[line.block]]
        text = Content(block.text.plain[line.start : line.end], spans, strip_control_codes=False)
        glyph = Content(" ")
        marks = self.marks(index)
        current = self.current_mark(index, look.current)
        if current is not None:
            glyph = Content.styled(CURRENT_GLYPH, current.style)
            text = text.stylize(
                current.current, max(current.start - line.start, 0), min(current.end, line.end) - line.start
            )
        elif marks:
            glyph = Content.styled(MARK_GLYPHS[marks[0].kind], marks[0].style)
        for start, end, number in look.found.get(line.block, ()):
            if start < line.end and end > line.start:
                style = CURRENT_MATCH_STYLE if number == look.found_current else MATCH_STYLE
                text = text.stylize(style, max(start - line.start, 0), min(end, line.end) - line.start)
        label = block.label if line.first else Content()
        label = label.pad_right(max(self.page.label_width - label.cell_length, 0))
        return Content.assemble(label, glyph, " ", text)


class _Look(NamedTuple):
    """What a page is drawn with besides its own text and styles."""

    base: Style
    """The view's own colours."""
    current: int | None = None
    """The statement n/N stopped at."""
    found: dict[int, list[tuple[int, int, int]]] = {}
    """The find box's matches by block: (start, end, number), in order."""
    found_current: int | None = None
    """The match the find box stopped at."""


class ReadoutView(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="readout.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="readout.up"),
        Binding("g", "scroll_home", "Top", show=False, id="readout.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="readout.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="readout.page-down"),
        Binding("b", "page_up", "Page up", show=False, id="readout.page-up"),
        Binding("c", "app.copy_statement", "Copy the statement at ▶ (or the first shown)", show=False, id="readout.copy"),
        Binding("C", "app.copy_view", "Copy the view (readout, or filtered statements)", show=False, id="readout.copy-view"),
    ]

    DEFAULT_CSS = """
    ReadoutView {
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    """

    first_layout_seconds = FIRST_LAYOUT_SECONDS

    current: reactive[int | None] = reactive(None, init=False)
    """Index into the page's statements of the statement n/N stopped at."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._at = _Layout(Page())
        """The page shown, as wrapped so far."""
        self._kept: OrderedDict[int, _Layout] = OrderedDict()
        """Pages shown before, by `id(page)`, the last one left last."""
        self._layout = 0
        """Counts layouts begun, so a slice of one the view has left does nothing."""
        self._found: dict[int, list[tuple[int, int, int]]] = {}
        """Highlighted matches by block: (start, end, number), in order."""
        self._found_current: int | None = None
        self._height_laid_out = 0
        """The view's height before the last resize (`_place_in_view`)."""
        self._prepared: _Layout | None = None
        """A page wrapped and drawn ahead of being shown (see `prepare`)."""

    @property
    def page(self) -> Page:
        return self._at.page

    @property
    def lines(self) -> int:
        return len(self._at.lines)

    def show(self, page: Page, *, keep_place: bool = False, resume: bool = False) -> None:
        """Display `page`: from the top; with `resume`, where the reader left it if
        the view showed it before; with `keep_place`, where the reader is now, for a
        page that only changed colours (a new theme). A page shown before and still
        kept is not wrapped again."""
        left = self._at
        place, current = round(self.scroll_y), self.current
        if left.page is not page:
            left.scroll_y, left.current = place, current
            self._keep(left)
            self._found, self._found_current = {}, None  # they were found in the page left
        kept = self._kept.pop(id(page), None)
        prepared, self._prepared = self._prepared, None
        if kept is None and prepared is not None and prepared.page is page:
            kept = prepared
        if kept is not None and kept.page is page:
            self._at = kept
            if resume and not keep_place:
                place, current = kept.scroll_y, kept.current
        elif left.page is not page:
            self._at = _Layout(page)
            resume = False  # never shown: nowhere to resume, the place left is another page's
        self._layout += 1
        if self._at.width != self.scrollable_content_region.width:
            self._lay_out()
        else:
            self._set_length(len(self._at.lines))
            self._wrap_later()
        if not (keep_place or resume):
            place, current = 0, None
        self.set_reactive(ReadoutView.current, current)
        self.scroll_to_line(place)
        self._update_subtitle()
        self.refresh()

    def prepare(self, page: Page) -> None:
        """Wrap and draw the first screen of `page`, the page the reader is likely
        to ask for next (the filter's, while its name is typed), so that showing it
        swaps in lines drawn already. A filtered page of a long readout is otherwise
        wrapped and drawn in the keystroke that shows it; a page shown before is
        kept wrapped and needs nothing."""
        region = self.scrollable_content_region
        known = self._kept.get(id(page))
        if (region.width <= 0 or page is self._at.page or (known is not None and known.page is page)
                or (self._prepared is not None and self._prepared.page is page)):
            return
        layout = _Layout(page)
        layout.width = region.width
        layout.wrap(lambda: len(layout.lines) >= region.height)
        look = _Look(self.visual_style)
        for index in range(min(region.height, len(layout.lines))):
            if layout.lines[index].block >= 0:
                layout.strip(index, region.width, look)
        self._prepared = layout

    def scroll_to_line(self, line: int) -> None:
        """Put `line` at the top, wrapped at once down to it however long that
        takes (the reader comes back to where they were, not to where wrapping got)."""
        if line:
            bottom = line + self.scrollable_content_region.height
            if self.laying_out and self._at.width:
                self._wrap_blocks(lambda: len(self._at.lines) > bottom)
        self.scroll_to(0, line, animate=False, immediate=True)

    def _set_length(self, lines: int) -> None:
        """Make the page `lines` long, for scrolling and the scroll bar. Only the
        scroll bar is updated, not the screen's layout: the view's size does not
        change, and laying out every widget again (which setting `virtual_size`
        does) would take a fifth of a frame each time the filter swaps pages. A
        scroll bar that appears or goes asks for a layout of its own."""
        size = Size(self._at.width, lines)
        if size != self.virtual_size:
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)

    def _keep(self, layout: _Layout) -> None:
        """Keep the wrapped lines of a page the view leaves, in case it comes back."""
        if not layout.lines:
            return
        kept = self._kept
        kept[id(layout.page)] = layout
        kept.move_to_end(id(layout.page))
        while len(kept) > KEPT_PAGES or (
            len(kept) > 1 and sum(len(older.lines) for older in list(kept.values())[:-1]) > KEPT_LINES
        ):
            kept.popitem(last=False)

    def text_lines(self) -> list[str]:
        """The whole page as plain text lines, gutter included, as it would be drawn."""
        self._lay_out_through(len(self._at.page.blocks) - 1)
        look = self._look()
        return [self._at.content(index, look).plain.rstrip() for index in range(len(self._at.lines))]

    def action_next_statement(self) -> None:
        self._step(+1)

    def action_previous_statement(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        total = len(self._at.page.statements)
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

    def statement_at_cursor(self) -> Statement | None:
        """The statement n/N stopped at, else the first one from the top of the
        screen: the one the reader is looking at."""
        index = self.index_at_cursor()
        return None if index is None else self._at.page.statements[index]

    def index_at_cursor(self) -> int | None:
        """The number of `statement_at_cursor` in the page (None: it has none)."""
        if not self._at.page.statements:
            return None
        return self.current if self.current is not None else self._nearest_statement(+1)

    def _nearest_statement(self, delta: int) -> int:
        """The first statement from the top of the screen (n), or the last one
        above its bottom (N), so stepping starts where the reader is looking."""
        if delta > 0:
            found = self._at.page.first_statement_from(self._block_at(round(self.scroll_y)))
            return len(self._at.page.statements) - 1 if found is None else found
        bottom = round(self.scroll_y) + self.scrollable_content_region.height - 1
        found = self._at.page.last_statement_before(self._block_at(bottom) + 1)
        return 0 if found is None else found

    @property
    def top_block(self) -> int:
        """The block at the top of the screen."""
        return self._block_at(round(self.scroll_y))

    def _block_at(self, y: int) -> int:
        """The block shown on page line `y` (the next one, on a gap between blocks;
        past the lines wrapped so far, the first block not yet wrapped)."""
        for line in self._at.lines[max(min(y, len(self._at.lines) - 1), 0) :]:
            if line.block >= 0:
                return line.block
        return len(self._at.first_line)

    def mark(self, current: int | None) -> None:
        """Put ▶ on statement `current` and leave the view where it is (the reader's
        line wins: a readout read again keeps both, ▶ off screen if it was)."""
        self.set_reactive(ReadoutView.current, current)
        self._at.strips.clear()
        self.refresh()
        self._update_subtitle()

    def watch_current(self, current: int | None) -> None:
        self._at.strips.clear()
        self.refresh()
        self._update_subtitle()
        if current is not None:
            self.scroll_to_region(
                self._statement_region(current), spacing=Spacing(1, 0, 1, 0), animate=False, force=True, immediate=True
            )

    def _update_subtitle(self) -> None:
        total = len(self._at.page.statements)
        parts = [self._position(self.current, total)] if self.current is not None else []
        if self.laying_out:
            parts.append(f"wrapping the text… {len(self._at.first_line) / len(self._at.page.blocks):.0%}")
        self.border_subtitle = " · ".join(parts)

    def _position(self, current: int, total: int) -> str:
        """Where n / N are, for the border: "statement 2 of 7"."""
        return f"statement {current + 1:,} of {total:,}"

    @property
    def laying_out(self) -> bool:
        """Whether some of the page is still to be wrapped."""
        return len(self._at.first_line) < len(self._at.page.blocks)

    def highlight(self, matches: list[tuple[int, int, int]], current: int | None) -> None:
        """Highlight `matches` of the page, (block, start, end) each in order, and
        scroll to match `current`, which stands out. The view forgets them when it
        shows another page."""
        found: dict[int, list[tuple[int, int, int]]] = {}
        for number, (block, start, end) in enumerate(matches):
            found.setdefault(block, []).append((start, end, number))
        self._found, self._found_current = found, current
        self._at.strips.clear()
        self.refresh()
        if current is not None:
            block, start, end = matches[current]
            self.scroll_to_region(
                self.text_region(block, start, end), spacing=Spacing(1, 0, 1, 0), animate=False, force=True, immediate=True
            )

    def _statement_region(self, statement: int) -> Region:
        """Where statement `statement` starts and ends, in page lines."""
        found = self._at.page.locate(statement)
        if found is None or not self._at.lines:
            return Region(0, 0, 1, 1)
        block, mark = found
        return self.text_region(block, mark.start, mark.end)

    def text_region(self, block: int, start: int, end: int) -> Region:
        """The page lines showing `start`..`end` of block `block`."""
        if not self._at.lines:
            return Region(0, 0, 1, 1)
        self._lay_out_through(block)
        lines = self._at.lines
        y = self._at.first_line[block]
        while y + 1 < len(lines) and lines[y + 1].block == block and lines[y + 1].start <= start:
            y += 1
        last = y
        while last + 1 < len(lines) and lines[last + 1].block == block and lines[last + 1].start < end:
            last += 1
        return Region(0, y, 1, last - y + 1)

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()
        self._height_laid_out = self.scrollable_content_region.height

    def _lay_out(self) -> None:
        """Wrap the page to the view's width, unless it is wrapped to it already: as
        much as `first_layout_seconds` allows now, the rest later. Wrapped again to
        another width, the view keeps what the reader was looking at (`_place_in_view`)."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._at.width:
            return
        place = self._place_in_view() if self._at.width and self._at.lines else None
        self._at.reset(width)
        self._layout += 1
        self._wrap_more(self._layout, self.first_layout_seconds)
        if place is not None:
            region = self._statement_region(self.current) if place == _AT_CURRENT and self.current is not None \
                else self.text_region(place[0], place[1], place[1] + 1)
            if place == _AT_CURRENT and region.height + 2 <= self.scrollable_content_region.height:
                self.scroll_to_region(region, spacing=Spacing(1, 0, 1, 0), animate=False, force=True, immediate=True)
            else:  # (a statement taller than the view: its start, where ▶ is)
                self.scroll_to(y=region.y, animate=False, force=True, immediate=True)

    def _place_in_view(self) -> tuple[int, int] | None:
        """What the reader sees, to find again in the text wrapped to another width (a
        user's QA pass: resized, the view kept its line number and showed other text,
        ▶ gone): the statement at ▶ when any of it is on screen (`_AT_CURRENT`), else
        the block and character at the top of the view. (On screen at the height the
        text was laid out for: the view has its new height already.)"""
        lines = self._at.lines
        top, height = round(self.scroll_y), self._height_laid_out or self.scrollable_content_region.height
        if self.current is not None:
            region = self._statement_region(self.current)
            if region.y < top + height and region.bottom > top:
                return _AT_CURRENT
        return next(((lines[y].block, lines[y].start) for y in range(top, min(top + height, len(lines)))
                     if lines[y].block >= 0), None)

    def _wrap_more(self, layout: int, seconds: float = LAYOUT_SLICE_SECONDS) -> None:
        """Wrap blocks for about `seconds`, and ask to be called again if some remain."""
        if layout != self._layout:
            return
        deadline = perf_counter() + seconds
        self._wrap_blocks(lambda: perf_counter() > deadline)
        self._wrap_later()

    def _wrap_later(self) -> None:
        """Go on wrapping after a pause, if some of the page is still to be wrapped."""
        if self.laying_out and self._at.width:
            layout = self._layout
            self.set_timer(LAYOUT_PAUSE_SECONDS, lambda: self._wrap_more(layout))

    def _lay_out_through(self, block: int) -> None:
        """Wrap at once every block up to `block` (to show a statement, say)."""
        if len(self._at.first_line) <= block and self._at.width:
            self._wrap_blocks(lambda: len(self._at.first_line) > block)

    def _wrap_blocks(self, enough: Callable[[], bool]) -> None:
        """Wrap more of the page shown, until `enough()` (see `_Layout.wrap`)."""
        old_length = len(self._at.lines)
        self._at.wrap(enough)
        self._set_length(len(self._at.lines))
        self._update_subtitle()
        if old_length < round(self.scroll_y) + self.scrollable_content_region.height:
            self.refresh()  # new lines on screen

    @property
    def _gutter_width(self) -> int:
        return self._at.gutter_width

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.visual_style
        if index >= len(self._at.lines) or self._at.lines[index].block < 0:
            return Strip.blank(width, base.rich_style)
        return self._at.strip(index, width, self._look(base))

    def _look(self, base: Style | None = None) -> _Look:
        return _Look(self.visual_style if base is None else base, self.current, self._found, self._found_current)

    def on_click(self, event: events.Click) -> None:
        """Clicking a statement makes it the current one."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_y) + offset.y
        if index >= len(self._at.lines):
            return
        marks = self._at.marks(index)
        column = self._at.lines[index].start + offset.x - self._gutter_width
        hit = next((mark for mark in marks if mark.start <= column < mark.end), marks[0] if marks else None)
        if hit is not None:
            self.current = hit.statement
