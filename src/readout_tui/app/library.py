"""The list of readouts the sidebar shows, as a model the sidebar only renders.

It has to stay cheap at 100,000 entries, on the interface thread: entries arrive
in batches while the archive is indexed, are kept sorted (newest first, undated
last by title) and are narrowed by what the reader types. So every entry carries
its sort key, a batch of k changes costs k binary searches (or one merge of sorted
runs when the batch is large), finding an entry's row is a binary search, and only
narrowing looks at every title, once per keystroke (or only at the rows the last
keystroke left, when the query grew). Nothing here touches Textual.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, islice
from operator import attrgetter
from pathlib import Path
from time import perf_counter

from readout_tui.folding import fold

_NEWEST_FIRST = str.maketrans("0123456789", "9876543210")
_KEY = attrgetter("key")
_KEEP = object()
FIRST_MATCHES = 200
"""Narrowing stops looking once this many entries match (a few screens), and
finishes in slices between keystrokes: its cost per key does not grow with the
archive."""
SCAN_SLICE_SECONDS = 0.004
"""How long one slice of narrowing may hold up the reader's keys."""
SCAN_CHUNK = 2048
MERGE_SHARE = 64
"""A batch larger than 1/MERGE_SHARE of the list is merged by one sort of sorted
runs (linear) rather than inserted entry by entry."""


class Entry:
    """One readout in the list. Mutable through the `Library` only: the title and
    date may be known only after the entry is first shown (the file name stands in),
    the speaker count and any load error later still."""

    __slots__ = ("location", "_path", "title", "date", "speakers", "error", "folded", "key")

    def __init__(
        self,
        path: str | Path,
        title: str,
        date: str | None = None,
        speakers: int | None = None,
        error: str | None = None,
    ) -> None:
        self.location = str(path)
        """The path as text: what the library is keyed by (a Path object costs
        microseconds to build, which 100,000 entries from the cache would feel)."""
        self._path = path if isinstance(path, Path) else None
        self.speakers = speakers
        """None until the readout has been attributed."""
        self.error = error
        """Why the readout could not be loaded, once we know it could not."""
        self._retitle(title, date)

    def _retitle(self, title: str, date: str | None) -> None:
        self.title, self.date = title, date
        self.folded = fold(title)
        # Newest first (digits inverted, "~" ends a shorter date after a longer
        # one of the same start), undated last, then titles A-Z, then paths.
        self.key = (date is None, (date or "").translate(_NEWEST_FIRST) + "~", self.folded, self.location)

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = Path(self.location)
        return self._path

    @property
    def failed(self) -> bool:
        return self.error is not None

    def matches(self, words: Sequence[str]) -> bool:
        """Whether every (folded: case, accents, apostrophes) word is in the title or the date."""
        return all(word in self.folded or (self.date is not None and word in self.date) for word in words)

    def __repr__(self) -> str:
        return f"Entry({self.location!r}, {self.title!r}, {self.date!r}, speakers={self.speakers!r})"


def in_reading_order(entries: Iterable[Entry]) -> list[Entry]:
    """Sorted as the library lists them; a batch sorted so (off the interface
    thread) is merged into the library in linear time."""
    return sorted(entries, key=_KEY)


