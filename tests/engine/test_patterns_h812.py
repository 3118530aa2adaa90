"""Statements found by helper h812's mend of sixhundredninth (Kerala's Chief Minister's Office as papers print it):
a delegation that opens the sentence, its relative clause ending on the person it met ("A delegation … which held
discussions with Chief Minister X has agreed …"), is the verb's subject, a group: no one's statement, not the
person's it met.

Each test is a small invented readout (invented people and places); the rule's tests fail without it, and a guard
test keeps the person's own words after a delegation named as an object.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_one_a_delegation_held_talks_with_is_not_the_speaker():
    """"A delegation led by … which held discussions with Chief Minister X has agreed to …": the delegation's."""
    assert_statements((
        "Chief Minister Arun Velan received a trade delegation from Morvia in Kavalam on Friday.\n\n"
        "A Morvian delegation led by its Trade Commissioner Petra Lindqvist which held discussions with Chief Minister "
        "Arun Velan has agreed to explore cooperation in four projects, the Chief Minister's office said.\n\n"
        "Chief Minister Arun Velan said the state would set up a desk for Morvian investors."
    ), [
        ("Arun Velan", "indirect", "Chief Minister Arun Velan said the state would set up a desk for Morvian investors."),
    ])


def test_the_one_a_delegation_met_is_not_the_speaker():
    """"The delegation which met Governor X also assured …": the delegation's, a group's."""
    assert_statements((
        "The delegation which met Governor Lena Rask also assured support for the new port.\n\n"
        "Governor Lena Rask thanked the visitors for their interest in the region."
    ), [
        ("Lena Rask", "indirect", "Governor Lena Rask thanked the visitors for their interest in the region."),
    ])


def test_a_person_who_received_a_delegation_still_speaks():
    """Guard: "X, who received a delegation …, stressed …": the delegation is an object, the words are X's."""
    assert_statements((
        "Chief Minister Arun Velan received a delegation which held talks with officials on Monday, and stressed that "
        "the state welcomed investment in ports."
    ), [
        ("Arun Velan", "indirect", "Chief Minister Arun Velan received a delegation which held talks with officials on "
         "Monday, and stressed that the state welcomed investment in ports."),
    ])
