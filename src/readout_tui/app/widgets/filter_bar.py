"""The speaker filter: type part of any name or alias, Enter narrows, Esc clears.

Completion offers every name and alias of the open readout's speakers, and every
word-start inside them too, so `mitch` completes to "Mitchell" and `head`
to "head of state", the forms readouts actually use. The bar only reports what
was asked; the app decides which speakers that means and tells the bar the
outcome to show ("9 of 12 statements").
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.strip import Strip
from textual.suggester import Suggester
from textual.widget import AwaitMount
from textual.widgets import Input, Label, Static

from readout_tui.folding import fold
from readout_tui.model import Speaker

PLACEHOLDER = "name or alias, Enter filters"
BOX_ROOM = 12
"""Cells the filter box keeps however long the status: the reader sees what is typed."""
LABEL_ROOM = 72
"""A bar this wide always has its "Speaker" label; a narrower one keeps it when the
box still has BOX_ROOM beside the status shown, and else drops it, to keep room for the box."""
HINT_GAP = 2
"""Cells left blank after the box's hint: it never reads on into the status beside
the box ("…, Enter filters 0 statements")."""
LABEL = "Speaker"
GAP = 1
"""The cells after the label and after the scope, and before the status (their
margins in app.tcss): what the bar takes besides the words."""


class QueryBox(Input):
    """The filter's one-line box. Its size is fixed by the bar, so the width of its
    text needs no new layout of the screen (Textual's input asks for one at each
    change of value, which costs a frame when Esc clears the filter). Its hint (the
    placeholder) loses its last parts ("…, Enter filters", "… · Esc closes") where
    the box is too narrow for all of it, rather than being cut off mid-word."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, *, placeholder: str = "", **kwargs) -> None:
        super().__init__(placeholder=placeholder, **kwargs)
        self._hint = placeholder

    def set_hint(self, hint: str) -> None:
        """Show `hint` in the empty box, as much of it as fits."""
        self._hint = hint
        self.placeholder = hint  # (fitted as it is drawn)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0 and not self.value and width > 0:
            self.set_reactive(Input.placeholder, fitting_hint(self._hint, max(width - HINT_GAP, 1)))  # (drawn now: no refresh)
        return super().render_line(y)


