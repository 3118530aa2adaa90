"""What a readout's whole text says of its lone capitalised words, each fact read in one pass over the text.

`NameRegistry._recurring_lone_speaker` asks, of a lone capitalised word no one yet bears ("Qalibaf said that …"),
whether it stands after a place word ("in Tehran"), whether "he" or "she" ("He", "She" too) follows its first
mention, and how often a speech verb in the past follows it ("Qalibaf noted", "Rouhani also slammed"). Asked of each
such word with a search of the whole text, the work grew with the words times the text: a readout with a few thousand
once-named speakers (a long transcript, a hostile file) took minutes. Here each fact is read once for every word, the
first time one is asked, so the work grows with the text; the answers are the ones the per-word searches gave
(tests/engine/test_lone_words.py checks them against those searches). So with how often a word stands in the text,
as a whole word or inside others.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from itertools import accumulate

from readout_tui.engine.lexicon import ROLE_WORD_SET

_PLACE_WORD_THEN_WORD = re.compile(r"\b(?:the|in|to|(?<![Aa]part )(?<![Aa]side )from|of|at) (?=(\w+))")
"""A place word ("the", "in", "to", "from", "of", "at"), a whole word, a space, and the whole word after it, read
without taking it, so that it can be a place word in its turn ("in the Majlis"). Not the "from" of "apart from" or
"aside from", which means "besides" and brings in people as well as things ("Apart from Chadchart, his chief adviser
… took part in the meeting.", eighthundredfiftyfourth nationthailand: the Governor's one name, no place)."""

_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|his|him|[Ss]he|her)\b")
"""A personal pronoun of one man or woman: "he", "his", "him", "she", "her", and a sentence's "He" and "She"
(ninehundredtwentieth citizen mvurya: "Mvurya highlighted … / He emphasized … / He urged … / Taking a swipe …, Mvurya
asserted … He maintained …": every pronoun after the lone surname opens its sentence); not a capitalised "His" or
"Her", which open a style as well ("His Excellency", "Her Majesty")."""

_ADVERBS_BEFORE_A_VERB = "(?:also|further|then|later|again)"
_WORD_THEN_VERB = re.compile(r"\b(?=[^\W\d_a-z])([^\W\d_]+)(?:,? " + _ADVERBS_BEFORE_A_VERB + r")? ([a-z]+)\b")
"""A whole word of letters that does not open in a lower-case ASCII letter, then (after a comma or an adverb of time or
addition) a lower-case word: "Qalibaf said", "Rouhani, also noted". No two can overlap (each ends in a lower-case word,
each opens in a letter that is not one), so one scan finds every place a pattern made for one word would."""


_WORD_AND_A_NAMED_OFFICE_HOLDER = re.compile(r"\b([A-Z][a-z]{3,}) and ((?:[A-Z][\w’'.-]* ){3,6})(?=[a-z])")
"""A lone capitalised word, "and", and a run of three to six capitalised words before a lower-case word: "Ntuli and
Transport MEC Sboniso Duma met …", where the run may be an office and the name of its holder
(`_an_office_then_a_name`)."""

_INITIALS = re.compile(r"[A-Z]{2,5}")
"""An office's initials ("MEC", "MP", "CEO"), as the run before a holder's name may hold them."""


def _an_office_then_a_name(words: list[str]) -> bool:
    """Whether a run of capitalised words is an office and a holder's two names: an office's word or initials before
    the last two words ("Transport MEC Sboniso Duma", "Minister Tomas Vell"), those two no office of their own."""
    *office, given, surname = words
    return any(word.lower() in ROLE_WORD_SET or _INITIALS.fullmatch(word) is not None for word in office) \
        and given.lower() not in ROLE_WORD_SET and surname.lower() not in ROLE_WORD_SET \
        and given[1:].islower() and surname[1:].islower()


_LETTERS_AND_FIGURES = re.compile(r"[^\W\d_]+")
"""A run of letters, with any figure a regex does not read as a digit ("²", "Ⅻ"): split at those into letters alone."""

_JOINERS = "’'-"
"""What joins the two halves of one name ("O’Neill", "Smith-Jones")."""


_CAPITALS = "A-ZÀ-ÖØ-Þ"
_SMALL_LETTERS = "a-zß-öø-ÿ"
"""Capitals and small letters of ASCII and Latin-1 ("Émile", "Tamás", "Gonçalves"): no letter is both."""
_CAPITAL_THEN_LOWER = re.compile(f"[{_CAPITALS}][{_SMALL_LETTERS}]*")
"""A capital letter and the small letters after it: one for each capital of the text (no capital is a small letter)."""

_SIMPLE_WORD = re.compile(f"[{_CAPITALS}][{_SMALL_LETTERS}]+")
"""A word whose every occurrence, inside a longer word too ("Salam" in "Salama"), opens one `_CAPITAL_THEN_LOWER`."""


def _letter_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the text's runs of letters (`str.isalpha`), each as long as it goes."""
    runs = []
    for match in _LETTERS_AND_FIGURES.finditer(text):
        start, end = match.span()
        if match.group().isalpha():
            runs.append((start, end))
            continue
        at = start
        while at < end:  # ("Halver²s": "Halver", then "s")
            while at < end and not text[at].isalpha():
                at += 1
            stop = at
            while stop < end and text[stop].isalpha():
                stop += 1
            if stop > at:
                runs.append((at, stop))
            at = stop
    return runs


