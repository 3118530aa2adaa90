"""The application: wires the sidebar, the readout pane and the filter together.

Widgets only render models and post messages; everything that crosses from one
widget to another goes through here. Files are read and attributed in worker
threads, which report back with messages, so the interface never waits on disk
or on the engine, and no failure in either can bring it down.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from time import monotonic

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.style import Style
from textual.theme import Theme
from textual.timer import Timer
from textual.widgets import Footer, Label, ProgressBar
from textual.worker import get_current_worker

from readout_tui.app.commands import ReadoutCommands
from readout_tui.app.library import Entry, Library
from readout_tui.app.page import filtered_page, full_page, notice_page
from readout_tui.app.screens.help import HelpScreen
from readout_tui.app.speaker_filter import SpeakerFilter
from readout_tui.app.styles import SpeakerStyles
from readout_tui.app.widgets.filter_bar import FilterBar
from readout_tui.app.widgets.legend import Legend, ordered_speakers
from readout_tui.app.widgets.readout_header import ReadoutHeader
from readout_tui.app.widgets.readout_list import ReadoutList
from readout_tui.app.widgets.readout_view import ReadoutView
from readout_tui.app.widgets.title_search import TitleSearch
from readout_tui.loading import discover, read_title_and_date
from readout_tui.model import Readout, Speaker
from readout_tui.readouts import read_readout

BATCH_SECONDS = 0.1
"""How often the scanning worker reports: often enough to look live, rarely
enough that re-sorting 100,000 entries stays cheap."""
CACHE_SIZE = 32
SLOW_READ_SECONDS = 0.25
"""Only a read slower than this shows the loading indicator: no flicker while
the reader runs through the list."""
SPEAKER_KEY_HELP = "Filter by that speaker of the legend (again: clear)"


class ReadoutApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "readout-tui"
    COMMANDS = App.COMMANDS | {ReadoutCommands}

    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("f1,question_mark", "help", "Help", id="app.help"),
        Binding("slash", "focus_filter", "Filter speaker", id="filter.focus"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="filter.clear-anywhere"),
        Binding("n", "statement(1)", "Next statement", id="statement.next"),
        Binding("N", "statement(-1)", "Previous statement", id="statement.previous"),
        *(
            Binding(str(key), f"pick_speaker({key})", SPEAKER_KEY_HELP, show=False, id=f"speaker.{key}")
            for key in range(1, 10)
        ),
    ]

    @dataclass
    class LibraryFound(Message):
        """The paths were searched: `total` readouts to list, and what was wrong."""

        total: int
        problems: tuple[str, ...]

    @dataclass
    class EntriesRead(Message):
        entries: list[Entry]
        done: int
        total: int

    @dataclass
    class EntriesAttributed(Message):
        """(path, speaker count, load error) for a batch of readouts."""

        summaries: list[tuple[Path, int, str | None]]
        done: int
        total: int

    @dataclass
    class ReadoutRead(Message):
        path: Path
        readout: Readout

    def __init__(self, paths: Sequence[str | Path], speaker: str | None = None, *, cursor_blink: bool = True) -> None:
        super().__init__()
        self.paths = [Path(path) for path in paths]
        self.library = Library()
        self.readout: Readout | None = None
        self.speaker_filter = SpeakerFilter(speaker.strip()) if speaker and speaker.strip() else None
        self.cursor_blink = cursor_blink
        self._styles: SpeakerStyles | None = None
        self._cache: dict[Path, Readout] = {}
        self._opening: Path | None = None
        self._wanted: Path | None = None
        self._shown: Path | None = None
        self._slow_read: Timer | None = None
        self._problems: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                yield TitleSearch(id="title-search")
                yield ReadoutList(self.library, id="readouts")
                with Vertical(id="progress"):
                    yield Label("Looking for readouts…", id="progress-label")
                    yield ProgressBar(id="progress-bar", show_eta=False, show_percentage=False)
            with Vertical(id="main"):
                yield ReadoutHeader(id="header")
                yield Legend(id="legend")
                yield ReadoutView(id="readout")
                yield FilterBar(id="filter")
        yield Footer()

    def on_mount(self) -> None:
        for box in self.query("Input"):
            box.cursor_blink = self.cursor_blink
        self.query_one("#sidebar").border_title = "Readouts"
        self.query_one(ReadoutHeader).show_message("Loading…")
        if self.speaker_filter is not None:
            self.query_one(FilterBar).set_query(self.speaker_filter.query)
        self.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self.query_one(ReadoutList).focus()
        self.scan_library()

    # Reading the library -------------------------------------------------

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def scan_library(self) -> None:
        """List every readout (titles first, for a fast list), then attribute each
        to learn its speaker count and whether it loads at all."""
        worker = get_current_worker()
        discovery = discover(self.paths)
        files = discovery.files
        problems = (*discovery.errors, *(f"skipped {path}: {why}" for path, why in discovery.skipped))
        self.post_message(self.LibraryFound(len(files), problems))
        for batch, done in _batches(files, lambda path: Entry(path, *_title_and_date(path))):
            if worker.is_cancelled:
                return
            self.post_message(self.EntriesRead(batch, done, len(files)))
        for batch, done in _batches(files, _summary):
            if worker.is_cancelled:
                return
            self.post_message(self.EntriesAttributed(batch, done, len(files)))

    def on_readout_app_library_found(self, message: LibraryFound) -> None:
        self._problems = message.problems
        if message.problems:
            self.notify("\n".join(message.problems[:5]), title="Some paths could not be read", severity="warning")
        if not message.total:
            self._show_nothing()
        self._show_progress("Reading titles", 0, message.total)

    def on_readout_app_entries_read(self, message: EntriesRead) -> None:
        self.library.add(message.entries)
        self.query_one(ReadoutList).reload()
        self._update_sidebar_title()
        self._show_progress("Reading titles", message.done, message.total)

    def on_readout_app_entries_attributed(self, message: EntriesAttributed) -> None:
        readouts = self.query_one(ReadoutList)
        for path, speakers, error in message.summaries:
            self.library.update(path, speakers=speakers, error=error)
            readouts.refresh_entry(path)
        self._show_progress("Finding speakers", message.done, message.total)

    def _show_progress(self, what: str, done: int, total: int) -> None:
        progress = self.query_one("#progress")
        progress.display = done < total
        self.query_one("#progress-label", Label).update(f"{what}… {done:,} of {total:,}")
        self.query_one("#progress-bar", ProgressBar).update(total=max(total, 1), progress=done)

    def _update_sidebar_title(self) -> None:
        sidebar = self.query_one("#sidebar")
        shown, total = len(self.library), self.library.total
        sidebar.border_title = f"Readouts ({total:,})" if shown == total else f"Readouts ({shown:,} of {total:,})"

    def _show_nothing(self) -> None:
        where = ", ".join(str(path) for path in self.paths) or "(no paths)"
        self.query_one(ReadoutHeader).show_message("No readouts found")
        self.query_one(Legend).clear()
        lines = [
            f"Nothing to read in {where}.",
            "readout-tui opens .txt, .md, .yaml and .yml files, and folders of them.",
        ]
        self.query_one(ReadoutView).show(notice_page([*lines, *self._problems]))

    # Opening a readout ---------------------------------------------------

    @on(ReadoutList.Highlighted)
    def _highlighted(self, message: ReadoutList.Highlighted) -> None:
        self.open_path(message.entry.path)

    @on(ReadoutList.Chosen)
    def _chosen(self, message: ReadoutList.Chosen) -> None:
        self.query_one(ReadoutView).focus()

    @on(ReadoutList.TypedAhead)
    def _typed_ahead(self, message: ReadoutList.TypedAhead) -> None:
        search = self.query_one(TitleSearch)
        search.focus()
        search.insert_text_at_cursor(message.character)

    @on(TitleSearch.Changed, "#title-search")
    def _narrow(self, message: TitleSearch.Changed) -> None:
        self.library.narrow(message.value)
        self.query_one(ReadoutList).reload()
        self._update_sidebar_title()

    @on(TitleSearch.Moved)
    def _move(self, message: TitleSearch.Moved) -> None:
        self.query_one(ReadoutList).cursor += message.delta

    @on(TitleSearch.Submitted, "#title-search")
    def _search_submitted(self, message: TitleSearch.Submitted) -> None:
        self.query_one(ReadoutView).focus()

    @on(TitleSearch.Left)
    def _search_left(self, message: TitleSearch.Left) -> None:
        self.query_one(ReadoutList).focus()

    def open_path(self, path: Path) -> None:
        """Show the readout at `path`: at once if it was read recently, else when
        a worker has read it. While one is being read only the latest request is
        kept, so holding j through the list never queues up work."""
        self._wanted = path
        if path in self._cache:
            self._shown = path
            self._show_readout(self._cache[path])
        elif self._opening is None:
            self._opening = path
            view = self.query_one(ReadoutView)
            self._slow_read = self.set_timer(SLOW_READ_SECONDS, lambda: setattr(view, "loading", True))
            self.read_one(path)

    def select_path(self, path: Path) -> None:
        """Put the sidebar's cursor on `path` (clearing any narrowing that hides it)."""
        if self.library.position(path) is None:
            self.query_one(TitleSearch).value = ""
            self.library.narrow("")
            self.query_one(ReadoutList).reload()
        self.query_one(ReadoutList).select(path)

    @work(thread=True, group="open", exit_on_error=False)
    def read_one(self, path: Path) -> None:
        self.post_message(self.ReadoutRead(path, read_readout(path)))

    def on_readout_app_readout_read(self, message: ReadoutRead) -> None:
        self._opening = None
        self._cache[message.path] = message.readout
        while len(self._cache) > CACHE_SIZE:
            del self._cache[next(iter(self._cache))]
        document = message.readout.document
        self.library.update(message.path, speakers=len(message.readout.attribution.speakers), error=document.error)
        self.query_one(ReadoutList).refresh_entry(message.path)
        if self._slow_read is not None:
            self._slow_read.stop()
        self.query_one(ReadoutView).loading = False
        if self._wanted is not None and self._wanted != self._shown:
            self.open_path(self._wanted)

    def _show_readout(self, readout: Readout, *, keep_place: bool = False) -> None:
        self.readout = readout
        document = readout.document
        header, legend, view, bar = (
            self.query_one(ReadoutHeader),
            self.query_one(Legend),
            self.query_one(ReadoutView),
            self.query_one(FilterBar),
        )
        header.show(document)
        if not document.ok:
            legend.clear()
            bar.set_speakers(())
            bar.show_status(Content())
            view.show(_failure_page(readout))
            return
        attribution = readout.attribution
        background = view.visual_style.background
        self._styles = styles = SpeakerStyles(
            attribution.speakers,
            None if background is None or background.a == 0 or background.ansi is not None else background.hex,
            self.current_theme.dark,
        )
        chosen = self.speaker_filter.pick(attribution) if self.speaker_filter else ()
        legend.show(attribution, styles, frozenset(speaker.name for speaker in chosen))
        bar.set_speakers(attribution.speakers)
        bar.show_status(self._status(readout, chosen))
        view.show(
            filtered_page(readout, chosen, styles) if chosen else full_page(readout, styles), keep_place=keep_place
        )

    def _status(self, readout: Readout, chosen: Sequence[Speaker]) -> Content:
        total = len(readout.attribution.statements)
        plural = "statement" if total == 1 else "statements"
        if chosen:
            shown = sum(len(readout.attribution.by_speaker(speaker.name)) for speaker in chosen)
            names = ", ".join(speaker.name for speaker in chosen)
            return Content.assemble((f"{shown} of {total} {plural}", Style(bold=True)), f" · {names}")
        if self.speaker_filter is not None:
            return Content.styled(f"No “{self.speaker_filter.query}” here · all {total} {plural}", "$text-warning")
        return Content.styled(f"{total} {plural} · {len(readout.attribution.speakers)} speakers", Style(dim=True))

    def _on_theme_changed(self, theme: Theme) -> None:
        if self.readout is not None:
            self.call_after_refresh(self._show_readout, self.readout, keep_place=True)

    # Filtering by speaker ------------------------------------------------

    @on(FilterBar.Applied)
    def _filter_applied(self, message: FilterBar.Applied) -> None:
        people = self.readout.attribution.find_speakers(message.query) if self.readout else ()
        self.set_speaker_filter(SpeakerFilter(message.query, people))
        self.query_one(ReadoutView).focus()

    @on(FilterBar.Cleared)
    def _filter_cleared(self, message: FilterBar.Cleared) -> None:
        self.set_speaker_filter(None)

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
        self.query_one(FilterBar).set_query(speaker_filter.query if speaker_filter else "")
        if self.readout is not None:
            self._show_readout(self.readout)

    def action_pick_speaker(self, number: int) -> None:
        speakers = ordered_speakers(self.readout.attribution) if self.readout else ()
        if number <= len(speakers):
            self.filter_to_speaker(speakers[number - 1])
        else:
            self.bell()

    def action_clear_filter(self) -> None:
        if self.speaker_filter is not None:
            self.set_speaker_filter(None)

    def action_focus_filter(self) -> None:
        self.query_one(FilterBar).input.focus()

    def action_statement(self, delta: int) -> None:
        view = self.query_one(ReadoutView)
        if delta > 0:
            view.action_next_statement()
        else:
            view.action_previous_statement()

    # Help and commands ---------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.binding_sections()))

    def binding_sections(self) -> list[tuple[str, list[Binding]]]:
        """Every binding the reader can use, grouped by where it works."""
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
        ]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Show every key binding", self.action_help)


def _failure_page(readout: Readout):
    document = readout.document
    lines: list[Content | str] = [
        Content.styled("⚠ This readout could not be loaded.", "bold $text-error"),
        f"Why: {document.error}",
    ]
    lines.extend(f"Note: {note}" for note in document.notes)
    return notice_page(lines)


def _bindings(bindings: Iterable[Binding | tuple]) -> list[Binding]:
    return [binding for binding in bindings if isinstance(binding, Binding)]


def _title_and_date(path: Path) -> tuple[str, str | None]:
    try:
        title, date = read_title_and_date(path)
    except Exception:  # the loader promises not to raise; one file must not stop the list
        return path.name, None
    return title or path.name, date


def _summary(path: Path) -> tuple[Path, int, str | None]:
    readout = read_readout(path)
    return path, len(readout.attribution.speakers), readout.document.error


def _batches(paths: Sequence[Path], read) -> Iterable[tuple[list, int]]:
    """`read` applied to each path, yielded in batches at most every BATCH_SECONDS."""
    batch: list = []
    last = monotonic()
    for done, path in enumerate(paths, 1):
        batch.append(read(path))
        if monotonic() - last >= BATCH_SECONDS or done == len(paths):
            yield batch, done
            batch, last = [], monotonic()
