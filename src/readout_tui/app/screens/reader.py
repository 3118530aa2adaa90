"""The reader's own screen: the sidebar, the readout and the filter bar live on it.

Textual redraws a whole screen whenever the focus moves. The widgets whose look
depends on the focus are restyled and redrawn anyway (a border, the list's
cursor, the footer's keys), so this screen leaves the rest as it is: Enter in the
filter box moves the focus to the text, and drawing every widget again on top of
the filtered text would take longer than a frame.
"""

from __future__ import annotations

from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget


class ReaderScreen(Screen):
    AUTO_FOCUS = "#readouts"
    """The list has the focus from the first frame: focusing the first input (the
    title box) and then the list restyled both at start-up for nothing."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
