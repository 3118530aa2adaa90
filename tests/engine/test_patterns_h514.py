"""Constructions found by helper h514's set threehundredninetyfourth (White House "Statement by NSC Spokesperson … on
National Security Advisor …'s Call/Meeting with …" pages of August-December 2021): "indicated <a side's> readiness to …",
a stance stated, as "expressed readiness to …".

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_indicated_a_sides_readiness_to_act_is_said():
    """"He indicated U.S. readiness to engage in diplomacy through multiple channels …" (three-hundred-ninety-fourth
    whitehouse 2021-12-20 sullivan_ushakov): a stance stated, the stance noun then "to"; before, "indicate" was a cue
    only before "that" or a clause."""
    body = (
        "Today, Aren Dole spoke with Mara Quill, Foreign Policy Advisor to the President of Kaldoria. "
        "He indicated Vestran readiness to engage in talks through several channels. "
        "He also noted that progress can only come with calm."
    )
    assert_statements(body, [
        ("Aren Dole", "indirect", "He indicated Vestran readiness to engage in talks through several channels."),
        ("Aren Dole", "indirect", "He also noted that progress can only come with calm."),
    ], title="Statement on Advisor Aren Dole’s Call with Mara Quill of Kaldoria")


def test_indicated_a_place_on_a_map_stays_narrative():
    """Guard: "indicated the readiness centres on a map" names no stance taken towards doing something (no "to" after
    the noun): no statement."""
    body = (
        "Advisor Aren Dole visited Vestra today.\n\n"
        "Advisor Dole indicated the readiness centres on a map of the region."
    )
    assert_statements(body, [], title="Advisor Dole visited Vestra")
