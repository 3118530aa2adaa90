"""Lines drawn once for each look a widget takes again and again.

The footer and the legend change with every filter set or cleared and every move
of the focus, but between a handful of looks they have had before: the footer's
keys for the filter box and for the text, the legend with and without a speaker
chosen. Drawing a line of styled chips costs Textual about a millisecond, a good
part of the 16 ms a keystroke has; a look seen before is drawn from memory.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip

LOOKS_KEPT = 16


class KeepsDrawnLines:
    """Mixin for a `Widget`: `render_lines` remembered by `drawn_look()` (what the
    widget shows) with the size, the region asked for and the theme."""

    def drawn_look(self) -> Hashable:
        raise NotImplementedError

    def render_lines(self, crop: Region) -> list[Strip]:
        drawn = self.__dict__.get("_drawn_looks")
        if drawn is None:
            drawn = self.__dict__["_drawn_looks"] = LRUCache(LOOKS_KEPT)
        key = (self.drawn_look(), crop, self.size, self.app.theme, self.background_colors)
        lines = drawn.get(key)
        if lines is None:
            lines = super().render_lines(crop)
            drawn[key] = lines
        return lines
