"""One person, or some words, across every readout of the archive.

A view across 10,000 readouts cannot open 10,000 readouts: unpickling them all
takes seconds. The cache keeps, beside each attributed readout, who speaks in it
and how often (`ReadoutCache.spoken`), which is all that merging people across
the archive needs, and its statements apart (`ReadoutCache.statements`), read
only for the readouts a person speaks in. Only a search for words said by anyone
has to read every readout's text, and it reports as it goes.

People are merged by `archive.merge_speakers`, so the view and `readout-tui
speakers` agree on who is one person. Pure Python, no Textual: the app runs
`gather` in a worker thread and shows each partial result it yields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from time import monotonic

from readout_tui.archive import Appearance, ArchivePerson, merge_appearances, surname_key
from readout_tui.cache import ReadoutCache, Spoken, Stamp
from readout_tui.folding import fold, words_pattern
from readout_tui.model import Readout, Speaker, Statement

SPEAKER_PREFIX = "speaker:"
FIRST_REPORT_SECONDS = 1.0
LAST_REPORT_SECONDS = 4.0
"""A search reports what it found so far after FIRST_REPORT_SECONDS (a view that
takes less is shown once, whole: laying out a first part would only slow it),
then at intervals doubling up to this: every report lays out the growing list again."""
MAX_STATEMENTS = 50_000
"""A view shows at most this many statements and readouts whose text matches (a
word every readout has would list the archive): the reader is told to narrow it."""
READOUTS_PER_QUERY = 200
EXCERPT_CHARACTERS = 240
_TOKENS = re.compile(r'(speaker:)?(?:["“”„]([^"“”„]*)["“”„]?|(\S+))', re.IGNORECASE)
"""A word, or words in quotation marks, straight or typeset (`speaker:“Ilona Brenn”`
pasted from a document, or typed where the keyboard sets them)."""


@dataclass(frozen=True)
class Query:
    """What the reader asked for: a speaker (part of a name or alias), words, or both.
    `speaker:lukashenko sovereignty` is Lukashenko's statements that hold the
    word; a name of several words is quoted (`speaker:"Ilona Brenn"`)."""

    speaker: str = ""
    words: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Query:
        speaker, words = "", []
        for match in _TOKENS.finditer(text):
            value = " ".join((match.group(2) if match.group(2) is not None else match.group(3)).split())
            if match.group(1):
                speaker = value
            elif value:
                words.append(value)
        return cls(speaker, tuple(words))

    def __bool__(self) -> bool:
        return bool(self.speaker or self.words)

    def __str__(self) -> str:
        speaker = self.speaker if " " not in self.speaker else f'"{self.speaker}"'
        return " ".join([*([SPEAKER_PREFIX + speaker] if self.speaker else []), *self.words])

    def says(self, text: str) -> bool:
        """Whether `text` holds every word, ignoring case and which apostrophe or quotation
        mark ("don't" finds "don’t"); the words are text, not patterns."""
        if not self.words:
            return True
        folded = fold(text)
        return all(fold(word) in folded for word in self.words)


@dataclass(frozen=True)
class Found:
    """A readout and what a view across the archive shows of it."""

    path: str
    title: str
    date: str | None
    statements: tuple[Statement, ...]
    """In reading order."""
    persons: tuple[int, ...] = ()
    """Whose each statement is (an index into `Gathered.people`), when a speaker was asked for."""
    excerpt: str = ""
    """Where the text has the words, when no statement shown does."""


@dataclass(frozen=True)
class Gathered:
    """What a view across the archive has found so far."""

    query: Query
    people: tuple[str, ...]
    """The people the speaker part of the query means, by their fullest names."""
    found: tuple[Found, ...]
    """Newest first."""
    looked: int
    """Readouts looked through so far, of `to_look`."""
    to_look: int
    not_read: int
    """Readouts of the archive not attributed yet, which the view cannot include."""
    done: bool = False
    capped: bool = False
    """It stopped at MAX_STATEMENTS: there are more."""
    preparing: int = 0
    """Readouts cached by an earlier version whose speakers are being noted (once), so far."""

    @property
    def statements(self) -> int:
        return sum(len(found.statements) for found in self.found)

    def speaker_of(self, found: Found, index: int) -> str | None:
        """Who the view says made `found`'s index-th statement: with a person asked
        for, that person's fullest name; else the readout's own speaker."""
        return self.people[found.persons[index]] if found.persons else found.statements[index].speaker

    def named(self, found: Found) -> tuple[Statement, ...]:
        """`found`'s statements, each with its speaker as the view names them."""
        if not found.persons:
            return found.statements
        return tuple(statement._replace(speaker=self.people[person])
                     for statement, person in zip(found.statements, found.persons))


