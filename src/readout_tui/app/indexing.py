"""Indexing an archive for the sidebar: what the app's worker threads run.

Startup needs only a title and a date per readout. The cache has them for every
file it saw before (each row checked against the file's size and modification
time, so a changed or deleted file is never listed stale); a file it does not know
costs a read of its first few KB. Attribution, the slow part, is done for the whole
archive afterwards, and once per file ever, since it is cached too. Everything here
is a plain function or generator over paths, free of Textual, so that the app's
workers stay thin and the pipeline can be tested and benchmarked headless.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from time import monotonic
from typing import NamedTuple, TypeVar

from readout_tui.cache import Listed, ReadoutCache, Stamp
from readout_tui.model import Readout

# The loader and the engine are imported where they are first needed, not with this
# module: a start with a warm cache shows its first readout without either.

BATCH_SECONDS = 0.1
"""How often a pass reports: often enough to look live, rarely enough that
merging a batch into 100,000 sorted entries stays cheap."""
TITLES_WITH_THE_LIST = 100
"""An archive of no more readouts than this is listed once their titles are read
(so its first readout is the newest); a larger one by file name at once, and
its first readout is the one `first_readout` finds."""
PEEK_FOLDERS = 256
"""How many folders `first_readout` may look into before giving up."""

T = TypeVar("T")


class Titled(NamedTuple):
    """A title and date read for the list."""

    path: Path
    title: str
    date: str | None


class Summary(NamedTuple):
    """What attributing a readout taught the list."""

    path: Path
    title: str
    date: str | None
    speakers: int
    error: str | None


def cached_listing(cache: ReadoutCache | None, roots: Sequence[str | Path]) -> tuple[list[Listed], list[str]]:
    """The cached rows under `roots` whose files are unchanged, and the paths of
    rows whose files changed or went (their rows are dropped from the cache)."""
    if cache is None:
        return [], []
    fresh: list[Listed] = []
    gone: list[str] = []
    for row in cache.listing(roots):
        if _unchanged(row):
            fresh.append(row)
        else:
            gone.append(row.path)
    cache.forget(gone)
    return fresh, gone


def newest_cached(cache: ReadoutCache | None, roots: Sequence[str | Path]) -> Listed | None:
    """The readout at the top of the cached list (unchanged since), found in one
    short query: something to show while the whole list is read and checked."""
    if cache is None:
        return None
    rows = [row for row in cache.newest(roots) if _unchanged(row)]
    return min(rows, key=lambda row: (row.title.casefold(), row.path), default=None)


def _unchanged(row: Listed) -> bool:
    try:
        status = os.stat(row.path)
    except (OSError, ValueError):
        return False
    return status.st_size == row.size and status.st_mtime_ns == row.mtime_ns


class Peeked(NamedTuple):
    """A readout found by a quick look, and a guess at how many readouts there are:
    the product of the number of names in each folder on the way to it (5 offices
    of 26 years of 77 readouts each: 10,010)."""

    path: Path
    estimate: int


def first_readout(roots: Sequence[str | Path]) -> Peeked | None:
    """A readout to show while a large archive is still being listed: the last
    file, in name order, of the first path that holds one. Archives are named by
    date more often than not ("2025/2025-11-23-talks.md"), so the last name is the
    best guess at the newest readout, which the reader opens on once the list is
    made (and which then needs no jump). Hidden names are passed over, as discovery
    does; the search gives up after PEEK_FOLDERS folders."""
    from readout_tui.loading.formats import format_of

    budget = [PEEK_FOLDERS]
    for root in roots:
        found = _first_in(Path(root), budget, format_of)
        if found is not None:
            return found
    return None


def _first_in(path: Path, budget: list[int], format_of: Callable[[Path], str | None]) -> Peeked | None:
    if not path.is_dir():
        return Peeked(path, 1) if format_of(path) is not None and path.is_file() else None
    if budget[0] <= 0:
        return None
    budget[0] -= 1
    try:
        with os.scandir(path) as listing:
            entries = sorted(
                (entry for entry in listing if not entry.name.startswith(".")), key=lambda e: e.name, reverse=True
            )
    except OSError:
        return None
    for entry in entries:
        try:
            if entry.is_dir():
                found = _first_in(Path(entry.path), budget, format_of)
                if found is not None:
                    return found._replace(estimate=found.estimate * len(entries))
            elif format_of(Path(entry.name)) is not None and entry.is_file():
                return Peeked(Path(entry.path), len(entries))
        except OSError:
            continue
    return None


def read_titles(paths: Sequence[Path], cache: ReadoutCache | None) -> Iterator[tuple[list[Titled], int]]:
    """Title and date of each file, from its first few KB, in batches with the
    count done so far; each batch is written to the cache in one transaction."""
    from readout_tui.loading import read_title_and_date

    def read(path: Path) -> tuple[Titled, Stamp | None]:
        stamp = Stamp.of(path)  # before reading: a file changed meanwhile is read again next time
        try:
            title, date = read_title_and_date(path)
        except Exception:  # the loader promises not to raise; one file must not stop the list
            title, date = path.name, None
        return Titled(path, title or path.name, date), stamp

    for batch, done in batches(paths, read):
        if cache is not None:
            cache.store_titles((t.path, stamp, t.title, t.date) for t, stamp in batch if stamp is not None)
        yield [titled for titled, _ in batch], done


def attribute_all(paths: Sequence[Path], cache: ReadoutCache | None) -> Iterator[tuple[list[Summary], int]]:
    """Load and attribute each readout (the cache's copy when it has one), in
    batches with the count done so far, caching what it had to attribute."""

    def summarise(path: Path) -> tuple[Summary, tuple[Path, Stamp, Readout] | None]:
        readout, stamp, fresh = open_readout(path, cache, store=False)
        document = readout.document
        summary = Summary(path, document.title, document.date, len(readout.attribution.speakers), document.error)
        return summary, ((path, stamp, readout) if fresh and stamp is not None else None)

    for batch, done in batches(paths, summarise):
        if cache is not None:
            cache.store_readouts(row for _, row in batch if row is not None)
        yield [summary for summary, _ in batch], done


def open_readout(
    path: Path, cache: ReadoutCache | None, *, store: bool = True
) -> tuple[Readout, Stamp | None, bool]:
    """The readout at `path`, from the cache when the file is unchanged, else read
    and attributed (and cached, with `store`). Returns it, the file's stamp, and
    whether it was read afresh."""
    stamp = Stamp.of(path)
    if cache is not None and stamp is not None:
        cached = cache.readout(path, stamp)
        if cached is not None:
            return cached, stamp, False
    from readout_tui.readouts import read_readout  # the engine loads when first needed, not at startup

    readout = read_readout(path)
    if store and cache is not None and stamp is not None:
        cache.store_readouts([(path, stamp, readout)])
    return readout, stamp, True


def batches(items: Sequence[T], work: Callable[[T], object]) -> Iterable[tuple[list, int]]:
    """`work` applied to each item, yielded in batches at most every BATCH_SECONDS,
    with how many items are done."""
    batch: list = []
    last = monotonic()
    for done, item in enumerate(items, 1):
        batch.append(work(item))
        if monotonic() - last >= BATCH_SECONDS or done == len(items):
            yield batch, done
            batch, last = [], monotonic()
