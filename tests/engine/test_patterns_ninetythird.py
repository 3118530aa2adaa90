"""Patterns found by the ninety-third held-out set (real White House readouts, 2023-2024).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_shared_with_a_clause_that_drops_its_that_is_an_announcement():
    """"At the meeting, President X shared the United States will move forward with a new loan …":
    "shared" before a content clause without "that" (a named subject or a pronoun, then an
    auxiliary) is said, as "shared that …" is; not "shared the Harbour Prize" (no clause)."""
    body = (
        "President Anton Brask met with Prime Minister Ivo Lund of Norland.\n\n"
        "At the meeting, President Brask shared the Republic of Vestria will open a new credit line for Norland. "
        "Minister Tove Rask shared she would travel to Norgard in May. "
        "Both countries shared the Harbour Prize in 2020."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "At the meeting, President Brask shared the Republic of Vestria will open a new "
                                    "credit line for Norland."),
        ("Tove Rask", "indirect", "Minister Tove Rask shared she would travel to Norgard in May."),
    ], title="President Brask met with Prime Minister Lund")


def test_welcoming_named_guests_for_a_meeting_is_hosting():
    """"President X welcomed President Y and Prime Minister Z of Ruritania for a joint meeting at the
    White House on March 12.": the guests and the event they came for make "welcomed" a host's act,
    as "welcomed President Y to the White House" is; "welcomed Norland's decision" stays a statement."""
    body = (
        "President Anton Brask welcomed President Ivo Lund and Prime Minister Per Dal of Norland "
        "for a joint meeting at the Vestgard Palace on March 12. "
        "President Brask welcomed Norland’s decision to join the treaty."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Brask welcomed Norland’s decision to join the treaty."),
    ], title="President Brask met the leaders of Norland")
