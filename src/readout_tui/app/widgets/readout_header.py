"""Above the text: what this readout is (title, date, source, file) and any
warning about how it was read, so a reader can cite it and knows what to trust."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from readout_tui.app.printable import printable
from readout_tui.app.widgets.same_height import update_in_place
from readout_tui.model import Document

SEPARATOR = " · "
NOTE_MARK = "⚠ "
LINES = 6
"""The most lines the header takes (its max-height in app.tcss)."""


class ReadoutHeader(Static):
    """The title, date and source, and where the readout is, on a line each (cut
    short with an ellipsis where they do not fit); the notes about how it was read
    wrapped under their ⚠, so that a warning is read whole however narrow the pane
    (when all of them wrapped would not fit, a line each, cut short as before)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._document: Document | None = None

    def show(self, document: Document) -> None:
        self._document = document
        update_in_place(self, self._content(document, self.content_region.width))

    def on_resize(self) -> None:
        if self._document is not None:
            self.update(self._content(self._document, self.content_region.width))

    @staticmethod
    def _content(document: Document, width: int) -> Content:
        title = Content.styled(printable(document.display_name, keep_newlines=False), Style(bold=True))
        facts = [fact for fact in (document.date or "undated", document.source) if fact]
        where = document.source_url or (str(document.path) if document.path is not None else "")
        lines = [
            title,
            *(
                Content.styled(printable(line, keep_newlines=False), Style(dim=True))
                for line in (SEPARATOR.join(facts), where)
                if line
            ),
        ]
        notes = [Content(printable(note, keep_newlines=False)) for note in document.notes]
        wrapped = [note.wrap(width - len(NOTE_MARK)) for note in notes] if width > len(NOTE_MARK) + 8 else []
        if not wrapped or len(lines) + sum(map(len, wrapped)) > LINES:
            wrapped = [[note] for note in notes]  # too many to read whole: a line each, cut short
        for parts in wrapped:
            lines.append(Content.assemble((NOTE_MARK, "$warning"), parts[0]))
            lines.extend(Content(" " * len(NOTE_MARK)) + part for part in parts[1:])
        return Content("\n").join(lines)

    def show_message(self, message: str) -> None:
        self._document = None
        update_in_place(self, Content.styled(message, Style(bold=True)))
