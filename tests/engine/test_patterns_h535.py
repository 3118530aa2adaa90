"""Readings of the twenty-fourth styles set (readouts in the shape of prime ministers' offices, stop 39): an office's
Official Spokesperson whom the readout never names is one person known by the office (styles24
brisendale_cabinet_readout: "Responding to questions from the lobby afterwards, the Prime Minister's Official
Spokesperson said the Prime Minister had full confidence …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

OPENED = "The Prime Minister opened the meeting by paying tribute to the lifeboat crews of the Varrow coast."


def test_an_unnamed_official_spokesperson_of_the_prime_minister_speaks():
    """"… the Prime Minister's Official Spokesperson said the Prime Minister had …": a post of one holder, capitalised,
    never named: the spokesperson's own statement, not dropped (and not the Prime Minister's)."""
    said = ("Asked about the budget afterwards, the Prime Minister's Official Spokesperson said the Prime Minister "
            "had full confidence in the Treasury team.")
    body = f"{OPENED} {said}\n"
    assert_statements(body, [("The Prime Minister", "indirect", OPENED),
                             ("The Prime Minister's Official Spokesperson", "indirect", said)])


def test_a_lead_in_by_the_official_spokesperson_is_no_statement_of_his():
    """The same office as the lead-in of a readout ("The Prime Minister's Official Spokesperson provided the following
    readout …:"): no speech verb, no statement; the readout's sentences stay the Prime Minister's."""
    lead = "The Prime Minister's Official Spokesperson provided the following readout of the meeting:"
    body = f"{lead}\n\n{OPENED}\n"
    assert_statements(body, [("The Prime Minister", "indirect", OPENED)])


def test_an_unnamed_lower_case_spokesperson_stays_no_one():
    """The guard: "a spokesperson said …", "the spokesperson said …" with no name and no capitalised post are
    unnamed speakers, no one's, as before."""
    said = "Asked about the budget afterwards, a spokesperson said that the Treasury team had his full confidence."
    body = f"{OPENED} {said}\n"
    assert_statements(body, [("The Prime Minister", "indirect", OPENED)])
