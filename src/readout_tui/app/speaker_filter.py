"""Which speakers the reader asked to see, in a way that survives opening another readout.

An analyst who filters one readout for Lukashenko and moves to the next wants
Lukashenko there too, even if that readout calls him "the head of state" and the
engine gave him other aliases. So a filter remembers the people it was set on,
not only the typed words, and finds the same people in the next readout by name
or alias; only if none of them speaks there does the typed query decide.
"""

from __future__ import annotations

from typing import NamedTuple

from readout_tui.folding import fold
from readout_tui.model import Attribution, Speaker


class SpeakerFilter(NamedTuple):
    query: str
    people: tuple[Speaker, ...] = ()

    def pick(self, attribution: Attribution) -> tuple[Speaker, ...]:
        """The speakers of `attribution` this filter keeps (none: it does not apply)."""
        same = tuple(
            speaker for speaker in attribution.speakers if any(same_person(speaker, person) for person in self.people)
        )
        return same or attribution.find_speakers(self.query)


SPEAKER_PREFIX = "speaker:"
QUOTES = "\"“”„«»"


def typed_name(text: str) -> str:
    """The name `text` typed in the filter box means. The box takes a name, and the
    search's way of naming one (`speaker:brenn`, `speaker:"Ilona Brenn"`, help lists
    it) means the same there: the prefix and the quotation marks are dropped."""
    name = " ".join(text.split())
    if name[: len(SPEAKER_PREFIX)].casefold() == SPEAKER_PREFIX:
        name = name[len(SPEAKER_PREFIX) :]
    return " ".join(name.strip(QUOTES + " ").split())


def same_person(first: Speaker, second: Speaker) -> bool:
    """True when either speaker's name is the other's name or one of its aliases."""
    return _fold(first.name) in _forms(second) or _fold(second.name) in _forms(first)


def _forms(speaker: Speaker) -> set[str]:
    return {_fold(form) for form in (speaker.name, *speaker.aliases)}


def _fold(text: str) -> str:
    return " ".join(fold(text).split())
