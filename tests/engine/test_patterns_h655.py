"""Statements found by helper h655's set fourhundredeightyeighth (Pacific governments' releases: Tonga, the Marshall
Islands, Tuvalu): "The two Prime Ministers also discussed …, where Prime Minister X congratulated …", a speaker's clause
opened by "where" after a pair's clause.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_where_clause_after_a_pairs_clause_starts_at_its_speaker():
    """"The two Prime Ministers also discussed …, where Prime Minister X congratulated …": X's statement starts at his
    name, the connector "where" no one's words (before, "where" was taken into it)."""
    assert_statements((
        "Prime Minister Talvo Oskarine of Norvalia held a bilateral meeting with the Prime Minister of Corvalia, "
        "Mr Edrin Maskell, in Port Selby.\n\n"
        "The two Prime Ministers also discussed other areas of common interest, where Prime Minister Maskell "
        "congratulated Prime Minister Oskarine on his leadership at the regional ocean summit."
    ), [
        ("Edrin Maskell", "indirect", "Prime Minister Maskell congratulated Prime Minister Oskarine on his leadership "
                                      "at the regional ocean summit."),
    ])


def test_with_clause_after_a_pairs_clause_still_starts_at_its_speaker():
    """Guard: the older opener "with" keeps its reading ("…, with Prime Minister X expressing …": from his name on)."""
    assert_statements((
        "Prime Minister Talvo Oskarine of Norvalia held a bilateral meeting with the Prime Minister of Corvalia, "
        "Mr Edrin Maskell, in Port Selby.\n\n"
        "The two Prime Ministers discussed fisheries and shipping, with Prime Minister Maskell expressing his "
        "gratitude for the new ferry link."
    ), [
        ("Edrin Maskell", "indirect", "Prime Minister Maskell expressing his gratitude for the new ferry link."),
    ])
