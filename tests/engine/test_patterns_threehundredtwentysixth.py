"""Readings of real EU text of stop 34 (three-hundred-twenty-sixth): the EEAS (High Representatives Mogherini and
Borrell), the European Council President (Charles Michel) and the Commission President (Ursula von der Leyen).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_by_after_a_topic_and_colon_are_the_named_hosts():
    """"United States: Remarks by High Representative/Vice-President Josep Borrell at the start of his meeting with
    Secretary of State Antony Blinken" (three-hundred-twenty-sixth eu_eeas blinken_remarks): the EEAS prints a topic
    and a colon before "Remarks by"; the body, with no attribution, is the named host's remarks, one direct
    statement a paragraph."""
    body = (
        "It is a real pleasure to welcome you here in Vestra in these difficult times.\n\n"
        "Thank you, once again, for this cooperation that we have had."
    )
    assert_statements(body, [
        ("Mira Tal", "direct", "It is a real pleasure to welcome you here in Vestra in these difficult times."),
        ("Mira Tal", "direct", "Thank you, once again, for this cooperation that we have had."),
    ], title="Kaldoria: Remarks by High Representative/Vice-President Mira Tal at the start of his meeting with "
             "Foreign Minister Oren Vask")


def test_a_headline_with_a_colon_and_no_remarks_opening_gives_no_host():
    """Guard: "Kaldoria: Minister Mira Tal met Foreign Minister Oren Vask" has a topic and a colon but no "Remarks
    by" after it: the body's unattributed sentences stay narrative."""
    body = (
        "It is a real pleasure to welcome you here in Vestra in these difficult times.\n\n"
        "Thank you, once again, for this cooperation that we have had."
    )
    assert_statements(body, [], title="Kaldoria: Minister Mira Tal met Foreign Minister Oren Vask")
