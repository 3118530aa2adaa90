"""Who spoke how much: statements, shares of words, and statements over time.

The statistics panel draws what is computed here. An archive is tallied one
readout at a time (in a worker thread) and no readout is kept: what stays is one
small record per way a speaker was named, so 100,000 readouts cost about as much
memory as the distinct speakers in them. Those records are merged into people by
`archive.merge_appearances`, the rule `readout-tui speakers` uses, so the panel and
the command agree on who is who. Nothing here imports Textual.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from readout_tui.archive import Appearance, merge_appearances
from readout_tui.model import Attribution, Readout, Speaker

MONTHS_AT_MOST = 48
"""A timeline longer than this many months is counted by year: a bar per month
would be too thin to see on a terminal."""
BAR_EIGHTHS = " ▏▎▍▌▋▊▉"
SPARKLINE_SAMPLES = 1000
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def word_count(text: str) -> int:
    """Words as a reader counts them: "Lirea's" and "well-known" are one each."""
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(frozen=True)
class Share:
    """How much one speaker said: `share` is of the words of every statement."""

    name: str | None
    """None: the statements the engine could not tie to anyone."""
    statements: int
    words: int
    share: float


def readout_shares(attribution: Attribution) -> list[Share]:
    """Every speaker of a readout, most words first, then the unattributed
    statements (if any): the shares add up to one."""
    statements: Counter[str | None] = Counter()
    words: Counter[str | None] = Counter()
    for statement in attribution.statements:
        statements[statement.speaker] += 1
        words[statement.speaker] += word_count(statement.text)
    total = sum(words.values())
    shares = [
        Share(speaker.name, statements[speaker.name], words[speaker.name], _ratio(words[speaker.name], total))
        for speaker in attribution.speakers
    ]
    shares.sort(key=lambda share: -share.words)
    if statements[None]:
        shares.append(Share(None, statements[None], words[None], _ratio(words[None], total)))
    return shares


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def bar(fraction: float, width: int) -> str:
    """`fraction` of `width` cells as a horizontal bar of block characters, to
    an eighth of a cell, padded with spaces to `width`."""
    eighths = round(min(max(fraction, 0.0), 1.0) * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (BAR_EIGHTHS[part] if part else "")).ljust(width)


def period_of(date: str | None) -> str:
    """The month ("2024-05") or, for a date with only a year, the year of an ISO
    date; "" when there is no date."""
    if date and _MONTH.match(date):
        return date[:7]
    if date and _YEAR.match(date):
        return date[:4]
    return ""


@dataclass(frozen=True)
class Timeline:
    """Statements per month (or per year), from the first period to the last,
    with the empty periods in between counted as zero."""

    unit: Literal["month", "year"]
    first: str
    last: str
    counts: tuple[int, ...]
    undated: int
    """Statements in readouts without a date: not on the timeline."""

    def period(self, index: int) -> str:
        """The name of the `index`-th period: "2024-05", or "2024"."""
        if self.unit == "year":
            return str(int(self.first) + index)
        year, month = divmod(_month_number(self.first) + index, 12)
        return f"{year:04d}-{month + 1:02d}"


def timeline(periods: Mapping[str, int]) -> Timeline | None:
    """The timeline of statements counted by `period_of` keys; None when none is dated."""
    undated = periods.get("", 0)
    dated = {period: count for period, count in periods.items() if period and count}
    if not dated:
        return None
    first, last = min(dated), max(dated)
    months = all(len(period) == 7 for period in dated)
    if months and _month_number(last) - _month_number(first) < MONTHS_AT_MOST:
        start = _month_number(first)
        counts = [0] * (_month_number(last) - start + 1)
        for period, count in dated.items():
            counts[_month_number(period) - start] += count
        return Timeline("month", first, last, tuple(counts), undated)
    years: Counter[int] = Counter()
    for period, count in dated.items():
        years[int(period[:4])] += count
    low, high = min(years), max(years)
    return Timeline("year", str(low), str(high), tuple(years[year] for year in range(low, high + 1)), undated)


def on_zero(counts: Sequence[int], samples: int = SPARKLINE_SAMPLES) -> list[int]:
    """`counts` for a sparkline that starts from zero. A sparkline draws its
    lowest value as its lowest bar, so [3, 5] would look like [0, 5]: each count
    is repeated to about `samples` values and one zero added at the end, which
    the bar drawn for the last few values (their `max`) hides, as long as the
    sparkline is narrower than half of `samples`."""
    repeat = max(1, -(-samples // max(len(counts), 1)))
    return [count for count in counts for _ in range(repeat)] + [0]


def _month_number(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


@dataclass
class _Voice:
    """What was said under one spelling of a speaker (name, aliases, role)."""

    statements: int = 0
    words: int = 0
    periods: Counter[str] = field(default_factory=Counter)
    readouts: array[int] = field(default_factory=lambda: array("i"))
    """The readouts (their order of counting, rising) with a statement under this spelling."""


@dataclass(frozen=True)
class Person:
    """One person across the archive, as `archive.merge_appearances` sees them."""

    name: str
    names: frozenset[str]
    """Every `Speaker.name` a readout gave this person: to find them from a readout
    and to export what they said."""
    statements: int
    words: int
    share: float
    """Of the words of every statement in the archive."""
    readouts: int
    periods: Mapping[str, int]

    def timeline(self) -> Timeline | None:
        return timeline(self.periods)


class ArchiveTally:
    """Statements and words of every speaker, readout by readout."""

    def __init__(self) -> None:
        self._voices: dict[Speaker, _Voice] = {}
        self.readouts = 0
        self.statements = 0
        self.words = 0

    def add(self, readout: Readout) -> None:
        """Count `readout` in (one that could not be read counts for nothing)."""
        if not readout.document.ok:
            return
        self.readouts += 1
        period = period_of(readout.document.date)
        # Slots only say the order speakers came in within one readout.
        voices = {speaker.name: speaker._replace(slot=0) for speaker in readout.attribution.speakers}
        this = self.readouts
        for statement in readout.attribution.statements:
            words = word_count(statement.text)
            self.statements += 1
            self.words += words
            key = voices.get(statement.speaker) if statement.speaker is not None else None
            if key is None:
                continue
            voice = self._voices.get(key)
            if voice is None:
                voice = self._voices[key] = _Voice()
            voice.statements += 1
            voice.words += words
            voice.periods[period] += 1
            if not voice.readouts or voice.readouts[-1] != this:
                voice.readouts.append(this)

    def people(self) -> list[Person]:
        """Everyone who spoke, most words first. Each spelling is an appearance of
        its own for the merge, the most talkative first, so that a lone surname
        joins the same person it would join over the whole archive."""
        spellings = sorted(self._voices.items(), key=lambda item: (-item[1].statements, item[0].name))
        people = []
        for merged in merge_appearances(Appearance(speaker, voice.statements, voice) for speaker, voice in spellings):
            parts = [(appearance.speaker, appearance.source) for appearance in merged.appearances]
            periods: Counter[str] = Counter()
            for _, voice in parts:
                periods.update(voice.periods)
            words = sum(voice.words for _, voice in parts)
            people.append(
                Person(
                    name=merged.name,
                    names=frozenset(speaker.name for speaker, _ in parts),
                    statements=sum(voice.statements for _, voice in parts),
                    words=words,
                    share=_ratio(words, self.words),
                    # The readouts where they said something, each once however many ways it named them,
                    # as the all-readouts view counts them
                    readouts=_distinct(voice.readouts for _, voice in parts),
                    periods=periods,
                )
            )
        people.sort(key=lambda person: (-person.words, -person.statements, person.name))
        return people


def _distinct(runs: Iterable[array[int]]) -> int:
    """How many readouts the runs of readout numbers hold between them (a readout in two runs once)."""
    runs = list(runs)
    if len(runs) == 1:
        return len(runs[0])
    return len(set().union(*runs))


def person_named(people: Iterable[Person], name: str) -> Person | None:
    """The person a readout's speaker `name` was merged into."""
    return next((person for person in people if name in person.names), None)
