"""One person across many readouts.

Each readout names its speakers its own way: "Joseph R. Biden Jr." in one, "Joe
Biden" in another, only "President Biden" in a third. Merging them is what lets an
analyst ask what one person said across an archive. Names merge when their surnames
agree and their first names are the same name (Joe and Joseph, Aleksandr and
Alexander, an initial and the name it stands for); a readout that gives only a
surname joins the person of that surname whose offices fit. Two people who share
a surname and nothing else (Joe and Jill Biden) stay apart.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from readout_tui.engine.people import one_spelling
from readout_tui.folding import fold
from readout_tui.model import Readout, Speaker

_PARTICLES = frozenset("bin ibn al el de da del della di der van von la le du dos das y ben abu".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_TITLES = frozenset(
    """president vice prime minister mr mrs ms dr secretary chancellor king queen the
    his her general ambassador premier sir madam""".split()
)
# Short forms of first names that share no prefix with the full form.
_NICKNAMES = {
    "joe": "joseph", "bill": "william", "bob": "robert", "jim": "james", "mike": "michael",
    "tony": "anthony", "liz": "elizabeth", "beth": "elizabeth", "dick": "richard",
    "chuck": "charles", "ted": "edward", "ned": "edward", "jack": "john", "peggy": "margaret",
    "sasha": "alexander", "misha": "mikhail", "volodya": "vladimir", "dima": "dmitry",
    "kolya": "nikolai", "vanya": "ivan", "pete": "peter", "tom": "thomas", "dan": "daniel",
    "dave": "david", "steve": "stephen", "andy": "andrew", "ben": "benjamin", "bibi": "benjamin",
}
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=8192)  # an archive names the same people thousands of times
def _fold(word: str) -> str:
    """Lower case, accents off, Latin spellings of one name brought together."""
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("x", "ks").replace("y", "i").replace("j", "i").replace("ph", "f").replace("w", "v")


@lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[str, ...]:
    """The identifying words of a name: no titles, particles, suffixes or initials."""
    words = []
    for match in _WORD.finditer(name):
        low = match.group().casefold().rstrip(".")
        if low in _PARTICLES or low in _SUFFIXES or low in _TITLES or len(low) == 1:
            continue
        words.append(low)
    return tuple(words)


def _edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def same_first_name(a: str, b: str) -> bool:
    """Joe and Joseph, Aleksandr and Alexander, Volodymyr and Volodimir."""
    a, b = _NICKNAMES.get(a, a), _NICKNAMES.get(b, b)
    if a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]):  # an initial
        return True
    fa, fb = _fold(a), _fold(b)
    if fa == fb or (min(len(fa), len(fb)) >= 3 and (fa.startswith(fb) or fb.startswith(fa))):
        return True
    return min(len(fa), len(fb)) >= 5 and _edit_distance(fa, fb, 2) <= 2


def same_surname(a: str, b: str) -> bool:
    return a == b or _fold(a) == _fold(b) or (
        min(len(a), len(b)) >= 6 and _edit_distance(_fold(a), _fold(b), 1) <= 1  # Zelenskyy / Zelensky
    )


@dataclass(frozen=True)
class Appearance:
    """A speaker as one readout names them, and how many statements they make
    there. `source` is what the caller wants back for it: the readout, a row of
    the cache, a spelling's tally."""

    speaker: Speaker
    statements: int
    source: object


