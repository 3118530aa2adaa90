"""Patterns found by the thirty-ninth held-out set (benchmarks/heldout/thirtyninth/, real
president.gov.ua readouts of December 2021, February and May 2022): each test an invented readout
and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_plural_noun_ending_in_s_after_a_quantifier_or_a_bare_word_is_no_speech_verb():
    """"… noted that Freedonia, like all sovereign states, has the right …", "… said that Freedonia,
    as a responsible country, submitted official requests …": "states" and "requests" are plural
    nouns (a plural quantifier or a bare word with no article cannot be the subject of a verb in -s),
    not speech verbs; read as verbs they cut the statement at the comma before them (72117, 72953)."""
    body = ("President of Freedonia Adam Brand met with Minister of Defence of Sylvania Carl Dorn. For his part, "
            "Carl Dorn noted that Freedonia, like all sovereign states, has the right to defend itself. Adam Brand "
            "also said that Freedonia, as a responsible country, submitted official requests and tried to contact "
            "its neighbours. The minister notes that the talks will go on.")
    assert_statements(body, [
        ("Carl Dorn", "indirect", "For his part, Carl Dorn noted that Freedonia, like all sovereign states, has the "
                                  "right to defend itself."),
        ("Adam Brand", "indirect", "Adam Brand also said that Freedonia, as a responsible country, submitted "
                                   "official requests and tried to contact its neighbours."),
        ("Carl Dorn", "indirect", "The minister notes that the talks will go on."),
    ])
