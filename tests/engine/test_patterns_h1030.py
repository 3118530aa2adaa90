"""h1030 (speed pass, no change of output): the helpers that replaced slower code keep its answers.

`lone_words.LoneWords.after_a_place_word` (once `name_registry._after_a_place_word`) stands for the pattern `\\b(?:the|in|to|from|of|at) WORD\\b` that
`_recurring_lone_speaker` compiled for each word; `titles.first_title_phrase` is `title_phrases(text)[0]` read lazily.
"""
from __future__ import annotations

import random
import re

import pytest

from readout_tui.engine.lone_words import LoneWords
from readout_tui.engine.titles import first_title_phrase, title_phrases


def _after_a_place_word(text: str, word: str) -> bool:
    return LoneWords(text).after_a_place_word(word)


def _by_the_pattern(text: str, word: str) -> bool:
    return re.search(r"\b(?:the|in|to|from|of|at) " + word + r"\b", text) is not None


@pytest.mark.parametrize("text, found", [
    ("Talks were held in Varnelsk on Monday.", True),  # after "in"
    ("The Varnelsk said so.", False),  # "The" in capitals: the pattern asks for "the"
    ("He arrived from Varnelsk", True),  # at the text's end
    ("within Varnelsk", False),  # "in" inside a longer word
    ("the Varnelskian delegation", False),  # the word inside a longer one
    ("of Varnelsk_2", False),  # "_" and digits are a word's letters too
    ("bathe Varnelsk", False),
    ("_at Varnelsk", False),
    ("éthe Varnelsk", False),  # a letter of another script before "the"
    ("Varnelsk said that he …", False),
    ("(to Varnelsk)", True),
    ("in  Varnelsk", False),  # two spaces: the pattern asks for one
])
def test_after_a_place_word_reads_as_the_pattern(text: str, found: bool) -> None:
    assert _after_a_place_word(text, "Varnelsk") is found
    assert _by_the_pattern(text, "Varnelsk") is found


def test_after_a_place_word_agrees_with_the_pattern_on_random_texts() -> None:
    pieces = ["the", "in", "to", "from", "of", "at", "x", "_", "1", "é", " ", "Ab", "Ab_", "Ab1", "Abé", "bathe",
              "within", "\n", ".", ","]
    rnd = random.Random(1030)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert _after_a_place_word(text, "Ab") == _by_the_pattern(text, "Ab"), text


@pytest.mark.parametrize("text", [
    "Balochistan Chief Minister Mir Tarek Dozan said the province would …",
    "Biden and Vice President Harris met the Prime Minister of Varnelsk, Ilona Brenn, on Monday",
    "the meeting",  # no phrase at all
    "Talks With President Of Orvenna Joram Tesk",
])
def test_first_title_phrase_is_the_first_of_title_phrases(text: str) -> None:
    phrases = title_phrases(text)
    assert first_title_phrase(text) == (phrases[0] if phrases else None)
