"""Word wrapping that keeps character offsets.

The readout view has to know which body offsets each screen line shows, to
colour statements, find the line of the next statement and mark the current
one; wrapping styled text and losing the offsets would make that guesswork.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*|\s+")


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of `text` wrapped to `width` cells.

    Lines break at spaces (the spaces stay at the end of the line they follow,
    where they are invisible), at newlines (not included), and inside words
    longer than a line. Empty text is one empty line.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    position = 0
    for hard_line in text.split("\n"):
        lines.extend(_wrap_line(hard_line, position, width))
        position += len(hard_line) + 1
    return lines


def _wrap_line(line: str, base: int, width: int) -> list[tuple[int, int]]:
    if not line:
        return [(base, base)]
    lines: list[tuple[int, int]] = []
    start = 0
    used = 0
    for match in _WORD.finditer(line):
        word = match.group()
        visible = cell_len(word.rstrip())
        if used and used + visible > width:
            lines.append((base + start, base + match.start()))
            start, used = match.start(), 0
        if visible > width:
            start, used = _fold(line, start, match.end(), width, base, lines)
            continue
        used += cell_len(word)
    lines.append((base + start, base + len(line)))
    return lines


def _fold(line: str, start: int, end: int, width: int, base: int, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut an over-long word into full lines; returns the start and width of the rest."""
    used = 0
    for index in range(start, end):
        cells = cell_len(line[index])
        if used + cells > width and not line[index].isspace():
            lines.append((base + start, base + index))
            start, used = index, 0
        used += cells
    return start, used
