"""Statements found by helper h851's mends of styles45 (energy, mining and oil ministries' and national energy
companies' international meetings in English): "spoke that" is "said that" (an agency's English, "The Minister also
spoke that works of … are in action"); "indicated clearly, <side>'s gratitude to …" (a manner adverb and a stray comma
before the side's thanks) is a statement as "expressed gratitude to" is.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_spoke_that_reports_what_was_said():
    """"The Minister also spoke that …": "spoke that" as "said that" (an agency's English); before, "spoke" needed
    "about" or "of" after it and the sentence was no one's."""
    assert_statements((
        "Minister of Mining Ts.Baldantsog met the delegation led by Mr. Orrin Faldsworth.\n\n"
        "The Minister also spoke that works of bringing the copper projects into circulation are in action."
    ), [
        ("Ts. Baldantsog", "indirect",
         "The Minister also spoke that works of bringing the copper projects into circulation are in action."),
    ])


def test_spoke_that_evening_is_still_no_statement():
    """Guard: "spoke that evening at a dinner": "that" a time's, no report of what was said."""
    assert_statements((
        "Minister of Mining Ts.Baldantsog met the delegation led by Mr. Orrin Faldsworth.\n\n"
        "Mr. Faldsworth spoke that evening at a dinner given by the chamber of commerce."
    ), [])


def test_indicated_clearly_with_a_comma_before_a_sides_gratitude():
    """"Dr. X indicated clearly, Velmar's gratitude to Oskeny for …": a manner adverb and a stray comma after
    "indicated", then the side's thanks stated; before, the sentence was no one's."""
    assert_statements((
        "The Ambassador of Oskeny, Mr. Pavel Drunoch, paid a courtesy call on the Minister of Energy, Dr. Yaw Mensakor.\n\n"
        "Dr. Mensakor indicated clearly, Velmar's gratitude to Oskeny for the financing of the northern transmission line."
    ), [
        ("Yaw Mensakor", "indirect",
         "Dr. Mensakor indicated clearly, Velmar's gratitude to Oskeny for the financing of the northern transmission line."),
    ])


def test_indicated_clearly_a_place_is_still_no_statement():
    """Guard: "indicated clearly, on the map, the route …": a thing shown, no stance nor thanks stated."""
    assert_statements((
        "The Ambassador of Oskeny, Mr. Pavel Drunoch, paid a courtesy call on the Minister of Energy, Dr. Yaw Mensakor.\n\n"
        "Dr. Mensakor indicated clearly, on the map, the route of the northern transmission line."
    ), [])