class Library:
    """Entries in reading order, with the subset that matches the narrowing query."""

    def __init__(self) -> None:
        self._entries = SortedRows()
        self._by_path: dict[str, Entry] = {}
        self._visible = self._entries
        self._words: tuple[str, ...] = ()
        self._unscanned: Iterator[Entry] | None = None
        """Entries not yet checked against the query, while narrowing is under way."""
        self.query = ""

    def __len__(self) -> int:
        """How many entries the current query shows."""
        return len(self._visible)

    def __getitem__(self, index: int) -> Entry:
        return self._visible[index]

    @property
    def total(self) -> int:
        return len(self._entries)

    def __contains__(self, path: str | Path) -> bool:
        return str(path) in self._by_path

    def get(self, path: str | Path) -> Entry | None:
        return self._by_path.get(str(path))

    def entries(self) -> list[Entry]:
        """Every entry, in reading order, whatever the query."""
        return list(self._entries)

    def locations(self) -> list[str]:
        """Every path listed, as text, in no particular order. Copying the dict is
        one step under the interpreter lock, so a worker thread may call this while
        the interface thread adds to the list."""
        return list(self._by_path.copy())

    def position(self, path: str | Path) -> int | None:
        """Where `path` is among the visible entries, if it is visible."""
        entry = self._by_path.get(str(path))
        return None if entry is None else self._visible.index(entry)

    def add(self, entries: Iterable[Entry]) -> None:
        """Add entries; one whose path is listed already updates that entry instead
        (same object, so a row under the cursor stays the row under the cursor)."""
        new: list[Entry] = []
        for entry in entries:
            known = self._by_path.get(entry.location)
            if known is None:
                self._by_path[entry.location] = entry
                new.append(entry)
            else:
                self.update(
                    known.location, title=entry.title, date=entry.date, speakers=entry.speakers, error=entry.error
                )
        self._entries.insert(new)
        if self._visible is not self._entries:
            if self._unscanned is not None:
                self._renarrow()
            else:
                self._visible.insert([entry for entry in new if entry.matches(self._words)])

    def update(
        self,
        path: str | Path,
        *,
        title: str | object = _KEEP,
        date: str | None | object = _KEEP,
        speakers: int | None | object = _KEEP,
        error: str | None | object = _KEEP,
    ) -> int | None:
        """Record what was learnt about `path` (only the fields given); returns its
        visible position. A new title or date moves the entry to its new place."""
        entry = self._by_path.get(str(path))
        if entry is None:
            return None
        if speakers is not _KEEP:
            entry.speakers = speakers  # type: ignore[assignment]
        if error is not _KEEP:
            entry.error = error  # type: ignore[assignment]
        new_title = entry.title if title is _KEEP else title
        new_date = entry.date if date is _KEEP else date
        if (new_title, new_date) != (entry.title, entry.date):
            self.retitle([(entry, new_title, new_date)])  # type: ignore[list-item]
        return self.position(entry.location)

    def retitle(self, changes: Sequence[tuple[Entry, str, str | None]]) -> None:
        """Give entries their (title, date), as a batch: each leaves its place and
        is inserted at its new one."""
        entries = [entry for entry, _, _ in changes if entry.location in self._by_path]
        narrowed = self._visible is not self._entries and self._unscanned is None
        self._entries.remove(entries)
        if narrowed:
            self._visible.remove(entries)
        for entry, title, date in changes:
            entry._retitle(title, date)
        self._entries.insert(entries)
        if narrowed:
            self._visible.insert([entry for entry in entries if entry.matches(self._words)])
        elif self._unscanned is not None:
            self._renarrow()

    def remove(self, paths: Iterable[str | Path]) -> None:
        """Forget the entries of files that are no longer there."""
        gone = [entry for path in paths if (entry := self._by_path.pop(str(path), None)) is not None]
        self._entries.remove(gone)
        if self._unscanned is not None:
            self._renarrow()
        elif self._visible is not self._entries:
            self._visible.remove(gone)

    @property
    def narrowing(self) -> bool:
        """Whether some entries are still to be checked against the query."""
        return self._unscanned is not None

    def narrow(self, query: str) -> None:
        """Show only entries whose title or date contains every word of `query`:
        the first FIRST_MATCHES (or what a slice finds) at once, the rest with `scan`. A query that only
        grew (a letter typed) narrows what matched already, then what was not
        yet checked."""
        words = tuple(fold(query).split())
        grew = bool(self._words) and all(any(old in new for new in words) for old in self._words)
        self.query, self._words = query, words
        if not words:
            self._visible, self._unscanned = self._entries, None
            return
        if grew:
            rows = chain(self._visible, self._unscanned or ())
        else:
            rows = iter(self._entries)
        self._visible, self._unscanned = SortedRows(), rows
        self.scan(rows=FIRST_MATCHES, seconds=SCAN_SLICE_SECONDS)

    def scan(self, *, rows: int | None = None, seconds: float | None = None) -> bool:
        """Check more entries against the query, until `rows` more match or
        `seconds` have passed (or the end); returns whether narrowing is done."""
        if self._unscanned is None:
            return True
        deadline = None if seconds is None else perf_counter() + seconds
        wanted = None if rows is None else len(self._visible) + rows
        words, unscanned, visible = self._words, self._unscanned, self._visible
        while chunk := list(islice(unscanned, SCAN_CHUNK)):
            for word in words:
                chunk = [entry for entry in chunk if word in entry.folded or (entry.date and word in entry.date)]
            visible.append_sorted(chunk)
            if (wanted is not None and len(visible) >= wanted) or (deadline is not None and perf_counter() > deadline):
                return False
        self._unscanned = None
        return True

    def _renarrow(self) -> None:
        """The entries changed while narrowing was under way: start it again."""
        query, self._words = self.query, ()
        self.narrow(query)


