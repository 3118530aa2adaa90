"""Statements found by helper h654's set fourhundredeightyseventh (the Government of St Kitts and Nevis's releases):
"X indicated during the discussions that …" (a time phrase of the meeting between the verb and its "that") and
"X also shared some of the good news …" ("some of" before what is shared).

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = ("Prime Minister Dr. Orlan Vesk met a delegation of the Republic of Tarvel, led by Mr. Ilian Morrow, "
            "on Monday.\n\n")


def test_indicated_during_the_discussions_that():
    """"Mr. X indicated during the discussions that …": his words, the time phrase between the verb and "that"
    (before, no statement)."""
    assert_statements(_MEETING + (
        "Mr. Morrow indicated during the discussions that his visit showed the value his Government places on the "
        "friendship."
    ), [
        ("Ilian Morrow", "indirect", "Mr. Morrow indicated during the discussions that his visit showed the value his "
                                     "Government places on the friendship."),
    ])


def test_indicated_a_route_during_the_meeting_stays_no_ones():
    """Guard: "indicated during the meeting the exits on a map" has no "that": nothing said."""
    assert_statements(_MEETING + "Mr. Morrow indicated during the meeting the exits on a map.", [])


def test_shared_some_of_the_good_news():
    """"X also shared some of the good news and developments …": part of the news told, "some of" before it
    (before, no statement)."""
    assert_statements(_MEETING + (
        "Dr. Orlan Vesk also shared some of the good news and developments taking place in the country."
    ), [
        ("Orlan Vesk", "indirect", "Dr. Orlan Vesk also shared some of the good news and developments taking place in "
                                   "the country."),
    ])


def test_shared_some_of_the_costs_stays_no_ones():
    """Guard: "shared some of the costs of the project" is a burden borne, nothing told."""
    assert_statements(_MEETING + "Dr. Orlan Vesk shared some of the costs of the new bridge.", [])