@dataclass(frozen=True)
class Source:
    """One readout that can be looked through: from the cache (`key`) or in memory (`readout`)."""

    path: str
    title: str
    date: str | None
    speakers: tuple[Speaker, ...]
    counts: tuple[int, ...]
    """How many statements each of `speakers` makes."""
    key: str | None = None
    readout: Readout | None = field(default=None, compare=False)


def sources(
    cache: ReadoutCache | None, roots: Sequence[str | Path], in_memory: Mapping[str, Readout] = {}
) -> list[Source]:
    """Every attributed readout under `roots` whose file is unchanged since, and the
    readouts in memory (which win over the cache's copy)."""
    found: dict[str, Source] = {}
    if cache is not None:
        for row in cache.spoken(roots):
            if row.path not in in_memory and Stamp.of(row.path) == row.stamp:
                found[row.path] = _cached_source(row)
    for path, readout in in_memory.items():
        document, attribution = readout.document, readout.attribution
        said = attribution.statement_counts()
        counts = tuple(said[speaker.name] for speaker in attribution.speakers)
        found[path] = Source(path, document.title or Path(path).name, document.date, attribution.speakers, counts,
                             readout=readout)
    return list(found.values())


def _cached_source(row: Spoken) -> Source:
    return Source(row.path, row.title, row.date, row.speakers, row.counts, key=row.key)


def people_named(readouts: Sequence[Source], query: str, prefer: Iterable[str] = ()) -> list[ArchivePerson]:
    """The people `query` means, merged across `readouts` as `merge_speakers` merges
    them; each appearance's source is a `Source`. Only the speakers who share a
    surname with someone the query names are merged: people are never merged
    across surnames, so the result is the same, without merging the whole
    archive. `prefer` are names of the speaker picked in the open readout: the
    person who has one of them, when there is one, is the one meant."""
    preferred = {name.casefold() for name in prefer}
    meant: dict[int, bool] = {}  # by id: readouts of one series share their Speaker objects (see `ReadoutCache.spoken`)
    keys = set()
    for source in readouts:
        for speaker in source.speakers:
            named = meant.get(id(speaker))
            if named is None:
                named = meant[id(speaker)] = speaker.matches(query) or speaker.name.casefold() in preferred
            if named:
                keys.add(surname_key(speaker.name))
    everyone = merge_appearances(
        Appearance(speaker, count, source)
        for source in readouts
        for speaker, count in zip(source.speakers, source.counts)
        if surname_key(speaker.name) in keys
    )
    if preferred:
        chosen = [p for p in everyone if any(form.casefold() in preferred for form in (p.name, *p.aliases))]
        if chosen:
            return chosen[:1]
    return [person for person in everyone if person.matches(query)]


