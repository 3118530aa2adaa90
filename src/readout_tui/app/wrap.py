"""Word wrapping that keeps character offsets.

The readout view has to know which body offsets each screen line shows, to
colour statements, find the line of the next statement and mark the current
one; wrapping styled text and losing the offsets would make that guesswork.
"""

from __future__ import annotations

import re
from functools import cache

from rich.cells import cell_len, get_character_cell_size

_WORD = re.compile(r"\S+\s*|\s+")
_NON_SPACE = re.compile(r"[^ ]")
# Where to look for characters one cell wide: Latin, Greek, Cyrillic, and the
# punctuation readouts are full of (curly quotes, dashes, ellipses).
_NARROW_RANGES = ((0x21, 0x7E), (0xA1, 0x2FF), (0x370, 0x52F), (0x2010, 0x2027), (0x2030, 0x205E), (0x20A0, 0x20C0))


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of `text` wrapped to `width` cells.

    Lines break at spaces (the spaces stay at the end of the line they follow,
    where they are invisible), at newlines (not included), and inside words
    longer than a line. Empty text is one empty line.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    position = 0
    narrow = _narrow()
    for hard_line in text.split("\n"):
        if not hard_line:
            lines.append((position, position))
        elif narrow.issuperset(hard_line):
            lines.extend(_wrap_narrow(hard_line, position, width))
        else:
            lines.extend(_wrap_words(hard_line, position, width))
        position += len(hard_line) + 1
    return lines


@cache
def _narrow() -> frozenset[str]:
    """Characters one cell wide (by the measure the screen uses), and the plain
    space: the only space a tidied readout has."""
    return frozenset(
        character
        for low, high in _NARROW_RANGES
        for character in map(chr, range(low, high + 1))
        if not character.isspace() and get_character_cell_size(character) == 1
    ) | {" "}


def _wrap_narrow(line: str, base: int, width: int) -> list[tuple[int, int]]:
    """`_wrap_words` for a line whose every character is one cell wide and whose
    only space is " ": a line's text is then as long as it is wide, so each line
    is found by looking at the character just past the width, not word by word
    (ten times faster, which makes a 200 KB page wrap within a frame)."""
    lines: list[tuple[int, int]] = []
    length = len(line)
    start = 0
    while start + width < length:
        limit = start + width
        if line[limit] == " ":
            # Everything up to the limit fits; the next line starts at the next word.
            following = _NON_SPACE.search(line, limit)
            if following is None:
                break  # only spaces left: they stay at the end of this line
            lines.append((base + start, base + following.start()))
            start = following.start()
            continue
        space = line.rfind(" ", start, limit)
        if space >= 0:
            # The word across the limit starts the next line.
            lines.append((base + start, base + space + 1))
            start = space + 1
            continue
        # A word longer than the line: cut into full lines, its rest starts the next.
        word_end = line.find(" ", start)
        word_end = length if word_end < 0 else word_end
        while start + width < word_end:
            lines.append((base + start, base + start + width))
            start += width
    lines.append((base + start, base + length))
    return lines


def _wrap_words(line: str, base: int, width: int) -> list[tuple[int, int]]:
    """Wrap one line of any characters, measuring word by word."""
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
