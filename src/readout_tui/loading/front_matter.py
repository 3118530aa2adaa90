"""Front matter: a YAML block between `---` lines at the very top of a file.

Any format may carry it (scrapers put it on Markdown, people copy the habit to plain
text), so it is split off before the body is read as Markdown or text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPENING = re.compile(r"---[ \t]*")
_CLOSING = re.compile(r"(?:---|\.\.\.)[ \t]*")


@dataclass(frozen=True)
class Split:
    yaml: str | None  # None: the text has no front matter
    body: str
    problem: str | None = None


def split_front_matter(text: str) -> Split:
    first, newline, rest = text.partition("\n")
    if not newline or not _OPENING.fullmatch(first):
        return Split(None, text)
    lines = rest.split("\n")
    for index, line in enumerate(lines):
        if _CLOSING.fullmatch(line):
            return Split("\n".join(lines[:index]), "\n".join(lines[index + 1:]))
    return Split(None, rest, "front matter has no closing '---': read as text")


def opens_front_matter(text: str) -> bool:
    """Whether the text starts a front matter block, even one cut off before its end."""
    return bool(_OPENING.fullmatch(text.partition("\n")[0]))
