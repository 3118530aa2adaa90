"""The reader opens where the user left it: the readout, the speaker filter and
its scope (this readout or all readouts), the line scrolled to, the statement at ▶
and the theme, from `SavedState`.

The saved readout is listed at once, under its file name, and opened, before the
archive is searched (the way a first readout found by a quick look is shown), so
a warm start costs no more than starting at the newest readout. The place is saved
when the reader quits, and a few seconds after it moves to another readout or
filter, so a crash or a closed terminal loses little.

Mixed into `ReadoutApp`: it uses the app's library, list and views.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.timer import Timer

from readout_tui.app.library import Entry
from readout_tui.state import Place, SavedState

SAVE_AFTER_SECONDS = 3.0


class RemembersPlace:
    """What `ReadoutApp` keeps of where the reader was."""

    state: SavedState | None
    _saving: Timer | None = None
    placed: bool = False
    """The readout where the reader left off was listed and opened."""

    def saved_place(self) -> Place:
        return self.state.place(self.paths) if self.state is not None else Place()

    def restore_place(self, place: Place) -> None:
        """Bring back the theme and open the saved readout (one that is gone is
        passed over, and the reader told)."""
        if self.state is None:
            return
        for notice in self.state.take_notices():
            self.notify(notice, title="Where you left off", severity="warning", markup=False)
        if self.state.theme in self.available_themes:
            self.theme = self.state.theme
        if place.readout is not None and os.path.isfile(place.readout):
            self._peeked = place.readout  # dropped again if the search does not list it
            self._return_to = (Path(place.readout), place.line, place.statement)
            self.placed = True
            self.library.add([Entry(place.readout, Path(place.readout).name)])
            self._reload_list()
        elif place.readout is not None:  # said, or the reader wonders why this readout and not theirs
            self.notify(
                f"{Path(place.readout).name}, where you left off, is no longer in the folder (removed or renamed).",
                title="Where you left off", severity="warning", markup=False,
            )

    def save_place_soon(self) -> None:
        if self.state is None:
            return
        if self._saving is not None:
            self._saving.stop()
        self._saving = self.set_timer(SAVE_AFTER_SECONDS, self.save_place)

    def save_place(self, *, quietly: bool = False) -> None:
        """Save where the reader is; `quietly` when leaving, with no screen left to tell."""
        if self.state is None:
            return
        if self._saving is not None:
            self._saving.stop()
            self._saving = None
        shown = self._shown
        query = self.speaker_filter.query if self.speaker_filter is not None else None
        line = round(self._text.scroll_y) if shown is not None else 0
        statement = self._text.current if shown is not None else None
        place = Place(str(shown) if shown is not None else None, query, line, statement, self._everywhere)
        self.state.save(self.paths, place, self.theme)
        for notice in [] if quietly else self.state.take_notices():
            self.notify(notice, title="Where you left off", severity="warning", markup=False)
