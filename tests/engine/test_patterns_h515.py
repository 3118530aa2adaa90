"""Constructions found by helper h515's set threehundredninetyfifth (president.gov.by readouts): an opening phrase ending
in one person's name with its comma lost before the subject's name ("During the meeting with Pavel Rostov Ivan Koval
said: …").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_two_full_names_glued_after_an_opening_phrase_are_two_people():
    """"During the meeting with Pavel Rostov Ivan Koval said: “…”": the four capitalised words are two people, each
    named alone elsewhere; the quotation is the second's (the subject next to the verb), and the first keeps his own
    words later."""
    body = (
        "President of Veldania Ivan Koval met with Head of the Observer Mission Pavel Rostov on 3 May.\n\n"
        "During the meeting with Pavel Rostov Ivan Koval said: \u201cYou have always told me the truth.\u201d\n\n"
        "\u201cThe vote was calm and open,\u201d noted Pavel Rostov."
    )
    assert_statements(body, [
        ("Ivan Koval", "direct", "You have always told me the truth."),
        ("Pavel Rostov", "direct", "The vote was calm and open"),
    ])


def test_a_four_word_name_named_only_whole_stays_one_person():
    """Guard: a four-word name whose halves are named nowhere on their own stays one person."""
    body = (
        "The minister met with guests on 3 May.\n\n"
        "During the meeting Maria Elena Vargas Llosa said: \u201cWe are ready to help.\u201d"
    )
    assert_statements(body, [("Maria Elena Vargas Llosa", "direct", "We are ready to help.")])
