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


def test_an_office_and_another_nations_office_before_a_name_are_two_people():
    """"Speaker National Assembly and US Ambassador X, in a meeting …, discussed …": the office after "and" is held
    for a nation the first does not name, so two people, a group, and no statement; before, both offices were read as
    the ambassador's and the sentence was his."""
    assert_statements((
        "US Ambassador Brandt Tull yesterday called on the Speaker of the National Assembly, Orin Vale.\n\n"
        "Speaker National Assembly and US Ambassador Brandt Tull, in a meeting at Parliament House, discussed "
        "parliamentary cooperation.\n\n"
        "Speaker Orin Vale stressed the need for regular visits of members of parliament."
    ), [
        ("Orin Vale", "indirect", "Speaker Orin Vale stressed the need for regular visits of members of parliament."),
    ])


def test_two_offices_of_one_holder_stay_one_person():
    """Guard: "Deputy Prime Minister and Foreign Minister X" (no nation after "and") is one holder of both."""
    assert_statements((
        "Deputy Prime Minister and Foreign Minister Ivo Marr received Ambassador Brandt Tull.\n\n"
        "Deputy Prime Minister and Foreign Minister Ivo Marr stressed the need for regular visits."
    ), [
        ("Ivo Marr", "indirect", "Deputy Prime Minister and Foreign Minister Ivo Marr stressed the need for regular "
                                 "visits."),
    ])
