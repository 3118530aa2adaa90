"""s: who spoke how much, in the open readout and across the archive.

Each speaker of the readout gets their legend chip, their number of statements
and their share of the words spoken as a bar in their own colour; below them, the
people who speak most across the archive. The archive is tallied in a worker
thread, one readout at a time (from the cache when it has them), with "reading N
of M" meanwhile: nothing on the interface thread grows with the archive. The
screen is kept once opened, so the tally survives closing it and is done again
only when the list of readouts has changed. Moving through the speakers shows the
one highlighted over time, as a sparkline of statements per month (or year).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Label, OptionList, Sparkline, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from readout_tui.app import indexing
from readout_tui.app.library import Library
from readout_tui.app.printable import printable
from readout_tui.app.styles import SpeakerStyles
from readout_tui.app.widgets.legend import UNATTRIBUTED, ordered_speakers
from readout_tui.cache import ReadoutCache
from readout_tui.model import Readout
from readout_tui.statistics import (
    ArchiveTally,
    Person,
    Share,
    Timeline,
    bar,
    on_zero,
    person_named,
    readout_shares,
)

NAME_WIDTH = 24
BAR_WIDTH = 24
PANEL_WIDTH, PANEL_FRAME = 100, 6
"""The panel's width (statistics.tcss) and what its border, padding and the
list's scroll bar take of it."""
ROW_CELLS = 3 + 1 + NAME_WIDTH + 13 + 5
"""A row's cells besides its bar: chip, name, statements, share (see `_row`)."""
TOP_PEOPLE = 10
"""People listed for the archive: the top of the list, by words spoken."""
_HEADING = Style(bold=True)
_DIM = Style(dim=True)
_ARCHIVE = "archive-heading"


