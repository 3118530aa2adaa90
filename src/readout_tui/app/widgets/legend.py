"""Who speaks in the open readout: one chip per speaker, in the speaker's colour.

The chip's number is the key that filters to that speaker (1-9), so the legend
doubles as the keyboard map; it also carries the statement count, the answer
to "who said most". Clicking a chip asks for the same filter as its key.
"""

from __future__ import annotations


from textual import events
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from readout_tui.app.printable import printable
from readout_tui.app.styles import SpeakerStyles
from readout_tui.app.widgets.drawn_lines import KeepsDrawnLines
from readout_tui.app.widgets.same_height import update_in_place
from readout_tui.model import Attribution, Speaker

UNATTRIBUTED = "unattributed"
ROLE_WIDTH = 40


class Legend(KeepsDrawnLines, Static):
    class SpeakerClicked(Message):
        """The reader clicked the chip of `speaker`."""

        def __init__(self, speaker: Speaker) -> None:
            super().__init__()
            self.speaker = speaker

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._speakers: tuple[Speaker, ...] = ()

    def show(self, attribution: Attribution, styles: SpeakerStyles, active: frozenset[str] = frozenset()) -> None:
        """List `attribution`'s speakers; those named in `active` are the filtered ones."""
        self._speakers = ordered_speakers(attribution)
        counts = attribution.statement_counts()
        chips = [
            self._chip(number, speaker, counts[speaker.name], styles, active)
            for number, speaker in enumerate(self._speakers, 1)
        ]
        unattributed = counts[None]
        if unattributed:
            chips.append(Content.assemble((" ? ", styles[None].chip), f" {UNATTRIBUTED} {unattributed}"))
        if not chips:
            chips.append(Content.styled("No speakers found in this readout.", Style(dim=True)))
        content = Content("   ").join(chips)
        update_in_place(self, content)  # (the same words in other styles, a filter set: the same room)

    def drawn_look(self) -> tuple:
        content = self.content
        return (content.plain, tuple(content.spans)) if isinstance(content, Content) else str(content)

    def clear(self) -> None:
        self._speakers = ()
        self.update("")

    @staticmethod
    def _chip(
        number: int, speaker: Speaker, count: int, styles: SpeakerStyles, active: frozenset[str]
    ) -> Content:
        style = styles[speaker.name]
        dimmed = bool(active) and speaker.name not in active
        name_style = Style(dim=True) if dimmed else Style(bold=True, underline=speaker.name in active or None)
        role = f" ({_short(printable(speaker.role, keep_newlines=False))})" if _office_adds(speaker) else ""
        key = str(number) if number <= 9 else "·"
        return Content.assemble(
            (f" {key} ", style.chip + Style.from_meta({"speaker": number - 1})),
            (f" {printable(speaker.name, keep_newlines=False)}", name_style + Style.from_meta({"speaker": number - 1})),
            (role, Style(dim=True)),
            (f" {count}", Style(dim=dimmed or None)),
        )

    def on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("speaker")
        if isinstance(index, int) and index < len(self._speakers):
            self.post_message(self.SpeakerClicked(self._speakers[index]))


def _office_adds(speaker: Speaker) -> bool:
    """Whether the speaker's office says more than the name: not for "The Prime
    Minister", whom the readout never names ("The Prime Minister (prime minister)")."""
    role = speaker.role
    return bool(role) and " ".join(role.casefold().split()) not in " ".join(speaker.name.casefold().split())


def ordered_speakers(attribution: Attribution) -> tuple[Speaker, ...]:
    """Speakers in legend order: the order of their colour slots, which is the
    order keys 1-9 pick them in."""
    return tuple(sorted(attribution.speakers, key=lambda speaker: speaker.slot))


def _short(text: str) -> str:
    return text if len(text) <= ROLE_WIDTH else text[: ROLE_WIDTH - 1] + "…"
