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


def test_a_title_name_between_the_and_a_lower_case_noun_is_a_thing_not_the_bare_office():
    """Title "President presented the Silver Oak orders to soldiers": "Silver Oak" is what the
    orders are called (an attribute of a lower-case noun after "the"), no person; read as a person
    it took the body's bare "the President" (75137 "Golden Star")."""
    title = "President presented the Silver Oak orders to soldiers"
    body = ("President Marek Olen presented the Silver Oak orders to soldiers of the Army of Valdor. "
            "\"I want to thank you for defending our state,\" he said. Marek Olen wished the defenders good "
            "health. \"I am sure that every citizen is grateful to you,\" the President stressed.")
    assert_statements(body, [
        ("Marek Olen", "direct", "I want to thank you for defending our state"),
        ("Marek Olen", "indirect", "Marek Olen wished the defenders good health."),
        ("Marek Olen", "direct", "I am sure that every citizen is grateful to you"),
    ], title=title)
