"""Mends of the review hr58's findings on the rules of stop 67 (h1135, h1137, h1139, h1140): invented readouts,
invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_after_with_and_a_time_is_no_apposition_of_the_name():
    """(h1139's `_LONE_LOWER_OFFICE_WITH_REMIT_BEFORE`) "During his meeting with the ambassador on Monday, Ilan Brok,
    the governor of Tarsk, said …": "the ambassador" is the object of "with", "on Monday" a time, not a remit; the
    name after it is not the ambassador, so the later "The ambassador said …" stays Oren Balt's. Before the mend it
    went to Ilan Brok."""
    body = ("Zarnian Ambassador Oren Balt arrived in Tarsk on Sunday. During his meeting with the ambassador on "
            "Monday, Ilan Brok, the governor of Tarsk, said the camps were full. The ambassador said that Zarnia "
            "would send more aid.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "During his meeting with the ambassador on Monday, Ilan Brok, the governor of "
                                  "Tarsk, said the camps were full."),
        ("Oren Balt", "indirect", "The ambassador said that Zarnia would send more aid."),
    ])
