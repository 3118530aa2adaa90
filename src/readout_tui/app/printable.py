"""Text from readouts made safe to draw, without moving a single offset.

A readout is untrusted text: an escape character could drive the terminal, and
tabs or carriage returns would make cells disagree with characters. Each such
character becomes one visible stand-in, so the engine's offsets still fit.
"""

from __future__ import annotations

_CONTROLS = {code: " " for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)) if code != 0x0A}


def printable(text: str, keep_newlines: bool = True) -> str:
    """`text` with every control character replaced by a space (same length)."""
    cleaned = text.translate(_CONTROLS)
    return cleaned if keep_newlines else cleaned.replace("\n", " ")
