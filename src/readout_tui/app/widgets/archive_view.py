"""The view across readouts: one person's statements in every readout, or what a
search of the archive found, grouped by readout, newest first.

It is the readout view with another page: a heading per readout (title, date),
then each statement labelled with its paragraph and kind, as a filtered readout
is, so scrolling, n/N and the ▶ mark work the same, and Enter opens the readout
at the statement under the mark. The archive is looked through in a worker
(`corpus_index.gather`) that reports as it goes; the page grows with each report
and says what it cannot include yet ("312 readouts not read yet").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from textual import work
from textual.binding import Binding
from textual.content import Content, Span
from textual.message import Message
from textual.style import Style
from textual.theme import Theme
from textual.worker import get_current_worker

from readout_tui import corpus_index
from readout_tui.app.find import Match, find_in_page
from readout_tui.app.page import KIND_LABELS, LABEL_STYLE, Block, LazyBlocks, Mark, Page, notice_page
from readout_tui.app.printable import printable
from readout_tui.app.styles import SpeakerStyles, backdrop
from readout_tui.app.widgets.readout_view import ReadoutView
from readout_tui.cache import ReadoutCache
from readout_tui.corpus_index import Gathered, Query
from readout_tui.model import Readout, Speaker, Statement

HINT = (
    "All readouts: type a speaker's name in the filter (/) to see what they said in every readout, "
    "or search every readout with Ctrl+F (words, or speaker:name and words)."
)
HEADING_STYLE = Style(bold=True)
TEXT_MATCH = Statement(None, "indirect", 0, 0, 0, "")
"""What n/N stop at for a readout whose text, not a statement, has the words."""


@dataclass(frozen=True)
class ArchivePage:
    page: Page
    paths: tuple[str, ...]
    """The readout of each of the page's statements."""
    matches: list[Match] = field(default_factory=list)
    """Where the words searched for are, to highlight."""


def archive_page(gathered: Gathered, styles: SpeakerStyles) -> ArchivePage:
    """The page of `gathered`: a line saying what was found, then per readout a
    heading and its statements. With one person the statements wear that person's
    colour; otherwise each carries the speaker's name, in that speaker's colour."""
    rows: list[tuple[int, int]] = []  # (found, statement): -1 a heading, -2 a text match
    statements: list[Statement] = []
    paths: list[str] = []
    for number, found in enumerate(gathered.found):
        rows.append((number, -1))
        said = found.statements or ((TEXT_MATCH,) if found.excerpt else ())
        for index, statement in enumerate(said):
            rows.append((number, index if found.statements else -2))
            statements.append(statement)
            paths.append(found.path)
    kind_width = max(len(label) for label in KIND_LABELS.values())
    digits = max((len(str(s.paragraph)) for s in statements), default=1)
    label_width = 1 + digits + 1 + kind_width + 1
    first_block = [index + 1 for index, (_, statement) in enumerate(rows) if statement != -1]
    statement_of = {block: number for number, block in enumerate(first_block)}
    named = len(gathered.people) != 1

    speaker = gathered.speaker_of

    def parts(block: int) -> tuple[str, str]:
        """The block's (name prefix, text)."""
        if block == 0:
            return "", printable(_summary(gathered), False)  # names come from the readouts
        number, index = rows[block - 1]
        found = gathered.found[number]
        if index == -1:
            return "", f"{printable(found.title, False)} · {found.date or 'undated'}"
        if index == -2:
            return "", printable(found.excerpt, False)
        name = speaker(found, index)
        return (f"{printable(name, False)}: " if named and name else ""), printable(found.statements[index].text)

    def plain(block: int) -> str:
        prefix, text = parts(block)
        return prefix + text

    def build(block: int) -> Block:
        prefix, text = parts(block)
        if block == 0:
            return Block(Content.styled(text, LABEL_STYLE))
        number, index = rows[block - 1]
        found = gathered.found[number]
        if index == -1:
            return Block(Content(text, [Span(0, len(found.title), HEADING_STYLE)], strip_control_codes=False))
        statement = statement_of[block]
        if index == -2:
            label = Content.styled("text".rjust(label_width - 1), LABEL_STYLE)
            style = styles[None]
            mark = Mark(0, len(text), statement, "indirect", style.marker, style.current)
            return Block(Content(text, [Span(0, len(text), LABEL_STYLE)], strip_control_codes=False), label, (mark,))
        said = found.statements[index]
        style = styles[speaker(found, index)]
        body = Content(prefix + text, [Span(len(prefix), len(prefix) + len(text), style.statement(said.kind))],
                       strip_control_codes=False)
        if prefix:
            body = body.stylize(style.marker, 0, len(prefix) - 2)
        label = Content.assemble(
            (f"¶{said.paragraph}".rjust(digits + 1) + " ", LABEL_STYLE),
            (KIND_LABELS[said.kind].ljust(kind_width), style.marker),
        )
        mark = Mark(len(prefix), len(prefix) + len(text), statement, said.kind, style.marker, style.current)
        return Block(body, label, (mark,))

    page = Page(LazyBlocks(len(rows) + 1, build, plain), tuple(statements), label_width, lambda: first_block)
    matches = sorted(match for word in gathered.query.words for match in find_in_page(page, word) if match[0] > 0)
    return ArchivePage(page, tuple(paths), matches)


