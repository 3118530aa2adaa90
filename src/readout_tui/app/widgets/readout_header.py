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


class ReadoutHeader(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def show(self, document: Document) -> None:
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
        lines.extend(
            Content.assemble(("⚠ ", "$warning"), printable(note, keep_newlines=False)) for note in document.notes
        )
        update_in_place(self, Content("\n").join(lines))

    def show_message(self, message: str) -> None:
        update_in_place(self, Content.styled(message, Style(bold=True)))
