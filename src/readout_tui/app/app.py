"""The application: wires the sidebar, the readout pane and the filter together.

Widgets only render models and post messages; everything that crosses from one
widget to another goes through here. Files are read and attributed in worker
threads, which report back with messages, so the interface never waits on disk
or on the engine, and no failure in either can bring it down.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.style import Style
from textual.theme import Theme
from textual.timer import Timer
from textual.widgets import Input, Label, ProgressBar
from textual.worker import get_current_worker

from readout_tui.app import background, indexing, read_apart
from readout_tui.app.commands import ReadoutCommands
from readout_tui.app.folder_watch import FolderWatch
from readout_tui.app.first_readout_process import FirstReadoutProcess, Prefetched
from readout_tui.app.library import Entry, Library, in_reading_order
from readout_tui.app.live_folder import FollowsFolder
from readout_tui.app.page import Pages, notice_page
from readout_tui.app.printable import printable
from readout_tui.app.saved_place import RemembersPlace
from readout_tui.app.screens.reader import ReaderScreen
from readout_tui.app.speaker_filter import SpeakerFilter, typed_name
from readout_tui.app.styles import SpeakerStyles, backdrop
from readout_tui.app.widgets.filter_bar import FilterBar
from readout_tui.app.widgets.key_footer import KeyFooter
from readout_tui.app.widgets.legend import Legend, ordered_speakers
from readout_tui.app.widgets.readout_header import ReadoutHeader
from readout_tui.app.widgets.readout_list import ReadoutList
from readout_tui.app.widgets.readout_view import ReadoutView
from readout_tui.app.widgets.title_search import TitleSearch
from readout_tui.cache import Listed, ReadoutCache, Stamp
from readout_tui.model import Readout, Speaker, Statement
from readout_tui.state import SavedState

if TYPE_CHECKING:
    # The view across readouts and the find box are imported with the parts
    # mounted after the first frame (`_mount_the_rest`): ~40M instructions,
    # ~12 ms, that the first frame need not wait for.
    from readout_tui.app.find import FindBar
    from readout_tui.app.widgets.archive_view import ArchiveView
    from readout_tui.corpus_index import Query

RECENT_READOUTS = 32
"""Readouts kept in memory, so that moving back and forth through the list never
waits on the cache or the engine."""
SLOW_READ_SECONDS = 0.25
"""Only a read slower than this shows the loading indicator: no flicker while
the reader runs through the list."""
SPEAKER_KEY_HELP = "Filter by that speaker of the legend (again: clear)"
STOP_HINT = "Esc stops"
FIRST_READOUT_WAIT_SECONDS = 1.0
"""How long the indexing may wait for the first readout to be drawn."""
FIRST_FRAME_WAIT_SECONDS = 0.05
"""How long the first frame may wait for the first readout's process."""
EARLY_READ_WAIT_SECONDS = 2.0
"""How long the search for readouts waits for it after that, before looking itself."""
AT_ONCE_BYTES = 256_000
"""A cached readout no larger than this is shown before the first frame."""
NARROW_SLICE_SECONDS = 0.004
NARROW_PAUSE_SECONDS = 0.005
"""Narrowing a large list goes on in slices this long, with pauses for keys."""
OPEN_WHILE_TYPING_SECONDS = 0.15
PREPARE_AFTER_SECONDS = 0.05
"""A pause this long in typing a speaker's name has that speaker's page made ready."""
PEEK_AFTER_SECONDS = 0.2
"""When listing the paths takes longer than this (a large archive, a slow disk), a
readout is shown meanwhile: the first one found, without waiting for the list."""


