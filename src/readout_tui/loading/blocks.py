"""Paragraph blocks: the shape every format is reduced to before it becomes a body.

A block keeps its source lines rather than joined text because a plain-text title is
the first *line*, not the first paragraph, and because Markdown inline syntax (a link,
an emphasis) may run across a hard wrap and can only be read once the lines are joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Literal

from .cleanup import is_blank, is_section_break

BlockKind = Literal["text", "heading", "break", "verbatim"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    lines: tuple[str, ...] = ()


BREAK = Block("break")

# A bulleted line of plain text: the bullet is the writer's wording, but the line is
# an item of its own, not a wrapped piece of the line before.
_BULLETED = re.compile(r"\s*[-•*]\s+\S")


def plain_blocks(lines: Iterable[str]) -> list[Block]:
    """Paragraphs of plain text: blank lines separate them; a section-break line is a
    block of its own, and a bulleted line starts a new paragraph, as does a line
    after one that ends a sentence where the text is not hard-wrapped there (a page
    copied a paragraph a line, with no blank lines: `_lines_as_paragraphs`)."""
    blocks: list[Block] = []
    current: list[str] = []
    cut_at_dash: set[int] = set()  # blocks that a "- " line opened inside a paragraph

    def close() -> None:
        if current:
            blocks.append(Block("text", tuple(current)))
            current.clear()

    for line in lines:
        if is_blank(line):
            close()
        elif is_section_break(line):
            close()
            blocks.append(BREAK)
        else:
            if _BULLETED.match(line):
                if current and _DASHED.match(line):
                    cut_at_dash.add(len(blocks) + 1)
                close()
            current.append(line)
    close()
    return _lines_as_paragraphs(_dashes_wrapped(blocks, cut_at_dash) if cut_at_dash else blocks)


_DASHED = re.compile(r"\s*-\s+\S")


def _dashes_wrapped(blocks: list[Block], cut_at_dash: set[int]) -> list[Block]:
    """Blocks a "- " line opened put back where the dash is the writer's, wrapped to
    the start of a line: the text is hard-wrapped, the dash would not have fitted
    on the line before (which ends in a word or a comma, in a paragraph that is no
    list), so "… we all see" / "- and heard today, …" is one sentence. A list
    under a line that leaves room ("The instructions include" / "- to …") stays."""
    width = wrap_width(blocks)
    if width is None:
        return blocks
    out: list[Block] = []
    for k, block in enumerate(blocks):
        before = out[-1] if out else None
        if (k in cut_at_dash and before is not None and not _BULLETED.match(before.lines[0])
                and _ends_mid_sentence(before.lines[-1]) and wrapped_at(width, before.lines[-1], block.lines[0])):
            out[-1] = Block("text", before.lines + block.lines)
        else:
            out.append(block)
    return out


def _ends_mid_sentence(line: str) -> bool:
    """The line stops mid-sentence: in a word, a figure or a comma."""
    end = line.rstrip()[-1:]
    return end.isalnum() or end == ","


def _lines_as_paragraphs(blocks: list[Block]) -> list[Block]:
    """Blocks cut where a line break is the writer's, not a wrap. In a text of
    which a quarter of the lines inside paragraphs are too long to have been
    wrapped (a page copied a paragraph a line), every line is a paragraph (a
    heading, a speaker's label, a speech) unless it runs on into the next
    (`_runs_on`). Otherwise a block is cut after a line that ends a sentence,
    unless the text is hard-wrapped (`wrap_width`) and the next line's first
    word would not have fitted on it; so is a block after a numbered heading
    (`_numbered_heading`) on a line of its own."""
    if all(len(block.lines) < 2 for block in blocks):
        return blocks  # (most files: a blank line after every paragraph)
    width = wrap_width(blocks)
    breaks = [a for block in blocks if block.kind == "text" for a in block.lines[:-1]]
    every_line = width is None and sum(len(line) > _UNWRAPPED for line in breaks) * 4 >= len(breaks)
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        start = 0
        for k in range(1, len(lines) if block.kind == "text" else 0):
            if (every_line and not _runs_on(lines[k - 1], lines[k])) or (
                    (lines[k - 1].rstrip().endswith(_SENTENCE_ENDS) or _numbered_heading(lines[k - 1], lines[k]))
                    and not wrapped_at(width, lines[k - 1], lines[k])):
                out.append(Block("text", lines[start:k]))
                start = k
        out.append(Block("text", lines[start:]) if start else block)
    return out


_NUMBERED_HEADING = re.compile(r"\d{1,2}[.)] +[A-Z][^.!?:;,]*[A-Za-z]\s*$")
"""A numbered heading's line: one or two digits, a stop or a bracket, capitalised words with no sentence's mark."""
_HEADING_LONGEST = 80
"""The longest line read as a numbered heading (`_numbered_heading`)."""


def _numbered_heading(line: str, after: str) -> bool:
    """A short numbered heading with no full stop at its end ("3. Energy policy and
    security") over a line that opens with a capital: the heading of the paragraph
    below it, not its first words."""
    return (line[:1].isdigit() and len(line) <= _HEADING_LONGEST and after.lstrip()[:1].isupper()
            and _NUMBERED_HEADING.match(line) is not None)


def _runs_on(line: str, after: str) -> bool:
    """A sentence broken across two lines by the page it was copied from: the line
    ends in a word or a comma and the next one opens with a small letter or a
    figure ("… in Tokyo in September" / "2022.")."""
    start = after.lstrip()[:1]
    return _ends_mid_sentence(line) and (start.islower() or start.isdigit())


def wrap_width(blocks: list[Block]) -> int | None:
    """The width a hard-wrapped text was wrapped at (at least, its longest line
    that another line follows in its paragraph: a title left unwrapped does not
    count), or None when fewer than nine in ten of its line breaks inside a
    paragraph are wraps at it. (A break after a line that ends a sentence may be
    a paragraph's end: such breaks are not counted.)"""
    width = max((len(line.rstrip()) for block in blocks if block.kind == "text" for line in block.lines[:-1]),
                default=0)
    pairs = [wrapped_at(width, a, b) for block in blocks if block.kind == "text"
             for a, b in zip(block.lines, block.lines[1:]) if not a.rstrip().endswith(_SENTENCE_ENDS)]
    return width if len(pairs) >= 2 and sum(pairs) >= 0.9 * len(pairs) else None


def wrapped_at(width: int | None, line: str, after: str) -> bool:
    """`after` starts on a line of its own because its first word would not have
    fitted on `line` within `width`."""
    words = after.split()
    return width is not None and bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width


_UNWRAPPED = 100
"""A line longer than this was not hard-wrapped (text is wrapped at 60 to 80
columns, at most 100)."""
_SENTENCE_ENDS = (".", "!", "?", ".”", '."', ".’", "!”", "?”", "…")