class SortedRows:
    """Entries sorted by key, kept in blocks: inserting or removing one moves at
    most a block of pointers, not the 100,000 of a flat list (tens of microseconds
    each, which a batch of a few hundred would turn into a dropped frame)."""

    BLOCK = 512

    def __init__(self, entries: Sequence[Entry] = ()) -> None:
        """`entries` must be sorted by key."""
        self._rebuild(list(entries))

    def _rebuild(self, entries: list[Entry]) -> None:
        size = self.BLOCK
        self._blocks = [entries[start : start + size] for start in range(0, len(entries), size)]
        self._maxes = [block[-1].key for block in self._blocks]
        self._length = len(entries)
        self._starts: list[int] | None = None

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Entry]:
        return chain.from_iterable(self._blocks)

    def __getitem__(self, index: int) -> Entry:
        if not 0 <= index < self._length:
            raise IndexError(index)
        starts = self._block_starts()
        block = bisect_right(starts, index) - 1
        return self._blocks[block][index - starts[block]]

    def index(self, entry: Entry) -> int | None:
        """The row of `entry` (by its current key), or None when it is not here."""
        block = bisect_left(self._maxes, entry.key)
        if block == len(self._blocks):
            return None
        rows = self._blocks[block]
        index = bisect_left(rows, entry.key, key=_KEY)
        if index < len(rows) and rows[index] is entry:
            return self._block_starts()[block] + index
        return None

    def append_sorted(self, entries: Sequence[Entry]) -> None:
        """Add entries that sort after every entry here, in order."""
        if not entries:
            return
        rows = self._blocks[-1] if self._blocks else []
        rows.extend(entries)
        if not self._blocks:
            self._blocks.append(rows)
            self._maxes.append(rows[-1].key)
        size = self.BLOCK
        while len(self._blocks[-1]) > 2 * size:
            last = self._blocks.pop()
            self._maxes.pop()
            self._blocks += [last[:size], last[size:]]
            self._maxes += [last[size - 1].key, last[-1].key]
        self._maxes[-1] = self._blocks[-1][-1].key
        self._length += len(entries)
        self._starts = None

    def insert(self, entries: Sequence[Entry]) -> None:
        if len(entries) * MERGE_SHARE > self._length:
            self._rebuild(sorted(chain(self, entries), key=_KEY))  # sorted runs: a merge, linear
            return
        size = self.BLOCK
        for entry in entries:
            if not self._blocks:
                self._blocks, self._maxes = [[entry]], [entry.key]
                continue
            block = min(bisect_left(self._maxes, entry.key), len(self._blocks) - 1)
            rows = self._blocks[block]
            insort(rows, entry, key=_KEY)
            self._maxes[block] = rows[-1].key
            if len(rows) > 2 * size:
                self._blocks[block : block + 1] = [rows[:size], rows[size:]]
                self._maxes[block : block + 1] = [rows[size - 1].key, rows[-1].key]
        self._length += len(entries)
        self._starts = None

    def remove(self, entries: Sequence[Entry]) -> None:
        """Take `entries` (at their current keys) out; absent ones are ignored."""
        if len(entries) * MERGE_SHARE > self._length:
            leaving = {id(entry) for entry in entries}
            self._rebuild([entry for entry in self if id(entry) not in leaving])
            return
        for entry in entries:
            block = bisect_left(self._maxes, entry.key)
            if block == len(self._blocks):
                continue
            rows = self._blocks[block]
            index = bisect_left(rows, entry.key, key=_KEY)
            if index < len(rows) and rows[index] is entry:
                del rows[index]
                self._length -= 1
                if rows:
                    self._maxes[block] = rows[-1].key
                else:
                    del self._blocks[block], self._maxes[block]
        self._starts = None

    def _block_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = list(accumulate((len(block) for block in self._blocks[:-1]), initial=0))
        return self._starts
