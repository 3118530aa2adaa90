"""The box above the readout list that narrows it by title (or date) as you type.

While it has focus the arrow keys, page keys and Enter still drive the list, as in
a picker, so narrowing and choosing need no trip back with tab.
"""

from __future__ import annotations


from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class TitleSearch(Input):
    BINDINGS = [
        Binding("down", "move(1)", "Next readout", show=False, id="titles.next"),
        Binding("up", "move(-1)", "Previous readout", show=False, id="titles.previous"),
        Binding("pagedown", "move(10)", "Ten readouts down", show=False, id="titles.page-down"),
        Binding("pageup", "move(-10)", "Ten readouts up", show=False, id="titles.page-up"),
        Binding("escape", "leave", "Clear title filter", id="titles.clear"),
    ]

    class Moved(Message):
        """Move the list's cursor by `delta` rows."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class Left(Message):
        """The reader is done narrowing: go back to the list."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Narrow: title or date", id=id, compact=True, select_on_focus=False)

    def action_move(self, delta: int) -> None:
        self.post_message(self.Moved(delta))

    def action_leave(self) -> None:
        self.value = ""
        self.post_message(self.Left())
