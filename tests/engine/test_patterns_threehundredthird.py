"""Readings of real Kremlin text of stop 32: a minister's report whose verb is parted from its "on" by the
time phrase of the meeting ("reported at the start of the meeting on the flood relief efforts …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Meeting with Government members"


def test_reported_at_the_start_of_the_meeting_on_is_a_report():
    """"Emergency Situations Minister Vladimir Puchkov reported at the start of the meeting on the flood relief
    efforts in Primorye Territory." (threehundredthird 52913): when he spoke, put between "reported" and its
    "on", does not make the report an act."""
    body = (
        "Transport Minister Arlen Dostov reported at the start of the meeting on the repair of bridges in the "
        "northern province."
    )
    assert_statements(body, [
        ("Arlen Dostov", "indirect", body),
    ])


def test_reported_at_the_start_of_the_season_is_still_no_report():
    """Guard: only the meeting's own time phrase is skipped; "reported for duty at the start of the season" is
    an act, as before."""
    body = "Coach Arlen Dostov reported for duty at the start of the season in the northern province."
    assert_statements(body, [])
