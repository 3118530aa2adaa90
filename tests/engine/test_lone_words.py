"""`lone_words.LoneWords` reads in one pass what `NameRegistry._recurring_lone_speaker` once searched the whole text for,
word by word: its answers must be the per-word searches' own, and a readout of many once-named speakers must not cost
the words times the text (its work is counted here in calls, never timed)."""
from __future__ import annotations

import random
import re

import pytest

from readout_tui.engine import attribute
from readout_tui.engine import lone_words as lone_words_module
from readout_tui.engine.lone_words import LoneWords

_PRONOUN = re.compile(r"\b(?:[Hh]e|his|him|[Ss]he|her)\b")


def _verbs_by_one_search(text: str, word: str) -> list[str]:
    """The per-word search `LoneWords.verbs_after` replaces: the word, a comma or an adverb, and the verb after it."""
    pattern = re.compile(r"\b" + re.escape(word) + r"(?:,? (?:also|further|then|later|again))? ([a-z]+)\b")
    return [match.group(1) for match in pattern.finditer(text)]


@pytest.mark.parametrize("text, verbs", [
    ("Qalibaf said that the talks went well. Qalibaf, also noted the plan.", ["said", "noted"]),
    ("Qalibaf then stressed it; Qalibaf, again thanked them", ["stressed", "thanked"]),
    ("Qalibafs said so. AQalibaf noted it. Qalibaf_x said. Qalibaf2 said.", []),  # other words
    ("Qalibaf  said", []),  # two spaces
    ("Qalibaf also Rouhani noted", ["also"]),  # the adverb read as the word after, as the pattern does
    ("“…,” Qalibaf said. Qalibaf, Rouhani said", ["said"]),
    ("Ölz said it and Ölz noted it", []),  # (asked of "Qalibaf" only)
])
def test_verbs_after_a_word(text: str, verbs: list[str]) -> None:
    assert LoneWords(text).verbs_after("Qalibaf") == verbs == _verbs_by_one_search(text, "Qalibaf")


def test_verbs_after_agree_with_the_per_word_search_on_random_texts() -> None:
    pieces = ["Ab", "Cd", "Éf", "ab", " ", ", ", ",", "also", "then", "said", "noted", "_", "1", "²", "é", ".", "\n",
              "Ab said", "Cd, also noted", "x"]
    rnd = random.Random(61)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        words = LoneWords(text)
        for word in ("Ab", "Cd", "Éf"):
            assert words.verbs_after(word) == _verbs_by_one_search(text, word), (text, word)


def test_a_pronoun_from_a_position_agrees_with_the_search() -> None:
    pieces = ["he", "his", "him", "she", "her", "He", "She", "His", "Her", "the", "here", "hers", " ", ".", "x", "_", "1", "é"]
    rnd = random.Random(62)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        words = LoneWords(text)
        for position in range(-1, len(text) + 2):
            assert words.pronoun_from(position) == (_PRONOUN.search(text, position) is not None), (text, position)


def _mentions_one_by_one(text: str, word: str) -> list[int]:
    """Every place `word` stands with no letter right before or after it, found one by one."""
    return [at for at in range(len(text)) if text.startswith(word, at)
            and not (at and text[at - 1].isalpha()) and not (at + len(word) < len(text) and text[at + len(word)].isalpha())]


@pytest.mark.parametrize("text, word, count", [
    ("Halver said so. Halvers came. Halver²s said. “…,” Halver stated.", "Halver", 3),  # "²" is no letter
    ("Ab-Ab-Ab", "Ab-Ab", 2),  # two, overlapping
    ("O’Neill met O'Neill and O’Neills", "O’Neill", 1),
    ("xO’Neill", "O’Neill", 0),
    ("Kelly said. Kell said he would", "Kell", 1),  # not inside "Kelly"
    ("Kell, Kell_2 and 3Kell", "Kell", 3),  # "_" and figures are no letters
])
def test_mentions_of_a_word(text: str, word: str, count: int) -> None:
    words = LoneWords(text)
    assert words.mentions(word) == count == len(_mentions_one_by_one(text, word))


def test_mentions_agree_with_a_search_one_by_one_on_random_texts() -> None:
    pieces = ["Ab", "Cd", "ab", "’", "'", "-", " ", "x", "_", "1", "²", "é", "Ⅻ", "Ab-Cd", "Ab’Ab"]
    rnd = random.Random(63)
    for _ in range(10000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
        words = LoneWords(text)
        for word in ("Ab", "Cd", "Ab-Cd", "Ab’Ab", "Ab-Ab", "Cd'Ab"):
            assert words.mentions(word) == len(_mentions_one_by_one(text, word)), (text, word)


@pytest.mark.parametrize("text", [
    "Ghassan Salama met them. Salam said he was optimistic.",
    "SalamSalam and Salam", "xSalam, Salama, SALAM, Salam’s", "", "Salam",
])
def test_occurrences_are_counts_and_finds(text: str) -> None:
    words = LoneWords(text)
    for word in ("Salam", "Salama", "Sal", "O’Neill", "Ab"):
        assert words.occurrences(word) == text.count(word), (text, word)
        assert words.first_occurrence(word) == text.find(word), (text, word)


def test_occurrences_agree_with_count_and_find_on_random_texts() -> None:
    pieces = ["Ab", "Abc", "ab", "A", "B", "b", "c", " ", "’", "-", "é", "É", "Éb", "ß", "Ł", "ł", "1", "Ab’Ab", "×", "÷"]
    rnd = random.Random(64)
    for _ in range(10000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
        words = LoneWords(text)
        for word in ("Ab", "Abc", "Abcb", "Ab’Ab", "Bb", "Éb", "Ébé", "Abß", "Łb"):
            assert words.occurrences(word) == text.count(word), (text, word)
            assert words.first_occurrence(word) == text.find(word), (text, word)


def test_each_table_is_read_once_for_all_words(monkeypatch: pytest.MonkeyPatch) -> None:
    scans: dict[str, int] = {}

    class Counting:
        def __init__(self, name: str, real: re.Pattern[str]) -> None:
            self.name, self.real = name, real

        def finditer(self, text: str):
            scans[self.name] = scans.get(self.name, 0) + 1
            return self.real.finditer(text)

    for name in ("_PLACE_WORD_THEN_WORD", "_PERSONAL_PRONOUN", "_WORD_THEN_VERB", "_CAPITAL_THEN_LOWER",
                 "_LETTERS_AND_FIGURES"):
        monkeypatch.setattr(lone_words_module, name, Counting(name, getattr(lone_words_module, name)))
    names = [f"Var{chr(97 + i // 26)}{chr(97 + i % 26)}ek" for i in range(120)]
    body = "\n\n".join(f"“We agree on the road,” {a} said. “It is good,” said {b}. He thanked her."
                       for a, b in zip(names[::2], names[1::2]))
    result = attribute(body, (), "Talks on the road")
    assert scans and all(count == 1 for count in scans.values()), scans  # one scan a table, not one a name
    assert {"_PLACE_WORD_THEN_WORD", "_CAPITAL_THEN_LOWER"} <= set(scans)
    assert len([s for s in result.statements if s.kind == "direct"]) == 120
