"""Statements found by helper h857 (sixhundredfortysecond, the Dominican Republic's Ministry of Foreign Affairs as
Dominican Today prints it):
- a place's dateline closed by a point and a dash ("Santo Domingo.- Foreign minister X said …"): in no sentence, so in
  no statement;
- "… when reporting what has been said by X, could …": a free relative "what" before a passive's auxiliary is a noun
  clause, its agent no speaker of the sentence.

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


def test_what_has_been_said_by_another_is_no_cue_of_his():
    assert_statements((
        "Minister writes to the Secretary General\n\n"
        "In a letter to Oren Dalvik, Foreign Relations minister Tomas Erlan said the head of the League should have "
        "used the formal channels.\n\n"
        "The official also regrets that the League did not call the embassy, \"because the press when reporting what "
        "has been said by Dalvik, could wrongly reflect that problems exist.\""
    ), [
        ("Tomas Erlan", "indirect", "In a letter to Oren Dalvik, Foreign Relations minister Tomas Erlan said the head "
                                    "of the League should have used the formal channels."),
        ("Tomas Erlan", "indirect", "The official also regrets that the League did not call the embassy, \"because the "
                                    "press when reporting what has been said by Dalvik, could wrongly reflect that "
                                    "problems exist.\""),
    ])


def test_a_passive_with_its_agent_still_speaks():
    """Guard: "Concern about … was raised by X" stays X's."""
    assert_statements((
        "Talks in Port Selva\n\n"
        "Foreign minister Tomas Erlan met Oren Dalvik in Port Selva.\n\n"
        "Concern about the border was raised by Oren Dalvik."
    ), [
        ("Oren Dalvik", "indirect", "Concern about the border was raised by Oren Dalvik."),
    ])

