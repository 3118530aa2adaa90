"""Readings of real Kremlin text of stop 36 (three-hundred-sixty-ninth): en.kremlin.ru news of March-April 2019.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_group_in_a_relative_clause_of_time_stays_the_speakers():
    """"Ilham Aliyev updated the President of Russia on his meeting with … Pashinyan held in Vienna on March 29, when they
    discussed the Nagorno-Karabakh conflict." (three-hundred-sixty-ninth kremlin_60207): ", when they discussed …" says
    what the meeting saw, inside the speaker's clause, as ", where the two leaders discussed …" does."""
    body = (
        "Marek Tolan had a telephone conversation with President of Ostria Ivo Brandt.\n\n"
        "Ivo Brandt updated Marek Tolan on his meeting with Prime Minister Ana Kell held in Vestra on May 4, "
        "when they discussed the border conflict."
    )
    assert_statements(body, [
        ("Ivo Brandt", "indirect", "Ivo Brandt updated Marek Tolan on his meeting with Prime Minister Ana Kell held in "
         "Vestra on May 4, when they discussed the border conflict."),
    ], title="Telephone conversation with President of Ostria Ivo Brandt")


def test_a_named_speaker_after_when_still_opens_a_clause():
    """Guard: a named person's cue after ", when" is no group's: the sentence is still cut there."""
    body = (
        "Marek Tolan had a telephone conversation with President of Ostria Ivo Brandt.\n\n"
        "Ivo Brandt thanked Marek Tolan for the invitation, when Marek Tolan stressed the value of the talks."
    )
    assert_statements(body, [
        ("Ivo Brandt", "indirect", "Ivo Brandt thanked Marek Tolan for the invitation"),
        ("Marek Tolan", "indirect", "Marek Tolan stressed the value of the talks."),
    ], title="Telephone conversation with President of Ostria Ivo Brandt")
