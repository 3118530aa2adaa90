"""Who speaks in the open readout: one chip per speaker, in the speaker's colour.

The chip's number is the key that filters to that speaker (1-9), so the legend
doubles as the keyboard map; it also carries the statement count, the answer
to "who said most". Clicking a chip asks for the same filter as its key.

The chips are laid out a whole chip to a line's room (a name never parted from
its count) in at most LINES lines: when the offices make that too many, the chips
drop them, and a readout with more speakers than that still holds ends its last
line with how many are not shown, so that no speaker is left out unsaid.
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
LINES = 4
"""The most lines the legend takes (its max-height in app.tcss)."""
GAP = "   "


class Legend(KeepsDrawnLines, Static):
    class SpeakerClicked(Message):
        """The reader clicked the chip of `speaker`."""

        def __init__(self, speaker: Speaker) -> None:
            super().__init__()
            self.speaker = speaker

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._speakers: tuple[Speaker, ...] = ()
        self._chips: tuple[list[Content], ...] = ([], [], [])
        """The chips with the speakers' whole offices, with offices cut at ROLE_WIDTH, and without them."""
        self._made: tuple = ({}, None, frozenset())
        """What the chips were made with (counts, styles, active), to cut an office to a narrow line."""

    def show(self, attribution: Attribution, styles: SpeakerStyles, active: frozenset[str] = frozenset()) -> None:
        """List `attribution`'s speakers; those named in `active` are the filtered ones."""
        self._speakers = ordered_speakers(attribution)
        counts = attribution.statement_counts()
        chips: tuple[list[Content], ...] = ([], [], [])
        for office_width, kept in zip((None, ROLE_WIDTH, 0), chips):
            kept.extend(
                self._chip(number, speaker, counts[speaker.name], styles, active, office_width=office_width)
                for number, speaker in enumerate(self._speakers, 1)
            )
            unattributed = counts[None]
            if unattributed:
                kept.append(Content.assemble((" ? ", styles[None].chip), f" {UNATTRIBUTED} {unattributed:,}"))
            if not kept:
                kept.append(Content.styled("No speakers found in this readout.", Style(dim=True)))
        self._chips = chips
        self._made = (counts, styles, active)
        update_in_place(self, self._laid_out(self.content_region.width))

    def on_resize(self) -> None:
        if self._chips[0]:
            self.update(self._laid_out(self.content_region.width))

    def _laid_out(self, width: int) -> Content:
        """The chips in lines of `width` cells, a chip never split (one wider than a
        line loses the end of its office, or all of it), in LINES lines at most: with
        the whole offices where they fit, else offices cut short, else none; no width
        yet: one line, wrapped."""
        if width <= 0:
            return Content(GAP).join(self._chips[1])
        for offices, chips in zip((True, True, False), self._chips):
            chips = [self._narrowed(index, chip, width, offices) for index, chip in enumerate(chips)]
            lines = _lines(chips, width)
            if len(lines) <= LINES:
                break
        if len(lines) > LINES:
            lines = _cut(lines, width, sum(len(line) for line in lines[LINES:]))
        return Content("\n").join(Content(GAP).join(line) for line in lines)

    def _narrowed(self, index: int, chip: Content, width: int, offices: bool) -> Content:
        """`chip` (of the speaker at `index`), its office cut short, or left out, where
        the whole chip is wider than a line: never split across two (unless its name
        alone is)."""
        if chip.cell_length <= width or index >= len(self._speakers):
            return chip
        speaker = self._speakers[index]
        counts, styles, active = self._made
        bare = self._chip(index + 1, speaker, counts[speaker.name], styles, active, office_width=0)
        room = width - bare.cell_length - len(" ()")  # for the office, the ellipsis included
        if not offices or room < 2:
            return bare
        return self._chip(index + 1, speaker, counts[speaker.name], styles, active, office_width=room)

    def drawn_look(self) -> tuple:
        content = self.content
        return (content.plain, tuple(content.spans)) if isinstance(content, Content) else str(content)

    def clear(self) -> None:
        self._speakers = ()
        self._chips = ([], [], [])
        self.update("")

    @staticmethod
    def _chip(
        number: int,
        speaker: Speaker,
        count: int,
        styles: SpeakerStyles,
        active: frozenset[str],
        *,
        office_width: int | None = ROLE_WIDTH,
    ) -> Content:
        """A speaker's chip: key, name, office (whole where `office_width` is None,
        cut to it, none where it is 0), statements."""
        style = styles[speaker.name]
        dimmed = bool(active) and speaker.name not in active
        name_style = Style(dim=True) if dimmed else Style(bold=True, underline=speaker.name in active or None)
        office = office_width != 0 and _office_adds(speaker)
        role = f" ({_short(printable(speaker.role, keep_newlines=False), office_width)})" if office else ""
        key = str(number) if number <= 9 else "·"
        return Content.assemble(
            (f" {key} ", style.chip + Style.from_meta({"speaker": number - 1})),
            (f" {printable(speaker.name, keep_newlines=False)}", name_style + Style.from_meta({"speaker": number - 1})),
            (role, Style(dim=True)),
            (f" {count:,}", Style(dim=dimmed or None)),
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


def _short(text: str, width: int | None) -> str:
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _lines(chips: list[Content], width: int) -> list[list[Content]]:
    """`chips` in lines of `width` cells, whole chips to a line, GAP between them."""
    lines: list[list[Content]] = []
    room = 0
    for chip in chips:
        if lines and room + len(GAP) + chip.cell_length <= width:
            lines[-1].append(chip)
            room += len(GAP) + chip.cell_length
        else:
            lines.append([chip])
            room = chip.cell_length
    return lines


def _cut(lines: list[list[Content]], width: int, hidden: int) -> list[list[Content]]:
    """The first LINES lines, the last one ending with how many chips are not shown
    (the `hidden` ones after them, and any it makes room for)."""
    kept = [list(line) for line in lines[:LINES]]
    last = kept[-1]
    while True:
        more = Content.styled(f"+{hidden} more · s lists all", Style(dim=True))
        taken = sum(chip.cell_length for chip in last) + len(GAP) * len(last)
        if not last or taken + more.cell_length <= width:
            last.append(more)
            return kept
        last.pop()
        hidden += 1
