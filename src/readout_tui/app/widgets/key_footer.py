"""The footer: the keys that work where the focus is.

Textual's footer builds its keys again each time the bindings are refreshed,
which is twice whenever the focus moves, whether or not the keys it shows
changed: after Enter in the filter box that is two rounds of mounting and drawing
widgets, each longer than a frame, in the way of the reader's next key. This
one is rebuilt only when what it shows is different.
"""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple | None = None

    async def recompose(self) -> None:
        shown = (
            self._bindings_ready,
            tuple(
                (binding.key, binding.description, enabled, tooltip)
                for _, binding, enabled, tooltip in self.screen.active_bindings.values()
                if binding.show
            ),
        )
        if shown != self._shown:
            self._shown = shown
            await super().recompose()
