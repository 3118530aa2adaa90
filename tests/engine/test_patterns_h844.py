"""Statements found by helper h844 (known errors of labelled sets, no new set):
- "X and Y met in Varnow on Tuesday and the Prime Minister said:" / "“…”": the place and the day before "and" are no
  person, so "Varnow on Tuesday and the Prime Minister" is no pair of people whose quotation is no one's; and "and the
  Prime Minister said" closing the sentence only leads the quotation in, as "with the Prime Minister saying:" does:
  the meeting before it is narrative, no statement of his.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_and_the_office_said_before_a_quoted_paragraph_gives_the_quotation_to_the_office_holder():
    """Before, the quotation went to no one: "Varnow on Tuesday and the Prime Minister" was read as a pair."""
    assert_statements((
        "The President of Kastravia, Ilona Brenn, and the Prime Minister of Norvane, Tomas Hell, met in Varnow on "
        "Tuesday and the Prime Minister said:\n\n"
        "“We have agreed to deepen our trade ties and to work together on energy.”\n\n"
        "The two leaders also discussed regional security."
    ), [
        ("Tomas Hell", "direct", "We have agreed to deepen our trade ties and to work together on energy."),
    ])


def test_a_speech_verb_before_and_the_office_said_stays_a_statement():
    """Guard: "Brenn thanked … and the Prime Minister said:": her thanks are her statement, his lead-in none."""
    assert_statements((
        "The President of Kastravia, Ilona Brenn, received the Prime Minister of Norvane, Tomas Hell, in Varnow on "
        "Tuesday.\n\n"
        "Ilona Brenn thanked the Prime Minister for the visit and the Prime Minister said:\n\n"
        "“We have agreed to deepen our trade ties.”"
    ), [
        ("Ilona Brenn", "indirect", "Ilona Brenn thanked the Prime Minister for the visit"),
        ("Tomas Hell", "direct", "We have agreed to deepen our trade ties."),
    ])
