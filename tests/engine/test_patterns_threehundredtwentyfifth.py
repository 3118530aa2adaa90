"""Readings of real Kremlin text of stop 34 (three-hundred-twenty-fifth): en.kremlin.ru calls and messages of
2019-2020.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_capitalised_adjective_before_a_plural_and_its_fields_carries_the_message_on():
    """"The message points out that … . Productive bilateral cooperation has been established, … . Major joint projects
    in trade, the economy, culture, science and technology as well as other fields are being implemented."
    (three-hundred-twenty-fifth kremlin_63597): "Major" opens the sentence as an adjective of "projects", whose
    fields run up to the plural verb; no one's name, so the message's content goes on, its sender's."""
    body = (
        "Mira Tal sent a message of congratulations to President of Kaldoria Oren Vask on the national holiday.\n\n"
        "The message points out that relations between Vestra and Kaldoria are developing in the spirit of friendship. "
        "Major joint projects in trade, culture and science as well as other fields are being implemented."
    )
    assert_statements(body, [
        ("Mira Tal", "indirect", "Mira Tal sent a message of congratulations to President of Kaldoria Oren Vask on the "
                                 "national holiday."),
        ("Mira Tal", "indirect", "The message points out that relations between Vestra and Kaldoria are developing in "
                                 "the spirit of friendship."),
        ("Mira Tal", "indirect", "Major joint projects in trade, culture and science as well as other fields are being "
                                 "implemented."),
    ], title="Congratulations to Oren Vask on Kaldoria Independence Day")


def test_a_one_word_name_before_a_plural_with_a_relative_clause_stays_narrative():
    """Guard: "Brandt leads projects in the north that were closed last year." has "that" before the plural
    verb, which is the clause's, not the noun's: "Brandt" may be someone acting, and the sentence stays narrative."""
    body = (
        "Mira Tal met President of Kaldoria Oren Vask.\n\n"
        "Mira Tal said that relations between Vestra and Kaldoria are developing in the spirit of friendship. "
        "Brandt leads projects in the north that were closed last year."
    )
    assert_statements(body, [
        ("Mira Tal", "indirect", "Mira Tal said that relations between Vestra and Kaldoria are developing in the spirit "
                                 "of friendship."),
    ], title="Mira Tal met Oren Vask")