def _summary(gathered: Gathered) -> str:
    """What the page holds, and what it cannot hold yet."""
    if gathered.preparing:
        return f"Noting who speaks in readouts cached by an earlier version (once)… {gathered.preparing:,}"
    what, readouts = _count(gathered.statements, "statement"), _count(len(gathered.found), "readout")
    if gathered.query.speaker:
        who = ", ".join(gathered.people) or f"No one called “{gathered.query.speaker}”"
        words = f" with “{' '.join(gathered.query.words)}”" if gathered.query.words else ""
        parts = [f"{who} · {what}{words} in {readouts}"]
    else:
        parts = [f"“{' '.join(gathered.query.words)}” · {what} and {readouts}"]
    if gathered.capped:
        parts.append(f"the first {gathered.statements:,}: add words to narrow the search")
    elif not gathered.done:
        parts.append(f"looking… {gathered.looked:,} of {gathered.to_look:,}")
    if gathered.not_read:
        parts.append(f"{_count(gathered.not_read, 'readout')} not read yet")
    return " · ".join(parts)


def found_count(gathered: Gathered) -> Content:
    """How much was found, for the bar below the view: a person's statements "in" their readouts; a search's
    statements "and" the readouts whose text holds the words (some with no statement that does)."""
    joint = "in" if gathered.query.speaker else "and"
    return Content.styled(
        f"{_count(gathered.statements, 'statement')} {joint} {_count(len(gathered.found), 'readout')}", Style(bold=True)
    )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _styles(gathered: Gathered, background: str | None, dark: bool) -> SpeakerStyles:
    """A colour for each person shown, or with none asked for, for each speaker."""
    names = gathered.people or tuple(
        dict.fromkeys(s.speaker for found in gathered.found for s in found.statements if s.speaker)
    )
    return SpeakerStyles((Speaker(name, slot=slot) for slot, name in enumerate(names)), background, dark)


