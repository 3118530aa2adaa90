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
    # Line by line from the top, never copying the text whole: it may be 50 MB.
    newline = text.find("\n")
    if newline == -1 or not _OPENING.fullmatch(text, 0, newline):
        return Split(None, text)
    start = newline + 1
    line = start
    while True:
        end = text.find("\n", line)
        if _CLOSING.fullmatch(text, line, len(text) if end == -1 else end):
            yaml = text[start : max(line - 1, start)]
            return Split(yaml, "" if end == -1 else text[end + 1 :])
        if end == -1:
            return Split(None, text[start:], "front matter has no closing '---': read as text")
        line = end + 1


def opens_front_matter(text: str) -> bool:
    """Whether the text starts a front matter block, even one cut off before its end."""
    newline = text.find("\n")
    return bool(_OPENING.fullmatch(text, 0, len(text) if newline == -1 else newline))
