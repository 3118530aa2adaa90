"""Readings of real Kremlin text of stop 31: "in his turn" (and "for his part") standing with no commas
between a speaker and the speech verb ("The British leader in his turn noted Mr Putin’s efforts …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask met with Prime Minister Talia Renn of Kastravia"


def test_in_his_turn_with_no_commas_keeps_the_subject():
    """"The British leader in his turn noted Mr Putin’s efforts to rally the world in the face of the terrorist
    threat." (two-hundred-fifty-seventh 40459): "in his turn" between the subject and its verb, with no commas,
    is a filler as "in turn" is; the sentence is the subject's."""
    body = (
        "Mr Vask said that the talks had been useful. "
        "The Kastravian leader in her turn noted Mr Vask’s efforts to settle the dispute."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said that the talks had been useful."),
        ("Talia Renn", "indirect", "The Kastravian leader in her turn noted Mr Vask’s efforts to settle the dispute."),
    ], title=TITLE)


def test_for_his_part_with_no_commas_keeps_the_subject():
    """As above with "for his part" (two-hundred-fifty-seventh 40459, the same reading): the subject's
    own statement."""
    body = (
        "Ms Renn said that the talks had been useful. "
        "Mr Vask for his part stressed the need to reopen the border crossings."
    )
    assert_statements(body, [
        ("Talia Renn", "indirect", "Ms Renn said that the talks had been useful."),
        ("Oren Vask", "indirect", "Mr Vask for his part stressed the need to reopen the border crossings."),
    ], title=TITLE)


def test_a_part_taken_is_no_filler():
    """Guard: "part" with no "for his"/"for her" before it ("the delegation that took part noted …") is no
    filler; the clause's subject stays what it was (here, no person)."""
    body = (
        "Ms Renn said that the talks had been useful. "
        "The delegations that took part noted the progress made since the spring."
    )
    assert_statements(body, [
        ("Talia Renn", "indirect", "Ms Renn said that the talks had been useful."),
    ], title=TITLE)
