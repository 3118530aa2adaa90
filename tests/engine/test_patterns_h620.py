"""Statements found by helper h620's random samples of White House readouts (fourhundredfiftyninth and
fourhundredsixtieth): people received by a host, the subject of a passive "welcomed by" with no place after it
("They were welcomed by Advisor X."), are greeted, not a thing welcomed in words: the agent says nothing.

Each test is a small invented readout (invented people and bodies); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = ("This week, the Council on Harbour Safety held its quarterly meeting in Port Vellan.\n\n")


def test_group_pronoun_welcomed_by_an_official_is_a_greeting():
    """"They were welcomed by Advisor X." after a meeting of a council: the council's members greeted, no statement
    of the advisor (before, the passive's agent was given the sentence as if she had welcomed a decision)."""
    assert_statements(_MEETING + (
        "They were welcomed by Harbour Security Advisor Dr. Mirela Stanhope. Members discussed the annual report.\n\n"
        "Dr. Stanhope thanked the members for their work."
    ), [
        ("Mirela Stanhope", "indirect", "Dr. Stanhope thanked the members for their work."),
    ])


def test_person_welcomed_by_a_host_without_a_place_is_a_greeting():
    """"Mr X was welcomed by President Y." with no place after it: a guest received, as with "at the airport"."""
    assert_statements((
        "Minister Tobar Quillen arrived in Velden on Monday. Mr Quillen was welcomed by President Ilse Marrow.\n\n"
        "President Marrow stressed the importance of the new ferry line."
    ), [
        ("Ilse Marrow", "indirect", "President Marrow stressed the importance of the new ferry line."),
    ])


def test_thing_welcomed_by_an_official_stays_a_statement():
    """Guard: "The plan was welcomed by Minister X." is a thing welcomed in words: X's statement."""
    assert_statements(_MEETING + "The new pilotage plan was welcomed by Minister Ida Morn.", [
        ("Ida Morn", "indirect", "The new pilotage plan was welcomed by Minister Ida Morn."),
    ])
