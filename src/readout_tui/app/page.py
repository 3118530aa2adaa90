"""What the readout view shows, as styled blocks built from a Readout.

A page is either the whole body, paragraph by paragraph, or the statements of
the filtered speakers, one block each with its paragraph number and kind. The
view only wraps and draws blocks, so both layouts share scrolling, n/N and the
current-statement mark. Every block is built from spans over the plain text:
nothing a readout contains is ever read as markup.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from textual.content import Content, Span
from textual.style import Style

from readout_tui.app.printable import printable
from readout_tui.app.styles import SpeakerStyles
from readout_tui.model import Readout, Speaker, Statement, StatementKind

PARAGRAPH_BREAK = "\n\n"
KIND_LABELS: dict[str, str] = {"direct": "direct", "indirect": "reported"}
LABEL_STYLE = Style(dim=True)


@dataclass(frozen=True)
class Mark:
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


@dataclass(frozen=True)
class Block:
    text: Content
    label: Content = field(default_factory=Content)
    """Shown in the gutter beside the block's first line."""
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...] = ()
    statements: tuple[Statement, ...] = ()
    """The statements n/N step through, in reading order."""
    label_width: int = 0

    def locate(self, statement: int) -> tuple[int, Mark] | None:
        """The first block showing statement `statement`, and its mark there."""
        return self._locations.get(statement)

    def first_statement_from(self, block: int) -> int | None:
        """The first statement that starts in block `block` or after it."""
        index = bisect_left(self._starts, (block, -1))
        return self._starts[index][1] if index < len(self._starts) else None

    def last_statement_before(self, block: int) -> int | None:
        """The last statement that starts before block `block`."""
        index = bisect_left(self._starts, (block, -1)) - 1
        return self._starts[index][1] if index >= 0 else None

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
        return sorted((block, statement) for statement, (block, _) in self._locations.items())


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `body`, numbered like `Statement.paragraph`."""
    spans: list[tuple[int, int]] = []
    start = 0
    while (end := body.find(PARAGRAPH_BREAK, start)) != -1:
        spans.append((start, end))
        start = end + len(PARAGRAPH_BREAK)
    spans.append((start, len(body)))
    return spans


def full_page(readout: Readout, styles: SpeakerStyles) -> Page:
    """The whole body: every statement in its speaker's style, mentions underlined."""
    body = printable(readout.document.body)
    statements = tuple(sorted(readout.attribution.statements, key=lambda s: (s.start, s.end)))
    bounds = paragraphs(body)
    spans: list[list[Span]] = [[] for _ in bounds]
    marks: list[list[Mark]] = [[] for _ in bounds]
    for span in _body_spans(readout, statements, styles):
        for number, start, end in _touched(bounds, span.start, span.end):
            spans[number].append(Span(max(span.start, start) - start, min(span.end, end) - start, span.style))
    for index, statement in enumerate(statements):
        for number, start, end in _touched(bounds, statement.start, statement.end):
            marks[number].append(
                _mark(index, statement, styles, max(statement.start, start) - start, min(statement.end, end) - start)
            )
    label_width = len(f"¶{len(bounds)}") + 1
    blocks = tuple(
        Block(
            Content(body[start:end], spans[number], strip_control_codes=False),
            Content.styled(f"¶{number + 1}".rjust(label_width - 1), LABEL_STYLE),
            tuple(marks[number]),
        )
        for number, (start, end) in enumerate(bounds)
        if body[start:end].strip()
    )
    return Page(blocks, statements, label_width)


def filtered_page(readout: Readout, speakers: Sequence[Speaker], styles: SpeakerStyles) -> Page:
    """Only the statements of `speakers`, each labelled with its paragraph and kind."""
    names = {speaker.name for speaker in speakers}
    statements = tuple(
        sorted((s for s in readout.attribution.statements if s.speaker in names), key=lambda s: (s.start, s.end))
    )
    body = printable(readout.document.body)
    mentions = sorted(readout.attribution.mentions, key=lambda m: m.start)
    digits = max((len(str(s.paragraph)) for s in statements), default=1)
    kind_width = max(len(label) for label in KIND_LABELS.values())
    label_width = 1 + digits + 1 + kind_width + 1
    blocks: list[Block] = []
    for index, statement in enumerate(statements):
        in_body = 0 <= statement.start < statement.end <= len(body)
        text = body[statement.start : statement.end] if in_body else printable(statement.text)
        style = styles[statement.speaker]
        spans = [Span(0, len(text), style.statement(statement.kind))]
        if in_body:
            spans.extend(
                Span(m.start - statement.start, m.end - statement.start, styles[m.speaker].mention)
                for m in mentions
                if statement.start <= m.start < m.end <= statement.end
            )
        label = Content.assemble(
            (f"¶{statement.paragraph}".rjust(digits + 1) + " ", LABEL_STYLE),
            (KIND_LABELS[statement.kind].ljust(kind_width), style.marker),
        )
        blocks.append(
            Block(
                Content(text, spans, strip_control_codes=False), label, (_mark(index, statement, styles, 0, len(text)),)
            )
        )
    return Page(tuple(blocks), statements, label_width)


def notice_page(lines: Iterable[Content | str]) -> Page:
    """A page of plain messages (a load error, an empty folder), one block per line."""
    return Page(tuple(Block(line if isinstance(line, Content) else Content(printable(line))) for line in lines))


def _body_spans(readout: Readout, statements: Sequence[Statement], styles: SpeakerStyles) -> list[Span]:
    """Statement spans first, mention spans after, so a mention's colour wins
    inside another speaker's statement; sorted by start for slicing by paragraph."""
    spans = [Span(s.start, s.end, styles[s.speaker].statement(s.kind)) for s in statements]
    spans.extend(Span(m.start, m.end, styles[m.speaker].mention) for m in readout.attribution.mentions)
    return sorted((span for span in spans if span.end > span.start), key=lambda span: span.start)


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
