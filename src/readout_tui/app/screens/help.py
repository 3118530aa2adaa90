"""F1 / ?: every key, grouped by where it works, and what the colours mean.

Built from the Binding objects themselves, so it cannot fall out of date with
the keys the app really has.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Static

READING_THE_COLOURS = [
    ("┃ bold", "a direct quotation, in its speaker's colour"),
    ("┆ italic", "reported speech (“X stressed that …”)"),
    ("underline", "a mention of a speaker by name or title"),
    ("▶", "the statement n / N stopped at"),
    ("plain text", "narrative: nobody is speaking"),
]
WITHOUT_A_KEY = [
    ("letters in the list", "narrow it by title or date"),
    ("⏎ in the title box", "read the highlighted readout"),
    ("→ in the speaker box", "accept the suggested name"),
    ("⏎ in the find box", "next match (all readouts: search them)"),
    ("n / N, find box open", "next / previous match"),
    ("speaker:name words", "search all readouts for one person's words"),
]
MOUSE = [
    ("click a readout", "open it"),
    ("click a legend chip", "filter by that speaker (again: clear)"),
    ("click a statement", "make it the current statement"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,f1,question_mark", "dismiss", "Close help", id="help.close")]

    def __init__(self, sections: Sequence[tuple[str, Sequence[Binding]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = "Keys · Esc closes"
            yield _HelpText(self._text(), id="help-text", markup=False)

    def on_resize(self) -> None:
        self.fit_text()

    def fit_text(self) -> None:
        """Fit the descriptions to the width the text has: one that wraps goes on
        under its own column, not under the keys. Run again when the text itself
        is resized (a scroll bar appearing takes two columns: the lines wrapped
        for the width before it were wrapped again, a word left under the keys)."""
        text = self.query_one("#help-text", _HelpText)
        width = text.content_region.width
        if width and width != text.fitted_to:
            text.fitted_to = width
            text.update(self._text(width))

    def _text(self, room: int = 0) -> Content:
        rows = [(title, self._rows(bindings)) for title, bindings in self.sections]
        rows.append(("Typing", WITHOUT_A_KEY))
        rows.append(("Mouse", MOUSE))
        rows.append(("Reading the colours", READING_THE_COLOURS))
        width = max(len(keys) for _, pairs in rows for keys, _ in pairs) + 2
        lines: list[Content] = []
        for title, pairs in rows:
            if lines:
                lines.append(Content())
            lines.append(Content.styled(title, Style(bold=True, underline=True)))
            for keys, what in pairs:
                parts = textwrap.wrap(what, room - width) if room - width >= 20 else [what]
                lines.append(Content.assemble((keys.ljust(width), "bold $accent"), parts[0]))
                lines.extend(Content(" " * width + part) for part in parts[1:])
        return Content("\n").join(lines)

    def _rows(self, bindings: Sequence[Binding]) -> list[tuple[str, str]]:
        """(keys, description); bindings that do the same for different keys
        (1 to 9) share a row."""
        groups: list[list[Binding]] = []
        for binding in bindings:
            if groups and groups[-1][0].description == binding.description:
                groups[-1].append(binding)
            else:
                groups.append([binding])
        return [
            (self._keys(group[0]) + (f" … {self._keys(group[-1])}" if len(group) > 1 else ""), group[0].description)
            for group in groups
        ]

    def _keys(self, binding: Binding) -> str:
        return " / ".join(self.app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))


class _HelpText(Static):
    """The help's text, fitted again when its own width changes (`HelpScreen.fit_text`)."""

    fitted_to: int | None = None
    """The width the text was last fitted to."""

    def on_resize(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.fit_text()
