"""Statements found by helper h752 (fivehundredsixtyfifth, a parliament's press releases in English): an officer of a
house written right before it with no "of" ("Speaker National Assembly X", "Chairman Senate X") is the Speaker or the
Chairman a later "the Speaker", "the NA Speaker", "the Chairman" means.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_na_speaker_is_the_speaker_national_assembly_named_before():
    """"Speaker National Assembly Orin Vale … The NA Speaker briefed …": the house after the office is no part of its
    head; before, the role's head was "assembly" and "the NA Speaker" found no one."""
    assert_statements((
        "Speaker National Assembly Orin Vale on Tuesday called on Velmar Party President Tamsin Roke.\n\n"
        "The NA Speaker briefed the party president on the current session of the National Assembly."
    ), [
        ("Orin Vale", "indirect", "The NA Speaker briefed the party president on the current session of the "
                                  "National Assembly."),
    ])


def test_the_chairman_is_the_chairman_senate_named_before():
    """"Chairman Senate Ilse Marr … The Chairman told …": as "Chairman of the Senate"."""
    assert_statements((
        "Chairman Senate Ilse Marr received Ambassador of Orsk Brandt Tull at Parliament House.\n\n"
        "The Chairman told the ambassador about the work of the standing committees."
    ), [
        ("Ilse Marr", "indirect", "The Chairman told the ambassador about the work of the standing committees."),
    ])


def test_a_member_national_assembly_is_no_speaker():
    """Guard: only a house's officer drops the house; "Member National Assembly X" is no Speaker, and "the Speaker"
    after him finds no one."""
    assert_statements((
        "Member National Assembly Orin Vale on Tuesday called on Velmar Party President Tamsin Roke.\n\n"
        "The Speaker told the party president about the current session of the National Assembly."
    ), [])
