"""Readings of real Kremlin text of stop 30: a guest "welcomed by" a host at a place, a reception
and no statement of the host's.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask made an official visit to Kastravia"


def test_a_guest_welcomed_by_a_host_at_a_place_is_no_statement():
    """"Mr Putin was welcomed by King of Belgium Albert II at Melsbrook Airport, from where they went to the
    royal residence of Laken Palace." (two-hundred-twenty-sixth 34180): the passive of a host's act, as
    "King Albert II welcomed Mr Putin at Melsbrook Airport" is, not the King's words."""
    body = (
        "Mr Vask was welcomed by King of Kastravia Tomas III at Velden Airport, from where they went to the "
        "royal residence of Marsk Palace. "
        "The two leaders then held talks."
    )
    assert_statements(body, [], title=TITLE)


def test_a_proposal_welcomed_by_a_leader_at_a_summit_stays_his_statement():
    """Guard: the thing welcomed is no person ("The proposal was welcomed by President X at the summit"):
    the agent's approval, a statement as "President X welcomed the proposal" is."""
    body = (
        "The Kastravian proposal was welcomed by President Ilse Marrow at the Velden summit. "
        "The two leaders then held talks."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "The Kastravian proposal was welcomed by President Ilse Marrow at the Velden summit."),
    ], title=TITLE)
