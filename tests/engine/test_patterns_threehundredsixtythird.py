"""Readings of real Kremlin text of stop 36 (three-hundred-sixty-third): 2022 readouts of en.kremlin.ru in the
joined-paragraph shape (a lead, then the body's paragraphs joined into one).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_spoke_with_understanding_about_is_a_stance_voiced():
    """"The President of Uzbekistan spoke with understanding about the position and actions of the Russian side."
    (three-hundred-sixty-third kremlin_68026): the manner of speaking between "spoke" and its topic, as "spoke with
    feeling about"."""
    body = (
        "President of Kaldoria Oren Vask had a telephone conversation with President of Vestra Ilan Mor.\n\n"
        "The presidents discussed bilateral trade. President Vask informed his counterpart about the flood relief "
        "effort. The President of Vestra spoke with understanding about the position of the Kaldorian side. "
        "It was agreed to continue contacts."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask informed his counterpart about the flood relief effort."),
        ("Ilan Mor", "indirect", "The President of Vestra spoke with understanding about the position of the Kaldorian side."),
    ], title="Telephone conversation with President of Vestra Ilan Mor")


def test_spoke_with_appreciation_of_is_a_stance_voiced():
    """The same manner of speaking with "appreciation … of" (three-hundred-sixty-third kremlin_68026)."""
    body = (
        "President of Kaldoria Oren Vask met with President of Vestra Ilan Mor.\n\n"
        "President Mor spoke with appreciation of the Kaldorian relief convoys."
    )
    assert_statements(body, [
        ("Ilan Mor", "indirect", "President Mor spoke with appreciation of the Kaldorian relief convoys."),
    ], title="Meeting with President of Vestra Ilan Mor")


def test_spoke_with_a_person_about_stays_a_conversation():
    """Guard: "spoke with President Vask about …" is a conversation between two people, not one person's stance."""
    body = (
        "President of Kaldoria Oren Vask visited Vestra.\n\n"
        "President Mor spoke with President Vask about the new bridge on Friday."
    )
    assert_statements(body, [], title="President Vask visited Vestra")
