"""Text from readouts made safe to draw, without moving a single offset.

A readout, a file name or a note quoting either is untrusted text: an escape
character could drive the terminal (colours, the clipboard through OSC 52, links
through OSC 8), a bidirectional override could make it draw words in another order
than they are read, and a lone surrogate (a file name that is not UTF-8) cannot be
sent to the terminal at all. Each such character becomes one visible stand-in, so
the engine's offsets still fit: the Unicode control pictures (`␛` for escape, `␀`
for NUL, `␡` for DEL) where there is one, `�` otherwise. The loader already does
this to every document body; this is the last guard before the screen, for text
that did not come through the loader.
"""

from __future__ import annotations

import re

_OTHERS = "\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x09\x0b-\x1f{_OTHERS}]")  # a newline is safe
_UNSAFE_ON_ONE_LINE = re.compile(f"[\x00-\x1f{_OTHERS}]")


def picture(character: str) -> str:
    """The visible stand-in for one unsafe character."""
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def _safe(match: re.Match[str]) -> str:
    character = match.group()
    return " " if character == "\t" else picture(character)


def printable(text: str, keep_newlines: bool = True) -> str:
    """`text` with every control character, bidirectional control and lone
    surrogate replaced by one visible character (same length). A tab becomes a
    space; a newline stays, or with `keep_newlines=False` is shown as `␊`.

    The scan that finds nothing to replace is all an ordinary readout costs.
    """
    unsafe = _UNSAFE if keep_newlines else _UNSAFE_ON_ONE_LINE
    if unsafe.search(text) is None:
        return text
    return unsafe.sub(_safe, text)