def gather(
    cache: ReadoutCache | None,
    roots: Sequence[str | Path],
    query: Query,
    *,
    in_memory: Mapping[str, Readout] = {},
    archive_size: int = 0,
    prefer: Iterable[str] = (),
    cancelled: Callable[[], bool] = lambda: False,
    limit: int = MAX_STATEMENTS,
) -> Iterator[Gathered]:
    """What `query` finds across the readouts under `roots` (and `in_memory`), newest
    readout first, yielded again as more is found, the last one `done` (at most
    `limit` statements). `archive_size` is how many readouts the reader lists, to
    tell how many are not attributed yet. Stops early once `cancelled()`."""
    if cache is not None:
        for prepared in cache.add_speech(roots):
            if cancelled():
                return
            yield Gathered(query, (), (), 0, 0, 0, preparing=prepared)
    readouts = sources(cache, roots, in_memory)
    not_read = max(archive_size - len(readouts), 0)
    names: dict[str, dict[str, int]] | None = None  # path -> {name: person} of the people shown
    chosen: tuple[str, ...] = ()
    if query.speaker:
        matched = people_named(readouts, query.speaker, prefer)
        chosen = tuple(person.name for person in matched)
        names = {}
        for number, person in enumerate(matched):
            for appearance in person.appearances:
                if appearance.statements:
                    names.setdefault(appearance.source.path, {})[appearance.speaker.name] = number
        readouts = [source for source in readouts if source.path in names]
    readouts = newest_first(readouts)
    found: list[Found] = []
    shown = 0
    pause = FIRST_REPORT_SECONDS
    report = monotonic() + pause
    for start in range(0, len(readouts), READOUTS_PER_QUERY):
        if cancelled():
            return
        batch = readouts[start : start + READOUTS_PER_QUERY]
        for more in _look(cache, batch, query, names):
            shown += len(more.statements) or 1  # a readout whose text matches is a line too
            if shown > limit:
                yield Gathered(query, chosen, tuple(found), start, len(readouts), not_read, done=True, capped=True)
                return
            found.append(more)
        if monotonic() >= report:
            pause = min(pause * 2, LAST_REPORT_SECONDS)
            report = monotonic() + pause
            yield Gathered(query, chosen, tuple(found), start + len(batch), len(readouts), not_read)
    yield Gathered(query, chosen, tuple(found), len(readouts), len(readouts), not_read, done=True)


def _look(
    cache: ReadoutCache | None, batch: Sequence[Source], query: Query, names: Mapping[str, Mapping[str, int]] | None
) -> Iterator[Found]:
    """What `batch` holds for `query`: the chosen people's statements (`names` by
    path), or with no speaker asked, every statement with the words, and the
    readouts whose text has them."""
    keys = [source.key for source in batch if source.readout is None and source.key is not None]
    if names is not None:
        wanted = {source.key: names[source.path] for source in batch if source.key is not None}
        cached = cache.statements(keys, wanted) if cache is not None and keys else {}
        full: dict[str, Readout] = {}
    else:
        cached = {}
        full = cache.readouts(keys, query.words) if cache is not None and keys else {}
    for source in batch:
        readout = source.readout or full.get(source.key or "")
        said = readout.attribution.statements if readout is not None else cached.get(source.key or "", ())
        shown = tuple(
            statement
            for statement in sorted(said, key=lambda s: (s.start, s.end))
            if (names is None or statement.speaker in names[source.path]) and query.says(statement.text)
        )
        in_text = names is None and not shown and readout is not None and query.says(readout.document.body)
        if shown or in_text:
            persons = tuple(names[source.path][s.speaker] for s in shown) if names is not None else ()
            excerpt = _excerpt(readout.document.body, query.words[0]) if in_text and readout is not None else ""
            yield Found(source.path, source.title, source.date, shown, persons, excerpt)


def _excerpt(body: str, word: str) -> str:
    """The paragraph where `word` first occurs, cut to EXCERPT_CHARACTERS around it."""
    match = words_pattern(word).search(body)
    at = match.start() if match else 0
    start = body.rfind("\n\n", 0, at) + 1
    end = body.find("\n\n", at)
    end = len(body) if end < 0 else end
    start = max(start, at - EXCERPT_CHARACTERS // 2)
    end = min(end, start + EXCERPT_CHARACTERS)
    return ("…" if start > 0 and body[start - 1] not in "\n" else "") + " ".join(body[start:end].split()) + (
        "…" if end < len(body) and body[end] != "\n" else ""
    )


def newest_first(readouts: Iterable[Source]) -> list[Source]:
    """Dated readouts newest first, then the undated; each date's by title."""
    ordered = sorted(readouts, key=lambda source: (source.title.casefold(), source.path))
    ordered.sort(key=lambda source: source.date or "", reverse=True)
    return ordered