class ReadoutApp(RemembersPlace, FollowsFolder, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "readout-tui"
    COMMANDS = App.COMMANDS | {ReadoutCommands}

    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("f1,question_mark", "help", "Help", id="app.help"),
        Binding("slash", "focus_filter", "Filter speaker", id="filter.focus"),
        Binding(
            "escape",
            "clear_filter",
            "Clear filter (else close Keys panel, or stop reading)",
            show=False,
            id="filter.clear-anywhere",
        ),
        Binding("n", "statement(1)", "Next statement", id="statement.next"),
        Binding("N", "statement(-1)", "Previous statement", id="statement.previous"),
        Binding("s", "statistics", "Who spoke how much: readout and archive", show=False, id="app.statistics"),
        Binding("e", "export", "Export the view (Markdown, JSON, CSV)", show=False, id="app.export"),
        # Off the footer, which is full at 100 columns: the filter bar shows Ctrl+A
        # beside its scope, and help lists both.
        Binding(
            "ctrl+a", "toggle_scope", "Filter: this readout / all readouts", show=False, id="filter.scope", priority=True
        ),
        Binding("ctrl+f", "find", "Find in this readout (all readouts: search them)", show=False, id="find.open"),
        Binding("f2,ctrl+b", "toggle_sidebar", "Hide / show the list of readouts (room to read)", show=False,
                id="app.sidebar"),
        *(
            Binding(str(key), f"pick_speaker({key})", SPEAKER_KEY_HELP, show=False, id=f"speaker.{key}")
            for key in range(1, 10)
        ),
    ]

    class EntriesListed(Message):
        """Readouts known from the cache, unchanged since: listed at once, sorted."""

        def __init__(self, entries: list[Entry]) -> None:
            super().__init__()
            self.entries = entries

    class FirstFound(Message):
        """A readout to show while a large archive is still being listed: the top
        of the cached list, or else the file a quick look found (`peeked`)."""

        def __init__(self, entry: Entry, peeked: bool = False, prefetched: Prefetched | None = None) -> None:
            super().__init__()
            self.entry = entry
            self.peeked = peeked
            self.prefetched = prefetched
            """The readout itself, read by the first readout's process."""

    class LibraryFound(Message):
        """The paths were searched: `new` readouts to list (sorted; the first
        `read` of `unread` with their titles), `gone` ones to drop, every one
        `found`, and what was wrong."""

        def __init__(
            self,
            new: list[Entry],
            gone: list[str],
            found: Collection[str],
            problems: tuple[str, ...],
            read: int,
            unread: int,
        ) -> None:
            super().__init__()
            self.new = new
            self.gone = gone
            self.found = found
            self.problems = problems
            self.read = read
            self.unread = unread

    class EntriesRead(Message):
        def __init__(self, titles: list[indexing.Titled], done: int, total: int) -> None:
            super().__init__()
            self.titles = titles
            self.done = done
            self.total = total

    class EntriesAttributed(Message):
        def __init__(self, summaries: list[indexing.Summary], done: int, total: int) -> None:
            super().__init__()
            self.summaries = summaries
            self.done = done
            self.total = total

    class ScanFinished(Message):
        """Every readout is listed with its title and date."""

    class ReadoutAbandoned(Message):
        """Reading `path` was given up: the reader wanted another readout meanwhile."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class ReadoutRead(Message):
        def __init__(self, path: Path, readout: Readout, stamp: Stamp | None) -> None:
            super().__init__()
            self.path = path
            self.readout = readout
            self.stamp = stamp

    def __init__(
        self,
        paths: Sequence[str | Path],
        speaker: str | None = None,
        *,
        cursor_blink: bool = True,
        cache: ReadoutCache | None = None,
        state: SavedState | None = None,
        folder_watch: FolderWatch | None = None,
        first_readout: FirstReadoutProcess | None = None,
    ) -> None:
        """`state` brings back where the reader left off (`speaker` wins over its
        filter); `folder_watch` has the list follow the folders as they change;
        `first_readout` reads the readout a first start shows, in another process."""
        super().__init__()
        self._first_readout = first_readout
        self._collector_paused = False
        self.paths = [Path(path) for path in paths]
        self.cache = cache
        self.state = state
        self.folder_watch = folder_watch
        self.library = Library()
        self.readout: Readout | None = None
        self._place = self.saved_place()
        speaker = speaker if speaker and speaker.strip() else self._place.speaker
        self.speaker_filter = SpeakerFilter(speaker.strip()) if speaker and speaker.strip() else None
        self.cursor_blink = cursor_blink
        self._styles: SpeakerStyles | None = None
        self._recent: OrderedDict[Path, tuple[Stamp | None, Readout]] = OrderedDict()
        self._opening: Path | None = None
        self._wanted: Path | None = None
        self._shown: Path | None = None
        self._slow_read: Timer | None = None
        self._problems: tuple[str, ...] = ()
        self._indexing = False
        self._indexed = False
        self._peek_timer: Timer | None = None
        self._prepare_timer: Timer | None = None
        self._narrowing: Timer | None = None
        self._peeked: str | None = None
        self._opening_later: Timer | None = None
        self._first_drawn = threading.Event()
        self._pages: Pages | None = None
        """The pages of the open readout in the current styles."""
        self._status_room = 0
        """The width of the longest filter status the open readout can have."""
        self._return_to: tuple[Path, int, int | None] | None = None
        """A readout to show at a given line once read, with the statement ▶ was at
        (n/N): where the reader was."""
        self._everywhere = False
        """The filter applies to all readouts: the archive view replaces the readout."""
        self._elsewhere: dict[str, tuple[int, bool]] = {}
        """For a filter that matches nobody in the open readout: how many statements
        it finds in all readouts, and whether all of them were read (`_count_elsewhere`)."""
        self._landing: tuple[Path, Statement] | None = None
        """A statement chosen in the archive view, to go to once its readout is shown."""
        self._keys_to: str | None = None
        """"filter" or "find": a / or a Ctrl+F sent the keys to that box, which has not
        taken the focus yet (see `_typed_ahead`)."""
        self._keys_waiting: list[str] = []
        """Letters typed ahead of the find box, before it is mounted."""
        self._searched: Query | None = None
        """What the find box last searched every readout for: what all readouts
        show again after Enter opened one of its readouts (until the filter is set)."""
        self._touched = False
        self._header_stale = False
        """The header says which readout is being read (`_show_loading`), not the one shown."""
        """The reader pressed a key or clicked since the start."""
        self._at_the_newest_once = False
        """The first complete listing put an untouched reader at the newest readout."""

    def get_default_screen(self) -> Screen:
        return ReaderScreen(id="_default")

    def compose(self) -> ComposeResult:
        # Kept, not queried: worker messages can still arrive while the reader
        # shuts down and its widgets are gone.
        self._list = ReadoutList(self.library, id="readouts")
        self._progress_label = Label(id="progress-label")
        self._progress_bar = ProgressBar(id="progress-bar", show_eta=False, show_percentage=False)
        self._header, self._legend = ReadoutHeader(id="header"), Legend(id="legend")
        self._filter_bar = FilterBar(id="filter")
        self._text = ReadoutView(id="readout")
        self._archive: ArchiveView | None = None  # made with the rest, after the first frame
        self._find: FindBar | None = None
        with Horizontal(id="panes"):
            with Vertical(id="sidebar") as self._sidebar:
                yield TitleSearch(id="title-search")
                yield self._list
                with Vertical(id="progress") as self._progress:
                    yield self._progress_label
            with Vertical(id="main") as self._main:
                yield self._header
                yield self._legend
                yield self._text
                yield self._filter_bar  # the view across readouts and the find box: see `_mount_the_rest`
        yield KeyFooter()

    def on_load(self) -> None:
        # Textual makes hundreds of thousands of objects before the first frame and
        # the cycle collector goes through them again and again (a full pass of
        # ~20 ms among others): it waits for the first frame.
        self._collector_paused = gc.isenabled()
        gc.disable()

    def on_mount(self) -> None:
        self.call_after_refresh(self._resume_collector)
        self.call_after_refresh(self._mount_the_rest)
        self.call_after_refresh(self._load_the_engine)
        for box in (*self.query(Input), self._filter_bar.input):  # (the filter's box: mounted with the rest)
            box.cursor_blink = self.cursor_blink
        self._sidebar.border_title = "Readouts"
        self._header.show_message("Loading…")
        if self.speaker_filter is not None:
            self._filter_bar.set_query(self.speaker_filter.query)
        self.restore_place(self._place)
        if self._place.everywhere:  # left on all readouts: back there, once the view across readouts is mounted
            self.call_after_refresh(self._restore_everywhere)
        self.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self._list.focus()
        if not self.library.total:
            self._show_newest_at_once()
        if not self.library.total:
            self._show_prefetched_at_once()
        if self.library.total:
            self._end_first_readout()
        self._start_indexing()
        self.follow_folder()

    def _show_newest_at_once(self) -> None:
        """With the cache warm, the newest readout is in the very first frame: a short
        query and a readout read back from the cache (a few ms) cost less than a frame
        of "Loading…" and two round trips through worker threads."""
        if self.cache is None:
            return
        newest = indexing.newest_cached(self.cache, self.paths)
        if newest is None or newest.size > AT_ONCE_BYTES:
            return
        path, stamp = Path(newest.path), Stamp(newest.size, newest.mtime_ns)
        readout = self.cache.readout(path, stamp)
        if readout is not None:
            self._show_at_once(self.FirstFound(_entry(newest)), path, readout, stamp)

    def _show_prefetched_at_once(self) -> None:
        """On a first start at a large archive, the readout the first readout's
        process read is in the first frame if it is ready by then (it started
        before Textual loaded); if not, the search for readouts waits for it."""
        if self._first_readout is None:
            return
        prefetched = self._first_readout.take(FIRST_FRAME_WAIT_SECONDS)
        if prefetched is not None:
            path = prefetched.path
            found = self.FirstFound(Entry(path, path.name), peeked=True)
            self._show_at_once(found, path, prefetched.readout, prefetched.stamp)

    def _show_at_once(self, found: FirstFound, path: Path, readout: Readout, stamp: Stamp) -> None:
        """List the first readout and show it in the frame being composed."""
        self.on_readout_app_first_found(found)
        self._wanted = path
        self.on_readout_app_readout_read(self.ReadoutRead(path, readout, stamp))

    def _end_first_readout(self) -> None:
        if self._first_readout is not None:
            self._first_readout.cancel()
            self._first_readout = None

    def _mount_the_rest(self) -> None:
        """The parts that are not on screen at first (the view across readouts, the
        find box, the progress bar) and the filter bar's label, box and status are
        mounted once the first frame is drawn."""
        if not self._main.is_attached:
            return  # (the reader quit at once)
        self._filter_bar.fill()
        if self._archive is None:
            from readout_tui.app.find import FindBar
            from readout_tui.app.widgets.archive_view import ArchiveView

            self._archive = ArchiveView(id="archive")
            self._find = FindBar(self._text, id="find")
            self._main.mount(self._archive, self._find, before=self._filter_bar)
            self._progress.mount(self._progress_bar)

    def _restore_everywhere(self) -> None:
        if not self._everywhere:
            self.action_toggle_scope()

    def _before_the_rest(self, action: Callable[[], object]) -> bool:
        """True when the parts mounted after the first frame are not ready yet (a
        key typed ahead of them: Ctrl+F as the reader starts); `action` is done
        again once they are."""
        if self._archive is not None and self._archive.is_mounted and self._find.is_mounted:
            return False
        self._mount_the_rest()
        self.call_after_refresh(action)
        return True

    def _load_the_engine(self) -> None:
        """Nothing from the cache in the first frame (a first start): the first
        readout will be read and attributed, so the loader and the engine (~80 ms of
        imports) are loaded meanwhile, not when it is found."""
        if not self.library.total:
            self._import_the_engine()

    @work(thread=True, group="engine", exit_on_error=False)
    def _import_the_engine(self) -> None:
        import readout_tui.readouts  # noqa: F401

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    def on_unmount(self) -> None:
        self._end_first_readout()
        self._resume_collector()
        self.stop_following()
        self.save_place(quietly=True)
        if self.cache is not None:
            self.cache.close()

    # Reading the library -------------------------------------------------

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def scan_library(self, *, first_listed: bool = False) -> None:
        """List every readout: first what the cache knows (its newest readout at
        once, unless `first_listed`: one is listed already; then the rest), then
        what a search of the paths adds, then the titles and dates of the new ones.
        Attribution follows, in its own worker."""
        worker = get_current_worker()
        newest = None if first_listed else indexing.newest_cached(self.cache, self.paths)
        if newest is not None:
            self.post_message(self.FirstFound(_entry(newest)))
        peeked = newest is None and not first_listed and self._peek_crowded_folder()
        if newest is not None or first_listed or peeked:
            # Threads share one interpreter lock: reading the rest now would
            # slow down drawing the first readout.
            self._first_drawn.wait(FIRST_READOUT_WAIT_SECONDS)
        from readout_tui.loading import discover  # not needed for the first readout, so not imported for it

        listed, gone = indexing.cached_listing(self.cache, self.paths)
        self._post_cache_notices()
        known = {row.path for row in listed}
        if listed:
            entries = in_reading_order(map(_entry, listed))
            self.post_message(self.EntriesListed(entries))
        discovery = discover(self.paths)
        if worker.is_cancelled:
            return
        found = {str(path): path for path in discovery.files}
        unread = [path for location, path in found.items() if location not in known]
        problems = (*discovery.errors, *(f"skipped {path}: {why}" for path, why in discovery.skipped))
        vanished = [*gone, *(location for location in known if location not in found)]
        with closing(background.run_pass("titles", unread, self.cache)) as titles:
            # A small archive is listed with its titles, newest first at once;
            # a large one at once, by file name, and titles follow.
            first, done = next(titles, ([], 0)) if len(unread) <= indexing.TITLES_WITH_THE_LIST else ([], 0)
            read = {str(titled.path): titled for titled in first}
            new = in_reading_order(
                Entry(path, titled.title, titled.date) if (titled := read.get(str(path))) else Entry(path, path.name)
                for path in unread
            )
            self.post_message(self.LibraryFound(new, vanished, found.keys(), problems, done, len(unread)))
            for batch, done in titles:
                if worker.is_cancelled:
                    return
                self.post_message(self.EntriesRead(batch, done, len(unread)))
        self._post_cache_notices()
        self.post_message(self.ScanFinished())

    @work(thread=True, exclusive=True, group="attribution", exit_on_error=False)
    def attribute_library(self, paths: list[Path]) -> None:
        """Attribute every readout not yet attributed, in reading order, for the
        speaker counts (and the cache, so that this happens once per file)."""
        worker = get_current_worker()
        with closing(background.run_pass("attribute", paths, self.cache)) as passing:
            for summaries, done in passing:
                if worker.is_cancelled:
                    return
                self.post_message(self.EntriesAttributed(summaries, done, len(paths)))
        self._post_cache_notices()

    def _peek_crowded_folder(self) -> bool:
        """On a first start, the last file (by name) of an archive likely to hold more readouts
        than are listed with their titles is shown before the folders are searched:
        so large an archive is listed by file name, and searching it first would only
        hold up the first readout (threads share one interpreter lock). True if one
        was found."""
        early = self._first_readout
        if early is not None:  # the first readout's process looked already, and read it
            prefetched = early.take(EARLY_READ_WAIT_SECONDS)
            early.cancel()  # (no answer in time: the look is done again here)
            if prefetched is not None:
                entry = Entry(prefetched.path, prefetched.path.name)
                self.post_message(self.FirstFound(entry, peeked=True, prefetched=prefetched))
                return True
        first = indexing.first_readout(self.paths)
        if first is None or first.estimate <= indexing.TITLES_WITH_THE_LIST:
            return False
        self._show_peeked(first)
        return True

    @work(thread=True, exclusive=True, group="peek", exit_on_error=False)
    def peek_first(self) -> None:
        """Find a readout to show while a large archive is still being listed."""
        first = indexing.first_readout(self.paths)
        if first is not None:
            self._show_peeked(first)

    def _show_peeked(self, first: indexing.Peeked) -> None:
        """List (and so show) a readout a quick look found, until the search lists all."""
        self.post_message(self.FirstFound(Entry(first.path, first.path.name), peeked=True))

    def _post_cache_notices(self) -> None:
        if self.cache is not None:
            for notice in self.cache.take_notices():
                self.call_from_thread(self.notify, notice, title="Cache", severity="warning", markup=False)

    def on_readout_app_entries_listed(self, message: EntriesListed) -> None:
        self._stop_peeking()
        self.library.add(message.entries)
        self._reload_list()
        self._show_progress("Looking for new readouts", 0, None)

    def on_readout_app_first_found(self, message: FirstFound) -> None:
        if not self.library.total:
            if message.prefetched is not None:  # opening it answers from memory
                self._recent[message.entry.path] = (message.prefetched.stamp, message.prefetched.readout)
            if message.peeked:
                self._peeked = message.entry.location
            self.library.add([message.entry])
            self._reload_list()

    def on_readout_app_library_found(self, message: LibraryFound) -> None:
        self._stop_peeking()
        self._problems = message.problems
        if message.problems:
            self.notify("\n".join(message.problems[:5]), title="Some paths could not be read", severity="warning",
                        markup=False)  # paths are data: "[link=…]" is a file name, not markup
        peeked = [self._peeked] if self._peeked is not None and self._peeked not in message.found else []
        self.library.remove([*message.gone, *peeked])  # a peek at a file the search passed over
        self.library.add(message.new)
        self._reload_list()
        if not message.found:
            self._show_nothing()
        self._show_progress("Reading titles", message.read, message.unread)
        self.take_waiting_changes()

    def on_readout_app_entries_read(self, message: EntriesRead) -> None:
        library = self.library
        library.retitle(
            [(entry, titled.title, titled.date) for titled in message.titles if (entry := library.get(titled.path))]
        )
        self._reload_list()
        self._show_progress("Reading titles", message.done, message.total)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)) and (
            not event.is_forwarded
        ):
            self._touched = True
        await super().on_event(event)

    def _to_the_newest(self) -> None:
        """Every readout is listed with its date: a first start that showed another
        readout meanwhile (the last file by name of a large archive, found by a quick look,
        or the newest the cache knew of a folder that has grown) goes to the newest,
        as a small archive opens, unless the reader has touched a key since, or is
        back where they left off."""
        if self._at_the_newest_once:
            return
        self._at_the_newest_once = True
        if self._touched or self.placed or self.library.query or not len(self.library) or self._list.cursor == 0:
            return
        self._list.cursor = 0

    def on_readout_app_scan_finished(self, message: ScanFinished) -> None:
        self._to_the_newest()
        unattributed = [entry.path for entry in self.library.entries() if entry.speakers is None and not entry.failed]
        if unattributed:
            self._show_progress("Finding speakers", 0, len(unattributed))
            self.attribute_library(unattributed)
        else:
            self._finish_indexing()

    def on_readout_app_entries_attributed(self, message: EntriesAttributed) -> None:
        self.apply_summaries(message.summaries)
        if message.done >= message.total:
            self._finish_indexing()
        else:
            self._show_progress("Finding speakers", message.done, message.total)

    def apply_summaries(self, summaries: list[indexing.Summary]) -> None:
        """Give the listed readouts what attributing them found."""
        readouts = self._list
        moved = False
        for summary in summaries:
            entry = self.library.get(summary.path)
            if entry is None:
                continue
            moved |= (entry.title, entry.date) != (summary.title, summary.date)
            self.library.update(
                summary.path, title=summary.title, date=summary.date, speakers=summary.speakers, error=summary.error
            )
            readouts.refresh_entry(summary.path)
        if moved:
            self._reload_list()

    def _finish_indexing(self) -> None:
        self._indexing = False
        self._indexed = True
        self._progress.display = False
        if self._elsewhere:  # counted while the archive was being read: count again, all of it read
            self._elsewhere.clear()
            if self.speaker_filter is not None and self._filter_finds_no_one_here():
                self._count_elsewhere(self.speaker_filter.query)

    def action_stop_indexing(self) -> None:
        """Stop the background work; what was found so far stays (and is cached)."""
        if not self._indexing:
            return
        self.workers.cancel_group(self, "library")
        self.workers.cancel_group(self, "attribution")
        self._indexing = False
        self._progress.display = False
        self.notify("Stopped reading the archive. What was read is kept; the rest is read next time.")

    def action_resume_indexing(self) -> None:
        if not self._indexing and not self._indexed:
            self._start_indexing()

    def _start_indexing(self) -> None:
        self._indexing = True
        self._show_progress("Looking for readouts", 0, None)
        self.scan_library(first_listed=bool(self.library.total))
        self._arm_peek()  # from the start of the search, not once the cache has been asked

    def _arm_peek(self) -> None:
        """Show a readout found by a quick look, if listing the paths takes long."""
        if not self.library.total:
            self._peek_timer = self.set_timer(PEEK_AFTER_SECONDS, self._peek)

    def _peek(self) -> None:
        if not self.library.total:
            self.peek_first()

    def _stop_peeking(self) -> None:
        if self._peek_timer is not None:
            self._peek_timer.stop()
            self._peek_timer = None

    def _show_progress(self, what: str, done: int, total: int | None) -> None:
        progress = self._progress
        progress.display = total is None or done < total
        # the count before the hint: a narrow sidebar cuts the end of the line
        doing = f"{what}…" if total is None else f"{what} {done:,}/{total:,}"
        self._progress_label.update(f"{doing} · {STOP_HINT}")
        bar = self._progress_bar
        bar.display = total is not None  # not the bouncing bar: it would redraw all the time
        if total is not None:
            bar.update(total=total, progress=done)

    def _reload_list(self, *, stay: bool = False) -> None:
        self._list.reload(stay=stay)
        self._update_sidebar_title()
        if self.library.narrowing and self._narrowing is None:
            self._narrowing = self.set_timer(NARROW_PAUSE_SECONDS, self._narrow_slice)

    def _update_sidebar_title(self) -> None:
        shown, total = len(self.library), self.library.total
        more = "+" if self.library.narrowing else ""
        self._sidebar.border_title = (
            f"Readouts ({total:,})" if shown == total else f"Readouts ({shown:,}{more} of {total:,})"
        )

    def _show_nothing(self) -> None:
        where = ", ".join(str(path) for path in self.paths) or "(no paths)"
        self._header.show_message("No readouts found")
        self._legend.clear()
        lines = [
            f"Nothing to read in {where}.",
            "readout-tui opens .txt, .md, .yaml and .yml files, and folders of them.",
        ]
        self._pages = None
        self._text.show(notice_page([*lines, *self._problems]))

    # Opening a readout ---------------------------------------------------

    @on(ReadoutList.Highlighted)
    def _highlighted(self, message: ReadoutList.Highlighted) -> None:
        if self._opening_later is not None:
            self._opening_later.stop()
            self._opening_later = None
        if isinstance(self.focused, TitleSearch):
            # The top of the list changes with every letter typed: open it once
            # the typing pauses, so that letters are not kept waiting on readouts.
            path = message.entry.path
            self._opening_later = self.set_timer(OPEN_WHILE_TYPING_SECONDS, lambda: self.open_path(path))
        else:
            self.open_path(message.entry.path)

    @on(ReadoutList.Chosen)
    def _chosen(self, message: ReadoutList.Chosen) -> None:
        if message.entry.path != self._shown:  # the row that took a removed readout's place
            self.open_path(message.entry.path)
        self._read_it()

    def _read_it(self) -> None:
        """Enter on a readout of the list (or in the title box): read it. The view
        across readouts is left for it: the text is under that view, hidden, and
        keys sent to it there would scroll, copy or export what is not on screen."""
        if self._everywhere:
            self.action_toggle_scope()
        self.text_view.focus()

    @on(ReadoutList.TypedAhead)
    def _typed_ahead(self, message: ReadoutList.TypedAhead) -> None:
        if self._keys_to is not None:
            self._to_the_box(message.character)
            return
        search = self.query_one(TitleSearch)
        search.focus()
        search.insert_text_at_cursor(message.character)

    @on(TitleSearch.Changed, "#title-search")
    def _narrow(self, message: TitleSearch.Changed) -> None:
        self.library.narrow(message.value)
        self._reload_list()

    def _narrow_slice(self) -> None:
        """Narrow a slice further, keys answered in between. The screen already
        shows the first matches: the list is redrawn (scroll bar, count) only when
        narrowing is done, not after every slice."""
        self._narrowing = None
        if self.library.scan(seconds=NARROW_SLICE_SECONDS):
            self._reload_list()
        else:
            self._narrowing = self.set_timer(NARROW_PAUSE_SECONDS, self._narrow_slice)

    @on(TitleSearch.Moved)
    def _move(self, message: TitleSearch.Moved) -> None:
        self._list.cursor += message.delta

    @on(TitleSearch.Submitted, "#title-search")
    def _search_submitted(self, message: TitleSearch.Submitted) -> None:
        self._read_it()

    @on(TitleSearch.Left)
    def _search_left(self, message: TitleSearch.Left) -> None:
        self._list.focus()

    @on(ReadoutList.NarrowingCleared)
    def _narrowing_cleared(self, message: ReadoutList.NarrowingCleared) -> None:
        self.query_one(TitleSearch).value = ""  # (its change lists every readout again)

    def open_path(self, path: Path) -> None:
        """Show the readout at `path` once a worker has it (from memory, the cache
        or the file, whichever is fresh). While one is being read only the latest
        request is kept, so holding j through the list never queues up work."""
        self._wanted = path
        if self._opening is None:
            self._opening = path
            self._slow_read = self.set_timer(SLOW_READ_SECONDS, self._show_loading)
            self.read_one(path)

    def _show_loading(self) -> None:
        """A slow read (a large readout read for the first time): the pane says it is
        loading, and the header, the legend and the count say which readout, not
        the one shown before (its title and speakers beside "Loading…" for seconds)."""
        self._text.loading = True
        entry = self.library.get(self._wanted) if self._wanted is not None else None
        if entry is not None and self._wanted != self._shown and not self._everywhere:
            self._header.show_message(f"Reading {printable(entry.title, keep_newlines=False)}…")
            self._legend.clear()
            self._filter_bar.show_status(Content())
            self._header_stale = True

    def select_path(self, path: Path) -> None:
        """Put the sidebar's cursor on `path` (clearing any narrowing that hides it)."""
        if self.library.position(path) is None:
            self.query_one(TitleSearch).value = ""
            self.library.narrow("")
            self._reload_list()
        self._list.select(path)

    @work(thread=True, group="open", exit_on_error=False)
    def read_one(self, path: Path) -> None:
        stamp = Stamp.of(path)
        recent = self._recent.get(path)
        if recent is not None and stamp is not None and recent[0] == stamp:
            readout = recent[1]  # unchanged on disk since it was read
        else:
            try:
                apart = self._read_apart(path, stamp)
            except read_apart.Abandoned:
                self.post_message(self.ReadoutAbandoned(path))
                return
            if apart is not None:
                readout, stamp = apart.readout, apart.stamp
            else:
                readout, stamp, _ = indexing.open_readout(path, self.cache)
        self.post_message(self.ReadoutRead(path, readout, stamp))

    def _read_apart(self, path: Path, stamp: Stamp | None) -> Prefetched | None:
        """A large readout not in the cache, attributed in a child process (keys
        wait on a thread attributing it), which is ended if the reader moves on."""
        if stamp is None or stamp.size < read_apart.APART_BYTES:
            return None
        cached = self.cache.readout(path, stamp) if self.cache is not None else None
        if cached is not None:
            return Prefetched(path, stamp, cached)
        worker = get_current_worker()
        return read_apart.read(path, self.cache, lambda: not worker.is_cancelled and self._wanted == path)

    def on_readout_app_readout_abandoned(self, message: ReadoutAbandoned) -> None:
        """The reader moved on while a large readout was being read: the one wanted now."""
        self._opening = None
        if self._slow_read is not None:
            self._slow_read.stop()
        self._text.loading = False
        if self._wanted is not None:
            self.open_path(self._wanted)

    def on_readout_app_readout_read(self, message: ReadoutRead) -> None:
        self._opening = None
        path, readout = message.path, message.readout
        self._recent[path] = (message.stamp, readout)
        self._recent.move_to_end(path)
        while len(self._recent) > RECENT_READOUTS:
            self._recent.popitem(last=False)
        document = readout.document
        entry = self.library.get(path)
        if entry is not None:
            moved = (entry.title, entry.date) != (document.title or path.name, document.date)
            self.library.update(
                path,
                title=document.title or path.name,
                date=document.date,
                speakers=None if document.error else len(readout.attribution.speakers),
                error=document.error,
            )
            if moved:
                self._reload_list()
            self._list.refresh_entry(path)
        if self._slow_read is not None:
            self._slow_read.stop()
        self._text.loading = False
        if self._wanted == path:
            if path != self._shown or readout is not self.readout or self._header_stale:
                if path != self._shown:
                    self.save_place_soon()
                self._shown = path
                self._show_readout(readout)
                back = self._return_to if self._return_to is not None and self._return_to[0] == path else None
                self._return_to = None
                if back is not None:
                    self._go_back_to(*back[1:])
        elif self._wanted is not None:
            self.open_path(self._wanted)

    def _go_back_to(self, line: int, current: int | None) -> None:
        """The reader's place in the readout just shown: the line at the top, and the
        statement ▶ was at (by its number: a readout edited on disk has moved its
        offsets), where the page still has one."""
        view = self._text
        if line:
            view.scroll_to_line(line)
        if current is not None and current < len(view.page.statements):
            view.mark(current)  # (the line stays: ▶ may be off screen, as it was)

    @property
    def text_view(self) -> ReadoutView:
        """The text pane: the whole readout, or the filtered statements."""
        return self._text

    def _show_readout(self, readout: Readout, *, keep_place: bool = False) -> None:
        """Show `readout`, whole or filtered; `keep_place` re-colours it where it is
        (a new theme). The pages of a readout are made once and the view keeps their
        wrapped lines: clearing a filter brings back the whole text where the reader
        left it, and neither it nor a filter used before is laid out again (a 200 KB
        readout would take longer than a frame)."""
        new = readout is not self.readout
        self.readout = readout
        document = readout.document
        header, legend, bar, view = self._header, self._legend, self._filter_bar, self._text
        if new or self._header_stale:
            header.show(document)
            self._header_stale = False
        if not document.ok:
            legend.clear()
            bar.set_speakers(())
            bar.show_status(Content())
            self._pages = None
            view.show(_failure_page(readout))
            return
        attribution = readout.attribution
        if new or keep_place or self._pages is None:
            self._styles = SpeakerStyles(
                attribution.speakers, backdrop(view.visual_style.background), self.current_theme.dark
            )
            self._pages = Pages(readout, self._styles)
            bar.set_speakers(attribution.speakers)
            counts = attribution.statement_counts()
            self._status_room = max(
                0,  # two arguments at least, for a readout without speakers
                self._status(readout, (), 0).cell_length,
                *(self._status(readout, (speaker,), counts[speaker.name]).cell_length for speaker in attribution.speakers),
            )
        styles, pages = self._styles, self._pages
        chosen = self.chosen_speakers()
        legend.show(attribution, styles, frozenset(speaker.name for speaker in chosen))
        page = pages.filtered(chosen) if chosen else pages.full()
        if not self._everywhere:
            self._show_status(readout, chosen, len(page.statements))
            if self.speaker_filter is not None and not chosen and self.speaker_filter.query not in self._elsewhere:
                self._count_elsewhere(self.speaker_filter.query)
        view.show(page, keep_place=keep_place, resume=not chosen)
        self._after_page_shown()
        if not self._first_drawn.is_set():
            self.call_after_refresh(self._first_drawn.set)

    def chosen_speakers(self) -> tuple[Speaker, ...]:
        """The speakers of the open readout the filter keeps (none: the whole readout)."""
        if self.readout is None or self.speaker_filter is None:
            return ()
        return self.speaker_filter.pick(self.readout.attribution)

    def _show_status(self, readout: Readout, chosen: Sequence[Speaker], shown: int) -> None:
        """Tell the filter bar what the filter shows, and, for a filter that finds no
        one here, the same without the query (the box beside it shows it) where the
        bar is too narrow for both."""
        no_one = self.speaker_filter is not None and not chosen
        shorter = self._status(readout, chosen, shown, short=True) if no_one else None
        self._filter_bar.show_status(self._status(readout, chosen, shown), self._status_room, shorter=shorter)

    def _status(self, readout: Readout, chosen: Sequence[Speaker], shown: int, *, short: bool = False) -> Content:
        """What the filter shows: `shown` statements of `chosen` (none: all of them);
        `short`: a filter that finds no one here without its query ("Not here · …")."""
        total = len(readout.attribution.statements)
        plural = "statement" if total == 1 else "statements"
        if chosen:
            names = ", ".join(speaker.name for speaker in chosen)
            return Content.assemble((f"{shown:,} of {total:,} {plural}", Style(bold=True)), f" · {names}")
        if self.speaker_filter is not None:
            query = self.speaker_filter.query
            counted = self._elsewhere.get(query)
            here = "Not here" if short else f"No “{query}” here"
            if counted is None:
                said = f"{here} · looking in all readouts…"
            elif counted[0]:  # what Ctrl+A would show
                said = f"{here} · {counted[0]:,} in all readouts"  # (^a beside it shows them)
            else:
                said = "Not in any readout" if short else f"No “{query}” in any readout"
                said += "" if counted[1] else " read so far"
            return Content.styled(said, "$text-warning")
        speakers = len(readout.attribution.speakers)
        return Content.styled(f"{total:,} {plural} · {speakers:,} speaker{'' if speakers == 1 else 's'}", Style(dim=True))

    @work(thread=True, exclusive=True, group="elsewhere", exit_on_error=False)
    def _count_elsewhere(self, query: str) -> None:
        """How many statements the filter `query`, which matches nobody in the open
        readout, finds in all readouts (from the cache and the readouts in memory),
        said in the filter bar: the reader knows whether Ctrl+A would show any."""
        from readout_tui.corpus_index import Query, people_named, sources

        in_memory = {str(path): readout for path, (_, readout) in list(self._recent.items())}
        found = sources(self.cache, self.paths, in_memory)
        speaker = Query.parse(query).speaker or query
        said: dict[str, int] = {}
        for person in people_named(found, speaker):
            for appearance in person.appearances:
                if appearance.statements:
                    path = appearance.source.path
                    said[path] = said.get(path, 0) + appearance.statements
        counted = (sum(said.values()), len(found) >= self.library.total)
        self.call_from_thread(self._counted_elsewhere, query, counted)

    def _counted_elsewhere(self, query: str, counted: tuple[int, bool]) -> None:
        self._elsewhere[query] = counted
        if self.speaker_filter is not None and self.speaker_filter.query == query and self._filter_finds_no_one_here():
            assert self.readout is not None
            self._show_status(self.readout, (), 0)

    def _filter_finds_no_one_here(self) -> bool:
        """A speaker filter is set on this readout (not all readouts) and matches no one in it."""
        return (self.readout is not None and not self._everywhere and self.speaker_filter is not None
                and not self.chosen_speakers())

    def _on_theme_changed(self, theme: Theme) -> None:
        if self.readout is not None:
            self.call_after_refresh(self._show_readout, self.readout, keep_place=True)

    # Filtering by speaker ------------------------------------------------

    @on(FilterBar.Applied)
    def _filter_applied(self, message: FilterBar.Applied) -> None:
        query = typed_name(message.query)
        if not query:  # "speaker:" alone: filtered for "speaker:", which nobody is
            self.set_speaker_filter(None)
            self.notify(
                "The filter takes a name (or speaker:name): every speaker is shown.",
                title="Speaker filter", markup=False,
            )
            return
        self.set_speaker_filter(self._filter_for(query))
        # The focus moves to the statements once they are painted: restyling the
        # box and the view for the move costs ~2 ms the filtered page need not wait for.
        self.call_after_refresh((self._archive if self._everywhere else self.text_view).focus)

    def _filter_for(self, query: str) -> SpeakerFilter:
        """The filter the reader asks for by typing `query`: the open readout's
        speakers it matches, to follow into other readouts."""
        people = self.readout.attribution.find_speakers(query) if self.readout else ()
        return SpeakerFilter(query, people)

    @on(Input.Changed, "#filter-input")
    def _filter_typed(self, message: Input.Changed) -> None:
        """Once the typing pauses, make ready the page Enter would show for what is
        typed so far: Enter then swaps in a page wrapped and drawn already."""
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
        self._prepare_timer = self.set_timer(PREPARE_AFTER_SECONDS, self._prepare_filtered_page)

    def _prepare_filtered_page(self) -> None:
        self._prepare_timer = None
        query = typed_name(self._filter_bar.value)
        if self.readout is None or self._pages is None or self._everywhere or not query:
            return
        chosen = self._filter_for(query).pick(self.readout.attribution)
        if chosen:
            self._text.prepare(self._pages.filtered(chosen))

    @on(FilterBar.Cleared)
    def _filter_cleared(self, message: FilterBar.Cleared) -> None:
        """Esc (or Enter on nothing) in the filter box: every statement, and the keys
        back to the statements, as after Enter and as Esc leaves the find box (n, j or
        s pressed next were typed into the box, and Esc again did nothing)."""
        self.set_speaker_filter(None)
        if self.focused is not None and self._filter_bar in self.focused.ancestors_with_self:
            (self._archive if self._everywhere else self.text_view).focus()

    @on(Legend.SpeakerClicked)
    def _legend_clicked(self, message: Legend.SpeakerClicked) -> None:
        self.filter_to_speaker(message.speaker)

    def filter_to_speaker(self, speaker: Speaker) -> None:
        """Show only `speaker`'s statements, or everything if that is the filter already."""
        current = self.speaker_filter
        if current is not None and current.people == (speaker,):
            self.set_speaker_filter(None)
        else:
            self.set_speaker_filter(SpeakerFilter(speaker.name, (speaker,)))

    def set_speaker_filter(self, speaker_filter: SpeakerFilter | None) -> None:
        self.speaker_filter = speaker_filter
        self._searched = None  # the filter decides what all readouts show, again
        self._elsewhere.clear()  # (counted again: readouts may have been read or changed since)
        self.save_place_soon()
        self._filter_bar.set_query(speaker_filter.query if speaker_filter else "")
        if self.readout is not None:
            self._show_readout(self.readout)
        if self._everywhere:
            self._look_everywhere()

    def action_pick_speaker(self, number: int) -> None:
        speakers = ordered_speakers(self.readout.attribution) if self.readout else ()
        if number <= len(speakers):
            self.filter_to_speaker(speakers[number - 1])
        else:
            self.bell()

    def action_clear_filter(self) -> None:
        """Esc: close the find box; else clear the speaker filter; with none set,
        close the Keys panel (Ctrl+P "Keys"), else stop the background work. (The
        filter box, the find box and dialogs answer their own Esc first.)"""
        if self._find is not None and self._find.is_open:
            self._find.close(dismissed=True)
        elif self.speaker_filter is not None:
            self.set_speaker_filter(None)
        elif self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_stop_indexing()

    def action_toggle_sidebar(self) -> None:
        """F2 (or Ctrl+B, which tmux takes for itself): the list of readouts hidden (the readout takes the whole width, on a
        narrow terminal) or shown again. Hidden with the focus in it, the focus goes
        to the readout."""
        sidebar = self._sidebar
        sidebar.display = not sidebar.display
        if not sidebar.display and self.focused is not None and sidebar in self.focused.ancestors:
            (self._archive if self._everywhere else self.text_view).focus()

    async def action_focus_filter(self) -> None:
        """/: to the filter box, its query selected, so what is typed replaces it. A /
        typed as the reader starts mounts the box at once. Keys sent in one burst
        ("/luka" as the reader starts, or pasted) reach the list all together: it
        hands the / on to the app and takes the letters before the box has the focus;
        those letters go to the box too (`_typed_ahead`), until the screen is drawn
        with the box focused."""
        self._keys_to = "filter"
        await self._filter_bar.fill()
        box = self._filter_bar.input
        box.focus()
        box.select_all()
        self.call_after_refresh(self._keys_reached_box)

    def _keys_reached_box(self) -> None:
        self._keys_to = None
        self._keys_waiting.clear()

    def on_key(self, event: events.Key) -> None:
        """A key of a burst after / or Ctrl+F ("/lisk⏎" typed while the reader was
        busy, or pasted) that went to the widget focused before the box took the
        focus, and came back unhandled: a letter or Enter is the box's. It was a key
        of that widget or of the app: "/teodora⏎" from the text opened the export
        dialog at its e, and its Enter wrote the file; Enter in the list opened a
        readout instead of filtering."""
        if self._keys_to is None or not (event.key == "enter" or (event.is_printable and event.character)):
            return
        event.prevent_default()  # (no binding: the app's own handler, which looks them up, is not run)
        event.stop()
        self._to_the_box("\n" if event.key == "enter" else event.character)

    def _to_the_box(self, character: str) -> None:
        """`character` (a newline: Enter) typed ahead of the filter or find box."""
        box = self._filter_bar.input if self._keys_to == "filter" else (
            self._find.input if self._find is not None and self._find.is_mounted else None)
        if box is None:
            self._keys_waiting.append(character)
        elif character == "\n":
            self.call_later(box.action_submit)
        else:
            _type_into(box, character)

    def footer_description(self, binding: Binding) -> str:
        """What the footer says `binding` does now: n / N move between the find box's
        matches while it has some in this readout (see `action_statement`)."""
        if binding.id in ("statement.next", "statement.previous") and not self._everywhere and (
            self._find is not None and self._find.has_matches_here
        ):
            return "Next match" if binding.id == "statement.next" else "Previous match"
        return binding.description

    def action_statement(self, delta: int) -> None:
        """n / N: the next statement, or the next match while the find box has some."""
        if not self._everywhere and self._find is not None and self._find.move(delta):
            return
        view = self._archive if self._everywhere else self.text_view
        if delta > 0:
            view.action_next_statement()
        else:
            view.action_previous_statement()

    # Statistics, copying and exporting -----------------------------------

    def action_statistics(self) -> None:
        """s: who spoke how much. The screen is kept, and with it the archive's tally."""
        from readout_tui.app.screens.statistics import StatisticsScreen  # not needed to start

        if self.screen.is_modal:
            return
        if not self.is_screen_installed("statistics"):
            self.install_screen(StatisticsScreen(self.library, self.cache), "statistics")
        screen = self.get_screen("statistics", StatisticsScreen)
        # On all readouts the readout under the view is hidden: the archive's tally only.
        screen.show_readout(None if self._everywhere else self.readout, self._styles)
        self.push_screen(screen)

    def action_copy_statement(self) -> None:
        from readout_tui.app.clipboard import copy_of_statement, listed_statements

        if self._everywhere:  # the statement at ▶ in the view across readouts, not in the readout under it
            gathered, index = self._archive.gathered, self._archive.index_at_cursor()
            listed = listed_statements(gathered) if gathered is not None else []
            statement = listed[index] if index is not None and index < len(listed) else None
        else:
            statement = self.text_view.statement_at_cursor()
        if statement is None:
            self.notify("There is no statement here to copy.", severity="warning")
        else:
            self._copy(*copy_of_statement(statement))

    def action_copy_view(self) -> None:
        from readout_tui.app.clipboard import copy_of_listed, copy_of_view

        if self._everywhere:  # what the view across readouts lists, not the readout under it
            gathered = self._archive.gathered
            copied = copy_of_listed(gathered) if gathered is not None else None
            if copied is None:
                self.notify("There are no statements here to copy.", severity="warning")
            else:
                self._copy(*copied)
        elif self.readout is None or not self.readout.document.ok:
            self.notify("There is no readout to copy.", severity="warning")
        else:
            self._copy(*copy_of_view(self.readout, self.text_view.page.statements if self.chosen_speakers() else None))

    def _copy(self, text: str, what: str) -> None:
        self.copy_to_clipboard(text)
        self.notify(what, title="Clipboard", markup=False)

    def action_export(self) -> None:
        """e: write what the view shows to a file the reader names."""
        from readout_tui.app.screens.export_dialog import ExportDialog  # not needed to start

        if self.screen.is_modal:
            return
        if self._everywhere:
            self._export_archive()
        elif self.readout is None or not self.readout.document.ok:
            self.notify("There is no readout to export.", severity="warning")
        else:
            self.push_screen(ExportDialog.of_view(self.readout, self.chosen_speakers(), protected=self.paths))

    def _export_archive(self) -> None:
        """e on all readouts: the statements the view lists, not the readout under it."""
        from readout_tui.app.screens.export_dialog import ExportDialog

        gathered = self._archive.gathered
        if gathered is None:
            self.notify("Nothing to export: type a speaker's name (/) or search (Ctrl+F) first.", severity="warning")
        elif not gathered.done:
            self.notify("Still looking through the readouts: export when the list is complete.", severity="warning")
        else:
            dialog = ExportDialog.of_archive(gathered, protected=self.paths)
            if dialog is None:
                self.notify("Nothing to export: the view lists no statements.", severity="warning")
            else:
                self.push_screen(dialog)

    # All readouts and find -----------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+A and Ctrl+F belong to the reader's screen, not to help or the palette."""
        if action in ("toggle_scope", "find") and not isinstance(self.screen, ReaderScreen):
            return False
        return True

    def action_toggle_scope(self) -> None:
        """Ctrl+A: the filter (and the find box) for this readout or all readouts."""
        if self._before_the_rest(self.action_toggle_scope):
            return
        self._everywhere = everywhere = not self._everywhere
        self.save_place_soon()
        self.query_one("#main").set_class(everywhere, "-everywhere")
        self._filter_bar.set_scope(everywhere)
        if self._find.is_open:
            self._find.close()
        if everywhere:
            if self.focused is self.text_view:
                self._archive.focus()
            self._look_everywhere(self._searched)
        else:
            self.workers.cancel_group(self._archive, "gather")
            if self.focused is self._archive:
                self.text_view.focus()
            if self.readout is not None:
                self._show_readout(self.readout)

    @on(FilterBar.ScopeClicked)
    def _scope_clicked(self, message: FilterBar.ScopeClicked) -> None:
        self.action_toggle_scope()

    def _look_everywhere(self, query: Query | None = None) -> None:
        """Show `query` (else the speaker filter) across the archive."""
        from readout_tui.corpus_index import Query

        speaker_filter = self.speaker_filter
        if query is None:
            query = Query(speaker_filter.query) if speaker_filter is not None else Query()
        if not query:
            self._archive.show_hint()
            self._filter_bar.show_status(Content())
            return
        # A speaker picked in the open readout (legend, 1 to 9) is that person; typed
        # words mean everyone they match across the archive (both Bidens for "biden").
        picked = speaker_filter is not None and [person.name for person in speaker_filter.people] == [query.speaker]
        self._archive.look_for(
            query,
            self.cache,
            self.paths,
            in_memory={str(path): readout for path, (_, readout) in self._recent.items()},
            archive_size=self.library.total,
            prefer=[query.speaker] if picked else (),
        )

    def on_archive_view_updated(self, message: ArchiveView.Updated) -> None:
        from readout_tui.app.widgets.archive_view import found_count

        status = found_count(message.gathered)
        searched = self._find.is_open and self._find.everywhere
        self._filter_bar.show_status(Content() if searched else status)  # the count goes with the words asked
        if searched:
            self._find.show_count(status)

    def on_archive_view_opened(self, message: ArchiveView.Opened) -> None:
        """Enter in the archive view: that readout, at that statement."""
        from readout_tui.app.widgets.archive_view import TEXT_MATCH

        self._landing = (message.path, message.statement)
        words = self._archive.gathered.query.words if self._archive.gathered else ()
        self.action_toggle_scope()
        self.select_path(message.path)
        self.text_view.focus()
        if message.statement is TEXT_MATCH and words:
            self._find.open(False, words[0])  # the words are in the text: found there
        if self._shown == message.path:
            self._after_page_shown()
        else:
            self.open_path(message.path)

    def _after_page_shown(self) -> None:
        """Go to the statement chosen in the archive view, or find again in the new page."""
        if self._find is not None:
            self._find.find_again()
        landing = self._landing
        if landing is None or landing[0] != self._shown:
            return
        from readout_tui.app.widgets.archive_view import TEXT_MATCH

        self._landing = None
        statement = landing[1]
        if statement is TEXT_MATCH:
            return
        page = self.text_view.page
        index = next((i for i, s in enumerate(page.statements) if (s.start, s.end) == (statement.start, statement.end)), None)
        if index is None and self.speaker_filter is not None:
            self._landing = landing  # said by someone the filter hides: the whole text
            self.set_speaker_filter(None)
        elif index is not None:
            self.text_view.current = index

    def action_find(self) -> None:
        """Ctrl+F: find in the open readout, or search every readout. The letters of
        a burst of keys after it ("Ctrl+F" and a word as the reader starts) go to the
        box, as after a / (`action_focus_filter`), those typed before the box was
        mounted too."""
        self._keys_to = "find"
        if self._before_the_rest(self.action_find):
            return
        if self._everywhere:
            from readout_tui.corpus_index import Query

            speaker = self.speaker_filter.query if self.speaker_filter else ""
            self._find.open(True, None if self._find.text else str(Query(speaker)) + (" " if speaker else ""))
        else:
            self._find.open(False)
        waiting, self._keys_waiting = self._keys_waiting, []
        for character in waiting:
            self._to_the_box(character)
        self.call_after_refresh(self._keys_reached_box)

    def on_find_bar_searched(self, message: FindBar.Searched) -> None:
        from readout_tui.corpus_index import Query

        self._searched = Query.parse(message.text) or None
        self._look_everywhere(self._searched or Query())
        self._archive.focus()

    def on_find_bar_closed(self, message: FindBar.Closed) -> None:
        if self.focused is None or self._find in self.focused.ancestors_with_self:
            (self._archive if self._everywhere else self.text_view).focus()
        if message.dismissed and self._everywhere and self._searched is not None:
            # Esc ends the search of all readouts, as it ends the highlights of a
            # readout's: the view shows again what the filter bar says (the speaker
            # and their count), not words no box shows any more.
            self._searched = None
            self._look_everywhere()

    # Help and commands ---------------------------------------------------

    def action_help(self) -> None:
        from readout_tui.app.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.binding_sections()))

    def binding_sections(self) -> list[tuple[str, list[Binding]]]:
        """Every binding the reader can use, grouped by where it works."""
        from readout_tui.app.find import FindBar
        from readout_tui.app.widgets.archive_view import ArchiveView

        moving = [
            Binding("tab", "focus_next", "Next pane (list, readout, filter)", id="focus.next"),
            Binding("shift+tab", "focus_previous", "Previous pane", id="focus.previous"),
            Binding(
                self.COMMAND_PALETTE_BINDING,
                "command_palette",
                "Command palette: open a readout, filter, change theme",
                id="app.commands",
            ),
        ]
        return [
            ("Everywhere", [*_bindings(ReadoutApp.BINDINGS), *moving]),
            ("Readout list", _bindings(ReadoutList.BINDINGS)),
            ("Title box above the list", _bindings(TitleSearch.BINDINGS)),
            ("Readout", _bindings(ReadoutView.BINDINGS)),
            ("Speaker filter", _bindings(FilterBar.BINDINGS)),
            ("All readouts (Ctrl+A)", [*_bindings(ArchiveView.BINDINGS), *_across_readouts(ReadoutView.BINDINGS)]),
            ("Find box (Ctrl+F)", _bindings(FindBar.BINDINGS)),
        ]

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """The palette's "Screenshot": an SVG of the screen saved in the current
        folder (Textual's own goes to ~/Downloads, which may not exist, and failed
        without saying why), the notice naming the file, or the OS's reason."""
        try:
            folder = Path(path) if path else Path.cwd()
            saved = self.save_screenshot(filename, str(folder), time_format)
        except OSError as error:
            where = f" ({error.filename})" if error.filename else " (the current folder)"
            reason = error.strerror or str(error)
            self.notify(f"Could not save the screenshot: {reason}{where}", title="Screenshot",
                        severity="error", markup=False)
            return None
        saved_path = Path(saved).resolve()  # (folder and name apart: a long path wraps between them, not cut off)
        self.notify(f"Saved the screenshot {saved_path.name} in {saved_path.parent}", title="Screenshot", markup=False)
        return saved

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Show every key binding", self.action_help)
        yield SystemCommand("Who spoke how much", "Statements and words per speaker (s)", self.action_statistics)
        yield SystemCommand("Export the view", "The readout or the filtered statements, to a file (e)", self.action_export)
        yield SystemCommand("Copy the view", "The readout or the filtered statements (C)", self.action_copy_view)
        yield SystemCommand(
            "This readout" if self._everywhere else "All readouts",
            "The speaker filter for the open readout only (Ctrl+A)" if self._everywhere
            else "One speaker's statements from every readout, or search them all (Ctrl+A)",
            self.action_toggle_scope,
        )
        if self._indexing:
            yield SystemCommand(
                "Stop reading the archive",
                "Stop finding titles and speakers in the background",
                self.action_stop_indexing,
            )
        elif not self._indexed:
            yield SystemCommand(
                "Resume reading the archive", "Find the remaining titles and speakers", self.action_resume_indexing
            )