class LoneWords:
    """One readout's text, and what it says of its lone words (each table read on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _after_place_words(self) -> frozenset[str]:
        return frozenset(match.group(1) for match in _PLACE_WORD_THEN_WORD.finditer(self.text))

    @cached_property
    def _last_pronoun(self) -> int:
        return max((match.start() for match in _PERSONAL_PRONOUN.finditer(self.text)), default=-1)

    @cached_property
    def _verbs_after(self) -> dict[str, list[str]]:
        verbs: dict[str, list[str]] = {}
        for match in _WORD_THEN_VERB.finditer(self.text):
            verbs.setdefault(match.group(1), []).append(match.group(2))
        return verbs

    @cached_property
    def _mentions(self) -> dict[str, int]:
        text, mentions = self.text, {}
        runs = _letter_runs(text)
        for k, (start, end) in enumerate(runs):
            mentions[text[start:end]] = mentions.get(text[start:end], 0) + 1
            if k + 1 < len(runs) and runs[k + 1][0] == end + 1 and text[end] in _JOINERS:
                joined = text[start:runs[k + 1][1]]
                mentions[joined] = mentions.get(joined, 0) + 1
        return mentions

    @cached_property
    def _capitalised(self) -> tuple[list[str], list[int], list[int]]:
        """The text's distinct `_CAPITAL_THEN_LOWER` runs, sorted, with where each first stands and the running total
        of how often they stand (so the runs a word opens are one stretch of the list, counted by a subtraction)."""
        first: dict[str, int] = {}
        counts: dict[str, int] = {}
        for match in _CAPITAL_THEN_LOWER.finditer(self.text):
            run = match.group()
            first.setdefault(run, match.start())
            counts[run] = counts.get(run, 0) + 1
        runs = sorted(first)
        return runs, [first[run] for run in runs], [0, *accumulate(counts[run] for run in runs)]

    def _opened_by(self, word: str) -> tuple[int, int]:
        runs = self._capitalised[0]
        return bisect_left(runs, word), bisect_left(runs, word + "\U0010ffff")  # (after every small letter)

    def occurrences(self, word: str) -> int:
        """`text.count(word)`: how often `word` stands in the text, inside longer words too ("Salam" in "Salama", a
        surname misspelt as a shorter one: "Ghassan Salama" … "Salam said he was optimistic")."""
        if _SIMPLE_WORD.fullmatch(word) is None:
            return self.text.count(word)  # ("O’Neill", "Łukasz": rare; each would need a table of its own)
        lo, hi = self._opened_by(word)
        totals = self._capitalised[2]
        return totals[hi] - totals[lo]

    def first_occurrence(self, word: str) -> int:
        """`text.find(word)`: where `word` first stands in the text, inside a longer word too; -1 if nowhere."""
        if _SIMPLE_WORD.fullmatch(word) is None:
            return self.text.find(word)
        lo, hi = self._opened_by(word)
        return min(self._capitalised[1][lo:hi], default=-1)

    def mentions(self, word: str) -> int:
        """How often `word` (letters, or two runs of letters joined by an apostrophe or a hyphen: "O’Neill") stands
        as a whole word, no letter right before it or right after it ("Halver" inside "Halvers" is not it)."""
        return self._mentions.get(word, 0)

    def after_a_place_word(self, word: str) -> bool:
        r"""Whether `word` (letters only) stands as a whole word right after "the", "in", "to", "from", "of" or "at",
        itself a whole word, and a space ("in Tehran", "the Majlis"): what `\b(?:the|in|…) WORD\b` finds ("apart
        from" and "aside from" aside, `_PLACE_WORD_THEN_WORD`)."""
        return word in self._after_place_words

    @cached_property
    def _paired_with_office_holders(self) -> frozenset[str]:
        return frozenset(match.group(1) for match in _WORD_AND_A_NAMED_OFFICE_HOLDER.finditer(self.text)
                         if _an_office_then_a_name(match.group(2).split()))

    def paired_with_an_office_holder(self, word: str) -> bool:
        """Whether `word` stands as one subject with an office-holder named after his office, "and" between them
        ("Ntuli and Transport MEC Sboniso Duma met with non-striking groups"): most often one person beside another;
        a company can stand so too ("Velmco and Transport MEC Ada Loren signed an agreement"), which this does not
        tell apart."""
        return word in self._paired_with_office_holders

    def pronoun_from(self, position: int) -> bool:
        """Whether "he", "his", "him", "she", "her", "He" or "She" stands as a whole word at `position` or after it (a
        position before the text's start counts as its start, as a regex search's does)."""
        return self._last_pronoun >= max(position, 0)

    def verbs_after(self, word: str) -> list[str]:
        """The lower-case word right after each whole-word `word` (letters only, not opening in a lower-case ASCII
        letter), a comma or an adverb of time or addition between them allowed ("Qalibaf noted", "Rouhani, also
        slammed"), in the order of the text."""
        return self._verbs_after.get(word, [])
