"""The list of readouts the sidebar shows, as a model the sidebar only renders.

It has to stay cheap at 100,000 entries: entries arrive in batches while the
folder is read, are kept sorted (newest first, undated last by title) and are
narrowed by what the reader types, all without touching Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Entry:
    """One readout in the list. Mutable: the speaker count and any load error
    are learnt after the entry is first shown."""

    path: Path
    title: str
    date: str | None = None
    speakers: int | None = None
    """None until the readout has been attributed."""
    error: str | None = None
    """Why the readout could not be loaded, once we know it could not."""

    @property
    def failed(self) -> bool:
        return self.error is not None


class Library:
    """Entries in reading order, with the subset that matches the narrowing query."""

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._by_path: dict[Path, Entry] = {}
        self._visible: list[Entry] = []
        self._positions: dict[Path, int] | None = None
        self.query = ""

    def __len__(self) -> int:
        """How many entries the current query shows."""
        return len(self._visible)

    def __getitem__(self, index: int) -> Entry:
        return self._visible[index]

    @property
    def total(self) -> int:
        return len(self._entries)

    def get(self, path: Path) -> Entry | None:
        return self._by_path.get(path)

    def position(self, path: Path) -> int | None:
        """Where `path` is among the visible entries, if it is visible."""
        if self._positions is None:
            self._positions = {entry.path: index for index, entry in enumerate(self._visible)}
        return self._positions.get(path)

    def add(self, entries: Iterable[Entry]) -> None:
        """Add (or replace, by path) entries and restore the order."""
        for entry in entries:
            if entry.path not in self._by_path:
                self._entries.append(entry)
            else:
                self._entries[self._entries.index(self._by_path[entry.path])] = entry
            self._by_path[entry.path] = entry
        # Two stable sorts: titles A-Z, then dates newest first with undated last.
        self._entries.sort(key=lambda entry: entry.title.casefold())
        self._entries.sort(key=lambda entry: entry.date or "", reverse=True)
        self.narrow(self.query)

    def update(self, path: Path, *, speakers: int | None = None, error: str | None = None) -> int | None:
        """Record what attribution learnt about `path`; returns its visible position."""
        entry = self._by_path.get(path)
        if entry is None:
            return None
        entry.speakers = speakers
        entry.error = error
        return self.position(path)

    def narrow(self, query: str) -> None:
        """Show only entries whose title or date contains every word of `query`."""
        self.query = query
        words = query.casefold().split()
        if words:
            self._visible = [
                entry
                for entry in self._entries
                if all(word in f"{entry.title} {entry.date or ''}".casefold() for word in words)
            ]
        else:
            self._visible = list(self._entries)
        self._positions = None