class ArchiveView(ReadoutView):
    BINDINGS = [Binding("enter", "open", "Open", id="archive.open")]

    first_layout_seconds = 0.02
    """The list is wanted at once, not wrapped whole: the first screens are enough
    (the rest is wrapped between keys, and a view may have 50,000 statements)."""

    @dataclass
    class Opened(Message):
        """The reader chose `statement` (or the excerpt of a text match) of the readout at `path`."""

        path: Path
        statement: Statement

    @dataclass
    class Updated(Message):
        """More was found for the query shown, and laid out as `shown` (posted by the
        view's worker to the view, then on to the app)."""

        gathered: Gathered
        shown: ArchivePage

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.gathered: Gathered | None = None
        self._asked: Query | None = None
        self._paths: tuple[str, ...] = ()
        self._back_to: tuple[int, int | None] | None = None
        """Where the reader was in the list this query made last (the line at the
        top, the statement at ▶), to go back to once it is made again."""

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self.show_hint()

    def show_hint(self) -> None:
        """Nothing asked yet: say what the view is for."""
        self.workers.cancel_group(self, "gather")
        self.gathered = self._asked = self._back_to = None
        self._paths = ()
        self.border_title = "All readouts"
        self.show(notice_page([HINT]))

    def look_for(
        self,
        query: Query,
        cache: ReadoutCache | None,
        roots: Sequence[Path],
        *,
        in_memory: Mapping[str, Readout],
        archive_size: int,
        prefer: Sequence[str] = (),
    ) -> None:
        """Look through the archive for `query`, showing what is found as it comes.
        Asked again (Ctrl+A back from the readout Enter opened), the list is made
        afresh, and shown where the reader was in it."""
        again = self.gathered is not None and self.gathered.done and self.gathered.query == query
        self._back_to = (round(self.scroll_y), self.current) if again else None
        self.gathered, self._asked = None, query
        self.border_title = Content(f"All readouts · {query}")  # the words asked are text, not markup
        self.show(notice_page([Content.styled("Looking through the archive…", LABEL_STYLE)]))
        look = (backdrop(self.visual_style.background), self.app.current_theme.dark)
        self._gather(query, cache, list(roots), dict(in_memory), archive_size, tuple(prefer), look)

    @work(thread=True, exclusive=True, group="gather", exit_on_error=False)
    def _gather(self, query, cache, roots, in_memory, archive_size, prefer, look) -> None:
        """Look, and lay out each report here too: a page of 50,000 statements is
        work the keys should not wait for."""
        worker = get_current_worker()
        for gathered in corpus_index.gather(
            cache, roots, query, in_memory=in_memory, archive_size=archive_size, prefer=prefer,
            cancelled=lambda: worker.is_cancelled,
        ):
            if worker.is_cancelled:
                return
            self.post_message(self.Updated(gathered, archive_page(gathered, _styles(gathered, *look))))

    def on_archive_view_updated(self, message: Updated) -> None:
        """Show it; the message goes on to the app (for the count in the find box)."""
        if message.gathered.query != self._asked:
            message.stop()  # from a search since replaced
            return
        more = self.gathered is not None and self.gathered.query == message.gathered.query
        self.gathered = message.gathered
        self._show(message.shown, keep_place=more)
        if message.gathered.done and self._back_to is not None:
            line, current = self._back_to
            self._back_to = None
            self.scroll_to_line(line)
            if current is not None and current < len(self.page.statements):
                self.current = current  # (on screen already: no scroll)

    def _position(self, current: int, total: int) -> str:
        """A search lists the statements with the words and the readouts whose text
        has them (no statement does): n / N go through both, so the border counts
        matches, and says which this one is ("statement 2 of 67" was a text match,
        of 25 statements)."""
        statements = self.page.statements
        if not any(statement is TEXT_MATCH for statement in statements):
            return super()._position(current, total)
        what = "in a readout's text" if statements[current] is TEXT_MATCH else "a statement"
        return f"match {current + 1:,} of {total:,} · {what}"

    def _wrap_later(self) -> None:
        """A list still growing is wrapped no further than its first screens: the
        next report replaces it, and wrapping it meanwhile would slow the search."""
        if self.gathered is None or self.gathered.done:
            super()._wrap_later()

    def _show(self, shown: ArchivePage, *, keep_place: bool) -> None:
        self._paths = shown.paths
        self.show(shown.page, keep_place=keep_place)
        self.highlight(shown.matches, None)

    def _on_theme_changed(self, theme: Theme) -> None:
        gathered = self.gathered
        if gathered is not None:
            styles = _styles(gathered, backdrop(self.visual_style.background), self.app.current_theme.dark)
            self.call_after_refresh(self._show, archive_page(gathered, styles), keep_place=True)

    def action_open(self) -> None:
        statements = self.page.statements
        if not statements:
            self.app.bell()
            return
        if self.current is None:
            self.action_next_statement()
        index = self.current
        if index is not None:
            self.post_message(self.Opened(Path(self._paths[index]), statements[index]))
