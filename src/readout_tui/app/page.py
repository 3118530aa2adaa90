"""What the readout view shows, as styled blocks built from a Readout.

A page is either the whole body, paragraph by paragraph, or the statements of
the filtered speakers, one block each with its paragraph number and kind. The
view only wraps and draws blocks, so both layouts share scrolling, n/N and the
current-statement mark. Every block is built from spans over the plain text:
nothing a readout contains is ever read as markup.

The blocks of a readout page are built when they are first drawn or measured,
not all at once: a 50 MB readout has two hundred thousand paragraphs, and making
them all before the first is shown would freeze the reader for seconds. So a page
knows, cheaply and up front, only which paragraphs it shows and which statements
and mentions touch each of them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, overload

from textual.cache import LRUCache
from textual.content import Content, Span
from textual.style import Style

from readout_tui.app.printable import printable
from readout_tui.app.styles import SpeakerStyles
from readout_tui.model import KIND_LABELS, Mention, Readout, Speaker, Statement, StatementKind

PARAGRAPH_BREAK = "\n\n"
LABEL_STYLE = Style(dim=True)
BUILT_BLOCKS = 4096
"""How many built blocks a page keeps: a few screens' worth, many times over."""
FILTERED_PAGES = 16
"""How many filtered pages of a readout are kept, for filters used again."""
_NON_SPACE = re.compile(r"\S")


class Mark(NamedTuple):
    """Where a statement lies inside a block (offsets into the block's text)."""

    start: int
    end: int
    statement: int
    """Index into `Page.statements`."""
    kind: StatementKind
    style: Style
    """The gutter mark's style."""
    current: Style
    """Laid over the statement while it is the current one."""


class Block(NamedTuple):
    text: Content
    label: Content = Content()
    """Shown in the gutter beside the block's first line."""
    marks: tuple[Mark, ...] = ()


class LazyBlocks(Sequence[Block]):
    """`count` blocks, each built by `build(index)` when first wanted and kept while
    it is among the most recently wanted; `plain(index)` is a block's text, without
    building the block, for laying the page out."""

    def __init__(self, count: int, build: Callable[[int], Block], plain: Callable[[int], str]) -> None:
        self._count = count
        self._build = build
        self.plain = plain
        self._built: LRUCache[int, Block] = LRUCache(BUILT_BLOCKS)

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Block]: ...

    def __getitem__(self, index: int | slice) -> Block | Sequence[Block]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        block = self._built.get(index)
        if block is None:
            block = self._built[index] = self._build(index)
        return block

    def __iter__(self) -> Iterator[Block]:
        return (self[index] for index in range(self._count))


