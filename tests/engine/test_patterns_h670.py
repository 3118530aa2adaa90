"""Statements found by helper h670's set fivehundredth (the Commonwealth Secretariat's releases): a body's "-General"
head written with the body ("the Commonwealth Secretary-General", "the Secretary-General of the Commonwealth"), never
named, speaks though others are named; two or more states named as a cue's subject ("Belize and Guyana updated …")
speak together, and do not carry on the report of the person named before them.

Each test is a small invented readout (invented people; real state names, which the rule looks up); the rule's test
fails without it, and guard tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_BRIEFED = ("The Minister of Foreign Affairs of Malta, Dr Ivo Tarrant, briefed his counterparts on the preparations "
            "for the next summit.")
_BRIEFED_STATEMENT = ("Ivo Tarrant", "indirect", _BRIEFED)


def test_bodys_secretary_general_unnamed_speaks_after_a_named_minister():
    """"Also at the meeting, the Commonwealth Secretary-General updated ministers on …" after a named minister's
    briefing: one person known by the office as written; before, no statement (the office of a body was no one)."""
    sg = "Also at the meeting, the Commonwealth Secretary-General updated ministers on the work with the G20 countries."
    assert_statements(
        "Foreign Ministers held their annual meeting in New York.\n\n" + _BRIEFED + "\n\n" + sg,
        [_BRIEFED_STATEMENT, ("The Commonwealth Secretary-General", "indirect", sg)],
    )


def test_secretary_general_of_a_body_unnamed_speaks():
    """"The Secretary-General of the Commonwealth stressed …": the body after the office, as before it."""
    sg = "The Secretary-General of the Commonwealth stressed the value of the small states' voice."
    assert_statements(
        _BRIEFED + "\n\n" + sg,
        [_BRIEFED_STATEMENT, ("The Secretary-General of the Commonwealth", "indirect", sg)],
    )


def test_secretary_general_named_in_apposition_keeps_the_name():
    """Guard: "The Commonwealth Secretary-General, the Rt Hon Mara Quell KC, met …": the office is the one named
    beside it, whose office the registry has not given yet when the description is read; no one new."""
    assert_statements(
        "The Commonwealth Secretary-General, the Rt Hon Mara Quell KC, met the Foreign Minister of Tamburu, Hon. Otto "
        "Brell, on Monday.\n\n"
        "The Secretary-General welcomed the country's commitment to the Charter.",
        [("Mara Quell", "indirect", "The Secretary-General welcomed the country's commitment to the Charter.")],
    )


def test_states_joined_as_a_subject_do_not_carry_on_a_report():
    """"Belize and Guyana updated other member states on …" in the paragraph after a minister's briefing: the two
    states speak together (a group: no statement), not the minister; before, his report carried over to it."""
    assert_statements(
        _BRIEFED + "\n\n"
        "Belize and Guyana updated other member states on their territorial issues with neighbouring countries.",
        [_BRIEFED_STATEMENT],
    )


def test_three_states_listed_as_a_subject_do_not_carry_on_a_report():
    """"Japan, India and Australia stressed …": a list of states with commas, as two joined by "and"."""
    assert_statements(
        _BRIEFED + "\n\n"
        "Japan, India and Australia stressed the importance of open sea lanes.",
        [_BRIEFED_STATEMENT],
    )


def test_one_state_after_a_report_is_left_to_the_report():
    """Guard: one state alone ("Malta also looks forward to …", the reporter's own state in the present tense) is
    the reporter's "we" carried on, as before."""
    assert_statements(
        _BRIEFED + "\n\n"
        "Malta also looks forward to welcoming every delegation to the summit.",
        [_BRIEFED_STATEMENT,
         ("Ivo Tarrant", "indirect", "Malta also looks forward to welcoming every delegation to the summit.")],
    )
