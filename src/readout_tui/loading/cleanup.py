"""Character-level clean-up and page debris, shared by every format.

The body is data shown in a terminal and measured by an attribution engine: escape
sequences must never reach the screen, invisible characters must not shift offsets
between what is shown and what is matched, and scraped page furniture (photo counters,
end marks) must not be read as sentences. Wording itself is never touched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SECTION_BREAK = "* * *"
"""The one spelling of a section break in a body, whatever the source wrote.

Kremlin transcripts put `* * *` between the news item and the speech: the reader keeps
it as a paragraph of its own so the two parts stay visibly apart, and it carries no
words, so the engine finds no statement in it.
"""

# Line ends of every platform, and the controls that only ever meant "new line" (a
# vertical tab is Word's line break, a form feed an old archive's page break, NEL an
# EBCDIC newline): all become a plain newline, so none is shown as a symbol.
_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x85\u2028]")
# C0 and C1 controls (bar tab, newline and carriage return, which are whitespace to
# every later step), DEL, and lone surrogates (which no terminal can be sent).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
# Bidirectional embeddings, overrides and isolates: they make a terminal that honours
# them draw the words in another order than they are read (the "Trojan Source" trick),
# so they go, with a note.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Zero-width characters, soft hyphens, byte order marks and directional marks:
# invisible, so removing them changes no wording, and left in they would make text
# that looks the same compare different.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u2060-\u2064\ufeff]")
_CHUNK = 1 << 20


def control_picture(character: str) -> str:
    """The one visible character shown in place of a control character: the Unicode
    control pictures (`\\x1b` is ␛, NUL ␀, DEL ␡), or � where there is none (C1
    controls, lone surrogates)."""
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


@dataclass(frozen=True)
class Scrubbed:
    """What cleaning a text changed, for the document's notes."""

    controls: int = 0  # control characters shown as control pictures
    bidi: int = 0  # bidirectional controls removed
    pictures: frozenset[str] = frozenset()  # which pictures were used

    def __add__(self, other: Scrubbed) -> Scrubbed:
        return Scrubbed(self.controls + other.controls, self.bidi + other.bidi, self.pictures | other.pictures)

    def notes(self) -> tuple[str, ...]:
        notes = []
        if self.controls:
            shown = " ".join(sorted(self.pictures)[:8])
            notes.append(f"{self.controls} control character(s) shown as visible symbols: {shown}")
        if self.bidi:
            notes.append(f"removed {self.bidi} bidirectional control character(s) that could reorder the text on screen")
        return tuple(notes)


def normalise(text: str) -> tuple[str, Scrubbed]:
    """Unify newlines, make control characters visible and remove invisible ones,
    over a whole text. Returns the text and what was changed, for notes.

    A long text is done a megabyte at a time, cut after a newline (so no `\\r\\n` is
    cut in two): a regular expression holds the interpreter lock until it has
    scanned its whole string, and a reader opening a 50 MB readout in a worker
    thread must keep answering keys meanwhile.
    """
    if len(text) <= _CHUNK:
        return _normalise(text)
    pieces: list[str] = []
    scrubbed = Scrubbed()
    start = 0
    while start < len(text):
        end = text.find("\n", start + _CHUNK)
        end = len(text) if end == -1 else end + 1
        piece, found = _normalise(text[start:end])
        pieces.append(piece)
        scrubbed += found
        start = end
    return "".join(pieces), scrubbed


def _normalise(text: str) -> tuple[str, Scrubbed]:
    return scrub(_NEWLINES.sub("\n", text).replace("\u2029", "\n\n"))


def scrub(text: str) -> tuple[str, Scrubbed]:
    """Each control character replaced by its picture (one for one, so that a count
    of characters stays true), bidirectional controls and invisible characters gone.
    Every step is a scan that finds nothing in an ordinary readout."""
    pictures: set[str] = set()

    def picture(match: re.Match[str]) -> str:
        shown = control_picture(match.group())
        pictures.add(shown)
        return shown

    text, controls = _CONTROLS.subn(picture, text)
    text, bidi = _BIDI.subn("", text)
    return _INVISIBLE.sub("", text), Scrubbed(controls, bidi, frozenset(pictures))


def tidy(text: str) -> str:
    """One paragraph or title: scrubbed, every run of spaces (hard-wrap newlines and
    non-breaking spaces included) made a single plain space, ends trimmed."""
    return squeeze(scrub(text)[0])


def squeeze(text: str) -> str:
    """Every run of whitespace a single plain space, ends trimmed (`str.split` and
    `\\s` agree on what whitespace is, and the split is ten times faster)."""
    return " ".join(text.split())


def is_blank(line: str) -> bool:
    """Blank even when it holds only non-breaking spaces, as scraped spacer lines do."""
    return not line.strip()


# A line holding only a photo counter from a gallery widget: `  • 1`, `• 12`.
_PHOTO_COUNTER = re.compile(r"\s*•\s*\d{1,3}\s*")
# Press-release end marks: `###`, `# # #`, and Markdown's escaped `\###`.
_END_MARK = re.compile(r"\s*(?:\\?#\s*){3}")
_SECTION_BREAK_LINE = re.compile(r"\s*\*(?:\s*\*){2,}\s*")
_TRAILING_END_MARK = re.compile(r"\s+\\?#\s*#\s*#\s*$")


def is_debris(line: str) -> bool:
    # The membership tests are for speed: a 50 MB readout has a million lines.
    return ("•" in line and bool(_PHOTO_COUNTER.fullmatch(line))) or (
        "#" in line and bool(_END_MARK.fullmatch(line))
    )


def is_section_break(line: str) -> bool:
    return "*" in line and bool(_SECTION_BREAK_LINE.fullmatch(line))


def strip_end_mark(text: str) -> str:
    """A last paragraph that runs into its end mark: `… bilateral ties. ###`."""
    return _TRAILING_END_MARK.sub("", text)
