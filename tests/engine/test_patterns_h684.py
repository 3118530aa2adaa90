"""Statements found by helper h684's set fivehundredtwelfth (the Kingdom of Belgium: the FPS Foreign Affairs and the
Prime Minister): after a readout's quoted turns, each under its speaker's name and a colon ("Tomas Verhaegen: “…”"),
a last paragraph that tells what two office-holders did together ("The Prime Minister and the Managing Director also
discussed …") is the readout's narrative, not the last speaker's turn going on.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = ("Prime Minister Tomas Verhaegen met today with Fund Director Ilse Marovna in Ostend to discuss the state of the "
         "regional economy.")
_HIS = "The Fund is a trusted partner for our government. Its advice is both useful and timely"
_HERS = "The economy has shown resilience over the past three years. It is now time to pursue reforms."


def _readout(last: str) -> str:
    return (_LEAD + "\n\nTomas Verhaegen: “" + _HIS + "”.\n\nIlse Marovna: “" + _HERS + "”\n\n" + last)


def test_two_offices_together_after_the_last_quoted_turn_are_narrative():
    """"The Prime Minister and the Director also discussed the situation in Kestria. …" after her turn: no one's words."""
    assert_statements(
        _readout("The Prime Minister and the Director also discussed the situation in Kestria. Kestria is a member of "
                 "the Fund's northern constituency."),
        [("Tomas Verhaegen", "direct", _HIS), ("Ilse Marovna", "direct", _HERS)],
    )


def test_group_after_the_last_quoted_turn_stays_narrative():
    """Guard (the rule it widens): "The two leaders also discussed …" after the last turn is narrative too."""
    assert_statements(
        _readout("The two leaders also discussed the situation in Kestria."),
        [("Tomas Verhaegen", "direct", _HIS), ("Ilse Marovna", "direct", _HERS)],
    )
