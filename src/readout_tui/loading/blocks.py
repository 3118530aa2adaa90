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
    block of its own, and a bulleted line starts a new paragraph."""
    blocks: list[Block] = []
    current: list[str] = []

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
                close()
            current.append(line)
    close()
    return blocks
