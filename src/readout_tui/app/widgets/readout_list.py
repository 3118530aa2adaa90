"""The sidebar: every readout, newest first, two lines each (title; date and speakers).

A line-API widget over the `Library` model: it draws only the rows on screen, so
100,000 readouts cost no more than 20. Moving the cursor asks for the readout to
be opened; printable keys that are not shortcuts start narrowing by title.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from readout_tui.app.library import Entry, Library
from readout_tui.app.printable import printable

ROW_HEIGHT = 2
FAILED_MARK = "⚠ "


class ReadoutList(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("j,down", "move(1)", "Next readout", show=False, id="list.next"),
        Binding("k,up", "move(-1)", "Previous readout", show=False, id="list.previous"),
        Binding("g,home", "move_to(0)", "First readout", show=False, id="list.first"),
        Binding("G,end", "move_to(-1)", "Last readout", show=False, id="list.last"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page-up"),
        Binding("enter", "choose", "Read", id="list.choose"),
        # The readout's copy keys work from the list too (the README's table: c / C
        # in the readout list copy, they do not begin the narrowing).
        Binding("c", "app.copy_statement", "Copy the statement at ▶ (or the first shown)", show=False,
                id="list.copy"),
        Binding("C", "app.copy_view", "Copy the view (readout, or filtered statements)", show=False,
                id="list.copy-view"),
        Binding("escape", "clear_narrowing", "Clear title filter", show=False, id="list.clear"),
    ]

    COMPONENT_CLASSES = {
        "readout-list--cursor",
        "readout-list--details",
        "readout-list--failed",
    }

    DEFAULT_CSS = """
    ReadoutList {
        scrollbar-gutter: stable;
        overflow-x: hidden;
        & > .readout-list--cursor { background: $boost; text-style: bold; }
        &:focus > .readout-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
        & > .readout-list--details { color: $text-muted; }
        & > .readout-list--failed { color: $text-error; }
    }
    """

    cursor: reactive[int] = reactive(0, init=False, repaint=False)  # the watcher redraws the two rows

    class Highlighted(Message):
        """The cursor is on `entry`: show it."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    class Chosen(Message):
        """The reader pressed Enter on `entry`: read it."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    class NarrowingCleared(Message):
        """Esc in a narrowed list: list every readout again."""

    class TypedAhead(Message):
        """The reader typed `character`, meaning to narrow the list."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self._announced: Entry | None = None
        self._typing = False
        """A letter went to the title box, which has not taken the focus yet: the
        letters typed meanwhile go there too, not to the list's keys ("uk": not u
        then k for the previous readout)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc clears the list's narrowing when it has one; else it is the app's
        (clear the speaker filter, or stop reading the archive)."""
        if action == "clear_narrowing":
            return bool(self.library.query.split())
        return True

    def action_clear_narrowing(self) -> None:
        self.post_message(self.NarrowingCleared())

    @property
    def entry(self) -> Entry | None:
        """The entry under the cursor."""
        return self.library[self.cursor] if 0 <= self.cursor < len(self.library) else None

    def reload(self, *, stay: bool = False) -> None:
        """Redraw after the library changed (new entries, other order, new query),
        keeping the cursor on the same readout when it is still listed. With `stay`,
        a cursor whose readout was deleted stays on its row, and the readout that
        takes that row is not opened: the reader is being told what went. A list
        that was empty opens its first readout, `stay` or not: the reader was told
        there was nothing to read."""
        before = self._announced
        position = self.library.position(before.path) if before is not None else None
        if position is None and stay and before is not None and len(self.library):
            position = min(self.cursor, len(self.library) - 1)
            self._announced = self.library[position]
        self._fit_virtual_size()
        self.set_reactive(ReadoutList.cursor, position if position is not None else 0)
        self.refresh()
        self._scroll_to_cursor()
        self._announce()

    def refresh_entry(self, path: Path) -> None:
        """Redraw one entry whose speaker count or error became known."""
        position = self.library.position(path)
        if position is not None:
            self.refresh_lines(position * ROW_HEIGHT, ROW_HEIGHT)

    def select(self, path: Path) -> None:
        position = self.library.position(path)
        if position is not None:
            self.cursor = position

    def validate_cursor(self, cursor: int) -> int:
        return min(max(cursor, 0), max(len(self.library) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
        self.refresh_lines(new * ROW_HEIGHT, ROW_HEIGHT)
        self._scroll_to_cursor()
        self._announce()

    def _announce(self) -> None:
        """Tell the app when the cursor is on another readout than last time."""
        if self.entry is not None and self.entry is not self._announced:
            self._announced = self.entry
            self.post_message(self.Highlighted(self.entry))

    def _fit_virtual_size(self) -> None:
        """The list's height in lines: two a readout, and a blank line after the
        last when the list shows an odd number of lines, so that scrolled to the
        end it still starts with a title, never a date."""
        region = self.scrollable_content_region
        lines = len(self.library) * ROW_HEIGHT
        if lines > region.height:
            lines += region.height % ROW_HEIGHT
        self.virtual_size = Size(region.width, lines)

    def _scroll_to_cursor(self) -> None:
        """Scroll by whole rows, so the top line is always a title, never a date."""
        visible = max(self.scrollable_content_region.height // ROW_HEIGHT, 1)
        top = round(self.scroll_y) // ROW_HEIGHT
        top = min(max(top, self.cursor - visible + 1), self.cursor)
        self.scroll_to(y=top * ROW_HEIGHT, animate=False, force=True, immediate=True)

    def action_move(self, delta: int) -> None:
        self.cursor += delta

    def action_move_to(self, position: int) -> None:
        self.cursor = position if position >= 0 else len(self.library) - 1

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(self.scrollable_content_region.height // ROW_HEIGHT - 1, 1)

    def action_choose(self) -> None:
        if self.entry is not None:
            self.post_message(self.Chosen(self.entry))

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and (self._typing or not event.character.isspace()):
            if self._typing or event.key not in self.app.active_bindings:
                event.stop()
                event.prevent_default()
                self._typing = True
                self.post_message(self.TypedAhead(event.character))

    def on_blur(self) -> None:
        self._typing = False

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None:
            row = (round(self.scroll_y) + offset.y) // ROW_HEIGHT
            if row < len(self.library):
                self.cursor = row

    def on_resize(self, event: events.Resize) -> None:
        self._fit_virtual_size()
        if len(self.library):
            self._scroll_to_cursor()  # the list grew shorter (the progress shown below it): keep the cursor in view

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row, line = divmod(round(self.scroll_y) + y, ROW_HEIGHT)
        base = self.visual_style
        if row >= len(self.library):
            return Strip.blank(width, base.rich_style)
        entry = self.library[row]
        on_cursor = row == self.cursor
        style = base + self.get_visual_style("readout-list--cursor") if on_cursor else base
        content = (self._title(entry) if line == 0 else self._details(entry)).truncate(width, ellipsis=True)
        if on_cursor:  # the cursor's own colours, for contrast on its background
            content = content.without_spans
        return Strip(content.render_segments(style), content.cell_length).crop_extend(0, width, style.rich_style)

    def _colour(self, component: str) -> Style:
        """Only the text colour of `component`, so the row's background (the
        cursor's, say) shows through."""
        return Style(foreground=self.get_visual_style(component).foreground)

    def _title(self, entry: Entry) -> Content:
        mark = FAILED_MARK if entry.failed else ""
        title = Content(" " + mark + printable(entry.title, keep_newlines=False))
        if entry.failed:
            title = title.stylize(self._colour("readout-list--failed"), 1, 1 + len(mark))
            title = title.stylize(Style(dim=True))
        return title

    def _details(self, entry: Entry) -> Content:
        if entry.failed:
            reason = printable(entry.error or "could not be loaded", keep_newlines=False)
            return Content.styled(f"   skipped: {reason}", self._colour("readout-list--failed"))
        speakers = {None: "…", 0: "no speakers", 1: "1 speaker"}.get(entry.speakers, f"{entry.speakers} speakers")
        return Content.styled(f"   {entry.date or 'undated'} · {speakers}", self._colour("readout-list--details"))
