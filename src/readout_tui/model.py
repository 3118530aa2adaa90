"""The document model: what a readout is and what the engine says about it.

Immutable records (named tuples) shared by the loader, the engine, the exporters
and the widgets; `_replace` makes a changed copy. A named tuple's class is made in
a tenth of the time of a frozen dataclass's (~0.1 ms against ~0.7 ms, and the
reader imports this module before its first frame) and its records are made
faster (the archive view makes statements by the thousand). Nothing here imports
Textual: the model must be usable headless.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Literal, NamedTuple

from readout_tui.folding import fold

StatementKind = Literal["direct", "indirect"]
KIND_LABELS: dict[str, str] = {"direct": "direct", "indirect": "reported"}
"""Each kind as people read it, in the app and the Markdown export (the JSON and CSV keep the kinds)."""


class Participant(NamedTuple):
    """A person named by the document's front matter, to help or correct the engine."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


class Document(NamedTuple):
    """A loaded readout.

    `body` is the clean text the engine reads and every span points into: front
    matter, Markdown syntax and page debris are already gone. A document that could
    not be read still exists, with `error` set, so the reader can say why.
    """

    path: Path | None
    title: str
    body: str
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    source: str | None = None
    source_url: str | None = None
    participants: tuple[Participant, ...] = ()
    format: str = "txt"  # txt | md | yaml
    notes: tuple[str, ...] = ()  # what the loader had to do: encoding guessed, bytes replaced …
    error: str | None = None  # why the document could not be loaded, if it could not

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def display_name(self) -> str:
        return self.title or (self.path.name if self.path else "(untitled)")


class Speaker(NamedTuple):
    """A person who makes at least one statement.

    `slot` is a stable small integer (0, 1, 2 … in order of first statement) that the
    view turns into a colour; the engine knows nothing of colours.
    """

    name: str
    aliases: tuple[str, ...] = ()
    slot: int = 0
    role: str | None = None

    def matches(self, query: str) -> bool:
        """True when `query` is part of the name or of any alias, ignoring case and
        accents ("sebastien" is "Sébastien")."""
        q = " ".join(fold(query).split())
        return bool(q) and any(q in fold(form) for form in (self.name, *self.aliases))


class Statement(NamedTuple):
    """One statement: a direct quotation or a sentence of reported speech.

    `start`/`end` are character offsets into `Document.body`; `paragraph` counts the
    body's paragraphs from 1. `speaker` is a `Speaker.name`, or None for speech the
    engine found but could not tie to one person (a joint statement, say).
    """

    speaker: str | None
    kind: StatementKind
    start: int
    end: int
    paragraph: int
    text: str


class Mention(NamedTuple):
    """A place in the body that names or refers to a speaker ("he", "the president")."""

    speaker: str
    start: int
    end: int


class Attribution(NamedTuple):
    """What the engine found in one body of text."""

    speakers: tuple[Speaker, ...] = ()
    statements: tuple[Statement, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def speaker(self, name: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)

    def by_speaker(self, name: str) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.speaker == name)

    def statement_counts(self) -> Counter[str | None]:
        """How many statements each speaker made (None: the unattributed ones)."""
        return Counter(statement.speaker for statement in self.statements)

    def find_speakers(self, query: str) -> tuple[Speaker, ...]:
        return tuple(s for s in self.speakers if s.matches(query))


class Readout(NamedTuple):
    """A document together with its attribution: what the reader shows."""

    document: Document
    attribution: Attribution = Attribution()
