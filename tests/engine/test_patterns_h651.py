"""Statements found by helper h651's set fourhundredeightyfourth (the Government of Seychelles's releases): "This was an
initiative welcomed by Minister X.", a predicate noun qualified by a speech verb's participle whose agent ends the sentence.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_predicate_noun_welcomed_by_its_agent():
    """"This was an initiative welcomed by Minister X.": the agent's word on it, as "It was welcomed by X" is (before,
    no speaker)."""
    assert_statements((
        "The Ambassador of Corvalia, Miret Ostandel, called on the Minister of Trade, Mr Teofil Brandqvist, on 3 May.\n\n"
        "Ambassador Ostandel expressed her country's interest in a joint fisheries college.\n\n"
        "This was an initiative welcomed by Minister Teofil Brandqvist."
    ), [
        ("Miret Ostandel", "indirect", "Ambassador Ostandel expressed her country's interest in a joint fisheries "
                                       "college."),
        ("Teofil Brandqvist", "indirect", "This was an initiative welcomed by Minister Teofil Brandqvist."),
    ])


def test_a_participle_of_an_object_stays_no_ones():
    """Guard: "He signed the decree proposed by Minister X." is an act, the participle's noun an object, not a
    predicate after "This was": no statement of X."""
    assert_statements((
        "The Ambassador of Corvalia, Miret Ostandel, called on the Minister of Trade, Mr Teofil Brandqvist, on 3 May.\n\n"
        "Ambassador Ostandel signed the protocol proposed by Minister Teofil Brandqvist."
    ), [])
