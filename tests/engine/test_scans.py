"""The engine's shortcuts give what the plain patterns and parses they stand for give.

Each test holds a faster way of reading a text to the slower one it replaced, on
generated text: the same hits, the same phrases, in every case.
"""
from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from readout_tui.engine.lexicon import ALL_SPEECH_VERBS, word_pattern
from readout_tui.engine.statements import _CUE_WORD, _CUE_WORD_FORMS, _cue_word_hits, _verb_at, _verbs_in

from .test_properties import ENGINE_SETTINGS

# the pattern `_cue_word_hits` stands for at a text's start: the cue words anchored there
_CUE_WORD_AT_START = re.compile("(" + word_pattern(_CUE_WORD_FORMS) + r")(?![a-z])")

CUE_PIECES = sorted(_CUE_WORD_FORMS)[::7] + [
    "said", "says", "sayings", "According", "according", "noted", "noteworthy", "stressed", "underlined",
    "X", "Said", "-", " ", ",", "’", "“", "a", "s", "ed", "\n",
]


@st.composite
def cue_text(draw) -> str:
    """Cue words and their near misses, glued to letters, spaces or punctuation."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(CUE_PIECES), st.text(max_size=4)), max_size=12))
    return "".join(pieces)


def _cue_word_hits_by_two_patterns(text: str) -> list[tuple[int, int, str]]:
    hits = [(m.start(1), m.end(1), m.group(1)) for m in _CUE_WORD.finditer(text)]
    first = _CUE_WORD_AT_START.match(text)
    if first is not None:
        hits.insert(0, (first.start(1), first.end(1), first.group(1)))
    return hits


@ENGINE_SETTINGS
@given(cue_text())
@example("said")
@example("saidx")
@example("According to him")
@example("congratulating")  # the longest word, at the start
@example("congratulatingly said")
def test_cue_words_at_the_start_are_found_as_by_an_anchored_pattern(text):
    assert _cue_word_hits(text) == _cue_word_hits_by_two_patterns(text)


# the pattern `_verb_at` and `_verbs_in` stand for: a trie of the speech verbs
_VERB = re.compile(r"(?<![a-z])" + word_pattern(ALL_SPEECH_VERBS) + r"(?![a-z])")


@ENGINE_SETTINGS
@given(cue_text(), st.integers(0, 40), st.integers(0, 40))
@example("said", 0, 4)
@example("asaid", 1, 5)  # in a word: no verb
@example("Xsaid more", 1, 10)  # after a capital: a verb
@example("says", 0, 3)  # cut at the end of the span: "say"
@example("sayings", 0, 7)
def test_speech_verbs_are_found_as_by_a_trie_pattern(text, lo, hi):
    assert [m.span() for m in _verbs_in(text, lo, hi)] == [m.span() for m in _VERB.finditer(text, lo, hi)]
    found, expected = _verb_at(text, lo), _VERB.match(text, lo)
    assert (found and found.span()) == (expected and expected.span())
