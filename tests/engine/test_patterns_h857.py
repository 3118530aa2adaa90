"""Statements found by helper h857 (sixhundredfortysecond, the Dominican Republic's Ministry of Foreign Affairs as
Dominican Today prints it):
- a place's dateline closed by a point and a dash ("Santo Domingo.- Foreign minister X said …"): in no sentence, so in
  no statement.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_point_and_dash_dateline_is_in_no_statement():
    assert_statements((
        "Minister on the consulates\n\n"
        "Port Selva.- Foreign minister Aldo Vireno on Sunday said the consulates in Marsk will reopen soon.\n\n"
        "Lindar, Tessaly.– Foreign minister Aldo Vireno on Tuesday said the talks will resume next week."
    ), [
        ("Aldo Vireno", "indirect", "Foreign minister Aldo Vireno on Sunday said the consulates in Marsk will reopen soon."),
        ("Aldo Vireno", "indirect", "Foreign minister Aldo Vireno on Tuesday said the talks will resume next week."),
    ])


def test_a_name_with_a_point_and_dash_inside_a_sentence_stays():
    """Guard: a sentence with no dateline keeps its opening words."""
    assert_statements((
        "Minister on the consulates\n\n"
        "Foreign minister Aldo Vireno said the consulates in Marsk will reopen soon."
    ), [
        ("Aldo Vireno", "indirect", "Foreign minister Aldo Vireno said the consulates in Marsk will reopen soon."),
    ])

