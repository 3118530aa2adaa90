"""Readings of real Kremlin text of stop 35 (three-hundred-forty-fourth): en.kremlin.ru news reports of 2017-2018
(working meetings, calls, a visit to a monastery, a meeting with a boxer).

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_confirmed_a_sports_title_is_no_speech():
    """"Last Sunday, Denis Lebedev confirmed his WBA Super World cruiserweight title in a fight against …"
    (three-hundred-forty-fourth kremlin_55026): a title kept by winning, no words; the President's congratulation
    before it stays his statement."""
    body = (
        "President Oren Vask congratulated Tomas Brell on retaining his world heavyweight title.\n\n"
        "Last Saturday, Tomas Brell confirmed his IBF World heavyweight title in a fight against Marek Holt. "
        "This is his fifth victory in a row."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President Oren Vask congratulated Tomas Brell on retaining his world heavyweight title."),
    ], title="Meeting with boxer Tomas Brell")


def test_confirmed_his_participation_still_speaks():
    """Guard: "confirmed his participation in the summit" is an assurance given: his statement."""
    body = (
        "President Oren Vask had a telephone conversation with Prime Minister Lena Dorn.\n\n"
        "Prime Minister Dorn confirmed her participation in the Vestra summit in May."
    )
    assert_statements(body, [
        ("Lena Dorn", "indirect", "Prime Minister Dorn confirmed her participation in the Vestra summit in May."),
    ], title="Telephone conversation with Prime Minister Lena Dorn")
