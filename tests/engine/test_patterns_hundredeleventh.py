"""Patterns found by the hundred-eleventh held-out set (real Kremlin news readouts, 2017-2020, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_ordered_to_and_a_verb_with_no_addressee_is_an_order():
    """"He also ordered to appoint Lena Dorn acting governor …": the press office's order with no
    addressee named, "to" and a verb straight after "ordered"; a passive "had been ordered to …" or
    "ordered to be delivered" is no one's order."""
    body = (
        "Lena Dorn appointed acting governor of Tarsk Region\n\n"
        "President Ivo Marrek held a working meeting with Lena Dorn.\n\n"
        "Ivo Marrek ordered the dismissal of Pavel Kost from the office of governor. "
        "He also ordered to appoint Lena Dorn acting governor until the elections.\n\n"
        "The regional police had been ordered to work out a plan. The parcels ordered to be delivered arrived on time."
    )
    assert_statements(body, [
        ("Ivo Marrek", "indirect", "Ivo Marrek ordered the dismissal of Pavel Kost from the office of governor."),
        ("Ivo Marrek", "indirect", "He also ordered to appoint Lena Dorn acting governor until the elections."),
    ])


def test_a_sound_closing_a_turn_is_no_ones_words():
    """"Ivo Marrek: Well, this dish is familiar to me. (Laughter.)": the editor's note of the room's
    laughter after the speaker's last sentence is not part of his words."""
    body = (
        "Meeting with Chief Rabbi of Valdoria Petr Halen\n\n"
        "Ivo Marrek met with Chief Rabbi of Valdoria Petr Halen.\n\n"
        "President of Ostrava Ivo Marrek: What is usually served on New Year?\n\n"
        "Chief Rabbi of Valdoria Petr Halen: Apples and honey.\n\n"
        "Ivo Marrek: Well, this dish is familiar to me. (Laughter.)"
    )
    assert_statements(body, [
        ("Ivo Marrek", "direct", "What is usually served on New Year?"),
        ("Petr Halen", "direct", "Apples and honey."),
        ("Ivo Marrek", "direct", "Well, this dish is familiar to me."),
    ])
