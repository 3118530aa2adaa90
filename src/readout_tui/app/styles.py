"""Textual styles for the speakers of one readout on the current background.

The palette decides colours; this module decides how a colour is worn, so the
readout body, the statement list and the legend cannot disagree: direct quotes
bold, reported speech italic, mentions underlined, all in the speaker's colour.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from textual.color import Color
from textual.style import Style

from readout_tui import palette
from readout_tui.model import Speaker, StatementKind


class SpeakerStyle(NamedTuple):
    look: palette.Look
    direct: Style
    indirect: Style
    mention: Style
    marker: Style
    """The gutter mark beside a line that carries the speaker's statement."""
    chip: Style
    """The legend's colour chip: the speaker's number on the speaker's colour."""
    current: Style
    """Laid over the statement n/N stopped at: the tint, and the colour readable on it."""

    def statement(self, kind: StatementKind) -> Style:
        return self.direct if kind == "direct" else self.indirect


def speaker_style(look: palette.Look) -> SpeakerStyle:
    colour = Color.parse(look.colour)
    worn = Style(foreground=colour, reverse=look.reverse or None, underline2=look.double_underline or None)
    return SpeakerStyle(
        look=look,
        direct=worn + Style(bold=True),
        indirect=worn + Style(italic=True),
        mention=Style(foreground=colour, underline=True, reverse=look.reverse or None),
        marker=Style(foreground=colour, bold=True),
        chip=Style(background=colour, foreground=colour.get_contrast_text(1.0), bold=True),
        current=Style(background=Color.parse(look.tint), foreground=Color.parse(look.on_tint or look.colour)),
    )


class SpeakerStyles:
    """Styles by speaker name for one readout; None is the unattributed speaker."""

    def __init__(self, speakers: Iterable[Speaker], background: str | None, dark: bool) -> None:
        self._styles: dict[str | None, SpeakerStyle] = {
            speaker.name: speaker_style(palette.look(speaker.slot, background, dark)) for speaker in speakers
        }
        self._unattributed = speaker_style(palette.unattributed_look(background, dark))

    def __getitem__(self, name: str | None) -> SpeakerStyle:
        return self._styles.get(name, self._unattributed)


def backdrop(background: Color | None) -> str | None:
    """The background speaker colours must be readable on: a widget's, when it is
    a plain colour ('#RRGGBB'); None (no adjustment) for a transparent or ANSI one."""
    return None if background is None or background.a == 0 or background.ansi is not None else background.hex
