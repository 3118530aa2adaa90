"""Character-level clean-up and page debris, shared by every format.

The body is data shown in a terminal and measured by an attribution engine: escape
sequences must never reach the screen, invisible characters must not shift offsets
between what is shown and what is matched, and scraped page furniture (photo counters,
end marks) must not be read as sentences. Wording itself is never touched.
"""
from __future__ import annotations

import re

SECTION_BREAK = "* * *"
"""The one spelling of a section break in a body, whatever the source wrote.

Kremlin transcripts put `* * *` between the news item and the speech: the reader keeps
it as a paragraph of its own so the two parts stay visibly apart, and it carries no
words, so the engine finds no statement in it.
"""

_NEWLINES = re.compile(r"\r\n?|\u2028")
# C0 and C1 controls (bar tab and newline), DEL, and lone surrogates (which cannot be
# encoded for display).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Zero-width characters, soft hyphens, byte order marks and bidirectional overrides:
# invisible, so removing them changes no wording, and left in they would make text
# that looks the same compare different.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_WHITESPACE = re.compile(r"\s+")

# A line holding only a photo counter from a gallery widget: `  • 1`, `• 12`.
_PHOTO_COUNTER = re.compile(r"\s*•\s*\d{1,3}\s*")
# Press-release end marks: `###`, `# # #`, and Markdown's escaped `\###`.
_END_MARK = re.compile(r"\s*(?:\\?#\s*){3}")
_SECTION_BREAK_LINE = re.compile(r"\s*\*(?:\s*\*){2,}\s*")
_TRAILING_END_MARK = re.compile(r"\s+\\?#\s*#\s*#\s*$")


def normalise(text: str) -> tuple[str, int]:
    """Unify newlines and remove invisible and control characters from a whole text.

    Returns the text and how many control characters were removed, for a note.
    """
    text = _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")
    return scrub(text)


def scrub(text: str) -> tuple[str, int]:
    text, removed = _CONTROLS.subn("", text)
    return _INVISIBLE.sub("", text), removed


def tidy(text: str) -> tuple[str, int]:
    """One paragraph or title: scrubbed, every run of spaces (hard-wrap newlines and
    non-breaking spaces included) made a single plain space, ends trimmed."""
    text, removed = scrub(text)
    return _WHITESPACE.sub(" ", text).strip(), removed


def is_blank(line: str) -> bool:
    """Blank even when it holds only non-breaking spaces, as scraped spacer lines do."""
    return not line.strip()


def is_debris(line: str) -> bool:
    return bool(_PHOTO_COUNTER.fullmatch(line) or _END_MARK.fullmatch(line))


def is_section_break(line: str) -> bool:
    return bool(_SECTION_BREAK_LINE.fullmatch(line))


def strip_end_mark(text: str) -> str:
    """A last paragraph that runs into its end mark: `… bilateral ties. ###`."""
    return _TRAILING_END_MARK.sub("", text)