class SuggestNames(Suggester):
    """The first name or alias that starts with what is typed, ignoring case and
    accents as the filter does: "seb" completes to "Sébastien Ardel"."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(case_sensitive=False)
        self._names = [(fold(name), name) for name in names]

    async def get_suggestion(self, value: str) -> str | None:
        typed = fold(value)
        return next((name for folded, name in self._names if folded.startswith(typed)), None)


class FilterBar(Horizontal):
    BINDINGS = [Binding("escape", "clear", "Clear filter", id="filter.clear")]

    class Applied(Message):
        """The reader asked to see the statements of speakers matching `query`."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Cleared(Message):
        """The reader asked to see every statement again."""

    class ScopeClicked(Message):
        """The reader clicked the scope: this readout or all readouts."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._status, self._room = Content(), 0
        self._shorter: Content | None = None
        self._label_part = Label(LABEL, id="filter-label")
        self._scope_part = Static(_scope(False), id="filter-scope", markup=False)
        self._box = QueryBox(placeholder=PLACEHOLDER, id="filter-input", compact=True, select_on_focus=False)
        self._status_part = Static(id="filter-status", markup=False)
        self._filling: AwaitMount | None = None

    def compose(self) -> ComposeResult:
        """Nothing at first: the bar is an empty line in the first frame, and its
        parts (an input box costs a few ms of styling and drawing) come with `fill`.
        Until then what the bar is told is kept by its parts and shown once they are."""
        return ()

    def fill(self) -> AwaitMount:
        """Mount the label, the scope, the box and the status (once); awaited, until
        they are mounted. (They were fitted when the bar was first laid out: see
        `on_resize`.)"""
        if self._filling is None:
            self._filling = self.mount(self._label_part, self._scope_part, self._box, self._status_part)
        return self._filling

    @property
    def input(self) -> Input:
        return self._box

    @property
    def value(self) -> str:
        return self.input.value

    def set_speakers(self, speakers: Iterable[Speaker]) -> None:
        """Offer the names and aliases of `speakers` as completions."""
        self.input.suggester = SuggestNames(completions(speakers))

    def set_scope(self, everywhere: bool) -> None:
        """Show whether the filter applies to the open readout or to all readouts."""
        self._scope_part.update(_scope(everywhere))

    def on_click(self, event) -> None:
        if event.widget is not None and event.widget.id == "filter-scope":
            self.post_message(self.ScopeClicked())

    def set_query(self, query: str) -> None:
        """Show `query` as the filter text (when the filter was set another way)."""
        box = self.input
        if box.value == query and box.cursor_position == len(query):
            return  # typed there: setting it again would only restyle the box
        with box.prevent(Input.Changed):
            box.value = query
            box.cursor_position = len(query)

    def show_status(self, status: Content, room: int = 0, *, shorter: Content | None = None) -> None:
        """Show `status`, at the right end of the bar in at least `room` cells: given
        room for the longest status a readout can have, setting or clearing a filter
        changes only the words, and no other widget moves or is laid out again.
        The box keeps BOX_ROOM cells: where `status` does not fit whole and
        `shorter` (the same, less what the box shows already) does, the bar shows
        `shorter`; else the status loses its last parts (see `fitting_status`)."""
        self._status, self._shorter, self._room = status, shorter, room
        self._fit_status()

    def on_resize(self) -> None:
        self._fit_status()

    def _fit_status(self) -> None:
        status, label, shorter = self._status, self._label_part, self._shorter
        bar = self.content_region.width
        if bar:  # (laid out: else the first resize fits it)
            scope = _scope(False).cell_length + GAP + GAP
            most = bar - scope - BOX_ROOM - (len(LABEL) + GAP if bar >= LABEL_ROOM else 0)
            if shorter is not None and status.cell_length > most >= shorter.cell_length:
                status = shorter
        width = max(status.cell_length, self._room)
        if bar:
            label.display = bar >= LABEL_ROOM or bar - scope - BOX_ROOM - len(LABEL) - GAP >= status.cell_length
            taken = (len(LABEL) + GAP if label.display else 0) + scope
            width = max(0, min(width, bar - taken - BOX_ROOM))
        box = self._status_part
        if box.styles.width is None or box.styles.width.value != width:
            box.styles.width = width  # lays the bar out again
        box.update(fitting_status(status, width), layout=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        query = event.value.strip()
        self.post_message(self.Applied(query) if query else self.Cleared())

    def action_clear(self) -> None:
        self.set_query("")
        self.post_message(self.Cleared())


def _scope(everywhere: bool) -> Content:
    """Where the filter applies, and the key that changes it."""
    scope = Content.styled(" all readouts ", "reverse $accent") if everywhere else Content.styled(" this readout ", "$accent")
    return Content.assemble(scope, (" ^a", "$text-muted"))


def completions(speakers: Iterable[Speaker]) -> list[str]:
    """Each name and alias, then each of their tails from a word start on
    (“Aaron Wess Mitchell”, “Wess Mitchell”, “Mitchell”), without repeats."""
    forms = [form for speaker in speakers for form in (speaker.name, *speaker.aliases)]
    tails = [" ".join(words[index:]) for form in forms if (words := form.split()) for index in range(len(words))]
    return list(dict.fromkeys(tails))


def fitting_status(status: Content, width: int) -> Content:
    """`status` in `width` cells: its last " · " part cut short with an ellipsis
    while at least half of it shows ("9 of 12 statements · Aleksandr Luka…"), else
    left out ("2 statements", not "2 statements · 1 s…"), and so on."""
    while status.cell_length > width:
        cut = status.plain.rfind(" · ")
        part = status.cell_length - cut - len(" · ")
        shown = width - cut - len(" · ") - 1  # the ellipsis takes one
        if cut <= 0 or 2 * shown >= part:
            return status.truncate(width, ellipsis=True)
        status = status[:cut]
    return status


def fitting_hint(hint: str, width: int) -> str:
    """`hint` without the parts after its last separators (" · ", ", ") that do not
    fit in `width` cells; failing that, its first words that do."""
    while cell_len(hint) > width:
        cut = max(hint.rfind(" · "), hint.rfind(", "))
        if cut <= 0:
            words = hint.split(" ")
            while len(words) > 1 and cell_len(" ".join(words)) > width:
                words.pop()
            return " ".join(words)
        hint = hint[:cut]
    return hint