@dataclass
class ArchivePerson:
    """A person and every readout that names them."""

    name: str
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    appearances: list[Appearance] = field(default_factory=list)
    statement_count: int = 0
    name_counts: dict[str, int] = field(default_factory=dict)
    _folded: set[str] = field(default_factory=set, repr=False, compare=False)
    """The aliases casefolded: "The President" and "the President" are one alias."""

    @property
    def words(self) -> tuple[str, ...]:
        return name_words(self.name)

    @property
    def sources(self) -> list[object]:
        """The source of each appearance, once each, in the order they came."""
        return list({id(appearance.source): appearance.source for appearance in self.appearances}.values())

    def matches(self, query: str) -> bool:
        """Ignoring case and accents, as `Speaker.matches`."""
        q = " ".join(fold(query).split())
        return bool(q) and any(q in fold(form) for form in (self.name, *self.aliases))

    def add(self, appearance: Appearance) -> None:
        speaker = appearance.speaker
        self.name_counts[speaker.name] = self.name_counts.get(speaker.name, 0) + 1
        for form in (*speaker.aliases, speaker.name):
            if form.casefold() not in self._folded:
                self._folded.add(form.casefold())
                self.aliases.add(form)
        if speaker.role:
            self.roles.add(speaker.role)
        self.appearances.append(appearance)
        self.statement_count += appearance.statements

    def settle_name(self) -> None:
        """The fullest name any readout gave, most used among equals."""
        self.name = max(self.name_counts, key=lambda n: (len(name_words(n)), self.name_counts[n], len(n)))
        self.aliases.discard(self.name)


def surname_key(name: str) -> str:
    """People are merged only among names of one key (their folded surname), so
    finding one person needs only the speakers whose names share its keys."""
    words = name_words(name) or (name.casefold(),)
    surname = _fold(words[-1])
    return one_spelling(surname) if len(surname) >= 5 else surname  # ("Zelenskyy" and "Zelensky": one key)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b or not same_surname(a[-1], b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return False  # a lone surname is settled afterwards, against the full names
    return same_first_name(a[0], b[0])


def merge_speakers(readouts: Iterable[Readout]) -> list[ArchivePerson]:
    """Every person who speaks in `readouts`, most statements first; each
    appearance's source is its readout."""
    return merge_appearances(
        Appearance(speaker, counts[speaker.name], readout)
        for readout in readouts
        for counts in (readout.attribution.statement_counts(),)
        for speaker in readout.attribution.speakers
    )


def merge_appearances(appearances: Iterable[Appearance]) -> list[ArchivePerson]:
    """The people behind `appearances`, most statements first. A name with a first
    name joins the person of the same name; a lone surname, once every full name
    is in, joins the person of that surname whose offices fit and who speaks most."""
    full: list[ArchivePerson] = []
    lone: list[Appearance] = []
    by_surname: dict[str, list[ArchivePerson]] = {}
    only_surname: dict[str, ArchivePerson] = {}  # people no readout gave a full name
    for appearance in appearances:
        speaker = appearance.speaker
        words = name_words(speaker.name)
        if len(words) < 2:
            lone.append(appearance)
            continue
        key = surname_key(speaker.name)
        person = next((p for p in by_surname.get(key, ()) if _same_person(p.words, words)), None)
        if person is None:
            person = ArchivePerson(speaker.name)
            full.append(person)
            by_surname.setdefault(key, []).append(person)
        person.add(appearance)
    for appearance in lone:
        speaker = appearance.speaker
        words = name_words(speaker.name) or (speaker.name.casefold(),)
        candidates = [p for p in by_surname.get(surname_key(speaker.name), ()) if same_surname(p.words[-1], words[-1])]
        fitting = [p for p in candidates if _roles_fit(speaker, p)]
        if fitting:
            max(fitting, key=lambda p: p.statement_count).add(appearance)
            continue
        person = only_surname.get(words[-1])
        if person is None:
            person = only_surname[words[-1]] = ArchivePerson(speaker.name)
            full.append(person)
        person.add(appearance)
    for person in full:
        person.settle_name()
    return sorted(full, key=lambda p: (-p.statement_count, p.name))


def _roles_fit(speaker: Speaker, person: ArchivePerson) -> bool:
    """'President Biden' belongs with the Biden who is a president, not the First Lady."""
    titles = {w for form in (speaker.name, *speaker.aliases) for w in form.casefold().split()} & _TITLES
    titles -= {"the", "his", "her", "mr", "mrs", "ms", "dr", "sir", "madam"}
    if not titles:
        return True
    held = {w for role in person.roles for w in role.casefold().split()} | {
        w for alias in person.aliases for w in alias.casefold().split()
    }
    return titles <= held