class StatisticsScreen(ModalScreen[None]):
    CSS_PATH = "statistics.tcss"
    BINDINGS = [Binding("escape,s,q", "dismiss", "Close the statistics", id="statistics.close")]

    @dataclass
    class Progress(Message):
        done: int
        total: int

    @dataclass
    class Tallied(Message):
        people: list[Person]
        readouts: int
        statements: int

    def __init__(self, library: Library, cache: ReadoutCache | None) -> None:
        super().__init__()
        self.library = library
        self.cache = cache
        self.readout: Readout | None = None
        self.speaker_styles: SpeakerStyles | None = None
        self.people: list[Person] | None = None
        """The archive's people, once tallied."""
        self._archive_heading = Content()
        self._counted: int | None = None
        """How many readouts were listed when the tally began."""
        self._shares: list[Share] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="statistics") as box:
            box.border_title = "Who spoke how much"
            box.border_subtitle = "↑/↓ a speaker over time · s or Esc closes"
            yield OptionList(id="shares", markup=False)
            yield Static(id="timeline-title", markup=False)
            yield Sparkline(id="timeline")
            with Horizontal(id="timeline-axis"):
                yield Label(id="timeline-first", markup=False)
                yield Label(id="timeline-last", markup=False)

    def show_readout(self, readout: Readout | None, styles: SpeakerStyles | None) -> None:
        """The readout whose speakers to count (None: no readout is open)."""
        self.readout = readout if readout is not None and readout.document.ok else None
        self.speaker_styles = styles
        if self.is_mounted:
            self._fill()

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        self._fill()  # the bars fit the new width

    def on_screen_resume(self) -> None:
        if self._counted != self.library.total:
            self._counted = self.library.total
            self.people = None
            self._archive_heading = _heading(f"Archive · reading 0 of {self._counted:,} readouts…")
            self.tally_archive()
        self._fill()
        self.query_one("#shares", OptionList).focus()

    # The archive, in a worker ----------------------------------------------

    @work(thread=True, exclusive=True, group="statistics", exit_on_error=False)
    def tally_archive(self) -> None:
        """Count every listed readout in, in batches, reporting how far it got."""
        worker = get_current_worker()
        locations = self.library.locations()
        tally = ArchiveTally()

        def count(location: str) -> None:
            tally.add(indexing.open_readout(Path(location), self.cache)[0])

        for _, done in indexing.batches(locations, count):
            if worker.is_cancelled:
                return
            self.post_message(self.Progress(done, len(locations)))
        people = tally.people()
        if not worker.is_cancelled:
            self.post_message(self.Tallied(people, tally.readouts, tally.statements))

    def on_statistics_screen_progress(self, message: Progress) -> None:
        if self.people is None:
            self._archive_heading = _heading(f"Archive · reading {message.done:,} of {message.total:,} readouts…")
            self._shares_list.replace_option_prompt(_ARCHIVE, self._archive_heading)
            self._show_timeline()

    def on_statistics_screen_tallied(self, message: Tallied) -> None:
        self.people = message.people
        plural = "readout" if message.readouts == 1 else "readouts"
        self._archive_heading = _heading(
            f"Archive · {message.readouts:,} {plural} · {message.statements:,} statements · "
            f"{len(message.people):,} speakers, the top {min(TOP_PEOPLE, len(message.people))}:"
        )
        self._fill()

    # Drawing -------------------------------------------------------------------

    @property
    def _shares_list(self) -> OptionList:
        return self.query_one("#shares", OptionList)

    def _fill(self) -> None:
        """List the readout's speakers and the archive's top people, keeping the
        highlighted row where it was."""
        shares = self._shares_list
        kept = shares.highlighted_option.id if shares.highlighted_option is not None else None
        options: list[Option | None] = []
        readout, styles = self.readout, self.speaker_styles
        if readout is not None and styles is not None:
            self._shares = readout_shares(readout.attribution)
            numbers = {speaker.name: number for number, speaker in enumerate(ordered_speakers(readout.attribution), 1)}
            title = printable(readout.document.display_name, keep_newlines=False)
            options.append(Option(_heading(f"This readout · {title}"), disabled=True))
            options.append(Option(_columns(), disabled=True))
            options.extend(
                Option(self._readout_row(share, numbers.get(share.name) if share.name else None), id=f"readout:{index}")
                for index, share in enumerate(self._shares)
            )
            if not self._shares:
                options.append(Option(Content.styled("    Nobody speaks in this readout.", _DIM), disabled=True))
            options.append(None)
        else:
            self._shares = []
        options.append(Option(self._archive_heading, id=_ARCHIVE, disabled=True))
        if self.people is not None:
            options.append(Option(_columns(), disabled=True))
            options.extend(
                Option(self._person_row(person), id=f"archive:{index}")
                for index, person in enumerate(self.people[:TOP_PEOPLE])
            )
        shares.set_options(options)
        ids = [None if option.disabled else option.id for option in shares.options]
        if kept is not None and kept in ids:
            shares.highlighted = ids.index(kept)
        elif any(ids):
            shares.highlighted = next(index for index, option_id in enumerate(ids) if option_id)
        self._show_timeline()

    def _bar_width(self) -> int:
        """BAR_WIDTH cells, or fewer where the panel (100 cells, at most 95% of the
        screen) cannot hold a row with them: at 80 columns, "1,623 readouts" went
        to a line of its own under each person."""
        panel = min(PANEL_WIDTH, self.app.size.width * 95 // 100) - PANEL_FRAME
        readouts = max((len(f"  {person.readouts:,} readouts") for person in self.people[:TOP_PEOPLE]), default=0) \
            if self.people is not None else 0
        return max(1, min(BAR_WIDTH, panel - ROW_CELLS - readouts))

    def _readout_row(self, share: Share, number: int | None) -> Content:
        assert self.speaker_styles is not None
        style = self.speaker_styles[share.name]
        key = "?" if share.name is None else str(number) if number is not None and number <= 9 else "·"
        name = UNATTRIBUTED if share.name is None else share.name
        return _row(Content.styled(f" {key} ", style.chip), name, share.statements, share.share, style.marker,
                    self._bar_width())

    def _person_row(self, person: Person) -> Content:
        """A person of the archive: with their chip and colour when they speak in
        the open readout too."""
        readout, styles = self.readout, self.speaker_styles
        speaker = None
        if readout is not None and styles is not None:
            speaker = next((s for s in ordered_speakers(readout.attribution) if s.name in person.names), None)
        if speaker is not None and styles is not None:
            number = ordered_speakers(readout.attribution).index(speaker) + 1
            style = styles[speaker.name]
            chip, colour = Content.styled(f" {number if number <= 9 else '·'} ", style.chip), style.marker
        else:
            chip, colour = Content("   "), "$text-accent"
        plural = "readout" if person.readouts == 1 else "readouts"
        return _row(chip, person.name, person.statements, person.share, colour, self._bar_width()).append(
            Content.styled(f"  {person.readouts:,} {plural}", _DIM)
        )

    def _show_timeline(self) -> None:
        """The highlighted speaker's statements over time, across the archive."""
        title = self.query_one("#timeline-title", Static)
        sparkline = self.query_one("#timeline", Sparkline)
        first, last = self.query_one("#timeline-first", Label), self.query_one("#timeline-last", Label)
        person, name = self._highlighted_person()
        series = person.timeline() if person is not None else None
        sparkline.display = series is not None
        first.update(series.first if series else "")
        last.update(series.last if series and series.last != series.first else "")
        if name is None:
            title.update(Content.styled("Highlight a speaker to see their statements over time.", _DIM))
        elif self.people is None:
            title.update(Content.styled(f"{name} over time: once the archive is read.", _DIM))
        elif series is None:
            title.update(Content.styled(f"No dated statements of {name} in the archive.", _DIM))
        else:
            title.update(_timeline_title(name, series))
            sparkline.data = on_zero(series.counts)

    def _highlighted_person(self) -> tuple[Person | None, str | None]:
        """The archive's person for the highlighted row, and the name to call them."""
        option = self._shares_list.highlighted_option
        kind, _, index = (option.id or "").partition(":") if option is not None else ("", "", "")
        if kind == "readout":
            name = self._shares[int(index)].name
            if name is None:
                return None, None
            return (person_named(self.people, name) if self.people is not None else None), printable(name, False)
        if kind == "archive" and self.people is not None:
            person = self.people[int(index)]
            return person, printable(person.name, False)
        return None, None

    @on(OptionList.OptionHighlighted, "#shares")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_timeline()


def _timeline_title(name: str, series: Timeline) -> Content:
    """What the sparkline shows, with its total and its peak, since a sparkline
    is drawn from its lowest value up and has no scale of its own."""
    total = sum(series.counts)
    if series.first == series.last:
        span = f": all {total:,} in {series.first}"
    else:
        peak = max(series.counts)
        when = series.counts.index(peak)
        span = f", {series.first} to {series.last} · {total:,} in all, at most {peak:,} ({series.period(when)})"
    undated = f" · {series.undated:,} undated" if series.undated else ""
    return Content.assemble((f"Statements of {name} per {series.unit}", _HEADING), span + undated)


def _heading(text: str) -> Content:
    return Content.styled(printable(text, keep_newlines=False), _HEADING)


def _columns() -> Content:
    return Content.styled(
        "    " + "Speaker".ljust(NAME_WIDTH) + "Statements".rjust(11) + "  " + "Share of words", _DIM
    )


def _row(chip: Content, name: str, statements: int, share: float, colour: Style | str, width: int = BAR_WIDTH) -> Content:
    return Content.assemble(
        chip,
        " ",
        Content(printable(name, keep_newlines=False)).truncate(NAME_WIDTH, ellipsis=True, pad=True),
        f" {statements:>10,}  ",
        (bar(share, width), colour),
        f" {share:>4.0%}",
    )
