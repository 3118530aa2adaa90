"""Statements found by helper h668's set fourhundredninetyeighth (Azerbaijan's and Uzbekistan's Ministries of Foreign
Affairs): "gave <a listener> detailed information on …" (told of it, as "gave details of" and "provided information").

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_gave_a_listener_detailed_information_on_a_topic():
    """"Minister X gave the opposite side detailed information on the situation …": a listener and an adjective between
    "gave" and "information on"; before, no statement."""
    assert_statements(
        "On May 3, Minister Oren Valdis met with Ilse Marrow, Adviser to the Chancellor of Brenland.\n\n"
        "Minister Oren Valdis gave the opposite side detailed information on the situation in the region and the "
        "rebuilding of the border towns.",
        [("Oren Valdis", "indirect", "Minister Oren Valdis gave the opposite side detailed information on the "
                                     "situation in the region and the rebuilding of the border towns.")],
    )


def test_gave_information_about_a_topic():
    """"gave information about …": the same with "about" and no listener."""
    assert_statements(
        "On May 3, Minister Oren Valdis met with Ilse Marrow, Adviser to the Chancellor of Brenland.\n\n"
        "Ilse Marrow gave information about the new energy corridor.",
        [("Ilse Marrow", "indirect", "Ilse Marrow gave information about the new energy corridor.")],
    )


def test_gave_information_to_the_police_is_narrative():
    """Guard: "gave information to the police" says to whom something was handed, not what was told: no statement."""
    assert_statements(
        "On May 3, Minister Oren Valdis met with Ilse Marrow, Adviser to the Chancellor of Brenland.\n\n"
        "The witness gave information to the police.",
        [],
    )
