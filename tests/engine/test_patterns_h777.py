"""Statements found by helper h777's set fivehundredeightysecond (the Government of the Virgin Islands' and the
Falkland Islands' own releases): a law's words quoted after ", which states:" ("… is in accordance with Section 55 (1)
of the … Constitution Order, 2007, which states: “If the Premier …”") are no one's, neither the person the sentence
names nor the last speaker's.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_laws_words_after_which_states_are_no_ones():
    """"Honourable Y's appointment is in accordance with Section 12 (2) of the … Constitution Order, 2009, which states:
    “…”": the Constitution's words (before, Y's direct statement, Y named in the sentence); the Premier's own
    quotation before it stays his."""
    assert_statements((
        "Premier Tobias Renwick will attend the meeting of the Harbour States Council in Port Ellery.\n\n"
        "“This is a unique opportunity to reconnect with our neighbours,” stated Premier Renwick.\n\n"
        "Minister for Health, Honourable Marla Quintaine will act as Premier.\n\n"
        "Honourable Quintaine’s appointment is in accordance with Section 12 (2) of the Westmere Islands Constitution "
        "Order, 2009, which states: “If the Premier is expected to be absent for more than forty-eight hours, the "
        "Governor shall authorise a Minister to perform the functions of the office of Premier.”"
    ), [
        ("Tobias Renwick", "direct", "This is a unique opportunity to reconnect with our neighbours"),
    ])


def test_a_law_named_before_a_persons_own_said_keeps_the_quotation_his():
    """Guard: "After the debate on Section 12 of the … Constitution Order, which he helped to draft, Premier X said:
    “…”": a law and ", which" in the lead-in, but the words after "said:" are the Premier's own, so they stay his."""
    assert_statements((
        "After the debate on Section 12 of the Westmere Islands Constitution Order, which he helped to draft, Premier "
        "Tobias Renwick said: “We will always put the people of these islands first.”"
    ), [
        ("Tobias Renwick", "direct", "We will always put the people of these islands first."),
    ])