def _failure_page(readout: Readout):
    document = readout.document
    lines: list[Content | str] = [
        Content.styled("⚠ This readout could not be loaded.", "bold $text-error"),
        f"Why: {document.error}",
    ]
    lines.extend(f"Note: {note}" for note in document.notes)
    return notice_page(lines)


def _entry(row: Listed) -> Entry:
    return Entry(row.path, row.title, row.date, row.speakers, row.error)


def _bindings(bindings: Iterable[Binding | tuple]) -> list[Binding]:
    return [binding for binding in bindings if isinstance(binding, Binding)]


ACROSS_READOUTS = {
    "app.copy_statement": "Copy the statement at ▶ (or the first shown)",
    "app.copy_view": "Copy the statements listed",
}


def _across_readouts(bindings: Iterable[Binding | tuple]) -> list[Binding]:
    """The readout's keys, which the view across readouts inherits, said as
    they work there (C copies what is listed, not a readout)."""
    return [replace(binding, description=ACROSS_READOUTS.get(binding.action, binding.description))
            for binding in _bindings(bindings)]


def _type_into(box: Input, character: str) -> None:
    """`character` typed into `box` as a key would type it: over the selection."""
    start, end = box.selection
    if start == end:
        box.insert_text_at_cursor(character)
    else:
        box.replace(character, *sorted((start, end)))