@dataclass(frozen=True)
class Page:
    blocks: Sequence[Block] = ()
    statements: tuple[Statement, ...] = ()
    """The statements n/N step through, in reading order."""
    label_width: int = 0
    first_blocks: Callable[[], list[int]] | None = field(default=None, compare=False, repr=False)
    """For a page of lazy blocks: the first block showing each statement (-1: none),
    worked out without building every block (else `locate` builds them all)."""

    def text_of(self, block: int) -> str:
        """The plain text of block `block`, without building it if it is lazy."""
        if isinstance(self.blocks, LazyBlocks):
            return self.blocks.plain(block)
        return self.blocks[block].text.plain

    def locate(self, statement: int) -> tuple[int, Mark] | None:
        """The first block showing statement `statement`, and its mark there."""
        if self.first_blocks is None:
            return self._locations.get(statement)
        if not 0 <= statement < len(self._first_blocks) or (block := self._first_blocks[statement]) < 0:
            return None
        return block, next(mark for mark in self.blocks[block].marks if mark.statement == statement)

    def first_statement_from(self, block: int) -> int | None:
        """The first statement that starts in block `block` or after it."""
        index = bisect_left(self._starts, (block, -1))
        return self._starts[index][1] if index < len(self._starts) else None

    def last_statement_before(self, block: int) -> int | None:
        """The last statement that starts before block `block`."""
        index = bisect_left(self._starts, (block, -1)) - 1
        return self._starts[index][1] if index >= 0 else None

    @cached_property
    def _first_blocks(self) -> list[int]:
        assert self.first_blocks is not None
        return self.first_blocks()

    @cached_property
    def _locations(self) -> dict[int, tuple[int, Mark]]:
        locations: dict[int, tuple[int, Mark]] = {}
        for index, block in enumerate(self.blocks):
            for mark in block.marks:
                locations.setdefault(mark.statement, (index, mark))
        return locations

    @cached_property
    def _starts(self) -> list[tuple[int, int]]:
        """(block, statement) for every statement shown, in reading order."""
        if self.first_blocks is None:
            return sorted((block, statement) for statement, (block, _) in self._locations.items())
        return sorted((block, statement) for statement, block in enumerate(self._first_blocks) if block >= 0)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `body`, numbered like `Statement.paragraph`."""
    spans: list[tuple[int, int]] = []
    start = 0
    while (end := body.find(PARAGRAPH_BREAK, start)) != -1:
        spans.append((start, end))
        start = end + len(PARAGRAPH_BREAK)
    spans.append((start, len(body)))
    return spans


class Pages:
    """The pages of one readout in one set of styles, each made once.

    What every page of the readout needs (the printable body, the statements and
    mentions in order) is worked out once, and a page asked for again is the very
    page made before. The view keeps the wrapped lines of the pages it showed, so a
    speaker filter turned on, off and on again is drawn without building or
    wrapping anything a second time."""

    def __init__(self, readout: Readout, styles: SpeakerStyles) -> None:
        self.readout = readout
        self.styles = styles
        self._full: Page | None = None
        self._filtered: LRUCache[frozenset[str], Page] = LRUCache(FILTERED_PAGES)

    @cached_property
    def _body(self) -> str:
        return printable(self.readout.document.body)

    @cached_property
    def _statements(self) -> tuple[Statement, ...]:
        return tuple(sorted(self.readout.attribution.statements, key=lambda s: (s.start, s.end)))

    @cached_property
    def _mentions(self) -> list[Mention]:
        return sorted(self.readout.attribution.mentions, key=lambda m: m.start)

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [mention.start for mention in self._mentions]

    def full(self) -> Page:
        """The whole body: every statement in its speaker's style, mentions underlined.
        One block per paragraph that is not blank, built when it is first wanted."""
        if self._full is None:
            self._full = self._full_page()
        return self._full

    def filtered(self, speakers: Iterable[Speaker]) -> Page:
        """Only the statements of `speakers`, each labelled with its paragraph and kind."""
        names = frozenset(speaker.name for speaker in speakers)
        page = self._filtered.get(names)
        if page is None:
            page = self._filtered[names] = self._filtered_page(names)
        return page

    def _full_page(self) -> Page:
        body, statements, mentions, styles = self._body, self._statements, self._mentions, self.styles
        bounds = paragraphs(body)
        shown = [
            number
            for number, (start, end) in enumerate(bounds)
            if (start < end and not body[start].isspace()) or _NON_SPACE.search(body, start, end)
        ]
        in_statements = _Overlaps([(statement.start, statement.end) for statement in statements], bounds)
        in_mentions = _Overlaps([(mention.start, mention.end) for mention in mentions], bounds)
        label_width = len(f"¶{len(bounds)}") + 1

        def plain(index: int) -> str:
            start, end = bounds[shown[index]]
            return body[start:end]

        def build(index: int) -> Block:
            number = shown[index]
            start, end = bounds[number]
            touching = in_statements.touching(number)
            # Statement spans before mention spans where they start together, so that a
            # mention's colour wins inside another speaker's statement.
            ranges = sorted(
                [(statements[i].start, 0, i) for i in touching if statements[i].end > statements[i].start]
                + [(mentions[i].start, 1, i) for i in in_mentions.touching(number) if mentions[i].end > mentions[i].start]
            )
            spans = [_span(statements[i] if group == 0 else mentions[i], styles, start, end) for _, group, i in ranges]
            marks = tuple(
                _mark(i, statements[i], styles, max(statements[i].start, start) - start, min(statements[i].end, end) - start)
                for i in touching
            )
            label = Content.styled(f"¶{number + 1}".rjust(label_width - 1), LABEL_STYLE)
            return Block(Content(body[start:end], spans, strip_control_codes=False), label, marks)

        def first_blocks() -> list[int]:
            block_of = [-1] * len(bounds)
            for index, number in enumerate(shown):
                block_of[number] = index
            return [
                next((block_of[number] for number in in_statements.paragraphs(index) if block_of[number] >= 0), -1)
                for index in range(len(statements))
            ]

        return Page(LazyBlocks(len(shown), build, plain), statements, label_width, first_blocks)

    def _filtered_page(self, names: frozenset[str]) -> Page:
        body, mentions, mention_starts, styles = self._body, self._mentions, self._mention_starts, self.styles
        statements = tuple(s for s in self._statements if s.speaker in names)
        digits = max((len(str(s.paragraph)) for s in statements), default=1)
        kind_width = max(len(label) for label in KIND_LABELS.values())
        label_width = 1 + digits + 1 + kind_width + 1

        def in_body(statement: Statement) -> bool:
            return 0 <= statement.start < statement.end <= len(body)

        def plain(index: int) -> str:
            statement = statements[index]
            return body[statement.start : statement.end] if in_body(statement) else printable(statement.text)

        def build(index: int) -> Block:
            statement = statements[index]
            text = plain(index)
            style = styles[statement.speaker]
            spans = [Span(0, len(text), style.statement(statement.kind))]
            if in_body(statement):
                # The mentions inside the statement: those that start in it, in order.
                number = bisect_left(mention_starts, statement.start)
                while number < len(mentions) and mentions[number].start < statement.end:
                    mention = mentions[number]
                    if mention.start < mention.end <= statement.end:
                        spans.append(
                            Span(mention.start - statement.start, mention.end - statement.start, styles[mention.speaker].mention)
                        )
                    number += 1
            label = Content.assemble(
                (f"¶{statement.paragraph}".rjust(digits + 1) + " ", LABEL_STYLE),
                (KIND_LABELS[statement.kind].ljust(kind_width), style.marker),
            )
            return Block(Content(text, spans, strip_control_codes=False), label, (_mark(index, statement, styles, 0, len(text)),))

        return Page(LazyBlocks(len(statements), build, plain), statements, label_width, lambda: list(range(len(statements))))


def _span(said: Statement | Mention, styles: SpeakerStyles, start: int, end: int) -> Span:
    """The style of a statement or mention, over the part of it in start..end."""
    style = styles[said.speaker]
    look = style.statement(said.kind) if isinstance(said, Statement) else style.mention
    return Span(max(said.start, start) - start, min(said.end, end) - start, look)


def notice_page(lines: Iterable[Content | str]) -> Page:
    """A page of plain messages (a load error, an empty folder), one block per line."""
    return Page(tuple(Block(line if isinstance(line, Content) else Content(printable(line))) for line in lines))


class _Overlaps:
    """Which of many ranges (statements, or styled spans) touch each paragraph, for
    building one paragraph's block without looking at every range. Nearly every
    range lies inside one paragraph and is found by its start; the few that do not
    (they cross a paragraph break, or an engine gave offsets outside the body) are
    listed under every paragraph they touch."""

    def __init__(self, ranges: Sequence[tuple[int, int]], bounds: Sequence[tuple[int, int]]) -> None:
        self.ranges = ranges
        self.bounds = bounds
        self.starts = [start for start, _ in ranges]  # sorted: the ranges come sorted by start
        self.crossing: dict[int, list[int]] = {}  # paragraph -> ranges not inside one paragraph
        self.crossers: set[int] = set()
        self.paragraph_starts = [start for start, _ in bounds]
        for index, (start, end) in enumerate(ranges):
            number = bisect_right(self.paragraph_starts, start) - 1
            if number < 0 or end > bounds[number][1]:
                self.crossers.add(index)
                for touched, _, _ in _touched(bounds, start, end):
                    self.crossing.setdefault(touched, []).append(index)

    def touching(self, number: int) -> list[int]:
        """The indices, in order, of the ranges that touch paragraph `number`."""
        start, end = self.bounds[number]
        inside = [
            index
            for index in range(bisect_left(self.starts, start), bisect_left(self.starts, end))
            if start < self.ranges[index][1] <= end
        ]
        return sorted(inside + self.crossing.get(number, [])) if number in self.crossing else inside

    def paragraphs(self, index: int) -> Iterable[int]:
        """The paragraphs range `index` touches, in order."""
        start, end = self.ranges[index]
        if index in self.crossers:
            return [number for number, _, _ in _touched(self.bounds, start, end)]
        number = bisect_right(self.paragraph_starts, start) - 1
        return (number,) if self.bounds[number][0] < end and self.bounds[number][1] > start else ()


def _touched(bounds: Sequence[tuple[int, int]], start: int, end: int) -> Iterable[tuple[int, int, int]]:
    """(index, start, end) of each paragraph that the range start..end overlaps."""
    index = max(bisect_right(bounds, (start, math.inf)) - 1, 0)
    while index < len(bounds) and bounds[index][0] < end:
        if bounds[index][1] > start:
            yield index, *bounds[index]
        index += 1


def _mark(index: int, statement: Statement, styles: SpeakerStyles, start: int, end: int) -> Mark:
    style = styles[statement.speaker]
    return Mark(start, end, index, statement.kind, style.marker, style.current)
