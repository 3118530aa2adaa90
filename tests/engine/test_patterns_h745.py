"""Statements found by helper h745 (known errors shared by labelled sets): two speakers in one sentence, the second
named after "and" with an office set off by its comma ("Sir X also spoke on … and Private Secretary, Mrs Y spoke on
…"), and "spoke on the origins of …", a topic spoken on.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_second_speaker_after_and_with_an_office_set_off_has_her_own_clause():
    """"Sir Edmond also spoke on the role of … and Private Secretary, Mrs Ilse Varnow spoke on the origins of …": two
    statements split at "and" (GOLD-FORMAT: a sentence with two speakers), the office set off before her name opening
    hers; before, the capitalised office after the first clause read as the title of a cue closing the sentence, and
    the whole sentence was hers."""
    assert_statements((
        "The Governor General of Tarvel Sir Edmond Quill met with senior citizens of Orsk.\n\n"
        "Sir Edmond also spoke on the role of the Governor General in a Constitutional Monarchy and Private Secretary, "
        "Mrs Ilse Varnow spoke on the origins of the Commonwealth and the change in leadership."
    ), [
        ("Edmond Quill", "indirect", "Sir Edmond also spoke on the role of the Governor General in a Constitutional "
                                     "Monarchy"),
        ("Ilse Varnow", "indirect", "Private Secretary, Mrs Ilse Varnow spoke on the origins of the Commonwealth and "
                                    "the change in leadership."),
    ])


def test_spoke_on_the_origins_of_a_thing_is_a_topic_spoken_on():
    """"The Ambassador spoke on the origins of the festival": a topic after "on", as "spoke on the history of …";
    guard: "spoke on the phone" is a call, no topic."""
    assert_statements((
        "Ambassador Pell Dunmore met the students of Orsk.\n\n"
        "The Ambassador spoke on the origins of the festival and its place in Velmar's life.\n\n"
        "Later, Dunmore spoke on the phone with the Mayor of Orsk."
    ), [
        ("Pell Dunmore", "indirect", "The Ambassador spoke on the origins of the festival and its place in Velmar's "
                                     "life."),
    ])
